/**
 * Strict type-checking of generated output, as `npm test` does for generated/ (`tsc -p generated/tsconfig.json`):
 * the files are written under .tmp/ inside the repository (so the mock's imports resolve from node_modules) and
 * compiled with the generated tsconfig's options. Returns the diagnostics as `file:line: message` lines.
 *
 * Outputs of many documents in one program (the hostile corpus) each carry the same runtimes, copied verbatim:
 * a `runtime/` folder whose files are all identical to an earlier one's is written as a symbolic link to it, and
 * imports into it resolve to the earlier folder, so the compiler checks that runtime once instead of once per
 * document. (The compiler follows links to the real file only for packages under node_modules, not for relative
 * imports: without the mapping, 45 documents' mocks were 811 runtime files, and their check three times as long.)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function typeCheck(files: ReadonlyMap<string, string>, include: readonly string[] = ['client/src/', 'mock/']): string[] {
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, '.tmp', 'typecheck-'));
  try {
    const linked = linkedRuntimes(files);
    for (const [copy, original] of linked) {
      mkdirSync(path.dirname(path.join(dir, copy)), { recursive: true });
      symlinkSync(path.join(dir, original), path.join(dir, copy).replace(/\/$/, ''), 'dir');
    }
    const roots: string[] = [];
    for (const [file, contents] of files) {
      if ([...linked.keys()].some((copy) => file.startsWith(copy))) continue;
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, contents);
      if (file.endsWith('.ts') && include.some((prefix) => file.startsWith(prefix))) roots.push(target);
    }
    const tsconfig = ts.parseConfigFileTextToJson('tsconfig.json', files.get('tsconfig.json') ?? '{}').config as { compilerOptions?: object };
    const { options } = ts.convertCompilerOptionsFromJson(tsconfig.compilerOptions ?? {}, dir);
    const compilerOptions = { ...options, noEmit: true };
    const host = ts.createCompilerHost(compilerOptions);
    const copies = [...linked].map(([copy, original]) => [path.join(dir, copy), path.join(dir, original)] as const);
    const canonical = (file: string): string => {
      const found = copies.find(([copy]) => file.startsWith(copy));
      return found ? found[1] + file.slice(found[0].length) : file;
    };
    host.resolveModuleNameLiterals = (literals, containingFile, redirected, resolutionOptions, containingSourceFile) =>
      literals.map((literal) => {
        const mode = ts.getModeForUsageLocation(containingSourceFile, literal, resolutionOptions);
        const result = ts.resolveModuleName(literal.text, containingFile, resolutionOptions, host, undefined, redirected, mode);
        const resolved = result.resolvedModule;
        return resolved ? { ...result, resolvedModule: { ...resolved, resolvedFileName: canonical(resolved.resolvedFileName) } } : result;
      });
    const program = ts.createProgram(roots, compilerOptions, host);
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file
        ? `${path.relative(dir, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
        : '<project>';
      return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each `…/runtime/` folder whose files are all the same as an earlier folder's, mapped to that folder. */
function linkedRuntimes(files: ReadonlyMap<string, string>): Map<string, string> {
  const folders = new Map<string, [string, string][]>();
  for (const [file, contents] of files) {
    const match = /^(.*\/runtime\/)(.*)$/.exec(file);
    if (match) folders.set(match[1]!, [...(folders.get(match[1]!) ?? []), [match[2]!, contents]]);
  }
  const firstByHash = new Map<string, string>();
  const linked = new Map<string, string>();
  for (const [folder, entries] of folders) {
    const hash = createHash('sha256');
    for (const [name, contents] of entries.sort(([a], [b]) => a.localeCompare(b))) hash.update(name).update('\0').update(contents).update('\0');
    const digest = hash.digest('hex');
    const first = firstByHash.get(digest);
    if (first === undefined) firstByHash.set(digest, folder);
    else linked.set(folder, first);
  }
  return linked;
}

/**
 * Strict type-checking of generated output, as `npm test` does for generated/ (`tsc -p generated/tsconfig.json`):
 * the files are written under .tmp/ inside the repository (so the mock's imports resolve from node_modules) and
 * compiled with the generated tsconfig's options. Returns the diagnostics as `file:line: message` lines.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function typeCheck(files: ReadonlyMap<string, string>, include: readonly string[] = ['client/src/', 'mock/']): string[] {
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, '.tmp', 'typecheck-'));
  try {
    const roots: string[] = [];
    for (const [file, contents] of files) {
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, contents);
      if (file.endsWith('.ts') && include.some((prefix) => file.startsWith(prefix))) roots.push(target);
    }
    const tsconfig = ts.parseConfigFileTextToJson('tsconfig.json', files.get('tsconfig.json') ?? '{}').config as { compilerOptions?: object };
    const { options } = ts.convertCompilerOptionsFromJson(tsconfig.compilerOptions ?? {}, dir);
    const program = ts.createProgram(roots, { ...options, noEmit: true });
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

/**
 * Type-checks usage files against the generated client (generated/client/src) with the package's own strict
 * options, in process. Returns the diagnostics of the given files only, by 1-based line.
 */
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

function packageOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(path.join(ROOT, 'generated/client/tsconfig.json'), ts.sys.readFile).config as { compilerOptions: object };
  // The package's strictness, not its layout (rootDir, outDir, declarations).
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, ROOT);
  const { rootDir: _rootDir, outDir: _outDir, declaration: _declaration, sourceMap: _sourceMap, ...rest } = options;
  return { ...rest, noEmit: true, types: ['node'] };
}

/** `files`: absolute paths; `texts` replaces the contents of some of them (or adds files that do not exist). */
export function compileDiagnostics(files: readonly string[], texts: ReadonlyMap<string, string> = new Map()): Diagnostic[] {
  const options = packageOptions();
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => texts.get(path.resolve(name)) ?? readFile(name);
  host.fileExists = (name) => texts.has(path.resolve(name)) || fileExists(name);
  const program = ts.createProgram([...files], options, host);
  const wanted = new Set(files.map((file) => path.resolve(file)));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && wanted.has(path.resolve(diagnostic.file.fileName)))
    .map((diagnostic) => ({
      file: path.relative(ROOT, diagnostic.file!.fileName),
      line: diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    }));
}

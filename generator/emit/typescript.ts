/**
 * Assembles the generated client in an in-memory ts-morph project next to the runtime it imports, organises
 * each generated file's imports, and type-checks the whole package strictly. A diagnostic here is a generator
 * bug (the spec was already validated), reported as an OutputError naming the file and line.
 */
import { Project, ts } from 'ts-morph';
import { OutputError } from '../errors.js';
import type { SourceFile } from './client.js';

/** Names exported by a module (following re-exports): the runtime's public names, which generated names avoid. */
const COMPILER_OPTIONS = {
  strict: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  noEmit: true,
};

export function exportedNames(files: readonly SourceFile[], entry: string): string[] {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: COMPILER_OPTIONS });
  for (const file of files) project.createSourceFile(`/${file.path}`, file.contents);
  const source = project.getSourceFileOrThrow(`/${entry}`);
  return [...source.getExportedDeclarations().keys()].sort();
}

export function assembleTypeScript(generated: readonly SourceFile[], fixed: readonly SourceFile[], root: string): SourceFile[] {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: COMPILER_OPTIONS });
  for (const file of fixed) project.createSourceFile(`/${root}/${file.path}`, file.contents);
  const sources = generated.map((file) => ({ file, source: project.createSourceFile(`/${root}/${file.path}`, file.contents) }));
  for (const { source } of sources) source.organizeImports();
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    const lines = diagnostics.slice(0, 20).map((diagnostic) => {
      const file = diagnostic.getSourceFile();
      const where = file ? `${file.getFilePath().slice(1)}:${diagnostic.getLineNumber() ?? 0}` : '<project>';
      return `  ${where}: ${ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, '\n')}`;
    });
    throw new OutputError(
      `The generated client does not type-check (${diagnostics.length} error${diagnostics.length === 1 ? '' : 's'}); this is a generator bug:\n${lines.join('\n')}`,
    );
  }
  return sources.map(({ file, source }) => ({ path: file.path, contents: source.getFullText() }));
}

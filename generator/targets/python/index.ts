/**
 * The `python` target: the Python SDK package (generated/python), named after the client (`AcmeClient` → `acme`).
 * Generated modules are data (_operations.py, types.py) and one-line methods (resources/*.py); the runtime is copied verbatim from
 * templates/python/runtime into src/<package>/_runtime. Every file is written verbatim: the templates make final,
 * PEP 8-shaped Python (the pipeline's formatter is for TypeScript).
 */
import path from 'node:path';
import { TEMPLATES_DIR, templateEntries, templateText } from '../../emit/templates.js';
import type { SourceFile, Target } from '../target.js';
import { wrapModule } from '../../lang/python/wrap.js';
import { PythonEmitter } from './package.js';

/** The hand-written Python runtime, tests and caches left out. */
function pythonRuntimeFiles(): { path: string; contents: string }[] {
  const dir = path.join(TEMPLATES_DIR, 'python', 'runtime');
  return templateEntries(dir)
    .map((entry) => entry.name)
    .filter((file) => file.endsWith('.py') && !file.startsWith('test_'))
    .map((file) => ({ path: file, contents: templateText(path.join(dir, file)) }));
}

export const pythonTarget: Target = {
  name: 'python',
  outDir: 'python',
  description: 'the Python SDK package',
  emit(model) {
    const emitter = new PythonEmitter(model);
    const pkg = emitter.packageName;
    const files: SourceFile[] = [
      // Over-long code lines (long literal unions, descriptors with many parameters) split PEP 8-style.
      ...emitter.emit().map((file) => (file.path.endsWith('.py') ? { ...file, contents: wrapModule(file.contents) } : file)),
      ...pythonRuntimeFiles().map((file) => ({ path: `src/${pkg}/_runtime/${file.path}`, contents: file.contents })),
      { path: `src/${pkg}/py.typed`, contents: '' },
    ];
    return files.map((file) => ({ ...file, verbatim: true }));
  },
};

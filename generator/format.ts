/**
 * Formatting of the generated TypeScript, with dprint's TypeScript formatter (WebAssembly): it formats the whole
 * client in a fraction of the time prettier takes, with the same style settings as the repository's prettier
 * config (single quotes, trailing commas, 110 columns). JSON is written by JSON.stringify and Markdown by
 * templates in their final form, and runtimes are copied verbatim, so none of those pay for a formatter.
 *
 * The formatter runs in a worker thread: it is started before the spec is loaded, compiles and warms up its
 * WebAssembly on the other core meanwhile, and formats each target's files while the next target is emitted.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { getPath } from '@dprint/typescript';

const require = createRequire(import.meta.url);

export const DPRINT_CONFIG = {
  global: { indentWidth: 2, lineWidth: 110, useTabs: false, newLineKind: 'lf' },
  typescript: {
    quoteStyle: 'preferSingle',
    trailingCommas: 'onlyMultiLine',
    semiColons: 'always',
    'module.sortImportDeclarations': 'maintain',
    'importDeclaration.sortNamedImports': 'maintain',
    'exportDeclaration.sortNamedExports': 'maintain',
  },
};

// Plain JavaScript run by the worker (an eval'd script, so it works the same from tsx and from the bundle).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { createFromBuffer } = require(workerData.formatterModule);
// V8's wasm tiers (process-wide flags, read when a module is compiled): see TypeScriptFormatter's constructor.
// scripts/generate.mjs sets the same flag before compiling the generator, as part of its code cache's key.
require('node:v8').setFlagsFromString(workerData.tierUp ? '--no-liftoff-only' : '--liftoff-only');
const formatter = createFromBuffer(readFileSync(workerData.pluginPath));
formatter.setConfig(workerData.config.global, workerData.config.typescript);
// Warm-up: the first files a WebAssembly module formats are slow until the engine has optimised it.
const sample = 'export function f(a: string, b?: { c: number[] }): Promise<void> { return g({ a, b }, [1, 2, 3]); }\\n';
for (let i = 0; i < 50; i++) formatter.formatText({ filePath: 'warm-up.ts', fileText: sample });
parentPort.on('message', ({ id, filePath, fileText }) => {
  try {
    parentPort.postMessage({ id, text: formatter.formatText({ filePath, fileText }) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

export class TypeScriptFormatter {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  /**
   * `tierUp`: let V8 recompile the formatter's hot WebAssembly with its optimising compiler, for a long-lived
   * formatter (watch mode). A single generation is over before that pays: the optimising compiler's background
   * work on the 4 MB module competes with the generator for this machine's two cores (the server export's
   * `--targets ts,mock` took 0.4 s longer), so by default the code stays baseline-compiled (Liftoff).
   */
  constructor(options: { readonly tierUp?: boolean } = {}) {
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        formatterModule: require.resolve('@dprint/formatter'),
        pluginPath: getPath(),
        config: DPRINT_CONFIG,
        tierUp: options.tierUp ?? false,
      },
    });
    this.worker.on('message', ({ id, text, error }: { id: number; text?: string; error?: string }) => {
      const entry = this.waiting.get(id);
      this.waiting.delete(id);
      if (error !== undefined) entry?.reject(new Error(`Formatting generated TypeScript failed (a generator bug): ${error}`));
      else entry?.resolve(text!);
    });
    this.worker.on('error', (error) => {
      for (const entry of this.waiting.values()) entry.reject(error);
      this.waiting.clear();
    });
  }

  /** The file formatted, if it is TypeScript; other files come back unchanged. */
  format(filePath: string, contents: string): Promise<string> {
    if (path.extname(filePath) !== '.ts') return Promise.resolve(contents);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, filePath, fileText: contents });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

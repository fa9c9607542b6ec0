/**
 * The `ts` target: the TypeScript SDK package (generated/client). Generated modules are data and one-line
 * functions (client.ts); the runtime is copied verbatim from templates/client/runtime.
 */
import { render, runtimeFiles } from '../../emit/templates.js';
import { pruneImports } from '../../lang/ts/imports.js';
import type { Target } from '../target.js';
import { ClientEmitter } from './client.js';

export const tsTarget: Target = {
  name: 'ts',
  outDir: 'client',
  description: 'the TypeScript SDK package',
  // A generator: the largest module (types.ts) reaches the formatter while the rest of the client is made.
  *emit(model) {
    const client = new ClientEmitter(model);
    const packageView = {
      version: JSON.stringify(model.version),
      packageName: JSON.stringify(model.sdk.packageName),
      description: JSON.stringify(`TypeScript client for the ${model.title}`),
    };
    yield { path: 'package.json', contents: render('client/package.json.hbs', packageView) };
    yield { path: 'tsconfig.json', contents: render('client/tsconfig.json.hbs', {}) };
    // dist/esm and dist/cjs, built by the package's own `prepack` (build.mjs) with its own TypeScript.
    yield { path: 'tsconfig.cjs.json', contents: render('client/tsconfig.cjs.json.hbs', {}) };
    yield { path: 'build.mjs', contents: render('client/build.mjs.hbs', {}) };
    yield { path: 'README.md', contents: render('client/README.md.hbs', client.readme()) };
    for (const file of client.emit()) yield { path: file.path, contents: pruneImports(file.contents) };
    // Copied byte for byte: the runtime is formatted and tested where it is written.
    for (const file of runtimeFiles('client/runtime')) yield { path: `src/runtime/${file.path}`, contents: file.contents, verbatim: true };
  },
};

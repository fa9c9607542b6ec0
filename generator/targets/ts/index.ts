/**
 * The `ts` target: the TypeScript SDK package (generated/client). Generated modules are data and one-line
 * functions (client.ts); the runtime is copied verbatim from templates/client/runtime.
 */
import { render, runtimeFiles } from '../../emit/templates.js';
import { pruneImports } from '../../lang/ts/imports.js';
import type { SourceFile, Target } from '../target.js';
import { ClientEmitter } from './client.js';

export const tsTarget: Target = {
  name: 'ts',
  outDir: 'client',
  description: 'the TypeScript SDK package',
  emit(model) {
    const client = new ClientEmitter(model);
    const packageView = {
      version: JSON.stringify(model.version),
      packageName: JSON.stringify(model.sdk.packageName),
      description: JSON.stringify(`TypeScript client for the ${model.title}`),
    };
    const files: SourceFile[] = [
      { path: 'package.json', contents: render('client/package.json.hbs', packageView) },
      { path: 'tsconfig.json', contents: render('client/tsconfig.json.hbs', {}) },
      // dist/esm and dist/cjs, built by the package's own `prepack` (build.mjs) with its own TypeScript.
      { path: 'tsconfig.cjs.json', contents: render('client/tsconfig.cjs.json.hbs', {}) },
      { path: 'build.mjs', contents: render('client/build.mjs.hbs', {}) },
      {
        path: 'README.md',
        contents: render('client/README.md.hbs', client.readme()),
      },
      ...client.emit().map((file) => ({ path: file.path, contents: pruneImports(file.contents) })),
      // Copied byte for byte: the runtime is formatted and tested where it is written.
      ...runtimeFiles('client/runtime').map((file) => ({ path: `src/runtime/${file.path}`, contents: file.contents, verbatim: true })),
    ];
    return files;
  },
};

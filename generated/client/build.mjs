// Builds dist/ with the package's own TypeScript (its devDependency): ES modules in dist/esm, CommonJS in
// dist/cjs (marked `"type": "commonjs"` for Node and for TypeScript's node16/nodenext resolution), each with its
// declarations. Run by `npm run build` and by `prepack`.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync('dist', { recursive: true, force: true });
for (const project of ['tsconfig.json', 'tsconfig.cjs.json']) {
  execFileSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
}
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');

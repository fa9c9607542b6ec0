#!/usr/bin/env node
/**
 * `npm run generate`: runs generator/cli.ts. The generator is TypeScript; rather than transpiling each module on
 * every start (tsx), it is bundled once with esbuild into generator/.build/cli.mjs (git-ignored) and rebuilt
 * whenever a file under generator/, the runtime casing rules or package-lock.json is newer than the bundle.
 * Its dependencies are bundled in too: @redocly/openapi-core alone is some 400 ES modules whose loading took
 * half a second of every start, a quarter of the whole command. Left as imports: dprint (its formatter is a
 * WebAssembly file found by path) and Handlebars (CommonJS that patches `require.extensions`).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'generator');
const BUNDLE = path.join(SOURCE, '.build', 'cli.mjs');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.build') continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

// The bundle inlines generator/ and the runtime modules it imports from templates/ (casing rules).
const inputs = [newest(SOURCE), newest(path.join(ROOT, 'templates/client/runtime')), statSync(path.join(ROOT, 'package-lock.json')).mtimeMs];
const stale = !existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < Math.max(...inputs);
if (stale) {
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    entryPoints: [path.join(SOURCE, 'cli.ts')],
    outfile: BUNDLE,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['@dprint/*', 'handlebars'],
    // CommonJS dependencies inside an ES module bundle still call `require` for Node's built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  // Written to a file of this process's own, then renamed over the bundle: a run started meanwhile (tests spawn
  // several) imports the old bundle or the new one, never a half-written file.
  mkdirSync(path.dirname(BUNDLE), { recursive: true });
  const partial = `${BUNDLE}.${process.pid}.tmp`;
  writeFileSync(partial, outputFiles[0].contents);
  renameSync(partial, BUNDLE);
}
process.argv[1] = BUNDLE;
await import(pathToFileURL(BUNDLE).href);

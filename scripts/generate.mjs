#!/usr/bin/env node
/**
 * `npm run generate`: runs generator/cli.ts. The generator is TypeScript; rather than transpiling each module on
 * every start (tsx), it is bundled once with esbuild into generator/.build/cli.mjs (git-ignored, dependencies
 * left as imports) and rebuilt whenever a file under generator/ is newer than the bundle. Starting the bundle
 * takes a fraction of the time, which matters for a command that should finish in about a second.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
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
const stale = !existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < Math.max(newest(SOURCE), newest(path.join(ROOT, 'templates/client/runtime')));
if (stale) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(SOURCE, 'cli.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}
process.argv[1] = BUNDLE;
await import(pathToFileURL(BUNDLE).href);

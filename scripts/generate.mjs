#!/usr/bin/env node
/**
 * `npm run generate`: runs generator/cli.ts. The generator is TypeScript; rather than transpiling each module on
 * every start (tsx), it is bundled once with esbuild into generator/.build/cli.cjs (git-ignored; watch mode's lint
 * thread, generator/lint-worker.ts, into lint-worker.cjs beside it) and rebuilt
 * whenever a file under generator/, the runtime casing rules, a template or package-lock.json is newer than it.
 * Its dependencies are bundled in too: @redocly/openapi-core alone is some 400 ES modules whose loading took
 * half a second of every start, a quarter of the whole command. Left as imports: dprint (its formatter is a
 * WebAssembly file found by path) and Handlebars (CommonJS that patches `require.extensions`).
 *
 * The templates (every .hbs file under templates/) are precompiled into the bundle too: compiling them all took
 * some 130 ms of every run. The generator uses a precompiled template only while its source is unchanged (a hash
 * of the text and the compile options, see generator/emit/templates.ts), so an edited template is simply compiled
 * at run time.
 *
 * The bundle is CommonJS so that it can run as a `vm.Script` with V8's code cache (Node 20 has no cache for ES
 * modules): compiling its functions took about a tenth of every run. The cache (cli.cjs.v8cache) is written after
 * the first successful generation with this bundle, holding every function that run compiled, and is used until
 * the bundle changes; V8 refuses a cache made by another Node version, and a refused cache is written again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'generator');
const BUNDLE = path.join(SOURCE, '.build', 'cli.cjs');
const CODE_CACHE = `${BUNDLE}.v8cache`;
const LINT_WORKER = path.join(SOURCE, '.build', 'lint-worker.cjs');

const TEMPLATES = path.join(ROOT, 'templates');
// The options generator/emit/templates.ts compiles with; part of each template's hash, so a difference only
// means the precompiled templates go unused.
const COMPILE_OPTIONS = { noEscape: true, strict: true };

function newest(dir, wanted = () => true) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.build') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full, wanted));
    else if (wanted(entry.name)) latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

/** `.hbs` files under templates/, as paths relative to it with forward slashes. */
function templateFiles(dir = TEMPLATES) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return templateFiles(full);
    return entry.name.endsWith('.hbs') ? [path.relative(TEMPLATES, full).split(path.sep).join('/')] : [];
  });
}

/** A statement defining every template, precompiled, with the hash of what it was compiled from. */
function precompiledTemplates() {
  const Handlebars = createRequire(import.meta.url)('handlebars');
  const entries = templateFiles().sort().map((file) => {
    const source = readFileSync(path.join(TEMPLATES, file), 'utf8');
    const hash = createHash('sha256').update(JSON.stringify(COMPILE_OPTIONS)).update('\0').update(source).digest('hex');
    // A copy of the options: Handlebars adds its defaults to the object it is given.
    return `${JSON.stringify(file)}: { hash: ${JSON.stringify(hash)}, spec: ${Handlebars.precompile(source, { ...COMPILE_OPTIONS })} }`;
  });
  return `globalThis.__generatorPrecompiledTemplates = {\n${entries.join(',\n')}\n};`;
}

// The bundle inlines generator/ and the runtime modules it imports from templates/ (casing rules).
const inputs = [
  newest(SOURCE),
  newest(path.join(TEMPLATES, 'client/runtime')),
  newest(TEMPLATES, (name) => name.endsWith('.hbs')),
  statSync(path.join(ROOT, 'package-lock.json')).mtimeMs,
];
const stale = !existsSync(BUNDLE) || !existsSync(LINT_WORKER) || statSync(BUNDLE).mtimeMs < Math.max(...inputs);
if (stale) {
  const { build } = await import('esbuild');
  const options = {
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['@dprint/*', 'handlebars'],
    // The generator's modules locate templates/ and node_modules from their own URL: the bundle's, in CommonJS.
    define: { 'import.meta.url': '__bundleUrl' },
    logLevel: 'warning',
  };
  const bundleUrl = "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;";
  const [cli, lintWorker] = await Promise.all([
    build({ ...options, entryPoints: [path.join(SOURCE, 'cli.ts')], outfile: BUNDLE, banner: { js: `${bundleUrl}\n${precompiledTemplates()}` } }),
    // Watch mode's lint thread (generator/lint-thread.ts) runs this one.
    build({ ...options, entryPoints: [path.join(SOURCE, 'lint-worker.ts')], outfile: LINT_WORKER, banner: { js: bundleUrl } }),
  ]);
  // Written to a file of this process's own, then renamed over the bundle: a run started meanwhile (tests spawn
  // several) imports the old bundle or the new one, never a half-written file. The worker's first: a run that sees
  // the new generator bundle finds its worker.
  mkdirSync(path.dirname(BUNDLE), { recursive: true });
  for (const [file, result] of [[LINT_WORKER, lintWorker], [BUNDLE, cli]]) {
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, result.outputFiles[0].contents);
    renameSync(partial, file);
  }
  rmSync(CODE_CACHE, { force: true });
}

// A single generation is over in a second or two on two cores, where V8's optimising compilers mostly compete with
// the work they would speed up: the formatter's WebAssembly stays baseline-compiled (generator/format.ts), and
// JavaScript functions are optimised only once eight times hotter than by default (measured: the server export
// 6-12 % faster, GitHub's description and the curated spec 5 %). Watch mode, long-lived, keeps V8's defaults.
// The flags are process-wide and part of what a code cache must match: set before compiling, they are the same
// when the cache is made and when it is used.
const watching = process.argv.includes('--watch');
if (!watching) v8.setFlagsFromString('--liftoff-only --interrupt-budget=540672');
const cachedData = existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
const script = new vm.Script(Module.wrap(readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData });
// Written once a run has compiled what generation needs: not after `--help` or a spec error, which compile little,
// nor by watch mode, whose flags differ.
const help = process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h');
process.once('exit', (code) => {
  if (code !== 0 || help || watching || (cachedData && !script.cachedDataRejected)) return;
  try {
    const partial = `${CODE_CACHE}.${process.pid}.tmp`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, CODE_CACHE);
  } catch {
    // Only a cache: the next run compiles as this one did.
  }
});
process.argv[1] = BUNDLE;
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, path.dirname(BUNDLE));

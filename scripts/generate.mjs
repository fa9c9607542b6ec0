#!/usr/bin/env node
/**
 * `npm run generate`: runs generator/cli.ts. The generator is TypeScript; rather than transpiling each module on
 * every start (tsx), it is bundled once with esbuild into generator/.build/cli.mjs (git-ignored) and rebuilt
 * whenever a file under generator/, the runtime casing rules, a template or package-lock.json is newer than it.
 * Its dependencies are bundled in too: @redocly/openapi-core alone is some 400 ES modules whose loading took
 * half a second of every start, a quarter of the whole command. Left as imports: dprint (its formatter is a
 * WebAssembly file found by path) and Handlebars (CommonJS that patches `require.extensions`).
 *
 * The templates (every .hbs file under templates/) are precompiled into the bundle too: compiling them all took
 * some 130 ms of every run. The generator uses a precompiled template only while its source is unchanged (a hash
 * of the text and the compile options, see generator/emit/templates.ts), so an edited template is simply compiled
 * at run time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'generator');
const BUNDLE = path.join(SOURCE, '.build', 'cli.mjs');

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
    banner: {
      js: `import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);\n${precompiledTemplates()}`,
    },
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

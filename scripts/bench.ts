/**
 * Size and per-call overhead of the generated SDK next to openapi-fetch + openapi-typescript.
 *
 *   npx tsx scripts/bench.ts [--iterations 20000] [--json]
 *
 * Size: esbuild bundles (browser, ESM, minified) of
 *   - `sdk: one call`: `assistantsGet(new BurkiCore(...), 1)` from `@burki.dev/sdk/funcs` (what a size-sensitive app
 *     imports: only that operation's descriptor and shapes, and the core runtime, are bundled),
 *   - `sdk: one list call with query params`: `assistantsList(core, { limit: 10 })` the same way (a call with query,
 *     header or body params also bundles their encoder, `encodeParams`; the list adds pagination),
 *   - `sdk: one call via BurkiClient`: `new BurkiClient(...).assistants.get(1)` (the client class holds every
 *     resource, so this is the whole REST surface without realtime, webhooks and uploads),
 *   - `sdk: everything`: `export * from` the package root,
 *   - `floor: minimal core, same call`: the same operation descriptor and shapes called through scripts/size-floor.ts,
 *     a core written only for size that keeps every per-call feature, `extraQuery` / `extraBody` and validation
 *     errors in the SDK's words included, with the logger and raw access opt-in as in the funcs entry (how low a
 *     one-call bundle can go: the row to read `sdk: one call` against),
 *   - `floor: same, with logger and raw access`: that call through the floor's `apiCall` on a core with a logger
 *     (what opting in to both costs at that density),
 *   - `openapi-fetch: one call`: `createClient<paths>(...).GET('/api/v1/assistants/{assistant_id}', ...)` with
 *     `paths` made by openapi-typescript from generated/openapi.json (types only, so they add no bytes),
 * reported raw, minified and minified + gzip (level 9).
 *
 * Overhead: the same GET through each client over a stubbed `fetch` that answers from memory (a fresh `Response`
 * per call, as a real fetch gives), against the stub alone; reported as µs per call after a warm-up.
 *
 * openapi-fetch is not a dependency of this repository: it is imported by name, else from the side install in
 * $BURKI_TEST_DEPS (default /tmp/deps: `npm install --no-save --prefix /tmp/deps openapi-fetch@0.17.0`). Without it
 * its rows are skipped.
 *
 * `--sizes` reports the bundle sizes only (seconds, not minutes: `npm run bench -- --sizes`).
 *
 * Then generation time next to Redocly and hey-api: scripts/bench-generate.ts (`--runs N`, default 3; alone:
 * `npx tsx scripts/bench-generate.ts`), and watch mode's save-to-written latency: scripts/bench-watch.ts
 * (`--saves N`, default 10). With --json each prints its own JSON document after this one.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import openapiTS, { astToString } from 'openapi-typescript';
import * as openapiFetchModule from 'openapi-fetch';
import { benchGenerate } from './bench-generate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SDK = join(ROOT, 'generated/client/src/index.ts');
const args = process.argv.slice(2);
const iterations = Number(args[args.indexOf('--iterations') + 1]) || 20_000;
const asJson = args.includes('--json');
const sizesOnly = args.includes('--sizes');

interface SizeRow {
  readonly name: string;
  readonly bytes: number;
  readonly minified: number;
  readonly gzip: number;
  /** Minified bytes each source file contributes (esbuild's metafile), largest first. */
  readonly modules: readonly { readonly file: string; readonly minified: number }[];
}

interface OverheadRow {
  readonly name: string;
  readonly usPerCall: number;
  readonly overheadUs: number;
}

type OpenapiFetch = {
  default: (options: { baseUrl: string; fetch?: (request: Request) => Promise<Response> }) => {
    GET(
      path: string,
      init: { params: { path: Record<string, unknown> } },
    ): Promise<{ data?: unknown; error?: unknown }>;
  };
};

async function bundleSize(name: string, dir: string, source: string): Promise<SizeRow> {
  const entry = join(dir, `${name.replace(/\W+/g, '-')}.ts`);
  writeFileSync(entry, source);
  const common = {
    entryPoints: [entry],
    bundle: true,
    format: 'esm' as const,
    platform: 'browser' as const,
    target: 'es2022',
    write: false,
    logLevel: 'silent' as const,
    nodePaths: [join(ROOT, 'node_modules')],
  };
  const plain = await build(common);
  const minified = await build({ ...common, minify: true, metafile: true });
  const text = minified.outputFiles?.[0]?.contents ?? new Uint8Array();
  const output = Object.values(minified.metafile?.outputs ?? {})[0];
  const modules = Object.entries(output?.inputs ?? {})
    .map(([file, input]) => ({ file: file.replace(/^.*generated\/client\/src\//, ''), minified: input.bytesInOutput }))
    // The SDK's own files (the entry file is the bench's, in a temp dir).
    .filter((module) => module.minified > 0 && !module.file.includes('burki-bench-'))
    .sort((a, b) => b.minified - a.minified);
  return {
    name,
    bytes: plain.outputFiles?.[0]?.contents.byteLength ?? 0,
    minified: text.byteLength,
    gzip: gzipSync(text, { level: 9 }).byteLength,
    modules,
  };
}

async function sizes(dir: string, haveOpenapiFetch: boolean): Promise<SizeRow[]> {
  const sdk = pathToFileURL(SDK).pathname.replace(/\.ts$/, '.js');
  const rows = [
    await bundleSize(
      'sdk: one call',
      dir,
      `import { BurkiCore, assistantsGet } from ${JSON.stringify(sdk.replace(/index\.js$/, 'funcs.js'))};\n` +
        `const client = new BurkiCore({ apiKey: 'k' });\nexport const result = assistantsGet(client, 1);\n`,
    ),
    await bundleSize(
      'sdk: one list call with query params',
      dir,
      `import { BurkiCore, assistantsList } from ${JSON.stringify(sdk.replace(/index\.js$/, 'funcs.js'))};\n` +
        `const client = new BurkiCore({ apiKey: 'k' });\nexport const result = assistantsList(client, { limit: 10 });\n`,
    ),
    await bundleSize(
      'sdk: one call via BurkiClient',
      dir,
      `import { BurkiClient } from ${JSON.stringify(sdk)};\n` +
        `const client = new BurkiClient({ apiKey: 'k' });\nexport const result = client.assistants.get(1);\n`,
    ),
    await bundleSize('sdk: everything', dir, `export * from ${JSON.stringify(sdk)};\n`),
    await bundleSize(
      'floor: minimal core, same call',
      dir,
      `import { FloorCore } from ${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/size-floor.js')).pathname)};\n` +
        `import { assistantsGet } from ${JSON.stringify(sdk.replace(/index\.js$/, 'operations.js'))};\n` +
        `export const result = new FloorCore({ apiKey: 'k' }).call(assistantsGet, [1]);\n`,
    ),
    await bundleSize(
      'floor: same, with logger and raw access',
      dir,
      `import { FloorCore, apiCall, useLogger } from ${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/size-floor.js')).pathname)};\n` +
        `import { assistantsGet } from ${JSON.stringify(sdk.replace(/index\.js$/, 'operations.js'))};\n` +
        `export const result = apiCall(useLogger(new FloorCore({ apiKey: 'k' }), console), assistantsGet, [1]);\n`,
    ),
  ];
  if (haveOpenapiFetch) {
    const document = JSON.parse(readFileSync(join(ROOT, 'generated/openapi.json'), 'utf8')) as object;
    const ast = await openapiTS(document as Parameters<typeof openapiTS>[0]);
    writeFileSync(join(dir, 'schema.ts'), astToString(ast));
    rows.push(
      await bundleSize(
        'openapi-fetch: one call',
        dir,
        `import createClient from 'openapi-fetch';\nimport type { paths } from './schema.js';\n` +
          `const client = createClient<paths>({ baseUrl: 'https://api.burki.dev', headers: { Authorization: 'Bearer k' } });\n` +
          `export const result = client.GET('/api/v1/assistants/{assistant_id}', { params: { path: { assistant_id: 1 } } });\n`,
      ),
    );
  }
  return rows;
}

const ASSISTANT = JSON.stringify({
  id: 1,
  name: 'Receptionist',
  is_active: true,
  llm_settings: { system_prompt: 'You answer the phone.', temperature: 0.3 },
  tts_settings: { voice_id: 'v1' },
  custom_settings: { Keep: 1 },
  created_at: '2026-01-01T00:00:00Z',
});

function stubResponse(): Response {
  return new Response(ASSISTANT, { status: 200, headers: { 'content-type': 'application/json' } });
}

async function time(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(2_000, iterations); i++) await run();
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await run();
  return Number(process.hrtime.bigint() - started) / 1_000 / iterations;
}

async function overhead(openapiFetch: OpenapiFetch | undefined): Promise<OverheadRow[]> {
  const { BurkiClient } = (await import(
    pathToFileURL(SDK).href
  )) as typeof import('../generated/client/src/index.js');
  const fetchStub = async (): Promise<Response> => stubResponse();
  const baseline = await time(async () => (await fetchStub()).json());
  const rows: OverheadRow[] = [{ name: 'stub fetch + res.json()', usPerCall: baseline, overheadUs: 0 }];
  const sdk = new BurkiClient({
    apiKey: 'k',
    baseUrl: 'https://api.burki.dev',
    fetch: fetchStub,
    maxRetries: 0,
  });
  const sdkUs = await time(() => sdk.assistants.get(1));
  rows.push({ name: 'sdk: assistants.get(1)', usPerCall: sdkUs, overheadUs: sdkUs - baseline });
  if (openapiFetch) {
    const client = openapiFetch.default({ baseUrl: 'https://api.burki.dev', fetch: fetchStub });
    const ofUs = await time(() =>
      client.GET('/api/v1/assistants/{assistant_id}', { params: { path: { assistant_id: 1 } } }),
    );
    rows.push({ name: 'openapi-fetch: GET', usPerCall: ofUs, overheadUs: ofUs - baseline });
  }
  return rows;
}

/** The size goals (min+gzip), by row name. */
const SIZE_GOALS: Readonly<Record<string, number>> = { 'sdk: one call': 4.5 * 1024, 'sdk: everything': 20 * 1024 };

function goal(row: SizeRow): string {
  const limit = SIZE_GOALS[row.name];
  if (limit === undefined) return '';
  // The bytes to spare (or over): the goals are close enough that the rounded KiB columns hide the margin.
  const margin = row.gzip <= limit ? `${limit - row.gzip} B to spare` : `${row.gzip - limit} B over`;
  return `${row.gzip <= limit ? 'met' : 'NOT met'} (≤ ${kb(limit)}, ${margin})`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main(): Promise<void> {
  const openapiFetch = openapiFetchModule as unknown as OpenapiFetch;
  const dir = mkdtempSync(join(tmpdir(), 'burki-bench-'));
  mkdirSync(dir, { recursive: true });
  try {
    const sizeRows = await sizes(dir, openapiFetch !== undefined);
    const overheadRows = sizesOnly ? [] : await overhead(openapiFetch);
    if (asJson) {
      console.log(JSON.stringify({ iterations, sizes: sizeRows, overhead: overheadRows }, null, 2));
      return;
    }
    console.log('Bundle size (esbuild, browser, ESM)');
    console.table(
      sizeRows.map((row) => ({
        bundle: row.name,
        raw: kb(row.bytes),
        minified: kb(row.minified),
        'min+gzip': kb(row.gzip),
        goal: goal(row),
      })),
    );
    const oneCall = sizeRows.find((row) => row.name === 'sdk: one call');
    if (oneCall) {
      console.log('What the one-call bundle holds (minified bytes per source file)');
      console.table(oneCall.modules.map((module) => ({ file: module.file, minified: module.minified })));
    }
    if (sizesOnly) return;
    console.log(`Per-call time over a stubbed fetch (${iterations} calls, after warm-up)`);
    console.table(
      overheadRows.map((row) => ({
        client: row.name,
        'µs/call': row.usPerCall.toFixed(2),
        'overhead µs': row.overheadUs.toFixed(2),
      })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
if (!sizesOnly) {
  await benchGenerate(args);
  await (await import('./bench-watch.js')).benchWatch(args); // watch mode, save to written files: scripts/bench-watch.ts
  await (await import('./bench-sdks.js')).benchSdks(args); // the Python and Go SDKs: scripts/bench-sdks.ts
  await (await import('./bench-mock.js')).benchMock(args); // the mock under load next to Prism and bare node:http: scripts/bench-mock.ts
}

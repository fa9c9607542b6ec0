/**
 * The published package as a user gets it: copy generated/client, install its own devDependencies, `npm pack` it (its
 * `prepack` builds dist/esm and dist/cjs with the package's own TypeScript), install the tarball into a scratch
 * project in the OS temp dir, type-check usage files under `moduleResolution` `node16`, `nodenext` and `bundler`
 * (ES module and CommonJS files, strict, no @types/node), then run the compiled files, an `import` and a plain
 * `require()`, against the generated mock on a free loopback port, with the Node that runs vitest (20 in CI) and
 * with Node 22.
 *
 * Node 22 is the pinned official binary from the npm registry (`./node22.ts`: cached in the OS temp dir, or
 * `BURKI_NODE22=/path/to/node`). The SDK's one dependency is `ws` (for Node 20, which has no global WebSocket; the
 * SDK imports it only there, never in a browser bundle): the scratch project gets it from the plain install, and the
 * realtime program streams from the mock's WebSockets under Node 20 (through `ws`) and Node 22 (the global
 * `WebSocket`). npm prefers its cache; the registry is asked only for what the cache lacks.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMockServer,
  defaultModelPath,
  loadModel,
  type MockServer,
} from '../../generated/mock/runtime/index.js';
import { findOrInstallNode22, NODE22_VERSION } from './node22.js';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLIENT_DIR = join(ROOT, 'generated/client');
const BIN = join(ROOT, 'node_modules/.bin');
const TSC = join(BIN, process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
const API_KEY = 'burki_test_package_key_0123456789';

/** Environment for npm: quiet, cache first. The repository's bin is NOT on PATH: the package builds with its own. */
const npmEnv: NodeJS.ProcessEnv = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
  npm_config_prefer_offline: 'true',
};

/** Environment for the scratch project's checks: the repo's bin on PATH (its `tsc`), npm kept quiet. */
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${BIN}${delimiter}${process.env['PATH'] ?? ''}`,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
};

let work: string;
let app: string;
let tarball: string;
let server: MockServer;
let baseUrl: string;
/** Started first thing in `beforeAll`, awaited by the Node 22 tests (so only they fail when it cannot be had). */
let node22: Promise<string>;

/** The host's Node version, without `@types/node` (the scratch project has none). */
const NODE_VERSION_SOURCE =
  '(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node ?? null';

/** The user's program. Imports only the package name; prints one JSON line. */
function usageSource(url: string): string {
  return `
import BurkiDefault, {
  BurkiClient,
  BurkiError,
  NotFoundError,
  APIError,
  WebhookParseError,
  parseWebhook,
  type Assistant,
  type AssistantCreateParams,
  type ClientOptions,
} from '@burki.dev/sdk';
import { BurkiCore, assistantsGet, withResponse } from '@burki.dev/sdk/funcs';

const options: ClientOptions = { apiKey: ${JSON.stringify(API_KEY)}, baseUrl: ${JSON.stringify(url)}, maxRetries: 0 };
const client = new BurkiClient(options);

// Compile-time checks only (never called): the types are real, not \`any\`.
function typeChecks(): void {
  // @ts-expect-error assistant ids are numbers
  void client.assistants.get('1');
  // @ts-expect-error isActive is a boolean
  void client.assistants.updateStatus(1, 'yes');
  // @ts-expect-error name is required
  const bad: AssistantCreateParams = { description: 'no name' };
  void bad;
  const promise: Promise<Assistant> = client.assistants.get(1);
  void promise;
}
void typeChecks;

const params: AssistantCreateParams = {
  name: 'Packaged Receptionist',
  llmSettings: { systemPrompt: 'You answer the phone.' },
  customSettings: { Keep_Me: 1 },
};
const created: Assistant = await client.assistants.create(params);
const fetched = await client.assistants.get(created.id);
const ids: number[] = [];
for await (const assistant of client.assistants.list({ limit: 1 })) ids.push(assistant.id);
const { data, response } = await client.assistants.get(created.id).withResponse();
// The standalone form through the \`/funcs\` subpath, with the configuration-only class.
const viaFunction: Assistant = await assistantsGet(new BurkiCore(options), created.id);
// Raw access is opt-in there: a plain promise, its response through \`withResponse\`.
const functionRaw = await withResponse(assistantsGet(new BurkiCore(options), created.id));

let notFound = '';
try {
  await client.assistants.get(987654321);
} catch (error) {
  if (error instanceof NotFoundError && error instanceof APIError && error instanceof BurkiError) {
    notFound = \`\${error.name} \${error.status} \${error.method} \${error.path}\`;
  }
}

const webhook = parseWebhook('{"type":"sms_received","timestamp":"t","data":{"media_urls":[]}}');
const webhookType: string = webhook.type === 'sms_received' ? \`sms \${webhook.payload.data.mediaUrls?.length ?? 0}\` : webhook.type;
let webhookError = '';
try {
  parseWebhook('not json');
} catch (error) {
  if (error instanceof WebhookParseError && error instanceof BurkiError) webhookError = error.reason;
}

const stream = client.realtime.liveTranscript('CA123');
const firstEvent = async (): Promise<string | undefined> => {
  for await (const event of stream) return event.type === 'transcript' ? event.data.content : event.type;
  return undefined;
};
void firstEvent;

console.log(
  JSON.stringify({
    node: ${NODE_VERSION_SOURCE},
    realtimeUrl: stream.url,
    realtimeState: stream.state,
    webhookType,
    webhookError,
    sameClass: BurkiDefault === BurkiClient,
    createdName: created.name,
    systemPrompt: fetched.llmSettings?.systemPrompt ?? null,
    customSettings: fetched.customSettings ?? null,
    listedCreated: ids.includes(created.id),
    withResponse: { id: data.id, status: response.status },
    viaFunction: viaFunction.id === created.id && viaFunction.name === created.name,
    functionRaw: { id: functionRaw.data.id, status: functionRaw.response.status },
    notFound,
  }),
);
`;
}

/**
 * The user's realtime program, for a project without `ws`: prints one JSON line with the host, whether `ws` can be
 * imported, and what the two streams yielded (or the error `connect()` rejected with). Every read times out.
 */
function realtimeSource(url: string): string {
  return `
import { BurkiClient, WebSocketError, type CallStatusEvent, type TranscriptEvent } from '@burki.dev/sdk';

const host = globalThis as { WebSocket?: unknown };
const client = new BurkiClient({ apiKey: ${JSON.stringify(API_KEY)}, baseUrl: ${JSON.stringify(url)}, maxRetries: 0 });

/** Reads \`n\` events, failing after 5 s instead of hanging. */
async function take<T>(iterator: AsyncIterator<T>, n: number, what: string): Promise<T[]> {
  const out: T[] = [];
  while (out.length < n) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = await Promise.race([
      iterator.next(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(\`\${what}: no event \${out.length + 1} of \${n} within 5 s (got \${JSON.stringify(out)})\`)),
          5000,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    if (result.done) throw new Error(\`\${what}: the stream ended after \${out.length} events\`);
    out.push(result.value);
  }
  return out;
}

const specifier = 'ws';
const output: Record<string, unknown> = {
  node: ${NODE_VERSION_SOURCE},
  globalWebSocket: typeof host.WebSocket,
  wsPackage: await import(specifier).then(
    () => 'found',
    () => 'missing',
  ),
};

try {
  const live = client.realtime.liveTranscript('CA123', { maxRetries: 0, connectTimeout: 5000 });
  await live.connect();
  const openState = live.state;
  const iterator = live[Symbol.asyncIterator]();
  const first = await take(iterator, 5, 'liveTranscript');
  const transcript = first.find((event): event is TranscriptEvent => event.type === 'transcript');
  live.requestStatus();
  const [status] = await take(iterator, 1, 'requestStatus');
  live.sendPing();
  const [pong] = await take(iterator, 1, 'sendPing');
  await live.disconnect();
  const afterDisconnect = await iterator.next();
  const callStatus: CallStatusEvent | undefined = status?.type === 'call_status' ? status : undefined;
  output['liveTranscript'] = {
    openState,
    types: first.map((event) => event.type),
    callSid: first[0]?.type === 'connection_established' ? first[0].callSid : null,
    transcript: transcript
      ? { speaker: transcript.data.speaker, isFinal: transcript.data.isFinal, snakeCase: 'is_final' in transcript.data }
      : null,
    status: callStatus ? { callSid: callStatus.callSid, status: callStatus.status } : status?.type,
    pong: pong?.type,
    closedState: live.state,
    doneAfterDisconnect: afterDisconnect.done === true,
    error: live.error?.message ?? null,
  };

  const campaign = client.realtime.campaignProgress(12, { maxRetries: 0, connectTimeout: 5000 });
  const events = campaign[Symbol.asyncIterator]();
  const opening = await take(events, 4, 'campaignProgress');
  campaign.requestStatus();
  const [update] = await take(events, 1, 'requestStatus');
  await events.return?.(); // what \`break\` in a for await does
  output['campaignProgress'] = {
    types: opening.map((event) => event.type),
    update: update?.type === 'progress_update' ? { type: update.type, campaignId: update.data.campaignId } : update?.type,
    closedState: campaign.state,
    error: campaign.error?.message ?? null,
  };
} catch (error) {
  output['error'] = {
    name: error instanceof Error ? error.name : typeof error,
    isWebSocketError: error instanceof WebSocketError,
    message: error instanceof Error ? error.message : String(error),
  };
}

console.log(JSON.stringify(output));
`;
}

/**
 * A typed CommonJS file (`.cts`): under node16/nodenext its imports compile to `require()` and must resolve to the
 * package's CommonJS build and declarations. Prints one JSON line.
 */
function commonJsSource(url: string): string {
  return `
import { BurkiClient, NotFoundError, BurkiError, type Assistant } from '@burki.dev/sdk';
import { BurkiCore, assistantsGet } from '@burki.dev/sdk/funcs';

async function main(): Promise<void> {
  const options = { apiKey: ${JSON.stringify(API_KEY)}, baseUrl: ${JSON.stringify(url)}, maxRetries: 0 };
  const client = new BurkiClient(options);
  const created: Assistant = await client.assistants.create({ name: 'CommonJS Receptionist' });
  const viaFunction: Assistant = await assistantsGet(new BurkiCore(options), created.id);
  let notFound = '';
  try {
    await client.assistants.get(987654321);
  } catch (error) {
    if (error instanceof NotFoundError && error instanceof BurkiError) notFound = error.name;
  }
  // @ts-expect-error assistant ids are numbers (the CommonJS declarations are the real types)
  void client.assistants.get.bind(client.assistants, '1');
  console.log(JSON.stringify({ format: typeof module, name: viaFunction.name, notFound }));
}
void main();
declare const module: unknown;
`;
}

/** A plain JavaScript CommonJS program: `require()` of both entry points, one call. Prints one JSON line. */
function requireSource(url: string): string {
  return `
const sdk = require('@burki.dev/sdk');
const funcs = require('@burki.dev/sdk/funcs');
const options = { apiKey: ${JSON.stringify(API_KEY)}, baseUrl: ${JSON.stringify(url)}, maxRetries: 0 };
(async () => {
  const client = new sdk.BurkiClient(options);
  const created = await client.assistants.create({ name: 'Required Receptionist', llmSettings: { systemPrompt: 'Hi.' } });
  const fetched = await funcs.assistantsGet(new funcs.BurkiCore(options), created.id);
  console.log(JSON.stringify({
    resolved: require.resolve('@burki.dev/sdk').split(/[\\\\/]/).slice(-3).join('/'),
    sameDefault: sdk.default === sdk.BurkiClient,
    systemPrompt: fetched.llmSettings.systemPrompt,
    errorIsBase: new sdk.NotFoundError(404, undefined, 'x', new Headers(), { method: 'GET', path: '/' }) instanceof sdk.BurkiError,
  }));
})();
`;
}

beforeAll(async () => {
  node22 = findOrInstallNode22();
  node22.catch(() => undefined); // reported by the tests that await it
  work = mkdtempSync(join(tmpdir(), 'burki-sdk-package-'));

  // 1. Pack a copy (the checkout stays clean): its own devDependencies installed, then `prepack` builds dist/.
  const pkgDir = join(work, 'client');
  cpSync(CLIENT_DIR, pkgDir, {
    recursive: true,
    filter: (source) => !/[\\/](dist|node_modules)$/.test(source),
  });
  await run('npm', ['install', '--no-package-lock'], { cwd: pkgDir, env: npmEnv });
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: pkgDir,
    env: npmEnv,
  });
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error(`npm pack printed no result: ${packed.stdout}`);
  tarball = join(work, info.filename);

  // 2. A scratch ESM project that installs the tarball.
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
  );
  await run('npm', ['install', '--no-package-lock', tarball], { cwd: app, env: npmEnv });

  // 3. The mock on a free loopback port.
  server = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
  writeFileSync(join(app, 'usage.ts'), usageSource(baseUrl));
  writeFileSync(join(app, 'realtime.ts'), realtimeSource(baseUrl));
  writeFileSync(join(app, 'usage-cjs.cts'), commonJsSource(baseUrl));
  writeFileSync(join(app, 'require.cjs'), requireSource(baseUrl));

  const common = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    // The package's declaration files are checked as a user's project would check them; TypeScript's own lib files
    // (lib.dom.d.ts and the rest) are not ours to check.
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    types: [],
  };
  writeFileSync(
    join(app, 'tsconfig.node16.json'),
    JSON.stringify({
      compilerOptions: { ...common, module: 'node16', moduleResolution: 'node16', outDir: 'out' },
      files: ['usage.ts', 'realtime.ts', 'usage-cjs.cts'],
    }),
  );
  writeFileSync(
    join(app, 'tsconfig.nodenext.json'),
    JSON.stringify({
      compilerOptions: { ...common, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true },
      files: ['usage.ts', 'realtime.ts', 'usage-cjs.cts'],
    }),
  );
  writeFileSync(
    join(app, 'tsconfig.bundler.json'),
    JSON.stringify({
      // The package's declarations were checked under node16 and nodenext (the same files a bundler resolves):
      // here only how the usage files resolve and type-check.
      compilerOptions: { ...common, module: 'esnext', moduleResolution: 'bundler', noEmit: true, skipLibCheck: true },
      files: ['usage.ts', 'realtime.ts'],
    }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed @burki.dev/sdk', () => {
  it('contains ES module and CommonJS builds with declarations for both, and no tests', () => {
    const installed = join(app, 'node_modules/@burki.dev/sdk');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      engines?: Record<string, string>;
      exports: Record<string, unknown>;
    };
    expect(manifest.name).toBe('@burki.dev/sdk');
    expect(manifest.dependencies).toEqual({ ws: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(manifest.engines).toEqual({ node: '>=20' });
    for (const build of ['esm', 'cjs']) {
      for (const file of ['index.js', 'index.d.ts', 'funcs.js', 'funcs.d.ts', 'client.js', 'runtime/index.d.ts']) {
        expect(existsSync(join(installed, 'dist', build, file)), `dist/${build}/${file}`).toBe(true);
      }
    }
    expect(JSON.parse(readFileSync(join(installed, 'dist/cjs/package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist', 'package.json', 'src']);
    expect(existsSync(tarball)).toBe(true);
  });

  it('type-checks the ES module and CommonJS usage files with moduleResolution nodenext', async () => {
    const result = await run(TSC, ['-p', 'tsconfig.nodenext.json'], { cwd: app, env: childEnv }).catch(
      (error: { stdout?: string; stderr?: string }) => error,
    );
    expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
  });

  it('type-checks a strict usage file with moduleResolution node16 and emits it', async () => {
    const result = await run(TSC, ['-p', 'tsconfig.node16.json'], { cwd: app, env: childEnv }).catch(
      (error: { stdout?: string; stderr?: string }) => error,
    );
    expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
    expect(existsSync(join(app, 'out/usage.js'))).toBe(true);
    expect(existsSync(join(app, 'out/realtime.js'))).toBe(true);
    expect(readFileSync(join(app, 'out/usage-cjs.cjs'), 'utf8')).toContain('require("@burki.dev/sdk")');
  });

  it('runs the typed CommonJS file (require of the CommonJS build) against the mock', async () => {
    expect(await runNode(process.execPath, 'out/usage-cjs.cjs')).toEqual({ format: 'object', name: 'CommonJS Receptionist', notFound: 'NotFoundError' });
  });

  it('require() works from plain JavaScript: both entry points, the CommonJS build', async () => {
    expect(await runNode(process.execPath, 'require.cjs')).toEqual({
      resolved: 'dist/cjs/index.js',
      sameDefault: true,
      systemPrompt: 'Hi.',
      errorIsBase: true,
    });
  });

  it('type-checks the same file with moduleResolution bundler', async () => {
    const result = await run(TSC, ['-p', 'tsconfig.bundler.json'], { cwd: app, env: childEnv }).catch(
      (error: { stdout?: string; stderr?: string }) => error,
    );
    expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
  });

  it('runs with Node against the mock', async () => {
    expectUsageOutput(await runNode(process.execPath, 'out/usage.js'), process.versions.node);
  });

  it(`runs with Node ${NODE22_VERSION} against the mock`, async () => {
    expectUsageOutput(await runNode(await node22, 'out/usage.js'), '22.');
  }, 180_000);

  it('tree-shakes: a bundle of one standalone function holds that operation and the core runtime only', async () => {
    const MARKERS = ['/api/v1/calls', '/api/v1/assistants/count', 'hasNextPage', 'FormData', 'binaryType', 'responseType', 'phoneNumbers', 'withResponse', 'http attempt'];
    // The installed package (dist/, `sideEffects: false`) bundled as an application would, one function imported.
    const entry = join(app, 'one-call.ts');
    writeFileSync(
      entry,
      "import { BurkiCore, assistantsGet } from '@burki.dev/sdk/funcs';\n" +
        "export const result = assistantsGet(new BurkiCore({ apiKey: 'k' }), 1);\n",
    );
    const oneCall = await bundle(entry);
    expect(oneCall.includes('/api/v1/assistants/{assistant_id}')).toBe(true);
    expect(oneCall.includes('retry-after')).toBe(true); // retries are part of the core
    // Other operations, other resources, pagination, uploads, realtime and raw requests are left out, and so are the
    // opt-in logger and raw-response access. (Markers: another operation's path, Page#hasNextPage, multipart
    // encoding, the socket's binaryType, rawRequest's responseType, a resource property of the client class,
    // APIPromise#withResponse, the logger's line.)
    for (const absent of MARKERS) {
      expect(oneCall.includes(absent), `the one-call bundle contains ${absent}`).toBe(false);
    }
    // The client class holds every resource, so a bundle that uses it keeps all of them.
    const whole = await bundle(join(app, 'usage.ts'));
    // ...and every marker the one-call bundle lacks, which shows the markers are real.
    for (const marker of MARKERS) {
      expect(whole.includes(marker), `the client-class bundle lacks ${marker}`).toBe(true);
    }
    expect(oneCall.length).toBeLessThan(whole.length / 3);
  });

  it('installs ws with the package (its one dependency), and keeps it out of browser bundles', async () => {
    const modules = readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(modules.sort()).toEqual(['@burki.dev', 'ws']);
    // A browser bundle of the whole client, realtime included, holds no WebSocket library (markers of ws's code).
    const whole = await bundle(join(app, 'usage.ts'));
    expect(whole.includes('binaryType')).toBe(true);
    for (const marker of ['permessage-deflate', 'Sec-WebSocket-Key', 'perMessageDeflate']) {
      expect(whole.includes(marker), `the browser bundle contains ${marker}`).toBe(false);
    }
  });

  it('streams both realtime endpoints on Node 20 after a plain install (ws, no global WebSocket)', async () => {
    if (typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function') return; // this Node has one
    expect(await runNode(process.execPath, 'out/realtime.js')).toEqual(expectedRealtime(process.versions.node, 'undefined'));
  });

  it(`streams both realtime endpoints with Node ${NODE22_VERSION}'s global WebSocket`, async () => {
    const output = await runNode(await node22, 'out/realtime.js');
    expect(output).toEqual(expectedRealtime(expect.stringMatching(/^22\./), 'function'));
    // The mock accepted both upgrades.
    const upgrades = server.requests().filter((request) => request.status === 101);
    expect(upgrades.map((request) => request.path)).toEqual(
      expect.arrayContaining(['/live-transcript/CA123', '/ws/campaigns/12/progress']),
    );
  }, 180_000);
});

/** What the realtime program prints when both streams work. */
function expectedRealtime(node: unknown, globalWebSocket: string): Record<string, unknown> {
  return {
      node,
      globalWebSocket,
      wsPackage: 'found',
      liveTranscript: {
        openState: 'open',
        types: ['connection_established', 'call_status', 'transcript', 'transcript', 'transcript'],
        callSid: 'CA123',
        transcript: { speaker: 'assistant', isFinal: true, snakeCase: false },
        status: { callSid: 'CA123', status: 'ongoing' },
        pong: 'pong',
        closedState: 'closed',
        doneAfterDisconnect: true,
        error: null,
      },
      campaignProgress: {
        types: ['connection_ack', 'initial_progress', 'progress_update', 'metrics_history'],
        update: { type: 'progress_update', campaignId: 12 },
        closedState: 'closed',
        error: null,
      },
  };
}

/** The minified ESM browser bundle of a scratch-project file, as text. */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: app,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Runs a compiled program of the scratch project; async, because the mock in this process must keep answering. */
async function runNode(node: string, file: string): Promise<Record<string, unknown>> {
  const { stdout, stderr } = await run(node, [file], { cwd: app, env: childEnv, timeout: 30_000 });
  try {
    return JSON.parse(stdout.trim()) as Record<string, unknown>;
  } catch {
    throw new Error(`${node} ${file} printed no JSON line.\nstdout: ${stdout}\nstderr: ${stderr}`);
  }
}

/** What the usage program prints, on any Node whose version starts with `nodeVersionPrefix`. */
function expectUsageOutput(output: Record<string, unknown>, nodeVersionPrefix: string): void {
  expect(output).toEqual({
    node: expect.stringMatching(new RegExp(`^${nodeVersionPrefix.replace(/\./g, '\\.')}`)),
    realtimeUrl: `${baseUrl.replace(/^http/, 'ws')}/live-transcript/CA123`,
    realtimeState: 'idle',
    webhookType: 'sms 0',
    webhookError: 'invalid_json',
    sameClass: true,
    createdName: 'Packaged Receptionist',
    systemPrompt: 'You answer the phone.',
    customSettings: { Keep_Me: 1 },
    listedCreated: true,
    withResponse: { id: expect.any(Number), status: 200 },
    viaFunction: true,
    functionRaw: { id: expect.any(Number), status: 200 },
    notFound: 'NotFoundError 404 GET /api/v1/assistants/987654321',
  });
}

/**
 * The published package as a user gets it: `npm pack` generated/client (its `prepack` compiles dist/), install the
 * tarball into a scratch project in the OS temp dir, type-check a usage file under `moduleResolution` `node16` and
 * `bundler` (strict, no @types/node), then run the compiled file with Node against the generated mock on a free
 * loopback port.
 *
 * No network besides 127.0.0.1: the SDK has no runtime dependencies, so installing the tarball needs no registry.
 * TypeScript is this repository's own (`node_modules/.bin/tsc`), also put on PATH for `prepack`.
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMockServer,
  defaultModelPath,
  loadModel,
  type MockServer,
} from '../../generated/mock/runtime/index.js';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLIENT_DIR = join(ROOT, 'generated/client');
const BIN = join(ROOT, 'node_modules/.bin');
const TSC = join(BIN, process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
const API_KEY = 'burki_test_package_key_0123456789';

/** Environment for child processes: the repo's bin on PATH, npm kept quiet and away from the registry. */
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
    notFound,
  }),
);
`;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'burki-sdk-package-'));

  // 1. Pack a copy (prepack writes dist/; the checkout stays clean).
  const pkgDir = join(work, 'client');
  cpSync(CLIENT_DIR, pkgDir, {
    recursive: true,
    filter: (source) => !/[\\/](dist|node_modules)$/.test(source),
  });
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: pkgDir,
    env: childEnv,
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
  await run('npm', ['install', '--no-audit', '--no-fund', '--offline', '--no-package-lock', tarball], {
    cwd: app,
    env: childEnv,
  });

  // 3. The mock on a free loopback port.
  server = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
  writeFileSync(join(app, 'usage.ts'), usageSource(baseUrl));

  const common = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    types: [],
  };
  writeFileSync(
    join(app, 'tsconfig.node16.json'),
    JSON.stringify({
      compilerOptions: { ...common, module: 'node16', moduleResolution: 'node16', outDir: 'out' },
      files: ['usage.ts'],
    }),
  );
  writeFileSync(
    join(app, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: { ...common, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
      files: ['usage.ts'],
    }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed @burki.dev/sdk', () => {
  it('contains compiled JavaScript and declarations, and no tests', () => {
    const installed = join(app, 'node_modules/@burki.dev/sdk');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      exports: Record<string, unknown>;
    };
    expect(manifest.name).toBe('@burki.dev/sdk');
    expect(manifest.dependencies ?? {}).toEqual({});
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/client.js', 'dist/runtime/index.d.ts']) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist', 'package.json', 'src']);
    expect(existsSync(tarball)).toBe(true);
  });

  it('type-checks a strict usage file with moduleResolution node16 and emits it', async () => {
    const result = await run(TSC, ['-p', 'tsconfig.node16.json'], { cwd: app, env: childEnv }).catch(
      (error: { stdout?: string; stderr?: string }) => error,
    );
    expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
    expect(existsSync(join(app, 'out/usage.js'))).toBe(true);
  });

  it('type-checks the same file with moduleResolution bundler', async () => {
    const result = await run(TSC, ['-p', 'tsconfig.bundler.json'], { cwd: app, env: childEnv }).catch(
      (error: { stdout?: string; stderr?: string }) => error,
    );
    expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
  });

  it('runs with Node against the mock', async () => {
    // Async child process: the mock in this process must keep answering while it runs.
    const { stdout } = await run(process.execPath, ['out/usage.js'], {
      cwd: app,
      env: childEnv,
      timeout: 30_000,
    });
    const output = JSON.parse(stdout.trim()) as Record<string, unknown>;
    expect(output).toEqual({
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
      notFound: 'NotFoundError 404 GET /api/v1/assistants/987654321',
    });
  });
});

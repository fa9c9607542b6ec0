/**
 * The Go SDK (generated/go), as a Go user gets it: its runtime unit tests (with the race detector), gofmt, go vet
 * and staticcheck on the module, and the end-to-end tests of test/go/e2e in a scratch module that requires it
 * (replace → generated/go) and calls the generated mock on loopback. The Go commands run concurrently (started in
 * beforeAll, awaited by each test) and asynchronously, so the mock in this process answers while they run.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, defaultModelPath, loadModel, type MockServer } from '../../generated/mock/runtime/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MODULE = path.join(ROOT, 'generated', 'go');
const SCRATCH = path.join(ROOT, '.tmp', 'go-e2e');
const STATICCHECK = path.join(ROOT, '.tools', 'bin', 'staticcheck');
const API_KEY = 'burki_test_go_e2e_key';
const ENV = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' };

interface Run {
  readonly code: number;
  readonly output: string;
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = ENV): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}`.trim() });
    });
  });
}

/** Fails with the fix when the Go toolchain or the pinned tools are missing. */
async function requireTools(): Promise<void> {
  const go = await run('go', ['version'], ROOT);
  if (go.code !== 0) throw new Error('`go` is not on PATH: install Go 1.23 or newer, then run `npm run setup`.');
  if (!existsSync(STATICCHECK)) throw new Error(`${path.relative(ROOT, STATICCHECK)} is missing: run \`npm run setup\`.`);
}

function writeScratchModule(): void {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  writeFileSync(
    path.join(SCRATCH, 'go.mod'),
    `module burki-e2e\n\ngo 1.23\n\nrequire github.com/burki-ai/burki-go v0.0.0\n\nreplace github.com/burki-ai/burki-go => ${JSON.stringify(MODULE)}\n`,
  );
  // The SDK's checksums (the WebSocket library): the scratch module then needs no checksum database.
  copyFileSync(path.join(MODULE, 'go.sum'), path.join(SCRATCH, 'go.sum'));
  const sources = path.join(ROOT, 'test', 'go', 'e2e');
  for (const file of readdirSync(sources).filter((name) => name.endsWith('.go'))) copyFileSync(path.join(sources, file), path.join(SCRATCH, file));
}

let server: MockServer;
let e2e: Promise<Run>;
let unit: Promise<Run>;
let checks: Promise<Run[]>;

beforeAll(async () => {
  await requireTools();
  writeScratchModule();
  server = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
  const { url } = await server.listen(0, '127.0.0.1');
  e2e = run('go', ['test', '-race', '-count=1', './...'], SCRATCH, { ...ENV, BURKI_MOCK_URL: url, BURKI_MOCK_KEY: API_KEY });
  unit = run('go', ['test', '-race', '-count=1', './...'], MODULE);
  checks = (async () => [await run('gofmt', ['-l', '.'], MODULE), await run('go', ['vet', './...'], MODULE), await run(STATICCHECK, ['./...'], MODULE)])();
  // Settle everything before the tests read it, so a failure in one does not leave the others running.
  await Promise.all([e2e, unit, checks]);
}, 300_000);

afterAll(async () => {
  await server?.close();
});

describe('the Go SDK module', () => {
  it('passes its runtime unit tests under the race detector', async () => {
    const result = await unit;
    expect(result.output).toMatch(/^ok\s+github\.com\/burki-ai\/burki-go\s/m);
    expect(result.code, result.output).toBe(0);
  });

  it('is gofmt-clean (the templates write gofmt-exact code)', async () => {
    const [gofmt] = await checks;
    expect(gofmt!.code, gofmt!.output).toBe(0);
    expect(gofmt!.output).toBe('');
  });

  it('is go vet and staticcheck clean', async () => {
    const [, vet, staticcheck] = await checks;
    expect(vet!.code, vet!.output).toBe(0);
    expect(staticcheck!.code, staticcheck!.output).toBe(0);
    expect(staticcheck!.output).toBe('');
  });

  it('works end to end against the generated mock', async () => {
    const result = await e2e;
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^ok\s+burki-e2e\s/m);
  });

  it('maps every method of the module from its context-free call to the ctx-first one in the README', () => {
    const readme = readFileSync(path.join(MODULE, 'README.md'), 'utf8');
    const methods = readdirSync(MODULE)
      .filter((file) => file.endsWith('.go') && !file.endsWith('_test.go'))
      .flatMap((file) => [...readFileSync(path.join(MODULE, file), 'utf8').matchAll(/^func \(s \*(\w+)Service\) (\w+)\(ctx context\.Context/gm)])
      .filter((match) => !match[2]!.endsWith('AutoPaging'));
    expect(methods.length).toBeGreaterThan(100);
    const rows = new Map([...readme.matchAll(/^\| `client\.(\w+)\.(\w+)\((.*?)\)` \| `client\.\1\.\2\(ctx(?:, )?(.*?)\)` \|$/gm)].map((row) => [`${row[1]}.${row[2]}`, row]));
    for (const [, resource, method] of methods) {
      const row = rows.get(`${resource}.${method}`);
      expect(row, `${resource}.${method}`).toBeDefined();
      expect(row![3], `${resource}.${method}: the same arguments after ctx`).toBe(row![4]);
    }
    expect(rows.size).toBe(methods.length);
  });
});

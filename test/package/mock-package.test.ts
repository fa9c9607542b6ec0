/**
 * The mock as a user gets it: copy generated/mock, install its devDependencies, `npm pack` it (its `prepack` compiles
 * dist/ with the package's own TypeScript), install the tarball (and msw 2.x) into a scratch project in the OS temp
 * dir, then run `npx burki-mock`, `createMockServer()` and the msw handlers there, with compiled JavaScript only.
 * npm prefers its cache; the registry is asked only for what the cache lacks.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
  npm_config_prefer_offline: 'true',
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'generated/mock/package.json'), 'utf8')) as { name: string; bin: Record<string, string> };
const bin = Object.keys(pkg.bin)[0] as string;
let work: string;
let project: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mock-package-'));
  const source = join(work, 'package');
  cpSync(join(ROOT, 'generated/mock'), source, { recursive: true });
  await run('npm', ['install'], { cwd: source, env });
  const { stdout } = await run('npm', ['pack', '--pack-destination', work], { cwd: source, env });
  const tarball = join(work, stdout.trim().split('\n').at(-1) as string);
  project = join(work, 'project');
  rmSync(source, { recursive: true, force: true });
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  await run('npm', ['install', tarball, 'msw@2.15.0'], { cwd: project, env });
}, 240_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`the packed ${pkg.name}`, () => {
  it(`npx ${bin} serves the API and shuts down cleanly on Ctrl-C`, async () => {
    // Its own process group, interrupted as a whole as a terminal's Ctrl-C does (npx forwards no SIGINT).
    const child = spawn('npx', [bin, '--port', '0', '--clock', 'manual', '--token', 'k1'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const group = -(child.pid as number);
    try {
    let out = '';
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL in ${out}`)), 20_000);
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolveUrl(m[1]);
        }
      });
    });
    const ok = await fetch(`${url}/api/v1/assistants/count`, { headers: { Authorization: 'Bearer k1' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ count: expect.any(Number) });
    expect((await fetch(`${url}/api/v1/assistants/count`, { headers: { Authorization: 'Bearer other' } })).status).toBe(401);
    expect((await fetch(`${url}/api/v1/assistants/count`, { headers: { Authorization: 'Bearer k1', Prefer: 'code=503' } })).status).toBe(503);
    // 'close': every holder of the output pipe is gone, the mock included (npm itself dies of the SIGINT).
    const closed = new Promise<string | number | null>((done) => child.once('close', (code, signal) => done(code ?? signal)));
    process.kill(group, 'SIGINT');
    expect([0, 'SIGINT']).toContain(await closed);
    expect(out).toContain('mock: SIGINT, shutting down');
    } finally {
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });

  it('createMockServer() and the msw handlers run from the compiled JavaScript', async () => {
    writeFileSync(
      join(project, 'check.mjs'),
      `import { createMockServer } from '${pkg.name}';
import { createHandlers } from '${pkg.name}/msw';
import { setupServer } from 'msw/node';
const mock = await createMockServer();
const res = await fetch(mock.url + '/api/v1/assistants/count', { headers: { Authorization: 'Bearer k' } });
const advanced = await mock.advance(5);
const seen = mock.requests().length;
await mock.close();
const { handlers } = await createHandlers();
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: 'error' });
const viaMsw = await fetch('https://api.burki.dev/api/v1/assistants/count', { headers: { Authorization: 'Bearer k' } });
server.close();
console.log(JSON.stringify({ status: res.status, now: advanced.now, seen, msw: viaMsw.status, url: mock.url.startsWith('http://127.0.0.1:') }));
`,
    );
    const { stdout } = await run(process.execPath, ['check.mjs'], { cwd: project, env });
    expect(JSON.parse(stdout)).toEqual({ status: 200, now: 5, seen: 1, msw: 200, url: true });
  });
});

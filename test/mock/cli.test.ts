import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main, parseArgs, UsageError } from '../../templates/mock/runtime/cli.js';
import type { MockModel } from '../../templates/mock/runtime/model.js';

const dir = mkdtempSync(join(tmpdir(), 'burki-mock-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tinyModel: MockModel = {
  title: 'tiny',
  version: '1',
  schemas: {},
  operations: [
    {
      operationId: 'ping',
      method: 'GET',
      path: '/ping',
      auth: true,
      parameters: [],
      responses: [{ status: '200', contentType: 'application/json', example: { pong: true }, headers: [] }],
    },
  ],
};
const modelPath = join(dir, 'mock-model.json');
writeFileSync(modelPath, JSON.stringify(tinyModel));

describe('parseArgs', () => {
  it('has defaults', () => {
    const o = parseArgs([]);
    expect(o).toMatchObject({ port: 4010, host: '127.0.0.1', tokens: [], quiet: false });
    expect(o?.model).toMatch(/mock-model\.json$/);
  });

  it('reads both --x v and --x=v forms', () => {
    expect(parseArgs(['--port', '0', '--host=::1', '--model', 'm.json', '--token', 'a', '--token=b', '--quiet'])).toEqual({
      port: 0,
      host: '::1',
      model: 'm.json',
      tokens: ['a', 'b'],
      quiet: true,
      clock: 'real',
    });
    expect(parseArgs(['--faults=f.json', '--clock', 'manual'])).toMatchObject({ faults: 'f.json', clock: 'manual' });
    expect(parseArgs(['--help'])).toBeUndefined();
  });

  it('rejects bad arguments', () => {
    expect(() => parseArgs(['--port', 'x'])).toThrow(UsageError);
    expect(() => parseArgs(['--clock', 'fast'])).toThrow(UsageError);
    expect(() => parseArgs(['--port', '70000'])).toThrow(UsageError);
    expect(() => parseArgs(['--model'])).toThrow(UsageError);
    expect(() => parseArgs(['--what'])).toThrow(UsageError);
  });
});

describe('main', () => {
  it('returns 2 on usage errors and 1 on a missing model', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (l: string) => err.push(l) };
    expect(await main(['--bogus'], io)).toBe(2);
    expect(await main(['--model', join(dir, 'absent.json')], io)).toBe(1);
    expect(err.join('\n')).toContain('cannot load model');
  });

  it('serves, logs and stops on a signal (in process)', async () => {
    const out: string[] = [];
    const { EventEmitter } = await import('node:events');
    const signals = new EventEmitter();
    const running = main(['--port', '0', '--model', modelPath, '--token', 'secret'], { out: (l) => out.push(l), err: (l) => out.push(l), signals });
    for (let i = 0; i < 100 && !out.some((l) => /^Mock of .* listening on /.test(l)); i++) await new Promise((r) => setTimeout(r, 10));
    const url = /listening on (\S+)/.exec(out.join('\n'))?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ok = await fetch(`${url}/ping`, { headers: { Authorization: 'Bearer secret' } });
    expect(await ok.json()).toEqual({ pong: true });
    expect((await fetch(`${url}/ping`, { headers: { Authorization: 'Bearer other' } })).status).toBe(401);
    signals.emit('SIGTERM');
    expect(await running).toBe(0);
    expect(out.some((l) => /^GET \/ping 200 \d+ms$/.test(l))).toBe(true);
    expect(out.some((l) => /^GET \/ping 401 \d+ms$/.test(l))).toBe(true);
    expect(out.join('\n')).not.toContain('secret');
  });

  it('runs as a process and exits cleanly on SIGINT', async () => {
    const entry = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', entry, '--port', '0', '--model', modelPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const m = /Mock of .* listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (m?.[1]) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    const res = await fetch(`${url}/ping`, { headers: { Authorization: 'Bearer t' } });
    expect(res.status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stdout).toContain('SIGINT, shutting down');
  });
});

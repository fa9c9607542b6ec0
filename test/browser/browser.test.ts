/**
 * The SDK in a real browser: test/browser/app.ts is bundled with esbuild (platform `browser`), served from one
 * loopback origin and run in headless Chromium (the Debian package at /usr/bin/chromium, driven by playwright-core);
 * it calls the generated mock on another loopback origin, so every call goes through CORS (preflights included,
 * since the SDK sends `Authorization`).
 *
 * Needs `/usr/bin/chromium` (`apt-get install -y chromium`; .ci/run installs it). Outside CI the test is skipped,
 * with a message, when it is missing; with `CI` set it fails instead.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { WebSocketServer } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMockServer,
  defaultModelPath,
  loadModel,
  type MockServer,
} from '../../generated/mock/runtime/index.js';
import { chromium, type Browser } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env['BURKI_CHROMIUM'] ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const API_KEY = 'burki_test_browser_key_0123456789';

// Locally a machine without Debian's chromium skips (with a message); in CI, .ci/run installs it and a
// missing browser is a failure.
const skip = !existsSync(CHROMIUM) && !process.env['CI'];
if (skip) console.warn(`[browser test] skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(skip)('the SDK in headless Chromium', () => {
  let mock: MockServer;
  let mockUrl: string;
  let pageServer: Server;
  let pageUrl: string;
  let browser: Browser | undefined;
  let wss: WebSocketServer;
  const wsUrls: string[] = [];
  let bundle: string;
  const logs: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`the browser test needs ${CHROMIUM}: apt-get install -y chromium`);
    const built = await build({
      entryPoints: [join(ROOT, 'test/browser/app.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    bundle = built.outputFiles[0]?.text ?? '';

    mock = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
    ({ url: mockUrl } = await mock.listen(0, '127.0.0.1'));

    // The realtime server: a transcript on connect, pong on ping.
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((done) => wss.once('listening', done));
    wss.on('connection', (socket, request) => {
      wsUrls.push(request.url ?? '');
      socket.send(
        JSON.stringify({ type: 'transcript', call_sid: 'CA123', timestamp: 't', data: { content: 'hi' } }),
      );
      socket.on('message', (data) => {
        if ((JSON.parse(String(data)) as { type?: string }).type === 'ping') socket.send('{"type":"pong"}');
      });
    });
    const wsBase = `http://127.0.0.1:${(wss.address() as AddressInfo).port}`;

    pageServer = createServer((req, res) => {
      if (req.url?.startsWith('/app.js')) {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle);
      } else if (req.url === '/' || req.url?.startsWith('/?')) {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            '<!doctype html><meta charset="utf-8"><title>burki</title><script type="module" src="/app.js"></script>',
          );
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => pageServer.listen(0, '127.0.0.1', done));
    const { port } = pageServer.address() as AddressInfo;
    // `localhost` vs `127.0.0.1`: a different origin from the mock, so CORS applies.
    pageUrl = `http://localhost:${port}/?${new URLSearchParams({ api: mockUrl, ws: wsBase, key: API_KEY })}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
      headless: true,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await mock?.close();
    await new Promise<void>((done) => (wss ? wss.close(() => done()) : done()));
    await new Promise<void>((done) => (pageServer ? pageServer.close(() => done()) : done()));
  });

  it('bundles without Node built-ins or ws', () => {
    expect(bundle.length).toBeGreaterThan(1000);
    expect(bundle).not.toMatch(/from\s*["']node:|require\(["']node:/);
    expect(bundle).not.toMatch(/from\s*["']ws["']|import\(["']ws["']\)|require\(["']ws["']\)/);
  });

  it('calls the mock through CORS (camelCased results, typed errors) and streams over the native WebSocket', async () => {
    const page = await browser!.newPage();
    page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => logs.push(`pageerror: ${error.message}`));
    await page.goto(pageUrl);
    await page
      .waitForFunction(
        () => {
          const w = window as { __burkiResult?: unknown; __burkiError?: string };
          return w.__burkiResult !== undefined || w.__burkiError !== undefined;
        },
        undefined,
        { timeout: 20_000 },
      )
      .catch((error: unknown) => {
        throw new Error(`page did not finish: ${String(error)}\n${logs.join('\n')}`);
      });
    const error = await page.evaluate(() => (window as { __burkiError?: string }).__burkiError);
    expect(error, logs.join('\n')).toBeUndefined();
    const result = await page.evaluate(() => (window as { __burkiResult?: unknown }).__burkiResult);
    expect(wsUrls).toEqual([`/live-transcript/CA123?token=${API_KEY}`]);
    expect(result).toEqual({
      realtimeEvents: ['transcript:hi', 'pong'],
      realtimeState: 'closed',
      userAgentHasNode: false,
      createdName: 'Browser Receptionist',
      systemPrompt: 'Hello from the browser.',
      status: 200,
      contentType: expect.stringContaining('application/json'),
      listedCreated: true,
      notFound: { name: 'NotFoundError', status: 404, requestId: expect.any(String) },
    });
  });
});

/**
 * Faults over real sockets: a node:http server on a free loopback port misbehaves on purpose, and the client (real
 * `fetch`, real WebSockets through `ws`) must end in success or in the documented error. Sleeps between retries go
 * through the client's injectable `sleep`, so nothing waits for a backoff or a `Retry-After`.
 * No rejection may go unhandled, including from calls that are never awaited.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  apiCall,
  SDKError,
  RateLimitError,
  ServerError,
  WebSocketError,
  type BaseClient,
  type ClientOptions,
} from '../../templates/client/runtime/index.js';
import { API_KEY, makeClient, op } from './helpers.js';
import { TestRealtime } from './streams.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  // Let late timers and sockets settle before checking.
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

/** One scenario per test: `handler` answers request number `index` (0-based). */
let handler: Handler = (_req, res) => res.end();
let requests: { method: string; url: string }[] = [];
let server: Server;
let wss: WebSocketServer;
let onSocket: (socket: ServerSocket, index: number) => void = () => undefined;
let wsConnections = 0;
const openSockets = new Set<Socket>();
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const index = requests.length;
    requests.push({ method: req.method ?? '', url: req.url ?? '' });
    handler(req, res, index);
  });
  server.on('connection', (socket) => {
    openSockets.add(socket);
    socket.on('close', () => openSockets.delete(socket));
  });
  wss = new WebSocketServer({ server });
  wss.on('connection', (socket) => onSocket(socket, wsConnections++));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of openSockets) socket.destroy();
  await new Promise<void>((done) => wss.close(() => done()));
  await new Promise<void>((done) => server.close(() => done()));
});

beforeEach(() => {
  requests = [];
  wsConnections = 0;
  handler = (_req, res) => res.end();
  onSocket = () => undefined;
});

afterEach(() => {
  for (const client of wss.clients) client.terminate();
});

function client(options: ClientOptions = {}): { client: BaseClient; sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    client: makeClient(undefined, {
      baseUrl,
      ...options,
      _internal: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, ...options._internal },
    }),
  };
}

const getCall = op({ path: '/api/v1/calls/{call_id}', pathParams: ['call_id'] });
const createCall = op({
  method: 'POST',
  path: '/calls/initiate',
  body: {}, // JSON
});

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

describe('HTTP faults', () => {
  it('connection reset: retried, then succeeds', async () => {
    handler = (req, res, index) => (index === 0 ? req.socket.destroy() : json(res, 200, { id: 1 }));
    const { client: c, sleeps } = client();
    await expect(c.call(getCall, [1])).resolves.toEqual({ id: 1 });
    expect(requests).toHaveLength(2);
    expect(sleeps).toEqual([250]);
  });

  it('connection reset on every attempt: APIConnectionError after maxRetries, without the key', async () => {
    handler = (req) => req.socket.destroy();
    const { client: c } = client({ maxRetries: 2 });
    const error = await c.call(getCall, [1]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as APIConnectionError).path).toBe('/api/v1/calls/1');
    expect((error as Error).message).not.toContain(API_KEY);
    expect(requests).toHaveLength(3);
  });

  it('connection reset halfway through the body: retried as a connection error', async () => {
    handler = (req, res, index) => {
      if (index > 0) return json(res, 200, { id: 2 });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"id":');
      setTimeout(() => req.socket.destroy(), 10);
    };
    const { client: c } = client();
    await expect(c.call(getCall, [2])).resolves.toEqual({ id: 2 });
    expect(requests).toHaveLength(2);
  });

  it('a POST without an Idempotency-Key is not retried after a reset', async () => {
    handler = (req) => req.socket.destroy();
    const { client: c } = client();
    await expect(c.call(createCall, [], { toPhoneNumber: '+1555' })).rejects.toBeInstanceOf(
      APIConnectionError,
    );
    expect(requests).toHaveLength(1);
  });

  it('503 then 200: succeeds on the retry', async () => {
    handler = (_req, res, index) =>
      index === 0 ? json(res, 503, { detail: 'Service Unavailable' }) : json(res, 200, { id: 3 });
    const { client: c, sleeps } = client();
    const { data, response } = await apiCall(c, getCall, [3]).withResponse();
    expect(data).toEqual({ id: 3 });
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(2);
    expect(sleeps).toEqual([250]);
  });

  it('503 every time: ServerError with status, body and request id', async () => {
    handler = (_req, res) => json(res, 503, { detail: 'down' }, { 'x-request-id': 'req_503' });
    const { client: c } = client({ maxRetries: 1 });
    const error = (await c.call(getCall, [3]).catch((caught: unknown) => caught)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(503);
    expect(error.message).toBe('503 down');
    expect(error.requestId).toBe('req_503');
    expect(requests).toHaveLength(2);
  });

  it('429 with Retry-After: 1 waits 1 s (through the injectable sleep) and succeeds', async () => {
    handler = (_req, res, index) =>
      index === 0
        ? json(res, 429, { detail: 'Too many requests' }, { 'retry-after': '1' })
        : json(res, 200, { id: 4 });
    const { client: c, sleeps } = client();
    await expect(c.call(getCall, [4])).resolves.toEqual({ id: 4 });
    expect(sleeps).toEqual([1000]);
    expect(requests).toHaveLength(2);
  });

  it('429 with retries off: RateLimitError carrying retryAfter', async () => {
    handler = (_req, res) => json(res, 429, { detail: 'slow down' }, { 'retry-after': '1' });
    const { client: c, sleeps } = client({ maxRetries: 0 });
    const error = (await c.call(getCall, [4]).catch((caught: unknown) => caught)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('a body slower than the timeout: APIConnectionTimeoutError per attempt, then success when it is fast', async () => {
    handler = (_req, res, index) => {
      if (index > 0) return json(res, 200, { id: 5 });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":'); // headers arrive at once; the rest never does within the timeout
      const timer = setTimeout(() => res.end('5}'), 1_000);
      res.on('close', () => clearTimeout(timer));
    };
    const { client: c } = client({ timeout: 150 });
    const started = Date.now();
    await expect(c.call(getCall, [5])).resolves.toEqual({ id: 5 });
    expect(Date.now() - started).toBeLessThan(900);
    expect(requests).toHaveLength(2);
  });

  it('a body slower than the timeout with retries off: APIConnectionTimeoutError', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      const timer = setTimeout(() => res.end(']'), 1_000);
      res.on('close', () => clearTimeout(timer));
    };
    const { client: c } = client({ timeout: 100, maxRetries: 0 });
    const error = (await c
      .call(getCall, [5])
      .catch((caught: unknown) => caught)) as APIConnectionTimeoutError;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.timeout).toBe(100);
    expect(error.message).toBe('Request timed out after 100 ms (GET /api/v1/calls/5).');
  });

  it('invalid JSON with 200: a SDKError naming the operation, not retried', async () => {
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": 6,');
    const { client: c } = client();
    const error = await c.call(getCall, [6]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SDKError);
    expect((error as Error).message).toBe('GET /api/v1/calls/{call_id}: the response is not valid JSON (9 characters).');
    expect(requests).toHaveLength(1);
    // The raw response is still reachable.
    const response = await apiCall(c, getCall, [6]).asResponse();
    expect(await response.text()).toBe('{"id": 6,');
  });

  it('calls that fail and are never awaited do not reject unhandled', async () => {
    handler = (req) => req.socket.destroy();
    const { client: c } = client({ maxRetries: 0 });
    void c.call(getCall, [7]);
    c.call(getCall, [8]);
    void apiCall(c, getCall, [9]);
    apiCall(c, getCall, [10]);
    await expect.poll(() => requests.length).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});

describe('WebSocket faults', () => {
  const transcript = (content: string) =>
    JSON.stringify({ type: 'transcript', call_sid: 'CA1', timestamp: 't', data: { content } });

  it('a socket that drops is reopened and the stream goes on', async () => {
    onSocket = (socket, index) => {
      socket.send(transcript(`connection ${index}`));
      if (index === 0) setTimeout(() => socket.terminate(), 10);
      else socket.close(1000, 'done');
    };
    const { client: c, sleeps } = client();
    const stream = new TestRealtime(c).liveTranscript('CA1');
    const seen: string[] = [];
    for await (const event of stream) if (event.type === 'transcript') seen.push(event.data.content);
    expect(seen).toEqual(['connection 0', 'connection 1']);
    expect(stream.reconnects).toBe(1);
    expect(sleeps).toEqual([250]);
    expect(stream.error).toBeUndefined();
  });

  it('a socket that keeps dropping ends in WebSocketError after maxRetries', async () => {
    onSocket = (socket) => setTimeout(() => socket.terminate(), 5);
    const { client: c } = client();
    const stream = new TestRealtime(c).liveTranscript('CA1', { maxRetries: 1 });
    const error = await (async () => {
      for await (const event of stream) void event;
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebSocketError);
    expect((error as WebSocketError).code).toBe(1006);
    expect(wsConnections).toBe(2);
  });

  it('a server error close (1011) is retried; an upgrade refused by the HTTP server is a connect failure', async () => {
    onSocket = (socket, index) => (index === 0 ? socket.close(1011, 'internal error') : socket.close(1000));
    const { client: c } = client();
    const stream = new TestRealtime(c).liveTranscript('CA1');
    for await (const event of stream) void event;
    expect(wsConnections).toBe(2);
    expect(stream.error).toBeUndefined();

    // A plain HTTP path that is not a WebSocket endpoint on another server: the handshake fails.
    const plain = createServer((_req, res) => res.writeHead(404).end());
    plain.listen(0, '127.0.0.1');
    await once(plain, 'listening');
    try {
      const port = (plain.address() as AddressInfo).port;
      const other = client({ baseUrl: `http://127.0.0.1:${port}` }).client;
      const failing = new TestRealtime(other).liveTranscript('CA1', { maxRetries: 1 });
      const error = await failing.connect().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WebSocketError);
      expect((error as Error).message).toMatch(
        /^Could not connect to ws:\/\/127\.0\.0\.1:\d+\/live-transcript\/CA1 after 2 attempts/,
      );
      expect((error as Error).message).not.toContain(API_KEY);
    } finally {
      await new Promise<void>((done) => plain.close(() => done()));
    }
  });
});

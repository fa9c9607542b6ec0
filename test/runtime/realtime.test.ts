/**
 * Realtime streams against a real `ws` WebSocketServer on 127.0.0.1 (port 0). Node 20 has no global WebSocket, so
 * these also exercise the lazy `import('ws')` path; one test passes the `WebSocket` client option instead.
 */
import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { WebSocket as WsWebSocket, WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import {
  SDKError,
  RealtimeStream,
  WebSocketError,
  toWebSocketUrl,
} from '../../templates/client/runtime/index.js';
import { API_KEY, makeClient } from './helpers.js';
import { TestRealtime, type LiveTranscriptEvent, type TranscriptEvent } from './streams.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

interface Connection {
  readonly url: string;
  readonly socket: ServerSocket;
  readonly received: unknown[];
  closeCode?: number;
}

interface TestServer {
  readonly baseUrl: string;
  readonly port: number;
  readonly connections: Connection[];
  close(): Promise<void>;
}

const servers: TestServer[] = [];

async function startServer(
  onConnection: (connection: Connection, index: number) => void,
): Promise<TestServer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  const { port } = wss.address() as AddressInfo;
  const connections: Connection[] = [];
  wss.on('connection', (socket, request) => {
    const connection: Connection = { url: request.url ?? '', socket, received: [] };
    connections.push(connection);
    socket.on('message', (data) => connection.received.push(JSON.parse(String(data)) as unknown));
    socket.on('close', (code) => (connection.closeCode = code));
    onConnection(connection, connections.length - 1);
  });
  const server: TestServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    connections,
    close: () =>
      new Promise<void>((done) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => done());
      }),
  };
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function realtimeFor(baseUrl: string, options: Parameters<typeof makeClient>[1] = {}) {
  return new TestRealtime(makeClient(undefined, { baseUrl, ...options }));
}

const send = (connection: Connection, frame: unknown): void =>
  connection.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));

const transcript = (content: string): TranscriptEvent => ({
  type: 'transcript',
  call_sid: 'CA123',
  timestamp: '2026-01-01T00:00:00',
  data: {
    content,
    speaker: 'user',
    is_final: true,
    confidence: 0.9,
    segment_start: 0,
    segment_end: 1.5,
    created_at: '2026-01-01T00:00:00',
  },
});

async function collect<T>(iterable: AsyncIterable<T>, count = Infinity): Promise<T[]> {
  const out: T[] = [];
  if (count <= 0) return out;
  for await (const item of iterable) {
    out.push(item);
    if (out.length >= count) break;
  }
  return out;
}

/** A port with nothing listening (bound, then closed). */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('URLs and auth', () => {
  it('derives ws(s) URLs from the base URL, keeping a base path', () => {
    expect(toWebSocketUrl('https://api.burki.dev', '/live-transcript/CA1')).toBe(
      'wss://api.burki.dev/live-transcript/CA1',
    );
    expect(toWebSocketUrl('http://127.0.0.1:8000/', '/ws/campaigns/7/progress')).toBe(
      'ws://127.0.0.1:8000/ws/campaigns/7/progress',
    );
    expect(toWebSocketUrl('https://proxy.example/burki/', 'live-transcript/x')).toBe(
      'wss://proxy.example/burki/live-transcript/x',
    );
    expect(() => toWebSocketUrl('ftp://x', '/a')).toThrow(SDKError);
  });

  it('builds stream URLs without the token and encodes path parameters', () => {
    const realtime = realtimeFor('https://api.burki.dev');
    const stream = realtime.liveTranscript('CA 1/2');
    expect(stream).toBeInstanceOf(RealtimeStream);
    expect(stream.url).toBe('wss://api.burki.dev/live-transcript/CA%201%2F2');
    expect(stream.state).toBe('idle');
    const campaign = realtime.campaignProgress(42);
    expect(campaign).toBeInstanceOf(RealtimeStream);
    expect(campaign.url).toBe('wss://api.burki.dev/ws/campaigns/42/progress');
    expect(JSON.stringify(stream)).not.toContain(API_KEY);
    expect(() => realtime.liveTranscript('')).toThrow(SDKError);
  });

  it('needs an API key', () => {
    const realtime = new TestRealtime(makeClient(undefined, { apiKey: '' }));
    expect(() => realtime.liveTranscript('CA1')).toThrow(/requires an API key/);
  });
});

describe('live transcript stream', () => {
  it('sends the token as a query parameter and yields typed events in order', async () => {
    const server = await startServer((connection) => {
      send(connection, { type: 'connection_established', call_sid: 'CA123', timestamp: 't', message: 'hi' });
      send(connection, {
        type: 'call_status',
        call_sid: 'CA123',
        timestamp: 't',
        status: 'ongoing',
        metadata: { assistant_id: 1 },
      });
      send(connection, transcript('Hello'));
      send(connection, { type: 'speaker_changed', speaker: 'assistant' });
      send(connection, 'not json');
    });
    const stream = realtimeFor(server.baseUrl).liveTranscript('CA123');
    const events = await collect<LiveTranscriptEvent>(stream, 5);
    expect(server.connections[0]?.url).toBe(`/live-transcript/CA123?token=${API_KEY}`);
    expect(events.map((event) => event.type)).toEqual([
      'connection_established',
      'call_status',
      'transcript',
      'unknown',
      'unknown',
    ]);
    const third = events[2];
    if (third?.type !== 'transcript') throw new Error('expected a transcript');
    expectTypeOf(third).toEqualTypeOf<TranscriptEvent>();
    expect(third.data.content).toBe('Hello');
    expect(third.data.is_final).toBe(true);
    expect(events[3]).toEqual({
      type: 'unknown',
      eventType: 'speaker_changed',
      raw: { type: 'speaker_changed', speaker: 'assistant' },
    });
    expect(events[4]).toEqual({ type: 'unknown', eventType: undefined, raw: 'not json' });
    // Breaking out of the loop disconnected with 1000.
    expect(stream.state).toBe('closed');
    await expect.poll(() => server.connections[0]?.closeCode).toBe(1000);
  });

  it('answers ping with pong and request_status with call_status', async () => {
    const server = await startServer((connection) => {
      connection.socket.on('message', (data) => {
        const frame = JSON.parse(String(data)) as { type: string };
        if (frame.type === 'ping') send(connection, { type: 'pong', timestamp: 'now' });
        if (frame.type === 'request_status') {
          send(connection, {
            type: 'call_status',
            call_sid: 'CA123',
            timestamp: 't',
            status: 'completed',
            metadata: { duration: 12 },
          });
        }
      });
    });
    const stream = realtimeFor(server.baseUrl).liveTranscript('CA123');
    expect(() => stream.sendPing()).toThrow(WebSocketError); // not open yet
    await stream.connect();
    expect(stream.state).toBe('open');
    stream.sendPing();
    stream.requestStatus();
    const events = await collect(stream, 2);
    expect(events).toEqual([
      { type: 'pong', timestamp: 'now' },
      {
        type: 'call_status',
        call_sid: 'CA123',
        timestamp: 't',
        status: 'completed',
        metadata: { duration: 12 },
      },
    ]);
    expect(server.connections[0]?.received).toEqual([{ type: 'ping' }, { type: 'request_status' }]);
    await stream.disconnect();
  });

  it('connect() is idempotent and iteration connects by itself', async () => {
    const server = await startServer((connection) => send(connection, transcript('a')));
    const stream = realtimeFor(server.baseUrl).liveTranscript('CA123');
    const first = stream.connect();
    expect(stream.connect()).toBe(first);
    await first;
    const [event] = await collect(stream, 1);
    expect(event?.type).toBe('transcript');
    expect(server.connections).toHaveLength(1);

    const lazy = realtimeFor(server.baseUrl).liveTranscript('CA123');
    const [lazyEvent] = await collect(lazy, 1);
    expect(lazyEvent?.type).toBe('transcript');
  });

  it('ends iteration when the server closes with 1000, after yielding queued events', async () => {
    const server = await startServer((connection) => {
      send(connection, transcript('last words'));
      connection.socket.close(1000, 'call ended');
    });
    const stream = realtimeFor(server.baseUrl).liveTranscript('CA123');
    const events = await collect(stream);
    expect(events.map((event) => event.type)).toEqual(['transcript']);
    expect(stream.state).toBe('closed');
    expect(stream.error).toBeUndefined();
    expect(server.connections).toHaveLength(1);
  });

  it('reconnects after the server drops the socket, and keeps yielding', async () => {
    const sleeps: number[] = [];
    const server = await startServer((connection, index) => {
      if (index === 0) {
        send(connection, transcript('before the drop'));
        setTimeout(() => connection.socket.terminate(), 20); // no close frame: 1006
      } else {
        send(connection, transcript('after the reconnect'));
        connection.socket.close(1000);
      }
    });
    const realtime = realtimeFor(server.baseUrl, {
      _internal: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    });
    const stream = realtime.liveTranscript('CA123');
    const events = await collect(stream);
    expect(events.map((event) => (event.type === 'transcript' ? event.data.content : event.type))).toEqual([
      'before the drop',
      'after the reconnect',
    ]);
    expect(server.connections).toHaveLength(2);
    expect(server.connections[1]?.url).toContain(`token=${API_KEY}`);
    expect(stream.reconnects).toBe(1);
    expect(sleeps).toEqual([250]); // full jitter: 0.5 × 500 ms
    expect(stream.error).toBeUndefined();
  });

  it('uses the WebSocket client option when given', async () => {
    const server = await startServer((connection) => send(connection, transcript('via option')));
    let constructed = 0;
    class CountingWebSocket extends WsWebSocket {
      constructor(url: string) {
        super(url);
        constructed++;
      }
    }
    const realtime = realtimeFor(server.baseUrl, {
      WebSocket: CountingWebSocket,
    });
    const [event] = await collect(realtime.liveTranscript('CA123'), 1);
    expect(event?.type).toBe('transcript');
    expect(constructed).toBe(1);
  });

  it('gives up after maxRetries when every reconnect is dropped, with a WebSocketError', async () => {
    const sleeps: number[] = [];
    const server = await startServer((connection) => {
      send(connection, transcript('hello'));
      setTimeout(() => connection.socket.terminate(), 10);
    });
    const stream = realtimeFor(server.baseUrl, {
      _internal: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    }).liveTranscript('CA123', { maxRetries: 2 });
    const events: LiveTranscriptEvent[] = [];
    const error = await (async () => {
      for await (const event of stream) events.push(event);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebSocketError);
    expect((error as WebSocketError).code).toBe(1006);
    expect((error as Error).message).toMatch(/was closed with code 1006 after 3 attempts/);
    expect((error as Error).message).not.toContain(API_KEY);
    expect(server.connections).toHaveLength(3);
    expect(events).toHaveLength(3);
    expect(sleeps).toEqual([250, 500]);
    expect(stream.state).toBe('closed');
    // Iterating again after the error is simply done.
    expect(await collect(stream)).toEqual([]);
  });

  it('rejects connect() with a WebSocketError when nothing listens, after retrying', async () => {
    const port = await deadPort();
    const sleeps: number[] = [];
    const stream = realtimeFor(`http://127.0.0.1:${port}`, {
      _internal: { sleep: async (ms) => void sleeps.push(ms), random: () => 0 },
    }).liveTranscript('CA123', { maxRetries: 2 });
    const error = await stream.connect().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebSocketError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Could not connect to ws://127\\.0\\.0\\.1:${port}/live-transcript/CA123 after 3 attempts`),
    );
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect((error as Error).message).not.toContain(API_KEY);
    expect(sleeps).toHaveLength(2);
    // The iterator reports the same error once, then ends.
    await expect(collect(stream)).rejects.toBe(error);
    expect(await collect(stream)).toEqual([]);
    await expect(stream.connect()).rejects.toBe(error);
  });

  it('a connection failure that nobody awaits is not an unhandled rejection', async () => {
    const port = await deadPort();
    const stream = realtimeFor(`http://127.0.0.1:${port}`).liveTranscript('CA123', { maxRetries: 0 });
    void stream.connect();
    await expect.poll(() => stream.state).toBe('closed');
    expect(stream.error).toBeInstanceOf(WebSocketError);
  });

  it('does not reconnect after 1008 (authentication) and reports the server error first', async () => {
    const server = await startServer((connection) => {
      send(connection, {
        type: 'error',
        call_sid: 'CA123',
        timestamp: 't',
        error: 'authentication_failed',
        message: 'Invalid token',
      });
      connection.socket.close(1008, 'authentication failed');
    });
    const stream = realtimeFor(server.baseUrl).liveTranscript('CA123');
    const events: LiveTranscriptEvent[] = [];
    const error = await (async () => {
      for await (const event of stream) events.push(event);
    })().catch((caught: unknown) => caught);
    expect(events).toEqual([
      {
        type: 'error',
        call_sid: 'CA123',
        timestamp: 't',
        error: 'authentication_failed',
        message: 'Invalid token',
      },
    ]);
    expect(error).toBeInstanceOf(WebSocketError);
    expect((error as WebSocketError).code).toBe(1008);
    expect((error as WebSocketError).reason).toBe('authentication failed');
    expect(server.connections).toHaveLength(1);
    expect(stream.reconnects).toBe(0);
  });

  it('fails one attempt after connectTimeout when the handshake never completes', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const { port } = silent.address() as AddressInfo;
    try {
      const stream = realtimeFor(`http://127.0.0.1:${port}`).liveTranscript('CA123', {
        maxRetries: 0,
        connectTimeout: 100,
      });
      const started = Date.now();
      const error = await stream.connect().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WebSocketError);
      expect((error as Error).message).toMatch(/no open within 100 ms/);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => silent.close(() => done()));
    }
  });

  it('disconnect() during a reconnect stops it; connect() after that rejects', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const server = await startServer((connection) => {
      send(connection, transcript('one'));
      setTimeout(() => connection.socket.terminate(), 10);
    });
    const stream = realtimeFor(server.baseUrl, {
      _internal: {
        sleep: (_ms, signal) =>
          new Promise<void>((resolve, reject) => {
            void held.then(resolve);
            signal?.addEventListener('abort', () => reject(new Error('aborted')));
          }),
      },
    }).liveTranscript('CA123');
    const iterator = stream[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ type: 'transcript' });
    await expect.poll(() => stream.state).toBe('reconnecting');
    const pending = iterator.next();
    await stream.disconnect();
    expect(await pending).toEqual({ done: true, value: undefined });
    release();
    expect(server.connections).toHaveLength(1);
    await expect(stream.connect()).rejects.toBeInstanceOf(WebSocketError);
  });

  it('an aborted signal disconnects the stream', async () => {
    const server = await startServer(() => undefined);
    const controller = new AbortController();
    const stream = realtimeFor(server.baseUrl).liveTranscript('CA123', { signal: controller.signal });
    await stream.connect();
    const pending = collect(stream);
    controller.abort();
    expect(await pending).toEqual([]);
    expect(stream.state).toBe('closed');
    await expect.poll(() => server.connections[0]?.closeCode).toBe(1000);

    const aborted = realtimeFor(server.baseUrl).liveTranscript('CA123', { signal: AbortSignal.abort() });
    expect(aborted.state).toBe('closed');
    expect(await collect(aborted)).toEqual([]);
  });
});

describe('campaign progress stream', () => {
  it('yields progress frames and sends request_update / request_history', async () => {
    const server = await startServer((connection) => {
      send(connection, { type: 'connection_ack', campaign_id: 7, timestamp: 1767225600.5 });
      connection.socket.on('message', (data) => {
        const frame = JSON.parse(String(data)) as { type: string; hours?: number };
        if (frame.type === 'request_update') {
          send(connection, {
            type: 'progress_update',
            data: {
              campaign_id: 7,
              status: 'running',
              progress: {
                total_contacts: 10,
                completed: 4,
                failed: 1,
                processing: 1,
                pending: 4,
                progress_percentage: 50,
                success_rate: 80,
              },
              started_at: null,
              completed_at: null,
            },
          });
        }
        if (frame.type === 'request_history') send(connection, { type: 'metrics_history', data: [] });
      });
    });
    const stream = realtimeFor(server.baseUrl).campaignProgress(7);
    await stream.connect();
    stream.requestStatus();
    stream.send({ type: 'request_history', hours: 6 });
    const events = await collect(stream, 3);
    expect(events.map((event) => event.type)).toEqual([
      'connection_ack',
      'progress_update',
      'metrics_history',
    ]);
    const update = events[1];
    if (update?.type !== 'progress_update') throw new Error('expected progress_update');
    expect(update.data.progress.success_rate).toBe(80);
    expect(server.connections[0]?.url).toBe(`/ws/campaigns/7/progress?token=${API_KEY}`);
    expect(server.connections[0]?.received).toEqual([
      { type: 'request_update' },
      { type: 'request_history', hours: 6 },
    ]);
  });
});

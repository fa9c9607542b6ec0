/**
 * WebSocket streams of the mock runtime (templates/mock/runtime/streams.ts) with a small hand-written model and the
 * `ws` client: the three ways to send the credential, refused credentials, path parameter validation, the opening
 * sequence, ping and status requests, garbage frames, the 426 answer to plain GETs and closing the server.
 */
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createMockServer, type MockServer } from '../../templates/mock/runtime/index.js';
import type { MockModel, MockStream } from '../../templates/mock/runtime/model.js';

const TOKEN = 'burki_stream_test_key';
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const schemas: MockModel['schemas'] = {
  Hello: {
    type: 'object',
    required: ['type', 'call_sid'],
    properties: { type: { const: 'hello' }, call_sid: { type: 'string' }, message: { type: 'string' } },
    examples: [{ type: 'hello', call_sid: 'CA000', message: 'Connected' }],
  },
  Item: {
    type: 'object',
    required: ['type', 'call_sid', 'data'],
    properties: { type: { const: 'item' }, call_sid: { type: 'string' }, data: { type: 'object' } },
    examples: [
      { type: 'item', call_sid: 'CA000', data: { n: 1, call_sid: 'CA000' } },
      { type: 'other', call_sid: 'CA000', data: { n: 99 } },
      { type: 'item', call_sid: 'CA000', data: { n: 2 } },
    ],
  },
  Status: {
    type: 'object',
    required: ['type', 'status'],
    properties: { type: { const: 'call_status' }, call_sid: { type: 'string' }, status: { type: 'string' } },
    examples: [{ type: 'call_status', call_sid: 'CA000', status: 'ongoing' }],
  },
  StreamError: {
    type: 'object',
    required: ['type', 'call_sid', 'message'],
    properties: { type: { const: 'error' }, call_sid: { type: 'string' }, error: { type: 'string' }, message: { type: 'string' } },
    examples: [{ type: 'error', call_sid: 'CA000', error: 'authentication_failed' }],
  },
  Pong: { type: 'object', required: ['type'], properties: { type: { const: 'pong' }, timestamp: { type: 'string' } }, examples: [{ type: 'pong', timestamp: '2025-01-01T00:00:00Z' }] },
  Ping: { type: 'object', required: ['type'], properties: { type: { const: 'ping' } } },
  Ack: { type: 'object', required: ['type', 'job_id'], properties: { type: { const: 'ack' }, job_id: { type: 'integer' } } },
  Progress: {
    type: 'object',
    required: ['type', 'data'],
    properties: { type: { enum: ['initial_progress', 'progress_update'] }, data: { type: 'object' } },
    examples: [
      { type: 'initial_progress', data: { job_id: 1, done: 3 } },
      { type: 'progress_update', data: { job_id: 1, done: 4 } },
    ],
  },
};

const liveStream: MockStream = {
  name: 'live',
  path: '/live/{call_sid}',
  auth: [
    { in: 'query', name: 'token' },
    { in: 'header', name: 'Authorization' },
    { in: 'subprotocol', name: 'test-token-' },
  ],
  parameters: [{ name: 'call_sid', in: 'path', required: true, schema: { type: 'string', pattern: '^CA' } }],
  clientMessages: [
    { type: 'ping', schema: ref('Ping') },
    { type: 'request_status', schema: { type: 'object' } },
    { type: 'subscribe', schema: { type: 'object' } },
  ],
  serverMessages: [
    { type: 'hello', schema: ref('Hello'), example: { type: 'hello', call_sid: 'CA000', message: 'Connected' } },
    { type: 'item', schema: ref('Item'), example: { type: 'item', call_sid: 'CA000', data: { n: 1, call_sid: 'CA000' } } },
    { type: 'call_status', schema: ref('Status'), example: { type: 'call_status', call_sid: 'CA000', status: 'ongoing' } },
    { type: 'error', schema: ref('StreamError'), example: { type: 'error', call_sid: 'CA000', error: 'authentication_failed' } },
    { type: 'pong', schema: ref('Pong'), example: { type: 'pong', timestamp: '2025-01-01T00:00:00Z' } },
  ],
  pingMessage: 'ping',
  statusMessage: 'request_status',
  closeCodes: [1000, 1008],
};

const jobsStream: MockStream = {
  name: 'jobs',
  path: '/ws/jobs/{job_id}/progress',
  auth: [{ in: 'query', name: 'token' }],
  parameters: [{ name: 'job_id', in: 'path', required: true, schema: { type: 'integer' } }],
  clientMessages: [
    { type: 'ping', schema: ref('Ping') },
    { type: 'request_update', schema: { type: 'object' } },
  ],
  serverMessages: [
    { type: 'ack', schema: ref('Ack'), example: { type: 'ack', job_id: 1 } },
    // Both share one schema and carry its first example, as the generator emits them.
    { type: 'initial_progress', schema: ref('Progress'), example: { type: 'initial_progress', data: { job_id: 1, done: 3 } } },
    { type: 'progress_update', schema: ref('Progress'), example: { type: 'initial_progress', data: { job_id: 1, done: 3 } } },
  ],
  pingMessage: 'ping',
  statusMessage: 'request_update',
  closeCodes: [1000, 1008],
};

const model: MockModel = {
  title: 'streams fixture',
  version: '0',
  schemas,
  operations: [
    {
      operationId: 'getThing',
      method: 'GET',
      path: '/things/{id}',
      auth: true,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: [{ status: '200', contentType: 'application/json', example: { id: 1 }, headers: [] }],
    },
  ],
  streams: [
    liveStream,
    jobsStream,
    // Explicit status reply, no credential needed.
    { ...jobsStream, name: 'open', path: '/ws/open', auth: [], parameters: [], statusReply: 'initial_progress' },
  ],
};

type Frame = Record<string, any>;

interface Client {
  readonly ws: WebSocket;
  /** The next frame (parsed), waiting for it when needed. */
  next(): Promise<Frame>;
  /** Frames received so far and not taken by next(). */
  readonly pending: Frame[];
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly opened: Promise<void>;
}

function open(url: string, protocols?: string | string[], headers?: Record<string, string>): Client {
  const ws = new WebSocket(url, protocols, headers ? { headers } : {});
  const pending: Frame[] = [];
  const waiters: ((f: Frame) => void)[] = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as Frame;
    const w = waiters.shift();
    if (w) w(frame);
    else pending.push(frame);
  });
  ws.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    pending,
    closed,
    opened,
    next: () => {
      const f = pending.shift();
      if (f) return Promise.resolve(f);
      return new Promise<Frame>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no frame within 2s')), 2000);
        waiters.push((frame) => {
          clearTimeout(timer);
          resolve(frame);
        });
      });
    },
  };
}

/** Opens a socket expected to be refused; resolves with the HTTP status, headers and JSON body. */
function refused(url: string, protocols?: string | string[], headers?: Record<string, string>): Promise<{ status: number; headers: IncomingMessage['headers']; body: any }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols, headers ? { headers } : {});
    ws.on('open', () => reject(new Error('unexpectedly opened')));
    ws.on('error', () => undefined);
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined });
        ws.terminate();
      });
    });
  });
}

/** Collects `n` frames. */
async function take(client: Client, n: number): Promise<Frame[]> {
  const out: Frame[] = [];
  for (let i = 0; i < n; i++) out.push(await client.next());
  return out;
}

const SID = 'CA9f3c2b1a0d8e7f6a5b4c3d2e1f0a9b8c';
const OPENING = [
  { type: 'hello', call_sid: SID, message: 'Connected' },
  { type: 'item', call_sid: SID, data: { n: 1, call_sid: SID } },
  { type: 'item', call_sid: SID, data: { n: 2 } },
  { type: 'call_status', call_sid: SID, status: 'ongoing' },
];

let server: MockServer;
let ws: string;
let http: string;
const logs: string[] = [];
const problems: string[] = [];
const clients: Client[] = [];

function track(client: Client): Client {
  clients.push(client);
  return client;
}

beforeAll(async () => {
  server = createMockServer(model, {
    tokens: [TOKEN],
    logger: { info: (m) => logs.push(m), warn: (m) => problems.push(m), error: (m) => problems.push(m) },
  });
  ({ url: http } = await server.listen(0));
  ws = http.replace(/^http/, 'ws');
});
afterAll(async () => {
  for (const c of clients) c.ws.terminate();
  await server.close();
});
beforeEach(() => {
  server.reset();
  problems.length = 0;
});

describe('credentials', () => {
  it('accepts the token as the `token` query parameter and sends the opening sequence', async () => {
    const c = track(open(`${ws}/live/${SID}?token=${TOKEN}`));
    await c.opened;
    expect(await take(c, 4)).toEqual(OPENING);
    // Nothing else: no pong, no error.
    await new Promise((r) => setTimeout(r, 50));
    expect(c.pending).toEqual([]);
    c.ws.close();
    expect((await c.closed).code).toBe(1005);
  });

  it('accepts `Authorization: Bearer <token>`', async () => {
    const c = track(open(`${ws}/live/${SID}`, undefined, { Authorization: `Bearer ${TOKEN}` }));
    await c.opened;
    expect(await take(c, 4)).toEqual(OPENING);
    c.ws.close(1000);
  });

  it('accepts `Sec-WebSocket-Protocol: <prefix><token>` and echoes that subprotocol', async () => {
    const c = track(open(`${ws}/live/${SID}`, ['json', `test-token-${TOKEN}`]));
    await c.opened;
    expect(c.ws.protocol).toBe(`test-token-${TOKEN}`);
    expect((await c.next()).type).toBe('hello');
    c.ws.close(1000);
  });

  it('sends the error example with a message, then closes with 1008, for a refused or missing token', async () => {
    for (const url of [`${ws}/live/${SID}?token=wrong`, `${ws}/live/${SID}`, `${ws}/live/${SID}?token=`]) {
      const c = track(open(url));
      await c.opened;
      expect(await c.next()).toEqual({ type: 'error', call_sid: SID, error: 'authentication_failed', message: 'Authentication failed' });
      expect(await c.closed).toEqual({ code: 1008, reason: 'Authentication failed' });
      expect(c.pending).toEqual([]);
    }
    // A refused subprotocol credential still gets its subprotocol echoed, so a browser sees the error frame.
    const viaProtocol = track(open(`${ws}/live/${SID}`, 'test-token-wrong'));
    await viaProtocol.opened;
    expect(viaProtocol.ws.protocol).toBe('test-token-wrong');
    expect((await viaProtocol.next()).type).toBe('error');
    expect((await viaProtocol.closed).code).toBe(1008);
  });

  it('the first credential present wins, in the order of `auth`', async () => {
    const c = track(open(`${ws}/live/${SID}?token=wrong`, undefined, { Authorization: `Bearer ${TOKEN}` }));
    await c.opened;
    expect((await c.next()).type).toBe('error');
    expect((await c.closed).code).toBe(1008);
  });

  it('rejects the upgrade with 401 when the stream has no error message', async () => {
    const res = await refused(`${ws}/ws/jobs/12/progress?token=wrong`);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: 'Authentication required. Provide a valid API key or login session.' });
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect((await refused(`${ws}/ws/jobs/12/progress`)).status).toBe(401);
  });

  it('needs no credential on a stream without `auth`', async () => {
    const c = track(open(`${ws}/ws/open`));
    await c.opened;
    expect((await c.next()).type).toBe('ack');
    c.ws.close(1000);
  });

  it('never logs or records the token', async () => {
    logs.length = 0;
    const viaQuery = track(open(`${ws}/live/${SID}?token=${TOKEN}&x=1`));
    await viaQuery.opened;
    const viaProtocol = track(open(`${ws}/live/${SID}`, `test-token-${TOKEN}`));
    await viaProtocol.opened;
    const viaHeader = track(open(`${ws}/live/${SID}`, undefined, { Authorization: `Bearer ${TOKEN}` }));
    await viaHeader.opened;
    await refused(`${ws}/ws/jobs/12/progress?token=${TOKEN}x`);
    for (const c of [viaQuery, viaProtocol, viaHeader]) {
      c.ws.close(1000);
      await c.closed;
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(logs.length).toBeGreaterThanOrEqual(4);
    for (const line of logs) expect(line).not.toContain(TOKEN);
    expect(logs[0]).toMatch(new RegExp(`^GET /live/${SID} 101 \\d+ms \\(websocket\\)$`));
    const recorded = server.requests();
    expect(JSON.stringify(recorded)).not.toContain(TOKEN);
    expect(recorded.map((r) => [r.stream, r.status])).toEqual([
      ['live', 101],
      ['live', 101],
      ['live', 101],
      ['jobs', 401],
    ]);
    expect(recorded[0]?.query).toBe('token=[redacted]&x=1');
    expect(recorded[1]?.headers['sec-websocket-protocol']).toBe('test-token-[redacted]');
    expect(recorded[2]?.headers['authorization']).toBe('[redacted]');
  });
});

describe('routing and path parameters', () => {
  it('rejects a path parameter that does not validate with a FastAPI 422', async () => {
    const res = await refused(`${ws}/ws/jobs/abc/progress?token=${TOKEN}`);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      detail: [{ type: 'int_parsing', loc: ['path', 'job_id'], msg: 'Input should be a valid integer, unable to parse string as an integer', input: 'abc' }],
    });
    const pattern = await refused(`${ws}/live/XX1?token=${TOKEN}`);
    expect(pattern.status).toBe(422);
    expect(pattern.body.detail[0]).toMatchObject({ type: 'string_pattern_mismatch', loc: ['path', 'call_sid'] });
  });

  it('decodes path parameters and puts them into fields of the same name', async () => {
    const c = track(open(`${ws}/live/CA%20x%2Fy?token=${TOKEN}`));
    await c.opened;
    expect(await c.next()).toMatchObject({ type: 'hello', call_sid: 'CA x/y' });
    c.ws.close(1000);
    const jobs = track(open(`${ws}/ws/jobs/12/progress?token=${TOKEN}`));
    await jobs.opened;
    // job_id is coerced to the schema's integer; a shared schema's examples are matched by type.
    expect(await take(jobs, 3)).toEqual([
      { type: 'ack', job_id: 12 },
      { type: 'initial_progress', data: { job_id: 12, done: 3 } },
      { type: 'progress_update', data: { job_id: 12, done: 4 } },
    ]);
    jobs.ws.close(1000);
  });

  it('answers an upgrade to an unknown path with 404, and bad percent-encoding with 400', async () => {
    expect((await refused(`${ws}/nowhere?token=${TOKEN}`)).status).toBe(404);
    expect((await refused(`${ws}/things/1`, undefined, { Authorization: `Bearer ${TOKEN}` })).status).toBe(404);
    expect((await refused(`${ws}/live/%E0%A4%A?token=${TOKEN}`)).status).toBe(400);
  });

  it('answers a plain GET of a stream path with 426 Upgrade Required', async () => {
    const res = await fetch(`${http}/live/${SID}`);
    expect(res.status).toBe(426);
    expect(res.headers.get('upgrade')).toBe('websocket');
    expect(await res.json()).toEqual({ detail: 'Upgrade Required' });
    const post = await fetch(`${http}/live/${SID}`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    await post.arrayBuffer();
    // HTTP routes are unaffected.
    expect((await fetch(`${http}/things/1`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect(server.requests()[0]).toMatchObject({ stream: 'live', status: 426 });
  });
});

describe('client frames', () => {
  async function connected(url = `${ws}/live/${SID}?token=${TOKEN}`, opening = 4): Promise<Client> {
    const c = track(open(url));
    await c.opened;
    await take(c, opening);
    return c;
  }

  it('answers ping with the pong example, or {type: "pong"} when the stream has none', async () => {
    const c = await connected();
    c.ws.send(JSON.stringify({ type: 'ping' }));
    expect(await c.next()).toEqual({ type: 'pong', timestamp: '2025-01-01T00:00:00Z' });
    c.ws.close(1000);
    const jobs = await connected(`${ws}/ws/jobs/7/progress?token=${TOKEN}`, 3);
    jobs.ws.send('{"type":"ping"}');
    expect(await jobs.next()).toEqual({ type: 'pong' });
    jobs.ws.close(1000);
  });

  it('answers the status request with the status reply', async () => {
    const c = await connected();
    c.ws.send(JSON.stringify({ type: 'request_status' }));
    expect(await c.next()).toEqual({ type: 'call_status', call_sid: SID, status: 'ongoing' });
    c.ws.close(1000);
    // No type contains "status": the first containing "update".
    const jobs = await connected(`${ws}/ws/jobs/7/progress?token=${TOKEN}`, 3);
    jobs.ws.send(JSON.stringify({ type: 'request_update' }));
    expect(await jobs.next()).toEqual({ type: 'progress_update', data: { job_id: 7, done: 4 } });
    jobs.ws.close(1000);
    // `statusReply` names it.
    const named = await connected(`${ws}/ws/open`, 3);
    named.ws.send(JSON.stringify({ type: 'request_update' }));
    expect(await named.next()).toEqual({ type: 'initial_progress', data: { job_id: 1, done: 3 } });
    named.ws.close(1000);
  });

  it('answers garbage with an error frame (the schema’s required fields) and stays open', async () => {
    const c = await connected();
    const garbage: (string | Buffer)[] = ['{not json', '[1,2]', '"text"', 'null', '{"type":5}', '{}', Buffer.from([0xff, 0x00, 0x10]), ''];
    for (const frame of garbage) c.ws.send(frame);
    const answers = await take(c, garbage.length);
    expect(answers.map((a) => a['message'])).toEqual([
      'Invalid JSON',
      'Message must be a JSON object with a string "type"',
      'Message must be a JSON object with a string "type"',
      'Message must be a JSON object with a string "type"',
      'Message must be a JSON object with a string "type"',
      'Message must be a JSON object with a string "type"',
      'Invalid JSON',
      'Invalid JSON',
    ]);
    expect(answers[0]).toEqual({ type: 'error', call_sid: SID, message: 'Invalid JSON' });
    // Known and unknown types without an answer are ignored; the socket still works.
    c.ws.send(JSON.stringify({ type: 'subscribe' }));
    c.ws.send(JSON.stringify({ type: 'no_such_type', x: 1 }));
    c.ws.send(JSON.stringify({ type: 'ping' }));
    expect((await c.next()).type).toBe('pong');
    c.ws.close(1000);
    expect((await c.closed).code).toBe(1000);
    expect(problems).toEqual([]);
  });

  it('ignores garbage on a stream without an error message', async () => {
    const c = await connected(`${ws}/ws/jobs/7/progress?token=${TOKEN}`, 3);
    c.ws.send('{not json');
    c.ws.send('{"no":"type"}');
    c.ws.send('{"type":"ping"}');
    expect(await c.next()).toEqual({ type: 'pong' });
    c.ws.close(1000);
  });

  it('survives protocol violations: oversized frames and invalid UTF-8', async () => {
    const small = createMockServer(model, { tokens: [TOKEN], maxBodyBytes: 1024, logger: { error: (m) => problems.push(m) } });
    const { url } = await small.listen(0);
    try {
      const base = url.replace(/^http/, 'ws');
      const big = track(open(`${base}/live/${SID}?token=${TOKEN}`));
      await big.opened;
      big.ws.send('x'.repeat(4096));
      expect((await big.closed).code).toBe(1009);
      // Raw invalid UTF-8 in a text frame: ws closes with 1007.
      const bad = track(open(`${base}/live/${SID}?token=${TOKEN}`));
      await bad.opened;
      (bad.ws as unknown as { _sender: { sendFrame(list: Buffer[], cb?: () => void): void } })._sender.sendFrame([Buffer.from([0x81, 0x82, 0, 0, 0, 0, 0xc3, 0x28])]);
      expect((await bad.closed).code).toBe(1007);
      const ok = track(open(`${base}/live/${SID}?token=${TOKEN}`));
      await ok.opened;
      expect((await ok.next()).type).toBe('hello');
      ok.ws.close(1000);
      expect(problems).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe('closing the server', () => {
  it('closes open streams with 1001 and stops accepting', async () => {
    const own = createMockServer(model);
    const { url } = await own.listen(0);
    const base = url.replace(/^http/, 'ws');
    const a = track(open(`${base}/live/${SID}?token=any`));
    const b = track(open(`${base}/ws/jobs/1/progress?token=any`));
    await Promise.all([a.opened, b.opened]);
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await a.closed).toEqual({ code: 1001, reason: 'Server shutting down' });
    expect((await b.closed).code).toBe(1001);
    const late = new WebSocket(`${base}/ws/open`);
    await expect(new Promise((resolve, reject) => {
      late.on('open', resolve);
      late.on('error', reject);
    })).rejects.toThrow();
    await own.close();
  });

  it('hands upgrades of another node:http server to handleUpgrade', async () => {
    const { createServer } = await import('node:http');
    const own = createMockServer(model);
    const s = createServer((req, res) => void own.handle(req, res));
    s.on('upgrade', (req, socket, head) => own.handleUpgrade(req, socket, head));
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const port = (s.address() as { port: number }).port;
    try {
      const c = track(open(`ws://127.0.0.1:${port}/ws/open`));
      await c.opened;
      expect((await c.next()).type).toBe('ack');
      await own.close();
      expect((await c.closed).code).toBe(1001);
    } finally {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  });
});

/**
 * `Prefer: code=<status>` and `Prefer: example=<name>` (Prism's convention) in the mock runtime: parsing, choosing a
 * declared response and a named example, what is ignored, and that auth, validation and state are unaffected.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../templates/mock/runtime/index.js';
import type { MockModel, MockResponse } from '../../templates/mock/runtime/model.js';
import { parsePrefer, selectResponse } from '../../templates/mock/runtime/respond.js';

const TOKEN = 'burki_prefer_key';
const auth = { Authorization: `Bearer ${TOKEN}` };

const json = (status: string, example: unknown, extra: Partial<MockResponse> = {}): MockResponse => ({
  status,
  contentType: 'application/json',
  example,
  headers: [],
  ...extra,
});
const rateLimited = json('429', { detail: 'Rate limit exceeded. Please slow down.' }, { headers: ['Retry-After'] });
const item = { id: 1, name: 'first' };

const model: MockModel = {
  title: 'prefer fixture',
  version: '0',
  schemas: {},
  operations: [
    {
      operationId: 'sendMessage',
      method: 'POST',
      path: '/messages',
      auth: true,
      parameters: [],
      requestBody: { required: true, contentType: 'application/json', schema: { type: 'object', required: ['to'], properties: { to: { type: 'string' } } } },
      responses: [
        json('200', { status: 'queued' }, { examples: { queued: { status: 'queued' }, sentNow: { status: 'sent' }, 'two words': { status: 'quoted' } } }),
        json('401', { detail: 'Authentication required.' }, { headers: ['WWW-Authenticate'] }),
        json('422', { detail: [{ type: 'missing', loc: ['body', 'to'], msg: 'Field required', input: {} }] }),
        rateLimited,
        json('default', { detail: 'Something went wrong' }),
      ],
    },
    {
      operationId: 'playRecording',
      method: 'GET',
      path: '/recordings/{id}/play',
      auth: true,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: [
        { status: '200', contentType: 'audio/wav', headers: ['Content-Disposition'] },
        json('202', { status: 'processing', message: 'Recording is still being processed.' }, { headers: ['Retry-After'] }),
        { status: '204', headers: [] },
        json('4XX', { detail: 'Client error' }),
        json('404', { detail: 'Recording not found' }),
      ],
    },
    {
      operationId: 'listItems',
      method: 'GET',
      path: '/items',
      auth: false,
      parameters: [
        { name: 'skip', in: 'query', required: false, schema: { type: 'integer', default: 0 } },
        { name: 'limit', in: 'query', required: false, schema: { type: 'integer', default: 100 } },
      ],
      responses: [
        json('200', [item], { examples: { one: [item], three: [item, { id: 2, name: 'second' }, { id: 3, name: 'third' }] } }),
        rateLimited,
      ],
      pagination: { style: 'offset', offsetParam: 'skip', limitParam: 'limit' },
      state: { collection: 'items', action: 'list' },
    },
    {
      operationId: 'createItem',
      method: 'POST',
      path: '/items',
      auth: false,
      parameters: [],
      requestBody: { required: true, contentType: 'application/json', schema: { type: 'object', properties: { name: { type: 'string' } } } },
      responses: [
        json('201', item, { examples: { created: item, other: { id: 99, name: 'from example' } } }),
        json('409', { detail: 'Item already exists' }),
      ],
      state: { collection: 'items', action: 'create' },
    },
    {
      operationId: 'getItem',
      method: 'GET',
      path: '/items/{item_id}',
      auth: false,
      parameters: [{ name: 'item_id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: [json('200', item), json('404', { detail: 'Item not found' })],
      state: { collection: 'items', action: 'read', idParam: 'item_id' },
    },
  ],
};

let server: MockServer;
let base: string;

beforeAll(async () => {
  server = createMockServer(model, { tokens: [TOKEN] });
  ({ url: base } = await server.listen(0));
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

async function send(method: string, path: string, prefer?: string, body?: unknown, headers: Record<string, string> = auth) {
  const res = await fetch(base + path, {
    method,
    headers: { ...headers, ...(prefer !== undefined ? { Prefer: prefer } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const buffer = Buffer.from(await res.arrayBuffer());
  let parsed: any;
  try {
    parsed = JSON.parse(buffer.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, buffer, json: parsed };
}

describe('parsePrefer', () => {
  it('reads code and example, case-insensitively, quoted or not, ignoring other preferences and parameters', () => {
    expect(parsePrefer(undefined)).toEqual({});
    expect(parsePrefer('example=sentNow')).toEqual({ example: 'sentNow' });
    expect(parsePrefer('respond-async, wait=5, CODE=429; foo=bar, Example="two words"')).toEqual({ code: '429', example: 'two words' });
    expect(parsePrefer('example="a, b; c"')).toEqual({ example: 'a, b; c' });
    expect(parsePrefer(['code=202', 'code=500, example=x'])).toEqual({ code: '202', example: 'x' });
    expect(parsePrefer('code=, example=')).toEqual({});
    expect(parsePrefer('dynamic=true, return=minimal')).toEqual({});
  });

  it('selects nothing for undeclared success codes and unknown example names; an undeclared error code has no response', () => {
    const op = model.operations[1]!;
    expect(selectResponse(op, {})).toBeUndefined();
    expect(selectResponse(op, { code: '201' })).toBeUndefined();
    expect(selectResponse(op, { code: '302' })).toBeUndefined();
    expect(selectResponse(op, { code: '503' })).toEqual({ response: undefined, status: 503, applied: ['code=503'] });
    expect(selectResponse(op, { code: 'abc' })).toBeUndefined();
    expect(selectResponse(op, { example: 'nope' })).toBeUndefined();
    expect(selectResponse(op, { code: '418' })).toMatchObject({ status: 418, applied: ['code=418'], response: { status: '4XX' } });
  });
});

describe('Prefer: example=<name>', () => {
  it('answers with the named example of the success response', async () => {
    const res = await send('POST', '/messages', 'example=sentNow', { to: '+1555' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'sent' });
    expect(res.headers.get('preference-applied')).toBe('example=sentNow');
    expect((await send('POST', '/messages', 'example="two words"', { to: '+1555' })).json).toEqual({ status: 'quoted' });
  });

  it('answers with the first example without Prefer or for an unknown name (ignored, like Prism)', async () => {
    for (const prefer of [undefined, 'example=doesNotExist', 'example=__proto__', 'example=toString', 'respond-async']) {
      const res = await send('POST', '/messages', prefer, { to: '+1555' });
      expect(res.status, String(prefer)).toBe(200);
      expect(res.json, String(prefer)).toEqual({ status: 'queued' });
      expect(res.headers.get('preference-applied'), String(prefer)).toBeNull();
    }
  });

  it('paginates a named example of a list, and leaves the state alone', async () => {
    const res = await send('GET', '/items?skip=1&limit=1', 'example=three');
    expect(res.json).toEqual([{ id: 2, name: 'second' }]);
    const created = await send('POST', '/items', 'example=other', { name: 'new' });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: 99, name: 'from example' });
    expect(server.snapshot('items')).toEqual([item]);
    // Without Prefer the state answers again.
    expect((await send('POST', '/items', undefined, { name: 'new' })).json).toMatchObject({ id: 2, name: 'new' });
    expect(server.snapshot('items')).toHaveLength(2);
  });
});

describe('Prefer: code=<status>', () => {
  it('answers with a declared error response, its example and its headers', async () => {
    const res = await send('POST', '/messages', 'code=429', { to: '+1555' });
    expect(res.status).toBe(429);
    expect(res.json).toEqual({ detail: 'Rate limit exceeded. Please slow down.' });
    expect(res.headers.get('retry-after')).toBe('10');
    expect(res.headers.get('preference-applied')).toBe('code=429');
    const unauthorized = await send('POST', '/messages', 'code=401', { to: '+1555' });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers 202 for a recording still processing, and the binary 200 otherwise', async () => {
    const processing = await send('GET', '/recordings/7/play', 'code=202');
    expect(processing.status).toBe(202);
    expect(processing.json).toEqual({ status: 'processing', message: 'Recording is still being processed.' });
    expect(processing.headers.get('retry-after')).toBe('10');
    const audio = await send('GET', '/recordings/7/play', 'code=200');
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    expect(audio.buffer.subarray(0, 4).toString('latin1')).toBe('RIFF');
    const empty = await send('GET', '/recordings/7/play', 'code=204');
    expect(empty.status).toBe(204);
    expect(empty.buffer.length).toBe(0);
  });

  it('falls back to a range (4XX), then to default; an undeclared error code gets a FastAPI body, an undeclared success code is ignored', async () => {
    const ranged = await send('GET', '/recordings/7/play', 'code=418');
    expect(ranged.status).toBe(418);
    expect(ranged.json).toEqual({ detail: 'Client error' });
    const fallback = await send('POST', '/messages', 'code=503', { to: '+1555' });
    expect(fallback.status).toBe(503);
    expect(fallback.json).toEqual({ detail: 'Something went wrong' });
    const undeclared = await send('GET', '/recordings/7/play', 'code=503');
    expect(undeclared.status).toBe(503);
    expect(undeclared.json).toEqual({ detail: 'Service Unavailable' });
    expect(undeclared.headers.get('preference-applied')).toBe('code=503');
    const ignored = await send('GET', '/recordings/7/play', 'code=201');
    expect(ignored.status).toBe(200);
    expect(ignored.headers.get('preference-applied')).toBeNull();
  });

  it('combines with example=: the named example of that response, else its first', async () => {
    const res = await send('POST', '/messages', 'code=200, example=sentNow', { to: '+1555' });
    expect(res.json).toEqual({ status: 'sent' });
    expect(res.headers.get('preference-applied')).toBe('code=200, example=sentNow');
    const other = await send('POST', '/messages', 'code=429, example=sentNow', { to: '+1555' });
    expect(other.status).toBe(429);
    expect(other.json).toEqual({ detail: 'Rate limit exceeded. Please slow down.' });
    expect(other.headers.get('preference-applied')).toBe('code=429');
  });

  it('a stateful read answers the declared 404 without touching the state; the list 429 is not paginated', async () => {
    const missing = await send('GET', '/items/1', 'code=404');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ detail: 'Item not found' });
    expect((await send('GET', '/items/1')).json).toEqual(item);
    const limited = await send('GET', '/items?limit=1', 'code=429');
    expect(limited.json).toEqual({ detail: 'Rate limit exceeded. Please slow down.' });
  });

  it('does not skip authentication or validation', async () => {
    const anonymous = await send('POST', '/messages', 'code=200, example=sentNow', { to: '+1555' }, {});
    expect(anonymous.status).toBe(401);
    const invalid = await send('POST', '/messages', 'code=429', {});
    expect(invalid.status).toBe(422);
    expect(invalid.json.detail[0]).toMatchObject({ type: 'missing', loc: ['body', 'to'] });
  });

  it('reads several Prefer headers; the first instance of a preference wins', async () => {
    const res = await new Promise<{ status: number; applied: string | undefined }>((resolve, reject) => {
      const req = httpRequest(`${base}/recordings/7/play`, { headers: { ...auth, Prefer: ['respond-async', 'code=202', 'code=404'] } }, (r) => {
        r.resume();
        r.on('end', () => resolve({ status: r.statusCode ?? 0, applied: r.headers['preference-applied'] as string | undefined }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(res).toEqual({ status: 202, applied: 'code=202' });
  });

  it('lets browsers send Prefer and read Preference-Applied (CORS)', async () => {
    const preflight = await fetch(`${base}/messages`, { method: 'OPTIONS', headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Prefer');
    const res = await send('POST', '/messages', 'example=sentNow', { to: '+1555' }, { ...auth, Origin: 'http://app.test' });
    expect(res.headers.get('access-control-expose-headers')).toContain('Preference-Applied');
  });
});

import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../templates/mock/runtime/index.js';
import { authHeaders, model, TOKEN } from './fixture.js';

let server: MockServer;
let base: string;
const errors: string[] = [];

beforeAll(async () => {
  server = createMockServer(model, { logger: { error: (m) => errors.push(m) } });
  ({ url: base } = await server.listen(0));
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
  errors.length = 0;
});

async function call(method: string, path: string, init: { body?: unknown; raw?: string; headers?: Record<string, string>; auth?: boolean } = {}) {
  const headers: Record<string, string> = { ...(init.auth === false ? {} : authHeaders), ...init.headers };
  let body: string | undefined;
  if (init.raw !== undefined) body = init.raw;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(base + path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: json as any };
}

/** Sends raw bytes on a TCP socket and resolves with everything the server wrote back. */
function rawExchange(port: number, payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(payload));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (data += d));
    socket.on('end', () => resolve(data));
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve(data);
    }, 2000).unref();
  });
}

const portOf = () => Number(new URL(base).port);

describe('auth', () => {
  it('answers 401 with the FastAPI body and WWW-Authenticate without a bearer token', async () => {
    const r = await call('GET', '/api/v1/assistants', { auth: false });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ detail: 'Authentication required. Provide a valid API key or login session.' });
    expect(r.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('rejects an empty token and a non-bearer scheme', async () => {
    expect((await call('GET', '/api/v1/assistants', { auth: false, headers: { Authorization: 'Bearer ' } })).status).toBe(401);
    expect((await call('GET', '/api/v1/assistants', { auth: false, headers: { Authorization: 'Basic dTpw' } })).status).toBe(401);
    expect((await call('GET', '/api/v1/assistants', { auth: false, headers: { Authorization: 'bearer anything' } })).status).toBe(200);
  });

  it('lets public operations through without a token', async () => {
    const r = await call('GET', '/api/v1/assistants/providers', { auth: false });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ llm: ['openai', 'anthropic'], tts: ['elevenlabs'] });
  });

  it('checks tokens against an allow-list when given, and never echoes them', async () => {
    const logs: string[] = [];
    const strict = createMockServer(model, { tokens: [TOKEN], logger: { info: (m) => logs.push(m), error: (m) => logs.push(m) } });
    const { url } = await strict.listen(0);
    try {
      const bad = await fetch(`${url}/api/v1/assistants`, { headers: { Authorization: 'Bearer wrong-secret' } });
      expect(bad.status).toBe(401);
      const text = await bad.text();
      expect(text).not.toContain('wrong-secret');
      const good = await fetch(`${url}/api/v1/assistants?skip=0`, { headers: authHeaders });
      expect(good.status).toBe(200);
      await good.text();
      expect(logs.join('\n')).not.toMatch(/wrong-secret|burki_test_key|skip=0/);
      expect(logs.some((l) => l.startsWith('GET /api/v1/assistants 200'))).toBe(true);
    } finally {
      await strict.close();
    }
  });

  it('checks auth before validation', async () => {
    const r = await call('POST', '/api/v1/assistants', { auth: false, body: {} });
    expect(r.status).toBe(401);
  });
});

describe('validation (422, FastAPI shapes)', () => {
  it('reports a missing body field', async () => {
    const r = await call('POST', '/api/v1/assistants', { body: { description: 'x' } });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ detail: [{ type: 'missing', loc: ['body', 'name'], msg: 'Field required', input: { description: 'x' } }] });
  });

  it('reports a missing nested field through $ref and an Optional union', async () => {
    const r = await call('POST', '/api/v1/assistants', { body: { name: 'A', llm_settings: { temperature: 1 } } });
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([{ type: 'missing', loc: ['body', 'llm_settings', 'model'], msg: 'Field required', input: { temperature: 1 } }]);
  });

  it('reports a wrong type in the body', async () => {
    const r = await call('POST', '/api/v1/assistants', { body: { name: 42, is_active: 'maybe', llm_settings: { model: 'm', temperature: 5 } } });
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([
      { type: 'string_type', loc: ['body', 'name'], msg: 'Input should be a valid string', input: 42 },
      { type: 'bool_parsing', loc: ['body', 'is_active'], msg: 'Input should be a valid boolean, unable to interpret input', input: 'maybe' },
      {
        type: 'less_than_equal',
        loc: ['body', 'llm_settings', 'temperature'],
        msg: 'Input should be less than or equal to 2',
        input: 5,
        ctx: { le: 2 },
      },
    ]);
  });

  it('reports string constraints, formats and array indexes', async () => {
    const r = await call('POST', '/api/v1/assistants', { body: { name: '', webhook_url: 'not a url', tools: [{ type: 'transfer', transfer_type: 'hot' }] } });
    expect(r.status).toBe(422);
    const byType = Object.fromEntries(r.json.detail.map((d: any) => [d.type, d]));
    expect(byType.string_too_short).toMatchObject({ loc: ['body', 'name'], msg: 'String should have at least 1 character', ctx: { min_length: 1 } });
    expect(byType.url_parsing).toMatchObject({ loc: ['body', 'webhook_url'], input: 'not a url' });
    expect(byType.enum).toEqual({
      type: 'enum',
      loc: ['body', 'tools', 0, 'transfer_type'],
      msg: "Input should be 'cold' or 'warm'",
      input: 'hot',
      ctx: { expected: "'cold' or 'warm'" },
    });
    expect(r.json.detail).toHaveLength(3);
  });

  it('reports discriminated-union tag problems like pydantic', async () => {
    const bad = await call('POST', '/api/v1/assistants', { body: { name: 'A', tools: [{ type: 'sms' }, { message: 'bye' }] } });
    expect(bad.status).toBe(422);
    expect(bad.json.detail.map((d: any) => [d.type, d.loc])).toEqual([
      ['union_tag_invalid', ['body', 'tools', 0]],
      ['union_tag_not_found', ['body', 'tools', 1]],
    ]);
    expect(bad.json.detail[0].msg).toBe("Input tag 'sms' found using 'type' does not match any of the expected tags: 'transfer', 'end_call'");
  });

  it('reports a bad integer query parameter and an enum query parameter', async () => {
    const r = await call('GET', '/api/v1/calls/?limit=abc&skip=-1&status=busy');
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([
      { type: 'greater_than_equal', loc: ['query', 'skip'], msg: 'Input should be greater than or equal to 0', input: '-1', ctx: { ge: 0 } },
      { type: 'int_parsing', loc: ['query', 'limit'], msg: 'Input should be a valid integer, unable to parse string as an integer', input: 'abc' },
      {
        type: 'enum',
        loc: ['query', 'status'],
        msg: "Input should be 'ongoing', 'completed' or 'failed'",
        input: 'busy',
        ctx: { expected: "'ongoing', 'completed' or 'failed'" },
      },
    ]);
  });

  it('reports an out-of-range integer query parameter', async () => {
    const r = await call('GET', '/api/v1/assistants?limit=5000');
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([
      { type: 'less_than_equal', loc: ['query', 'limit'], msg: 'Input should be less than or equal to 1000', input: '5000', ctx: { le: 1000 } },
    ]);
  });

  it('reports a bad path parameter', async () => {
    const r = await call('GET', '/api/v1/assistants/abc');
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([
      { type: 'int_parsing', loc: ['path', 'assistant_id'], msg: 'Input should be a valid integer, unable to parse string as an integer', input: 'abc' },
    ]);
  });

  it('validates header parameters', async () => {
    const r = await call('POST', '/sms/send', { body: { to: '+1', message: 'hi' }, headers: { 'Idempotency-Key': 'much-too-long-key' } });
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([
      {
        type: 'string_too_long',
        loc: ['header', 'idempotency-key'],
        msg: 'String should have at most 8 characters',
        input: 'much-too-long-key',
        ctx: { max_length: 8 },
      },
    ]);
  });

  it('reports invalid JSON as json_invalid with the position', async () => {
    const r = await call('POST', '/api/v1/assistants', { raw: '{"name": }', headers: { 'Content-Type': 'application/json' } });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ detail: [{ type: 'json_invalid', loc: ['body', 9], msg: 'JSON decode error', input: {}, ctx: { error: 'Expecting value' } }] });
  });

  it('reports an absent required body', async () => {
    const r = await call('POST', '/api/v1/assistants');
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ detail: [{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }] });
  });

  it('rejects a non-JSON content type for a JSON body', async () => {
    const r = await call('POST', '/api/v1/assistants', { raw: 'name=x', headers: { 'Content-Type': 'text/plain' } });
    expect(r.status).toBe(422);
    expect(r.json.detail[0]).toMatchObject({ type: 'model_attributes_type', loc: ['body'], input: 'name=x' });
  });

  it('accepts JSON without a content type and +json media types', async () => {
    const a = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/api/v1/assistants`, { method: 'POST', headers: { ...authHeaders } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{"name":"NoCT"}');
    });
    expect(a).toBe(201);
    const b = await call('POST', '/api/v1/assistants', { raw: '{"name":"Vendor"}', headers: { 'Content-Type': 'application/vnd.burki+json; charset=utf-8' } });
    expect(b.status).toBe(201);
  });

  it('validates bare-array bodies with numeric locs', async () => {
    const r = await call('POST', '/api/v1/assistants/1/phone-numbers/bulk-assign', { body: [1, 'two'] });
    expect(r.status).toBe(422);
    expect(r.json.detail).toEqual([
      { type: 'int_parsing', loc: ['body', 1], msg: 'Input should be a valid integer, unable to parse string as an integer', input: 'two' },
    ]);
    const ok = await call('POST', '/api/v1/assistants/1/phone-numbers/bulk-assign', { body: [1, 2] });
    expect(ok.status).toBe(204);
    expect(ok.text).toBe('');
  });

  it('collects path, query and body errors together in FastAPI order', async () => {
    const r = await call('PUT', '/api/v1/assistants/x', { body: { name: 1 } });
    expect(r.status).toBe(422);
    expect(r.json.detail.map((d: any) => d.loc[0])).toEqual(['path', 'body']);
  });
});

describe('form bodies', () => {
  it('checks required url-encoded fields', async () => {
    const path = '/api/v1/phone-numbers/organization/add-verified-caller-id';
    const missing = await call('POST', path, { raw: 'friendly_name=Office', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(missing.status).toBe(422);
    expect(missing.json.detail).toEqual([{ type: 'missing', loc: ['body', 'phone_number'], msg: 'Field required', input: null }]);
    const ok = await call('POST', path, { raw: 'phone_number=%2B15551234567', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(ok.status).toBe(200);
  });

  it('checks required multipart fields and the content type', async () => {
    const path = '/api/v1/assistants/1/documents/upload';
    const form = new FormData();
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'faq.txt');
    form.append('name', 'FAQ');
    const ok = await fetch(base + path, { method: 'POST', headers: authHeaders, body: form });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: 10, name: 'faq.pdf', status: 'processing' });

    const noFile = new FormData();
    noFile.append('name', 'FAQ');
    const bad = await fetch(base + path, { method: 'POST', headers: authHeaders, body: noFile });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({ detail: [{ type: 'missing', loc: ['body', 'file'], msg: 'Field required', input: null }] });

    const json = await call('POST', path, { body: { file: 'x' } });
    expect(json.status).toBe(422);
    expect(json.json.detail[0].loc).toEqual(['body', 'file']);

    const empty = await call('POST', path, { raw: '', headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' } });
    expect(empty.status).toBe(422);

    const garbage = await call('POST', path, { raw: 'not multipart at all', headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' } });
    expect(garbage.status).toBe(400);
    expect(garbage.json).toEqual({ detail: 'There was an error parsing the body' });
  });
});

describe('routing', () => {
  it('prefers literal segments over templates', async () => {
    expect((await call('GET', '/api/v1/calls/stats')).json).toEqual({ total_calls: 3 });
    expect((await call('GET', '/api/v1/calls/export')).headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await call('GET', '/api/v1/calls/5')).json).toEqual({ id: 1, call_sid: 'CA1', status: 'completed', duration: 10 });
    expect((await call('GET', '/api/v1/assistants/count')).json).toEqual({ count: 2 });
    expect((await call('GET', '/api/v1/assistants/providers', { auth: false })).status).toBe(200);
    // Like FastAPI: GET /sms/send is answered by GET /sms/{message_id} (only POST is declared for the literal).
    expect((await call('GET', '/sms/send')).json).toEqual({ message_id: 'SM1', status: 'delivered' });
    expect((await call('PUT', '/sms/send')).status).toBe(405);
    expect((await call('PUT', '/sms/send')).headers.get('allow')).toBe('GET, POST');
    expect((await call('GET', '/sms/SM42')).json).toEqual({ message_id: 'SM1', status: 'delivered' });
  });

  it('decodes path parameters (%2B → +)', async () => {
    const r = await call('GET', '/api/v1/assistants/by-phone/%2B15557654321');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: 2, phone_number: '+15557654321' });
    const plain = await call('GET', '/api/v1/assistants/by-phone/+15551234567');
    expect(plain.json).toMatchObject({ id: 1 });
    const bad = await call('GET', '/api/v1/assistants/by-phone/15551234567');
    expect(bad.status).toBe(422);
    expect(bad.json.detail[0]).toMatchObject({ type: 'string_pattern_mismatch', loc: ['path', 'phone_number'], input: '15551234567' });
  });

  it('treats the trailing slash as significant', async () => {
    expect((await call('GET', '/api/v1/calls/')).status).toBe(200);
    const noSlash = await call('GET', '/api/v1/calls');
    expect(noSlash.status).toBe(404);
    expect(noSlash.json).toEqual({ detail: 'Not Found' });
    expect((await call('GET', '/api/v1/assistants/')).status).toBe(404);
  });

  it('answers 404 for unknown paths and 405 with Allow for known paths', async () => {
    const nf = await call('GET', '/nope');
    expect(nf.status).toBe(404);
    expect(nf.json).toEqual({ detail: 'Not Found' });
    const na = await call('PATCH', '/api/v1/assistants/1');
    expect(na.status).toBe(405);
    expect(na.json).toEqual({ detail: 'Method Not Allowed' });
    expect(na.headers.get('allow')).toBe('DELETE, GET, PUT');
  });

  it('answers 400 for invalid percent-encoding', async () => {
    const r = await call('GET', '/api/v1/assistants/%E0%A4%A');
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ detail: 'Invalid percent-encoding in request path' });
  });

  it('answers HEAD like GET without a body', async () => {
    const r = await fetch(`${base}/api/v1/assistants/1`, { method: 'HEAD', headers: authHeaders });
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('');
  });
});

describe('CORS', () => {
  it('answers preflight requests permissively', async () => {
    const r = await fetch(`${base}/api/v1/assistants`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type, x-custom' },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(r.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = (r.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of ['authorization', 'content-type', 'idempotency-key', 'x-custom']) expect(allowed).toContain(h);
  });

  it('adds Access-Control-Allow-Origin and exposed headers to every response', async () => {
    const ok = await fetch(`${base}/api/v1/assistants`, { headers: { ...authHeaders, Origin: 'https://app.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(ok.headers.get('access-control-expose-headers')).toBe('Retry-After, X-Request-Id, Content-Disposition, Preference-Applied');
    const unauth = await fetch(`${base}/api/v1/assistants`);
    expect(unauth.headers.get('access-control-allow-origin')).toBe('*');
    const nf = await fetch(`${base}/missing`);
    expect(nf.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('responses', () => {
  it('serves binary content with a deterministic payload and declared headers', async () => {
    const r = await fetch(`${base}/api/v1/calls/1/recording/2/play`, { headers: authHeaders });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('audio/mpeg');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="playRecording.mp3"');
    expect(r.headers.get('accept-ranges')).toBe('bytes');
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(bytes.subarray(0, 3).toString('latin1')).toBe('ID3');
    const again = Buffer.from(await (await fetch(`${base}/api/v1/calls/1/recording/2/play`, { headers: authHeaders })).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
  });

  it('serves a string example of a text type as is', async () => {
    const r = await call('GET', '/api/v1/calls/export');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.text).toBe('Call ID,Status\n1,completed\n');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="exportCalls.csv"');
  });

  it('adds deterministic request ids, restarted by reset()', async () => {
    const a = await call('GET', '/api/v1/calls/stats');
    const b = await call('GET', '/api/v1/calls/stats');
    expect(a.headers.get('x-request-id')).toBe('mock-req-1');
    expect(b.headers.get('x-request-id')).toBe('mock-req-2');
    server.reset();
    expect((await call('GET', '/api/v1/calls/stats')).headers.get('x-request-id')).toBe('mock-req-1');
  });
});

describe('state', () => {
  it('seeds from the examples', async () => {
    const r = await call('GET', '/api/v1/assistants');
    expect(r.status).toBe(200);
    expect(r.json.map((a: any) => a.id)).toEqual([1, 2]);
  });

  it('answers a repeated read from what it sent, and every read after a change from the new state', async () => {
    const list = () => call('GET', '/api/v1/assistants');
    const one = () => call('GET', '/api/v1/assistants/1');
    expect((await list()).text).toBe((await list()).text);
    const before = (await one()).json;
    await call('PUT', '/api/v1/assistants/1', { body: { name: 'Renamed' } });
    expect((await one()).json).toMatchObject({ id: 1, name: 'Renamed' });
    expect((await one()).json.name).not.toBe(before.name);
    expect((await list()).json.find((a: any) => a.id === 1).name).toBe('Renamed');
    await call('POST', '/api/v1/assistants', { body: { name: 'Third' } });
    expect((await list()).json.map((a: any) => a.name)).toContain('Third');
    await call('DELETE', '/api/v1/assistants/1');
    expect((await one()).status).toBe(404);
    expect((await list()).json.map((a: any) => a.id)).not.toContain(1);
    server.reset();
    expect((await one()).json.name).toBe(before.name);
  });

  it('runs a CRUD round trip', async () => {
    const created = await call('POST', '/api/v1/assistants', { body: { name: 'New Bot', llm_settings: { model: 'claude' }, unknown_field: 1 } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ id: 3, name: 'New Bot', llm_settings: { model: 'claude' }, organization_id: 7 });
    expect(created.json).not.toHaveProperty('unknown_field');
    expect(created.json.created_at).toBe('2025-01-01T00:00:01Z');
    expect(created.json.updated_at).toBe(created.json.created_at);

    const read = await call('GET', '/api/v1/assistants/3');
    expect(read.json).toEqual(created.json);

    const updated = await call('PUT', '/api/v1/assistants/3', { body: { description: 'now described', llm_settings: { temperature: 0.2 } } });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id: 3, name: 'New Bot', description: 'now described', llm_settings: { model: 'claude', temperature: 0.2 } });
    expect(updated.json.updated_at).toBe('2025-01-01T00:00:02Z');
    expect(updated.json.created_at).toBe('2025-01-01T00:00:01Z');

    expect((await call('GET', '/api/v1/assistants')).json.map((a: any) => a.id)).toEqual([1, 2, 3]);

    const deleted = await call('DELETE', '/api/v1/assistants/3');
    expect(deleted.status).toBe(200);
    expect(deleted.json).toEqual({ success: true, message: 'Assistant deleted successfully' });

    const gone = await call('GET', '/api/v1/assistants/3');
    expect(gone.status).toBe(404);
    expect(gone.json).toEqual({ detail: 'Assistant not found' });
    expect((await call('DELETE', '/api/v1/assistants/3')).status).toBe(404);
    expect((await call('PUT', '/api/v1/assistants/3', { body: {} })).status).toBe(404);
  });

  it('does not mutate state on validation, auth or 404 failures', async () => {
    const before = server.snapshot('assistants');
    expect((await call('POST', '/api/v1/assistants', { body: { name: 5 } })).status).toBe(422);
    expect((await call('PUT', '/api/v1/assistants/1', { body: { name: '' } })).status).toBe(422);
    expect((await call('PUT', '/api/v1/assistants/1', { body: { name: 'Hijack' }, auth: false })).status).toBe(401);
    expect((await call('DELETE', '/api/v1/assistants/1', { auth: false })).status).toBe(401);
    expect((await call('PUT', '/api/v1/assistants/99', { body: { name: 'X' } })).status).toBe(404);
    expect(server.snapshot('assistants')).toEqual(before);
    const next = await call('POST', '/api/v1/assistants', { body: { name: 'After' } });
    expect(next.json.id).toBe(3);
  });

  it('updates item fields from same-named query parameters', async () => {
    const r = await call('PATCH', '/api/v1/assistants/1/status?is_active=false');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: 1, name: 'Support Bot', is_active: false, updated_at: '2025-01-01T00:00:01Z' });
    expect((await call('GET', '/api/v1/assistants/1')).json.is_active).toBe(false);
    const missing = await call('PATCH', '/api/v1/assistants/1/status');
    expect(missing.status).toBe(422);
    expect(missing.json.detail).toEqual([{ type: 'missing', loc: ['query', 'is_active'], msg: 'Field required', input: null }]);
  });

  it('filters lists by same-named query parameters', async () => {
    const active = await call('GET', '/api/v1/assistants?is_active=false');
    expect(active.json.map((a: any) => a.id)).toEqual([2]);
    const yes = await call('GET', '/api/v1/assistants?is_active=yes');
    expect(yes.json.map((a: any) => a.id)).toEqual([1]);
  });

  it('reset() restores the seed', async () => {
    await call('POST', '/api/v1/assistants', { body: { name: 'Temp' } });
    await call('DELETE', '/api/v1/assistants/1');
    expect((await call('GET', '/api/v1/assistants')).json.map((a: any) => a.id)).toEqual([2, 3]);
    server.reset();
    expect((await call('GET', '/api/v1/assistants')).json.map((a: any) => a.id)).toEqual([1, 2]);
    const again = await call('POST', '/api/v1/assistants', { body: { name: 'Temp' } });
    expect(again.json.created_at).toBe('2025-01-01T00:00:01Z');
  });

  it('answers 500 on a handler fault without half-changing state', async () => {
    const r = await call('POST', '/api/v1/broken', { body: { name: 'y' } });
    expect(r.status).toBe(500);
    expect(r.json).toEqual({ detail: 'Internal Server Error' });
    expect(errors.some((e) => e.includes('POST /api/v1/broken failed'))).toBe(true);
    expect(server.snapshot('broken')).toEqual([]);
    expect((await call('GET', '/api/v1/assistants')).status).toBe(200);
  });

  it('uses options.seed and options.clock', async () => {
    const seeded = createMockServer(model, { seed: { assistants: [{ id: 40, name: 'Seeded', created_at: 'x', updated_at: 'x' }] }, clock: () => new Date(Date.UTC(2030, 0, 2)) });
    const { url } = await seeded.listen(0);
    try {
      const list = await (await fetch(`${url}/api/v1/assistants`, { headers: authHeaders })).json();
      expect(list).toEqual([{ id: 40, name: 'Seeded', created_at: 'x', updated_at: 'x' }]);
      const created = await (
        await fetch(`${url}/api/v1/assistants`, { method: 'POST', headers: { ...authHeaders, 'Content-Type': 'application/json' }, body: '{"name":"N"}' })
      ).json();
      expect(created).toMatchObject({ id: 41, name: 'N', created_at: '2030-01-02T00:00:00Z' });
    } finally {
      await seeded.close();
    }
  });
});

describe('pagination', () => {
  it('slices bare-array offset lists', async () => {
    await call('POST', '/api/v1/assistants', { body: { name: 'Three' } });
    await call('POST', '/api/v1/assistants', { body: { name: 'Four' } });
    const page = await call('GET', '/api/v1/assistants?skip=1&limit=2');
    expect(page.json.map((a: any) => a.id)).toEqual([2, 3]);
    expect((await call('GET', '/api/v1/assistants?skip=3')).json.map((a: any) => a.id)).toEqual([4]);
    expect((await call('GET', '/api/v1/assistants?skip=10')).json).toEqual([]);
  });

  it('fills offset page objects (items, total, skip, limit)', async () => {
    const r = await call('GET', '/api/v1/calls/?skip=1&limit=1');
    expect(r.json).toEqual({ items: [{ id: 2, call_sid: 'CA2', status: 'failed', duration: 20 }], total: 3, skip: 1, limit: 1 });
    const filtered = await call('GET', '/api/v1/calls/?status=completed');
    expect(filtered.json.items.map((c: any) => c.id)).toEqual([1, 2, 3]);
  });

  it('fills page/per_page objects with a pagination block', async () => {
    const r = await call('GET', '/api/v1/campaigns/?page=2&per_page=2');
    expect(r.json).toEqual({
      campaigns: [{ id: 3, name: 'Autumn' }],
      pagination: { page: 2, per_page: 2, total_items: 3, total_pages: 2, has_next: false, has_prev: true },
    });
    const first = await call('GET', '/api/v1/campaigns/?per_page=2');
    expect(first.json.pagination).toMatchObject({ page: 1, has_next: true, has_prev: false });
    expect(first.json.campaigns).toHaveLength(2);
  });

  it('applies limit-only pagination', async () => {
    const r = await call('GET', '/v1/billing/statements?limit=2');
    expect(r.json).toEqual({ statements: [{ month: '2025-01' }, { month: '2025-02' }] });
  });
});

describe('robustness', () => {
  it('survives a malformed request line on a raw socket', async () => {
    const reply = await rawExchange(portOf(), 'THIS IS NOT HTTP\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    const binary = await rawExchange(portOf(), '\u0000\u0001\u0002\u00ff garbage \r\n\r\n');
    expect(binary).toMatch(/^HTTP\/1\.1 400/);
    expect((await call('GET', '/api/v1/calls/stats')).status).toBe(200);
  });

  it('survives a request target that is not a path', async () => {
    const reply = await rawExchange(portOf(), 'GET nonsense HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(reply).toContain('{"detail":"Bad Request"}');
  });

  it('answers 413 above 10 MB (declared length)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/api/v1/assistants`, {
        method: 'POST',
        headers: { ...authHeaders, 'Content-Type': 'application/json', 'Content-Length': String(11 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => {
          expect(JSON.parse(text)).toEqual({ detail: 'Request body too large' });
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(status).toBe(413);
    expect(server.snapshot('assistants')).toHaveLength(2);
  });

  it('answers 413 above 10 MB (chunked body)', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 0x20);
    const res = await fetch(`${base}/api/v1/assistants`, {
      method: 'POST',
      headers: { ...authHeaders, 'Content-Type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit).catch(() => undefined);
    if (res) expect(res.status).toBe(413);
    expect((await call('GET', '/api/v1/calls/stats')).status).toBe(200);
  });

  it('survives a client that goes away mid-body', async () => {
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${base}/api/v1/assistants`, {
        method: 'POST',
        headers: { ...authHeaders, 'Content-Type': 'application/json', 'Content-Length': '1000' },
      });
      req.on('error', () => resolve());
      req.write('{"name": "par');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    await new Promise((r) => setTimeout(r, 50));
    expect((await call('GET', '/api/v1/calls/stats')).status).toBe(200);
    expect(server.snapshot('assistants')).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('survives a throwing logger', async () => {
    const noisy = createMockServer(model, {
      logger: {
        info: () => {
          throw new Error('logger down');
        },
        error: () => {
          throw new Error('logger down');
        },
      },
    });
    const { url } = await noisy.listen(0);
    try {
      expect((await fetch(`${url}/api/v1/calls/stats`, { headers: authHeaders })).status).toBe(200);
      expect((await fetch(`${url}/api/v1/broken`, { method: 'POST', headers: authHeaders })).status).toBe(500);
      expect((await fetch(`${url}/api/v1/calls/stats`, { headers: authHeaders })).status).toBe(200);
    } finally {
      await noisy.close();
    }
  });

  it('can be mounted on another node:http server through handle()', async () => {
    const { createServer } = await import('node:http');
    const outer = createServer((req, res) => void server.handle(req, res));
    await new Promise<void>((r) => outer.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (outer.address() as { port: number }).port;
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/assistants/1`, { headers: authHeaders });
      expect((await r.json()).name).toBe('Support Bot');
    } finally {
      await new Promise((r) => outer.close(r));
    }
  });

  it('handles many concurrent requests', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => call('POST', '/api/v1/assistants', { body: { name: `Bot ${i}` } })));
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.json.id)).size).toBe(50);
  });
});

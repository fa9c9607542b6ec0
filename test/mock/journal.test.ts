/**
 * The mock's request journal (`server.requests()`): what a client sent, for end-to-end assertions on headers,
 * multipart parts and query strings, without ever keeping credentials.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../templates/mock/runtime/index.js';
import { authHeaders, model, TOKEN } from './fixture.js';

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

describe('request journal', () => {
  it('records method, path, raw query, operation, status and headers with credentials redacted', async () => {
    const res = await fetch(`${base}/api/v1/assistants?skip=1&limit=2`, {
      headers: { ...authHeaders, Cookie: 'session=abc', 'X-Trace': 'one' },
    });
    expect(res.status).toBe(200);
    const [entry, ...rest] = server.requests();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ operationId: 'listAssistants', method: 'GET', path: '/api/v1/assistants', query: 'skip=1&limit=2', status: 200 });
    expect(entry?.headers['x-trace']).toBe('one');
    expect(entry?.headers['authorization']).toBe('[redacted]');
    expect(entry?.headers['cookie']).toBe('[redacted]');
    expect(JSON.stringify(entry)).not.toContain(TOKEN);
    expect(entry).not.toHaveProperty('body');
  });

  it('records the parsed JSON body and request headers such as Idempotency-Key', async () => {
    const res = await fetch(`${base}/sms/send`, {
      method: 'POST',
      headers: { ...authHeaders, 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' },
      body: JSON.stringify({ to: '+1555', message: 'hi' }),
    });
    expect(res.status).toBe(200);
    const entry = server.requests().at(-1);
    expect(entry?.operationId).toBe('sendSms');
    expect(entry?.headers['idempotency-key']).toBe('k-1');
    expect(entry?.body).toEqual({ to: '+1555', message: 'hi' });
  });

  it('records multipart fields, with each file part as filename, content type and size', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(5)], { type: 'application/pdf' }), 'faq.pdf');
    form.append('name', 'FAQ');
    const res = await fetch(`${base}/api/v1/assistants/1/documents/upload`, { method: 'POST', headers: authHeaders, body: form });
    expect(res.status).toBe(200);
    const entry = server.requests().at(-1);
    expect(entry?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(entry?.body).toEqual({ file: { filename: 'faq.pdf', content_type: 'application/pdf', size: 5 }, name: 'FAQ' });
  });

  it('records url-encoded fields', async () => {
    await fetch(`${base}/api/v1/phone-numbers/organization/add-verified-caller-id`, {
      method: 'POST',
      headers: { ...authHeaders, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'phone_number=%2B15551234567&friendly_name=Desk',
    });
    expect(server.requests().at(-1)?.body).toEqual({ phone_number: '+15551234567', friendly_name: 'Desk' });
  });

  it('records rejected requests too: a 422 keeps its body, a 401 and an unknown route have none', async () => {
    await fetch(`${base}/api/v1/assistants`, {
      method: 'POST',
      headers: { ...authHeaders, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 5 }),
    });
    await fetch(`${base}/api/v1/assistants`, { headers: { Authorization: 'Bearer wrong' } });
    await fetch(`${base}/nowhere`, { headers: authHeaders });
    const [invalid, unauthorized, unknown] = server.requests();
    expect(invalid).toMatchObject({ operationId: 'createAssistant', status: 422, body: { name: 5 } });
    expect(unauthorized).toMatchObject({ operationId: 'listAssistants', status: 401 });
    expect(unauthorized).not.toHaveProperty('body');
    expect(unknown).toMatchObject({ path: '/nowhere', status: 404 });
    expect(unknown).not.toHaveProperty('operationId');
    expect(JSON.stringify(server.requests())).not.toContain('wrong');
  });

  it('hands out copies, is cleared by reset() and keeps only the most recent journalSize entries', async () => {
    await fetch(`${base}/api/v1/assistants`, { headers: authHeaders });
    const copy = server.requests();
    (copy[0] as { status: number }).status = 999;
    expect(server.requests()[0]?.status).toBe(200);
    server.reset();
    expect(server.requests()).toEqual([]);

    const small = createMockServer(model, { tokens: [TOKEN], journalSize: 2 });
    const { url } = await small.listen(0);
    try {
      for (const id of [1, 2, 3]) await fetch(`${url}/api/v1/assistants/${id}`, { headers: authHeaders });
      expect(small.requests().map((r) => r.path)).toEqual(['/api/v1/assistants/2', '/api/v1/assistants/3']);
      // Past the end of the ring more than once: still the newest two, oldest first.
      for (const id of [4, 5, 6]) await fetch(`${url}/api/v1/assistants/${id}`, { headers: authHeaders });
      expect(small.requests().map((r) => r.path)).toEqual(['/api/v1/assistants/5', '/api/v1/assistants/6']);
    } finally {
      await small.close();
    }
    const none = createMockServer(model, { journalSize: 0 });
    const { url: noneUrl } = await none.listen(0);
    try {
      await fetch(`${noneUrl}/api/v1/assistants`, { headers: authHeaders });
      expect(none.requests()).toEqual([]);
    } finally {
      await none.close();
    }
  });
});

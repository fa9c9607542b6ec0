import { describe, expect, it } from 'vitest';
import {
  APIPromise,
  binaryResult,
  emptyResult,
  textResult,
  apiCall,
  asResponse,
  withResponse,
  SDKError,
  ServerError,
  binaryBody,
  formBody,
  multipartBody,
  rawRequest,
  textBody,
  toFile,
} from '../../templates/client/runtime/index.js';
import type { Shape } from '../../templates/client/runtime/operation.js';
import { API_KEY, BASE_URL, fakeFetch, json, makeClient, op } from './helpers.js';

// Every key follows the default rule; `column_mappings` is free-form (`null`), so its keys are user data.
const Upload: Shape = { props: { column_mappings: null } };
const UploadResult: Shape = {};

const uploadDocument = op({
  method: 'POST',
  path: '/api/v1/assistants/{assistant_id}/documents/upload',
  body: { encode: multipartBody, shape: Upload },
  shape: UploadResult,
});

/** Serialises a recorded FormData body the way fetch would, to inspect the multipart text. */
async function multipartText(
  body: BodyInit | null | undefined,
): Promise<{ text: string; contentType: string }> {
  const request = new Request('https://x.test', { method: 'POST', body: body ?? null });
  return { text: await request.text(), contentType: request.headers.get('content-type') ?? '' };
}

describe('multipart bodies', () => {
  it('encodes a Blob with a file name, other fields as text and objects as JSON', async () => {
    const { fetch, requests } = fakeFetch(() => json({ document_id: 5 }));
    const result = await makeClient(fetch).call(uploadDocument, [1], {
      file: toFile(new Blob(['hello world'], { type: 'text/plain' }), 'notes.txt'),
      displayName: 'Notes',
      columnMappings: { 'Phone Number': 'phone_number' },
      tags: ['a', 'b'],
      count: 3,
      missing: undefined,
      extraNote: 'n',
    });
    expect(result).toEqual({ documentId: 5 });
    const [request] = requests;
    expect(request?.headers.has('content-type')).toBe(false); // fetch adds the boundary
    expect(request?.body).toBeInstanceOf(FormData);
    const form = request?.body as FormData;
    const file = form.get('file') as File;
    expect(file).toBeInstanceOf(Blob);
    expect(file.name).toBe('notes.txt');
    expect(file.type).toBe('text/plain');
    expect(await file.text()).toBe('hello world');
    expect(form.get('display_name')).toBe('Notes');
    expect(form.get('column_mappings')).toBe('{"Phone Number":"phone_number"}');
    expect(form.getAll('tags')).toEqual(['a', 'b']);
    expect(form.get('count')).toBe('3');
    expect(form.has('missing')).toBe(false);
    expect(form.get('extra_note')).toBe('n');
    const { text, contentType } = await multipartText(request?.body);
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(text).toContain('Content-Disposition: form-data; name="file"; filename="notes.txt"');
    expect(text).toContain('hello world');
  });

  it('accepts File, Uint8Array, ArrayBuffer and async iterables as file parts', async () => {
    const { fetch, requests } = fakeFetch(() => json({}));
    const client = makeClient(fetch);
    async function* chunks() {
      yield new TextEncoder().encode('chunk-1,');
      yield 'chunk-2';
    }
    await client.call(uploadDocument, [1], {
      file: new File(['pdf'], 'doc.pdf', { type: 'application/pdf' }),
    });
    await client.call(uploadDocument, [1], { file: new Uint8Array([104, 105]) });
    await client.call(uploadDocument, [1], {
      file: toFile(new Uint8Array([1, 2]).buffer, 'a.bin', { type: 'application/octet-stream' }),
    });
    await client.call(uploadDocument, [1], { file: toFile(chunks(), 'stream.csv') });
    await client.call(uploadDocument, [1], { file: toFile(new Blob(['x']).stream(), 'web.txt') });
    const files = requests.map((r) => (r.body as FormData).get('file') as File);
    expect(files.map((f) => f.name)).toEqual(['doc.pdf', 'blob', 'a.bin', 'stream.csv', 'web.txt']);
    expect(files[0]?.type).toBe('application/pdf');
    expect(await files[1]?.text()).toBe('hi');
    expect(files[2]?.type).toBe('application/octet-stream');
    expect(await files[3]?.text()).toBe('chunk-1,chunk-2');
    expect(await files[4]?.text()).toBe('x');
  });
});

describe('form-encoded bodies', () => {
  it('uses URLSearchParams with wire names', async () => {
    const addCallerId = op({
      method: 'POST',
      path: '/api/v1/phone-numbers/organization/add-verified-caller-id',
      body: { encode: formBody, shape: {} },
    });
    const { fetch, requests } = fakeFetch(() => json({}));
    await makeClient(fetch).call(addCallerId, [], { phoneNumber: '+15551234567', friendlyName: 'Main line' });
    expect(requests[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(String(requests[0]?.body)).toBe('phone_number=%2B15551234567&friendly_name=Main+line');
    // A content type from the spec that differs from the encoder's default is sent as written.
    const withCharset = op({
      ...addCallerId,
      body: { encode: formBody, contentType: 'application/x-www-form-urlencoded; charset=utf-8', shape: {} },
    });
    await makeClient(fetch).call(withCharset, [], { phoneNumber: '+1' });
    expect(requests[1]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded; charset=utf-8');
    expect(String(requests[1]?.body)).toBe('phone_number=%2B1');
  });
});

describe('response kinds', () => {
  const playRecording = op({
    path: '/api/v1/calls/{call_id}/recording/{recording_id}/play',
    decode: binaryResult,
  });
  const exportTranscripts = op({
    path: '/api/v1/calls/{call_id}/transcripts/export',
    query: ['format'],
    decode: textResult,
  });
  const deleteTrunk = op({
    method: 'DELETE',
    path: '/api/v1/sip-trunks/{trunk_id}',
    decode: emptyResult,
  });

  it('binary → Blob, never JSON-parsed', async () => {
    const bytes = new Uint8Array([0xff, 0xfb, 0x90, 0x00, 0x7b]);
    const { fetch, requests } = fakeFetch(
      () => new Response(bytes, { headers: { 'content-type': 'audio/mpeg' } }),
    );
    const blob = await makeClient(fetch).call<Blob>(playRecording, [1, 2]);
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('audio/mpeg');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(requests[0]?.headers.has('accept')).toBe(false);
    expect(requests[0]?.url).toBe(`${BASE_URL}/api/v1/calls/1/recording/2/play`);
  });

  it('binary with a JSON-looking body is still a Blob', async () => {
    const { fetch } = fakeFetch(() => json({ status: 'processing' }, 202, { 'retry-after': '10' }));
    const blob = await makeClient(fetch).call<Blob>(playRecording, [1, 2]);
    expect(blob).toBeInstanceOf(Blob);
    expect(await blob.text()).toBe('{"status":"processing"}');
  });

  it('text → string, never JSON-parsed', async () => {
    const { fetch, urls } = fakeFetch(
      () =>
        new Response('{"call_id": 1, "not": "parsed"}', { headers: { 'content-type': 'application/json' } }),
    );
    const body = await makeClient(fetch).call<string>(exportTranscripts, [1], { format: 'json' });
    expect(body).toBe('{"call_id": 1, "not": "parsed"}');
    expect(urls()).toEqual([`${BASE_URL}/api/v1/calls/1/transcripts/export?format=json`]);
    const csv = fakeFetch(
      () => new Response('speaker,content\nuser,héllo', { headers: { 'content-type': 'text/csv' } }),
    );
    await expect(makeClient(csv.fetch).call(exportTranscripts, [1], { format: 'csv' })).resolves.toBe(
      'speaker,content\nuser,héllo',
    );
  });

  it('empty → undefined', async () => {
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 204 }));
    await expect(makeClient(fetch).call(deleteTrunk, ['8f1c'])).resolves.toBeUndefined();
    expect(requests[0]?.method).toBe('DELETE');
  });
});

describe('APIPromise', () => {
  const getAssistant = op({
    path: '/api/v1/assistants/{assistant_id}',
    shape: {},
  });

  it('is a Promise and supports withResponse()', async () => {
    const { fetch, requests } = fakeFetch(() => json({ is_active: true }, 200, { 'x-request-id': 'req_1' }));
    const promise = apiCall(makeClient(fetch), getAssistant, [1]);
    expect(promise).toBeInstanceOf(APIPromise);
    expect(promise).toBeInstanceOf(Promise);
    const { data, response } = await promise.withResponse();
    expect(data).toEqual({ isActive: true });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await promise).toEqual({ isActive: true });
    expect(requests).toHaveLength(1);
  });

  it('asResponse() called right away leaves the body unread', async () => {
    const { fetch } = fakeFetch(() => json({ is_active: true }));
    const response = await apiCall(makeClient(fetch), getAssistant, [1]).asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ is_active: true });
  });

  it('asResponse() called late returns a readable copy', async () => {
    const { fetch } = fakeFetch(() => json({ is_active: false }));
    const promise = apiCall(makeClient(fetch), getAssistant, [1]);
    expect(await promise).toEqual({ isActive: false });
    const response = await promise.asResponse();
    expect(await response.text()).toBe('{"is_active":false}');
  });

  it('rejects through catch/finally and asResponse on errors', async () => {
    const { fetch } = fakeFetch(() => json({ detail: 'boom' }, 500));
    const client = makeClient(fetch, { maxRetries: 0 });
    let finallyCalled = false;
    const caught = await apiCall(client, getAssistant, [1])
      .finally(() => {
        finallyCalled = true;
      })
      .catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(ServerError);
    expect(finallyCalled).toBe(true);
    await expect(apiCall(client, getAssistant, [1]).asResponse()).rejects.toBeInstanceOf(ServerError);
    await expect(Promise.all([apiCall(client, getAssistant, [1])])).rejects.toBeInstanceOf(ServerError);
  });
});

describe('standalone calls: plain promises, raw access through withResponse / asResponse', () => {
  const getAssistant = op({ path: '/api/v1/assistants/{assistant_id}', shape: {} });

  it('resolve with the decoded value; withResponse adds the response of the same request', async () => {
    const { fetch, requests } = fakeFetch(() => json({ is_active: true }, 200, { 'x-request-id': 'req_2' }));
    const promise = makeClient(fetch).call(getAssistant, [1]);
    expect(promise).not.toBeInstanceOf(APIPromise);
    const { data, response } = await withResponse(promise);
    expect(data).toEqual({ isActive: true });
    expect(response.headers.get('x-request-id')).toBe('req_2');
    expect(await promise).toBe(data);
    expect(requests).toHaveLength(1);
  });

  it('asResponse gives a readable copy, also of a body that does not decode, without an unhandled rejection', async () => {
    const { fetch } = fakeFetch(() => new Response('id,name\n1,a\n', { status: 200, headers: { 'content-type': 'text/csv' } }));
    const response = await asResponse(makeClient(fetch).call(getAssistant, [1]));
    expect(await response.text()).toBe('id,name\n1,a\n');
    expect(response.headers.get('content-type')).toBe('text/csv');
  });

  it('errors reject both, and promises the SDK did not make are refused by name', async () => {
    const { fetch } = fakeFetch(() => json({ detail: 'boom' }, 500));
    const client = makeClient(fetch, { maxRetries: 0 });
    await expect(withResponse(client.call(getAssistant, [1]))).rejects.toBeInstanceOf(ServerError);
    await expect(asResponse(client.call(getAssistant, [1]))).rejects.toBeInstanceOf(ServerError);
    const derived = client.call(getAssistant, [1]).then((value) => value);
    derived.catch(() => undefined);
    expect(() => withResponse(derived)).toThrow('withResponse() takes the promise an SDK function returned, unchanged');
    expect(() => asResponse(Promise.resolve(1))).toThrow(SDKError);
  });

  it('the helpers pass the client class\'s promises on to their own methods', async () => {
    const { fetch } = fakeFetch(() => json({ is_active: false }));
    const promise = apiCall(makeClient(fetch), getAssistant, [1]);
    const response = await asResponse(promise);
    expect(response.bodyUsed).toBe(false);
    expect((await withResponse(promise)).data).toEqual({ isActive: false });
  });
});

describe('rawRequest() escape hatch', () => {
  it('sends auth, query and a JSON body without renaming keys, and decodes by content type', async () => {
    const { fetch, requests } = fakeFetch(() => json({ some_key: 1 }));
    const client = makeClient(fetch);
    const data = await rawRequest(client, 'POST', '/api/v1/custom', {
      query: { dry_run: true, ids: [1, 2] },
      body: { snake_key: { Inner: 1 } },
    });
    expect(data).toEqual({ some_key: 1 });
    const [request] = requests;
    expect(request?.url).toBe(`${BASE_URL}/api/v1/custom?dry_run=true&ids=1&ids=2`);
    expect(request?.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.body).toBe('{"snake_key":{"Inner":1}}');
  });

  it('supports auth:false, text and binary responses, and errors', async () => {
    const { fetch, requests } = fakeFetch((req) => {
      if (req.url.endsWith('/text'))
        return new Response('plain', { headers: { 'content-type': 'text/plain' } });
      if (req.url.endsWith('/bin'))
        return new Response(new Uint8Array([1]), { headers: { 'content-type': 'audio/wav' } });
      if (req.url.endsWith('/none')) return new Response(null, { status: 204 });
      return json({ detail: 'nope' }, 404);
    });
    const client = makeClient(fetch, { apiKey: undefined });
    await expect(rawRequest(client, 'GET', '/text', { auth: false })).resolves.toBe('plain');
    await expect(rawRequest(client, 'GET', 'bin', { auth: false })).resolves.toBeInstanceOf(Blob);
    await expect(rawRequest(client, 'DELETE', '/none', { auth: false })).resolves.toBeUndefined();
    await expect(rawRequest(client, 'GET', '/missing', { auth: false })).rejects.toMatchObject({
      status: 404,
      path: '/missing',
      method: 'GET',
    });
    await expect(rawRequest(client, 'GET', '/needs-auth')).rejects.toThrow(/requires an API key/);
    expect(requests.map((r) => r.url)).toEqual([
      `${BASE_URL}/text`,
      `${BASE_URL}/bin`,
      `${BASE_URL}/none`,
      `${BASE_URL}/missing`,
    ]);
    expect(requests.every((r) => !r.headers.has('authorization'))).toBe(true);
  });
});

describe('logger', () => {
  it('is called once per attempt with the path template and never headers or the key', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    const { fetch } = fakeFetch((_req, index) => (index === 0 ? json({}, 503) : json({ ok: true })));
    const getByPhone = op({
      path: '/api/v1/assistants/by-phone/{phone_number}',
      query: ['q'],
    });
    let tick = 0;
    const client = makeClient(fetch, {
      logger: { debug: (message, data) => calls.push([message, data]) },
      _internal: { now: () => (tick += 10) },
    });
    await client.call(getByPhone, ['+15551234567'], { q: 'secret-query' });
    expect(calls).toEqual([
      [
        'http attempt',
        {
          method: 'GET',
          path: '/api/v1/assistants/by-phone/{phone_number}',
          status: 503,
          attempt: 1,
          durationMs: expect.any(Number),
          retryInMs: 250,
        },
      ],
      [
        'http attempt',
        {
          method: 'GET',
          path: '/api/v1/assistants/by-phone/{phone_number}',
          status: 200,
          attempt: 2,
          durationMs: expect.any(Number),
        },
      ],
    ]);
    const dump = JSON.stringify(calls);
    expect(dump).not.toContain(API_KEY);
    expect(dump).not.toContain('secret-query');
    expect(dump).not.toContain('15551234567');
  });

  it('a throwing logger does not break requests', async () => {
    const { fetch } = fakeFetch(() => json({ ok: 1 }));
    const client = makeClient(fetch, {
      logger: {
        debug: () => {
          throw new Error('logger broke');
        },
      },
    });
    await expect(rawRequest(client, 'GET', '/x')).resolves.toEqual({ ok: 1 });
  });
});

describe('raw binary and text request bodies', () => {
  const putAudio = op({ method: 'PUT', path: '/audio/{id}', body: { encode: binaryBody, contentType: 'audio/wav', whole: 'body' }, decode: emptyResult });
  const putImage = op({ method: 'PUT', path: '/image', body: { encode: binaryBody, contentType: 'image/*', whole: 'body' }, decode: emptyResult });
  const putNote = op({ method: 'PUT', path: '/note', body: { encode: textBody, contentType: 'text/csv', whole: 'body' }, decode: emptyResult });

  async function sent(request: { body: BodyInit | null | undefined; headers: Headers }) {
    const bytes = new Uint8Array(await new Response(request.body ?? null).arrayBuffer());
    return { bytes: [...bytes], contentType: request.headers.get('content-type') };
  }

  it('sends bytes as they are (Uint8Array, Blob, a web stream, an async iterable), with the exact spec type', async () => {
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 204 }));
    const client = makeClient(fetch);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2]));
        controller.enqueue(new Uint8Array([3]));
        controller.close();
      },
    });
    async function* chunks() {
      yield new Uint8Array([1]);
      yield new Uint8Array([2, 3]);
    }
    for (const body of [new Uint8Array([1, 2, 3]), new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/mpeg' }), stream, chunks()]) {
      await client.call(putAudio, [7], { body });
    }
    expect(requests.map((request) => request.url)).toEqual(Array(4).fill(`${BASE_URL}/audio/7`));
    for (const request of requests) expect(await sent(request)).toEqual({ bytes: [1, 2, 3], contentType: 'audio/wav' });
  });

  it('a content-type range takes the file type (toFile or Blob), and is left out when the file has none', async () => {
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 204 }));
    const client = makeClient(fetch);
    await client.call(putImage, [], { body: toFile(new Uint8Array([9]), 'a.png', { type: 'image/png' }) });
    await client.call(putImage, [], { body: new Uint8Array([9]) });
    expect(await sent(requests[0]!)).toEqual({ bytes: [9], contentType: 'image/png' });
    // No JSON and no range: the client sets no Content-Type for a Blob without a type.
    expect(await sent(requests[1]!)).toEqual({ bytes: [9], contentType: null });
  });

  it('text bodies are sent as text with the spec type; objects are refused for both, before any request', async () => {
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 204 }));
    const client = makeClient(fetch);
    await client.call(putNote, [], { body: 'a,b\n1,2\n' });
    expect(await sent(requests[0]!)).toEqual({ bytes: [...new TextEncoder().encode('a,b\n1,2\n')], contentType: 'text/csv' });
    const binaryError = await client.call(putAudio, [7], { body: { not: 'bytes' } }).catch((error: unknown) => error);
    expect(binaryError).toBeInstanceOf(SDKError);
    expect((binaryError as Error).message).toBe('PUT /audio/{id}: the body must be file data (Blob, ArrayBuffer, typed array, stream or toFile(...)), got object.');
    const textError = await client.call(putNote, [], { body: { not: 'text' } }).catch((error: unknown) => error);
    expect((textError as Error).message).toBe('PUT /note: the body must be text, got object.');
    expect(requests).toHaveLength(1);
  });
});

describe('fileParams (a file argument followed by its name or the params)', () => {
  it('names the file with a string, keeps params objects, and leaves a missing file missing', async () => {
    const { fileParams, FileUpload } = await import('../../templates/client/runtime/uploads.js');
    const blob = new Blob(['x']);
    const named = fileParams('file', blob, 'faq.pdf');
    expect(named['file']).toBeInstanceOf(FileUpload);
    expect((named['file'] as InstanceType<typeof FileUpload>).filename).toBe('faq.pdf');
    const params = { name: 'FAQ' };
    expect(fileParams('file', blob, params)).toEqual({ name: 'FAQ', file: blob });
    expect(params).toEqual({ name: 'FAQ' }); // the caller's object is not changed
    expect(fileParams('file', blob, undefined)).toEqual({ file: blob });
    expect(fileParams('file', undefined, 'faq.pdf')).toEqual({ file: undefined });
  });
});

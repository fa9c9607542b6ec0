/**
 * The per-call escape hatch for what the SDK's closed types do not declare: `extraQuery` and `extraBody` travel
 * as given (wire names, values not renamed), on operations with and without declared parameters, and on every
 * page of a list.
 */
import { describe, expect, it } from 'vitest';
import { list, SDKError } from '../../templates/client/runtime/index.js';
import { multipartBody } from '../../templates/client/runtime/uploads.js';
import { BASE_URL, fakeFetch, json, makeClient, op, shapes } from './helpers.js';

const createAssistant = op({ method: 'POST', path: '/api/v1/assistants', query: ['dry_run'], body: { shape: shapes.Assistant } });
const getProviders = op({ path: '/api/v1/assistants/providers' });
const start = op({ method: 'POST', path: '/api/v1/campaigns/{campaign_id}/start' });
const listAll = op({ path: '/api/v1/assistants', query: ['skip', 'limit'], pagination: { style: 'offset', offsetParam: 'skip', limitParam: 'limit' } });
const upload = op({ method: 'POST', path: '/upload', body: { encode: multipartBody, contentType: 'multipart/form-data' } });
const bulk = op({ method: 'POST', path: '/bulk', body: { whole: 'body' } });

function bodyOf(body: unknown): unknown {
  return JSON.parse(String(body));
}

describe('extraBody', () => {
  it('joins the renamed body as given: wire names, nested keys untouched, winning over the params', async () => {
    const { fetch, requests } = fakeFetch();
    await makeClient(fetch).call(createAssistant, [], { name: 'a', llmSettings: { systemPrompt: 'x' } }, {
      extraBody: { beta_flag: true, name: 'b', nested_thing: { keep_me: 1 } },
    });
    expect(bodyOf(requests[0]?.body)).toEqual({ name: 'b', llm_settings: { system_prompt: 'x' }, beta_flag: true, nested_thing: { keep_me: 1 } });
  });

  it('is the JSON body of an operation that declares none', async () => {
    const { fetch, requests } = fakeFetch();
    await makeClient(fetch).call(start, [7], undefined, { extraBody: { dry_run: true } });
    expect(requests[0]?.url).toBe(`${BASE_URL}/api/v1/campaigns/7/start`);
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(bodyOf(requests[0]?.body)).toEqual({ dry_run: true });
  });

  it('joins a multipart body as more fields', async () => {
    const { fetch, requests } = fakeFetch();
    await makeClient(fetch).call(upload, [], { file: new Blob(['x']) }, { extraBody: { chunk_size: 200 } });
    const form = requests[0]?.body as FormData;
    expect(form.get('chunk_size')).toBe('200');
    expect(form.get('file')).toBeInstanceOf(Blob);
  });

  it('is refused, before any request, where the body is not an object', async () => {
    const { fetch, requests } = fakeFetch();
    const error = await makeClient(fetch).call(bulk, [], { body: [1, 2] }, { extraBody: { x: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SDKError);
    expect((error as Error).message).toBe('POST /bulk: extraBody needs an object body.');
    expect(requests).toHaveLength(0);
  });
});

describe('extraQuery', () => {
  it('adds undeclared parameters and replaces a declared one of the same wire name', async () => {
    const { fetch, requests } = fakeFetch();
    await makeClient(fetch).call(createAssistant, [], { name: 'a', dryRun: false }, { extraQuery: { dry_run: true, trace_id: 'T 1', tags: ['a', 'b'] } });
    expect(requests[0]?.url).toBe(`${BASE_URL}/api/v1/assistants?dry_run=true&trace_id=T+1&tags=a&tags=b`);
  });

  it('works on an operation without declared parameters (no encoder bundled)', async () => {
    const { fetch, requests } = fakeFetch();
    await makeClient(fetch).call(getProviders, [], undefined, { extraQuery: { region: 'eu', skip: null, ids: [1, 2] } });
    expect(requests[0]?.url).toBe(`${BASE_URL}/api/v1/assistants/providers?region=eu&ids=1&ids=2`);
    expect(requests[0]?.body ?? undefined).toBeUndefined();
  });

  it('is sent with every page of a list, under the page parameters', async () => {
    const { fetch, urls } = fakeFetch((_request, index) => json(index === 0 ? [{ id: 1 }, { id: 2 }] : []));
    const seen: unknown[] = [];
    for await (const item of list(makeClient(fetch), listAll, [], { limit: 2 }, { extraQuery: { region: 'eu' } })) seen.push(item);
    expect(seen).toHaveLength(2);
    expect(urls()).toEqual([`${BASE_URL}/api/v1/assistants?limit=2&region=eu`, `${BASE_URL}/api/v1/assistants?skip=2&limit=2&region=eu`]);
  });
});

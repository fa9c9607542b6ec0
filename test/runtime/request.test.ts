import { afterEach, describe, expect, it } from 'vitest';
import { BaseClient, emptyResult, SDKError, operationUrl, rawRequest, type Credential } from '../../templates/client/runtime/index.js';
import { basicAuth, headerKey, queryKey } from '../../templates/client/runtime/credentials.js';
import { encodePathSegment } from '../../templates/client/runtime/encoding.js';
import { API_KEY, BASE_URL, fakeFetch, json, makeClient, op, shapes } from './helpers.js';

const listAssistants = op({
  path: '/api/v1/assistants',
  // Plain wire names take the default SDK name (`active_only` → `activeOnly`); `status` is renamed explicitly.
  query: ['active_only', 'include_stats', 'skip', 'limit', { wire: 'status', name: 'statusIn' }, 'date_from'],
  shape: shapes.AssistantList,
});
const getAssistant = op({
  path: '/api/v1/assistants/{assistant_id}',
  shape: shapes.Assistant,
});
const getByPhone = op({
  path: '/api/v1/assistants/by-phone/{phone_number}',
});
const getProviders = op({ path: '/api/v1/assistants/providers', auth: false });
const updateAssistant = op({
  method: 'PUT',
  path: '/api/v1/assistants/{assistant_id}',
  query: ['dry_run'],
  headers: [{ wire: 'Idempotency-Key', name: 'idempotencyKey' }],
  // JSON by default: no encoder and no content type.
  body: { shape: shapes.Assistant },
  shape: shapes.Assistant,
});

describe('call(): auth and headers', () => {
  it('sends the bearer token, Accept and User-Agent', async () => {
    const { fetch, requests } = fakeFetch(() => json({ id: 1, is_active: true }));
    const result = await makeClient(fetch).call(getAssistant, [1]);
    expect(result).toEqual({ id: 1, isActive: true });
    const [request] = requests;
    expect(request?.url).toBe(`${BASE_URL}/api/v1/assistants/1`);
    expect(request?.method).toBe('GET');
    expect(request?.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.headers.get('user-agent')).toBe('burki-sdk-ts/test');
    expect(request?.headers.has('content-type')).toBe(false);
    expect(request?.body ?? undefined).toBeUndefined();
  });

  it('omits the Authorization header for auth:false operations', async () => {
    const { fetch, requests } = fakeFetch(() => json({ providers: [] }));
    await makeClient(fetch).call(getProviders, []);
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('sends the bearer token by default and none for the same request with auth: false', async () => {
    const { fetch, requests } = fakeFetch();
    const client = makeClient(fetch);
    const path = '/api/v1/assistants/providers';
    await client.call(op({ path }), []);
    await client.call(op({ path, auth: false }), []);
    expect(requests.map((r) => r.url)).toEqual([`${BASE_URL}${path}`, `${BASE_URL}${path}`]);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual([`Bearer ${API_KEY}`, null]);
  });

  it('needs a key only for authenticated operations, and says how to pass it', async () => {
    const { fetch, requests } = fakeFetch(() => json({}));
    const client = makeClient(fetch, { apiKey: undefined });
    await expect(client.call(getProviders, [])).resolves.toEqual({});
    const error = await client.call(getAssistant, [1]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SDKError);
    expect((error as Error).message).toContain("new BurkiClient({ apiKey: '...' })");
    expect((error as Error).message).toContain('BURKI_TEST_API_KEY');
    expect(requests).toHaveLength(1);
  });

  describe('environment fallback', () => {
    afterEach(() => {
      delete process.env['BURKI_TEST_API_KEY'];
    });
    it('reads the key from the configured environment variable', async () => {
      process.env['BURKI_TEST_API_KEY'] = 'env_key_abcdef';
      const { fetch, requests } = fakeFetch();
      await makeClient(fetch, { apiKey: undefined }).call(getAssistant, [1]);
      expect(requests[0]?.headers.get('authorization')).toBe('Bearer env_key_abcdef');
    });
  });

  it('merges defaultHeaders and per-call headers; null removes a header', async () => {
    const { fetch, requests } = fakeFetch();
    const client = makeClient(fetch, { defaultHeaders: { 'X-Team': 'a', 'X-Drop': 'x' } });
    await client.call(getAssistant, [1], undefined, {
      headers: { 'X-Team': 'b', 'X-Drop': null, 'User-Agent': null },
    });
    expect(requests[0]?.headers.get('x-team')).toBe('b');
    expect(requests[0]?.headers.has('x-drop')).toBe(false);
    expect(requests[0]?.headers.has('user-agent')).toBe(false);
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
  });

  it('uses the default base URL and strips trailing slashes', async () => {
    const { fetch, requests } = fakeFetch();
    await new BaseClient({ apiKey: 'k', fetch }, { defaultBaseUrl: 'https://api.burki.dev' }).call(
      getAssistant,
      [5],
    );
    await new BaseClient(
      { apiKey: 'k', fetch, baseUrl: 'http://localhost:4010/prefix//' },
      { defaultBaseUrl: 'x' },
    ).call(getAssistant, [5]);
    expect(requests.map((r) => r.url)).toEqual([
      'https://api.burki.dev/api/v1/assistants/5',
      'http://localhost:4010/prefix/api/v1/assistants/5',
    ]);
  });

  it('validates options', () => {
    expect(() => makeClient(fakeFetch().fetch, { maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => makeClient(fakeFetch().fetch, { timeout: Number.NaN })).toThrow(/timeout/);
  });
});

describe('call(): path parameters', () => {
  it('percent-encodes E.164 numbers and reserved characters', async () => {
    const { fetch, urls } = fakeFetch();
    const client = makeClient(fetch);
    await client.call(getByPhone, ['+15551234567']);
    await client.call(getByPhone, ['a b/c?d#e%f']);
    await client.call(getByPhone, ["it's(*)!"]);
    await client.call(getByPhone, ['ünï']);
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/assistants/by-phone/%2B15551234567`,
      `${BASE_URL}/api/v1/assistants/by-phone/a%20b%2Fc%3Fd%23e%25f`,
      `${BASE_URL}/api/v1/assistants/by-phone/it%27s%28%2A%29%21`,
      `${BASE_URL}/api/v1/assistants/by-phone/%C3%BCn%C3%AF`,
    ]);
  });

  it.each([[''], ['.'], ['..'], [undefined], [null], [{}], [Number.NaN]])(
    'rejects %j with a clear error',
    async (value) => {
      const { fetch, requests } = fakeFetch();
      const error = await makeClient(fetch)
        .call(getByPhone, [value])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SDKError);
      expect((error as Error).message).toMatch(/Path parameter "phone_number" of GET \/api\/v1\/assistants\/by-phone\/\{phone_number\}/);
      expect(requests).toHaveLength(0);
    },
  );

  it('rejects a wrong number of path arguments', async () => {
    const error = await makeClient(fakeFetch().fetch)
      .call(getAssistant, [])
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('GET /api/v1/assistants/{assistant_id} takes 1 path argument(s) (assistant_id), got 0.');
  });

  it('encodes single segments per RFC 3986', () => {
    expect(encodePathSegment('-._~', 'x', 'op')).toBe('-._~');
    expect(encodePathSegment(12n, 'x', 'op')).toBe('12');
    expect(encodePathSegment('...', 'x', 'op')).toBe('...');
  });
});

describe('call(): query, header params and JSON body', () => {
  it('serialises query params under wire names', async () => {
    const { fetch, urls } = fakeFetch(() => json([]));
    await makeClient(fetch).call(listAssistants, [], {
      activeOnly: true,
      includeStats: false,
      skip: 0,
      limit: 25,
      statusIn: ['ongoing', 'completed'],
      dateFrom: new Date('2026-02-03T04:05:06.000Z'),
    });
    await makeClient(fetch).call(listAssistants, [], { activeOnly: undefined, limit: null });
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/assistants?active_only=true&include_stats=false&skip=0&limit=25&status=ongoing&status=completed&date_from=2026-02-03T04%3A05%3A06.000Z`,
      `${BASE_URL}/api/v1/assistants`,
    ]);
  });

  it('splits params into query, header and a camel → wire JSON body', async () => {
    const { fetch, requests } = fakeFetch(() => json({ id: 7, llm_settings: { system_prompt: 'hi' } }));
    const result = await makeClient(fetch).call(updateAssistant, [7], {
      dryRun: true,
      idempotencyKey: 'idem-1',
      name: 'New',
      llmSettings: { systemPrompt: 'hi', maxTokens: undefined },
      metadata: { Some_Key: { nested_key: 1 } },
      skipped: undefined,
    });
    expect(result).toEqual({ id: 7, llmSettings: { systemPrompt: 'hi' } });
    const [request] = requests;
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe(`${BASE_URL}/api/v1/assistants/7?dry_run=true`);
    expect(request?.headers.get('idempotency-key')).toBe('idem-1');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(request?.body as string)).toEqual({
      name: 'New',
      llm_settings: { system_prompt: 'hi' },
      metadata: { Some_Key: { nested_key: 1 } },
    });
  });

  it('never sends a body or Content-Type with a GET or HEAD', async () => {
    const { fetch, requests } = fakeFetch();
    const client = makeClient(fetch);
    const search = {
      path: '/api/v1/assistants/search',
      query: ['limit'],
      body: { contentType: 'application/json', shape: shapes.Assistant },
    };
    const params = { limit: 1, name: 'x', llmSettings: { systemPrompt: 'p' } };
    await client.call(op({ ...search, method: 'GET' }), [], params);
    await client.call(op({ ...search, method: 'HEAD', decode: emptyResult }), [], params);
    await rawRequest(client, 'GET', '/api/v1/assistants/search', { body: { name: 'x' } });
    await rawRequest(client, 'HEAD', '/api/v1/assistants/search', { body: 'text', responseType: 'empty' });
    // The same descriptor as a POST does send its body: only the method keeps it out.
    await client.call(op({ ...search, method: 'POST' }), [], params);
    expect(requests.map((r) => r.method)).toEqual(['GET', 'HEAD', 'GET', 'HEAD', 'POST']);
    for (const request of requests.slice(0, 4)) {
      expect(request.body ?? undefined).toBeUndefined();
      expect(request.headers.has('content-type')).toBe(false);
    }
    expect(requests[0]?.url).toBe(`${BASE_URL}/api/v1/assistants/search?limit=1`);
    const post = requests[4];
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(post?.body as string)).toEqual({ name: 'x', llm_settings: { system_prompt: 'p' } });
  });

  it('sends a whole-value body (a bare array)', async () => {
    const bulkAssign = op({
      method: 'POST',
      path: '/api/v1/assistants/{assistant_id}/phone-numbers/bulk-assign',
      body: { whole: 'phoneNumberIds' },
    });
    const { fetch, requests } = fakeFetch();
    await makeClient(fetch).call(bulkAssign, [3], { phoneNumberIds: [1, 2, 3] });
    expect(requests[0]?.body).toBe('[1,2,3]');
  });

  it('decodes an empty JSON body to undefined', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    await expect(makeClient(fetch).call(getAssistant, [1])).resolves.toBeUndefined();
  });

  it('rejects invalid JSON in a success body', async () => {
    const { fetch } = fakeFetch(() => new Response('{not json', { status: 200 }));
    await expect(makeClient(fetch).call(getAssistant, [1])).rejects.toThrow(
      /GET \/api\/v1\/assistants\/\{assistant_id\}: the response is not valid JSON/,
    );
  });

  it('builds URLs without sending (operationUrl)', () => {
    const { fetch, requests } = fakeFetch();
    const client = makeClient(fetch);
    expect(operationUrl(client, listAssistants, [], { limit: 5 })).toBe(
      `${BASE_URL}/api/v1/assistants?limit=5`,
    );
    expect(operationUrl(client, getByPhone, ['+1'])).toBe(`${BASE_URL}/api/v1/assistants/by-phone/%2B1`);
    expect(requests).toHaveLength(0);
  });

  it('sends a request even when the promise is never awaited', async () => {
    const { fetch, requests } = fakeFetch(() => json({}, 500));
    void makeClient(fetch, { maxRetries: 0 }).call(getAssistant, [1]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests).toHaveLength(1);
  });
});

describe('API keys that are not bearer tokens (ClientConfig.credential)', () => {
  const getThing = op({ path: '/things/{id}' });
  const publicThing = op({ path: '/public', auth: false });
  const config = (credential: Credential) => ({
    defaultBaseUrl: BASE_URL,
    clientName: 'ThingClient',
    credential,
  });

  it('in a header: sent under its own name, never as Authorization; missing only when that header is absent', async () => {
    const { fetch, requests } = fakeFetch();
    const client = new BaseClient({ apiKey: API_KEY, fetch, maxRetries: 0 }, config(headerKey('X-Api-Key')));
    await client.call(getThing, [1]);
    await client.call(publicThing, []);
    expect(requests[0]?.headers.get('x-api-key')).toBe(API_KEY);
    expect(requests[0]?.headers.has('authorization')).toBe(false);
    expect(requests[1]?.headers.has('x-api-key')).toBe(false);
    const keyless = new BaseClient({ fetch, maxRetries: 0 }, config(headerKey('X-Api-Key')));
    await expect(keyless.call(getThing, [1])).rejects.toThrow('GET /things/{id} requires an API key');
    // A key given as a header option counts; an Authorization header does not stand in for it.
    await keyless.call(getThing, [1], undefined, { headers: { 'X-Api-Key': 'from-options' } });
    expect(requests.at(-1)?.headers.get('x-api-key')).toBe('from-options');
    await expect(keyless.call(getThing, [1], undefined, { headers: { Authorization: 'Bearer x' } })).rejects.toThrow(/requires an API key/);
  });

  it('in the query: appended to authenticated requests only, after the operation query, percent-encoded', async () => {
    const { fetch, requests } = fakeFetch();
    const key = 'k&y=1 2';
    const client = new BaseClient({ apiKey: key, fetch, maxRetries: 0 }, config(queryKey('api_key')));
    await client.call(op({ path: '/things/{id}', query: ['q'] }), [1], { q: 'x' });
    await client.call(getThing, [2]);
    await client.call(publicThing, []);
    expect(requests.map((request) => request.url)).toEqual([
      `${BASE_URL}/things/1?q=x&api_key=k%26y%3D1%202`,
      `${BASE_URL}/things/2?api_key=k%26y%3D1%202`,
      `${BASE_URL}/public`,
    ]);
    expect(requests.every((request) => !request.headers.has('authorization'))).toBe(true);
    const keyless = new BaseClient({ fetch, maxRetries: 0 }, config(queryKey('api_key')));
    await expect(keyless.call(getThing, [1])).rejects.toThrow(/requires an API key/);
  });

  it('HTTP Basic: the key is user:password, sent base64-encoded (UTF-8) as Authorization: Basic', async () => {
    const { fetch, requests } = fakeFetch();
    const client = new BaseClient({ apiKey: 'ACxyz:sécret', fetch, maxRetries: 0 }, config(basicAuth));
    await client.call(getThing, [1]);
    const header = requests[0]?.headers.get('authorization') ?? '';
    expect(header.startsWith('Basic ')).toBe(true);
    expect(Buffer.from(header.slice(6), 'base64').toString('utf8')).toBe('ACxyz:sécret');
    const keyless = new BaseClient({ fetch, maxRetries: 0 }, config(basicAuth));
    await expect(keyless.call(getThing, [1])).rejects.toThrow(/requires an API key/);
    // A failing request's error never shows the key or its encoded form.
    const failing = new BaseClient({ apiKey: 'ACxyz:sécret', fetch: async () => { throw new Error('refused'); }, maxRetries: 0 }, config(basicAuth));
    const error = (await failing.call(getThing, [1]).catch((caught: unknown) => caught)) as Error;
    expect(error.message).not.toContain('sécret');
  });
});

describe('query arrays sent as one value (explode: false)', () => {
  it('joins the items with the descriptor separator; other arrays repeat the key', async () => {
    const { fetch, urls } = fakeFetch();
    const search = op({
      path: '/search',
      query: [{ wire: 'tags', join: ',' }, { wire: 'ids', join: '|' }, { wire: 'words', join: ' ' }, 'plain', { wire: 'one', join: ',' }],
    });
    await makeClient(fetch).call(search, [], { tags: ['a', 'b,c'], ids: [1, 2], words: ['x', 'y'], plain: ['p', 'q'], one: 'solo' });
    const query = new URL(urls()[0] ?? '').searchParams;
    expect(query.getAll('tags')).toEqual(['a,b,c']);
    expect(query.getAll('ids')).toEqual(['1|2']);
    expect(query.getAll('words')).toEqual(['x y']);
    expect(query.getAll('plain')).toEqual(['p', 'q']);
    expect(query.getAll('one')).toEqual(['solo']);
  });
});

describe('object, cookie and JSON parameters (OpenAPI style and explode)', () => {
  const itemShape = { props: { range: {} } };
  const search = op({
    path: '/search',
    query: [
      { wire: 'filter', shape: {} },
      { wire: 'deep', shape: {}, style: 'deepObject' },
      { wire: 'joined', shape: {}, join: ',' },
      { wire: 'json', shape: {}, style: 'json' },
      { wire: 'items', shape: { items: itemShape } },
    ],
    headers: [
      { wire: 'X-Simple', name: 'simple', shape: {} },
      { wire: 'X-Pairs', name: 'pairs', shape: {}, style: 'explode' },
    ],
    cookies: ['session_id', { wire: 'prefs', join: ',' }, { wire: 'flags', shape: {} }],
  });

  it('writes objects per style under wire keys; skips null and undefined keys and items', async () => {
    const { fetch, requests, urls } = fakeFetch();
    const at = new Date('2026-01-02T03:04:05.000Z');
    await makeClient(fetch).call(search, [], {
      filter: { minPrice: 5, since: at, gone: undefined, none: null },
      deep: { sortBy: 'name', __proto__x: 1 },
      joined: { lowBound: 1, highBound: 2 },
      json: { traceId: 't', list: [1, null] },
      items: ['a', null, 'b'],
      simple: { width: 3, height: 4 },
      pairs: { width: 3, height: undefined },
      sessionId: 'a b;c',
      prefs: ['x', 'y'],
      flags: { darkMode: true },
    });
    expect([...new URL(urls()[0] ?? '').searchParams]).toEqual([
      ['min_price', '5'],
      ['since', '2026-01-02T03:04:05.000Z'],
      ['deep[sort_by]', 'name'],
      ['deep[__proto__x]', '1'],
      ['joined', 'low_bound,1,high_bound,2'],
      ['json', '{"trace_id":"t","list":[1,null]}'],
      ['items', 'a'],
      ['items', 'b'],
    ]);
    const headers = requests[0]?.headers;
    expect(headers?.get('x-simple')).toBe('width,3,height,4');
    expect(headers?.get('x-pairs')).toBe('width=3');
    expect(headers?.get('cookie')).toBe('session_id=a%20b%3Bc; prefs=x%2Cy; dark_mode=true');
  });

  it('a `__proto__` key of an object parameter stays a key (never a prototype)', async () => {
    const { fetch, urls } = fakeFetch();
    const value = JSON.parse('{"__proto__": {"polluted": 1}, "ok": 1}') as object;
    await makeClient(fetch).call(search, [], { deep: value });
    expect([...new URL(urls()[0] ?? '').searchParams]).toEqual([
      ['deep[__proto__]', '{"polluted":1}'],
      ['deep[ok]', '1'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('cookie, header and query parameters never go to the body', async () => {
    const { fetch, requests } = fakeFetch();
    const create = op({ method: 'POST', path: '/things', cookies: ['session_id'], query: ['dry_run'], body: {} });
    await makeClient(fetch).call(create, [], { sessionId: 's', dryRun: true, name: 'n' });
    expect(requests[0]?.body).toBe('{"name":"n"}');
    expect(requests[0]?.headers.get('cookie')).toBe('session_id=s');
  });
});

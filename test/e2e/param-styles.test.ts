/**
 * OpenAPI parameter serialization, end to end, on a spec that is not Burki's (test/fixtures/specs/param-styles.yaml):
 * query objects exploded (the default), `deepObject`, `explode: false` arrays and objects, a JSON `content`
 * parameter, cookie parameters and an exploded header object. The generated client writes each as OpenAPI says
 * (asserted on the exact request), and the generated mock reads each back and validates it (a 200 only when every
 * value arrives as declared; a located 422 otherwise).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../generated/mock/runtime/index.js';
import { loadForeignSdk } from './foreign.js';

const SPEC = path.resolve(import.meta.dirname, '../fixtures/specs/param-styles.yaml');

interface SearchParams {
  filter?: { status?: string; minPrice: number | string };
  sort?: { field: string; descending?: boolean };
  tags?: string[];
  bounds?: { low?: number; high?: number };
  meta?: { traceId?: string };
  sessionId?: string;
  prefs?: string[];
  xDims?: { width: number; height?: number };
}
type Client = { catalog: { search(params: SearchParams): Promise<{ count?: number }> } };
type ClientClass = new (options: { baseUrl: string; maxRetries?: number; fetch?: typeof fetch }) => Client;

interface Sent {
  readonly url: URL;
  readonly headers: Headers;
}

let server: MockServer;
let baseUrl: string;
let Client: ClientClass;
let remove: () => void;
const sent: Sent[] = [];

/** The client under test, recording each request before it reaches the mock. */
function client(): Client {
  const recording = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    sent.push({ url: new URL(String(input)), headers: new Headers(init?.headers) });
    return fetch(input, init);
  };
  return new Client({ baseUrl, maxRetries: 0, fetch: recording as typeof fetch });
}

const FULL: SearchParams = {
  filter: { status: 'open', minPrice: 5 },
  sort: { field: 'name', descending: true },
  tags: ['a', 'b c'],
  bounds: { low: 1, high: 9 },
  meta: { traceId: 't-1' },
  sessionId: 's 1;x=y',
  prefs: ['dark', 'compact'],
  xDims: { width: 3, height: 4 },
};

beforeAll(async () => {
  // Generating runs the in-memory type-check of the client, so the params types of every style compile.
  const sdk = await loadForeignSdk<ClientClass>(SPEC);
  ({ Client, remove } = sdk);
  server = createMockServer(sdk.mockModel);
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
}, 60_000);

afterAll(async () => {
  await server?.close();
  remove?.();
});

describe('the client writes each style as OpenAPI says', () => {
  it('query: exploded object, deepObject, joined array and object, JSON content', async () => {
    sent.length = 0;
    expect(await client().catalog.search(FULL)).toEqual({ count: 2 });
    const [request] = sent;
    expect([...(request?.url.searchParams ?? [])]).toEqual([
      ['status', 'open'],
      ['min_price', '5'],
      ['sort[field]', 'name'],
      ['sort[descending]', 'true'],
      ['tags', 'a,b c'],
      ['bounds', 'low,1,high,9'],
      ['meta', '{"trace_id":"t-1"}'],
    ]);
    // Brackets and the JSON are percent-encoded on the wire.
    expect(request?.url.search).toContain('sort%5Bfield%5D=name');
  });

  it('cookies in one Cookie header, percent-encoded, an array exploded; a header object as key=value pairs', async () => {
    sent.length = 0;
    await client().catalog.search(FULL);
    const headers = sent[0]?.headers;
    expect(headers?.get('cookie')).toBe('session_id=s%201%3Bx%3Dy; prefs=dark; prefs=compact');
    expect(headers?.get('x-dims')).toBe('width=3,height=4');
  });

  it('leaves out absent values, and sends no Cookie header without cookie params', async () => {
    sent.length = 0;
    const error = (await client()
      .catalog.search({ sort: { field: 'name' } })
      .catch((caught: unknown) => caught)) as { status: number; errors: { loc: unknown[] }[] };
    expect(sent[0]?.url.search).toBe('?sort%5Bfield%5D=name');
    expect(sent[0]?.headers.has('cookie')).toBe(false);
    // The mock still wants the required cookie.
    expect(error.status).toBe(422);
    expect(error.errors.map((item) => item.loc)).toEqual([['cookie', 'session_id']]);
  });
});

describe('the mock reads each style back and validates it', () => {
  it('a value of the wrong type inside an exploded, deep or header object is a located 422', async () => {
    const bad = (params: SearchParams) =>
      client()
        .catalog.search(params)
        .catch((caught: unknown) => caught) as Promise<{ status: number; errors: { loc: unknown[] }[] }>;
    const cases: [SearchParams, unknown[]][] = [
      [{ ...FULL, filter: { minPrice: 'cheap' } }, ['query', 'filter', 'min_price']],
      [{ ...FULL, sort: { field: 'name', descending: 'maybe' as unknown as boolean } }, ['query', 'sort', 'descending']],
      [{ ...FULL, bounds: { low: 'x' as unknown as number } }, ['query', 'bounds', 'low']],
      [{ ...FULL, xDims: { width: 'wide' as unknown as number } }, ['header', 'x-dims', 'width']],
    ];
    for (const [params, loc] of cases) {
      const error = await bad(params);
      expect(error.status, JSON.stringify(loc)).toBe(422);
      expect(error.errors.map((item) => item.loc)).toContainEqual(loc);
    }
  });

  it('a missing required deepObject or exploded key is reported at its key', async () => {
    const error = (await client()
      .catalog.search({ ...FULL, filter: { status: 'open' } as SearchParams['filter'], sort: { descending: true } as unknown as SearchParams['sort'] })
      .catch((caught: unknown) => caught)) as { status: number; errors: { loc: unknown[] }[] };
    expect(error.status).toBe(422);
    expect(error.errors.map((item) => item.loc)).toEqual(
      expect.arrayContaining([
        ['query', 'filter', 'min_price'],
        ['query', 'sort', 'field'],
      ]),
    );
  });

  it('raw requests in each style are understood by the mock', async () => {
    const query = 'status=closed&min_price=1&sort[field]=a&tags=x,y&bounds=low,2&meta=%7B%22trace_id%22%3A%22q%22%7D';
    const response = await fetch(`${baseUrl}/search?${query}`, { headers: { cookie: 'session_id=abc; prefs=a; prefs=b', 'x-dims': 'width=1' } });
    expect(response.status).toBe(200);
    const malformedJson = await fetch(`${baseUrl}/search?sort[field]=a&meta=%7Bnot-json`, { headers: { cookie: 'session_id=abc' } });
    expect(malformedJson.status).toBe(422);
    expect(((await malformedJson.json()) as { detail: { loc: unknown[] }[] }).detail.map((item) => item.loc)).toEqual([['query', 'meta']]);
  });

  it('malformed style input gets a 4xx or a 200, never a crash, and the mock keeps answering', async () => {
    const tries: [string, Record<string, string>][] = [
      ['/search?sort[=x&sort[]]=1&sort[field]=a', { cookie: ';;==;session_id=%E0%A4%A', 'x-dims': ',,,=,=' }],
      ['/search?sort[field]=a&sort[__proto__]=1&sort[constructor]=2', { cookie: 'session_id=a; __proto__=x', 'x-dims': '__proto__=1,width=2' }],
      ['/search?sort[field]=a&bounds=low&meta=null&min_price=1e999', { cookie: 'session_id=a; prefs', 'x-dims': 'width' }],
    ];
    for (const [query, headers] of tries) {
      const response = await fetch(`${baseUrl}${query}`, { headers });
      expect(response.status === 200 || (response.status >= 400 && response.status < 500), query).toBe(true);
      await response.text();
    }
    expect(({} as Record<string, unknown>)['width']).toBeUndefined();
    expect((await fetch(`${baseUrl}/search?sort[field]=a`, { headers: { cookie: 'session_id=a' } })).status).toBe(200);
  });
});

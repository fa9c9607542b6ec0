/**
 * A spec that is not Burki's and whose API takes an API key in a header (`X-Store-Key`), not a bearer token: the
 * generated client sends the key there, and the generated mock checks it there and keeps it out of its journal.
 * Both are generated in memory from test/fixtures/specs/api-key.yaml, written to a temp dir and loaded from it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../generated/mock/runtime/index.js';
import type { MockModel } from '../../generated/mock/runtime/model.js';
import { loadForeignSdk } from './foreign.js';

const SPEC = path.resolve(import.meta.dirname, '../fixtures/specs/api-key.yaml');
const KEY = 'store-key-0123456789';

type Client = {
  items: {
    getItem(itemId: number): Promise<{ itemId: number; displayName?: string }>;
    getHealth(): Promise<{ isOk?: boolean }>;
  };
};
type ClientClass = new (options: { apiKey?: string; baseUrl: string; maxRetries?: number }) => Client;

let server: MockServer;
let baseUrl: string;
let Client: ClientClass;
let mockModel: MockModel;
let remove: () => void;

beforeAll(async () => {
  const sdk = await loadForeignSdk<ClientClass>(SPEC);
  ({ Client, mockModel, remove } = sdk);
  expect(mockModel.credential).toEqual({ in: 'header', name: 'X-Store-Key' });
  server = createMockServer(mockModel, { tokens: [KEY] });
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
}, 60_000);

afterAll(async () => {
  await server?.close();
  remove?.();
});

describe('an API key in a header', () => {
  it('is sent as X-Store-Key (not as a bearer token), accepted by the mock and redacted in its journal', async () => {
    const client = new Client({ apiKey: KEY, baseUrl, maxRetries: 0 });
    expect(await client.items.getItem(7)).toEqual({ itemId: 7, displayName: 'Seven' });
    const [request] = server.requests();
    expect(request?.headers['x-store-key']).toBe('[redacted]');
    expect(request?.headers['authorization']).toBeUndefined();
  });

  it('a wrong key is a 401 from the mock, without a Bearer challenge; a public operation needs none', async () => {
    const wrong = new Client({ apiKey: 'not-the-key', baseUrl, maxRetries: 0 });
    const error = (await wrong.items.getItem(7).catch((caught: unknown) => caught)) as { name: string; status: number; headers: Headers };
    expect(error.name).toBe('AuthenticationError');
    expect(error.status).toBe(401);
    expect(error.headers.get('www-authenticate')).toBeNull();
    const keyless = new Client({ baseUrl, maxRetries: 0 });
    expect(await keyless.items.getHealth()).toEqual({ isOk: true });
  });
});

describe('an API key in the query (mock)', () => {
  it('is read from its parameter and redacted in the journal', async () => {
    const queryServer = createMockServer({ ...mockModel, credential: { in: 'query', name: 'store_key' } }, { tokens: [KEY] });
    const { url } = await queryServer.listen(0, '127.0.0.1');
    try {
      expect((await fetch(`${url}/items/7?store_key=${KEY}`)).status).toBe(200);
      expect((await fetch(`${url}/items/7`, { headers: { Authorization: `Bearer ${KEY}` } })).status).toBe(401);
      const [first] = queryServer.requests();
      expect(first?.query).toBe('store_key=%5Bredacted%5D');
      expect(JSON.stringify(queryServer.requests())).not.toContain(KEY);
    } finally {
      await queryServer.close();
    }
  });
});

describe('HTTP Basic credentials', () => {
  type BasicClient = new (options: { apiKey?: string; baseUrl: string; maxRetries?: number }) => {
    accounts: { getAccount(sid: string): Promise<{ friendlyName?: string }> };
  };

  it('the client sends user:password as Basic; the mock accepts it, challenges without it, and redacts it', async () => {
    const sdk = await loadForeignSdk<BasicClient>(path.resolve(import.meta.dirname, '../fixtures/specs/basic-auth.yaml'));
    expect(sdk.mockModel.credential).toEqual({ in: 'basic' });
    const basicServer = createMockServer(sdk.mockModel, { tokens: ['AC123:s3cret'] });
    const { url } = await basicServer.listen(0, '127.0.0.1');
    try {
      const client = new sdk.Client({ apiKey: 'AC123:s3cret', baseUrl: url, maxRetries: 0 });
      expect(await client.accounts.getAccount('AC123')).toEqual({ friendlyName: 'Main' });
      expect(basicServer.requests()[0]?.headers['authorization']).toBe('[redacted]');
      const wrong = new sdk.Client({ apiKey: 'AC123:wrong', baseUrl: url, maxRetries: 0 });
      const error = (await wrong.accounts.getAccount('AC123').catch((caught: unknown) => caught)) as { status: number; headers: Headers };
      expect(error.status).toBe(401);
      expect(error.headers.get('www-authenticate')).toBe('Basic realm="mock"');
    } finally {
      await basicServer.close();
      sdk.remove();
    }
  }, 60_000);
});

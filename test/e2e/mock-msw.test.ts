/**
 * The generated msw 2.x handlers: the generated SDK talks to the mock with no socket at all (msw intercepts the
 * global fetch; the base URL is the API's real one, which this machine cannot reach, so a request that escaped
 * interception would fail). Same validation, state and faults as over HTTP.
 */
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BurkiClient, NotFoundError, ServerError, ValidationError } from '../../generated/client/src/index.js';
import { defaultModelPath, loadModel, type MockServer } from '../../generated/mock/runtime/index.js';
import { createHandlers, mswPath } from '../../generated/mock/runtime/msw.js';

const BASE = 'https://api.burki.dev';
let mock: MockServer;
let server: ReturnType<typeof setupServer>;
const client = new BurkiClient({ apiKey: 'burki_msw_key', baseUrl: BASE, maxRetries: 0 });

beforeAll(async () => {
  const created = await createHandlers();
  mock = created.mock;
  server = setupServer(...created.handlers);
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server?.close());

describe('msw handlers from the mock model', () => {
  it('has one handler per operation and a catch-all', async () => {
    const model = await loadModel(defaultModelPath());
    expect(server.listHandlers()).toHaveLength(model.operations.length + 1);
    expect(model.baseUrl).toBe(BASE);
    expect(mswPath('/api/v1/assistants/{assistant_id}/tools/{tool_id}')).toBe('/api/v1/assistants/:assistant_id/tools/:tool_id');
    expect(mswPath('/files/{name}.json')).toBe('/files/*');
  });

  it('serves the SDK with state: create, read back, list, delete, 404', async () => {
    const created = await client.assistants.create({ name: 'Through msw', description: 'no socket' });
    expect(await client.assistants.get(created.id)).toEqual(created);
    expect((await client.assistants.list({ limit: 100 })).some((a) => a.id === created.id)).toBe(true);
    await client.assistants.delete(created.id);
    await expect(client.assistants.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(mock.requests().map((r) => r.operationId)).toEqual(['createAssistant', 'getAssistant', 'listAssistants', 'deleteAssistant', 'getAssistant']);
  });

  it('validates and fails on demand as over HTTP', async () => {
    await expect(client.calls.initiate({} as never)).rejects.toBeInstanceOf(ValidationError);
    const err = await client.assistants.getCount(undefined, { headers: { Prefer: 'code=500' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).body).toEqual({ detail: 'Failed to count assistants' });
    await expect(client.assistants.getCount(undefined, { headers: { Prefer: 'fault=reset' } })).rejects.toThrow();
  });

  it('lets a test override one route with server.use()', async () => {
    server.use(http.get(`${BASE}/api/v1/assistants/count`, () => HttpResponse.json({ count: 12345 })));
    expect(await client.assistants.getCount()).toEqual({ count: 12345 });
    server.resetHandlers();
    expect((await client.assistants.getCount()).count).not.toBe(12345);
  });
});

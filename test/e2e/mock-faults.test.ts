/**
 * Faults on demand, through the generated TypeScript SDK against the generated mock on a loopback port: every
 * scenario ends in the SDK's documented error, or in success after its retries. `Retry-After: 0` keeps retries instant.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  BurkiClient,
  RateLimitError,
  SDKError,
  ServerError,
} from '../../generated/client/src/index.js';
import { createMockServer, defaultModelPath, loadModel, type MockServer } from '../../generated/mock/runtime/index.js';

const API_KEY = 'burki_faults_key';
let server: MockServer;
let baseUrl: string;
let client: BurkiClient;

beforeAll(async () => {
  server = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
  client = new BurkiClient({ apiKey: API_KEY, baseUrl, maxRetries: 0 });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  server.setFaults({ rules: [] });
  server.reset();
});

const prefer = (value: string) => ({ headers: { Prefer: value } });
const attempts = (operationId: string) => server.requests().filter((r) => r.operationId === operationId).length;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('per request, in Prefer', () => {
  it('code=500 on an operation that declares no 500 answers a FastAPI detail fitting the operation', async () => {
    const err = await rejection(client.assistants.getCount(undefined, prefer('code=500')));
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).status).toBe(500);
    expect((err as ServerError).body).toEqual({ detail: 'Failed to count assistants' });
  });

  it('code=500 answers per operation: the declared example where there is one, else from the summary', async () => {
    const terminate = (await rejection(client.calls.terminate('CA-anything', prefer('code=500')))) as ServerError;
    expect(terminate.body).toEqual({ detail: 'Failed to terminate call via twilio' });
    const list = (await rejection(client.assistants.list({}, prefer('code=500')))) as ServerError;
    expect(list.body).toEqual({ detail: 'Failed to list assistants' });
    expect(list.body).not.toEqual(terminate.body);
  });

  it('code=429 with retry-after=0: the SDK retries at once and ends in RateLimitError with retryAfter 0', async () => {
    const retrying = new BurkiClient({ apiKey: API_KEY, baseUrl, maxRetries: 2 });
    const started = Date.now();
    const err = await rejection(retrying.assistants.list({}, prefer('code=429, retry-after=0')));
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).retryAfter).toBe(0);
    expect((err as RateLimitError).headers.get('retry-after')).toBe('0');
    expect(attempts('listAssistants')).toBe(3);
    // The declared Retry-After would be 10 s per retry; the chosen 0 makes the three attempts immediate.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('code=503 (undeclared) carries the status text and the chosen Retry-After', async () => {
    const err = (await rejection(client.calls.getStats(prefer('code=503; x=1, retry-after=0')))) as ServerError;
    expect(err.status).toBe(503);
    expect(err.body).toEqual({ detail: 'Service Unavailable' });
    expect(err.headers.get('retry-after')).toBe('0');
  });

  it('delay longer than the timeout ends in APIConnectionTimeoutError', async () => {
    const err = await rejection(client.assistants.list({}, { ...prefer('delay=5000'), timeout: 100 }));
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('a short delay is latency only: the answer is the usual one', async () => {
    const started = Date.now();
    const count = await client.assistants.getCount(undefined, prefer('delay=120'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(count.count).toEqual(expect.any(Number));
  });

  it('fault=reset drops the connection: APIConnectionError, nothing answered', async () => {
    const err = await rejection(client.assistants.list({}, prefer('fault=reset')));
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(err).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests().at(-1)?.status).toBe(0);
  });

  it('fault=invalid-json answers 200 with a cut body: the SDK reports a body that is not JSON', async () => {
    const err = await rejection(client.assistants.getCount(undefined, prefer('fault=invalid-json')));
    expect(err).toBeInstanceOf(SDKError);
    expect((err as Error).message).toMatch(/not valid JSON/);
  });

  it('fault=hang never answers; the client gives up on its timeout', async () => {
    const err = await rejection(client.assistants.getCount(undefined, { ...prefer('fault=hang'), timeout: 150 }));
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('a status fault leaves the state alone', async () => {
    const before = server.snapshot('assistants').length;
    await rejection(client.assistants.create({ name: 'Never stored' }, prefer('code=500')));
    expect(server.snapshot('assistants')).toHaveLength(before);
  });
});

describe('per route, from a fault configuration', () => {
  it('503 twice with Retry-After 0, then the real answer: the SDK succeeds after two retries', async () => {
    server.setFaults({ rules: [{ operation: 'listAssistants', status: 503, retryAfter: 0, times: 2 }] });
    const retrying = new BurkiClient({ apiKey: API_KEY, baseUrl, maxRetries: 2 });
    const page = await retrying.assistants.list({});
    expect(page.length).toBeGreaterThan(0);
    expect(server.requests().map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('a reset on the first attempt of an idempotent GET is retried to success', async () => {
    server.setFaults({ rules: [{ path: '/api/v1/assistants/count', method: 'GET', fault: 'reset', times: 1 }] });
    const retrying = new BurkiClient({ apiKey: API_KEY, baseUrl, maxRetries: 1 });
    const count = await retrying.assistants.getCount();
    expect(count.count).toEqual(expect.any(Number));
    expect(server.requests().map((r) => r.status)).toEqual([0, 200]);
  });

  it('a declared status answers its example; a rule body replaces it', async () => {
    server.setFaults({
      rules: [
        { operation: 'initiateCall', status: 402 },
        { operation: 'getCallStats', status: 500, detail: 'database is down' },
      ],
    });
    const payment = (await rejection(client.calls.initiate({ toPhoneNumber: '+15550001111' }))) as ServerError;
    expect(payment.status).toBe(402);
    expect(payment.body).toEqual({ detail: 'Insufficient balance. Please add funds to continue making calls.' });
    const stats = (await rejection(client.calls.getStats())) as ServerError;
    expect(stats.body).toEqual({ detail: 'database is down' });
  });

  it('rates draw from a seeded PRNG: the same seed repeats the same run, reset() restarts it', async () => {
    server.setFaults({ seed: 7, rules: [{ operation: '*', status: 503, retryAfter: 0, rate: 0.5 }] });
    const run = async (): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < 40; i++) out.push((await fetch(`${baseUrl}/api/v1/assistants/count`, { headers: { Authorization: `Bearer ${API_KEY}` } })).status);
      return out;
    };
    const first = await run();
    server.reset();
    const second = await run();
    expect(second).toEqual(first);
    const failed = first.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(8);
    expect(failed).toBeLessThan(32);
  });

  it('PUT /__mock/faults replaces the rules; a bad configuration is a 400 that names the field', async () => {
    const bad = await fetch(`${baseUrl}/__mock/faults`, { method: 'PUT', body: JSON.stringify({ rules: [{ operation: 'x', status: 99 }] }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ detail: 'rules[0].status must be an integer 200-599' });
    const ok = await fetch(`${baseUrl}/__mock/faults`, { method: 'PUT', body: JSON.stringify({ rules: [{ operation: 'getCallStats', status: 418 }] }) });
    expect(ok.status).toBe(200);
    const err = (await rejection(client.calls.getStats())) as ServerError;
    expect(err.status).toBe(418);
    expect(err.body).toEqual({ detail: "I'm a Teapot" });
    expect(await (await fetch(`${baseUrl}/__mock/faults`)).json()).toEqual({ rules: [{ operation: 'getCallStats', status: 418 }] });
  });
});

import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  NotFoundError,
  RateLimitError,
  ServerError,
} from '../../templates/client/runtime/index.js';
import { backoffMs, retryAfterMs, sleep } from '../../templates/client/runtime/retry.js';
import { fakeFetch, fakeSleep, hangingFetch, json, makeClient, op } from './helpers.js';

const getCall = op({ path: '/api/v1/calls/{call_id}', pathParams: ['call_id'] });
const createCall = op({
  method: 'POST',
  path: '/calls/initiate',
  body: {}, // JSON
});
const sendSms = op({
  method: 'POST',
  path: '/sms/send',
  headers: [{ name: 'idempotencyKey', wire: 'Idempotency-Key' }],
  body: {}, // JSON
});

/** Answers with the given statuses in order (then 200). */
function sequence(...responses: (() => Response)[]) {
  return fakeFetch((_request, index) => (responses[index] ?? (() => json({ ok: true })))());
}

function clientWith(fetch: Parameters<typeof makeClient>[0], options: Parameters<typeof makeClient>[1] = {}) {
  const slept = fakeSleep();
  let now = Date.parse('2026-01-01T00:00:00Z');
  const client = makeClient(fetch, {
    ...options,
    _internal: { sleep: slept.sleep, random: () => 0.5, now: () => now, ...options._internal },
  });
  return { client, sleeps: slept.sleeps, advance: (ms: number) => (now += ms) };
}

describe('retries', () => {
  it('retries a GET after 503 and resolves', async () => {
    const { fetch, requests } = sequence(() => json({ detail: 'busy' }, 503));
    const { client, sleeps } = clientWith(fetch);
    await expect(client.call(getCall, [1])).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(2);
    expect(sleeps).toEqual([250]); // random 0.5 × 500 ms
  });

  it('gives up after maxRetries and throws the last error', async () => {
    const { fetch, requests } = fakeFetch(() => json({ detail: 'down' }, 503));
    const { client, sleeps } = clientWith(fetch);
    const error = await client.call(getCall, [1]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).message).toBe('503 down');
    expect(requests).toHaveLength(3);
    expect(sleeps).toEqual([250, 500]);
  });

  it('does not retry with maxRetries 0 (client or per call)', async () => {
    const a = fakeFetch(() => json({}, 503));
    await expect(clientWith(a.fetch, { maxRetries: 0 }).client.call(getCall, [1])).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(a.requests).toHaveLength(1);
    const b = fakeFetch(() => json({}, 503));
    await expect(
      clientWith(b.fetch).client.call(getCall, [1], undefined, { maxRetries: 0 }),
    ).rejects.toBeInstanceOf(ServerError);
    expect(b.requests).toHaveLength(1);
    const c = fakeFetch(() => json({}, 503));
    await expect(
      clientWith(c.fetch, { maxRetries: 0 }).client.call(getCall, [1], undefined, { maxRetries: 4 }),
    ).rejects.toBeInstanceOf(ServerError);
    expect(c.requests).toHaveLength(5);
  });

  it('does not retry a POST without an Idempotency-Key', async () => {
    const { fetch, requests } = sequence(() => json({ detail: 'busy' }, 503));
    const { client, sleeps } = clientWith(fetch);
    await expect(client.call(createCall, [], { toPhoneNumber: '+1' })).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a POST with options.idempotencyKey, sending the same key and body each time', async () => {
    const { fetch, requests } = sequence(
      () => json({}, 503),
      () => json({}, 502),
    );
    const { client } = clientWith(fetch);
    await expect(
      client.call(createCall, [], { toPhoneNumber: '+1' }, { idempotencyKey: 'k-1' }),
    ).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(3);
    expect(requests.map((r) => r.headers.get('idempotency-key'))).toEqual(['k-1', 'k-1', 'k-1']);
    expect(requests.map((r) => r.body)).toEqual(Array(3).fill('{"toPhoneNumber":"+1"}'));
  });

  it('retries a POST whose operation sends an Idempotency-Key header param', async () => {
    const { fetch, requests } = sequence(() => json({}, 500));
    const { client } = clientWith(fetch);
    await client.call(sendSms, [], { idempotencyKey: 'sms-1', message: 'hi' });
    expect(requests).toHaveLength(2);
    expect(JSON.parse(requests[1]?.body as string)).toEqual({ message: 'hi' });
  });

  it('generates an Idempotency-Key for an operation that declares one, and reuses it on every attempt', async () => {
    const { fetch, requests } = sequence(
      () => json({}, 503),
      () => json({}, 503),
    );
    const { client } = clientWith(fetch);
    await client.call(sendSms, [], { message: 'hi' });
    expect(requests).toHaveLength(3);
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^sdk-[0-9a-f-]{32,36}$/);
    expect(new Set(keys)).toEqual(new Set([keys[0]]));
    await client.call(sendSms, [], { message: 'again' });
    expect(requests[3]?.headers.get('idempotency-key')).not.toBe(keys[0]);
  });

  it('does not generate an Idempotency-Key for an operation that does not declare one', async () => {
    const { fetch, requests } = sequence();
    await clientWith(fetch).client.call(createCall, [], { toPhoneNumber: '+1' });
    expect(requests[0]?.headers.has('idempotency-key')).toBe(false);
  });

  it.each([[408], [409], [429], [500], [504]])('retries status %i', async (status) => {
    const { fetch, requests } = sequence(() => json({}, status));
    await clientWith(fetch).client.call(getCall, [1]);
    expect(requests).toHaveLength(2);
  });

  it.each([[400], [401], [403], [404], [422]])('does not retry status %i', async (status) => {
    const { fetch, requests } = fakeFetch(() => json({ detail: 'x' }, status));
    await expect(clientWith(fetch).client.call(getCall, [1])).rejects.toHaveProperty('status', status);
    expect(requests).toHaveLength(1);
  });

  it('honours Retry-After in seconds', async () => {
    const { fetch } = sequence(() => json({ detail: 'slow down' }, 429, { 'retry-after': '3' }));
    const { client, sleeps } = clientWith(fetch);
    await client.call(getCall, [1]);
    expect(sleeps).toEqual([3000]);
  });

  it('honours Retry-After as an HTTP-date (via the injected clock)', async () => {
    const { fetch } = sequence(() => json({}, 429, { 'retry-after': 'Thu, 01 Jan 2026 00:00:12 GMT' }));
    const { client, sleeps } = clientWith(fetch);
    await client.call(getCall, [1]);
    expect(sleeps).toEqual([12000]);
  });

  it('prefers retry-after-ms and caps server delays at 60 s', async () => {
    const { fetch } = sequence(
      () => json({}, 503, { 'retry-after-ms': '1500', 'retry-after': '9' }),
      () => json({}, 503, { 'retry-after': '3600' }),
    );
    const { client, sleeps } = clientWith(fetch);
    await client.call(getCall, [1]);
    expect(sleeps).toEqual([1500, 60000]);
  });

  it('exposes retryAfter on the final RateLimitError', async () => {
    const { fetch } = fakeFetch(() => json({ detail: 'Too many requests' }, 429, { 'retry-after': '10' }));
    const error = await clientWith(fetch, { maxRetries: 1 })
      .client.call(getCall, [1])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(10);
  });

  it('keeps backoff within [0, min(8 s, 0.5 s · 2^n)) with full jitter', async () => {
    for (let n = 0; n < 10; n++) {
      const ceiling = Math.min(8000, 500 * 2 ** n);
      expect(backoffMs(n, () => 0)).toBe(0);
      expect(backoffMs(n, () => 0.999999)).toBeLessThan(ceiling);
      expect(backoffMs(n, () => 0.999999)).toBeGreaterThan(ceiling * 0.99);
      for (let i = 0; i < 20; i++) {
        const delay = backoffMs(n, Math.random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }
    }
    const { fetch, requests } = fakeFetch(() => json({}, 503));
    const { client, sleeps } = clientWith(fetch, { maxRetries: 6, _internal: { random: () => 0.999 } });
    await expect(client.call(getCall, [1])).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(7);
    expect(sleeps.map(Math.round)).toEqual([500, 999, 1998, 3996, 7992, 7992]);
  });

  it('parses retry headers', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': '1.5' }), now)).toBe(1500);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '-1', 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });

  it('retries connection errors on idempotent requests', async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      if (calls < 3) throw new TypeError('fetch failed');
      return json({ ok: true });
    };
    await expect(clientWith(fetch).client.call(getCall, [1])).resolves.toEqual({ ok: true });
    expect(calls).toBe(3);
  });

  it('throws APIConnectionError when the connection keeps failing', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const error = await clientWith(fetch)
      .client.call(getCall, [1])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as APIConnectionError).message).toBe(
      'Connection error: fetch failed (GET /api/v1/calls/1).',
    );
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});

describe('timeouts and aborts', () => {
  it('throws APIConnectionTimeoutError when the timeout elapses', async () => {
    const { fetch, requests } = hangingFetch();
    const error = await clientWith(fetch, { timeout: 5, maxRetries: 0 })
      .client.call(getCall, [1])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIUserAbortError);
    expect((error as APIConnectionTimeoutError).timeout).toBe(5);
    expect(requests).toHaveLength(1);
  });

  it('retries timeouts on idempotent requests (per-call timeout)', async () => {
    const { fetch, requests } = hangingFetch();
    const { client, sleeps } = clientWith(fetch);
    await expect(client.call(getCall, [1], undefined, { timeout: 2 })).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    );
    expect(requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it("throws APIUserAbortError when the caller's signal aborts, and does not retry", async () => {
    const { fetch, requests } = hangingFetch();
    const controller = new AbortController();
    const promise = clientWith(fetch).client.call(getCall, [1], undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(), 1);
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(requests).toHaveLength(1);
  });

  it('does not send anything when the signal is already aborted', async () => {
    const { fetch, requests } = fakeFetch();
    const controller = new AbortController();
    controller.abort();
    await expect(
      clientWith(fetch).client.call(getCall, [1], undefined, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    expect(requests).toHaveLength(0);
  });

  it('aborting during the backoff sleep stops the retries', async () => {
    const controller = new AbortController();
    const { fetch, requests } = fakeFetch(() => json({}, 503));
    const client = makeClient(fetch, {
      _internal: {
        sleep: (ms, signal) => {
          controller.abort();
          return sleep(ms, signal);
        },
      },
    });
    await expect(client.call(getCall, [1], undefined, { signal: controller.signal })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    expect(requests).toHaveLength(1);
  });

  it('the default sleep resolves and rejects on abort', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('does not leave the timeout running after a response', async () => {
    const { fetch, requests } = fakeFetch(() => json({ ok: true }));
    await clientWith(fetch, { timeout: 5 }).client.call(getCall, [1]);
    await new Promise((resolve) => setTimeout(resolve, 15));
    expect(requests[0]?.signal?.aborted).toBe(false);
  });

  it('404 is thrown without retry', async () => {
    const { fetch } = fakeFetch(() => json({ detail: 'Assistant not found' }, 404));
    await expect(clientWith(fetch).client.call(getCall, [1])).rejects.toBeInstanceOf(NotFoundError);
  });
});

import { describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  SDKError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
  WebSocketError,
} from '../../templates/client/runtime/index.js';
import { describeErrorBody, parseRetryAfterSeconds } from '../../templates/client/runtime/errors.js';
import { API_KEY, fakeFetch, json, makeClient, op, text } from './helpers.js';

const request = { method: 'GET', path: '/api/v1/assistants/1' };

describe('APIError.generate', () => {
  it.each([
    [400, ValidationError],
    [422, ValidationError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [429, RateLimitError],
    [500, ServerError],
    [502, ServerError],
    [503, ServerError],
    [402, APIError],
    [413, APIError],
  ])('maps %i to %s', (status, cls) => {
    const error = APIError.generate(status, { detail: 'nope' }, new Headers(), request);
    expect(error).toBeInstanceOf(cls);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(SDKError);
    expect(error).toBeInstanceOf(Error);
    expect(error.constructor).toBe(cls);
    expect(error.name).toBe(cls.name);
    expect(error.status).toBe(status);
    expect(error.message).toBe(`${status} nope`);
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/api/v1/assistants/1');
  });

  it('uses a detail string as the message and keeps .errors empty', () => {
    const error = APIError.generate(400, { detail: 'Assistant name already exists' }, new Headers(), request);
    expect(error.message).toBe('400 Assistant name already exists');
    expect((error as ValidationError).errors).toEqual([]);
  });

  it('parses a FastAPI validation list', () => {
    const detail = [
      {
        loc: ['body', 'llm_settings', 'temperature'],
        msg: 'Input should be less than 2',
        type: 'less_than',
        input: 3,
        ctx: { lt: 2 },
      },
      { loc: ['query', 'limit'], msg: 'Field required', type: 'missing' },
    ];
    const error = APIError.generate(422, { detail }, new Headers(), request) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(
      // The message names each item by its `path`, as `errors` does.
      '422 llm_settings.temperature: Input should be less than 2; limit: Field required',
    );
    expect(error.errors).toHaveLength(2);
    expect(error.errors[0]).toMatchObject({
      loc: ['body', 'llm_settings', 'temperature'],
      msg: 'Input should be less than 2',
      type: 'less_than',
      input: 3,
    });
    expect(error.errors[1]?.loc).toEqual(['query', 'limit']);
    // Without an operation (`request()`), the path is `loc` without FastAPI's location.
    expect(error.errors.map((item) => item.path)).toEqual([['llm_settings', 'temperature'], ['limit']]);
    expect(error.body).toEqual({ detail });
  });

  it('lists only the first items of a long validation list', () => {
    const detail = Array.from({ length: 5 }, (_, i) => ({ loc: ['body', `f${i}`], msg: 'bad', type: 'x' }));
    const error = APIError.generate(422, { detail }, new Headers(), request);
    expect(error.message).toBe('422 f0: bad; f1: bad; f2: bad (and 2 more)');
  });

  it('describes bodies without detail', () => {
    expect(describeErrorBody({ error: 'call_sid required' })).toBe('call_sid required');
    expect(describeErrorBody(undefined)).toBe('status code (no body)');
    expect(describeErrorBody('<html>Bad Gateway</html>')).toBe('<html>Bad Gateway</html>');
    expect(describeErrorBody({ foo: 1 })).toBe('{"foo":1}');
  });

  it('reads x-request-id', () => {
    const error = APIError.generate(
      500,
      { detail: 'boom' },
      new Headers({ 'x-request-id': 'req_123' }),
      request,
    );
    expect(error.requestId).toBe('req_123');
    expect(APIError.generate(500, undefined, new Headers(), request).requestId).toBeUndefined();
  });

  it('parses Retry-After seconds and HTTP-date on RateLimitError', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const seconds = APIError.generate(429, undefined, new Headers({ 'retry-after': '7' }), request, {
      now,
    }) as RateLimitError;
    expect(seconds.retryAfter).toBe(7);
    const date = APIError.generate(
      429,
      undefined,
      new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }),
      request,
      { now },
    ) as RateLimitError;
    expect(date.retryAfter).toBe(30);
    const none = APIError.generate(429, undefined, new Headers(), request, { now }) as RateLimitError;
    expect(none.retryAfter).toBeUndefined();
    expect(parseRetryAfterSeconds('garbage', now)).toBeUndefined();
    expect(parseRetryAfterSeconds('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
  });

  it('WebSocketError carries code and reason', () => {
    const error = new WebSocketError('closed abnormally', { code: 1006, reason: '' });
    expect(error).toBeInstanceOf(SDKError);
    expect(error.code).toBe(1006);
    expect(error.name).toBe('WebSocketError');
  });
});

describe('errors from the client', () => {
  const getAssistant = op({
    path: '/api/v1/assistants/{assistant_id}',
    pathParams: ['assistant_id'],
  });

  it('keeps non-JSON error bodies as text', async () => {
    const { fetch } = fakeFetch(() => text('upstream exploded', 502, { 'content-type': 'text/html' }));
    const error = await makeClient(fetch, { maxRetries: 0 })
      .call(getAssistant, [1])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).body).toBe('upstream exploded');
    expect((error as ServerError).message).toBe('502 upstream exploded');
    expect((error as ServerError).path).toBe('/api/v1/assistants/1');
    expect((error as ServerError).headers.get('content-type')).toBe('text/html');
  });

  it('parses JSON error bodies even when mislabelled as text', async () => {
    const { fetch } = fakeFetch(() =>
      text('{"detail":[{"loc":["path","assistant_id"],"msg":"bad id","type":"x"}]}', 422),
    );
    const error = await makeClient(fetch)
      .call(getAssistant, ['x'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    // The message names the SDK's argument; `loc` keeps FastAPI's location.
    expect((error as ValidationError).message).toBe('422 assistantId: bad id');
    expect((error as ValidationError).errors).toHaveLength(1);
    expect((error as ValidationError).errors[0]).toMatchObject({ loc: ['path', 'assistant_id'], path: ['assistantId'] });
  });

  it('never exposes the API key, even when the server echoes it', async () => {
    const { fetch } = fakeFetch(() =>
      json({ detail: `Invalid API key ${API_KEY}`, echo: { authorization: `Bearer ${API_KEY}` } }, 401),
    );
    const error = await makeClient(fetch)
      .call(getAssistant, [1])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const dump = JSON.stringify({
      ...(error as object),
      message: (error as Error).message,
      stack: (error as Error).stack,
    });
    expect(dump).not.toContain(API_KEY);
    expect((error as Error).message).toBe('401 Invalid API key [redacted]');
    for (const value of Object.values(error as object))
      expect(String(JSON.stringify(value))).not.toContain(API_KEY);
  });

  it('never exposes the API key in connection errors', async () => {
    const fetch = async () => {
      throw new TypeError(`fetch failed for Bearer ${API_KEY}`);
    };
    const error = await makeClient(fetch, { maxRetries: 0 })
      .call(getAssistant, [1])
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('APIConnectionError');
    expect((error as Error).message).not.toContain(API_KEY);
    expect(JSON.stringify(error)).not.toContain(API_KEY);
    expect((error as Error).message).toContain('fetch failed for Bearer [redacted]');
    // A cause that mentions the key is dropped (the message keeps its redacted text); others are kept as they are.
    expect((error as Error).cause).toBeUndefined();
  });
});

/**
 * The per-call hot path gives exactly what the general rules give: path templates (and the error for a
 * placeholder without a parameter), path segment encoding, cheap key writes and remembered default-rule renames in
 * casing, synchronous preparation and decoding, the abort wiring of an attempt, and the
 * promise layering of `APIPromise`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  apiCall,
  APIUserAbortError,
  SDKError,
  camelKey,
  formBody,
  fromWire,
  multipartBody,
  operationUrl,
  rawRequest,
  toWire,
  wireKey,
} from '../../templates/client/runtime/index.js';
import { encodePathSegment } from '../../templates/client/runtime/encoding.js';
import type { Shape } from '../../templates/client/runtime/operation.js';
import { BASE_URL, fakeFetch, hangingFetch, json, makeClient, op, shapes } from './helpers.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

/** The general RFC 3986 encoding the fast paths must agree with. */
function reference(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  return (await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  )) as Error;
}

describe('path segments', () => {
  it('numbers and unreserved strings encode exactly as the general rule', () => {
    const numbers = [0, -0, 7, -42, 1.5, -1.5e-7, Number.MAX_SAFE_INTEGER, 2 ** 53, -(2 ** 60), 1e21, 1.7976931348623157e308];
    for (const value of numbers) expect(encodePathSegment(value, 'x', 'op')).toBe(reference(String(value)));
    expect(encodePathSegment(1e21, 'x', 'op')).toBe('1e%2B21');
    expect(encodePathSegment(-0, 'x', 'op')).toBe('0');
    for (const value of ['abc', 'A-Z_0.9~', '...', '.a', 'a..', '~', '-', '_', 'x y', 'a+b', 'é', '💬']) {
      expect(encodePathSegment(value, 'x', 'op')).toBe(reference(value));
    }
    expect(encodePathSegment(2n ** 70n, 'x', 'op')).toBe((2n ** 70n).toString());
  });

  it('still rejects empty, dot segments, non-finite numbers and lone surrogates', () => {
    for (const value of ['', '.', '..', Number.POSITIVE_INFINITY, Number.NaN, '\uD800']) {
      expect(() => encodePathSegment(value, 'x', 'op')).toThrow(SDKError);
    }
  });
});

describe('path templates', () => {
  it('fills placeholders in template order from arguments in parameter order (default: template order)', async () => {
    const { fetch, urls } = fakeFetch();
    const client = makeClient(fetch);
    const swapped = op({ path: '/a/{y}/b/{x}/c', pathParams: ['x', 'y'] });
    const inOrder = op({ path: '/a/{y}/b/{x}/c' });
    const bare = op({ path: '/plain' });
    await client.call(swapped, [1, 'two words']);
    await client.call(inOrder, [1, 'two words']);
    await client.call(bare, []);
    expect(urls()).toEqual([
      `${BASE_URL}/a/two%20words/b/1/c`,
      `${BASE_URL}/a/1/b/two%20words/c`,
      `${BASE_URL}/plain`,
    ]);
    expect(operationUrl(client, swapped, ['p', 'q'])).toBe(`${BASE_URL}/a/q/b/p/c`);
    expect(operationUrl(client, inOrder, ['p', 'q'])).toBe(`${BASE_URL}/a/p/b/q/c`);
    expect(operationUrl(client, bare, [])).toBe(`${BASE_URL}/plain`);
  });

  it('names each argument by its parameter (pathParams order), and reports the first bad one in the template', async () => {
    const swapped = op({ path: '/a/{y}/b/{x}', pathParams: ['x', 'y'] });
    expect(operationUrl(makeClient(fakeFetch().fetch), swapped, ['X', 'Y'])).toBe(`${BASE_URL}/a/Y/b/X`);
    const error = await errorOf(makeClient(fakeFetch().fetch).call(swapped, ['', '.']));
    expect(error.message).toBe('Path parameter "y" of GET /a/{y}/b/{x} must not be ".".');
  });

  it('a placeholder no parameter is named after is reported, and nothing is sent', async () => {
    const { fetch, urls } = fakeFetch();
    const client = makeClient(fetch);
    // Only a hand-made descriptor can have one: the generator's lint makes placeholders and parameters match.
    const leftover = op({ path: '/a/{x}/{z}', pathParams: ['x'] });
    const expected = 'Path parameter "z" of GET /a/{x}/{z} must be a string or a finite number, got undefined.';
    expect((await errorOf(client.call(leftover, [1]))).message).toBe(expected);
    expect(() => operationUrl(client, leftover, [1])).toThrow(expected);
    // A placeholder repeated in the template takes its one argument in both places.
    expect(operationUrl(client, op({ path: '/{id}/again/{id}', pathParams: ['id'] }), ['+1'])).toBe(`${BASE_URL}/%2B1/again/%2B1`);
    expect(urls()).toEqual([]);
  });

  it('a wrong number of path arguments is reported for well-formed templates', async () => {
    const twoParams = op({ path: '/a/{x}/b/{y}' });
    const error = await errorOf(makeClient(fakeFetch().fetch).call(twoParams, [1]));
    expect(error.message).toBe('GET /a/{x}/b/{y} takes 2 path argument(s) (x, y), got 1.');
  });
});

describe('casing key writes', () => {
  // `a_b`, `to_string`, `rule_trap` and `constructor` take the default rule (remembered after first use); the keys that are
  // already camelCase (and `__proto__`, which the rule would turn into `_Proto__`) are exceptions, as the generator
  // writes them for declared properties.
  const Thing: Shape = {
    names: {
      sdkTestTrap: 'sdkTestTrap',
      sdkTestReadonly: 'sdkTestReadonly',
      hasOwnProperty: 'hasOwnProperty',
      ['__proto__']: '__proto__',
    },
  };

  it('writes inherited names as own data properties without running prototype setters', () => {
    let setterCalls = 0;
    Object.defineProperty(Object.prototype, 'sdkTestTrap', {
      set() {
        setterCalls++;
      },
      configurable: true,
    });
    Object.defineProperty(Object.prototype, 'sdkTestReadonly', { value: 'inherited', writable: false, configurable: true });
    // Traps on both names of a key renamed by the default rule.
    for (const name of ['ruleTrap', 'rule_trap']) {
      Object.defineProperty(Object.prototype, name, {
        set() {
          setterCalls++;
        },
        configurable: true,
      });
    }
    try {
      const json =
        '{"a_b":1,"sdkTestTrap":2,"sdkTestReadonly":3,"to_string":4,"hasOwnProperty":5,"__proto__":{"x":6},"rule_trap":7,"constructor":8}';
      const wire = JSON.parse(json) as unknown;
      const out = fromWire(wire, Thing) as Record<string, unknown>;
      expect(setterCalls).toBe(0);
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(Object.keys(out)).toEqual([
        'aB',
        'sdkTestTrap',
        'sdkTestReadonly',
        'toString',
        'hasOwnProperty',
        '__proto__',
        'ruleTrap',
        'constructor',
      ]);
      for (const key of Object.keys(out)) {
        expect(Object.getOwnPropertyDescriptor(out, key)).toMatchObject({
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      expect(out['sdkTestTrap']).toBe(2);
      expect(out['sdkTestReadonly']).toBe(3);
      expect(out['toString']).toBe(4);
      expect(out['ruleTrap']).toBe(7);
      expect(out['constructor']).toBe(8);
      const back = toWire(out, Thing) as Record<string, unknown>;
      expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
      for (const key of Object.keys(back)) {
        expect(Object.getOwnPropertyDescriptor(back, key)).toMatchObject({
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      expect(JSON.stringify(back)).toBe(json);
      expect(setterCalls).toBe(0);
    } finally {
      for (const name of ['sdkTestTrap', 'sdkTestReadonly', 'ruleTrap', 'rule_trap']) {
        delete (Object.prototype as Record<string, unknown>)[name];
      }
    }
  });

  it('a later key mapping to the same name overwrites in place, like defineProperty', () => {
    const out = fromWire(JSON.parse('{"aB":0,"a_b":1}'), Thing) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['aB']);
    expect(out['aB']).toBe(1);
    // Also when one of the two is a `names` exception.
    const exception = fromWire(JSON.parse('{"hasOwnProperty":0,"has_own_property":1}'), Thing) as Record<string, unknown>;
    expect(Object.keys(exception)).toEqual(['hasOwnProperty']);
    expect(exception['hasOwnProperty']).toBe(1);
  });

  it('resolves shapes the same way on every call (cached per shape object and function ref)', () => {
    const wire = { id: 1, llm_settings: { system_prompt: 'p' }, tools: [{ tool_type: 't' }] };
    const first = fromWire(wire, shapes.Assistant);
    expect(fromWire(wire, shapes.Assistant)).toEqual(first);
    expect(first).toEqual({ id: 1, llmSettings: { systemPrompt: 'p' }, tools: [{ toolType: 't' }] });
    const ref = (): Shape => shapes.Assistant;
    expect(fromWire(wire, ref)).toEqual(first);
    expect(fromWire(wire, ref)).toEqual(first);
    expect(toWire(first, ref)).toEqual(wire);
    expect(toWire(first, shapes.Assistant)).toEqual(wire);
  });

  it('remembered default-rule renames equal camelKey / wireKey, also past the number of keys a shape remembers', () => {
    const wire: Record<string, number> = {};
    // More distinct keys than a shape remembers (some with digits, where the rule does not round-trip), then the
    // same keys again, through the same shape object.
    for (let i = 0; i < 5000; i++) wire[`key_${i}_x_y${i % 3 === 0 ? '_z' : 'Q'}`] = i;
    const keys = Object.keys(wire);
    const values = Object.values(wire);
    const shape: Shape = {};
    for (let round = 0; round < 2; round++) {
      const mapped = fromWire(wire, shape) as Record<string, number>;
      expect(Object.keys(mapped)).toEqual(keys.map(camelKey));
      expect(Object.values(mapped)).toEqual(values);
      const back = toWire(mapped, shape) as Record<string, number>;
      expect(Object.keys(back)).toEqual(keys.map(camelKey).map(wireKey));
      expect(Object.values(back)).toEqual(values);
    }
    expect(fromWire({ key_0_x_y_z: 1 }, shape)).toEqual({ key0XYZ: 1 });
    expect(toWire({ key0XYZ: 1 }, shape)).toEqual({ key0_x_y_z: 1 });
  });
});

describe('request preparation order', () => {
  const noKey = { apiKey: undefined };

  it('a body error comes before a missing key, for synchronous and multipart bodies', async () => {
    const previous = process.env['BURKI_TEST_API_KEY'];
    delete process.env['BURKI_TEST_API_KEY'];
    try {
      const form = op({
        method: 'POST',
        path: '/form',
        body: { encode: formBody, whole: 'data' },
      });
      const multipart = op({
        method: 'POST',
        path: '/upload',
        body: { encode: multipartBody, whole: 'data' },
      });
      const client = makeClient(fakeFetch().fetch, noKey);
      expect((await errorOf(client.call(form, [], { data: 'text' }))).message).toBe(
        'POST /form: a form-encoded body must be an object.',
      );
      expect((await errorOf(client.call(multipart, [], { data: 'text' }))).message).toBe(
        'POST /upload: a multipart body must be an object.',
      );
      expect((await errorOf(client.call(multipart, [], { data: { a: 1 } }))).message).toMatch(
        /^POST \/upload requires an API key/,
      );
    } finally {
      if (previous !== undefined) process.env['BURKI_TEST_API_KEY'] = previous;
    }
  });

  it('a multipart body is sent with the headers of the call', async () => {
    const { fetch, requests } = fakeFetch();
    const multipart = op({
      method: 'POST',
      path: '/upload',
      body: { encode: multipartBody },
    });
    await makeClient(fetch).call(multipart, [], { file: new Blob(['x']) }, { headers: { 'X-Trace': 't' } });
    expect(requests[0]?.body).toBeInstanceOf(FormData);
    expect(requests[0]?.headers.get('x-trace')).toBe('t');
    expect(requests[0]?.headers.has('content-type')).toBe(false);
  });

  it('preparation errors of never-awaited calls reject nothing unhandled', async () => {
    const getOne = op({ path: '/one/{id}' });
    const { fetch, requests } = fakeFetch();
    const client = makeClient(fetch);
    void client.call(getOne, []);
    void client.call(getOne, [1], undefined, { headers: { 'bad name': 'x' } });
    void rawRequest(client, 'GET', '/x', { headers: { 'bad name': 'x' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests).toHaveLength(0);
  });
});

describe('attempt abort wiring', () => {
  const getOne = op({ path: '/one' });

  it.each([0, Number.POSITIVE_INFINITY])('timeout %s: no timer, but the fetch still gets a signal', async (timeout) => {
    const { fetch, requests } = fakeFetch(() => json({ ok: true }));
    await expect(makeClient(fetch, { timeout }).call(getOne, [])).resolves.toEqual({ ok: true });
    expect(requests[0]?.signal).toBeInstanceOf(AbortSignal);
    expect(requests[0]?.signal?.aborted).toBe(false);
  });

  it('timeout off with a caller signal: the fetch sees an abortable signal, the call rejects as a user abort', async () => {
    const { fetch, requests } = hangingFetch();
    const controller = new AbortController();
    const pending = makeClient(fetch, { timeout: 0 }).call(getOne, [], undefined, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests[0]?.signal?.aborted).toBe(false);
    controller.abort();
    expect(await errorOf(pending)).toBeInstanceOf(APIUserAbortError);
    expect(requests[0]?.signal?.aborted).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it('each attempt gets its own signal; a timed-out attempt does not abort the next one', async () => {
    let calls = 0;
    const signals: AbortSignal[] = [];
    const fetch = (_url: string, init: RequestInit): Promise<Response> => {
      calls++;
      signals.push(init.signal as AbortSignal);
      if (calls === 1) {
        return new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      }
      return Promise.resolve(json({ ok: calls }));
    };
    const caller = new AbortController();
    const result = await makeClient(fetch, { timeout: 20 }).call(getOne, [], undefined, { signal: caller.signal });
    expect(result).toEqual({ ok: 2 });
    expect(signals).toHaveLength(2);
    expect(signals[0]).not.toBe(signals[1]);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]?.aborted).toBe(false);
    caller.abort();
    expect(signals[1]?.aborted).toBe(false);
  });

  it('a caller signal that only takes listener functions (a minimal polyfill) still aborts, and is unhooked after', async () => {
    const listeners = new Set<() => void>();
    const polyfill = {
      aborted: false,
      addEventListener: (_type: string, listener: unknown) => {
        if (typeof listener !== 'function') throw new TypeError('listener must be a function');
        listeners.add(listener as () => void);
      },
      removeEventListener: (_type: string, listener: unknown) => {
        listeners.delete(listener as () => void);
      },
    };
    const signal = polyfill as unknown as AbortSignal;
    const { fetch } = fakeFetch(() => json({ ok: true }));
    await makeClient(fetch).call(getOne, [], undefined, { signal });
    expect(listeners.size).toBe(0);

    const hanging = hangingFetch();
    const pending = makeClient(hanging.fetch).call(getOne, [], undefined, { signal });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(listeners.size).toBe(1);
    polyfill.aborted = true;
    for (const listener of listeners) listener();
    expect(await errorOf(pending)).toBeInstanceOf(APIUserAbortError);
    expect(hanging.requests[0]?.signal?.aborted).toBe(true);
  });

  it('a timeout with retries off is a timeout error, and the caller signal is left untouched', async () => {
    const { fetch } = hangingFetch();
    const caller = new AbortController();
    const error = await errorOf(
      makeClient(fetch, { timeout: 5, maxRetries: 0 }).call(getOne, [], undefined, { signal: caller.signal }),
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(caller.signal.aborted).toBe(false);
  });
});

describe('APIPromise layering', () => {
  const getOne = op({ path: '/one', shape: shapes.Assistant });

  it('starts on a later microtask, never synchronously', async () => {
    const { fetch, requests } = fakeFetch();
    const promise = apiCall(makeClient(fetch), getOne, []);
    expect(requests).toHaveLength(0);
    await promise;
    expect(requests).toHaveLength(1);
  });

  it('await and withResponse share one decoded value', async () => {
    const { fetch, requests } = fakeFetch(() => json({ is_active: true }));
    const promise = apiCall(makeClient(fetch), getOne, []);
    const [data, both, again] = await Promise.all([promise, promise.withResponse(), promise.withResponse()]);
    expect(data).toEqual({ isActive: true });
    expect(both.data).toBe(data);
    expect(again).toBe(both);
    expect(both.response.status).toBe(200);
    expect(await promise.then((value) => value)).toBe(data);
    expect(requests).toHaveLength(1);
  });

  it('awaiting a call whose response was taken unread decodes by reading that response', async () => {
    const { fetch } = fakeFetch(() => json({ is_active: false }));
    const promise = apiCall(makeClient(fetch), getOne, []);
    const response = await promise.asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(await promise).toEqual({ isActive: false });
    expect(response.bodyUsed).toBe(true);
  });

  it('a body that is only whitespace decodes to undefined; other text must be JSON', async () => {
    const bodies = [' \n\t', '\uFEFF', '\u00A0\u2028'];
    for (const body of bodies) {
      const { fetch } = fakeFetch(() => new Response(body, { status: 200 }));
      await expect(makeClient(fetch).call(getOne, [])).resolves.toBeUndefined();
    }
    const { fetch } = fakeFetch(() => new Response('\u00A0x', { status: 200 }));
    await expect(makeClient(fetch).call(getOne, [])).rejects.toThrow(/not valid JSON/);
  });
});

/**
 * `client.request(...)`: a request to any path with the client's auth, retries, timeouts and errors, but no
 * renaming of keys. A separate module so that bundles that only call generated functions leave it out.
 */
import { APIPromise } from './api-promise.js';
import { bodyBytes, parseJson, type CoreClient, type RawResult, type RequestOptions } from './client.js';
import { appendField } from './encoding.js';
import type { EncodedBody, HttpMethod } from './operation.js';

const utf8 = new TextDecoder();

/** Options of the generic `client.request(...)` escape hatch. */
export interface RawRequestOptions extends RequestOptions {
  /** Query parameters, sent as given (no renaming): arrays repeat, `undefined`/`null` are skipped. */
  query?: Readonly<Record<string, unknown>> | undefined;
  /**
   * Body sent as given (no renaming): strings, Blob, ArrayBuffer, typed arrays, FormData and URLSearchParams as
   * they are; anything else as JSON.
   */
  body?: unknown;
  /** Send the bearer token (default true). */
  auth?: boolean | undefined;
  /**
   * How to decode a 2xx body (default `auto`: JSON for JSON content types, text for `text/*`, empty for no body,
   * Blob otherwise). Never renamed.
   */
  responseType?: 'auto' | 'json' | 'text' | 'binary' | 'empty' | undefined;
}

/**
 * `await client.request('GET', '/api/v1/calls/stats', { query: { period: '7d' } })`. `path` is joined to the
 * client's `baseUrl` (or used as is when it is an absolute http(s) URL).
 */
export function rawRequest<T = unknown>(
  client: CoreClient,
  method: HttpMethod,
  rawPath: string,
  init: RawRequestOptions = {},
): APIPromise<T> {
  const responseType = init.responseType ?? 'auto';
  return new APIPromise<T>(
    (mode) => {
      const absolute = /^https?:\/\//i.test(rawPath);
      const joined = absolute ? rawPath : `${client.baseUrl}${rawPath.startsWith('/') ? '' : '/'}${rawPath}`;
      const search = new URLSearchParams();
      for (const key of Object.keys(init.query ?? {})) appendField(search, key, init.query?.[key]);
      const query = search.toString();
      const url = query ? `${joined}${joined.includes('?') ? '&' : '?'}${query}` : joined;
      const withoutQuery = rawPath.split('?')[0] ?? rawPath;
      let path = withoutQuery;
      try {
        path = new URL(url).pathname;
      } catch {
        // keep the raw path
      }
      const body = encodeRawBody(init.body);
      return client._send(
        {
          method,
          url,
          path,
          template: withoutQuery,
          accept: responseType === 'json' || responseType === 'auto' ? 'application/json' : undefined,
          body: method === 'GET' || method === 'HEAD' ? { body: undefined, contentType: undefined } : body,
          auth: init.auth ?? true,
          headerParams: undefined,
        },
        init,
        mode,
      );
    },
    (result) => decodeAuto(result, responseType) as Promise<T>,
  );
}

function encodeRawBody(body: unknown): EncodedBody {
  if (body === undefined) return { body: undefined, contentType: undefined };
  if (
    typeof body === 'string' ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof FormData ||
    body instanceof URLSearchParams
  ) {
    return { body: body as BodyInit, contentType: undefined };
  }
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

async function decodeAuto(
  result: RawResult,
  responseType: NonNullable<RawRequestOptions['responseType']>,
): Promise<unknown> {
  if (responseType === 'empty') return undefined;
  const bytes = await bodyBytes(result);
  const contentType = result.response.headers.get('content-type') ?? '';
  if (responseType === 'binary') return new Blob([bytes], { type: contentType });
  if (responseType === 'text') return utf8.decode(bytes);
  if (responseType === 'json') return parseJson(bytes, 'request');
  if (bytes.byteLength === 0) return undefined;
  const type = contentType.toLowerCase();
  if (type.includes('json')) return parseJson(bytes, 'request');
  if (type.startsWith('text/')) return utf8.decode(bytes);
  return new Blob([bytes], { type: contentType });
}

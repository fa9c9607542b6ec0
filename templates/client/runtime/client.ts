/**
 * The base class of the generated client: configuration, auth, request building, retries, timeouts, decoding.
 */
import { APIPromise, RawResult, type ResponseMode } from './api-promise.js';
import { fromWire } from './casing.js';
import {
  buildHeaderParams,
  buildPath,
  buildQuery,
  encodeBody,
  encodeQueryObject,
  type EncodedBody,
} from './encoding.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  BurkiError,
} from './errors.js';
import type { HttpMethod, OperationDescriptor, ShapeRegistry } from './operation.js';
import { Page, PagePromise, type FetchedPage, type PageContext } from './pagination.js';
import { isBrowserLike, readEnv } from './platform.js';
import { backoffMs, isRetryableRequest, isRetryableStatus, retryDelayMs, sleep } from './retry.js';
import type { WebSocketConstructor } from './realtime.js';

/** The `fetch` the client uses; `globalThis.fetch` by default. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Optional logging hook. Called with plain data only, never headers, bodies or the API key. */
export interface Logger {
  debug?(message: string, data: Record<string, unknown>): void;
  info?(message: string, data: Record<string, unknown>): void;
  warn?(message: string, data: Record<string, unknown>): void;
  error?(message: string, data: Record<string, unknown>): void;
}

/** Header values; `null` removes a header the client would otherwise send. */
export type HeaderValues = Readonly<Record<string, string | null | undefined>>;

export interface ClientOptions {
  /** API key or JWT access token, sent as `Authorization: Bearer <key>`. Defaults to the environment variable. */
  apiKey?: string | undefined;
  /** Defaults to the API's production URL. */
  baseUrl?: string | undefined;
  /** Per-attempt timeout in milliseconds (default 60000). `0` or `Infinity` disables it. */
  timeout?: number | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** A custom `fetch` (tests, proxies, polyfills). */
  fetch?: Fetch | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: HeaderValues | undefined;
  /** Called once per attempt (`debug`) with `{ operationId, method, path, status, attempt, durationMs }`. */
  logger?: Logger | undefined;
  /**
   * The `WebSocket` class for `client.realtime` streams. Default: the global `WebSocket` (browsers, Node 22+), else
   * the `ws` package (Node 20).
   */
  WebSocket?: WebSocketConstructor | undefined;
  /** @internal Test hooks; not a stable API. */
  _internal?: InternalOptions | undefined;
}

/** @internal Replaceable clock, randomness and sleep (so tests never wait). */
export interface InternalOptions {
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1) for backoff jitter. */
  random?(): number;
  /** Current time in ms. */
  now?(): number;
}

/** Set by the generated client, not by users. */
export interface ClientConfig {
  /** The shape registry of the generated `shapes.ts`. */
  readonly shapes: ShapeRegistry;
  readonly defaultBaseUrl: string;
  /** Environment variable read when no `apiKey` option is given (e.g. `BURKI_API_KEY`). */
  readonly apiKeyEnvVar?: string | undefined;
  /** `User-Agent` sent outside browsers (e.g. `burki-sdk-ts/0.1.0`). */
  readonly userAgent?: string | undefined;
  /** Name of the generated class, used in messages (default `Client`). */
  readonly clientName?: string | undefined;
}

/** Per-call options, the last argument of every SDK method. */
export interface RequestOptions {
  /** Per-attempt timeout in ms for this call. */
  timeout?: number | undefined;
  /** Aborts the call (rejects with `APIUserAbortError`). */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call; `null` removes one. */
  headers?: HeaderValues | undefined;
  /** Retries for this call. */
  maxRetries?: number | undefined;
  /** Sent as `Idempotency-Key`; makes a POST/PATCH retryable. */
  idempotencyKey?: string | undefined;
}

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

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const MAX_TIMER_MS = 2_147_483_647;

interface PreparedRequest {
  readonly method: string;
  readonly url: string;
  /** Filled path without query, for errors. */
  readonly path: string;
  /** Path template (or the raw path for `request`), for logs. */
  readonly template: string;
  readonly operationId: string | undefined;
  readonly headers: Headers;
  readonly body: BodyInit | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly signal: AbortSignal | undefined;
}

/** @internal What `client.realtime` needs from the client (the key stays out of the public surface). */
export interface RealtimeContext {
  readonly apiKey: string | undefined;
  readonly apiKeyEnvVar: string | undefined;
  readonly clientName: string;
  readonly WebSocket: WebSocketConstructor | undefined;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random: () => number;
  readonly shapes: ShapeRegistry;
}

let readRealtimeContext: (client: BaseClient) => RealtimeContext;

/** @internal Used by `realtime.ts`; not exported from the package. */
export function realtimeContext(client: BaseClient): RealtimeContext {
  return readRealtimeContext(client);
}

const IDEMPOTENCY_HEADER = 'idempotency-key';

const NO_OVERRIDES: Readonly<Record<string, unknown>> = Object.freeze({});

/** Whether an operation declares an `Idempotency-Key` header parameter (computed once per descriptor). */
const declaresIdempotencyKey = new WeakMap<OperationDescriptor, boolean>();

function hasIdempotencyParam(op: OperationDescriptor): boolean {
  let declared = declaresIdempotencyKey.get(op);
  if (declared === undefined) {
    declared = op.headers.some((header) => header.wire.toLowerCase() === IDEMPOTENCY_HEADER);
    declaresIdempotencyKey.set(op, declared);
  }
  return declared;
}

/** The abort wiring of one attempt: its own controller, aborted by the timeout or by the caller's signal. */
class AttemptAbort {
  readonly controller = new AbortController();
  timedOut = false;
}

function abortOnTimeout(state: AttemptAbort): void {
  state.timedOut = true;
  state.controller.abort();
}

/** UTF-8 decoder for whole bodies (`decode` without `stream` keeps no state between calls). */
const utf8 = new TextDecoder();

/** A random key: `crypto.randomUUID()` where the platform has it, else 122 random bits from `random`. */
function newIdempotencyKey(random: () => number): string {
  const uuid = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto?.randomUUID?.();
  if (uuid) return `sdk-${uuid}`;
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(random() * 16).toString(16);
  return `sdk-${hex}`;
}

export class BaseClient {
  /** Base URL without a trailing slash. */
  readonly baseUrl: string;
  /** Default per-attempt timeout in ms. */
  readonly timeout: number;
  /** Default number of retries. */
  readonly maxRetries: number;

  readonly #apiKey: string | undefined;
  readonly #config: ClientConfig;
  readonly #fetch: Fetch;
  /** `defaultHeaders` as `[name, value]` pairs (`null` removes), read once at construction. */
  readonly #defaultHeaders: readonly (readonly [string, string | null])[];
  readonly #logger: Logger | undefined;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #random: () => number;
  readonly #now: () => number;
  readonly #WebSocket: WebSocketConstructor | undefined;

  static {
    readRealtimeContext = (client) => ({
      apiKey: client.#apiKey,
      apiKeyEnvVar: client.#config.apiKeyEnvVar,
      clientName: client.#config.clientName ?? 'Client',
      WebSocket: client.#WebSocket,
      sleep: client.#sleep,
      random: client.#random,
      shapes: client.#config.shapes,
    });
  }

  constructor(options: ClientOptions = {}, config: ClientConfig) {
    this.#config = config;
    const envKey = config.apiKeyEnvVar ? readEnv(config.apiKeyEnvVar) : undefined;
    this.#apiKey = options.apiKey || envKey || undefined;
    this.baseUrl = (options.baseUrl || config.defaultBaseUrl).replace(/\/+$/, '');
    this.timeout = validateCount(options.timeout, DEFAULT_TIMEOUT_MS, 'timeout', true);
    this.maxRetries = validateCount(options.maxRetries, DEFAULT_MAX_RETRIES, 'maxRetries', false);
    const fetchImpl = options.fetch ?? (globalThis.fetch as Fetch | undefined);
    if (typeof fetchImpl !== 'function') {
      throw new BurkiError(
        'No global fetch found: pass one as the `fetch` option (Node 18+ and browsers have it).',
      );
    }
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#defaultHeaders = headerEntries({ ...options.defaultHeaders });
    this.#logger = options.logger;
    this.#sleep = options._internal?.sleep ?? sleep;
    this.#random = options._internal?.random ?? Math.random;
    this.#now = options._internal?.now ?? Date.now;
    this.#WebSocket = options.WebSocket;
  }

  /**
   * Calls one operation (used by generated resource methods). `pathArgs` fill the path template in order;
   * `params` (camelCase) are split into query, headers and body per the descriptor.
   */
  call<T>(
    op: OperationDescriptor,
    pathArgs: readonly unknown[],
    params?: Readonly<Record<string, unknown>>,
    options?: RequestOptions,
  ): APIPromise<T> {
    const input = params ?? {};
    const opts = options ?? {};
    return new APIPromise<T>(
      (mode) => this.#execute(this.#prepareOperation(op, pathArgs, input, opts, NO_OVERRIDES), mode),
      (result) => this.#decodeOperation(op, result) as T | Promise<T>,
    );
  }

  /**
   * Calls a list operation: awaiting gives the first page's decoded body, `for await` walks every item of every
   * page per `op.pagination`.
   */
  callList<Item, Body>(
    op: OperationDescriptor,
    pathArgs: readonly unknown[],
    params?: Readonly<Record<string, unknown>>,
    options?: RequestOptions,
  ): PagePromise<Item, Body> {
    const input = params ?? {};
    const opts = options ?? {};
    const context: PageContext = {
      op,
      params: input,
      registry: this.#config.shapes,
      fetchPage: async (overrides) =>
        this.#fetched(
          op,
          await this.#execute(this.#prepareOperation(op, pathArgs, input, opts, overrides), 'buffered'),
        ),
    };
    return new PagePromise<Item, Body>(
      (mode) => this.#execute(this.#prepareOperation(op, pathArgs, input, opts, NO_OVERRIDES), mode),
      async (result) => new Page<Item, Body>(context, await this.#fetched(op, result), {}),
    );
  }

  /**
   * The absolute URL of an operation, without sending anything (e.g. a recording URL to hand to an `<audio>`
   * element). Body params are ignored; no auth is added.
   */
  buildUrl(
    op: OperationDescriptor,
    pathArgs: readonly unknown[],
    params: Readonly<Record<string, unknown>> = {},
  ): string {
    const query = buildQuery(op, params, this.#config.shapes);
    return `${this.baseUrl}${buildPath(op, pathArgs)}${query ? `?${query}` : ''}`;
  }

  /**
   * A request to any path, with the client's auth, retries, timeouts and errors but no renaming of keys:
   * `await client.request('GET', '/api/v1/calls/stats', { query: { period: '7d' } })`.
   * `path` is joined to `baseUrl` (or used as is when it is an absolute http(s) URL).
   */
  request<T = unknown>(method: HttpMethod, path: string, init: RawRequestOptions = {}): APIPromise<T> {
    return new APIPromise<T>(
      (mode) => this.#execute(this.#prepareRaw(method, path, init), mode),
      (result) => decodeAuto(result, init.responseType ?? 'auto') as Promise<T>,
    );
  }

  // -------------------------------------------------------------------------------------------------------------------

  /**
   * URL, headers and body of one operation call. Synchronous unless the body needs awaiting (multipart); a throw
   * here (bad path argument, missing key...) rejects the call.
   */
  #prepareOperation(
    op: OperationDescriptor,
    pathArgs: readonly unknown[],
    params: Readonly<Record<string, unknown>>,
    options: RequestOptions,
    overrides: Readonly<Record<string, unknown>>,
  ): PreparedRequest | Promise<PreparedRequest> {
    const registry = this.#config.shapes;
    const path = buildPath(op, pathArgs);
    const query = buildQuery(op, params, registry, overrides);
    const encoded = encodeBody(op, params, registry);
    if (encoded instanceof Promise) {
      return encoded.then((body) => this.#finishOperation(op, params, options, path, query, body));
    }
    return this.#finishOperation(op, params, options, path, query, encoded);
  }

  #finishOperation(
    op: OperationDescriptor,
    params: Readonly<Record<string, unknown>>,
    options: RequestOptions,
    path: string,
    query: string,
    encoded: EncodedBody,
  ): PreparedRequest {
    const headers = this.#headers(
      op.response.kind === 'json' ? 'application/json' : undefined,
      encoded.contentType,
      op.auth,
      op.headers.length === 0 ? undefined : buildHeaderParams(op, params, this.#config.shapes),
      options,
      op.id,
    );
    // An operation that declares an `Idempotency-Key` header gets one generated when the caller sent none, so the
    // call (a POST, say) becomes safe to retry; the same key is reused by every attempt of this call.
    if (hasIdempotencyParam(op) && !headers.has(IDEMPOTENCY_HEADER)) {
      headers.set('Idempotency-Key', newIdempotencyKey(this.#random));
    }
    const bodyAllowed = op.method !== 'GET' && op.method !== 'HEAD';
    return {
      method: op.method,
      url: query === '' ? this.baseUrl + path : `${this.baseUrl}${path}?${query}`,
      path,
      template: op.path,
      operationId: op.id,
      headers,
      body: bodyAllowed ? encoded.body : undefined,
      timeout: options.timeout ?? this.timeout,
      maxRetries: options.maxRetries ?? this.maxRetries,
      signal: options.signal,
    };
  }

  #prepareRaw(method: HttpMethod, rawPath: string, init: RawRequestOptions): PreparedRequest {
    const absolute = /^https?:\/\//i.test(rawPath);
    const joined = absolute ? rawPath : `${this.baseUrl}${rawPath.startsWith('/') ? '' : '/'}${rawPath}`;
    const query = init.query ? encodeQueryObject(init.query) : '';
    const url = query ? `${joined}${joined.includes('?') ? '&' : '?'}${query}` : joined;
    const withoutQuery = rawPath.split('?')[0] ?? rawPath;
    let path = withoutQuery;
    try {
      path = new URL(url).pathname;
    } catch {
      // keep the raw path
    }
    const { body, contentType } = encodeRawBody(init.body);
    const responseType = init.responseType ?? 'auto';
    const headers = this.#headers(
      responseType === 'json' || responseType === 'auto' ? 'application/json' : undefined,
      contentType,
      init.auth ?? true,
      undefined,
      init,
      `${method} ${withoutQuery}`,
    );
    return {
      method,
      url,
      path,
      template: withoutQuery,
      operationId: undefined,
      headers,
      body: method === 'GET' || method === 'HEAD' ? undefined : body,
      timeout: init.timeout ?? this.timeout,
      maxRetries: init.maxRetries ?? this.maxRetries,
      signal: init.signal,
    };
  }

  /**
   * Request headers, lowest precedence first: Accept / Content-Type / User-Agent, Authorization, the client's
   * `defaultHeaders`, the operation's header params, the call's `headers`, then `idempotencyKey`.
   */
  #headers(
    accept: string | undefined,
    contentType: string | undefined,
    auth: boolean,
    params: Readonly<Record<string, string>> | undefined,
    options: RequestOptions,
    operation: string,
  ): Headers {
    const headers = new Headers();
    // The list is empty and these names are distinct, so `append` is `set` without the lookup.
    if (accept) headers.append('Accept', accept);
    if (contentType) headers.append('Content-Type', contentType);
    if (this.#config.userAgent && !isBrowserLike()) headers.append('User-Agent', this.#config.userAgent);
    if (auth && this.#apiKey) headers.append('Authorization', `Bearer ${this.#apiKey}`);
    const defaults = this.#defaultHeaders;
    for (let i = 0; i < defaults.length; i++) {
      const [name, value] = defaults[i] as readonly [string, string | null];
      if (value === null) headers.delete(name);
      else headers.set(name, value);
    }
    if (params !== undefined) applyHeaders(headers, params);
    if (options.headers != null) applyHeaders(headers, options.headers);
    if (options.idempotencyKey !== undefined) headers.set('Idempotency-Key', options.idempotencyKey);
    if (auth) {
      // Only header values given as options can remove or add `Authorization` after the key.
      const untouched = defaults.length === 0 && params === undefined && options.headers == null;
      if (untouched ? !this.#apiKey : !headers.has('authorization')) {
        const name = this.#config.clientName ?? 'Client';
        const env = this.#config.apiKeyEnvVar;
        throw new BurkiError(
          `${operation} requires an API key, and none was given. Pass it as \`new ${name}({ apiKey: '...' })\`` +
            (env ? ` or set the ${env} environment variable.` : '.'),
        );
      }
    }
    return headers;
  }

  async #execute(prepared: PreparedRequest | Promise<PreparedRequest>, mode: ResponseMode): Promise<RawResult> {
    const request = prepared instanceof Promise ? await prepared : prepared;
    const retryable = isRetryableRequest(request.method, request.headers);
    for (let attempt = 0; ; attempt++) {
      if (request.signal?.aborted) throw new APIUserAbortError();
      const startedAt = this.#now();
      const canRetry = retryable && attempt < request.maxRetries;
      let outcome: RawResult | APIError;
      try {
        outcome = await this.#attempt(request, mode);
      } catch (error) {
        const durationMs = this.#now() - startedAt;
        if (error instanceof APIConnectionError && canRetry) {
          const delay = backoffMs(attempt, this.#random);
          this.#log(request, { attempt, durationMs, error: error.name, retryInMs: delay });
          await this.#sleep(delay, request.signal);
          continue;
        }
        this.#log(request, { attempt, durationMs, error: error instanceof Error ? error.name : 'Error' });
        throw error;
      }
      const durationMs = this.#now() - startedAt;
      if (outcome instanceof RawResult) {
        if (this.#logger?.debug) this.#log(request, { attempt, durationMs, status: outcome.response.status });
        return outcome;
      }
      const error = outcome;
      if (canRetry && isRetryableStatus(error.status)) {
        const delay = retryDelayMs(attempt, error.headers, this.#random, this.#now());
        this.#log(request, { attempt, durationMs, status: error.status, retryInMs: delay });
        await this.#sleep(delay, request.signal);
        continue;
      }
      this.#log(request, { attempt, durationMs, status: error.status });
      throw error;
    }
  }

  /**
   * One HTTP exchange under the per-attempt timeout, linked to the caller's signal: the 2xx exchange (body read
   * unless `raw`), or the API error to throw or retry on. Connection failures, timeouts and aborts throw.
   */
  async #attempt(request: PreparedRequest, mode: ResponseMode): Promise<RawResult | APIError> {
    const signal = request.signal;
    // Every attempt gets its own signal (also with the timeout off: fetch implementations may rely on one).
    const abort = new AttemptAbort();
    const timer =
      request.timeout > 0 && request.timeout <= MAX_TIMER_MS
        ? setTimeout(abortOnTimeout, request.timeout, abort)
        : undefined;
    // The caller's signal aborts this attempt's controller (a listener is made only when there is one).
    let onAbort: (() => void) | undefined;
    if (signal != null) {
      onAbort = (): void => abort.controller.abort();
      signal.addEventListener('abort', onAbort, { once: true });
    }
    try {
      let response: Response;
      try {
        response = await this.#fetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body ?? null,
          signal: abort.controller.signal,
        });
      } catch (error) {
        throw this.#fail(request, abort, error);
      }
      if (!response.ok) {
        let text: string;
        try {
          text = await response.text();
        } catch (error) {
          throw this.#fail(request, abort, error);
        }
        const body = parseErrorBody(text, response.headers.get('content-type'));
        return APIError.generate(
          response.status,
          body,
          response.headers,
          { method: request.method, path: request.path },
          { now: this.#now(), redact: (value) => this.#redact(value) },
        );
      }
      if (mode === 'raw') return new RawResult(response, undefined);
      let bytes: ArrayBuffer;
      try {
        bytes = await response.arrayBuffer();
      } catch (error) {
        throw this.#fail(request, abort, error);
      }
      return new RawResult(response, bytes);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The error for a failed fetch or body read: the caller's abort, the timeout, or a connection error. */
  #fail(request: PreparedRequest, abort: AttemptAbort, cause: unknown): BurkiError {
    const where = { method: request.method, path: request.path };
    if (request.signal?.aborted) return new APIUserAbortError();
    if (abort.timedOut) return new APIConnectionTimeoutError(request.timeout, where);
    const reason = cause instanceof Error ? cause.message : String(cause);
    const message = this.#redact(`Connection error: ${reason} (${request.method} ${request.path}).`);
    return new APIConnectionError(message, where, { cause: this.#redactCause(cause) });
  }

  /** The decoded 2xx body; synchronous when the body was buffered with the response. */
  #decodeOperation(op: OperationDescriptor, result: RawResult): unknown {
    if (op.response.kind === 'empty') return undefined;
    const bytes = result.buffered;
    if (bytes === undefined) return result.bytes().then((read) => this.#decodeBytes(op, result, read));
    return this.#decodeBytes(op, result, bytes);
  }

  #decodeBytes(op: OperationDescriptor, result: RawResult, bytes: ArrayBuffer): unknown {
    switch (op.response.kind) {
      case 'json':
        return fromWire(parseJson(bytes, op.id), op.response.shape, this.#config.shapes);
      case 'text':
        return utf8.decode(bytes);
      case 'binary':
        return new Blob([bytes], { type: result.response.headers.get('content-type') ?? '' });
      case 'empty':
        return undefined;
    }
  }

  async #fetched(op: OperationDescriptor, result: RawResult): Promise<FetchedPage> {
    const wire = parseJson(await result.bytes(), op.id);
    return { wire, data: fromWire(wire, op.response.shape, this.#config.shapes), response: result.response };
  }

  #log(
    request: PreparedRequest,
    data: { attempt: number; durationMs: number; status?: number; error?: string; retryInMs?: number },
  ): void {
    const debug = this.#logger?.debug;
    if (!debug) return;
    try {
      debug.call(this.#logger, 'http attempt', {
        operationId: request.operationId,
        method: request.method,
        path: request.template,
        status: data.status,
        attempt: data.attempt + 1,
        durationMs: data.durationMs,
        ...(data.error === undefined ? {} : { error: data.error }),
        ...(data.retryInMs === undefined ? {} : { retryInMs: Math.round(data.retryInMs) }),
      });
    } catch {
      // A failing logger must not fail the request.
    }
  }

  /** The original cause, or a stand-in without the key when its message or stack mentions the key. */
  #redactCause(cause: unknown): unknown {
    const key = this.#apiKey;
    if (!key || key.length < 4) return cause;
    if (cause instanceof Error) {
      if (!`${cause.message}\n${cause.stack ?? ''}`.includes(key)) return cause;
      const copy = new Error(this.#redact(cause.message));
      copy.name = cause.name;
      copy.stack = this.#redact(cause.stack ?? '');
      return copy;
    }
    return typeof cause === 'string' ? this.#redact(cause) : cause;
  }

  #redact(text: string): string {
    const key = this.#apiKey;
    if (!key || key.length < 4) return text;
    return text.split(key).join('[redacted]');
  }
}

// ---------------------------------------------------------------------------------------------------------------------

function validateCount(
  value: number | undefined,
  fallback: number,
  name: string,
  allowInfinity: boolean,
): number {
  if (value === undefined) return fallback;
  const valid =
    typeof value === 'number' &&
    value >= 0 &&
    (Number.isFinite(value) || (allowInfinity && value === Infinity));
  if (!valid || (!allowInfinity && !Number.isInteger(value))) {
    throw new BurkiError(
      `The ${name} option must be a non-negative ${allowInfinity ? 'number' : 'integer'}, got ${String(value)}.`,
    );
  }
  return value;
}

/** The entries of a header record that do something: a value sets, `null` removes, `undefined` is skipped. */
function headerEntries(values: HeaderValues): (readonly [string, string | null])[] {
  const entries: (readonly [string, string | null])[] = [];
  for (const name of Object.keys(values)) {
    const value = values[name];
    if (value !== undefined) entries.push([name, value]);
  }
  return entries;
}

function applyHeaders(headers: Headers, values: Readonly<Record<string, string | null | undefined>>): void {
  for (const name of Object.keys(values)) {
    const value = values[name];
    if (value === null) headers.delete(name);
    else if (value !== undefined) headers.set(name, value);
  }
}

/** Whether `text.trim()` is empty, without trimming the usual body that starts with `{` or `[`. */
function isBlank(text: string): boolean {
  if (text === '') return true;
  const first = text.charCodeAt(0);
  // Printable ASCII other than space is never whitespace.
  if (first > 0x20 && first < 0x7f) return false;
  return text.trim() === '';
}

function parseJson(bytes: ArrayBuffer, operationId: string): unknown {
  const text = utf8.decode(bytes);
  if (isBlank(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BurkiError(`${operationId}: the response is not valid JSON (${text.length} characters).`);
  }
}

/**
 * Error bodies: parsed as JSON when the content type says JSON or the text looks like a JSON object or array
 * (proxies and test servers often mislabel it); otherwise kept as text. `undefined` when empty.
 */
function parseErrorBody(text: string, contentType: string | null): unknown {
  if (text === '') return undefined;
  const trimmed = text.trim();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (looksJson || (contentType?.toLowerCase() ?? '').includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function encodeRawBody(body: unknown): { body: BodyInit | undefined; contentType: string | undefined } {
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
  const bytes = await result.bytes();
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

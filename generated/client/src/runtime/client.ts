/**
 * The base class of the generated client: configuration, auth, request building, retries, timeouts, decoding.
 */
import { APIPromise, RawResult, type ResponseMode } from './api-promise.js';
import { fromWire } from './casing.js';
import { buildHeaderParams, buildPath, buildQuery, encodeBody, planOf } from './encoding.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  BurkiError,
  missingKeyError,
} from './errors.js';
import type { EncodedBody, OperationDescriptor } from './operation.js';
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
  /** Called once per attempt (`debug`) with `{ method, path, status, attempt, durationMs }` (`path`: the template). */
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
  readonly defaultBaseUrl: string;
  /** Environment variable read when no `apiKey` option is given (e.g. `BURKI_API_KEY`). */
  readonly apiKeyEnvVar?: string | undefined;
  /** `User-Agent` sent outside browsers (e.g. `burki-sdk-ts/0.1.0`). */
  readonly userAgent?: string | undefined;
  /** Name of the generated class, used in messages (default `Client`). */
  readonly clientName?: string | undefined;
  /**
   * Where the key goes when the API takes it as an API key (`X-API-Key: <key>`, `?api_key=<key>`) rather than a
   * bearer token (`Authorization: Bearer <key>`, the default).
   */
  readonly credential?: { readonly in: 'header' | 'query'; readonly name: string } | undefined;
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

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const MAX_TIMER_MS = 2_147_483_647;

/**
 * @internal One HTTP request before headers are added: what `call`, pagination and `request()` hand to `_send`.
 */
export interface RequestSpec {
  readonly method: string;
  /** Absolute URL with the query string. */
  readonly url: string;
  /** Filled path without query, for errors. */
  readonly path: string;
  /** Path template (or the raw path for `request`), for logs. */
  readonly template: string;
  readonly accept: string | undefined;
  readonly body: EncodedBody;
  readonly auth: boolean;
  /** The operation's header parameters, by wire name. */
  readonly headerParams: Readonly<Record<string, string>> | undefined;
  /** The operation declares an `Idempotency-Key` header: one is generated when the caller sends none. */
  readonly idempotencyKey: boolean;
  /** Names the request in errors: `METHOD path template` (or the raw path). */
  readonly label: string;
}

interface PreparedRequest {
  readonly method: string;
  readonly url: string;
  readonly path: string;
  readonly template: string;
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
}

const realtimeContexts = new WeakMap<BaseClient, RealtimeContext>();

/** @internal Used by `realtime.ts`; not exported from the package. */
export function realtimeContext(client: BaseClient): RealtimeContext {
  return realtimeContexts.get(client) as RealtimeContext;
}

const IDEMPOTENCY_HEADER = 'idempotency-key';

const NO_BODY: EncodedBody = { body: undefined, contentType: undefined };

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
  /** The header that carries the key and its value (`Authorization`, `Bearer <key>`), unless the key goes in the query. */
  readonly #keyHeader: readonly [name: string, value: string] | undefined;
  /** The query parameter that carries the key, for APIs that take it there. */
  readonly #keyQuery: string | undefined;
  /** `User-Agent` to send: the configured one outside browsers (browsers forbid setting it). */
  readonly #userAgent: string | undefined;
  readonly #logger: Logger | undefined;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #random: () => number;
  readonly #now: () => number;

  constructor(options: ClientOptions = {}, config: ClientConfig) {
    this.#config = config;
    const envKey = config.apiKeyEnvVar ? readEnv(config.apiKeyEnvVar) : undefined;
    this.#apiKey = options.apiKey || envKey || undefined;
    this.baseUrl = (options.baseUrl || config.defaultBaseUrl).replace(/\/+$/, '');
    this.timeout = validateCount(options.timeout, DEFAULT_TIMEOUT_MS, 'timeout', true);
    this.maxRetries = validateCount(options.maxRetries, DEFAULT_MAX_RETRIES, 'maxRetries', false);
    const fetchImpl = options.fetch ?? (globalThis.fetch as Fetch | undefined);
    if (typeof fetchImpl !== 'function') {
      throw new BurkiError('No global fetch found: pass one as the `fetch` option (Node 18+ and browsers have it).');
    }
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#defaultHeaders = headerEntries({ ...options.defaultHeaders });
    const credential = config.credential;
    const key = this.#apiKey;
    this.#keyQuery = credential?.in === 'query' ? credential.name : undefined;
    if (key === undefined || this.#keyQuery !== undefined) this.#keyHeader = undefined;
    else this.#keyHeader = credential ? [credential.name, key] : ['Authorization', `Bearer ${key}`];
    this.#userAgent = isBrowserLike() ? undefined : config.userAgent;
    this.#logger = options.logger;
    this.#sleep = options._internal?.sleep ?? sleep;
    this.#random = options._internal?.random ?? Math.random;
    this.#now = options._internal?.now ?? Date.now;
    realtimeContexts.set(this, {
      apiKey: this.#apiKey,
      apiKeyEnvVar: config.apiKeyEnvVar,
      clientName: config.clientName ?? 'Client',
      WebSocket: options.WebSocket,
      sleep: this.#sleep,
      random: this.#random,
    });
  }

  /**
   * Calls one operation (used by the generated functions). `pathArgs` fill the path template in order; `params`
   * (camelCase) are split into query, headers and body per the descriptor.
   */
  call<T>(
    op: OperationDescriptor,
    pathArgs: readonly unknown[],
    params?: object,
    options?: RequestOptions,
  ): APIPromise<T> {
    // Any object type: generated params types may be interfaces, which have no index signature.
    const input = (params ?? {}) as Readonly<Record<string, unknown>>;
    const opts = options ?? {};
    return new APIPromise<T>(
      (mode) => this._send(this._operationRequest(op, pathArgs, input, undefined), opts, mode),
      (result) => decodeOperation(op, result) as T | Promise<T>,
    );
  }

  /**
   * @internal The request of one operation call. Synchronous unless the body needs awaiting (multipart); a throw
   * here (bad path argument, missing key...) rejects the call. `overrides` (wire names) replace query values.
   */
  _operationRequest(
    op: OperationDescriptor,
    pathArgs: readonly unknown[],
    params: Readonly<Record<string, unknown>>,
    overrides: Readonly<Record<string, unknown>> | undefined,
  ): RequestSpec | Promise<RequestSpec> {
    const path = buildPath(op, pathArgs);
    const query = buildQuery(op, params, overrides);
    const encoded = encodeBody(op, params);
    const plan = planOf(op);
    const finish = (body: EncodedBody): RequestSpec => ({
      method: op.method,
      url: query === '' ? this.baseUrl + path : `${this.baseUrl}${path}?${query}`,
      path,
      template: op.path,
      accept: op.decode === undefined ? 'application/json' : undefined,
      body: op.method === 'GET' || op.method === 'HEAD' ? NO_BODY : body,
      auth: op.auth !== false,
      headerParams: buildHeaderParams(op, params),
      idempotencyKey: plan.idempotencyKey,
      label: plan.route,
    });
    return encoded instanceof Promise ? encoded.then(finish) : finish(encoded);
  }

  /** @internal Sends a request with the client's auth, headers, timeouts and retries; resolves with a 2xx exchange. */
  async _send(spec: RequestSpec | Promise<RequestSpec>, options: RequestOptions, mode: ResponseMode): Promise<RawResult> {
    const request = spec instanceof Promise ? await spec : spec;
    const headers = this.#headers(request, options);
    // An operation that declares an `Idempotency-Key` header gets one generated when the caller sent none, so the
    // call (a POST, say) becomes safe to retry; the same key is reused by every attempt of this call.
    if (request.idempotencyKey && !headers.has(IDEMPOTENCY_HEADER)) {
      headers.set('Idempotency-Key', newIdempotencyKey(this.#random));
    }
    // An API that takes the key in the query gets it appended here, so it never reaches `RequestSpec` (or logs).
    const keyQuery = request.auth && this.#apiKey ? this.#keyQuery : undefined;
    return this.#execute(
      {
        method: request.method,
        url: keyQuery === undefined ? request.url : `${request.url}${request.url.includes('?') ? '&' : '?'}${encodeURIComponent(keyQuery)}=${encodeURIComponent(this.#apiKey as string)}`,
        path: request.path,
        template: request.template,
        headers,
        body: request.body.body,
        timeout: options.timeout ?? this.timeout,
        maxRetries: options.maxRetries ?? this.maxRetries,
        signal: options.signal,
      },
      mode,
    );
  }

  // -------------------------------------------------------------------------------------------------------------------

  /**
   * Request headers, lowest precedence first: Accept / Content-Type / User-Agent, Authorization, the client's
   * `defaultHeaders`, the operation's header params, the call's `headers`, then `idempotencyKey`.
   */
  #headers(request: RequestSpec, options: RequestOptions): Headers {
    const { accept, auth } = request;
    const contentType = request.body.contentType;
    const params = request.headerParams;
    const headers = new Headers();
    // The list is empty and these names are distinct, so `append` is `set` without the lookup.
    if (accept) headers.append('Accept', accept);
    if (contentType) headers.append('Content-Type', contentType);
    if (this.#userAgent) headers.append('User-Agent', this.#userAgent);
    if (auth && this.#keyHeader) headers.append(this.#keyHeader[0], this.#keyHeader[1]);
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
      // Only header values given as options can remove or add the key's header (`Authorization`) after the key.
      const untouched = defaults.length === 0 && params === undefined && options.headers == null;
      const keyHeader = this.#keyQuery === undefined ? (this.#config.credential?.name ?? 'Authorization') : undefined;
      if (untouched || keyHeader === undefined ? !this.#apiKey : !headers.has(keyHeader)) {
        throw missingKeyError(request.label, this.#config.clientName ?? 'Client', this.#config.apiKeyEnvVar);
      }
    }
    return headers;
  }

  async #execute(request: PreparedRequest, mode: ResponseMode): Promise<RawResult> {
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

  #log(
    request: PreparedRequest,
    data: { attempt: number; durationMs: number; status?: number; error?: string; retryInMs?: number },
  ): void {
    const debug = this.#logger?.debug;
    if (!debug) return;
    try {
      debug.call(this.#logger, 'http attempt', {
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

/** A count option (`timeout`, `maxRetries`): the fallback when absent, else a non-negative number (integer unless `allowInfinity`). */
export function validateCount(
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

/** @internal The JSON of a body; `undefined` when blank; a `BurkiError` when it is not JSON. */
export function parseJson(bytes: ArrayBuffer, route: string): unknown {
  const text = utf8.decode(bytes);
  if (isBlank(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BurkiError(`${route}: the response is not valid JSON (${text.length} characters).`);
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

/** The decoded 2xx body of an operation; synchronous when the body was buffered with the response. */
function decodeOperation(op: OperationDescriptor, result: RawResult): unknown {
  if (op.decode === 'empty') return undefined;
  const bytes = result.buffered;
  if (bytes === undefined) return result.bytes().then((read) => decodeBytes(op, result, read));
  return decodeBytes(op, result, bytes);
}

function decodeBytes(op: OperationDescriptor, result: RawResult, bytes: ArrayBuffer): unknown {
  if (op.decode === 'text') return utf8.decode(bytes);
  if (op.decode === 'binary') return new Blob([bytes], { type: result.response.headers.get('content-type') ?? '' });
  return fromWire(parseJson(bytes, planOf(op).route), op.shape);
}

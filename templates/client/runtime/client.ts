/**
 * The base class of the generated client: configuration, auth, request building, retries, timeouts, decoding.
 */
import { fromWire } from './casing.js';
import { buildPath } from './encoding.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  type IssuePath,
  missingKeyError,
  redact as redactSecrets,
  safeCause,
  SDKError,
} from './errors.js';
import { routeOf, type EncodedBody, type EncodedParams, type OperationDescriptor } from './operation.js';
import { isBrowserLike, readEnv } from './platform.js';
import { isRetryableRequest, retryDelayMs, sleep } from './retry.js';
import type { Credential } from './credentials.js';
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

/** The options of `CoreClient` (the generated `<Name>Core`): `ClientOptions` without the `logger` (see `useLogger`). */
export interface CoreOptions {
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
  /**
   * The `WebSocket` class for `client.realtime` streams. Default: the global `WebSocket` (browsers, Node 22+), else
   * the `ws` package (Node 20).
   */
  WebSocket?: WebSocketConstructor | undefined;
  /** @internal Test hooks; not a stable API. */
  _internal?: InternalOptions | undefined;
}

export interface ClientOptions extends CoreOptions {
  /** Called once per attempt (`debug`) with `{ method, path, status, attempt, durationMs }` (`path`: the template). */
  logger?: Logger | undefined;
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
   * How the key travels when it is not a bearer token (`Authorization: Bearer <key>`, the default): `headerKey`,
   * `queryKey` or `basicAuth` (credentials.ts).
   */
  readonly credential?: Credential | undefined;
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
  /**
   * Query parameters the SDK does not declare, sent as given (wire names, values not renamed); one named like a
   * declared parameter replaces it. The escape hatch for a parameter the server has and the SDK does not know yet.
   */
  extraQuery?: Readonly<Record<string, unknown>> | undefined;
  /**
   * Body fields the SDK does not declare, merged into the request's object body as given (wire names, values not
   * renamed; they win over the params). An operation without a body sends them as a JSON body.
   */
  extraBody?: Readonly<Record<string, unknown>> | undefined;
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
  /** Path template (or the raw path for `request`): logs and errors name the request by `METHOD template`. */
  readonly template: string;
  readonly accept: string | undefined;
  readonly body: EncodedBody;
  readonly auth: boolean;
  /** The operation's header parameters, by wire name. */
  readonly headerParams: Readonly<Record<string, string>> | undefined;
  /** Turns a validation `loc` into the SDK's path (an operation's call; see `ValidationIssue.path`). */
  readonly sdkPath?: ((loc: IssuePath) => IssuePath) | undefined;
}

/**
 * @internal What a client keeps out of its public surface (the key above all), for the modules that extend it:
 * realtime.ts reads the key and options, logger.ts sets `log`.
 */
export interface ClientContext {
  readonly apiKey: string | undefined;
  /** The options as given at construction (a copy). */
  readonly options: CoreOptions;
  readonly config: ClientConfig;
  /** Called after every HTTP attempt, when the client has a logger: a bundle without one leaves the log lines out. */
  log?: AttemptLog | undefined;
}

const contexts = new WeakMap<CoreClient, ClientContext>();

/** @internal The context of a client; not exported from the package. */
export function clientContext(client: CoreClient): ClientContext {
  return contexts.get(client) as ClientContext;
}

/**
 * @internal Called after every HTTP attempt of a client: its outcome (the 2xx exchange or the error) and the delay
 * before the retry that follows, if one does.
 */
export type AttemptLog = (
  request: RequestSpec,
  attempt: number,
  durationMs: number,
  outcome: RawResult | SDKError,
  retryInMs: number | undefined,
) => void;

const NO_BODY: EncodedBody = { body: undefined, contentType: undefined };
const NO_PARAMS: EncodedParams = { query: '', headers: undefined, body: NO_BODY };

/** How a request reads its success body: `buffered` reads it all before resolving; `raw` leaves it unread. */
export type ResponseMode = 'buffered' | 'raw';

/** A completed HTTP exchange whose status is 2xx. */
export interface RawResult {
  readonly response: Response;
  /** The body bytes when they were read with the response (`buffered` mode), else `undefined`. */
  readonly buffered: ArrayBuffer | undefined;
}

/**
 * @internal The exchange behind each promise `call` returned, for `withResponse` and `asResponse` (api-promise.ts):
 * the standalone functions return plain promises, and only bundles that import those two read this.
 */
export const exchanges = new WeakMap<Promise<unknown>, Promise<RawResult>>();

/** UTF-8 decoder for whole bodies (`decode` without `stream` keeps no state between calls). */
const utf8 = new TextDecoder();

/**
 * The client without resources: configuration, auth, request building, retries, timeouts, decoding. The generated
 * `<Name>Core` extends it; `BaseClient` adds the `logger` option.
 */
export class CoreClient {
  // Set in the constructor, and `declare`d so that the compiled class has no separate (empty) field definitions.
  /** Base URL without a trailing slash. */
  declare readonly baseUrl: string;
  /** Default per-attempt timeout in ms. */
  declare readonly timeout: number;
  /** Default number of retries. */
  declare readonly maxRetries: number;

  /** The key and the options as given (realtime.ts and logger.ts reach them through `clientContext`). */
  readonly #context: ClientContext;
  /** The clock, randomness and sleep: the defaults, or the test hooks of `_internal`. */
  readonly #hooks: Required<InternalOptions>;

  constructor(options: CoreOptions = {}, config: ClientConfig) {
    const apiKey = options.apiKey || (config.apiKeyEnvVar && readEnv(config.apiKeyEnvVar)) || undefined;
    this.baseUrl = (options.baseUrl || config.defaultBaseUrl).replace(/\/+$/, '');
    this.timeout = validateCount(options.timeout, DEFAULT_TIMEOUT_MS, 'timeout', true);
    this.maxRetries = validateCount(options.maxRetries, DEFAULT_MAX_RETRIES, 'maxRetries', false);
    if (typeof (options.fetch ?? globalThis.fetch) !== 'function') {
      throw new SDKError('No global fetch found: pass one as the `fetch` option (Node 18+ and browsers have it).');
    }
    // Copies: the options as they were at construction.
    // Copies: the options as they were at construction.
    this.#context = { apiKey, options: { ...options, defaultHeaders: { ...options.defaultHeaders } }, config };
    this.#hooks = { sleep, random: Math.random, now: Date.now, ...options._internal };
    contexts.set(this, this.#context);
  }

  /**
   * Calls one operation (used by the generated standalone functions; the client class's methods use `apiCall`).
   * `pathArgs` fill the path template in order; `params` (camelCase) are split into query, headers and body per
   * the descriptor. The request starts at once; `withResponse(promise)` / `asResponse(promise)` give its response.
   */
  call<T>(op: OperationDescriptor, pathArgs: readonly unknown[], params?: object, options?: RequestOptions): Promise<T> {
    // The executor turns a synchronous throw (a bad path argument) into a rejection.
    const exchange = new Promise<RawResult>((resolve) => resolve(sendOperation(this, op, pathArgs, params, undefined, options, 'buffered')));
    const data = exchange.then((result) => decodeOperation(op, result) as T | Promise<T>);
    // As with the client class's promises, a call nobody awaits must not crash the process when it fails.
    data.catch(ignore);
    exchanges.set(data, exchange);
    return data;
  }

  /**
   * @internal The request of one operation call. Synchronous unless the body needs awaiting (multipart); a throw
   * here (bad path argument, missing key...) rejects the call. `overrides` (wire names) replace query values, and
   * the call's `extraQuery` values; `extraBody` joins the body.
   */
  _operationRequest(
    op: OperationDescriptor,
    pathArgs: readonly unknown[],
    params: Readonly<Record<string, unknown>>,
    overrides: Readonly<Record<string, unknown>> | undefined,
    options?: RequestOptions,
  ): RequestSpec | Promise<RequestSpec> {
    const path = buildPath(op, pathArgs);
    const extraQuery = options?.extraQuery;
    const extraBody = options?.extraBody;
    const query = extraQuery ? { ...extraQuery, ...overrides } : overrides;
    const encoded = op.encodeParams
      ? op.encodeParams(op, params, query, extraBody)
      : query || extraBody
        ? extraParams(query, extraBody)
        : NO_PARAMS;
    const finish = (encodedParams: EncodedParams): RequestSpec => ({
      method: op.method,
      url: this.baseUrl + path + (encodedParams.query && `?${encodedParams.query}`),
      path,
      template: op.path,
      accept: op.decode ? undefined : 'application/json',
      body: op.method === 'GET' || op.method === 'HEAD' ? NO_BODY : encodedParams.body,
      auth: op.auth !== false,
      headerParams: encodedParams.headers,
      sdkPath: encodedParams.sdkPath,
    });
    return encoded instanceof Promise ? encoded.then(finish) : finish(encoded);
  }

  /**
   * @internal Sends a request with the client's auth, headers, timeouts and retries; resolves with the 2xx
   * exchange (its body read unless `mode` is `raw`) or rejects with the error of the last attempt.
   */
  async _send(spec: RequestSpec | Promise<RequestSpec>, options: RequestOptions, mode: ResponseMode): Promise<RawResult> {
    const request = await spec;
    const { method, path, auth } = request;
    const { apiKey: key, options: clientOptions, config } = this.#context;
    const { now, random } = this.#hooks;
    const credential = config.credential;
    // Headers, lowest precedence first: Accept / Content-Type / User-Agent, the key, the client's
    // `defaultHeaders`, the operation's header params, the call's `headers`, then `idempotencyKey`.
    const headers = new Headers();
    setHeaders(headers, {
      Accept: request.accept,
      'Content-Type': request.body.contentType,
      // Browsers forbid setting it.
      'User-Agent': isBrowserLike() ? undefined : config.userAgent,
    });
    let url = request.url;
    if (auth && key) {
      if (credential) url = credential.apply(headers, url, key);
      else headers.set('Authorization', `Bearer ${key}`);
    }
    setHeaders(headers, clientOptions.defaultHeaders, request.headerParams, options.headers, { 'Idempotency-Key': options.idempotencyKey });
    // Header options may supply (or remove) the key's header themselves.
    if (auth && !(credential ? credential.carried(headers, key) : headers.has('authorization'))) {
      throw missingKeyError(`${method} ${request.template}`, config.clientName ?? 'Client', config.apiKeyEnvVar);
    }

    const timeout = options.timeout ?? this.timeout;
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const signal = options.signal;
    const retryable = isRetryableRequest(method, headers);
    /** What errors must never contain: the key. */
    const secrets = key ? [key] : [];
    const redact = (text: string): string => redactSecrets(text, secrets);
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw new APIUserAbortError();
      const startedAt = now();
      const canRetry = retryable && attempt < maxRetries;
      // Every attempt gets its own signal (also with the timeout off: fetch implementations may rely on one),
      // aborted by the timeout or by the caller's signal (a listener is made only when there is one).
      const controller = new AbortController();
      let timedOut = false;
      const timer =
        timeout > 0 && timeout <= MAX_TIMER_MS
          ? setTimeout(() => {
              timedOut = true;
              controller.abort();
            }, timeout)
          : undefined;
      const onAbort = signal && ((): void => controller.abort());
      if (onAbort) signal.addEventListener('abort', onAbort, { once: true });
      let result: RawResult | undefined;
      let error: SDKError | undefined;
      try {
        // Looked up per request (not bound at construction), so that a `fetch` replaced later is the one used.
        const response = await (clientOptions.fetch ?? globalThis.fetch)(url, { method, headers, body: request.body.body ?? null, signal: controller.signal });
        // The body is read under the same timeout: a 2xx body (unless the caller takes the response unread), or
        // the error body.
        if (response.ok) result = { response, buffered: mode === 'raw' ? undefined : await response.arrayBuffer() };
        else {
          const body = parseErrorBody(await response.text());
          error = APIError.generate(response.status, body, response.headers, request, { now: now(), redact, sdkPath: request.sdkPath });
        }
      } catch (cause) {
        if (signal?.aborted) error = new APIUserAbortError();
        else if (timedOut) error = new APIConnectionTimeoutError(timeout, request);
        else {
          const reason = cause instanceof Error ? cause.message : String(cause);
          error = new APIConnectionError(redact(`Connection error: ${reason} (${method} ${path}).`), request, {
            cause: safeCause(cause, secrets),
          });
        }
      } finally {
        clearTimeout(timer);
        if (onAbort) signal.removeEventListener('abort', onAbort);
      }
      const delay = !result && canRetry ? retryDelayMs(error as SDKError, attempt, random, now()) : undefined;
      this.#context.log?.(request, attempt, now() - startedAt, result ?? (error as SDKError), delay);
      if (result) return result;
      if (delay === undefined) throw error;
      await this.#hooks.sleep(delay, signal);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------

/**
 * @internal Sends one operation call: its request (`_operationRequest`, which may throw synchronously) through
 * `_send`. What `call`, `apiCall` (api-promise.ts) and `list` (pagination.ts) share.
 */
export function sendOperation(
  client: CoreClient,
  op: OperationDescriptor,
  pathArgs: readonly unknown[],
  params: object | undefined,
  overrides: Readonly<Record<string, unknown>> | undefined,
  options: RequestOptions | undefined,
  mode: ResponseMode,
): Promise<RawResult> {
  // Any object type: generated params types may be interfaces, which have no index signature.
  const input = (params ?? {}) as Readonly<Record<string, unknown>>;
  return client._send(client._operationRequest(op, pathArgs, input, overrides, options), options ?? {}, mode);
}

/** A count option (`timeout`, `maxRetries`): the fallback when absent, else a non-negative number (integer unless `allowInfinity`). */
export function validateCount(
  value: number | undefined,
  fallback: number,
  name: string,
  allowInfinity: boolean,
): number {
  if (value === undefined) return fallback;
  // `>= 0` also rejects NaN. With `allowInfinity` any such number passes (`Infinity` included), else integers only.
  if (!(typeof value === 'number' && value >= 0 && (allowInfinity || Number.isInteger(value)))) {
    throw new SDKError(`The ${name} option must be a non-negative ${allowInfinity ? 'number' : 'integer'}, got ${String(value)}.`);
  }
  return value;
}

/**
 * The `extraQuery` and `extraBody` of a call to an operation without parameters (which does not bundle
 * `encodeParams`): values as text (arrays repeat the name; `null`/`undefined` left out), the body as JSON.
 */
function extraParams(query: Readonly<Record<string, unknown>> | undefined, body: Readonly<Record<string, unknown>> | undefined): EncodedParams {
  const search = new URLSearchParams();
  for (const key of Object.keys(query ?? {})) {
    const value = (query as Readonly<Record<string, unknown>>)[key];
    for (const item of Array.isArray(value) ? value : [value]) if (item != null) search.append(key, String(item));
  }
  return { query: search.toString(), headers: undefined, body: body ? { body: JSON.stringify(body), contentType: 'application/json' } : NO_BODY };
}

/** @internal A rejection handler that marks a promise handled (its awaiting callers still see the rejection). */
export function ignore(): undefined {
  return undefined;
}

/** Applies sets of header values in order: a value sets, `null` removes, `undefined` is skipped. */
function setHeaders(headers: Headers, ...sets: (HeaderValues | undefined)[]): void {
  for (const values of sets) {
    for (const name of Object.keys(values ?? {})) {
      const value = (values as HeaderValues)[name];
      if (value === null) headers.delete(name);
      else if (value !== undefined) headers.set(name, value);
    }
  }
}

/** @internal The JSON of a body; `undefined` when blank; an `SDKError` when it is not JSON. */
export function parseJson(bytes: ArrayBuffer, route: string): unknown {
  const text = utf8.decode(bytes);
  // A blank body (`trim()` removes what JSON calls whitespace and more) is no value.
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SDKError(`${route}: the response is not valid JSON (${text.length} characters).`);
  }
}

/**
 * Error bodies: parsed as JSON when the text is a JSON object or array, whatever the content type says (proxies and
 * test servers often mislabel it); otherwise kept as text. `undefined` when empty.
 */
function parseErrorBody(text: string): unknown {
  try {
    // `\s` is the whitespace `trim()` removes.
    return /^\s*[[{]/.test(text) ? JSON.parse(text) : text || undefined;
  } catch {
    return text;
  }
}

/** @internal The decoded 2xx body of an operation; synchronous when the body was buffered with the response. */
export function decodeOperation(op: OperationDescriptor, result: RawResult): unknown {
  return op.decode ? op.decode(result) : withBytes(result, (bytes) => fromWire(parseJson(bytes, routeOf(op)), op.shape));
}

/** The result of an operation whose success body is text (`text/*`). */
export function textResult(result: RawResult): string | Promise<string> {
  return withBytes(result, (bytes) => utf8.decode(bytes));
}

/** The result of an operation whose success body is a file: a `Blob` of the response's content type. */
export function binaryResult(result: RawResult): Blob | Promise<Blob> {
  return withBytes(result, (bytes) => new Blob([bytes], { type: result.response.headers.get('content-type') ?? '' }));
}

/** The result of an operation without a success body: `undefined`, whatever the server sent. */
export function emptyResult(): undefined {
  return undefined;
}

/**
 * @internal The body bytes of a 2xx exchange: those read with the response, else read now. Each exchange is read
 * once (an `APIPromise` or a page decodes its exchange once), so nothing is memoised.
 */
export function bodyBytes(result: RawResult): Promise<ArrayBuffer> {
  return result.buffered ? Promise.resolve(result.buffered) : result.response.arrayBuffer();
}

/** `use` of the body bytes: at once when they were read with the response, else once they are. */
function withBytes<T>(result: RawResult, use: (bytes: ArrayBuffer) => T): T | Promise<T> {
  const bytes = result.buffered;
  // Reads the body itself rather than through `bodyBytes`, which a one-call bundle would then carry (25 B gzip).
  return bytes === undefined ? result.response.arrayBuffer().then(use) : use(bytes);
}

/**
 * Every error the SDK throws extends `SDKError`. The generated package also exports it under the name the spec gives
 * (`info.x-sdk.errorName`, by default the client's name with `Error` for `Client`: `FooClient` → `FooError`), an
 * alias of this same class, so `instanceof` either name catches every error below.
 *
 * - `APIError` and its subclasses: the server answered with a non-2xx status.
 * - `APIConnectionError` / `APIConnectionTimeoutError`: no response (network failure, `timeout` exceeded).
 * - `APIUserAbortError`: the caller's `AbortSignal` fired.
 * - `WebSocketError`: a realtime stream failed to connect or closed abnormally.
 * - `WebhookParseError`: `parseWebhookWith` (the generated `parseWebhook`) was given a body that is not a webhook event.
 *
 * No error ever carries request headers; the client redacts its API key from messages and bodies.
 *
 * Fields set in a constructor are `declare`d: the compiled class then has only the assignments, not a second,
 * empty definition of each field (ES2022 class fields) that every bundle would carry.
 */
import { camelKey, defineKey } from './casing.js';

/**
 * The base class of every error thrown by the SDK. Its `name` stays `SDKError` under every alias (the runtime is the
 * same for every API); subclasses name themselves (`NotFoundError`).
 */
export class SDKError extends Error {
  override name = 'SDKError';
}

/** The error for a call that needs the API key when the client has none: says how to pass it. */
export function missingKeyError(label: string, clientName: string, envVar: string | undefined): SDKError {
  return new SDKError(
    `${label} requires an API key, and none was given. Pass it as \`new ${clientName}({ apiKey: '...' })\`` +
      (envVar ? ` or set the ${envVar} environment variable.` : '.'),
  );
}

/** `text` with every occurrence of each secret (of 4 characters or more) replaced by `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out;
}

/** The cause of a failure, unless its text (a message or stack) mentions a secret: then none is kept. */
export function safeCause(cause: unknown, secrets: readonly string[]): unknown {
  const text = cause instanceof Error ? `${cause.message}\n${cause.stack}` : String(cause);
  return redact(text, secrets) === text ? cause : undefined;
}

/** A path into a request or a value: keys and array indexes. */
export type IssuePath = readonly (string | number)[];

/** One item of FastAPI's validation `detail` list. Extra keys (`input`, `ctx`, `url`) are kept. */
export interface ValidationIssue {
  /** FastAPI's location, in wire names: `['body', 'llm_settings', 'system_prompt']`, `['query', 'limit']`. */
  readonly loc: IssuePath;
  readonly msg: string;
  readonly type: string;
  /**
   * The same place in the SDK's words: the argument or params key, then the keys and indexes inside it
   * (`['llmSettings', 'systemPrompt']`, `['limit']`). For an operation without query, header, cookie or body
   * parameters, and outside an SDK method (`request()`): `loc` without its first segment when that is FastAPI's
   * `body`/`query`/`path`/`header`/`cookie`, a path parameter camelCased (`['assistantId']`).
   */
  readonly path: IssuePath;
  readonly [key: string]: unknown;
}

/** The request an `APIError` belongs to. `path` is the URL path without the query string. */
export interface APIErrorRequest {
  readonly method: string;
  readonly path: string;
}

export interface APIErrorGenerateOptions {
  /** Current time in ms (for `Retry-After` HTTP-dates); defaults to `Date.now()`. */
  readonly now?: number;
  /** Applied to the message and to every string inside the body (the client removes its API key). */
  readonly redact?: (text: string) => string;
  /** Turns a validation `loc` into the SDK's path (the client passes the operation's, see `ValidationIssue.path`). */
  readonly sdkPath?: ((loc: IssuePath) => IssuePath) | undefined;
}

/** The server answered with a non-2xx status. */
export class APIError extends SDKError {
  override name = 'APIError';
  /** HTTP status code. */
  declare readonly status: number;
  /** The parsed JSON error body, the raw text when it is not JSON, or `undefined` when empty. */
  declare readonly body: unknown;
  /** Response headers. */
  declare readonly headers: Headers;
  /** HTTP method of the request. */
  declare readonly method: string;
  /** URL path of the request (no query string, no host). */
  declare readonly path: string;
  /** The `x-request-id` response header, when present. */
  declare readonly requestId: string | undefined;

  constructor(status: number, body: unknown, message: string, headers: Headers, request: APIErrorRequest) {
    super(message);
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.method = request.method;
    this.path = request.path;
    this.requestId = headers.get('x-request-id') ?? undefined;
  }

  /** Builds the right subclass for a status code. */
  static generate(
    status: number,
    body: unknown,
    headers: Headers,
    request: APIErrorRequest,
    options: APIErrorGenerateOptions = {},
  ): APIError {
    const redact = options.redact;
    const safeBody = redact ? redactDeep(body, redact) : body;
    // Worked out once: the message lists the first ones, a `ValidationError` keeps them all.
    const issues = validationIssues(safeBody, options.sdkPath);
    const message = `${status} ${describeErrorBody(safeBody, issues)}`;
    const ErrorClass = ERROR_CLASSES[status] ?? (status >= 500 ? ServerError : APIError);
    // Only `RateLimitError` reads `retryAfter`, only `ValidationError` the issues.
    const retryAfter = parseRetryAfterSeconds(headers.get('retry-after'), options.now ?? Date.now());
    return new ErrorClass(status, safeBody, redact ? redact(message) : message, headers, request, retryAfter, issues);
  }
}

/**
 * 400 or 422. `errors` is FastAPI's `detail` list (`[]` when `detail` is a string), each item with its `path` in
 * the SDK's names; the message names those paths (`422 llmSettings.systemPrompt: Field required`).
 */
export class ValidationError extends APIError {
  override name = 'ValidationError';
  declare readonly errors: readonly ValidationIssue[];
  constructor(
    status: number,
    body: unknown,
    message: string,
    headers: Headers,
    request: APIErrorRequest,
    _retryAfter?: number,
    issues?: readonly ValidationIssue[],
  ) {
    super(status, body, message, headers, request);
    this.errors = issues ?? validationIssues(body, undefined);
  }
}

/** 401: invalid or missing API key / token. */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}

/** 403: the key is valid but not allowed to do this. */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}

/** 404. */
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}

/** 409. */
export class ConflictError extends APIError {
  override name = 'ConflictError';
}

/** 429. `retryAfter` is in seconds, from the `Retry-After` header (seconds or HTTP-date) when present. */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  declare readonly retryAfter: number | undefined;
  constructor(
    status: number,
    body: unknown,
    message: string,
    headers: Headers,
    request: APIErrorRequest,
    retryAfter?: number,
  ) {
    super(status, body, message, headers, request);
    this.retryAfter = retryAfter;
  }
}

/** 5xx. */
export class ServerError extends APIError {
  override name = 'ServerError';
}

/** The class of each status that has its own; other 5xx are `ServerError`, the rest `APIError`. */
const ERROR_CLASSES: Readonly<Record<number, new (...args: ConstructorParameters<typeof ValidationError>) => APIError>> = {
  400: ValidationError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitError,
};

/** No response was received (DNS, connection refused, reset, body read failure...). */
export class APIConnectionError extends SDKError {
  override name = 'APIConnectionError';
  declare readonly method: string;
  declare readonly path: string;
  constructor(message: string, request: APIErrorRequest, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.method = request.method;
    this.path = request.path;
  }
}

/** The request took longer than the `timeout` option (per attempt). */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  /** The timeout that was exceeded, in milliseconds. */
  declare readonly timeout: number;
  constructor(timeout: number, request: APIErrorRequest) {
    super(`Request timed out after ${timeout} ms (${request.method} ${request.path}).`, request);
    this.timeout = timeout;
  }
}

/** The caller's `AbortSignal` aborted the request. Never retried. */
export class APIUserAbortError extends SDKError {
  override name = 'APIUserAbortError';
  constructor(message = 'Request was aborted.') {
    super(message);
  }
}

/** A realtime (WebSocket) stream failed to connect or was closed abnormally. */
export class WebSocketError extends SDKError {
  override name = 'WebSocketError';
  /** WebSocket close code, when the socket was closed. */
  readonly code: number | undefined;
  /** WebSocket close reason, when given. */
  readonly reason: string | undefined;
  constructor(message: string, options: { code?: number; reason?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.reason = options.reason;
  }
}

/** Why `parseWebhookWith` rejected a body. */
export type WebhookParseErrorReason = 'invalid_json' | 'not_an_object' | 'no_discriminator';

/**
 * `parseWebhookWith` (the generated `parseWebhook`) was given something that is not a webhook event: a body that is not JSON, JSON that is not an
 * object, or an object without any of the discriminator fields. The message never contains the body (it can hold
 * phone numbers and transcripts); a JSON syntax error is kept as `cause`.
 */
export class WebhookParseError extends SDKError {
  override name = 'WebhookParseError';
  readonly reason: WebhookParseErrorReason;
  constructor(message: string, reason: WebhookParseErrorReason, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
  }
}

// ---------------------------------------------------------------------------------------------------------------------

const MAX_MESSAGE_DETAIL = 500;
const MAX_LISTED_ITEMS = 3;

/**
 * The human part of an error message: FastAPI's `detail` string; for a validation list, the first issues as
 * `path: msg` (`issues`: those of `body`, from `validationIssues`); otherwise `error`/`message` strings, the text
 * body, or a note that the body was empty.
 */
export function describeErrorBody(body: unknown, issues: readonly ValidationIssue[] = validationIssues(body, undefined)): string {
  if (body === undefined || body === null || body === '') return 'status code (no body)';
  const record = isRecord(body) ? body : {};
  const { detail, error, message } = record;
  const more = issues.length - MAX_LISTED_ITEMS;
  const text =
    typeof body === 'string'
      ? body.trim()
      : issues.length > 0
        ? issues
            .slice(0, MAX_LISTED_ITEMS)
            .map(({ path, msg }) => (path.length > 0 ? `${path.join('.')}: ` : '') + (msg || 'invalid'))
            .join('; ') + (more > 0 ? ` (and ${more} more)` : '')
        : typeof detail === 'string'
          ? detail
          : detail != null
            ? JSON.stringify(detail)
            : // Parsed JSON (or its redacted copy): plain data, which always stringifies.
              (typeof error === 'string' && error) || (typeof message === 'string' && message) || JSON.stringify(body);
  return text.length > MAX_MESSAGE_DETAIL ? `${text.slice(0, MAX_MESSAGE_DETAIL)}…` : text;
}

/**
 * Parses a `Retry-After` value (delay-seconds or HTTP-date) into seconds from `now` (ms).
 * Returns `undefined` when absent or unparsable; past dates give 0.
 */
export function parseRetryAfterSeconds(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The items of FastAPI's validation `detail` list, each with its `path` in the SDK's words: `sdkPath` of its `loc`
 * (the client passes the operation's), else `loc` without FastAPI's location (`body`, `query`...).
 */
function validationIssues(body: unknown, sdkPath: ((loc: IssuePath) => IssuePath) | undefined): ValidationIssue[] {
  const detail = isRecord(body) ? body['detail'] : undefined;
  if (!Array.isArray(detail)) return [];
  return detail.filter(isRecord).map((item) => {
    const loc: IssuePath = Array.isArray(item['loc']) ? item['loc'] : [];
    // FastAPI always sends `msg` and `type`; the defaults are for other servers.
    return {
      msg: '',
      type: '',
      ...item,
      loc,
      path: sdkPath
        ? sdkPath(loc)
        : // A path parameter is camelCased, as the SDK's positional arguments are named.
          loc[0] === 'path' && typeof loc[1] === 'string'
          ? [camelKey(loc[1]), ...loc.slice(2)]
          : LOCATIONS.test(String(loc[0]))
            ? loc.slice(1)
            : loc,
    };
  });
}

/** FastAPI's first `loc` segment: where in the request the value was. */
const LOCATIONS = /^(body|query|path|header|cookie)$/;

function redactDeep(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) defineKey(out, redact(key), redactDeep(value[key], redact));
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

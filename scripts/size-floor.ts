/**
 * A size floor, not shipped: the smallest core I could write that still does what every call of the SDK must do
 * (issue 6): bearer or API-key auth from the option or the environment, header precedence, path encoding (RFC 3986)
 * with its errors, retries (connection errors, 408/409/429/5xx, `retry-after-ms` / `Retry-After`, jittered backoff,
 * idempotent methods only), per-attempt timeout and the caller's signal with distinct errors, the error classes
 * with FastAPI `detail` parsing, `RateLimitError.retryAfter` and the request id, the API key redacted from
 * messages, bodies and causes, the logger hook and raw access (`apiCall`, `withResponse()`: opt-in, as for the
 * SDK's standalone functions), schema-aware casing, and what
 * issue 12 added to every call: `extraQuery` / `extraBody`, and validation errors in the SDK's words (each item's
 * `path`, and the message naming it: a path parameter camelCased, FastAPI's location left out). It is
 * written for size (one file, short paths, no caches, terse messages), unlike the runtime in
 * templates/client/runtime.
 *
 * `npm run bench` bundles one call through it exactly as it bundles `assistantsGet(new BurkiCore(), 1)`: the row
 * `floor: minimal core, same call` shows how far below the runtime a one-call bundle can go while keeping the
 * required features (query, header and body encoding are not part of this call, as in the runtime).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- terse on purpose: see above */
type Rec = Record<string, any>;

export class BurkiError extends Error { override name = 'BurkiError'; }
export class APIError extends BurkiError {
  override name = 'APIError';
  readonly requestId: string | undefined;
  readonly method: string; readonly path: string;
  constructor(readonly status: number, readonly body: unknown, message: string, readonly headers: Headers, req: { method: string; path: string }) {
    super(message);
    this.method = req.method; this.path = req.path;
    this.requestId = headers.get('x-request-id') ?? undefined;
  }
}
export class ValidationError extends APIError {
  override name = 'ValidationError';
  readonly errors: Rec[];
  constructor(status: number, body: any, message: string, headers: Headers, req: { method: string; path: string }) {
    super(status, body, message, headers, req);
    const detail = body?.detail;
    this.errors = Array.isArray(detail) ? detail.filter(isRecord).map((i) => ({ ...i, path: sdkPath(i.loc) })) : [];
  }
}
export class AuthenticationError extends APIError { override name = 'AuthenticationError'; }
export class PermissionDeniedError extends APIError { override name = 'PermissionDeniedError'; }
export class NotFoundError extends APIError { override name = 'NotFoundError'; }
export class ConflictError extends APIError { override name = 'ConflictError'; }
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  readonly retryAfter = parseRetryAfter(this.headers.get('retry-after'), Date.now());
}
export class ServerError extends APIError { override name = 'ServerError'; }
export class APIConnectionError extends BurkiError {
  override name = 'APIConnectionError';
  constructor(message: string, readonly method: string, readonly path: string, cause?: unknown) { super(message, { cause }); }
}
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor(readonly timeout: number, method: string, path: string) { super(`Request timed out after ${timeout} ms (${method} ${path}).`, method, path); }
}
export class APIUserAbortError extends BurkiError { override name = 'APIUserAbortError'; override message = 'Request was aborted.'; }

const classes: Rec = { 400: ValidationError, 422: ValidationError, 401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError, 409: ConflictError, 429: RateLimitError };

/** A validation `loc` in the SDK's words, for an operation whose only parameters are positional path ones. */
function sdkPath(loc: unknown): unknown[] {
  const parts = Array.isArray(loc) ? loc : [];
  return parts[0] == 'path' ? [camelKey(String(parts[1])), ...parts.slice(2)] : /^(body|query|header|cookie)$/.test(parts[0]) ? parts.slice(1) : parts;
}
function isRecord(v: unknown): v is Rec { return typeof v == 'object' && v !== null && !Array.isArray(v); }
function cut(t: string): string { return t.length > 500 ? t.slice(0, 500) + '…' : t; }
function describe(body: any): string {
  if (body == null || body === '') return 'status code (no body)';
  if (typeof body == 'string') return cut(body.trim());
  const detail = body.detail;
  if (typeof detail == 'string') return cut(detail);
  if (Array.isArray(detail) && detail.length) {
    const items = detail.filter(isRecord);
    return cut(items.slice(0, 3).map((i) => (Array.isArray(i.loc) ? sdkPath(i.loc).join('.') + ': ' : '') + (i.msg ?? 'invalid')).join('; ') + (items.length > 3 ? ` (and ${items.length - 3} more)` : ''));
  }
  const text = detail ?? ((typeof body.error == "string" && body.error) || (typeof body.message == "string" && body.message) || undefined);
  return cut(typeof text == 'string' ? text : JSON.stringify(text ?? body));
}
function redactDeep(v: unknown, r: (t: string) => string): unknown {
  if (typeof v == 'string') return r(v);
  if (Array.isArray(v)) return v.map((x) => redactDeep(x, r));
  if (!isRecord(v)) return v;
  const out = {};
  for (const k in v) define(out, r(k), redactDeep(v[k], r));
  return out;
}
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const t = value?.trim();
  if (!t) return;
  if (/^\d+(\.\d+)?$/.test(t)) return +t;
  const d = Date.parse(t);
  return d ? Math.max(0, Math.ceil((d - now) / 1000)) : undefined;
}

// casing
export const camelKey = (w: string) => w.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
export const wireKey = (n: string) => n.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
export function define(o: Rec, k: string, value: unknown) {
  if (k in Object.prototype) Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
  else o[k] = value;
}
type Shape = { names?: Rec; props?: Rec; keep?: true; values?: any; items?: any };
const DEFAULT = {};
const reversed = new WeakMap<object, Rec>();
export function mapValue(value: any, ref: any, toWire: 0 | 1): any {
  if (ref == null || value === null || typeof value != 'object') return value;
  const s: Shape = typeof ref == 'function' ? ref() : ref;
  if (Array.isArray(value)) { const i = s.items ?? (s.keep ? undefined : DEFAULT); return i ? value.map((x) => mapValue(x, i, toWire)) : value; }
  if (Object.prototype.toString.call(value) != '[object Object]') return value;
  let names = s.names;
  if (toWire && names) { const r = reversed.get(s) ?? {}; for (const w of Object.keys(names)) define(r, names[w], w); reversed.set(s, r); names = r; }
  const out = {};
  for (const k of Object.keys(value)) {
    const has = names && Object.hasOwn(names, k);
    const n = has ? names![k] : s.keep ? k : toWire ? wireKey(k) : camelKey(k), w = toWire ? n : k;
    define(out, n, mapValue(value[k], !has && s.keep ? s.values : s.props && Object.hasOwn(s.props, w) ? s.props[w] : DEFAULT, toWire));
  }
  return out;
}

// path
const plans = new WeakMap<object, string[]>();
function encodePath(op: Rec, args: unknown[]): string {
  const route = `${op.method} ${op.path}`;
  const names: string[] = plans.get(op) ?? op.pathParams ?? [...op.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  plans.set(op, names);
  if (args.length != names.length) throw new BurkiError(`${route} takes ${names.length} path argument(s) (${names.join(', ') || 'none'}), got ${args.length}.`);
  return op.path.replace(/\{([^}]*)\}/g, (_: string, name: string) => {
    const v = args[names.indexOf(name)];
    const where = `Path parameter "${name}" of ${route}`;
    if (!(typeof v == 'string' || (typeof v == 'number' && isFinite(v)) || typeof v == 'bigint')) throw new BurkiError(`${where} must be a string or a finite number, got ${v === null || Array.isArray(v) ? 'null' : typeof v}.`);
    const t = String(v);
    if (t == '' || t == '.' || t == '..') throw new BurkiError(`${where} must not be ${JSON.stringify(t)}.`);
    try { return encodeURIComponent(t).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()); }
    catch { throw new BurkiError(`${where} is not valid Unicode text.`); }
  });
}

// promise
export class APIPromise<T> extends Promise<T> {
  #start: (raw: boolean) => Promise<Response & { bytes_?: ArrayBuffer }>;
  #parse: (r: any) => T;
  #raw?: Promise<any>;
  #wantRaw = false;
  #data?: Promise<{ data: T; response: Response }>;
  constructor(start: (raw: boolean) => Promise<any>, parse: (r: any) => T) {
    super((resolve) => resolve(undefined as never));
    this.#start = start; this.#parse = parse;
    queueMicrotask(() => this.#result());
  }
  #result() {
    if (!this.#raw) {
      this.#raw = Promise.resolve(this.#wantRaw).then(this.#start);
      this.#raw.catch(() => {});
    }
    return this.#raw;
  }
  withResponse() { return (this.#data ??= this.#result().then(async (r) => ({ data: await this.#parse(r), response: r.response }))); }
  asResponse(): Promise<Response> {
    this.#wantRaw ||= !this.#raw;
    return this.#result().then((r) => r.bytes === undefined ? r.response : new Response(r.bytes, r.response));
  }
  override then<A = T, B = never>(ok?: ((v: T) => A | PromiseLike<A>) | null, no?: ((e: any) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.withResponse().then((r) => r.data).then(ok, no);
  }
  override catch<B = never>(no?: ((e: any) => B | PromiseLike<B>) | null) { return this.then(undefined, no); }
  override finally(f?: (() => void) | null) { return this.then().finally(f); }
}

// env
function env(name: string): string | undefined {
  try { return (globalThis as any).process?.env?.[name]?.trim() || undefined; } catch { return undefined; }
}
function isBrowser() { const v = (globalThis as any).process?.versions; return !(v?.node || v?.bun || v?.deno) && 'navigator' in globalThis; }

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => { clearTimeout(timer); reject(new APIUserAbortError()); };
    const timer = setTimeout(() => { signal?.removeEventListener('abort', abort); resolve(); }, ms);
    if (signal?.aborted) abort(); else signal?.addEventListener('abort', abort, { once: true });
  });
}
function count(v: any, fallback: number, name: string, inf: boolean): number {
  if (v === undefined) return fallback;
  if (!(v >= 0 && (inf ? v <= Infinity : Number.isInteger(v)))) throw new BurkiError(`The ${name} option must be a non-negative ${inf ? 'number' : 'integer'}, got ${v}.`);
  return v;
}
const contexts = new WeakMap();

export class BaseClient {
  readonly baseUrl: string;
  readonly timeout: number;
  readonly maxRetries: number;
  #key: string | undefined;
  #o: Rec;
  #c: Rec;
  constructor(options: Rec = {}, config: Rec) {
    this.#key = options.apiKey || (config.apiKeyEnvVar && env(config.apiKeyEnvVar)) || undefined;
    this.baseUrl = (options.baseUrl || config.defaultBaseUrl).replace(/\/+$/, '');
    this.timeout = count(options.timeout, 60000, 'timeout', true);
    this.maxRetries = count(options.maxRetries, 2, 'maxRetries', false);
    if (typeof (options.fetch ?? globalThis.fetch) != 'function') throw new BurkiError('No global fetch found: pass one as the `fetch` option (Node 18+ and browsers have it).');
    this.#o = { sleep, random: Math.random, now: Date.now, ...options._internal, ...options };
    this.#c = config;
    contexts.set(this, { key: this.#key, config, options: this.#o });
  }

  /** A plain promise, as the SDK's standalone functions return: raw access is opt-in (`withResponse`, `apiCall`). */
  call<T>(op: Rec, args: unknown[], params: Rec = {}, options: Rec = {}): Promise<T> {
    const exchange = this._send(op, args, params, options, false);
    const data = exchange.then((r) => decodeResult(op, r) as T);
    data.catch(() => {});
    exchanges.set(data, exchange);
    return data;
  }

  #redact = (t: string): string => { const k = this.#key; return k && k.length > 3 ? t.split(k).join('[redacted]') : t; };

  async _send(op: Rec, args: unknown[], params: Rec, options: Rec, raw: boolean): Promise<any> {
    const o = this.#o, c = this.#c, key = this.#key, route = `${op.method} ${op.path}`;
    const path = encodePath(op, args);
    const extraQuery: Rec | undefined = options.extraQuery, extraBody: Rec | undefined = options.extraBody;
    const req = (await op.encode?.(op, params, extraQuery, extraBody)) ?? {
      query: new URLSearchParams(Object.entries(extraQuery ?? {}).flatMap(([k, v]) => [v].flat().filter((x) => x != null).map((x) => [k, String(x)]))).toString(),
      body: extraBody && JSON.stringify(extraBody),
      contentType: extraBody && 'application/json',
    };
    const auth = op.auth !== false;
    const credential = c.credential;
    let url = this.baseUrl + path + (req.query ? '?' + req.query : '');
    const headers = new Headers();
    const set = (values: Rec | undefined) => { for (const n in values) values[n] === null ? headers.delete(n) : values[n] !== undefined && headers.set(n, values[n]); };
    set({ Accept: op.decode ? undefined : 'application/json', 'Content-Type': req.contentType, 'User-Agent': isBrowser() ? undefined : c.userAgent });
    if (auth && key) {
      if (credential?.in == 'query') url += (url.includes('?') ? '&' : '?') + encodeURIComponent(credential.name) + '=' + encodeURIComponent(key);
      else set({ [credential?.name ?? 'Authorization']: credential ? key : 'Bearer ' + key });
    }
    set(o.defaultHeaders); set(req.headers); set(options.headers);
    set({ 'Idempotency-Key': options.idempotencyKey ?? (req.idempotent && !headers.has('idempotency-key') ? 'sdk-' + crypto.randomUUID() : undefined) });
    if (auth && !(credential?.in == 'query' ? key : headers.has(credential?.name ?? 'Authorization'))) {
      throw new BurkiError(`${route} requires an API key, and none was given. Pass it as \`new ${c.clientName ?? 'Client'}({ apiKey: '...' })\`` + (c.apiKeyEnvVar ? ` or set the ${c.apiKeyEnvVar} environment variable.` : '.'));
    }
    const timeout = options.timeout ?? this.timeout, maxRetries = options.maxRetries ?? this.maxRetries, signal: AbortSignal | undefined = options.signal;
    const retryable = /^(GET|HEAD|PUT|DELETE|OPTIONS)$/.test(op.method) || headers.has('idempotency-key');
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw new APIUserAbortError();
      const started = o.now(), controller = new AbortController();
      let timedOut = false;
      const timer = timeout > 0 && timeout < 2 ** 31 ? setTimeout(() => { timedOut = true; controller.abort(); }, timeout) : undefined;
      const onAbort = () => controller.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      let result: any, error: any, delay: number | undefined;
      try {
        const response: Response = await o.fetch(url, { method: op.method, headers, body: req.body ?? null, signal: controller.signal });
        if (response.ok) result = { response, bytes: raw ? undefined : await response.arrayBuffer() };
        else {
          const text = await response.text();
          let body: unknown = text || undefined;
          try { if (/^\s*[[{]/.test(text) || /json/i.test(response.headers.get('content-type') ?? '')) body = JSON.parse(text); } catch { /* text */ }
          body = redactDeep(body, this.#redact);
          const status = response.status;
          const Class = classes[status] ?? (status >= 500 ? ServerError : APIError);
          error = new Class(status, body, this.#redact(`${status} ${describe(body)}`), response.headers, { method: op.method, path });
          if (/^(408|409|429|5..)$/.test(String(status))) {
            const ms = Number(response.headers.get('retry-after-ms') ?? NaN);
            const after = ms >= 0 ? ms : (parseRetryAfter(response.headers.get('retry-after'), o.now()) ?? NaN) * 1000;
            delay = Math.min(after >= 0 ? after : NaN, 60000);
          }
        }
      } catch (cause: any) {
        error = signal?.aborted ? new APIUserAbortError()
          : timedOut ? new APIConnectionTimeoutError(timeout, op.method, path)
          : new APIConnectionError(this.#redact(`Connection error: ${cause?.message ?? cause} (${op.method} ${path}).`), op.method, path, key && String(cause?.stack ?? cause).includes(key) ? this.#redact(String(cause?.stack)) : cause);
        if (error instanceof APIConnectionError && !(error instanceof APIConnectionTimeoutError) || timedOut) delay = NaN;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
      const retry = retryable && attempt < maxRetries && delay !== undefined;
      if (retry && !(delay! >= 0)) delay = Math.min(8000, 500 * 2 ** attempt) * o.random();
      logs.get(this)?.(op, attempt, o.now() - started, result, error, retry ? delay : undefined);
      if (result) return result;
      if (!retry) throw error;
      await o.sleep(delay, signal);
    }
  }
}

function decodeResult(op: Rec, r: any): unknown {
  return r.bytes === undefined ? r.response.arrayBuffer().then((b: ArrayBuffer) => decode(op, r.response, b)) : decode(op, r.response, r.bytes);
}

// opt-in: raw access and the logger, as the SDK's funcs entry has them
const exchanges = new WeakMap<Promise<unknown>, Promise<any>>();
export function withResponse<T>(p: Promise<T>): Promise<{ data: T; response: Response }> {
  return Promise.all([p, exchanges.get(p)]).then(([data, r]) => ({ data, response: r.response }));
}
export function apiCall<T>(core: BaseClient, op: Rec, args: unknown[], params: Rec = {}, options: Rec = {}): APIPromise<T> {
  return new APIPromise<T>((raw) => core._send(op, args, params, options, raw), (r) => decodeResult(op, r) as T);
}
const logs = new WeakMap<BaseClient, (op: Rec, attempt: number, durationMs: number, result: any, error: any, retryInMs?: number) => void>();
export function useLogger<C extends BaseClient>(client: C, logger: Rec): C {
  logs.set(client, (op, attempt, durationMs, result, error, retryInMs) => {
    try {
      logger.debug?.('http attempt', { method: op.method, path: op.path, status: result?.response.status ?? error?.status, attempt: attempt + 1, durationMs, error: error?.status ? undefined : error?.name, retryInMs: retryInMs === undefined ? undefined : Math.round(retryInMs) });
    } catch { /* a failing logger must not fail the request */ }
  });
  return client;
}

function decode(op: Rec, response: Response, bytes: ArrayBuffer): unknown {
  if (op.decode) return op.decode(response, bytes);
  const text = new TextDecoder().decode(bytes);
  if (!text.trim()) return undefined;
  let json;
  try { json = JSON.parse(text); } catch { throw new BurkiError(`${op.method} ${op.path}: the response is not valid JSON (${text.length} characters).`); }
  return mapValue(json, op.shape, 0);
}

/** The generated `BurkiCore` of the floor: the same configuration. */
export class FloorCore extends BaseClient {
  constructor(options: Rec = {}) {
    super(options, { clientName: 'BurkiClient', defaultBaseUrl: 'https://api.burki.dev', apiKeyEnvVar: 'BURKI_API_KEY', userAgent: '@burki.dev/sdk/1.0.0' });
  }
}

/**
 * The spec-driven HTTP mock server: routing, CORS, bearer auth, FastAPI-style validation, example responses and
 * in-memory state, on top of `node:http`; WebSocket streams (streams.ts) on the same port.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import {
  BodyTooLargeError,
  ClientAbortError,
  DEFAULT_MAX_BODY_BYTES,
  isJsonMediaType,
  parseCookies,
  parseMediaType,
  parseMultipart,
  parseUrlEncoded,
  readBody,
} from './body.js';
import { CONTROL_PREFIX, controlReply, type ControlHooks } from './control.js';
import { detail, jsonInvalidIssue, MESSAGES, type ValidationIssue } from './errors.js';
import { corruptJson, type Fault, type FaultConfig, faultFromPreferences, FaultPlan, mergeFaults, undeclaredBody } from './faults.js';
import type { MockModel, MockOperation } from './model.js';
import { bodyless, exampleReply, jsonReply, parsePrefer, preferences, selectResponse, statusOf, type Reply } from './respond.js';
import { BadPathError, Router } from './router.js';
import { defineOwn } from './schema.js';
import { Simulator, type SimEvent } from './simulate.js';
import { opOptions, StateStore, successResponse } from './state.js';
import { STREAM_MESSAGES, StreamHub, streamsOf, type UpgradeOutcome } from './streams.js';
import { RequestValidator, type ParamValues } from './validation.js';

export interface MockLogger {
  /** One line per request (`GET /api/v1/assistants 200 3ms`); never includes tokens or query strings. */
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface MockServerOptions {
  /**
   * Initial items per collection (wire JSON), replacing the items seeded from the examples. A number is accepted
   * for compatibility and ignored: every output of the mock is already deterministic.
   */
  readonly seed?: number | Readonly<Record<string, readonly unknown[]>>;
  /** Accepted bearer tokens; default: any non-empty token. */
  readonly tokens?: readonly string[];
  /** Defaults to silence for info/warn and `console.error` for errors. */
  readonly logger?: Partial<MockLogger>;
  /** Timestamps for created_at / updated_at; default: a counter from 2025-01-01T00:00:00Z, one second per call. */
  readonly clock?: () => string | Date;
  /** Request body limit; default 10 MiB. */
  readonly maxBodyBytes?: number;
  /** How many of the most recent requests {@link MockServer.requests} keeps; default 1000, 0 keeps none. */
  readonly journalSize?: number;
  /** Route faults (see faults.ts); replaced at run time with `PUT /__mock/faults` or {@link MockServer.setFaults}. */
  readonly faults?: FaultConfig;
  /**
   * What moves simulated calls along (see simulate.ts): `manual` (default) only {@link MockServer.advance} and
   * `POST /__mock/advance`; `real` also advances one second every second.
   */
  readonly timeline?: 'manual' | 'real';
  /**
   * Strict mode: every request's journal entry lists what the client sent that the spec does not allow, including
   * what the API would ignore silently (undeclared query parameters and body fields), and each is logged as a warning.
   */
  readonly strict?: boolean;
}

/**
 * One request as the mock received it, for tests that assert on what a client sent (headers, multipart parts,
 * query strings). Credentials are never kept: `authorization`, `cookie` and `proxy-authorization` are redacted.
 */
export interface RecordedRequest {
  /** The operation the request was routed to; absent when no route matched. */
  readonly operationId?: string;
  /** The WebSocket stream an upgrade request was routed to (its `status` is 101 once upgraded). */
  readonly stream?: string;
  /** Upper-case method. */
  readonly method: string;
  /** The path as received (still percent-encoded), without the query string. */
  readonly path: string;
  /** The raw query string without `?` (empty when there was none); a stream's credential parameter is redacted. */
  readonly query: string;
  /** Header values by lower-case name; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The body as the mock understood it: parsed JSON; url-encoded or multipart fields by name, with each file part as
   * `{ filename, content_type, size }`; other bodies as `{ size }`. Absent when there was no body or it was not read
   * (no route, failed auth, unparseable).
   */
  readonly body?: unknown;
  /** The status the mock answered with; 0 when the connection was dropped on purpose (`fault=reset`). */
  readonly status: number;
  /** Strict mode: what the request did that the spec does not allow (`body.llm_setings: not declared`). */
  readonly diagnostics?: readonly string[];
}

export interface MockServer {
  /** Starts listening (default 127.0.0.1:4010; port 0 picks a free port). */
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  /** Stops listening, closes open streams (1001) and drops open connections. */
  close(): Promise<void>;
  /** Restores the seeded state and the request-id / clock counters. */
  reset(): void;
  /** The request handler (usable with any `node:http` server); never rejects. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** The mock without a socket: a `Request` in, its `Response` out (for msw handlers and other fetch interceptors). */
  fetch(request: Request): Promise<Response>;
  /** The `upgrade` handler for WebSocket streams (usable with any `node:http` server); never throws. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** A copy of a collection's current items (seeding it if needed). */
  snapshot(collection: string): unknown[];
  /** Copies of the requests received since start or the last `reset()`, oldest first (see `journalSize`). */
  requests(): RecordedRequest[];
  /** Replaces the route faults (their counters and PRNG start over); `reset()` keeps them but restarts them. */
  setFaults(config: FaultConfig): void;
  /**
   * Moves the simulated clock by `seconds`: simulated calls change status, transcripts appear and webhooks are
   * delivered (each awaited). Resolves with the clock and what happened.
   */
  advance(seconds: number): Promise<{ now: number; events: SimEvent[] }>;
  /** Plays an inbound SMS (`{to, from, body}`), delivering its webhook; as `POST /__mock/sms`. */
  receiveSms(message: Readonly<Record<string, unknown>>): Promise<SimEvent>;
}

/** A journal entry as recorded: the request's own parts, redacted and copied only when read. */
interface RawRecord {
  readonly trace: Trace;
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly status: number;
  readonly upgrade?: UpgradeOutcome;
}

/** What `processRequest` learnt about a request, for the journal. */
interface Trace {
  operationId?: string;
  stream?: string;
  body?: unknown;
  /** The fault this request gets (a route rule and/or its `Prefer` header). */
  fault?: Fault;
  diagnostics?: string[];
}

/** Thrown to drop the connection without an answer (`fault=reset`). */
class ResetFault extends Error {}

/** What tells a waiting answer that its client went away: the `ServerResponse`, or a fetch request's signal. */
type Closer = Pick<EventEmitter, 'once' | 'off'> & { readonly destroyed: boolean };

const REDACTED_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

function recordedHeaders(
  headers: IncomingHttpHeaders,
  redact: (name: string, value: string) => string = (_name, value) => value,
  keyHeader?: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    const secret = REDACTED_HEADERS.has(name) || name === keyHeader;
    defineOwn(out, name, secret ? '[redacted]' : redact(name, text));
  }
  return out;
}

/** A query string with the value of the key's parameter (APIs that take the key in the query) redacted. */
function recordedQuery(rawQuery: string, keyParam: string | undefined): string {
  if (keyParam === undefined || rawQuery === '') return rawQuery;
  const query = new URLSearchParams(rawQuery);
  if (!query.has(keyParam)) return rawQuery;
  query.set(keyParam, '[redacted]');
  return query.toString();
}

/** The body for the journal: kept as parsed (nothing changes a parsed body; `requests()` hands out copies). */
function recordedBody(body: unknown): unknown {
  if (Buffer.isBuffer(body)) return { size: body.length };
  return body;
}

class BadBodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadBodyError';
  }
}

const EXPOSE_HEADERS = 'Retry-After, X-Request-Id, Content-Disposition, Preference-Applied';
/** The CORS headers of a request without `Origin` (never changed: callers copy it). */
const ANY_ORIGIN: Readonly<Record<string, string>> = Object.freeze({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSE_HEADERS });
const DEFAULT_ALLOW_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'Accept', 'X-Request-Id', 'Prefer'];
const ALL_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
const CLOCK_EPOCH = Date.UTC(2025, 0, 1);

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function validationReply(issues: readonly ValidationIssue[]): Reply {
  return jsonReply(422, { detail: issues });
}

function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^\s*bearer\s+(\S+)\s*$/i.exec(header);
  return m?.[1];
}

/** The `user:password` of an `Authorization: Basic` header (UTF-8); `undefined` when it is not one. */
function basicCredentials(header: string | undefined): string | undefined {
  const m = header ? /^\s*basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header) : null;
  const decoded = m?.[1] ? Buffer.from(m[1], 'base64').toString('utf8') : undefined;
  return decoded?.includes(':') ? decoded : undefined;
}

export function createMockServer(model: MockModel, options: MockServerOptions = {}): MockServer {
  const given = options.logger;
  // A throwing logger must never take the server down.
  const guard =
    <A extends unknown[]>(fn: ((...args: A) => void) | undefined, fallback: (...args: A) => void) =>
    (...args: A): void => {
      try {
        (fn ?? fallback).apply(given, args);
      } catch {
        // ignore
      }
    };
  const logger: MockLogger = {
    info: guard(given?.info, () => undefined),
    warn: guard(given?.warn, (message: string) => console.warn(message)),
    error: guard(given?.error, (message: string, err?: unknown) => console.error(message, err)),
  };
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const journalSize = Math.max(0, Math.trunc(options.journalSize ?? 1000));
  // Raw entries: the redacted copies are made when someone reads them (`requests()`), not on the hot path. A ring:
  // once full, each entry overwrites the oldest (`journalStart`), rather than shifting a thousand entries per request.
  const journal: RawRecord[] = [];
  let journalStart = 0;
  const tokens = options.tokens ? new Set(options.tokens) : undefined;
  const router = new Router(model.operations);
  const faults = new FaultPlan(options.faults);
  // Delayed and hanging answers, released when the server closes.
  const waiting = new Set<() => void>();
  const wait = (ms: number | undefined, res: Closer): Promise<void> =>
    new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (): void => {
        if (timer) clearTimeout(timer);
        waiting.delete(done);
        res.off('close', done);
        resolve();
      };
      if (ms !== undefined) timer = setTimeout(done, ms);
      waiting.add(done);
      res.once('close', done);
    });
  const validator = new RequestValidator(model, (m) => logger.warn(m));
  const resolver = validator.schemaResolver;
  let requestCounter = 0;
  let clockCounter = 0;
  const clock = (): string => {
    if (options.clock) {
      const v = options.clock();
      return typeof v === 'string' ? v : isoSeconds(v);
    }
    clockCounter += 1;
    return isoSeconds(new Date(CLOCK_EPOCH + clockCounter * 1000));
  };
  const seed = typeof options.seed === 'object' && options.seed !== null ? options.seed : undefined;
  const store = new StateStore(model, resolver, { ...(seed ? { seed } : {}), clock });
  const simulator = new Simulator({
    store,
    webhooks: model.webhooks ?? [],
    clock,
    config: model.mock,
    error: (m, e) => logger.error(m, e),
    changed: (targets) => {
      for (const target of targets) streams.push(target.name, target.types, target.rows);
    },
  });
  const accepts = (token: string | undefined): boolean => token !== undefined && token !== '' && (!tokens || tokens.has(token));
  // The key as the API takes it: a bearer token by default, else the API-key header or query parameter.
  const credential = model.credential;
  const keyHeader = credential?.in === 'header' ? credential.name.toLowerCase() : undefined;
  const keyParam = credential?.in === 'query' ? credential.name : undefined;
  const keyOf = (req: IncomingMessage, query: URLSearchParams): string | undefined => {
    if (keyParam !== undefined) return query.get(keyParam) ?? undefined;
    if (credential?.in === 'basic') return basicCredentials(req.headers.authorization);
    if (keyHeader === undefined) return bearerToken(req.headers.authorization);
    const value = req.headers[keyHeader];
    return Array.isArray(value) ? value[0] : value;
  };
  const streams = new StreamHub(streamsOf(model), {
    validator,
    resolver,
    accepts,
    maxPayload: maxBody,
    info: (m) => logger.info(m),
    error: (m, e) => logger.error(m, e),
    opening: (stream, path, example, pushing, rows) => simulator.opening(stream.name, path, example, pushing, rows),
  });

  function corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin;
    if (!origin) return ANY_ORIGIN;
    const h: Record<string, string> = { 'Access-Control-Allow-Origin': origin ?? '*', 'Access-Control-Expose-Headers': EXPOSE_HEADERS };
    if (origin) {
      h['Access-Control-Allow-Credentials'] = 'true';
      h['Vary'] = 'Origin';
    }
    return h;
  }

  function preflight(req: IncomingMessage, allow: readonly string[] | undefined): Reply {
    const requested = req.headers['access-control-request-headers'];
    const names = new Map<string, string>();
    for (const n of DEFAULT_ALLOW_HEADERS) names.set(n.toLowerCase(), n);
    for (const n of (requested ?? '').split(',')) {
      const t = n.trim();
      if (/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(t) && !names.has(t.toLowerCase())) names.set(t.toLowerCase(), t);
    }
    const methods = allow && allow.length > 0 ? [...new Set([...allow, 'OPTIONS'])].join(', ') : ALL_METHODS;
    return {
      status: 204,
      headers: {
        'Access-Control-Allow-Methods': methods,
        'Access-Control-Allow-Headers': [...names.values()].join(', '),
        'Access-Control-Max-Age': '600',
        Allow: methods,
      },
    };
  }

  function splitTarget(url: string): { rawPath: string; rawQuery: string } | undefined {
    let target = url;
    if (!target.startsWith('/')) {
      if (!/^https?:\/\//i.test(target)) return undefined;
      try {
        const u = new URL(target);
        target = u.pathname + u.search;
      } catch {
        return undefined;
      }
    }
    const q = target.indexOf('?');
    const hash = target.indexOf('#');
    const end = hash >= 0 ? hash : target.length;
    return q >= 0 && q < end ? { rawPath: target.slice(0, q), rawQuery: target.slice(q + 1, end) } : { rawPath: target.slice(0, end), rawQuery: '' };
  }

  async function readAndValidateBody(op: MockOperation, req: IncomingMessage, issues: ValidationIssue[], trace: Trace): Promise<unknown> {
    const raw = await readBody(req, maxBody);
    const body = await parseBody(op, req, raw, issues);
    trace.body = body === undefined && raw.length > 0 ? { size: raw.length } : recordedBody(body);
    return body;
  }

  async function parseBody(op: MockOperation, req: IncomingMessage, raw: Buffer, issues: ValidationIssue[]): Promise<unknown> {
    const before = issues.length;
    const rb = op.requestBody;
    if (!rb) return undefined;
    const expected = parseMediaType(rb.contentType).essence;
    const actual = parseMediaType(req.headers['content-type']);
    const empty = raw.length === 0;
    if (isJsonMediaType(expected) || expected === '') {
      let value: unknown;
      if (!empty) {
        if (actual.essence !== '' && !isJsonMediaType(actual.essence)) {
          const text = raw.toString('utf8');
          issues.push({
            type: 'model_attributes_type',
            loc: ['body'],
            msg: 'Input should be a valid dictionary or object to extract fields from',
            input: text.length > 1000 ? `${text.slice(0, 1000)}...` : text,
          });
          return undefined;
        }
        const text = raw.toString('utf8').replace(/^\uFEFF/, '');
        try {
          value = JSON.parse(text);
        } catch {
          issues.push(jsonInvalidIssue(text));
          return undefined;
        }
      }
      if (value === undefined || value === null) {
        if (rb.required) issues.push({ type: 'missing', loc: ['body'], msg: 'Field required', input: null });
        return undefined;
      }
      issues.push(...validator.validateJsonBody(op, value));
      return value;
    }
    if (expected === 'application/x-www-form-urlencoded' || expected === 'multipart/form-data') {
      let fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      const present = new Set<string>();
      if (!empty && actual.essence === 'application/x-www-form-urlencoded') {
        fields = parseUrlEncoded(raw.toString('utf8'));
        for (const k of Object.keys(fields)) present.add(k);
      } else if (!empty && actual.essence === 'multipart/form-data') {
        const parts = parseMultipart(raw, actual.params['boundary'] ?? '');
        if (!parts) throw new BadBodyError(MESSAGES.badMultipart);
        for (const part of parts) {
          present.add(part.name);
          if (part.value !== undefined) fields[part.name] = part.value;
          else fields[part.name] = { filename: part.filename ?? '', content_type: part.contentType ?? 'application/octet-stream', size: part.size };
        }
      }
      if (empty && !rb.required) return undefined;
      if (expected === 'application/x-www-form-urlencoded' && actual.essence === 'application/x-www-form-urlencoded') {
        issues.push(...validator.validateFormBody(op, fields));
      } else {
        issues.push(...validator.missingFormFields(op, present));
      }
      if (empty && rb.required && issues.length === before) issues.push({ type: 'missing', loc: ['body'], msg: 'Field required', input: null });
      return { ...fields };
    }
    if (empty && rb.required) issues.push({ type: 'missing', loc: ['body'], msg: 'Field required', input: null });
    return empty ? undefined : raw;
  }

  /** What a request did that the spec does not allow: its validation issues, undeclared query parameters and fields. */
  function strictDiagnostics(op: MockOperation, query: URLSearchParams, body: unknown, issues: readonly ValidationIssue[]): string[] {
    const out = issues.map((issue) => `${issue.loc.join('.')}: ${issue.msg}`);
    const declared = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    const deep = op.parameters.some((p) => p.in === 'query' && (p.style === 'deepObject' || resolver.types(p.schema).has('object')));
    for (const name of new Set(query.keys())) {
      if (!declared.has(name) && name !== keyParam && !deep) out.push(`query.${name}: not a parameter of ${op.operationId}`);
    }
    const schema = op.requestBody?.schema;
    const walk = (value: unknown, schemaAt: unknown, path: string, depth: number): void => {
      if (depth > 16 || typeof value !== 'object' || value === null || Array.isArray(value)) return;
      const names = resolver.propertyNames(schemaAt);
      const resolved = resolver.deref(schemaAt);
      const open = names.size === 0 || (typeof resolved === 'object' && resolved !== null && resolved['additionalProperties'] !== undefined && resolved['additionalProperties'] !== false);
      for (const [key, child] of Object.entries(value)) {
        if (!names.has(key)) {
          if (!open) out.push(`${path}.${key}: not declared by the request body schema`);
          continue;
        }
        walk(child, resolver.declaredPropertySchema(schemaAt, key), `${path}.${key}`, depth + 1);
      }
    };
    if (schema !== undefined && !Buffer.isBuffer(body)) walk(body, schema, 'body', 0);
    for (const line of out) logger.warn(`mock strict: ${op.operationId}: ${line}`);
    return out;
  }

  const defaultsCache = new WeakMap<MockOperation, Record<string, unknown>>();
  /** The defaults of an operation's query parameters (worked out once per operation). */
  function paramDefaults(op: MockOperation): Record<string, unknown> {
    const cached = defaultsCache.get(op);
    if (cached) return cached;
    const out: Record<string, unknown> = {};
    for (const p of op.parameters) {
      if (p.in !== 'query') continue;
      const d = resolver.defaultOf(p.schema);
      if (d !== undefined) out[p.name] = d;
    }
    defaultsCache.set(op, out);
    return out;
  }

  /** The answer of a route rule's `status`: the declared response of that status, else a FastAPI-shaped body. */
  function faultReply(op: MockOperation, status: number, values: ParamValues, fault: Fault): Reply {
    if (fault.body !== undefined) return jsonReply(status, fault.body);
    const selection = selectResponse(op, { code: String(status) });
    if (selection) return exampleReply(op, resolver, values.query, paramDefaults(op), { ...selection, applied: [] });
    return jsonReply(status, undeclaredBody(status, op.summary));
  }

  // GET replies of the state's reads (a list, an item) by request target, good while the state has not changed
  // (`store.version`): serialising the same list again for every request was a sixth of a GET under load.
  const readReplies = new Map<string, { readonly version: number; readonly reply: Reply }>();
  const READ_REPLIES_KEPT = 256;

  /** `target`: the request target of a GET (its replies from the state may be reused), else undefined. */
  function dispatch(op: MockOperation, values: ParamValues, body: unknown, prefs: Readonly<Record<string, string>>, fault: Fault | undefined, target?: string): Reply {
    // `Prefer: code=` / `example=` (Prism's convention) answer from the examples and leave the state alone.
    const selection = selectResponse(op, parsePrefer(prefs));
    if (selection) return exampleReply(op, resolver, values.query, paramDefaults(op), selection);
    if (fault?.status !== undefined) return faultReply(op, fault.status, values, fault);
    if (op.state) {
      const reads = target !== undefined && (op.state.action === 'list' || op.state.action === 'read') ? target : undefined;
      const kept = reads === undefined ? undefined : readReplies.get(reads);
      if (kept && kept.version === store.version) return kept.reply;
      const outcome = store.handle(op, values, body);
      if (outcome.kind === 'not-found') return jsonReply(404, detail(outcome.message));
      if (outcome.kind === 'ok') {
        const response = successResponse(op);
        const status = statusOf(response);
        if (bodyless(status)) return { status, headers: {}, ...(outcome.commit ? { commit: outcome.commit } : {}) };
        const reply = jsonReply(status, outcome.body);
        const simulation = opOptions(op).simulate;
        if (outcome.created && typeof simulation === 'string') {
          const { commit, created } = outcome;
          return {
            ...reply,
            commit: () => {
              commit?.();
              simulator.start(simulation, created.id);
            },
          };
        }
        if (outcome.commit) return { ...reply, commit: outcome.commit };
        if (reads !== undefined) {
          if (readReplies.size >= READ_REPLIES_KEPT) readReplies.clear();
          readReplies.set(reads, { version: store.version, reply });
        }
        return reply;
      }
    }
    return exampleReply(op, resolver, values.query, paramDefaults(op));
  }

  async function processRequest(req: IncomingMessage, res: Closer, trace: Trace): Promise<Reply> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '/';
    if (method === 'OPTIONS' && url === '*') return preflight(req, undefined);
    const target = splitTarget(url);
    if (!target) return jsonReply(400, detail(MESSAGES.badRequest));
    const { rawPath, rawQuery } = target;
    if (rawPath.startsWith(CONTROL_PREFIX)) return controlReply(method, rawPath, await readBody(req, maxBody), control);

    let match = router.match(method, rawPath);
    if (method === 'OPTIONS' && match.kind !== 'found') {
      return preflight(req, match.kind === 'method-not-allowed' ? match.allow : undefined);
    }
    if (method === 'HEAD' && match.kind !== 'found') {
      const get = router.match('GET', rawPath);
      if (get.kind === 'found') match = get;
    }
    if (match.kind === 'not-found') {
      const stream = streams.match(rawPath);
      if (stream) {
        trace.stream = stream.name;
        if (method === 'GET' || method === 'HEAD') {
          return jsonReply(426, detail(STREAM_MESSAGES.upgradeRequired), { Upgrade: 'websocket', Connection: 'Upgrade' });
        }
        if (method === 'OPTIONS') return preflight(req, ['GET']);
        return jsonReply(405, detail(MESSAGES.methodNotAllowed), { Allow: 'GET' });
      }
      return jsonReply(404, detail(MESSAGES.notFound));
    }
    if (match.kind === 'method-not-allowed') return jsonReply(405, detail(MESSAGES.methodNotAllowed), { Allow: match.allow.join(', ') });
    const op = match.op;
    trace.operationId = op.operationId;
    const prefs = preferences(req.headers.prefer);
    const fault = mergeFaults(faults.pick(op.operationId, method, op.path), faultFromPreferences(prefs));
    if (fault) {
      trace.fault = fault;
      if (fault.delay !== undefined || fault.fault === 'hang') {
        await wait(fault.fault === 'hang' ? undefined : fault.delay, res);
        if (fault.fault === 'hang' || res.destroyed) throw new ResetFault();
      }
      if (fault.fault === 'reset') throw new ResetFault();
    }

    const query = new URLSearchParams(rawQuery);
    if (op.auth && !accepts(keyOf(req, query))) {
      const challenge = credential === undefined ? 'Bearer' : credential.in === 'basic' ? 'Basic realm="mock"' : undefined;
      return jsonReply(401, detail(MESSAGES.unauthenticated), challenge ? { 'WWW-Authenticate': challenge } : {});
    }

    const parts = {
      path: match.params,
      query,
      headers: req.headers,
      cookies: parseCookies(req.headers.cookie),
    };
    const { values, issues } = validator.validateParams(op, parts);
    const declared = req.headers['content-length'];
    // A request without a body (no length, not chunked) to an operation that takes none: nothing to wait for.
    const bodiless = !op.requestBody && req.headers['transfer-encoding'] === undefined && (declared === undefined || declared === '0');
    if (bodiless) req.resume();
    const body = bodiless ? undefined : await readAndValidateBody(op, req, issues, trace);
    if (options.strict) trace.diagnostics = strictDiagnostics(op, query, body, issues);
    if (issues.length > 0) return validationReply(issues);
    // Build (and serialise) the reply, then commit in the same synchronous run: no other request can interleave,
    // and a fault while building leaves the state untouched.
    const reply = dispatch(op, values, body, prefs, fault, method === 'GET' ? `${op.operationId} ${url}` : undefined);
    reply.commit?.();
    return reply;
  }

  function send(req: IncomingMessage, res: ServerResponse, reply: Reply, requestId: string, extra: Record<string, string> = {}): void {
    const headers: Record<string, string> = { ...corsHeaders(req), ...reply.headers, ...extra, 'X-Request-Id': requestId };
    const withBody = reply.body !== undefined && !bodyless(reply.status);
    if (withBody) headers['Content-Length'] = String(reply.body?.length ?? 0);
    else if (!bodyless(reply.status)) headers['Content-Length'] = '0';
    res.writeHead(reply.status, headers);
    if (withBody && req.method?.toUpperCase() !== 'HEAD') res.end(reply.body);
    else res.end();
  }

  /** The answer to a request that failed in a known way; rethrows anything else. */
  function errorReply(err: unknown, req: IncomingMessage): { reply: Reply; extra: Record<string, string> } {
    if (err instanceof BadPathError) return { reply: jsonReply(400, detail(MESSAGES.badPath)), extra: {} };
    if (err instanceof BadBodyError) return { reply: jsonReply(400, detail(err.message)), extra: {} };
    if (err instanceof BodyTooLargeError) {
      req.resume();
      return { reply: jsonReply(413, detail(MESSAGES.tooLarge)), extra: { Connection: 'close' } };
    }
    throw err;
  }

  /** The chosen `Retry-After`, and a body cut in the middle for `fault=invalid-json`. */
  function withFault(reply: Reply, extra: Record<string, string>, fault: Fault | undefined): { reply: Reply; extra: Record<string, string> } {
    if (!fault) return { reply, extra };
    return {
      reply: fault.fault === 'invalid-json' ? { ...reply, body: corruptJson(reply.body) } : reply,
      extra: fault.retryAfter !== undefined ? { ...extra, 'Retry-After': String(fault.retryAfter) } : extra,
    };
  }

  /**
   * The mock as a fetch handler (`Request` in, `Response` out, no socket): what msw handlers call. Same routing,
   * validation, state, faults and journal as over HTTP; `fault=reset` is `Response.error()`.
   */
  async function fetchHandler(request: Request): Promise<Response> {
    requestCounter += 1;
    const requestId = `mock-req-${requestCounter}`;
    const url = new URL(request.url);
    const raw = Buffer.from(await request.arrayBuffer());
    const req = new IncomingMessage(new Socket());
    req.method = request.method.toUpperCase();
    req.url = url.pathname + url.search;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => defineOwn(headers, name, value));
    if (raw.length > 0) headers['content-length'] = String(raw.length);
    req.headers = headers;
    if (raw.length > 0) req.push(raw);
    req.push(null);
    const gone = Object.assign(new EventEmitter(), { destroyed: false });
    request.signal.addEventListener('abort', () => {
      gone.destroyed = true;
      gone.emit('close');
    });
    const trace: Trace = {};
    let status = 500;
    try {
      let reply: Reply;
      let extra: Record<string, string> = {};
      try {
        reply = await processRequest(req, gone, trace);
      } catch (err) {
        if (err instanceof ResetFault) {
          status = 0;
          return Response.error();
        }
        ({ reply, extra } = errorReply(err, req));
      }
      ({ reply, extra } = withFault(reply, extra, trace.fault));
      status = reply.status;
      const out = { ...corsHeaders(req), ...reply.headers, ...extra, 'X-Request-Id': requestId };
      const withBody = reply.body !== undefined && !bodyless(reply.status) && req.method !== 'HEAD';
      return new Response(withBody ? new Uint8Array(reply.body as Buffer) : null, { status: reply.status, headers: out });
    } catch (err) {
      status = 500;
      logger.error(`mock: ${req.method} ${url.pathname} failed (${requestId})`, err);
      return new Response(JSON.stringify(detail(MESSAGES.internal)), { status: 500, headers: { 'Content-Type': 'application/json', 'X-Request-Id': requestId } });
    } finally {
      record(req, trace, status);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    requestCounter += 1;
    const requestId = `mock-req-${requestCounter}`;
    const started = Date.now();
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let status = 500;
    const trace: Trace = {};
    try {
      let reply: Reply;
      let extra: Record<string, string> = {};
      try {
        reply = await processRequest(req, res, trace);
      } catch (err) {
        if (err instanceof ResetFault) {
          status = 0;
          req.socket.resetAndDestroy();
          return;
        }
        ({ reply, extra } = errorReply(err, req));
      }
      ({ reply, extra } = withFault(reply, extra, trace.fault));
      status = reply.status;
      send(req, res, reply, requestId, extra);
    } catch (err) {
      if (err instanceof ClientAbortError) {
        status = 499;
        res.destroy();
        return;
      }
      status = 500;
      logger.error(`mock: ${method} ${path} failed (${requestId})`, err);
      try {
        if (!res.headersSent) send(req, res, jsonReply(500, detail(MESSAGES.internal)), requestId);
        else res.destroy();
      } catch {
        res.destroy();
      }
    } finally {
      if (given?.info) logger.info(`${method} ${path} ${status} ${Date.now() - started}ms`);
      record(req, trace, status);
    }
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    requestCounter += 1;
    const requestId = `mock-req-${requestCounter}`;
    const started = Date.now();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const finish = (outcome: UpgradeOutcome): void => {
      logger.info(`${(req.method ?? 'GET').toUpperCase()} ${path} ${outcome.status} ${Date.now() - started}ms (websocket)`);
      record(req, outcome.stream !== undefined ? { stream: outcome.stream } : {}, outcome.status, outcome);
    };
    try {
      streams.handleUpgrade(req, socket, head, splitTarget(req.url ?? '/'), requestId, finish);
    } catch (err) {
      logger.error(`mock: websocket upgrade of ${path} failed (${requestId})`, err);
      socket.destroy();
    }
  }

  function record(req: IncomingMessage, trace: Trace, status: number, upgrade?: UpgradeOutcome): void {
    if (journalSize === 0) return;
    // The headers object is the request's own (never changed after parsing); nothing is copied here.
    const entry: RawRecord = { trace, method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, status, ...(upgrade ? { upgrade } : {}) };
    if (journal.length < journalSize) journal.push(entry);
    else {
      journal[journalStart] = entry;
      journalStart = (journalStart + 1) % journalSize;
    }
  }

  function materialize(raw: RawRecord): RecordedRequest {
    const { trace, upgrade } = raw;
    const target = splitTarget(raw.url);
    return structuredClone({
      ...(trace.operationId !== undefined ? { operationId: trace.operationId } : {}),
      ...(trace.stream !== undefined ? { stream: trace.stream } : {}),
      method: raw.method.toUpperCase(),
      path: target?.rawPath ?? raw.url,
      query: upgrade ? upgrade.query : recordedQuery(target?.rawQuery ?? '', keyParam),
      headers: recordedHeaders(raw.headers, upgrade?.redact, keyHeader),
      ...(trace.body !== undefined ? { body: trace.body } : {}),
      status: raw.status,
      ...(trace.diagnostics !== undefined ? { diagnostics: trace.diagnostics } : {}),
    });
  }

  let server: Server | undefined;
  const sockets = new Set<Socket>();

  function onClientError(err: Error & { code?: string }, socket: Socket): void {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, text] =
      err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout'] : [400, 'Bad Request'];
    const body = JSON.stringify(detail(text));
    try {
      socket.end(
        `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
          `Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n${body}`,
      );
    } catch {
      socket.destroy();
    }
  }

  function reset(): void {
    store.reset();
    simulator.reset();
    faults.reset();
    requestCounter = 0;
    clockCounter = 0;
    journal.length = 0;
    journalStart = 0;
  }

  function requests(): RecordedRequest[] {
    return [...journal.slice(journalStart), ...journal.slice(0, journalStart)].map(materialize);
  }

  const control: ControlHooks = {
    faults: () => faults.current,
    setFaults: (config) => faults.replace(config),
    reset,
    requests,
    advance: (seconds) => simulator.advance(seconds),
    ...(simulator.hasInbound ? { inboundSms: async (message: Readonly<Record<string, unknown>>) => jsonReply(200, await simulator.receive(message)) } : {}),
  };
  let ticker: NodeJS.Timeout | undefined;

  return {
    handle,
    fetch: fetchHandler,
    handleUpgrade,
    setFaults(config: FaultConfig): void {
      faults.replace(config);
    },
    reset,
    requests,
    advance: (seconds: number) => simulator.advance(seconds),
    receiveSms: (message: Readonly<Record<string, unknown>>) => simulator.receive(message),
    snapshot(collection: string): unknown[] {
      return store.snapshot(collection);
    },
    listen(port = 4010, host = '127.0.0.1'): Promise<{ url: string; port: number }> {
      if (server) return Promise.reject(new Error('mock server is already listening'));
      const s = createServer((req, res) => {
        void handle(req, res);
      });
      s.on('clientError', onClientError);
      s.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => handleUpgrade(req, socket, head));
      s.on('connection', (socket: Socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server = s;
      return new Promise((resolve, reject) => {
        const onError = (err: Error): void => {
          server = undefined;
          reject(err);
        };
        s.once('error', onError);
        s.listen(port, host, () => {
          s.off('error', onError);
          s.on('error', (err) => logger.error('mock: server error', err));
          if (options.timeline === 'real') {
            ticker = setInterval(() => {
              simulator.advance(1).catch((err: unknown) => logger.error('mock: simulation step failed', err));
            }, 1000);
            ticker.unref();
          }
          const address = s.address() as AddressInfo;
          const shown = address.address.includes(':') ? `[${address.address}]` : address.address;
          resolve({ url: `http://${shown}:${address.port}`, port: address.port });
        });
      });
    },
    async close(): Promise<void> {
      const s = server;
      server = undefined;
      if (ticker) clearInterval(ticker);
      ticker = undefined;
      for (const release of [...waiting]) release();
      await streams.closeAll();
      if (!s) return;
      return new Promise((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
        for (const socket of sockets) socket.destroy();
        sockets.clear();
      });
    },
  };
}

/**
 * Turning an operation call (positional path args + one camelCase params object) into URL, headers and body.
 * Multipart and form bodies live in uploads.ts, referenced only by the descriptors that need them.
 */
import { camelKey, defineKey, isPlainObject, sdkPath, toWire } from './casing.js';
import type { IssuePath } from './errors.js';
import { SDKError } from './errors.js';
import type { CoreClient } from './client.js';
import { routeOf, type EncodedBody, type EncodedParams, type OperationDescriptor, type ParamDescriptor, type ShapeRef } from './operation.js';

/**
 * RFC 3986 percent-encoding of one path segment: only unreserved characters stay (`+` → `%2B`). A value that is not
 * a string or a finite number (bigints too), and one that would change the path (`''`, `.`, `..`), are refused.
 */
export function encodePathSegment(value: unknown, name: string, route: string): string {
  const text = typeof value === 'string' || typeof value === 'bigint' || Number.isFinite(value) ? String(value) : undefined;
  const problem =
    text === undefined
      ? `must be a string or a finite number, got ${describeType(value)}`
      : text === '' || text === '.' || text === '..'
        ? `must not be ${JSON.stringify(text)}`
        : undefined;
  try {
    if (!problem) return encodeURIComponent(text as string).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    // A lone surrogate.
  }
  throw new SDKError(`Path parameter "${name}" of ${route} ${problem ?? 'is not valid Unicode text'}.`);
}

/** A placeholder of a path template (`{assistant_id}`), its name captured. */
const PLACEHOLDER = /\{([^{}]*)\}/;

/**
 * Fills `op.path` with the positional path arguments, named by `op.pathParams` (default: the template's order).
 * The generator writes only templates whose placeholders are exactly the declared path parameters (the lint rule
 * `path-parameters-defined` is an error there), so a placeholder without an argument can only come from a
 * hand-made descriptor.
 */
export function buildPath(op: OperationDescriptor, pathArgs: readonly unknown[]): string {
  const route = routeOf(op);
  // Text, name, text, name..., text.
  const pieces = op.path.split(PLACEHOLDER);
  const names = op.pathParams ?? pieces.filter((_, i) => i % 2);
  if (pathArgs.length !== names.length) {
    throw new SDKError(`${route} takes ${names.length} path argument(s) (${names.join(', ') || 'none'}), got ${pathArgs.length}.`);
  }
  // A placeholder no argument is named after (a hand-made descriptor) is reported as a missing (`undefined`) argument.
  return pieces.map((piece, i) => (i % 2 ? encodePathSegment(pathArgs[names.indexOf(piece)], piece, route) : piece)).join('');
}

// ---------------------------------------------------------------------------------------------------------------------
// Query, header and body parameters: `encodeParams`, which descriptors with such parameters reference (see
// `OperationDescriptor.encodeParams`), so that bundles whose calls have none leave this code out.

/** A query, header or cookie parameter with its defaults filled in. */
interface Param {
  readonly wire: string;
  readonly name: string;
  readonly shape: ShapeRef | undefined;
  readonly join: string | undefined;
  readonly style: 'deepObject' | 'json' | 'explode' | undefined;
}

/** The parameters of an operation (worked out once per descriptor, cached). */
interface ParamsPlan {
  readonly query: readonly Param[];
  readonly headers: readonly Param[];
  readonly cookies: readonly Param[];
  /** SDK names of the query, header and cookie params (the keys that never go to an object body). */
  readonly taken: ReadonlySet<string>;
  /** The header param that is the operation's `Idempotency-Key`, if it declares one. */
  readonly idempotencyKey: Param | undefined;
}

const paramsPlans = new WeakMap<OperationDescriptor, ParamsPlan>();

/** @internal The operation's query and header parameters (pagination reads the query ones). */
export function paramsPlanOf(op: OperationDescriptor): ParamsPlan {
  let plan = paramsPlans.get(op);
  if (plan === undefined) {
    const query = (op.query ?? []).map(toParam);
    const headers = (op.headers ?? []).map(toParam);
    const cookies = (op.cookies ?? []).map(toParam);
    plan = {
      query,
      headers,
      cookies,
      taken: new Set([...query, ...headers, ...cookies].map((param) => param.name)),
      idempotencyKey: headers.find((header) => header.wire.toLowerCase() === 'idempotency-key'),
    };
    paramsPlans.set(op, plan);
  }
  return plan;
}

function toParam(param: ParamDescriptor): Param {
  if (typeof param === 'string') return { wire: param, name: camelKey(param), shape: undefined, join: undefined, style: undefined };
  return { wire: param.wire, name: param.name ?? camelKey(param.wire), shape: param.shape, join: param.join, style: param.style };
}

/**
 * The query string, header params and body of a call (see `EncodedParams`). `overrides` (wire names, used by
 * pagination) replace query values. Synchronous except for multipart bodies (file streams are read first).
 */
export function encodeParams(
  op: OperationDescriptor,
  params: Readonly<Record<string, unknown>>,
  overrides: Readonly<Record<string, unknown>> | undefined,
  extraBody?: Readonly<Record<string, unknown>>,
): EncodedParams | Promise<EncodedParams> {
  const query = buildQuery(op, params, overrides);
  const headers = buildHeaderParams(op, params);
  const encoded = encodeBody(op, params, extraBody);
  const finish = (body: EncodedBody): EncodedParams => ({ query, headers, body, sdkPath: (loc) => issuePath(op, loc) });
  return encoded instanceof Promise ? encoded.then(finish) : finish(encoded);
}

/**
 * A validation `loc` (FastAPI's: `['body', 'llm_settings', 'system_prompt']`) in the SDK's words
 * (`['llmSettings', 'systemPrompt']`): body keys through the body's shape (a whole body under its argument's name),
 * a query, header or cookie parameter by its SDK name, a path parameter camelCased. Other locations stay as sent.
 */
export function issuePath(op: OperationDescriptor, loc: IssuePath): IssuePath {
  const [where, first, ...rest] = loc;
  if (where === 'body') {
    const body = op.body;
    const inner = first === undefined ? [] : [first, ...rest];
    return body?.whole !== undefined ? [body.whole, ...sdkPath(body.shape, inner)] : sdkPath(body?.shape, inner);
  }
  if (where === 'path' && typeof first === 'string') return [camelKey(first), ...rest];
  const params = where === 'query' ? op.query : where === 'header' ? op.headers : where === 'cookie' ? op.cookies : undefined;
  const param = params?.find((item) => (typeof item === 'string' ? item : item.wire) === first);
  if (param === undefined) return loc;
  if (typeof param === 'string') return [camelKey(param), ...rest];
  return [param.name ?? camelKey(param.wire), ...sdkPath(param.shape, rest)];
}

/** A random key: `crypto.randomUUID()` where the platform has it, else 128 random bits from `Math.random`. */
function newIdempotencyKey(): string {
  const uuid = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto?.randomUUID?.();
  if (uuid) return `sdk-${uuid}`;
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(Math.random() * 16).toString(16);
  return `sdk-${hex}`;
}

/**
 * The absolute URL of an operation, without sending anything (e.g. a recording URL to hand to an `<audio>`
 * element). Body params are ignored; no auth is added.
 */
export function operationUrl(
  client: CoreClient,
  op: OperationDescriptor,
  pathArgs: readonly unknown[],
  params: object = {},
): string {
  const query = buildQuery(op, params as Readonly<Record<string, unknown>>);
  return `${client.baseUrl}${buildPath(op, pathArgs)}${query ? `?${query}` : ''}`;
}

/** Stringifies a query, header or form value: Dates as ISO strings, objects as JSON of their wire form. */
export function fieldToString(value: unknown, shape?: ShapeRef): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(toWire(value, shape)) ?? '';
}

/** Appends a value to search params: arrays repeat the key; `undefined` and `null` are skipped. */
export function appendField(search: URLSearchParams, key: string, value: unknown, shape?: ShapeRef): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) for (const item of value) appendField(search, key, item, shape);
  else search.append(key, fieldToString(value, shape));
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** The present entries of an object (already in wire form) as `[key, text]`. */
function entriesOf(wire: Readonly<Record<string, unknown>>): [string, string][] {
  return Object.keys(wire)
    .filter((key) => isPresent(wire[key]))
    .map((key) => [key, fieldToString(wire[key])]);
}

/**
 * The name/value pairs of a query or cookie parameter (OpenAPI style `form`, the default; `spaceDelimited`,
 * `pipeDelimited` and `deepObject`; or JSON `content`). Arrays repeat the name, or are one value joined by `join`;
 * objects are one pair per key (`explode`, the default), `name[key]` pairs (`deepObject`), or one value of keys and
 * values joined by `join`. `undefined` and `null` (also as items) are left out.
 */
function formPairs(param: Param, value: unknown): [string, string][] {
  const wire = toWire(value, param.shape);
  if (!isPresent(wire)) return [];
  if (param.style === 'json') return [[param.wire, JSON.stringify(wire) ?? '']];
  if (Array.isArray(wire)) {
    const items = wire.filter(isPresent).map((item) => fieldToString(item));
    return param.join === undefined ? items.map((item) => [param.wire, item]) : [[param.wire, items.join(param.join)]];
  }
  if (isPlainObject(wire)) {
    const entries = entriesOf(wire);
    if (param.style === 'deepObject') return entries.map(([key, text]) => [`${param.wire}[${key}]`, text]);
    return param.join === undefined ? entries : [[param.wire, entries.flat().join(param.join)]];
  }
  return [[param.wire, fieldToString(wire)]];
}

/**
 * A header parameter's value (OpenAPI style `simple`): arrays as `a, b`; objects as `key,value,key,value`, or
 * `key=value,key=value` with `style: 'explode'`; JSON for `content` parameters. `undefined` when absent.
 */
function headerText(param: Param, value: unknown): string | undefined {
  const wire = toWire(value, param.shape);
  if (!isPresent(wire)) return undefined;
  if (param.style === 'json') return JSON.stringify(wire);
  if (Array.isArray(wire)) return wire.filter(isPresent).map((item) => fieldToString(item)).join(', ');
  if (isPlainObject(wire)) {
    const entries = entriesOf(wire);
    return param.style === 'explode' ? entries.map((entry) => entry.join('=')).join(',') : entries.flat().join(',');
  }
  return fieldToString(wire);
}

/**
 * The query string (without `?`). Values come from `params` under each parameter's SDK name; `overrides` (keyed
 * by WIRE name, used by pagination) replace them.
 */
export function buildQuery(
  op: OperationDescriptor,
  params: Readonly<Record<string, unknown>>,
  overrides?: Readonly<Record<string, unknown>>,
): string {
  const { query } = paramsPlanOf(op);
  if (query.length === 0 && overrides === undefined) return '';
  const search = new URLSearchParams();
  for (const param of query) {
    const value = overrides && hasOwn(overrides, param.wire) ? overrides[param.wire] : ownValue(params, param.name);
    for (const [name, text] of formPairs(param, value)) search.append(name, text);
  }
  if (overrides) {
    for (const wire of Object.keys(overrides)) {
      if (!query.some((param) => param.wire === wire)) appendField(search, wire, overrides[wire]);
    }
  }
  return search.toString();
}

/**
 * Header parameters declared by the operation, by wire name, with its cookie parameters as one `Cookie` header
 * (names and values percent-encoded); `undefined` when it declares none. An operation that declares an
 * `Idempotency-Key` header gets a new key when the caller gives none, so the call (a POST, say) is safe to
 * retry: every attempt of the call sends the same key. (The call's `idempotencyKey` option and `headers` still
 * replace it.)
 */
export function buildHeaderParams(
  op: OperationDescriptor,
  params: Readonly<Record<string, unknown>>,
): Record<string, string> | undefined {
  const { headers, cookies, idempotencyKey } = paramsPlanOf(op);
  if (headers.length === 0 && cookies.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const param of headers) {
    const text = headerText(param, ownValue(params, param.name));
    if (text !== undefined) defineKey(out, param.wire, text);
  }
  if (idempotencyKey && !hasOwn(out, idempotencyKey.wire)) defineKey(out, idempotencyKey.wire, newIdempotencyKey());
  const pairs = cookies.flatMap((param) => formPairs(param, ownValue(params, param.name)));
  if (pairs.length > 0) out['Cookie'] = pairs.map((pair) => pair.map(encodeURIComponent).join('=')).join('; ');
  return out;
}

const NO_BODY: EncodedBody = { body: undefined, contentType: undefined };

/**
 * The request body: `params[op.body.whole]` when set, otherwise every param that is not a query or header
 * parameter; mapped to wire names with the body shape, `extraBody` (wire names) merged in, then encoded (JSON
 * unless the descriptor names an encoder). Synchronous except for multipart (file streams are read first).
 */
export function encodeBody(
  op: OperationDescriptor,
  params: Readonly<Record<string, unknown>>,
  extraBody?: Readonly<Record<string, unknown>>,
): EncodedBody | Promise<EncodedBody> {
  const descriptor = op.body;
  if (!descriptor) return extraBody ? { body: JSON.stringify(extraBody), contentType: 'application/json' } : NO_BODY;
  let value: unknown;
  if (descriptor.whole !== undefined) {
    value = ownValue(params, descriptor.whole);
    if (value === undefined) return NO_BODY;
  } else {
    const { taken } = paramsPlanOf(op);
    const rest: Record<string, unknown> = {};
    for (const key of Object.keys(params)) {
      const item = params[key];
      if (!taken.has(key) && item !== undefined) defineKey(rest, key, item);
    }
    value = rest;
  }
  let wire = toWire(value, descriptor.shape);
  if (extraBody) {
    if (!isPlainObject(wire)) throw new SDKError(`${routeOf(op)}: extraBody needs an object body.`);
    wire = { ...wire, ...extraBody };
  }
  if (descriptor.encode) return descriptor.encode(wire, descriptor.contentType, routeOf(op));
  return { body: JSON.stringify(wire), contentType: descriptor.contentType ?? 'application/json' };
}

function hasOwn(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

export function ownValue(params: Readonly<Record<string, unknown>>, key: string): unknown {
  return hasOwn(params, key) ? params[key] : undefined;
}

export function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'number' ? String(value) : typeof value;
}

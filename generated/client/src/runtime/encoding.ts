/**
 * Turning an operation call (positional path args + one camelCase params object) into URL, headers and body.
 */
import { defineKey, isPlainObject, toWire } from './casing.js';
import { BurkiError } from './errors.js';
import type { OperationDescriptor, ParamDescriptor, ShapeRegistry } from './operation.js';

/** Anything that can be sent as a file part of a multipart body. Node `Buffer`s are `Uint8Array`s. */
export type Uploadable =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | ArrayBuffer | string>
  | FileUpload;

/** File data with a file name (and optional content type), made by `toFile`. */
export class FileUpload {
  constructor(
    readonly data: Exclude<Uploadable, FileUpload>,
    readonly filename: string | undefined,
    readonly type: string | undefined,
  ) {}
}

/**
 * Attaches a file name (and content type) to file data for a multipart upload:
 * `client.documents.upload(1, toFile(buffer, 'notes.pdf', { type: 'application/pdf' }))`.
 * Accepts Blob/File, ArrayBuffer, typed arrays (Node Buffer), a web ReadableStream, or any async iterable of
 * chunks (a Node `fs.createReadStream(...)`). Streams are read into memory when the request is sent.
 */
export function toFile(data: Uploadable, filename?: string, options: { type?: string } = {}): FileUpload {
  if (data instanceof FileUpload) {
    return new FileUpload(data.data, filename ?? data.filename, options.type ?? data.type);
  }
  return new FileUpload(data, filename, options.type);
}

/** Text that percent-encoding leaves unchanged (RFC 3986 unreserved characters only). */
const UNRESERVED = /^[A-Za-z0-9\-._~]+$/;

/** RFC 3986 percent-encoding of one path segment: only unreserved characters stay (`+` → `%2B`). */
export function encodePathSegment(value: unknown, name: string, operationId: string): string {
  // Fast paths: a safe integer prints as digits and `-` only; unreserved text (not `.`/`..`) encodes to itself.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && UNRESERVED.test(value) && value !== '.' && value !== '..') return value;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else if (typeof value === 'bigint') text = value.toString();
  else {
    throw new BurkiError(
      `Path parameter "${name}" of ${operationId} must be a string or a finite number, got ${describeType(value)}.`,
    );
  }
  if (text === '') throw new BurkiError(`Path parameter "${name}" of ${operationId} must not be empty.`);
  if (text === '.' || text === '..') {
    throw new BurkiError(`Path parameter "${name}" of ${operationId} must not be "${text}".`);
  }
  try {
    return encodeURIComponent(text).replace(
      /[!'()*]/g,
      (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch {
    throw new BurkiError(`Path parameter "${name}" of ${operationId} is not valid Unicode text.`);
  }
}

/**
 * A path template split once into literal text and placeholders: `parts[0] + arg(slots[0]) + parts[1] + ...`.
 * Only made for well-formed templates (every brace belongs to a `{name}` of a declared, distinct path parameter,
 * and every parameter has one); anything else takes `buildPathSlow`, which produces the exact errors.
 */
interface CompiledPath {
  readonly parts: readonly string[];
  /** Index into `pathParams` of the placeholder after `parts[i]`. */
  readonly slots: readonly number[];
}

const compiledPaths = new WeakMap<OperationDescriptor, CompiledPath | null>();

function compilePath(op: OperationDescriptor): CompiledPath | null {
  const names = op.pathParams;
  if (new Set(names).size !== names.length) return null;
  if (names.some((name) => name.includes('{') || name.includes('}'))) return null;
  const parts: string[] = [];
  const slots: number[] = [];
  const used = new Set<number>();
  const placeholder = /\{([^{}]*)\}/g;
  let last = 0;
  for (let match = placeholder.exec(op.path); match !== null; match = placeholder.exec(op.path)) {
    const index = names.indexOf(match[1] ?? '');
    if (index < 0) return null;
    parts.push(op.path.slice(last, match.index));
    slots.push(index);
    used.add(index);
    last = match.index + match[0].length;
  }
  const tail = op.path.slice(last);
  parts.push(tail);
  if (used.size !== names.length) return null;
  if (parts.some((part) => part.includes('{') || part.includes('}'))) return null;
  return { parts, slots };
}

/** Fills `op.path` with the positional path arguments. */
export function buildPath(op: OperationDescriptor, pathArgs: readonly unknown[]): string {
  if (pathArgs.length !== op.pathParams.length) {
    throw new BurkiError(
      `${op.id} takes ${op.pathParams.length} path argument(s) (${op.pathParams.join(', ') || 'none'}), got ${pathArgs.length}.`,
    );
  }
  let compiled = compiledPaths.get(op);
  if (compiled === undefined) {
    compiled = compilePath(op);
    compiledPaths.set(op, compiled);
  }
  if (compiled === null) return buildPathSlow(op, pathArgs);
  const count = pathArgs.length;
  if (count === 0) return op.path;
  // Encode in parameter order (the first bad argument is the one reported), then assemble in template order.
  const names = op.pathParams;
  const encoded: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) encoded[i] = encodePathSegment(pathArgs[i], names[i] as string, op.id);
  const { parts, slots } = compiled;
  let path = parts[0] as string;
  for (let i = 0; i < slots.length; i++) path += (encoded[slots[i] as number] as string) + (parts[i + 1] as string);
  return path;
}

/** The general path filler: placeholder by placeholder, with the template checks. */
function buildPathSlow(op: OperationDescriptor, pathArgs: readonly unknown[]): string {
  let path = op.path;
  op.pathParams.forEach((name, index) => {
    const placeholder = `{${name}}`;
    if (!path.includes(placeholder)) {
      throw new BurkiError(`${op.id}: path template ${op.path} has no placeholder ${placeholder}.`);
    }
    path = path.split(placeholder).join(encodePathSegment(pathArgs[index], name, op.id));
  });
  const leftover = /\{[^}]*\}/.exec(path);
  if (leftover)
    throw new BurkiError(`${op.id}: path template ${op.path} has an unfilled placeholder ${leftover[0]}.`);
  return path;
}

/** Stringifies a query or header value: Dates as ISO strings, objects as JSON of their wire form. */
function scalarToString(
  value: unknown,
  descriptor: ParamDescriptor | undefined,
  registry: ShapeRegistry,
): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(toWire(value, descriptor?.shape, registry)) ?? '';
}

/**
 * The query string (without `?`). Values come from `params` under each descriptor's SDK name; `overrides` (keyed
 * by WIRE name, used by pagination) replace them. Arrays repeat the key; `undefined` and `null` are skipped.
 */
export function buildQuery(
  op: OperationDescriptor,
  params: Readonly<Record<string, unknown>>,
  registry: ShapeRegistry,
  overrides: Readonly<Record<string, unknown>> = {},
): string {
  if (op.query.length === 0 && !hasOwnKeys(overrides)) return '';
  const search = new URLSearchParams();
  const append = (wire: string, value: unknown, descriptor: ParamDescriptor | undefined): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) append(wire, item, descriptor);
      return;
    }
    search.append(wire, scalarToString(value, descriptor, registry));
  };
  const done = new Set<string>();
  for (const descriptor of op.query) {
    const overridden = Object.prototype.hasOwnProperty.call(overrides, descriptor.wire);
    append(
      descriptor.wire,
      overridden ? overrides[descriptor.wire] : ownValue(params, descriptor.name),
      descriptor,
    );
    done.add(descriptor.wire);
  }
  for (const wire of Object.keys(overrides)) {
    if (!done.has(wire)) append(wire, overrides[wire], undefined);
  }
  return search.toString();
}

/** A query string (without `?`) from a plain record, keys as given: arrays repeat, `undefined`/`null` skipped. */
export function encodeQueryObject(query: Readonly<Record<string, unknown>>): string {
  const search = new URLSearchParams();
  const append = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) append(key, item);
      return;
    }
    search.append(key, fieldToString(value));
  };
  for (const key of Object.keys(query)) append(key, query[key]);
  return search.toString();
}

/** Header parameters declared by the operation (`op.headers`), by wire name. */
export function buildHeaderParams(
  op: OperationDescriptor,
  params: Readonly<Record<string, unknown>>,
  registry: ShapeRegistry,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const descriptor of op.headers) {
    const value = ownValue(params, descriptor.name);
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value)
      ? value.map((item) => scalarToString(item, descriptor, registry)).join(', ')
      : scalarToString(value, descriptor, registry);
    defineKey(out, descriptor.wire, text);
  }
  return out;
}

export interface EncodedBody {
  readonly body: BodyInit | undefined;
  /** `undefined` for multipart: fetch sets the boundary itself. */
  readonly contentType: string | undefined;
}

const NO_BODY: EncodedBody = { body: undefined, contentType: undefined };

/** SDK names of each operation's query and header params (the keys that never go to an object body). */
const takenNames = new WeakMap<OperationDescriptor, ReadonlySet<string>>();

/**
 * The request body: `params[op.body.whole]` when set, otherwise every param that is not a query or header
 * parameter; mapped to wire names with the body shape, then encoded per `op.body.encoding`. Synchronous except
 * for multipart (file streams are read first).
 */
export function encodeBody(
  op: OperationDescriptor,
  params: Readonly<Record<string, unknown>>,
  registry: ShapeRegistry,
): EncodedBody | Promise<EncodedBody> {
  const descriptor = op.body;
  if (!descriptor) return NO_BODY;
  let value: unknown;
  if (descriptor.whole !== undefined) {
    value = ownValue(params, descriptor.whole);
    if (value === undefined) return NO_BODY;
  } else {
    let taken = takenNames.get(op);
    if (taken === undefined) {
      taken = new Set<string>([...op.query.map((q) => q.name), ...op.headers.map((h) => h.name)]);
      takenNames.set(op, taken);
    }
    const rest: Record<string, unknown> = {};
    for (const key of Object.keys(params)) {
      const item = params[key];
      if (!taken.has(key) && item !== undefined) defineKey(rest, key, item);
    }
    value = rest;
  }
  const wire = toWire(value, descriptor.shape, registry);
  switch (descriptor.encoding) {
    case 'json':
      return { body: JSON.stringify(wire), contentType: descriptor.contentType || 'application/json' };
    case 'form':
      return {
        body: toSearchParams(wire, op.id),
        contentType: descriptor.contentType || 'application/x-www-form-urlencoded',
      };
    case 'multipart':
      return toFormData(wire, op.id).then((body) => ({ body, contentType: undefined }));
  }
}

function toSearchParams(value: unknown, operationId: string): URLSearchParams {
  if (!isPlainObject(value)) throw new BurkiError(`${operationId}: a form-encoded body must be an object.`);
  const search = new URLSearchParams();
  const append = (key: string, item: unknown): void => {
    if (item === undefined || item === null) return;
    if (Array.isArray(item)) {
      for (const element of item) append(key, element);
      return;
    }
    if (isFileLike(item))
      throw new BurkiError(
        `${operationId}: field "${key}" is a file; form-encoded bodies cannot carry files.`,
      );
    search.append(key, fieldToString(item));
  };
  for (const key of Object.keys(value)) append(key, value[key]);
  return search;
}

async function toFormData(value: unknown, operationId: string): Promise<FormData> {
  if (!isPlainObject(value)) throw new BurkiError(`${operationId}: a multipart body must be an object.`);
  const form = new FormData();
  const append = async (key: string, item: unknown, nested: boolean): Promise<void> => {
    if (item === undefined || item === null) return;
    if (Array.isArray(item) && !nested) {
      for (const element of item) await append(key, element, true);
      return;
    }
    if (isFileLike(item)) {
      const { blob, filename } = await toBlob(item);
      if (filename !== undefined) form.append(key, blob, filename);
      else form.append(key, blob);
      return;
    }
    form.append(key, fieldToString(item));
  };
  for (const key of Object.keys(value)) await append(key, value[key], false);
  return form;
}

/** Non-file form field: strings as they are, Dates as ISO strings, objects and arrays as JSON text. */
function fieldToString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? '';
}

function isFileLike(value: unknown): value is Uploadable {
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof FileUpload) return true;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return true;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return true;
  if (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) return true;
  return typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

async function toBlob(value: Uploadable): Promise<{ blob: Blob; filename: string | undefined }> {
  const upload = value instanceof FileUpload ? value : new FileUpload(value, undefined, undefined);
  const data = upload.data;
  const ownName = typeof File !== 'undefined' && data instanceof File ? data.name : undefined;
  const filename = upload.filename ?? ownName;
  if (data instanceof Blob) {
    if (upload.type === undefined || upload.type === data.type) return { blob: data, filename };
    return { blob: new Blob([data], { type: upload.type }), filename };
  }
  const options = upload.type === undefined ? {} : { type: upload.type };
  if (data instanceof ArrayBuffer) return { blob: new Blob([data], options), filename };
  if (ArrayBuffer.isView(data)) return { blob: new Blob([copyBytes(data)], options), filename };
  const parts: BlobPart[] = [];
  if (typeof ReadableStream !== 'undefined' && data instanceof ReadableStream) {
    const reader = data.getReader();
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      parts.push(chunkToPart(chunk.value));
    }
  } else {
    for await (const chunk of data as AsyncIterable<unknown>) parts.push(chunkToPart(chunk));
  }
  return { blob: new Blob(parts, options), filename };
}

function chunkToPart(chunk: unknown): BlobPart {
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof ArrayBuffer) return chunk;
  if (ArrayBuffer.isView(chunk)) return copyBytes(chunk);
  if (chunk instanceof Blob) return chunk;
  throw new BurkiError(`Unsupported chunk in a file stream: ${describeType(chunk)}.`);
}

/** A copy of the bytes of a view, backed by a plain ArrayBuffer (not a SharedArrayBuffer). */
function copyBytes(view: ArrayBufferView): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(view.byteLength);
  out.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  return out;
}

function hasOwnKeys(record: Readonly<Record<string, unknown>>): boolean {
  for (const key in record) if (Object.prototype.hasOwnProperty.call(record, key)) return true;
  return false;
}

function ownValue(params: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * Multipart and form-encoded bodies, and the file values they carry. Descriptors of operations with such a body
 * reference `multipartBody` / `formBody`, so bundles without uploads leave this module out.
 */
import { isPlainObject } from './casing.js';
import { describeType, fieldToString } from './encoding.js';
import { SDKError } from './errors.js';
import type { EncodedBody } from './operation.js';

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

  /** Not a data object to `isPlainObject` (casing.ts): a file, which no body encoder takes apart. */
  get [Symbol.toStringTag](): string {
    return 'FileUpload';
  }
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

/**
 * The params of a method whose file argument may be followed by its file name (`upload(id, file, 'faq.pdf')`) or
 * by the params object (`upload(id, file, { name })`): the params with the file under `key`, named by `toFile` when
 * a name was given.
 */
export function fileParams(key: string, file: Uploadable | undefined, nameOrParams: string | object | undefined): Record<string, unknown> {
  const named = typeof nameOrParams === 'string';
  const params: Record<string, unknown> = named || nameOrParams === undefined ? {} : { ...nameOrParams };
  params[key] = named && file !== undefined ? toFile(file, nameOrParams) : file;
  return params;
}

/**
 * A raw binary body (`application/octet-stream`, `audio/wav`...): the caller's file data sent as it is, never as JSON.
 * Streams and async iterables are read first. The content type is the spec's, unless the spec names a range
 * (`audio/*`, `*\/*`): then the file's own type (from `toFile` or a Blob), else the spec's range is left out.
 */
export async function binaryBody(wire: unknown, contentType: string | undefined, route: string): Promise<EncodedBody> {
  if (!isFileLike(wire)) throw new SDKError(`${route}: the body must be file data (Blob, ArrayBuffer, typed array, stream or toFile(...)), got ${describeType(wire)}.`);
  const { blob } = await toBlob(wire);
  const exact = contentType !== undefined && !contentType.includes('*');
  return { body: blob, contentType: exact ? contentType : blob.type || undefined };
}

/** A text body (`text/plain`, `text/csv`...): a string sent as it is; numbers and booleans as their text. */
export function textBody(wire: unknown, contentType: string | undefined, route: string): EncodedBody {
  if (typeof wire !== 'string' && typeof wire !== 'number' && typeof wire !== 'boolean') {
    throw new SDKError(`${route}: the body must be text, got ${describeType(wire)}.`);
  }
  return { body: String(wire), contentType: contentType ?? 'text/plain' };
}

/** Encodes a wire object as `application/x-www-form-urlencoded` (arrays repeat the key; files are refused). */
export function formBody(wire: unknown, contentType: string | undefined, route: string): EncodedBody {
  return { body: toSearchParams(wire, route), contentType: contentType ?? 'application/x-www-form-urlencoded' };
}

/** Encodes a wire object as `multipart/form-data`; fetch sets the content type with its boundary. */
export async function multipartBody(wire: unknown, _contentType: string | undefined, route: string): Promise<EncodedBody> {
  return { body: await toFormData(wire, route), contentType: undefined };
}

function toSearchParams(value: unknown, route: string): URLSearchParams {
  if (!isPlainObject(value)) throw new SDKError(`${route}: a form-encoded body must be an object.`);
  const search = new URLSearchParams();
  const append = (key: string, item: unknown): void => {
    if (item === undefined || item === null) return;
    if (Array.isArray(item)) {
      for (const element of item) append(key, element);
      return;
    }
    if (isFileLike(item))
      throw new SDKError(
        `${route}: field "${key}" is a file; form-encoded bodies cannot carry files.`,
      );
    search.append(key, fieldToString(item));
  };
  for (const key of Object.keys(value)) append(key, value[key]);
  return search;
}

async function toFormData(value: unknown, route: string): Promise<FormData> {
  if (!isPlainObject(value)) throw new SDKError(`${route}: a multipart body must be an object.`);
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
  throw new SDKError(`Unsupported chunk in a file stream: ${describeType(chunk)}.`);
}

/** A copy of the bytes of a view, backed by a plain ArrayBuffer (not a SharedArrayBuffer). */
function copyBytes(view: ArrayBufferView): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(view.byteLength);
  out.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  return out;
}


/**
 * Request body reading (with a size limit) and minimal parsing of the content types the mock understands:
 * JSON, `application/x-www-form-urlencoded` and `multipart/form-data` (field names only, plus text values).
 */
import type { IncomingMessage } from 'node:http';

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** The client went away while its body was being read. */
export class ClientAbortError extends Error {
  constructor(cause?: Error) {
    super(cause ? `request aborted: ${cause.message}` : 'request aborted');
    this.name = 'ClientAbortError';
  }
}

/** Reads the whole body; rejects with {@link BodyTooLargeError} as soon as it exceeds `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = req.headers['content-length'];
    if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > limit) {
      reject(new BodyTooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: Error | undefined, body?: Buffer): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (err) reject(err);
      else resolve(body ?? Buffer.alloc(0));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish(undefined, Buffer.concat(chunks, size));
    const onError = (err: Error): void => finish(new ClientAbortError(err));
    const onAborted = (): void => finish(new ClientAbortError());
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

export interface MediaType {
  /** `type/subtype`, lower case; empty when the header is absent. */
  readonly essence: string;
  readonly params: Readonly<Record<string, string>>;
}

export function parseMediaType(header: string | undefined): MediaType {
  if (!header) return { essence: '', params: {} };
  const [first, ...rest] = header.split(';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    if (key) params[key] = value;
  }
  return { essence: (first ?? '').trim().toLowerCase(), params };
}

export function isJsonMediaType(essence: string): boolean {
  return essence === 'application/json' || /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]*\+json$/.test(essence);
}

/** True for media types whose bodies the mock treats as opaque bytes. */
export function isBinaryMediaType(essence: string): boolean {
  if (isJsonMediaType(essence)) return false;
  if (essence.startsWith('text/')) return false;
  if (/(^|[/+])(xml|csv|yaml|javascript|x-www-form-urlencoded)$/.test(essence)) return false;
  return true;
}

/** Url-encoded fields; repeated names become arrays. */
export function parseUrlEncoded(text: string): Record<string, string | string[]> {
  const out = Object.create(null) as Record<string, string | string[]>;
  for (const [k, v] of new URLSearchParams(text)) {
    if (!Object.prototype.hasOwnProperty.call(out, k)) out[k] = v;
    else {
      const prev = out[k];
      out[k] = Array.isArray(prev) ? [...prev, v] : [prev ?? '', v];
    }
  }
  return out;
}

export interface MultipartPart {
  readonly name: string;
  readonly filename?: string;
  readonly contentType?: string;
  readonly size: number;
  /** UTF-8 text of non-file parts. */
  readonly value?: string;
}

/** Minimal multipart/form-data parser; returns undefined when the body is not well-formed. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] | undefined {
  if (!boundary || boundary.length > 200) return undefined;
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) return undefined;
  for (;;) {
    pos += delimiter.length;
    if (body.subarray(pos, pos + 2).toString('latin1') === '--') return parts;
    if (body.subarray(pos, pos + 2).toString('latin1') !== '\r\n') return undefined;
    pos += 2;
    const headerEnd = body.indexOf('\r\n\r\n', pos, 'latin1');
    if (headerEnd < 0) return undefined;
    const headers = body.subarray(pos, headerEnd).toString('latin1').split('\r\n');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n', 'latin1'), delimiter]), headerEnd + 4);
    if (next < 0) return undefined;
    const content = body.subarray(headerEnd + 4, next);
    let name: string | undefined;
    let filename: string | undefined;
    let contentType: string | undefined;
    for (const line of headers) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') {
        const parsed = parseMediaType(value);
        name = parsed.params['name'];
        filename = parsed.params['filename'];
      } else if (key === 'content-type') {
        contentType = value;
      }
    }
    if (name === undefined) return undefined;
    parts.push({
      name: Buffer.from(name, 'latin1').toString('utf8'),
      ...(filename !== undefined ? { filename: Buffer.from(filename, 'latin1').toString('utf8') } : {}),
      ...(contentType !== undefined ? { contentType } : {}),
      size: content.length,
      ...(filename === undefined ? { value: content.toString('utf8') } : {}),
    });
    pos = next + 2;
  }
}

/** The values of each cookie name, in order (a name repeats for an exploded array); names and values percent-decoded. */
export function parseCookies(header: string | undefined): Record<string, string[]> {
  const out = Object.create(null) as Record<string, string[]>;
  if (!header) return out;
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text; // keep raw
    }
  };
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = decode(part.slice(0, eq).trim());
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (key) (out[key] ??= []).push(decode(value));
  }
  return out;
}

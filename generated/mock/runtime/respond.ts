/**
 * Building replies: JSON bodies, non-JSON examples, deterministic binary payloads and declared response headers, and
 * the response a request asks for with `Prefer` (Prism's convention: `Prefer: code=429`, `Prefer: example=refused`).
 */
import { isBinaryMediaType, isJsonMediaType, parseMediaType } from './body.js';
import type { MockOperation, MockResponse } from './model.js';
import { buildPage, extractItems } from './pagination.js';
import type { SchemaResolver } from './schema.js';
import { undeclaredBody } from './faults.js';
import { successResponse } from './state.js';

export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  /** State mutation to apply once the reply is fully built (the server runs it synchronously right after). */
  readonly commit?: () => void;
}

/** A JSON reply; serialising may throw (the caller turns that into a 500 before anything is committed). */
export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  const text = JSON.stringify(value === undefined ? null : value);
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: Buffer.from(text, 'utf8') };
}

export function statusOf(response: MockResponse | undefined): number {
  const n = Number(response?.status);
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : 200;
}

export function bodyless(status: number): boolean {
  return status === 204 || status === 205 || status === 304 || (status >= 100 && status < 200);
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/html': 'html',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/ogg': 'ogg',
  'audio/flac': 'flac',
};

/** A small deterministic payload for a binary media type (an empty but valid WAV file for audio/wav). */
export function binaryPayload(contentType: string): Buffer {
  const essence = parseMediaType(contentType).essence;
  if (EXTENSIONS[essence] === 'wav') {
    const b = Buffer.alloc(44);
    b.write('RIFF', 0, 'latin1');
    b.writeUInt32LE(36, 4);
    b.write('WAVE', 8, 'latin1');
    b.write('fmt ', 12, 'latin1');
    b.writeUInt32LE(16, 16);
    b.writeUInt16LE(1, 20); // PCM
    b.writeUInt16LE(1, 22); // mono
    b.writeUInt32LE(8000, 24);
    b.writeUInt32LE(16000, 28);
    b.writeUInt16LE(2, 32);
    b.writeUInt16LE(16, 34);
    b.write('data', 36, 'latin1');
    b.writeUInt32LE(0, 40);
    return b;
  }
  if (EXTENSIONS[essence] === 'mp3') {
    // An ID3v2.4 tag header with an empty tag, followed by a marker.
    return Buffer.concat([Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]), Buffer.from('MOCK-AUDIO', 'latin1')]);
  }
  if (essence === 'application/pdf') return Buffer.from('%PDF-1.4\n% mock\n%%EOF\n', 'latin1');
  return Buffer.from(`MOCK ${essence || 'application/octet-stream'}\n`, 'latin1');
}

/** Values for response headers an operation declares. */
export function declaredHeaders(op: MockOperation, response: MockResponse | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of response?.headers ?? []) {
    const lower = name.toLowerCase();
    if (lower === 'content-disposition') {
      const ext = EXTENSIONS[parseMediaType(response?.contentType).essence] ?? 'bin';
      out['Content-Disposition'] = `attachment; filename="${op.operationId}.${ext}"`;
    } else if (lower === 'retry-after') {
      out['Retry-After'] = '10';
    } else if (lower === 'accept-ranges') {
      out['Accept-Ranges'] = 'bytes';
    } else if (lower === 'cache-control') {
      out['Cache-Control'] = 'no-store';
    } else if (lower === 'www-authenticate') {
      out['WWW-Authenticate'] = 'Bearer';
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Prefer (RFC 7240) as Prism reads it.

/** The preferences the mock understands; every other one (`respond-async`, `wait`, `return`, ...) is ignored. */
export interface Preference {
  /** `code=<status>`: answer with the declared response of that status. */
  readonly code?: string;
  /** `example=<name>`: answer with that named example of the response. */
  readonly example?: string;
}

/** Splits on `sep` outside double-quoted strings. */
function splitOutsideQuotes(text: string, sep: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && quoted && i + 1 < text.length) {
      current += c + (text[i + 1] ?? '');
      i++;
      continue;
    } else if (c === sep && !quoted) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1).replace(/\\(.)/g, '$1');
  return v;
}

/**
 * Reads `Prefer` headers (comma-separated preferences, several headers allowed, names case-insensitive, values
 * optionally quoted, `;` parameters ignored): every preference with a value, by lower-case name. Only the first
 * instance of a preference counts (RFC 7240 §2).
 */
export function preferences(header: string | readonly string[] | undefined): Record<string, string> {
  const found: Record<string, string> = Object.create(null) as Record<string, string>;
  if (header === undefined) return found;
  const text = typeof header === 'string' ? header : header.join(',');
  for (const item of splitOutsideQuotes(text, ',')) {
    const head = splitOutsideQuotes(item, ';')[0] ?? '';
    const eq = head.indexOf('=');
    const name = (eq >= 0 ? head.slice(0, eq) : head).trim().toLowerCase();
    const value = eq >= 0 ? unquote(head.slice(eq + 1)) : '';
    if (value === '' || name === '' || Object.prototype.hasOwnProperty.call(found, name)) continue;
    found[name] = value;
  }
  return found;
}

/** The `code` and `example` preferences (Prism's) of `Prefer` headers, or of already parsed {@link preferences}. */
export function parsePrefer(header: string | readonly string[] | Readonly<Record<string, string>> | undefined): Preference {
  const all = typeof header === 'object' && !Array.isArray(header) ? (header as Readonly<Record<string, string>>) : preferences(header as string | readonly string[] | undefined);
  const found: { code?: string; example?: string } = {};
  if (all['code'] !== undefined) found.code = all['code'];
  if (all['example'] !== undefined) found.example = all['example'];
  return found;
}

/** The response a request chose with `Prefer`, and which preferences were honoured (for `Preference-Applied`). */
export interface Selection {
  readonly response: MockResponse | undefined;
  readonly status: number;
  /** The named example picked with `example=`, when there was one of that name. */
  readonly named?: { readonly value: unknown };
  readonly applied: readonly string[];
}

function hasOwn(record: Readonly<Record<string, unknown>> | undefined, key: string): boolean {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Applies a preference to an operation: `code` picks the declared response of that status (else of its `4XX`-style
 * range, else `default`; an undeclared 4xx or 5xx answers without a declared response), `example` picks a named
 * example of the chosen response (the success response without `code`). Undeclared 1xx-3xx codes and unknown names
 * are ignored, as Prism does. Undefined when nothing applied.
 */
export function selectResponse(op: MockOperation, preference: Preference): Selection | undefined {
  const applied: string[] = [];
  let response: MockResponse | undefined;
  let status: number | undefined;
  const code = preference.code;
  if (code !== undefined && /^[1-5]\d\d$/.test(code)) {
    response =
      op.responses.find((r) => r.status === code) ??
      op.responses.find((r) => r.status.toUpperCase() === `${code[0]}XX`) ??
      op.responses.find((r) => r.status === 'default');
    if (response || Number(code) >= 400) {
      // An error status the operation does not declare still answers (FastAPI-shaped, see `undeclaredBody`).
      status = Number(code);
      applied.push(`code=${code}`);
      if (!response) return { response: undefined, status, applied };
    }
  }
  response ??= successResponse(op);
  let named: { value: unknown } | undefined;
  const name = preference.example;
  if (name !== undefined && response && hasOwn(response.examples, name)) {
    named = { value: response.examples?.[name] };
    applied.push(`example=${name}`);
  }
  if (applied.length === 0) return undefined;
  return { response, status: status ?? statusOf(response), ...(named ? { named } : {}), applied };
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * A body for a response: its example (or `named`), else a sample of its schema; paginated when the operation lists and
 * this is its success response.
 */
export function responseValue(
  op: MockOperation,
  response: MockResponse | undefined,
  resolver: SchemaResolver,
  query: Readonly<Record<string, unknown>>,
  defaults: Readonly<Record<string, unknown>>,
  named?: { readonly value: unknown },
): unknown {
  const example = named ? named.value : response?.example !== undefined ? response.example : response?.schema !== undefined ? resolver.sample(response.schema) : undefined;
  const paginated = op.pagination && response === successResponse(op);
  if (paginated && op.pagination && example !== undefined && isJsonMediaType(parseMediaType(response?.contentType ?? 'application/json').essence)) {
    return buildPage({ template: example, items: extractItems(example, op.pagination), pagination: op.pagination, query, defaults });
  }
  return example;
}

/**
 * The reply of an operation that is answered from its examples: the success response, or the response and example
 * a `Prefer` header selected (`selection`, with `Preference-Applied`).
 */
export function exampleReply(
  op: MockOperation,
  resolver: SchemaResolver,
  query: Readonly<Record<string, unknown>>,
  defaults: Readonly<Record<string, unknown>>,
  selection?: Selection,
): Reply {
  const response = selection ? selection.response : successResponse(op);
  const status = selection ? selection.status : statusOf(response);
  const headers = { ...declaredHeaders(op, response), ...(selection ? { 'Preference-Applied': selection.applied.join(', ') } : {}) };
  if (bodyless(status)) return { status, headers };
  const rawExample = selection?.named ? selection.named.value : response?.example;
  // An error nobody declared, or a server error without an example: a FastAPI body that fits the operation.
  if (status >= 400 && (response === undefined || (status >= 500 && rawExample === undefined))) {
    return jsonReply(status, undeclaredBody(status, op.summary), headers);
  }
  const value = responseValue(op, response, resolver, query, defaults, selection?.named);
  const contentType = response?.contentType;
  if (contentType === undefined) {
    return value === undefined ? { status, headers } : jsonReply(status, value, headers);
  }
  const essence = parseMediaType(contentType).essence;
  if (isJsonMediaType(essence)) return jsonReply(status, value === undefined ? {} : value, { ...headers, 'Content-Type': contentType });
  const typed = { ...headers, 'Content-Type': withCharset(contentType) };
  if (typeof rawExample === 'string') return { status, headers: typed, body: Buffer.from(rawExample, 'utf8') };
  if (isBinaryMediaType(essence)) return { status, headers: { ...headers, 'Content-Type': contentType }, body: binaryPayload(contentType) };
  if (typeof value === 'string') return { status, headers: typed, body: Buffer.from(value, 'utf8') };
  const text = value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0) ? '' : JSON.stringify(value);
  return { status, headers: typed, body: Buffer.from(text, 'utf8') };
}

function withCharset(contentType: string): string {
  const m = parseMediaType(contentType);
  if (m.params['charset'] || !(m.essence.startsWith('text/') || /(xml|csv)$/.test(m.essence))) return contentType;
  return `${contentType}; charset=utf-8`;
}

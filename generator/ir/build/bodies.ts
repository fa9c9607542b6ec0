/**
 * Request bodies: the one content type the SDK sends (JSON preferred, then multipart, form, text, binary) and how
 * it is encoded.
 *
 * Reads: an operation's (or webhook's) `requestBody` (`required`, `description`, `content` → `schema`,
 * `example`, `examples`).
 */
import type { BodyEncoding, RequestBody } from '../model.js';
import { propertyNames } from '../naming.js';
import { type BuildContext, isObject, type Raw, text } from './context.js';
import { firstExample } from './examples.js';
import { toJsonSchema, toSchema } from './schemas.js';

/** How a body of this content type travels. */
export function encodingOf(contentType: string): BodyEncoding {
  const type = contentType.toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type.startsWith('multipart/')) return 'multipart';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type.startsWith('text/')) return 'text';
  return 'binary';
}

export function buildRequestBody(ctx: BuildContext, value: unknown): RequestBody | undefined {
  const body = ctx.resolve(value);
  if (!body || !isObject(body.content)) return undefined;
  const entries = Object.entries(body.content).filter((entry): entry is [string, Raw] => isObject(entry[1]));
  const preference: BodyEncoding[] = ['json', 'multipart', 'form', 'text', 'binary'];
  entries.sort((a, b) => preference.indexOf(encodingOf(a[0])) - preference.indexOf(encodingOf(b[0])));
  const first = entries[0];
  if (!first) return undefined;
  const [contentType, media] = first;
  const example = firstExample(ctx, media);
  return {
    contentType,
    encoding: encodingOf(contentType),
    required: body.required === true,
    description: text(body.description),
    schema: toSchema(ctx, media.schema),
    jsonSchema: toJsonSchema(ctx, media.schema),
    ...(example !== undefined ? { example } : {}),
  };
}

/** SDK keys of the top-level properties of a JSON/form body, to keep parameter keys apart from them. */
export function bodyPropertyNames(ctx: BuildContext, value: unknown): Set<string> {
  const body = ctx.resolve(value);
  const media = body && isObject(body.content) ? Object.values(body.content).find(isObject) : undefined;
  const schema = ctx.resolve(media?.schema);
  return new Set(propertyNames(Object.keys(isObject(schema?.properties) ? schema.properties : {})));
}

/**
 * Responses: each status with its content types (decoded as JSON, text or binary), examples and headers, and
 * the one response the SDK treats as success.
 *
 * Reads: an operation's `responses` (status → `description`, `content` → `schema`/`example`/`examples`,
 * `headers` → `description`/`schema`).
 */
import type { Response, ResponseContent, ResponseKind } from '../model.js';
import { type BuildContext, isObject, type Raw, text } from './context.js';
import { encodingOf } from './bodies.js';
import { firstExample } from './examples.js';
import { toJsonSchema, toSchema } from './schemas.js';

function kindOf(contentType: string): ResponseKind {
  const encoding = encodingOf(contentType);
  if (encoding === 'json') return 'json';
  const type = contentType.toLowerCase();
  return encoding === 'text' || type.includes('xml') || type === 'application/javascript' ? 'text' : 'binary';
}

/** The responses, ordered by status with `default` last. */
export function buildResponses(ctx: BuildContext, value: unknown): Response[] {
  const responses = isObject(value) ? value : {};
  const list = Object.entries(responses).flatMap(([status, raw]) => {
    const response = ctx.resolve(raw);
    if (!response) return [];
    const contents: ResponseContent[] = Object.entries(isObject(response.content) ? response.content : {})
      .filter((entry): entry is [string, Raw] => isObject(entry[1]))
      .map(([contentType, media]) => {
        const example = firstExample(ctx, media);
        const namedExamples = Object.entries(isObject(media.examples) ? media.examples : {}).flatMap(([name, entry]) => {
          const resolved = ctx.resolve(entry);
          return resolved && 'value' in resolved ? [{ name, summary: text(resolved.summary), value: resolved.value }] : [];
        });
        return {
          contentType,
          kind: kindOf(contentType),
          schema: toSchema(ctx, media.schema),
          jsonSchema: toJsonSchema(ctx, media.schema),
          ...(example !== undefined ? { example } : {}),
          namedExamples,
        };
      });
    const headers = Object.entries(isObject(response.headers) ? response.headers : {}).map(([name, header]) => {
      const resolved = ctx.resolve(header) ?? {};
      return { name, description: text(resolved.description), schema: toSchema(ctx, resolved.schema) };
    });
    return [{ status: status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase(), description: text(response.description), contents, headers }];
  });
  return list.sort((a, b) => (a.status === 'default' ? 1 : b.status === 'default' ? -1 : a.status.localeCompare(b.status)));
}

/** The success response of an operation. */
export function successResponse(responses: readonly Response[]): Response | undefined {
  // As the mock picks it: a 2xx status, else the `2XX` range, else `default` (some specs describe success only so).
  return (
    responses.find((response) => /^2\d\d$/.test(response.status)) ??
    responses.find((response) => response.status === '2XX' || response.status === 'default')
  );
}

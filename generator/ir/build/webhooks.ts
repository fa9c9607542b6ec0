/**
 * Webhooks (OpenAPI 3.1): the requests the API sends, each with its payload and, where one exists, the field
 * whose single allowed value tells that webhook apart from the others.
 *
 * Reads: the root `webhooks` (name → path item → its first operation's `summary`, `description`,
 * `requestBody`), and `components.schemas` to follow a payload's `$ref`s.
 */
import type { HttpMethod, Schema, Webhook } from '../model.js';
import { type BuildContext, HTTP_METHODS, isObject, type Raw, text } from './context.js';
import { buildRequestBody } from './bodies.js';
import { toSchema } from './schemas.js';

export function buildWebhooks(ctx: BuildContext): Webhook[] {
  const webhooks = isObject(ctx.document.webhooks) ? ctx.document.webhooks : {};
  return Object.keys(webhooks)
    .sort()
    .flatMap((name) => {
      const item = ctx.resolve(webhooks[name]);
      const method = item ? HTTP_METHODS.find((candidate) => isObject(item[candidate])) : undefined;
      if (!item || !method) return [];
      const raw = item[method] as Raw;
      const body = buildRequestBody(ctx, raw.requestBody);
      const discriminator = body ? singleValuePath(ctx, body.schema) : undefined;
      return [
        {
          name,
          method: method.toUpperCase() as HttpMethod,
          summary: text(raw.summary),
          description: text(raw.description),
          contentType: body?.contentType ?? 'application/json',
          payload: body?.schema ?? { kind: 'unknown', description: '' },
          jsonSchema: body?.jsonSchema ?? true,
          ...(body?.example !== undefined ? { example: body.example } : {}),
          ...(discriminator ? { discriminator } : {}),
        },
      ];
    });
}

/** The first property (breadth-first, two levels deep) whose schema allows exactly one string value. */
function singleValuePath(ctx: BuildContext, schema: Schema): { path: string; value: string } | undefined {
  const named = new Map<string, Schema>();
  const object = (candidate: Schema, depth = 0): Extract<Schema, { kind: 'object' }> | undefined => {
    if (depth > 8) return undefined;
    if (candidate.kind === 'object') return candidate;
    if (candidate.kind === 'ref') {
      const target = named.get(candidate.wireName) ?? toSchema(ctx, (isObject(ctx.components.schemas) ? ctx.components.schemas : {})[candidate.wireName]);
      named.set(candidate.wireName, target);
      return object(target, depth + 1);
    }
    return undefined;
  };
  let level: { prefix: string; schema: Schema }[] = [{ prefix: '', schema }];
  for (let depth = 0; depth < 2 && level.length > 0; depth++) {
    const next: { prefix: string; schema: Schema }[] = [];
    for (const { prefix, schema: current } of level) {
      for (const property of object(current)?.properties ?? []) {
        const path = `${prefix}${property.wireName}`;
        const value = property.schema.kind === 'primitive' && property.schema.enum?.length === 1 ? property.schema.enum[0] : undefined;
        if (typeof value === 'string') return { path, value };
        next.push({ prefix: `${path}.`, schema: property.schema });
      }
    }
    level = next;
  }
  return undefined;
}

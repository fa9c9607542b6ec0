/**
 * Examples, for docs and the mock: the one example of a media type or of a message, wherever the spec put it.
 *
 * Reads: `example`, `examples` (named Example objects, or a schema's `examples` array) of media types, messages
 * and their schemas.
 */
import { type BuildContext, isObject, type Raw } from './context.js';

/** A media type's `example`, else its first named example's `value`, else its schema's `example` or `examples[0]`. */
export function firstExample(ctx: BuildContext, media: Raw): unknown {
  if ('example' in media) return media.example;
  if (isObject(media.examples)) {
    const first = Object.values(media.examples)[0];
    const resolved = ctx.resolve(first);
    if (resolved && 'value' in resolved) return resolved.value;
  }
  const schema = isObject(media.schema) ? ctx.resolve(media.schema) : undefined;
  if (schema && 'example' in schema) return schema.example;
  if (schema && Array.isArray(schema.examples)) return schema.examples[0];
  return undefined;
}

/** `{example}` from an object with `example`, else from its (resolved) schema's `examples[0]` or `example`. */
export function schemaExample(ctx: BuildContext, holder: Raw): { example?: unknown } {
  if ('example' in holder) return { example: holder.example };
  const schema = ctx.resolve(holder.schema);
  if (schema && Array.isArray(schema.examples) && schema.examples.length > 0) return { example: schema.examples[0] };
  if (schema && 'example' in schema) return { example: schema.example };
  return {};
}

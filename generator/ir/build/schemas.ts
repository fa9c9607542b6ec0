/**
 * Schemas: the named ones of `components.schemas`, the conversion of any schema object into the model's Schema
 * (what the emitters turn into types), and a normalised JSON Schema 2020-12 copy (what validation uses).
 *
 * Reads: `components.schemas` and every schema object the other parts hand over (`type`, `nullable`, `enum`,
 * `const`, `allOf`/`oneOf`/`anyOf`, `items`, `properties`, `required`, `additionalProperties`, `format`,
 * `contentMediaType`, `$ref`, `readOnly`/`writeOnly`/`deprecated`, `description`, exclusive bounds).
 */
import type { JsonSchema, NamedSchema, Property, Schema } from '../model.js';
import { propertyNames } from '../naming.js';
import { breakAliasCycles } from './alias-cycles.js';
import { type BuildContext, isObject, type Raw, text } from './context.js';

const SCHEMA_REF = '#/components/schemas/';

/** Names every component schema first (so refs between them resolve), then converts each. */
export function buildSchemas(ctx: BuildContext): NamedSchema[] {
  const raw = isObject(ctx.components.schemas) ? ctx.components.schemas : {};
  const names = Object.keys(raw).sort();
  for (const wireName of names) ctx.schemaTypeNames.set(wireName, ctx.typeNamer.allocate(wireName));
  return breakAliasCycles(names.map((wireName) => ({
    wireName,
    typeName: ctx.schemaTypeNames.get(wireName) ?? wireName,
    schema: toSchema(ctx, raw[wireName]),
    jsonSchema: toJsonSchema(ctx, raw[wireName]),
  })));
}

/** Converts a schema object; component `$ref`s stay references. */
export function toSchema(ctx: BuildContext, value: unknown, depth = 0): Schema {
  if (value === true || value === undefined) return { kind: 'unknown', description: '' };
  if (value === false || !isObject(value)) return { kind: 'unknown', description: '' };
  const description = text(value.description);
  if (typeof value.$ref === 'string') {
    if (value.$ref.startsWith(SCHEMA_REF) && ctx.schemaTypeNames.has(value.$ref.slice(SCHEMA_REF.length))) {
      return { kind: 'ref', wireName: value.$ref.slice(SCHEMA_REF.length), description };
    }
    // A ref into some other part of the document: inline it (bounded, refs can be cyclic).
    return depth > 32 ? { kind: 'unknown', description } : toSchema(ctx, ctx.resolve(value), depth + 1);
  }
  const schema = toSchemaWithoutNull(ctx, value, description, depth);
  const nullable = ctx.is30 && value.nullable === true;
  return nullable ? { kind: 'union', variants: [schema, { kind: 'primitive', type: 'null', description: '' }], description } : schema;
}

function toSchemaWithoutNull(ctx: BuildContext, value: Raw, description: string, depth: number): Schema {
  const scalars = Array.isArray(value.enum)
    ? value.enum.filter((item): item is string | number | boolean | null => item === null || ['string', 'number', 'boolean'].includes(typeof item))
    : 'const' in value && (value.const === null || ['string', 'number', 'boolean'].includes(typeof value.const))
      ? [value.const as string | number | boolean | null]
      : undefined;
  // An empty enum (or one of objects only) has no literal to spell: the schema's type alone describes it.
  const enumValues = scalars?.length ? scalars : undefined;
  if (Array.isArray(value.allOf)) {
    const parts = value.allOf.map((part) => toSchema(ctx, part, depth + 1));
    const own = ownObject(ctx, value, depth);
    return { kind: 'intersection', parts: own ? [...parts, own] : parts, description };
  }
  const variantsRaw = Array.isArray(value.oneOf) ? value.oneOf : Array.isArray(value.anyOf) ? value.anyOf : undefined;
  if (variantsRaw) {
    return { kind: 'union', variants: variantsRaw.map((variant) => toSchema(ctx, variant, depth + 1)), description };
  }
  const types = Array.isArray(value.type) ? value.type.filter((t): t is string => typeof t === 'string') : typeof value.type === 'string' ? [value.type] : [];
  if (types.length > 1) {
    return {
      kind: 'union',
      variants: types.map((type) => toSchemaWithoutNull(ctx, { ...value, type, description: undefined }, '', depth)),
      description,
    };
  }
  const type = types[0];
  if (type === 'string' && (value.format === 'binary' || typeof value.contentMediaType === 'string' && !String(value.contentMediaType).startsWith('text/'))) {
    return { kind: 'binary', description };
  }
  if (type === 'array' || (type === undefined && value.items !== undefined)) {
    return { kind: 'array', items: toSchema(ctx, value.items, depth + 1), description };
  }
  if (type === 'object' || (type === undefined && (isObject(value.properties) || value.additionalProperties !== undefined))) {
    return ownObject(ctx, value, depth) ?? { kind: 'object', properties: [], additional: true, description };
  }
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean' || type === 'null') {
    return {
      kind: 'primitive',
      type,
      ...(typeof value.format === 'string' ? { format: value.format } : {}),
      ...(enumValues ? { enum: enumValues } : {}),
      description,
    };
  }
  // `const: x` (or a one-value enum) without a type is that literal; several values are a union of literals.
  if (enumValues?.length === 1) return { ...literal(enumValues[0] ?? null), description };
  if (enumValues) return { kind: 'union', variants: enumValues.map((item) => literal(item)), description };
  return { kind: 'unknown', description };
}

function literal(item: string | number | boolean | null): Schema {
  const type = item === null ? 'null' : typeof item === 'string' ? 'string' : typeof item === 'boolean' ? 'boolean' : 'number';
  return { kind: 'primitive', type, enum: [item], description: '' };
}

function ownObject(ctx: BuildContext, value: Raw, depth: number): Schema | undefined {
  const rawProperties = isObject(value.properties) ? value.properties : undefined;
  if (!rawProperties && value.additionalProperties === undefined && value.type !== 'object') return undefined;
  const required = new Set(Array.isArray(value.required) ? value.required.filter((name): name is string => typeof name === 'string') : []);
  const wireNames = Object.keys(rawProperties ?? {});
  const names = propertyNames(wireNames);
  const properties: Property[] = wireNames.map((wireName, index) => {
    const raw = rawProperties?.[wireName];
    const resolved = isObject(raw) ? raw : {};
    return {
      wireName,
      name: names[index] ?? wireName,
      schema: toSchema(ctx, raw, depth + 1),
      required: required.has(wireName),
      readOnly: resolved.readOnly === true,
      writeOnly: resolved.writeOnly === true,
      deprecated: resolved.deprecated === true,
      description: text(resolved.description),
    };
  });
  const additionalRaw = value.additionalProperties;
  const additional: Schema | boolean =
    additionalRaw === undefined ? true : typeof additionalRaw === 'boolean' ? additionalRaw : toSchema(ctx, additionalRaw, depth + 1);
  return { kind: 'object', properties, additional, ...(additionalRaw === undefined ? { additionalImplicit: true as const } : {}), description: text(value.description) };
}

/** A JSON Schema 2020-12 copy for validation: 3.0 `nullable` and boolean exclusive bounds are rewritten. */
export function toJsonSchema(ctx: BuildContext, value: unknown): JsonSchema {
  if (typeof value === 'boolean') return value;
  if (!isObject(value)) return true;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const out: Raw = {};
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('x-')) continue;
      Object.defineProperty(out, key, { value: key === 'example' || key === 'examples' || key === 'enum' || key === 'const' || key === 'default' ? child : walk(child), enumerable: true, writable: true, configurable: true });
    }
    if (ctx.is30) {
      if (out.nullable === true) {
        delete out.nullable;
        if (typeof out.type === 'string') out.type = [out.type, 'null'];
        else if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      }
      for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
        if (out[flag] === true) {
          out[flag] = out[bound];
          delete out[bound];
        } else if (out[flag] === false) delete out[flag];
      }
    }
    return out;
  };
  return walk(value) as JsonSchema;
}

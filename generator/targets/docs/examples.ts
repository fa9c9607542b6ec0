/**
 * Example values for the docs' samples, from the spec's examples: an argument's value, a request body, and the
 * same values with their keys renamed the way the SDK names them (wire `system_prompt` → `systemPrompt`).
 */
import type { ApiModel, Parameter, Schema } from '../../ir/model.js';
import { SchemaLookup, type ObjectSchema } from '../../ir/lookup.js';

export class ExampleValues {
  private readonly lookup: SchemaLookup;

  constructor(private readonly model: ApiModel) {
    this.lookup = new SchemaLookup(model.schemas);
  }

  /** A parameter's example (its own, its schema's `example` or `default`), else a placeholder of its type. */
  parameter(parameter: Parameter): unknown {
    const schema = parameter.jsonSchema && typeof parameter.jsonSchema === 'object' ? parameter.jsonSchema : undefined;
    const example = parameter.example ?? schema?.['example'] ?? (Array.isArray(schema?.['examples']) ? (schema['examples'] as unknown[])[0] : undefined) ?? schema?.['default'];
    if (example !== undefined) return example;
    if (parameter.schema.kind === 'primitive') {
      if (parameter.schema.enum?.length) return parameter.schema.enum[0];
      if (parameter.schema.type === 'integer' || parameter.schema.type === 'number') return 123;
      if (parameter.schema.type === 'boolean') return true;
    }
    return parameter.wireName;
  }

  /** The object schema that describes `value`: the schema itself, or the union member sharing most of its keys. */
  private objectFor(schema: Schema, value: Record<string, unknown>, depth = 0): ObjectSchema | undefined {
    const direct = this.lookup.objectOf(schema);
    if (direct || depth > 8) return direct;
    if (schema.kind === 'ref') {
      const named = this.lookup.get(schema.wireName);
      return named ? this.objectFor(named.schema, value, depth + 1) : undefined;
    }
    if (schema.kind !== 'union') return undefined;
    const keys = Object.keys(value);
    const score = (candidate: ObjectSchema | undefined) =>
      candidate ? keys.filter((key) => candidate.properties.some((property) => property.wireName === key)).length : -1;
    return schema.variants.map((variant) => this.lookup.objectOf(variant)).reduce((best, candidate) => (score(candidate) > score(best) ? candidate : best), undefined as ObjectSchema | undefined);
  }

  /** `value` (wire JSON) with declared keys renamed to their SDK names; maps keep their keys (their values are renamed). */
  camelize(value: unknown, schema: Schema | undefined, depth = 0): unknown {
    if (depth > 16 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const items = schema ? this.lookup.arrayItems(schema) : undefined;
      return value.map((item) => this.camelize(item, items, depth + 1));
    }
    const object = schema ? this.objectFor(schema, value as Record<string, unknown>) : undefined;
    if (!object) return value;
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const property = object.properties.find((candidate) => candidate.wireName === key);
      // defineProperty: a `__proto__` key stays a key.
      // A key of a map keeps its spelling; its value is read against the map's value schema.
      const childSchema = property?.schema ?? (typeof object.additional === 'object' ? object.additional : undefined);
      Object.defineProperty(result, property?.name ?? key, { value: this.camelize(child, childSchema, depth + 1), enumerable: true });
    }
    return result;
  }

  get schemas(): SchemaLookup {
    return this.lookup;
  }

  get api(): ApiModel {
    return this.model;
  }
}

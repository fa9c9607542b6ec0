/**
 * Reading schemas through their references: the object behind a `ref`, the items of an array. Shared by the plan
 * and every target; bounded in depth so a recursive schema cannot loop.
 */
import type { ApiModel, NamedSchema, Property, Schema } from './model.js';

export type ObjectSchema = Extract<Schema, { kind: 'object' }>;

export class SchemaLookup {
  private readonly named: Map<string, NamedSchema>;

  constructor(schemas: ApiModel['schemas']) {
    this.named = new Map(schemas.map((schema) => [schema.wireName, schema]));
  }

  get(wireName: string): NamedSchema | undefined {
    return this.named.get(wireName);
  }

  /** Follows `ref`s to the object schema behind them; an `allOf` of objects is one object of all their properties. */
  objectOf(schema: Schema, depth = 0): ObjectSchema | undefined {
    if (depth > 16) return undefined;
    if (schema.kind === 'object') return schema;
    if (schema.kind === 'ref') {
      const named = this.named.get(schema.wireName);
      return named ? this.objectOf(named.schema, depth + 1) : undefined;
    }
    if (schema.kind === 'intersection') {
      // One property per wire name, where the first part declared it (`allOf: [Base]` with `properties` that
      // refine some of Base's is common: GitHub's and Linode's descriptions do it).
      const byWireName = new Map<string, Property>();
      let implicit = true;
      for (const part of schema.parts) {
        const object = this.objectOf(part, depth + 1);
        for (const property of object?.properties ?? []) {
          const earlier = byWireName.get(property.wireName);
          byWireName.set(property.wireName, earlier ? this.merged(earlier, property, depth) : property);
        }
        if (object && !object.additionalImplicit) implicit = false;
      }
      return { kind: 'object', properties: [...byWireName.values()], additional: true, ...(implicit ? { additionalImplicit: true as const } : {}), description: schema.description };
    }
    return undefined;
  }

  /**
   * A property two parts of an `allOf` declare: a value must match both. Two objects become their intersection
   * (the later one often only adds `required` to the earlier); otherwise the later schema stands, as a refinement
   * of the earlier. Required when either part requires it.
   */
  private merged(earlier: Property, later: Property, depth: number): Property {
    const objects = earlier.schema !== later.schema && this.objectOf(earlier.schema, depth + 1) !== undefined && this.objectOf(later.schema, depth + 1) !== undefined;
    return {
      ...later,
      schema: objects ? { kind: 'intersection', parts: [earlier.schema, later.schema], description: later.schema.description || earlier.schema.description } : later.schema,
      required: earlier.required || later.required,
      description: later.description || earlier.description,
    };
  }

  /** The element schema of an array schema (following refs), if it is one. */
  arrayItems(schema: Schema, depth = 0): Schema | undefined {
    if (depth > 16) return undefined;
    if (schema.kind === 'array') return schema.items;
    if (schema.kind === 'ref') {
      const named = this.named.get(schema.wireName);
      return named ? this.arrayItems(named.schema, depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * The item schema of a paginated list: the body itself is the array, or `itemsPath` (dotted wire names) leads to
   * it; a union that includes an array counts as that array. Undefined when the path leads nowhere.
   */
  pageItems(schema: Schema, itemsPath: string | undefined): Schema | undefined {
    let current: Schema | undefined = schema;
    for (const segment of itemsPath ? itemsPath.split('.') : []) {
      current = this.objectOf(current)?.properties.find((property) => property.wireName === segment)?.schema;
      if (!current) return undefined;
    }
    for (let depth = 0; current.kind === 'ref' && depth < 16; depth++) {
      const named: NamedSchema | undefined = this.named.get(current.wireName);
      if (!named || named.schema.kind !== 'array') break;
      current = named.schema;
    }
    if (current.kind === 'union') current = current.variants.find((variant) => variant.kind === 'array') ?? current;
    return current.kind === 'array' ? current.items : undefined;
  }
}

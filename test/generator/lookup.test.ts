/**
 * SchemaLookup.objectOf on an `allOf`: one object of all the parts' properties, one property per wire name (where
 * the first part declared it). A property two parts declare is required when either requires it; two object
 * schemas become their intersection, anything else takes the later schema.
 */
import { describe, expect, it } from 'vitest';
import { SchemaLookup } from '../../generator/ir/lookup.js';
import type { Property, Schema } from '../../generator/ir/model.js';

const string: Schema = { kind: 'primitive', type: 'string', description: '' };
const integer: Schema = { kind: 'primitive', type: 'integer', description: '' };

function property(wireName: string, schema: Schema, required = false, description = ''): Property {
  return { wireName, name: wireName, schema, required, readOnly: false, writeOnly: false, deprecated: false, description };
}

function object(...properties: Property[]): Schema {
  return { kind: 'object', properties, additional: true, additionalImplicit: true, description: '' };
}

describe('SchemaLookup.objectOf', () => {
  const rulesBase = object(property('inbound_policy', string));
  const rulesRefined = object(property('inbound', integer, true));
  const base: Schema = { kind: 'ref', wireName: 'Base', description: '' };
  const lookup = new SchemaLookup([
    { wireName: 'Base', name: 'Base', schema: object(property('label', string, false, 'The label.'), property('rules', rulesBase), property('id', integer)), description: '' } as never,
  ]);

  it('merges the properties two parts declare, in the order they first appear', () => {
    const merged = lookup.objectOf({ kind: 'intersection', parts: [base, object(property('label', string, true), property('rules', rulesRefined, true), property('extra', string))], description: '' })!;
    expect(merged.properties.map((each) => each.wireName)).toEqual(['label', 'rules', 'id', 'extra']);
    const [label, rules] = merged.properties;
    expect(label).toMatchObject({ required: true, description: 'The label.', schema: string });
    expect(rules!.required).toBe(true);
    expect(rules!.schema).toEqual({ kind: 'intersection', parts: [rulesBase, rulesRefined], description: '' });
    // The intersection is itself an object of both parts' properties.
    expect(lookup.objectOf(rules!.schema)!.properties.map((each) => each.wireName)).toEqual(['inbound_policy', 'inbound']);
  });

  it('takes the later schema of a property that is not an object in both parts', () => {
    const merged = lookup.objectOf({ kind: 'intersection', parts: [base, object(property('id', string))], description: '' })!;
    expect(merged.properties.find((each) => each.wireName === 'id')!.schema).toBe(string);
  });
});

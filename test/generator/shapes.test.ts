import { describe, expect, it } from 'vitest';
import type { ApiModel, Property, Schema } from '../../generator/ir/model.js';
import { ShapeBuilder } from '../../generator/lang/ts/shapes.js';
import { fromWire, toWire } from '../../templates/client/runtime/casing.js';
import type { Shape } from '../../templates/client/runtime/operation.js';

const text: Schema = { kind: 'primitive', type: 'string', description: '' };
const free: Schema = { kind: 'object', properties: [], additional: true, description: '' };
const ref = (wireName: string): Schema => ({ kind: 'ref', wireName, description: '' });
const property = (wireName: string, name: string, schema: Schema): Property => ({
  wireName,
  name,
  schema,
  required: false,
  readOnly: false,
  writeOnly: false,
  deprecated: false,
  description: '',
});
const object = (...properties: Property[]): Schema => ({ kind: 'object', properties, additional: true, additionalImplicit: true, description: '' });
const union = (...variants: Schema[]): Schema => ({ kind: 'union', variants, description: '' });
const array = (items: Schema): Schema => ({ kind: 'array', items, description: '' });

function builder(schemas: Record<string, Schema>): ShapeBuilder {
  const model = { schemas: Object.entries(schemas).map(([wireName, schema]) => ({ wireName, typeName: wireName, schema, jsonSchema: {} })) };
  return new ShapeBuilder(model as unknown as ApiModel);
}

describe('casing shapes', () => {
  const schemas = {
    Cat: object(property('pet_name', 'catName', text), property('toy', 'toy', ref('Toy'))),
    Dog: object(property('pet_name', 'dogName', text), property('bark_db', 'barkDecibels', text)),
    Toy: object(property('toy_id', 'toyKey', text)),
    Plain: object(property('call_sid', 'callSid', text), property('extra', 'extra', object(property('deep_key', 'deepKey', text)))),
    Settings: object(property('provider_config', 'providerConfig', free), property('plain', 'plain', ref('Plain'))),
  };
  const shapes = builder(schemas);

  it('leaves out what the default rule maps right all the way down, and writes free-form values as null', () => {
    expect(shapes.shapeOf(ref('Plain'))).toEqual({});
    expect(shapes.shapeOf(ref('Settings'))).toEqual({ ref: 'Settings' });
    expect(shapes.namedShapes().find((entry) => entry.typeName === 'Settings')?.shape).toEqual({ props: { provider_config: null } });
    expect(shapes.shapeOf(array(ref('Plain')))).toEqual({ items: {} });
    expect(shapes.shapeOf(free)).toBeUndefined();
    expect(shapes.shapeOf(text)).toBeUndefined();
    // `{}` shapes get no constant: only shapes with exceptions are named, each after those it refers to.
    expect(shapes.namedShapes().map((entry) => entry.typeName)).toEqual(['Toy', 'Cat', 'Dog', 'Settings']);
  });

  it('merges a union into one shape, the first declaration of a key winning', () => {
    const pet = shapes.shapeOf(union(ref('Cat'), ref('Dog'), { kind: 'primitive', type: 'null', description: '' })) as Shape;
    expect(pet).toEqual({ names: { pet_name: 'catName', bark_db: 'barkDecibels' }, props: { toy: { ref: 'Toy' } } });
    const both = shapes.shapeOf(union(ref('Dog'), array(ref('Cat')))) as Shape;
    expect(both).toEqual({ names: { pet_name: 'dogName', bark_db: 'barkDecibels' }, items: { ref: 'Cat' } });
  });

  it('keeps a free-form object beside array members as it is, and leaves one beside object members to them', () => {
    const listOrMap = shapes.shapeOf(union(array(ref('Toy')), free)) as Shape;
    expect(listOrMap).toEqual({ items: { ref: 'Toy' }, keep: true });
    expect(shapes.shapeOf(union(ref('Dog'), free))).toEqual({ ref: 'Dog' });
    // An object member that maps the default way is an object member too: the union is renamed, as that member is.
    expect(shapes.shapeOf(union(ref('Plain'), free))).toEqual({});
    expect(shapes.shapeOf(union(array(ref('Plain')), ref('Plain'), free))).toEqual({ items: {} });
    expect(shapes.shapeOf(union(text, free))).toBeUndefined();
  });

  it('writes shapes the runtime maps as the schemas say', () => {
    const toy = { names: { toy_id: 'toyKey' } } satisfies Shape;
    const cat: Shape = { names: { pet_name: 'catName' }, props: { toy } };
    const settings: Shape = { props: { provider_config: null } };
    const wire = { provider_config: { Some_Key: 1 }, plain: { call_sid: 'CA1', extra: { deep_key: [{ x_y: 1 }] } } };
    const sdk = { providerConfig: { Some_Key: 1 }, plain: { callSid: 'CA1', extra: { deepKey: [{ xY: 1 }] } } };
    expect(fromWire(wire, settings)).toEqual(sdk);
    expect(toWire(sdk, settings)).toEqual(wire);
    expect(fromWire([{ pet_name: 'x', toy: { toy_id: 1 } }], { items: cat })).toEqual([{ catName: 'x', toy: { toyKey: 1 } }]);
  });
});

import { describe, expect, it } from 'vitest';
import type { JsonSchema, MockModel, MockOperation, MockParameter } from '../../templates/mock/runtime/model.js';
import { binaryPayload } from '../../templates/mock/runtime/respond.js';
import { SchemaResolver } from '../../templates/mock/runtime/schema.js';
import { RequestValidator, type RequestParts } from '../../templates/mock/runtime/validation.js';

const schemas: MockModel['schemas'] = {
  Cat: { type: 'object', required: ['meow'], properties: { kind: { const: 'cat' }, meow: { type: 'integer' } } },
  Dog: { type: 'object', required: ['bark'], properties: { kind: { const: 'dog' }, bark: { type: 'string' } } },
  Pet: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] },
  Node: { type: 'object', properties: { value: { type: 'integer' }, next: { anyOf: [{ $ref: '#/components/schemas/Node' }, { type: 'null' }] } } },
  Weird: {
    type: 'object',
    nullable: true,
    example: { id: 1 },
    discriminator: { propertyName: 'id' },
    xml: { name: 'weird' },
    externalDocs: { url: 'https://x' },
    'x-internal': true,
    properties: { id: { type: 'integer', format: 'int64' }, blob: { type: 'string', format: 'binary' }, secret: { type: 'string', format: 'password' } },
  },
};

function operation(parameters: MockParameter[], body?: unknown, contentType = 'application/json'): MockOperation {
  return {
    operationId: `op${Math.random()}`,
    method: 'POST',
    path: '/x',
    auth: false,
    parameters,
    ...(body !== undefined ? { requestBody: { required: true, contentType, schema: body as JsonSchema } } : {}),
    responses: [],
  };
}

const warnings: string[] = [];
const validator = new RequestValidator({ title: 't', version: '1', schemas, operations: [] }, (m) => warnings.push(m));

const parts = (query: string, extra: Partial<RequestParts> = {}): RequestParts => ({
  path: {},
  query: new URLSearchParams(query),
  headers: {},
  cookies: {},
  ...extra,
});

describe('parameters', () => {
  it('coerces query values and reports optional-int failures as int_parsing', () => {
    const op = operation([{ name: 'n', in: 'query', required: false, schema: { anyOf: [{ type: 'integer' }, { type: 'null' }] } }]);
    expect(validator.validateParams(op, parts('n=5')).values.query).toEqual({ n: 5 });
    expect(validator.validateParams(op, parts('n=x')).issues).toEqual([
      { type: 'int_parsing', loc: ['query', 'n'], msg: 'Input should be a valid integer, unable to parse string as an integer', input: 'x' },
    ]);
  });

  it('reads integers as pydantic does: digits with a sign, whitespace and underscores; no exponent, hex or infinity', () => {
    const op = operation([{ name: 'n', in: 'query', required: true, schema: { type: 'integer' } }]);
    for (const [text, value] of [['12', 12], ['-3', -3], [' 7 ', 7], ['1_000', 1000]] as const) {
      expect(validator.validateParams(op, parts(`n=${encodeURIComponent(text)}`)).values.query, text).toEqual({ n: value });
    }
    for (const text of ['1e3', '1e999', '0x10', 'Infinity', '1.5']) {
      expect(validator.validateParams(op, parts(`n=${text}`)).issues, text).toEqual([
        { type: 'int_parsing', loc: ['query', 'n'], msg: 'Input should be a valid integer, unable to parse string as an integer', input: text },
      ]);
    }
  });

  it('reports missing required query parameters with input null', () => {
    const op = operation([{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }]);
    expect(validator.validateParams(op, parts('')).issues).toEqual([{ type: 'missing', loc: ['query', 'q'], msg: 'Field required', input: null }]);
  });

  it("understands pydantic's boolean words", () => {
    const op = operation([{ name: 'b', in: 'query', required: false, schema: { type: 'boolean' } }]);
    expect(validator.validateParams(op, parts('b=YES')).values.query).toEqual({ b: true });
    expect(validator.validateParams(op, parts('b=off')).values.query).toEqual({ b: false });
    expect(validator.validateParams(op, parts('b=perhaps')).issues[0]).toMatchObject({ type: 'bool_parsing', input: 'perhaps' });
  });

  it('splits a query array sent as one value (explode: false) on its separator', () => {
    const op = operation([
      { name: 'tags', in: 'query', required: false, schema: { type: 'array', items: { type: 'integer' } }, arrayDelimiter: ',' },
      { name: 'ids', in: 'query', required: false, schema: { type: 'array', items: { type: 'string' } }, arrayDelimiter: '|' },
    ]);
    expect(validator.validateParams(op, parts('tags=1,2,3&ids=a|b')).values.query).toEqual({ tags: [1, 2, 3], ids: ['a', 'b'] });
    expect(validator.validateParams(op, parts('tags=1,x')).issues[0]).toMatchObject({ type: 'int_parsing', loc: ['query', 'tags', 1], input: 'x' });
  });

  it('collects repeated query values for array parameters and takes the last one otherwise', () => {
    const op = operation([
      { name: 'tags', in: 'query', required: false, schema: { type: 'array', items: { type: 'integer' } } },
      { name: 'one', in: 'query', required: false, schema: { type: 'string' } },
    ]);
    expect(validator.validateParams(op, parts('tags=1&tags=2&one=a&one=b')).values.query).toEqual({ tags: [1, 2], one: 'b' });
    expect(validator.validateParams(op, parts('tags=3')).values.query).toEqual({ tags: [3] });
    expect(validator.validateParams(op, parts('tags=1&tags=x')).issues[0]).toMatchObject({ type: 'int_parsing', loc: ['query', 'tags', 1], input: 'x' });
  });

  it('reads headers case-insensitively and cookies', () => {
    const op = operation([
      { name: 'X-Trace', in: 'header', required: true, schema: { type: 'integer' } },
      { name: 'session', in: 'cookie', required: true, schema: { type: 'string', minLength: 3 } },
    ]);
    const r = validator.validateParams(op, parts('', { headers: { 'x-trace': '12' }, cookies: { session: ['ab'] } }));
    expect(r.values.header).toEqual({ 'x-trace': 12 });
    expect(r.issues).toEqual([
      { type: 'string_too_short', loc: ['cookie', 'session'], msg: 'String should have at least 3 characters', input: 'ab', ctx: { min_length: 3 } },
    ]);
  });

  it('never echoes credentials declared as header parameters', () => {
    const op = operation([{ name: 'Authorization', in: 'header', required: true, schema: { type: 'string', pattern: '^Bearer ' } }]);
    expect(validator.validateParams(op, parts('', { headers: { authorization: 'Token sk_live_secret' } })).issues).toEqual([
      expect.objectContaining({ type: 'string_pattern_mismatch', loc: ['header', 'authorization'], input: '[redacted]' }),
    ]);
  });

  it('resolves $ref parameter schemas (enum components)', () => {
    const withEnum = new RequestValidator({ title: 't', version: '1', schemas: { Status: { type: 'string', enum: ['a', 'b'] } }, operations: [] });
    const op = operation([{ name: 's', in: 'query', required: false, schema: { $ref: '#/components/schemas/Status' } }]);
    expect(withEnum.validateParams(op, parts('s=c')).issues).toEqual([
      { type: 'enum', loc: ['query', 's'], msg: "Input should be 'a' or 'b'", input: 'c', ctx: { expected: "'a' or 'b'" } },
    ]);
  });
});

describe('JSON bodies', () => {
  it('does not coerce body values', () => {
    const op = operation([], { type: 'object', properties: { n: { type: 'integer' } } });
    expect(validator.validateJsonBody(op, { n: '5' })[0]).toMatchObject({ type: 'int_parsing', loc: ['body', 'n'], input: '5' });
    expect(validator.validateJsonBody(op, { n: 1.5 })[0]).toMatchObject({ type: 'int_from_float' });
    expect(validator.validateJsonBody(op, { n: 2 })).toEqual([]);
    expect(validator.validateJsonBody(op, [])[0]).toMatchObject({ type: 'dict_type', loc: ['body'] });
  });

  it('picks the closest branch of a non-discriminated union', () => {
    const op = operation([], { $ref: '#/components/schemas/Pet' });
    expect(validator.validateJsonBody(op, { bark: 3 })).toEqual([{ type: 'string_type', loc: ['body', 'bark'], msg: 'Input should be a valid string', input: 3 }]);
    expect(validator.validateJsonBody(op, { meow: 'x' })).toEqual([
      { type: 'int_parsing', loc: ['body', 'meow'], msg: 'Input should be a valid integer, unable to parse string as an integer', input: 'x' },
    ]);
    expect(validator.validateJsonBody(op, { bark: 'woof' })).toEqual([]);
  });

  it('follows recursive refs through Optional unions', () => {
    const op = operation([], { $ref: '#/components/schemas/Node' });
    expect(validator.validateJsonBody(op, { value: 1, next: { value: 2, next: { value: 'three' } } })).toEqual([
      { type: 'int_parsing', loc: ['body', 'next', 'next', 'value'], msg: 'Input should be a valid integer, unable to parse string as an integer', input: 'three' },
    ]);
  });

  it('keeps sibling errors next to a root-level union', () => {
    const op = operation([], { type: 'object', properties: { a: { type: 'string' } }, anyOf: [{ required: ['b'] }, { required: ['c'] }] });
    const issues = validator.validateJsonBody(op, { a: 1 }).map((i) => [i.type, i.loc]);
    expect(issues).toHaveLength(2);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['string_type', ['body', 'a']],
        ['missing', ['body', 'b']],
      ]),
    );
    const nested = operation([], {
      type: 'object',
      properties: { x: { type: 'integer' }, pet: { anyOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'null' }] }, y: { type: 'integer' } },
    });
    expect(validator.validateJsonBody(nested, { x: 'a', pet: { bark: 1 }, y: 'b' }).map((i) => [i.type, i.loc])).toEqual([
      ['int_parsing', ['body', 'x']],
      ['string_type', ['body', 'pet', 'bark']],
      ['int_parsing', ['body', 'y']],
    ]);
  });

  it('reports extra fields when additionalProperties is false', () => {
    const op = operation([], { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } });
    expect(validator.validateJsonBody(op, { a: 'x', b: 1 })).toEqual([{ type: 'extra_forbidden', loc: ['body', 'b'], msg: 'Extra inputs are not permitted', input: 1 }]);
  });

  it('tolerates OpenAPI keywords and formats', () => {
    const op = operation([], { $ref: '#/components/schemas/Weird' });
    expect(validator.validateJsonBody(op, { id: 1, blob: 'bytes', secret: 's' })).toEqual([]);
    expect(validator.validateJsonBody(op, { id: 'x' })[0]).toMatchObject({ type: 'int_parsing' });
  });

  it('skips validation (with a warning) when a schema cannot be compiled', () => {
    const op = operation([], { $ref: '#/components/schemas/Missing' });
    expect(validator.validateJsonBody(op, { anything: true })).toEqual([]);
    expect(warnings.some((w) => w.includes(op.operationId))).toBe(true);
  });
});

describe('form bodies', () => {
  it('coerces url-encoded fields and reports missing ones with input null', () => {
    const op = operation([], { type: 'object', required: ['n', 'm'], properties: { n: { type: 'integer' }, m: { type: 'string' } } }, 'application/x-www-form-urlencoded');
    const fields: Record<string, unknown> = { n: '7' };
    expect(validator.validateFormBody(op, fields)).toEqual([{ type: 'missing', loc: ['body', 'm'], msg: 'Field required', input: null }]);
    expect(fields).toEqual({ n: 7 });
    expect(validator.missingFormFields(op, new Set(['n']))).toEqual([{ type: 'missing', loc: ['body', 'm'], msg: 'Field required', input: null }]);
  });
});

describe('samples and payloads', () => {
  const resolver = new SchemaResolver(schemas);
  it('samples schemas deterministically, following refs and stopping at cycles', () => {
    expect(resolver.sample({ $ref: '#/components/schemas/Node' })).toEqual({ value: 1, next: null });
    expect(resolver.sample({ $ref: '#/components/schemas/Pet' })).toEqual({ kind: 'cat', meow: 1 });
    expect(resolver.sample({ $ref: '#/components/schemas/Weird' })).toEqual({ id: 1 });
    expect(resolver.sample({ type: 'object', properties: { at: { type: 'string', format: 'date-time' }, tags: { type: 'array', items: { type: 'string' } } } })).toEqual({
      at: '2025-01-01T00:00:00Z',
      tags: ['string'],
    });
  });

  it('leaves writeOnly properties out of samples and keeps a `__proto__` property as a key', () => {
    const sample = resolver.sample({
      type: 'object',
      // Computed: a literal `__proto__:` key would set the prototype instead.
      properties: { name: { type: 'string' }, password: { type: 'string', writeOnly: true }, ['__proto__']: { type: 'integer' } },
    }) as Record<string, unknown>;
    expect(Object.keys(sample)).toEqual(['name', '__proto__']);
    expect(Object.getPrototypeOf(sample)).toBe(Object.prototype);
    expect(JSON.stringify(sample)).toBe('{"name":"string","__proto__":1}');
  });

  it('makes a valid empty WAV file for audio/wav', () => {
    const wav = binaryPayload('audio/wav');
    expect(wav.length).toBe(44);
    expect(wav.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(wav.subarray(8, 12).toString('latin1')).toBe('WAVE');
    expect(binaryPayload('application/octet-stream').equals(binaryPayload('application/octet-stream'))).toBe(true);
  });

  it('fills other binary bodies with neutral placeholder bytes that name no product', () => {
    expect(binaryPayload('application/octet-stream').toString('latin1')).toBe('MOCK application/octet-stream\n');
    const mp3 = binaryPayload('audio/mpeg');
    expect(mp3.subarray(0, 3).toString('latin1')).toBe('ID3');
    for (const type of ['audio/mpeg', 'application/octet-stream', 'image/png', '']) {
      expect(binaryPayload(type).toString('latin1')).not.toMatch(/burki/i);
    }
  });
});

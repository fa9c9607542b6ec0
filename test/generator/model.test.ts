import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/ir/build.js';
import { generate } from '../../generator/pipeline.js';
import { loadSpec } from '../../generator/load.js';
import { ShapeBuilder, type ShapeLiteral } from '../../generator/lang/ts/shapes.js';
import { camelKey } from '../../templates/client/runtime/casing.js';
import { loadForeignSdk } from '../e2e/foreign.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/specs');

async function model(file: string) {
  const { document } = await loadSpec(path.join(FIXTURES, file));
  return buildModel(document, { reservedTypeNames: ['APIError'], reservedClientMembers: ['call', 'request'], specFile: file });
}

describe('model from a hostile OpenAPI 3.0 document', async () => {
  const api = await model('hostile.yaml');

  it('reads pagination from x-pagination', () => {
    const list = api.operations.find((operation) => operation.operationId === 'list-things!');
    expect(list?.pagination).toEqual({ style: 'offset', offsetParam: 'skip', limitParam: 'limit', items: 'data' });
    expect(list?.sdk?.name).toBe('listThings');
  });

  it('makes safe identifiers and keeps wire names exact', () => {
    const list = api.operations.find((operation) => operation.operationId === 'list-things!')!;
    expect(list.parameters.map((parameter) => [parameter.wireName, parameter.name, parameter.identifier])).toEqual([
      ['skip', 'skip', 'skip'],
      ['limit', 'limit', 'limit'],
      ['default', 'default', 'defaultValue'],
      ['x-trace-id', 'xTraceId', 'xTraceId'],
      ['tag_list', 'tagList', 'tagList'],
      ['pipe_list', 'pipeList', 'pipeList'],
    ]);
    // explode: false (form) and pipeDelimited arrays travel as one value; the exploded default has no delimiter.
    expect(list.parameters.map((parameter) => parameter.arrayDelimiter)).toEqual([undefined, undefined, undefined, undefined, ',', '|']);
    const remove = api.operations.find((operation) => operation.operationId === 'deleteThing')!;
    expect(remove.parameters[0]?.identifier).toBe('classValue');
    expect(api.resources.map((resource) => resource.name)).toEqual(['call2', 'things']);
    expect(api.schemas.map((schema) => schema.typeName)).toEqual(['PromiseModel', 'ProtoKeys', 'StrictThing', 'Thing', 'TreeNode']);
  });

  it('folds 3.0 nullable into a union with null, in the model and in the JSON Schema', () => {
    const thing = api.schemas.find((schema) => schema.wireName === 'Thing')!;
    expect(thing.schema.kind).toBe('object');
    const meta = thing.schema.kind === 'object' ? thing.schema.properties.find((property) => property.wireName === 'meta_data') : undefined;
    expect(meta?.schema.kind).toBe('union');
    const json = thing.jsonSchema as { properties: Record<string, { type?: unknown; nullable?: unknown }> };
    expect(json.properties.meta_data).toEqual({ type: ['object', 'null'], additionalProperties: true });
  });

  it('builds casing shapes that list only what the runtime rule would get wrong', () => {
    const named = new ShapeBuilder(api).namedShapes();
    const thing = named.find((entry) => entry.typeName === 'Thing')?.shape as ShapeLiteral;
    // thing_id, meta_data and kind follow the default rule (camelKey/wireKey) both ways: no entry.
    // `__proto__` and `Crème` keep their spelling, which the rule would change: listed, as own data properties.
    expect(Object.getOwnPropertyNames(thing.names).sort()).toEqual(['Crème', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(thing.names, '__proto__')?.value).toBe('__proto__');
    expect(thing.names?.['Crème']).toBe('Crème');
    expect(Object.getPrototypeOf(thing.names)).toBe(Object.prototype);
    // meta_data is a free-form object: it passes unchanged (null); tree_root refers to the recursive
    // TreeNode; properties the default rule maps all the way down are not listed.
    expect(thing.props).toEqual({ meta_data: null, tree_root: { ref: 'TreeNode' } });
    const tree = named.find((entry) => entry.typeName === 'TreeNode')?.shape as ShapeLiteral;
    expect(tree).toEqual({ props: { child_nodes: { items: { ref: 'TreeNode' } } } });
    // A shape comes after the shapes it refers to (TreeNode before Thing), so only self-references need a function.
    expect(named.map((entry) => entry.typeName)).toEqual(['ProtoKeys', 'TreeNode', 'Thing']);
    expect(camelKey('meta_data')).toBe('metaData');
  });
});

describe('servers', () => {
  it('fills server variables with their defaults for the default base URL', async () => {
    const api = await model('servers.yaml');
    expect(api.defaultBaseUrl).toBe('https://eu.data.example.test/v2');
  });
});

describe('webhooks (OpenAPI 3.1)', () => {
  it('reads each webhook and finds the single-valued field that identifies it', async () => {
    const api = await model('webhooks.yaml');
    expect(api.webhooks).toHaveLength(3);
    const changed = api.webhooks.find((webhook) => webhook.name === 'thing-changed');
    expect(changed).toMatchObject({ method: 'POST', discriminator: { path: 'event.kind', value: 'thing-changed' } });
    // A `const` without a `type` is a literal too.
    const untyped = api.webhooks.find((webhook) => webhook.name === 'untyped-const');
    expect(untyped).toMatchObject({ discriminator: { path: 'type', value: 'untyped.const' } });
    expect(api.operations).toEqual([]);
  });

  it('writes a discriminator value that Object.prototype knows as a key of its own in the generated tables', async () => {
    const { files } = await generate(path.join(FIXTURES, 'webhooks.yaml'));
    const webhooks = files.get('client/src/webhooks.ts') ?? '';
    // A quoted "__proto__" key in an object literal would set the prototype and lose the entry.
    expect(webhooks).toContain("['__proto__']: 'event.kind'");
    // (In the payload interface a quoted key is a plain property; only the runtime tables are object literals.)
    const tables = webhooks.slice(webhooks.indexOf('export const'));
    expect(tables).not.toMatch(/^\s*['"]__proto__['"]\s*:/m);
    expect(webhooks).toContain("'thing-changed': 'event.kind'");
  });
});

describe('parameter keys', () => {
  it('camelCases header names and keeps them apart from body properties of the same name', async () => {
    const api = await model('params.yaml');
    const send = api.operations[0]!;
    expect(send.parameters.map((parameter) => [parameter.wireName, parameter.name])).toEqual([
      ['Idempotency-Key', 'idempotencyKeyHeader'],
      ['X-Trace', 'xTrace'],
    ]);
  });

  it('suffixes a key used in several locations with its location; path parameters take no key', async () => {
    const api = await model('param-names.yaml');
    expect(api.operations[0]!.parameters.map((parameter) => [parameter.in, parameter.wireName, parameter.name])).toEqual([
      ['path', 'id', 'id'],
      ['query', 'id', 'idQuery'],
      ['header', 'Trace', 'traceHeader'],
      ['query', 'trace', 'traceQuery'],
      ['cookie', 'trace', 'traceCookie'],
      ['query', 'options', 'options'],
    ]);
  });

  it('each suffixed key reaches its own location, and the body keeps the plain names', async () => {
    const { Client, remove } = await loadForeignSdk<new (options: object) => { things: { makeThing(id: number, params: object): Promise<unknown> } }>(
      path.join(FIXTURES, 'param-names.yaml'),
    );
    try {
      const sent: { url: string; init: RequestInit }[] = [];
      const fetch = async (url: string, init: RequestInit) => {
        sent.push({ url, init });
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      };
      const client = new Client({ baseUrl: 'https://x.test', fetch, maxRetries: 0 });
      await client.things.makeThing(7, { idQuery: 'q', traceHeader: 'h', traceQuery: 'tq', traceCookie: 'c', options: 'o', trace: 'b', id: 9 });
      const [request] = sent;
      expect(request?.url).toBe('https://x.test/things/7?id=q&trace=tq&options=o');
      const headers = new Headers(request?.init.headers);
      expect([headers.get('trace'), headers.get('cookie')]).toEqual(['h', 'trace=c']);
      expect(JSON.parse(String(request?.init.body))).toEqual({ trace: 'b', id: 9 });
    } finally {
      remove();
    }
  }, 60_000);
});

describe('resources of operations without a declared tag', () => {
  it('an untagged operation is grouped by its path; an undeclared tag never takes a client member name', async () => {
    // `request` and `baseUrl` are members of the generated client; before this, the client did not type-check.
    const { model: api, files } = await generate(path.join(FIXTURES, 'untagged.yaml'));
    expect(api.operations.map((operation) => `${operation.sdk?.resource}.${operation.sdk?.name}`).sort()).toEqual([
      'baseUrl2.listOthers',
      'pets.getPet',
      'request2.listThings',
      'stores.listStores',
    ]);
    expect(files.get('client/src/client.ts')).toContain('readonly request2');
  }, 60_000);
});

describe('success bodies offered in several content types', () => {
  it('JSON beside XML renderings is asked for and decoded as JSON; JSON beside CSV stays text', async () => {
    const { Client, remove } = await loadForeignSdk<
      new (options: object) => { pets: { listPets(): Promise<unknown>; exportPets(params?: object): Promise<unknown> } }
    >(path.join(FIXTURES, 'negotiation.yaml'));
    try {
      const accepts: (string | null)[] = [];
      const fetch = async (_url: string, init: RequestInit) => {
        accepts.push(new Headers(init.headers).get('accept'));
        return new Response('[{"pet_name":"Rex"}]', { headers: { 'content-type': 'application/json' } });
      };
      const client = new Client({ fetch, maxRetries: 0 });
      expect(await client.pets.listPets()).toEqual([{ petName: 'Rex' }]);
      expect(await client.pets.exportPets({ format: 'json' })).toBe('[{"pet_name":"Rex"}]');
      expect(accepts).toEqual(['application/json', null]);
    } finally {
      remove();
    }
  }, 60_000);
});

describe('success responses given as a range or as default', () => {
  it('a 2XX range, else default, is the success response the SDK decodes', async () => {
    const api = await model('ranges.yaml');
    expect(api.operations.map((operation) => [operation.operationId, operation.success?.status])).toEqual([
      ['getDefault', 'default'],
      ['getRange', '2XX'],
    ]);
    const { Client, remove } = await loadForeignSdk<new (options: object) => { r: { getRange(): Promise<unknown>; getDefault(): Promise<unknown> } }>(
      path.join(FIXTURES, 'ranges.yaml'),
    );
    try {
      const fetch = async () => new Response('{"some_value":1}', { headers: { 'content-type': 'application/json' } });
      const client = new Client({ fetch, maxRetries: 0 });
      expect(await client.r.getRange()).toEqual({ someValue: 1 });
      expect(await client.r.getDefault()).toEqual({ someValue: 1 });
    } finally {
      remove();
    }
  }, 60_000);

  it('the docs name the success response once (not also as an error) and show its type on one line', async () => {
    const { files } = await generate(path.join(FIXTURES, 'ranges.yaml'));
    const page = files.get('docs/r.md') ?? '';
    expect(page).toContain('- **Returns**: `default` `application/json` → `APIPromise<{ otherValue?: number; mode?: "/** not a comment */"; }>`');
    expect(page).not.toContain('- **Errors**: `default`');
    expect(page).not.toMatch(/\*\*Returns\*\*:.*Wire name/);
  }, 60_000);
});

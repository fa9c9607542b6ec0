/**
 * The model builder on small in-memory documents, one spec concern at a time (generator/ir/build/*): each case
 * writes the OpenAPI it needs as a plain object, builds the model and asserts on the part of it that concern
 * produces. No loading, no emitters: what is tested is the mapping from spec nodes to the model.
 */
import { describe, expect, it } from 'vitest';
import { buildModel, type BuildOptions } from '../../generator/ir/build.js';
import type { ApiModel, Operation, Schema } from '../../generator/ir/model.js';
import { SpecErrors } from '../../generator/errors.js';

type Doc = Record<string, unknown>;

const OPTIONS: BuildOptions = { reservedTypeNames: [], reservedClientMembers: [], specFile: 'spec.yaml' };

/** A minimal document; `extra` replaces or adds root keys. */
function doc(extra: Doc = {}, openapi = '3.1.0'): Doc {
  return { openapi, info: { title: 'Pet Store API', version: '1.2.3' }, paths: {}, ...extra };
}

function build(document: Doc, options: BuildOptions = OPTIONS): ApiModel {
  return buildModel(document, options);
}

/** The problems buildModel reports for `document` (none when it builds). */
function problems(document: Doc): { message: string; pointer: string | undefined; file: string | undefined }[] {
  try {
    build(document);
  } catch (error) {
    if (!(error instanceof SpecErrors)) throw error;
    return error.errors.map((problem) => ({ message: problem.message, pointer: problem.location?.pointer, file: problem.location?.file }));
  }
  return [];
}

const ok = { '200': { description: 'ok' } };

/** A document with one operation (`GET /things` unless given) and optional root keys. */
function oneOperation(operation: Doc, { path = '/things', method = 'get', extra = {} as Doc, openapi = '3.1.0' } = {}): Doc {
  return doc({ paths: { [path]: { [method]: { operationId: 'theOp', responses: ok, ...operation } } }, ...extra }, openapi);
}

function operation(model: ApiModel, operationId = 'theOp'): Operation {
  const found = model.operations.find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  return found;
}

/** The Schema of the named component `name` in a 3.x document whose only content is that schema. */
function componentSchema(schema: unknown, openapi = '3.1.0', others: Doc = {}): { schema: Schema; jsonSchema: unknown } {
  const model = build(doc({ components: { schemas: { Subject: schema, ...others } } }, openapi));
  const named = model.schemas.find((entry) => entry.wireName === 'Subject')!;
  return { schema: named.schema, jsonSchema: named.jsonSchema };
}

const primitive = (type: string, extra: Doc = {}) => ({ kind: 'primitive', type, description: '', ...extra });

describe('document: info, x-sdk and servers', () => {
  it('derives the SDK settings from the title when x-sdk is absent', () => {
    const model = build(doc());
    expect(model).toMatchObject({ title: 'Pet Store API', version: '1.2.3', description: '' });
    expect(model.sdk).toEqual({ packageName: 'pet-store-api', clientName: 'PetStoreClient', coreName: 'PetStoreCore', errorName: 'PetStoreError', goModule: 'example.com/pet-store-api-go' });
  });

  it('falls back to API, 0.0.0 and generic names without info', () => {
    const model = build({ openapi: '3.1.0', paths: {} });
    expect([model.title, model.version]).toEqual(['API', '0.0.0']);
    expect(model.sdk).toEqual({ packageName: 'api', clientName: 'Client', coreName: 'ClientCore', errorName: 'ClientError', goModule: 'example.com/api-go' });
  });

  it('takes x-sdk settings as given and reserves the client class names for types', () => {
    const model = build(
      doc({
        info: { title: 'T', version: '1', 'x-sdk': { packageName: '@acme/sdk', clientName: 'AcmeClient', apiKeyEnvVar: 'ACME_API_KEY' } },
        components: { schemas: { AcmeClient: { type: 'string' }, AcmeCore: { type: 'string' } } },
      }),
    );
    expect(model.sdk).toEqual({ packageName: '@acme/sdk', clientName: 'AcmeClient', coreName: 'AcmeCore', errorName: 'AcmeError', apiKeyEnvVar: 'ACME_API_KEY', goModule: 'example.com/t-go' });
    expect(model.schemas.map((schema) => schema.typeName)).toEqual(['AcmeClient2', 'AcmeCore2']);
  });

  it('takes x-sdk.errorName, reserves it for types, and derives it from the client name without one', () => {
    const named = build(
      doc({
        info: { title: 'T', version: '1', 'x-sdk': { clientName: 'AcmeClient', errorName: 'AcmeFailure' } },
        components: { schemas: { AcmeFailure: { type: 'string' }, AcmeError: { type: 'string' } } },
      }),
    );
    expect(named.sdk.errorName).toBe('AcmeFailure');
    expect(named.schemas.map((schema) => schema.typeName)).toEqual(['AcmeError', 'AcmeFailure2']);
    expect(build(doc({ info: { title: 'T', version: '1', 'x-sdk': { clientName: 'Shop' } } })).sdk.errorName).toBe('ShopError');
  });

  it('falls back to the runtime SDKError when the derived error name is taken by a runtime export', () => {
    const options: BuildOptions = { ...OPTIONS, reservedTypeNames: ['ServerError', 'SDKError'] };
    const model = build(doc({ info: { title: 'T', version: '1', 'x-sdk': { clientName: 'ServerClient' } } }), options);
    expect(model.sdk.errorName).toBe('SDKError');
    expect(build(doc({ info: { title: 'T', version: '1', 'x-sdk': { errorName: 'SDKError' } } }), options).sdk.errorName).toBe('SDKError');
  });

  it.each([
    ['not a class name', 'acme error', 'is not a class name'],
    ['a global class', 'TypeError', 'is a global JavaScript class'],
    ['the client class', 'AcmeClient', 'is already exported by the SDK'],
  ])('reports an x-sdk.errorName that is %s and derives one instead', (_case, errorName, reason) => {
    const document = doc({ info: { title: 'T', version: '1', 'x-sdk': { clientName: 'AcmeClient', errorName } } });
    const found = problems(document);
    expect(found.map((problem) => problem.pointer)).toEqual(['#/info/x-sdk/errorName']);
    expect(found[0]?.message).toContain(reason);
  });

  it('reports an invalid x-sdk package name and environment variable, each at its pointer', () => {
    const found = problems(doc({ info: { title: 'T', version: '1', 'x-sdk': { packageName: 'Not Valid', apiKeyEnvVar: 'lower-case' } } }));
    expect(found.map((problem) => [problem.pointer, problem.file])).toEqual([
      ['#/info/x-sdk/packageName', 'spec.yaml'],
      ['#/info/x-sdk/apiKeyEnvVar', 'spec.yaml'],
    ]);
    expect(found[0]?.message).toContain('"Not Valid"');
  });

  it.each([
    ['no servers', undefined, ''],
    ['a plain URL, trailing slash dropped', [{ url: 'https://api.example.test/v1/' }], 'https://api.example.test/v1'],
    ['only the first server', [{ url: 'https://one.test' }, { url: 'https://two.test' }], 'https://one.test'],
    [
      'variables at their defaults',
      [{ url: '{scheme}://{region}.example.test/{version}', variables: { scheme: { default: 'https' }, region: { default: 'eu', enum: ['eu', 'us'] }, version: { default: 'v2' } } }],
      'https://eu.example.test/v2',
    ],
    ['a variable without default keeps its placeholder', [{ url: 'https://{tenant}.example.test', variables: { tenant: { enum: ['a'] } } }], 'https://{tenant}.example.test'],
    ['an undeclared variable (even one Object.prototype knows) keeps its placeholder', [{ url: 'https://{constructor}.test' }], 'https://{constructor}.test'],
  ])('default base URL: %s', (_name, servers, expected) => {
    expect(build(doc(servers ? { servers } : {})).defaultBaseUrl).toBe(expected);
  });
});

describe('operations and resources', () => {
  const tagged = doc({
    tags: [
      { name: 'Pets', description: 'All pets.' },
      { name: 'Calls', 'x-sdk-resource': 'calls' },
      { name: 'Call Data', 'x-sdk-resource': 'calls' },
      { name: 'Stores', 'x-sdk-type-prefix': 'Shop' },
    ],
    paths: {
      '/stores': { get: { operationId: 'listStores', tags: ['Stores'], responses: ok } },
      '/pets': { get: { operationId: 'listPets', tags: ['Pets'], responses: ok }, post: { operationId: 'createPet', tags: ['Pets'], responses: ok } },
      '/calls': { get: { operationId: 'listCalls', tags: ['Call Data'], responses: ok } },
      '/calls/{id}': { get: { operationId: 'getCall', tags: ['Calls'], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: ok } },
      '/zebras': { get: { operationId: 'listZebras', tags: ['Zoo Animals'], responses: ok } },
      '/api/v1/owners/{id}': { get: { operationId: 'getOwner', responses: ok } },
      '/v2': { get: { operationId: 'root', responses: ok } },
    },
    components: { schemas: { Pets: { type: 'object' } } },
  });

  it('maps declared tags to resources in tag order, several tags may share one, undeclared tags and paths follow by name', () => {
    // Resource class names come after the schema type names (`Pets` is taken).
    const model = build(tagged);
    expect(model.tags).toEqual([
      { name: 'Pets', description: 'All pets.', resource: 'pets' },
      { name: 'Calls', description: '', resource: 'calls' },
      { name: 'Call Data', description: '', resource: 'calls' },
      { name: 'Stores', description: '', resource: 'stores' },
    ]);
    expect(model.resources.map((resource) => [resource.name, resource.className, resource.typePrefix, resource.operationIds])).toEqual([
      ['pets', 'PetsResource', 'Pet', ['listPets', 'createPet']],
      ['calls', 'Calls', 'Call', ['listCalls', 'getCall']],
      ['stores', 'Stores', 'Shop', ['listStores']],
      // Untagged: the first path segment that is not `api`, a version or a placeholder; `/v2` has none.
      ['api', 'Api', 'Api', ['root']],
      ['owners', 'Owners', 'Owner', ['getOwner']],
      ['zooAnimals', 'ZooAnimals', 'ZooAnimal', ['listZebras']],
    ]);
    expect(model.resources[0]?.description).toBe('All pets.');
  });

  it('sorts operations by path then method and names the SDK method, params type and function', () => {
    const model = build(tagged);
    expect(model.operations.map((op) => `${op.method} ${op.path}`)).toEqual([
      'GET /api/v1/owners/{id}',
      'GET /calls',
      'GET /calls/{id}',
      'GET /pets',
      'POST /pets',
      'GET /stores',
      'GET /v2',
      'GET /zebras',
    ]);
    expect(operation(model, 'listStores').sdk).toMatchObject({ resource: 'stores', name: 'listStores', paramsTypeName: 'ShopListStoresParams', functionName: 'storesListStores', positional: [] });
  });

  it('an undeclared tag or path resource never takes a client member name', () => {
    const model = build(
      doc({ paths: { '/request': { get: { operationId: 'a', responses: ok } }, '/x': { get: { operationId: 'b', tags: ['baseUrl'], responses: ok } } } }),
      { ...OPTIONS, reservedClientMembers: ['request', 'baseUrl'] },
    );
    expect(model.resources.map((resource) => resource.name)).toEqual(['baseUrl2', 'request2']);
  });

  it('reads x-sdk-method, x-sdk-args and x-sdk-url-method', () => {
    const model = build(
      oneOperation({
        operationId: 'pets_get_one',
        tags: ['pets'],
        'x-sdk-method': 'retrieve',
        'x-sdk-args': ['fields', 7],
        'x-sdk-url-method': 'retrieve url',
        parameters: [{ name: 'fields', in: 'query', schema: { type: 'string' } }],
      }),
    );
    expect(operation(model, 'pets_get_one').sdk).toMatchObject({
      resource: 'pets',
      name: 'retrieve',
      positional: ['fields'],
      urlMethod: 'retrieveUrl',
      functionName: 'petsRetrieve',
      urlFunctionName: 'petsRetrieveUrl',
    });
  });

  it('numbers operationIds that casing makes equal, and reports a curated x-sdk-method that clashes', () => {
    const paths = Object.fromEntries(['get_user', 'getUser', 'GetUser', 'get-user'].map((id, index) => [`/u${index}`, { get: { operationId: id, tags: ['users'], responses: ok } }]));
    const model = build(doc({ paths }));
    expect(['get_user', 'getUser', 'GetUser', 'get-user'].map((id) => operation(model, id).sdk?.name).sort()).toEqual(['getUser', 'getUser2', 'getUser3', 'getUser4']);
    const curated = { ...paths, '/u9': { get: { operationId: 'other', 'x-sdk-method': 'getUser', tags: ['users'], responses: ok } } };
    expect(problems(doc({ paths: curated }))).toEqual([
      expect.objectContaining({ message: expect.stringContaining('both map to `client.users.getUser()`'), pointer: '#/paths/~1u9/get/x-sdk-method' }),
    ]);
  });

  it.each([
    ['constructor', 'constructorMethod'],
    ['then', 'thenMethod'],
    ['toString', 'toStringMethod'],
    ['hasOwnProperty', 'hasOwnPropertyMethod'],
  ])('an operationId that is an inherited member (%s) is not a method name', (id, name) => {
    expect(operation(build(oneOperation({ operationId: id, tags: ['things'] })), id).sdk?.name).toBe(name);
  });

  it.each([
    ['true', true, 'Kept out of the SDK.'],
    ['a reason', 'Internal only.', 'Internal only.'],
    ['false', false, undefined],
  ])('x-sdk-exclude: %s', (_name, exclude, reason) => {
    const model = build(oneOperation({ tags: ['things'], 'x-sdk-exclude': exclude }));
    const op = operation(model);
    expect(op.sdkExcludedReason).toBe(reason);
    expect(op.sdk === undefined).toBe(reason !== undefined);
    expect(model.resources.map((resource) => resource.name)).toEqual(reason === undefined ? ['things'] : []);
  });

  it('derives a missing operationId from method and path, and follows path items given as $ref', () => {
    const model = build(doc({ paths: { '/pets/{petId}': { $ref: '#/components/pathItems/Pet' } }, components: { pathItems: { Pet: { delete: { responses: ok } } } } }));
    expect(model.operations.map((op) => [op.operationId, op.method, op.sdk?.name])).toEqual([['deletePetsPetId', 'DELETE', 'deletePetsPetId']]);
  });

  it.each([
    [
      'two operations mapping to one method',
      {
        '/pets': { get: { operationId: 'listPets', tags: ['pets'], 'x-sdk-method': 'list', responses: ok } },
        '/pets/all': { get: { operationId: 'listAllPets', tags: ['pets'], 'x-sdk-method': 'list', responses: ok } },
      },
      ['#/paths/~1pets~1all/get/x-sdk-method'],
      'Operations #/paths/~1pets/get and #/paths/~1pets~1all/get both map to `client.pets.list()`.',
    ],
    [
      'a URL method taking an existing method name',
      {
        '/pets': { get: { operationId: 'list', tags: ['pets'], responses: ok } },
        '/pets/{id}': { get: { operationId: 'get', tags: ['pets'], 'x-sdk-url-method': 'list', responses: ok } },
      },
      ['#/paths/~1pets~1{id}/get/x-sdk-url-method'],
      '`x-sdk-url-method` `list` is already a method of `client.pets`.',
    ],
    [
      'a repeated operationId',
      { '/a': { get: { operationId: 'same', responses: ok } }, '/b': { post: { operationId: 'same', responses: ok } } },
      ['#/paths/~1b/post'],
      'Operations #/paths/~1a/get and #/paths/~1b/post have the same operationId `same`.',
    ],
    [
      'a parameter in an unknown location, and a method clash, together',
      {
        '/a': { get: { operationId: 'x', tags: ['t'], parameters: [{ name: 'q', in: 'body' }], responses: ok } },
        '/b': { get: { operationId: 'y', tags: ['t'], 'x-sdk-method': 'x', responses: ok } },
      },
      ['#/paths/~1a/get', '#/paths/~1b/get/x-sdk-method'],
      'Parameter `q` has an unknown location `body`.',
    ],
  ])('reports %s as a SpecError at its pointer', (_name, paths, pointers, firstMessage) => {
    const found = problems(doc({ paths }));
    expect(found.map((problem) => problem.pointer)).toEqual(pointers);
    expect(found[0]?.message).toBe(firstMessage);
  });

  it('reads summary, description, deprecated and tags', () => {
    const op = operation(build(oneOperation({ summary: 'S', description: 'D', deprecated: true, tags: ['a', 'b', 3] })));
    expect(op).toMatchObject({ summary: 'S', description: 'D', deprecated: true, tags: ['a', 'b'] });
  });
});

describe('parameters', () => {
  const stringArray = { type: 'array', items: { type: 'string' } };

  it.each([
    ['query array, default form + explode', { in: 'query', schema: stringArray }, {}],
    ['query form, explode false', { in: 'query', style: 'form', explode: false, schema: stringArray }, { arrayDelimiter: ',' }],
    ['query spaceDelimited', { in: 'query', style: 'spaceDelimited', explode: false, schema: stringArray }, { arrayDelimiter: ' ' }],
    ['query pipeDelimited', { in: 'query', style: 'pipeDelimited', explode: false, schema: stringArray }, { arrayDelimiter: '|' }],
    ['query deepObject', { in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } }, { style: 'deepObject' }],
    ['query content JSON', { in: 'query', content: { 'application/json': { schema: { type: 'object' } } } }, { style: 'json' }],
    ['cookie, explode false', { in: 'cookie', explode: false, schema: stringArray }, { arrayDelimiter: ',' }],
    ['cookie, default', { in: 'cookie', schema: stringArray }, {}],
    ['header, default simple', { in: 'header', schema: stringArray }, {}],
    ['header, explode true', { in: 'header', explode: true, schema: { type: 'object' } }, { style: 'explode' }],
  ])('serialisation of a %s parameter', (_name, param, expected) => {
    const [parameter] = operation(build(oneOperation({ parameters: [{ name: 'p', ...param }] }))).parameters;
    expect({ arrayDelimiter: parameter?.arrayDelimiter, style: parameter?.style }).toEqual({ arrayDelimiter: undefined, style: undefined, ...expected });
  });

  it('takes the schema of a content parameter and its example from examples', () => {
    const [parameter] = operation(
      build(oneOperation({ parameters: [{ name: 'filter', in: 'query', content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'integer' } } } } }, examples: { one: { value: { a: 1 } } } }] })),
    ).parameters;
    expect(parameter?.schema).toMatchObject({ kind: 'object', properties: [{ wireName: 'a' }] });
    expect(parameter?.example).toEqual({ a: 1 });
  });

  it('merges path-level and operation-level parameters, path parameters first in path order, always required', () => {
    const model = build(
      doc({
        paths: {
          '/orgs/{org}/users/{user}': {
            parameters: [
              { name: 'user', in: 'path', schema: { type: 'string' } },
              { name: 'limit', in: 'query', description: 'path level', schema: { type: 'integer' } },
              { $ref: '#/components/parameters/Org' },
            ],
            get: { operationId: 'theOp', parameters: [{ name: 'limit', in: 'query', description: 'operation level', required: true, schema: { type: 'integer' } }], responses: ok },
          },
        },
        components: { parameters: { Org: { name: 'org', in: 'path', required: true, schema: { type: 'string' }, example: 'acme' } } },
      }),
    );
    expect(operation(model).parameters.map((parameter) => [parameter.in, parameter.wireName, parameter.required, parameter.description])).toEqual([
      ['path', 'org', true, ''],
      ['path', 'user', true, ''],
      ['query', 'limit', true, 'operation level'],
    ]);
    expect(operation(model).parameters[0]?.example).toBe('acme');
  });

  it('makes SDK keys apart from body properties and across locations, and safe identifiers', () => {
    const op = operation(
      build(
        oneOperation(
          {
            parameters: [
              { name: 'class', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } },
              { name: 'trace', in: 'query', schema: { type: 'string' } },
              { name: 'trace', in: 'cookie', schema: { type: 'string' } },
              { name: 'page_size', in: 'query', schema: { type: 'integer' } },
            ],
            requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { idempotency_key: { type: 'string' } } } } } },
          },
          { path: '/things/{class}', method: 'post' },
        ),
      ),
    );
    expect(op.parameters.map((parameter) => [parameter.wireName, parameter.name, parameter.identifier])).toEqual([
      ['class', 'class', 'classValue'],
      ['Idempotency-Key', 'idempotencyKeyHeader', 'idempotencyKey'],
      ['trace', 'traceQuery', 'trace'],
      ['trace', 'traceCookie', 'trace2'],
      ['page_size', 'pageSize', 'pageSize'],
    ]);
  });

  it('converts parameter schemas to a model Schema and a JSON Schema (3.0 nullable folded)', () => {
    const [parameter] = operation(build(oneOperation({ parameters: [{ name: 'q', in: 'query', schema: { type: 'string', nullable: true } }] }, { openapi: '3.0.3' }))).parameters;
    expect(parameter?.schema).toEqual({ kind: 'union', variants: [primitive('string'), primitive('null')], description: '' });
    expect(parameter?.jsonSchema).toEqual({ type: ['string', 'null'] });
  });
});

describe('request bodies', () => {
  it.each([
    ['application/json', 'json'],
    ['application/merge-patch+json', 'json'],
    ['multipart/form-data', 'multipart'],
    ['application/x-www-form-urlencoded', 'form'],
    ['text/plain', 'text'],
    ['application/octet-stream', 'binary'],
    ['image/png', 'binary'],
  ])('%s is encoded as %s', (contentType, encoding) => {
    const op = operation(build(oneOperation({ requestBody: { content: { [contentType]: { schema: { type: 'string' } } } } }, { method: 'post' })));
    expect(op.requestBody).toMatchObject({ contentType, encoding, required: false });
  });

  it('prefers JSON, then multipart, form, text, binary, whatever the spec order', () => {
    const content = { 'application/octet-stream': {}, 'text/plain': {}, 'application/x-www-form-urlencoded': {}, 'multipart/form-data': {} };
    const pick = (types: Doc) => operation(build(oneOperation({ requestBody: { content: types } }, { method: 'post' }))).requestBody?.contentType;
    expect(pick({ ...content, 'application/json': {} })).toBe('application/json');
    expect(pick(content)).toBe('multipart/form-data');
    expect(pick({ 'application/octet-stream': {}, 'text/csv': {} })).toBe('text/csv');
  });

  it('follows a $ref to components.requestBodies and reads required, description, schema and example', () => {
    const model = build(
      oneOperation(
        { requestBody: { $ref: '#/components/requestBodies/NewPet' } },
        {
          method: 'post',
          extra: {
            components: {
              requestBodies: {
                NewPet: {
                  required: true,
                  description: 'The pet.',
                  content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } }, example: { name: 'Rex' } } } },
                },
              },
            },
          },
        },
      ),
    );
    expect(operation(model).requestBody).toMatchObject({ required: true, description: 'The pet.', example: { name: 'Rex' }, schema: { kind: 'object' } });
  });

  it('a binary file in a multipart body is a binary schema', () => {
    const body = operation(
      build(oneOperation({ requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, note: { type: 'string' } } } } } } }, { method: 'post' })),
    ).requestBody;
    expect(body?.schema).toMatchObject({ kind: 'object', properties: [{ wireName: 'file', schema: { kind: 'binary' } }, { wireName: 'note', schema: primitive('string') }] });
  });
});

describe('responses', () => {
  it.each([
    ['application/json', 'json'],
    ['application/problem+json', 'json'],
    ['text/csv', 'text'],
    ['application/xml', 'text'],
    ['application/javascript', 'text'],
    ['audio/mpeg', 'binary'],
    ['application/pdf', 'binary'],
  ])('a %s response is decoded as %s', (contentType, kind) => {
    const [response] = operation(build(oneOperation({ responses: { '200': { description: 'ok', content: { [contentType]: {} } } } }))).responses;
    expect(response?.contents[0]).toMatchObject({ contentType, kind });
  });

  it.each([
    ['a 2xx status', ['404', '201', '200'], '200'],
    ['the 2XX range', ['2xx', '400', 'default'], '2XX'],
    ['default', ['default', '500'], 'default'],
    ['none', ['404'], undefined],
  ])('success is %s', (_name, statuses, success) => {
    const responses = Object.fromEntries(statuses.map((status) => [status, { description: status }]));
    expect(operation(build(oneOperation({ responses }))).success?.status).toBe(success);
  });

  it('normalises and sorts statuses, default last, and reads headers, examples and $refs', () => {
    const op = operation(
      build(
        oneOperation(
          {
            responses: {
              Default: { description: 'error' },
              '4xx': { $ref: '#/components/responses/Problem' },
              '200': {
                description: 'ok',
                headers: { 'X-Rate-Limit': { description: 'left', schema: { type: 'integer' } }, 'X-Ref': { $ref: '#/components/headers/Ref' } },
                content: {
                  'application/json': {
                    schema: { type: 'object' },
                    examples: { first: { summary: 'One', value: { a: 1 } }, second: { $ref: '#/components/examples/Two' }, broken: { summary: 'no value' } },
                  },
                },
              },
            },
          },
          {
            extra: {
              components: {
                responses: { Problem: { description: 'problem', content: { 'application/problem+json': { example: { title: 'x' } } } } },
                headers: { Ref: { description: 'by ref', schema: { type: 'string' } } },
                examples: { Two: { summary: 'Two', value: { a: 2 } } },
              },
            },
          },
        ),
      ),
    );
    expect(op.responses.map((response) => [response.status, response.description])).toEqual([
      ['200', 'ok'],
      ['4XX', 'problem'],
      ['default', 'error'],
    ]);
    const [json] = op.responses[0]!.contents;
    expect(json?.example).toEqual({ a: 1 });
    expect(json?.namedExamples).toEqual([
      { name: 'first', summary: 'One', value: { a: 1 } },
      { name: 'second', summary: 'Two', value: { a: 2 } },
    ]);
    expect(op.responses[0]!.headers).toEqual([
      { name: 'X-Rate-Limit', description: 'left', schema: primitive('integer') },
      { name: 'X-Ref', description: 'by ref', schema: primitive('string') },
    ]);
    expect(op.responses[1]!.contents[0]?.example).toEqual({ title: 'x' });
  });
});

describe('schemas', () => {
  it('sorts named schemas and gives each a type name that avoids globals and reserved names', () => {
    const model = build(doc({ components: { schemas: { pet: { type: 'object' }, Promise: { type: 'string' }, 'order-item': { type: 'string' }, Error: {} } } }), {
      ...OPTIONS,
      reservedTypeNames: ['PetStoreClient', 'OrderItem'],
    });
    expect(model.schemas.map((schema) => [schema.wireName, schema.typeName])).toEqual([
      ['Error', 'ErrorModel'],
      ['Promise', 'PromiseModel'],
      ['order-item', 'OrderItem2'],
      ['pet', 'Pet'],
    ]);
  });

  it.each<[string, unknown, string, Schema]>([
    ['3.0 nullable string', { type: 'string', nullable: true }, '3.0.3', { kind: 'union', variants: [primitive('string'), primitive('null')], description: '' } as Schema],
    ['nullable is not a 3.1 keyword', { type: 'string', nullable: true }, '3.1.0', primitive('string') as Schema],
    ['3.1 type array', { type: ['integer', 'null'], description: 'n' }, '3.1.0', { kind: 'union', variants: [primitive('integer'), primitive('null')], description: 'n' } as Schema],
    ['oneOf', { oneOf: [{ type: 'string' }, { type: 'number' }] }, '3.1.0', { kind: 'union', variants: [primitive('string'), primitive('number')], description: '' } as Schema],
    ['anyOf', { anyOf: [{ type: 'boolean' }] }, '3.1.0', { kind: 'union', variants: [primitive('boolean')], description: '' } as Schema],
    ['const with a type', { type: 'string', const: 'fixed' }, '3.1.0', primitive('string', { enum: ['fixed'] }) as Schema],
    ['const without a type', { const: 3 }, '3.1.0', primitive('number', { enum: [3] }) as Schema],
    ['enum with a type and format', { type: 'string', format: 'color', enum: ['red', 'blue', 1.5, {}] }, '3.1.0', primitive('string', { format: 'color', enum: ['red', 'blue', 1.5] }) as Schema],
    [
      'enum without a type',
      { enum: ['a', true, null] },
      '3.1.0',
      { kind: 'union', variants: [primitive('string', { enum: ['a'] }), primitive('boolean', { enum: [true] }), primitive('null', { enum: [null] })], description: '' } as Schema,
    ],
    ['binary string', { type: 'string', format: 'binary' }, '3.1.0', { kind: 'binary', description: '' }],
    ['contentMediaType other than text', { type: 'string', contentMediaType: 'image/png' }, '3.1.0', { kind: 'binary', description: '' }],
    ['contentMediaType text', { type: 'string', contentMediaType: 'text/html' }, '3.1.0', primitive('string') as Schema],
    ['array by items alone', { items: { type: 'integer' } }, '3.1.0', { kind: 'array', items: primitive('integer'), description: '' } as Schema],
    ['object without properties', { type: 'object' }, '3.1.0', { kind: 'object', properties: [], additional: true, additionalImplicit: true, description: '' }],
    ['nothing to go on', { description: 'd' }, '3.1.0', { kind: 'unknown', description: 'd' }],
    ['false', false, '3.1.0', { kind: 'unknown', description: '' }],
  ])('converts %s', (_name, raw, openapi, expected) => {
    expect(componentSchema(raw, openapi).schema).toEqual(expected);
  });

  it.each<[string, unknown, unknown]>([
    ['absent: free-form', undefined, true],
    ['true', true, true],
    ['false: closed', false, false],
    ['a schema', { type: 'integer' }, primitive('integer')],
  ])('additionalProperties %s', (_name, additionalProperties, expected) => {
    const raw = { type: 'object', properties: { a: { type: 'string' } }, ...(additionalProperties === undefined ? {} : { additionalProperties }) };
    expect(componentSchema(raw).schema).toMatchObject({ kind: 'object', additional: expected });
  });

  it('converts properties with SDK names, required, readOnly, writeOnly and deprecated flags', () => {
    const { schema } = componentSchema({
      type: 'object',
      required: ['pet_id'],
      properties: { pet_id: { type: 'integer', readOnly: true }, secret: { type: 'string', writeOnly: true, description: 'shh' }, old: { deprecated: true } },
    });
    expect(schema).toEqual({
      kind: 'object',
      additional: true,
      additionalImplicit: true,
      description: '',
      properties: [
        { wireName: 'pet_id', name: 'petId', schema: primitive('integer'), required: true, readOnly: true, writeOnly: false, deprecated: false, description: '' },
        { wireName: 'secret', name: 'secret', schema: primitive('string', { description: 'shh' }), required: false, readOnly: false, writeOnly: true, deprecated: false, description: 'shh' },
        { wireName: 'old', name: 'old', schema: { kind: 'unknown', description: '' }, required: false, readOnly: false, writeOnly: false, deprecated: true, description: '' },
      ],
    });
  });

  it('allOf is an intersection of its parts, own properties last', () => {
    const { schema } = componentSchema({ allOf: [{ $ref: '#/components/schemas/Base' }], properties: { extra: { type: 'string' } } }, '3.1.0', { Base: { type: 'object' } });
    expect(schema).toMatchObject({
      kind: 'intersection',
      parts: [{ kind: 'ref', wireName: 'Base' }, { kind: 'object', properties: [{ wireName: 'extra' }] }],
    });
  });

  it('keeps component refs as refs (recursive ones too) and inlines refs elsewhere', () => {
    const model = build(
      doc({
        components: {
          schemas: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } },
          parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } } },
        },
        paths: { '/x': { get: { operationId: 'theOp', parameters: [{ name: 'n', in: 'query', schema: { $ref: '#/components/parameters/Limit/schema' } }], responses: ok } } },
      }),
    );
    expect(model.schemas[0]?.schema).toMatchObject({ kind: 'object', properties: [{ schema: { kind: 'array', items: { kind: 'ref', wireName: 'Node' } } }] });
    expect(model.schemas[0]?.jsonSchema).toEqual({ type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } });
    expect(operation(model).parameters[0]?.schema).toEqual(primitive('integer'));
  });

  it('drops the variants of an alias cycle that lead back to the schema itself', () => {
    const model = build(
      doc({
        components: {
          schemas: {
            Union: { oneOf: [{ $ref: '#/components/schemas/Union' }, { type: 'string' }] },
            Ping: { anyOf: [{ $ref: '#/components/schemas/Pong' }, { type: 'integer' }] },
            Pong: { allOf: [{ $ref: '#/components/schemas/Ping' }] },
            Tree: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } } },
          },
        },
      }),
    );
    const schemaOf = (name: string) => model.schemas.find((entry) => entry.wireName === name)?.schema;
    expect(schemaOf('Union')).toEqual({ kind: 'union', variants: [primitive('string')], description: '' });
    expect(schemaOf('Ping')).toEqual({ kind: 'union', variants: [primitive('integer')], description: '' });
    expect(schemaOf('Pong')).toEqual({ kind: 'unknown', description: '' });
    // Recursion through an object's property is not a cycle of aliases: it stays.
    expect(schemaOf('Tree')).toMatchObject({ kind: 'object', properties: [{ schema: { kind: 'array', items: { kind: 'ref', wireName: 'Tree' } } }] });
  });

  it('an empty enum is no constraint: the type alone', () => {
    expect(componentSchema({ type: 'string', enum: [] }).schema).toEqual(primitive('string'));
    expect(componentSchema({ enum: [{ a: 1 }] }).schema).toEqual({ kind: 'unknown', description: '' });
  });

  it('normalises the JSON Schema of a 3.0 document: nullable, exclusive bounds, x- keys; examples untouched', () => {
    const { jsonSchema } = componentSchema(
      {
        type: 'object',
        'x-internal': true,
        properties: {
          size: { type: 'integer', minimum: 1, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false },
          color: { enum: ['red'], nullable: true },
        },
        example: { 'x-kept': 1, size: 2 },
      },
      '3.0.3',
    );
    expect(jsonSchema).toEqual({
      type: 'object',
      properties: { size: { type: 'integer', exclusiveMinimum: 1, maximum: 9 }, color: { enum: ['red', null] } },
      example: { 'x-kept': 1, size: 2 },
    });
  });
});

describe('x-pagination and x-mock', () => {
  it.each([
    ['offset', { style: 'offset', offsetParam: 'skip', limitParam: 'take', items: 'data', total: 'count', hasMore: 'more' }, { style: 'offset', offsetParam: 'skip', limitParam: 'take', items: 'data', total: 'count', hasMore: 'more' }],
    ['page', { style: 'page', pageParam: 'page', perPageParam: 'per_page', hasNext: 'next', total: 7 }, { style: 'page', pageParam: 'page', perPageParam: 'per_page', hasNext: 'next' }],
    ['limit', { style: 'limit', limitParam: 'limit', items: 'rows', total: 'ignored' }, { style: 'limit', limitParam: 'limit', items: 'rows' }],
    ['none', { style: 'none' }, { style: 'none' }],
    ['an unknown style', { style: 'cursor' }, undefined],
    ['not an object', 'offset', undefined],
  ])('x-pagination: %s', (_name, pagination, expected) => {
    expect(operation(build(oneOperation({ 'x-pagination': pagination }))).pagination).toEqual(expected);
  });

  it.each([
    ['a list', { collection: 'pets', action: 'list' }, { collection: 'pets', action: 'list' }],
    ['a read with its id parameter', { collection: 'pets', action: 'read', idParam: 'pet_id' }, { collection: 'pets', action: 'read', idParam: 'pet_id' }],
    ['an unknown action', { collection: 'pets', action: 'upsert' }, undefined],
    ['no collection', { action: 'create' }, undefined],
  ])('x-mock: %s', (_name, mock, expected) => {
    expect(operation(build(oneOperation({ 'x-mock': mock }))).mockState).toEqual(expected);
  });
});

describe('security', () => {
  const schemes = {
    bearer: { type: 'http', scheme: 'Bearer', description: 'A token.' },
    basic: { type: 'http', scheme: 'basic' },
    header: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
    query: { type: 'apiKey', in: 'query', name: 'api_key' },
    cookie: { type: 'apiKey', in: 'cookie', name: 'session' },
    oauth: { type: 'oauth2', flows: {} },
    byRef: { $ref: '#/components/x-schemes/Header' },
  };

  it('reads every security scheme with its kind and, for API keys, where the key goes', () => {
    const model = build(doc({ components: { securitySchemes: schemes, 'x-schemes': { Header: { type: 'apiKey', in: 'header', name: 'X-Ref' } } } }));
    expect(model.auth).toEqual([
      { key: 'bearer', kind: 'bearer', description: 'A token.' },
      { key: 'basic', kind: 'basic', description: '' },
      { key: 'header', kind: 'apiKey', description: '', in: 'header', name: 'X-API-Key' },
      { key: 'query', kind: 'apiKey', description: '', in: 'query', name: 'api_key' },
      { key: 'cookie', kind: 'apiKey', description: '', in: 'cookie', name: 'session' },
      { key: 'oauth', kind: 'other', description: '' },
      { key: 'byRef', kind: 'apiKey', description: '', in: 'header', name: 'X-Ref' },
    ]);
  });

  it.each([
    ['an API key header', 'header', { in: 'header', name: 'X-API-Key' }],
    ['an API key query parameter', 'query', { in: 'query', name: 'api_key' }],
    ['HTTP basic', 'basic', { in: 'basic' }],
    ['a bearer token (the runtime default)', 'bearer', undefined],
    ['an API key cookie (not supported)', 'cookie', undefined],
  ])('the client credential for a root security of %s', (_name, scheme, credential) => {
    const model = build(doc({ security: [{ [scheme]: [] }], components: { securitySchemes: schemes } }));
    expect(model.credential).toEqual(credential);
  });

  it('without root security, the credential follows the scheme operations name first most often', () => {
    const paths = {
      '/a': { get: { operationId: 'a', security: [{ query: [] }], responses: ok } },
      '/b': { get: { operationId: 'b', security: [{ header: [] }, { query: [] }], responses: ok } },
      '/c': { get: { operationId: 'c', security: [{ header: [] }], responses: ok } },
    };
    expect(build(doc({ paths, components: { securitySchemes: schemes } })).credential).toEqual({ in: 'header', name: 'X-API-Key' });
  });

  it('lists the schemes each operation needs: root by default, its own when given, none when {} is allowed', () => {
    const model = build(
      doc({
        security: [{ header: [] }, { bearer: [] }, { header: ['scope'] }],
        paths: {
          '/a': { get: { operationId: 'a', responses: ok } },
          '/b': { get: { operationId: 'b', security: [{ basic: [] }], responses: ok } },
          '/c': { get: { operationId: 'c', security: [{ basic: [] }, {}], responses: ok } },
          '/d': { get: { operationId: 'd', security: [], responses: ok } },
        },
        components: { securitySchemes: schemes },
      }),
    );
    expect(model.operations.map((op) => [op.operationId, op.security])).toEqual([
      ['a', ['bearer', 'header']],
      ['b', ['basic']],
      ['c', []],
      ['d', []],
    ]);
  });
});

describe('webhooks', () => {
  const payload = (schema: unknown, extra: Doc = {}) => ({ post: { requestBody: { content: { 'application/json': { schema, ...extra } } }, responses: ok } });

  it('reads each webhook, sorted by name, and finds the single-valued field that identifies it', () => {
    const model = build(
      doc({
        webhooks: {
          'z-nested': payload({ type: 'object', properties: { event: { type: 'object', properties: { id: { type: 'string' }, kind: { type: 'string', enum: ['z.nested'] } } } } }),
          'a-top': payload({ type: 'object', properties: { count: { const: 1 }, type: { const: 'a.top' } } }, { example: { type: 'a.top' } }),
          'm-ref': payload({ $ref: '#/components/schemas/MEvent' }),
          'n-none': payload({ type: 'object', properties: { type: { type: 'string' } } }),
          'o-deep': payload({ type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'object', properties: { c: { const: 'too deep' } } } } } } }),
          'p-put': { put: { summary: 'Put', responses: ok } },
          'q-empty': {},
        },
        components: { schemas: { MEvent: { type: 'object', properties: { data: { $ref: '#/components/schemas/MData' } } }, MData: { type: 'object', properties: { event: { const: 'm.ref' } } } } },
      }),
    );
    expect(model.webhooks.map((webhook) => [webhook.name, webhook.method, webhook.discriminator])).toEqual([
      ['a-top', 'POST', { path: 'type', value: 'a.top' }],
      ['m-ref', 'POST', { path: 'data.event', value: 'm.ref' }],
      ['n-none', 'POST', undefined],
      ['o-deep', 'POST', undefined],
      ['p-put', 'PUT', undefined],
      ['z-nested', 'POST', { path: 'event.kind', value: 'z.nested' }],
    ]);
    expect(model.webhooks[0]).toMatchObject({ contentType: 'application/json', example: { type: 'a.top' } });
    expect(model.webhooks[4]).toMatchObject({ summary: 'Put', contentType: 'application/json', payload: { kind: 'unknown' }, jsonSchema: true });
  });
});

describe('x-websockets streams', () => {
  const streams = {
    live: {
      path: '/v1/live/{call_id}',
      summary: 'Live events',
      sdk: { resource: 'realtime', method: 'live events', pingMessage: 'ping', statusMessage: 'not-a-client-message' },
      auth: [{ in: 'query', name: 'token', description: 'The key.' }, { in: 'header', prefix: 'Bearer' }],
      params: [
        { name: 'call_id', in: 'path', schema: { type: 'string' } },
        { name: 'since', in: 'query', schema: { type: 'integer' } },
      ],
      clientMessages: [{ type: 'ping', schema: { type: 'object', examples: [{ type: 'ping' }] } }, { description: 'no type: dropped' }],
      serverMessages: [{ type: 'pong', description: 'Reply.', example: { type: 'pong' } }],
      closeCodes: [{ code: 4001, description: 'Unauthorised.' }, { code: 'x' }],
    },
    calls: { path: '/v1/calls/stream', sdk: { resource: 'calls', method: 'stream' } },
    hidden: { path: '/v1/hidden' },
    broken: { summary: 'no path: dropped' },
  };

  it('reads each stream with its sdk method, auth, parameters, messages and close codes', () => {
    const model = build(doc({ 'x-websockets': streams }));
    expect(model.streams.map((stream) => stream.name)).toEqual(['live', 'calls', 'hidden']);
    const [live] = model.streams;
    expect(live).toMatchObject({
      path: '/v1/live/{call_id}',
      summary: 'Live events',
      sdk: { resource: 'realtime', method: 'liveEvents', functionName: 'realtimeLiveEvents', eventTypeName: 'LiveEventsStreamEvent', pingMessage: 'ping' },
      auth: [
        { in: 'query', name: 'token', description: 'The key.' },
        { in: 'header', name: 'Bearer', description: '' },
      ],
      clientMessages: [{ type: 'ping', description: '', example: { type: 'ping' } }],
      serverMessages: [{ type: 'pong', description: 'Reply.', example: { type: 'pong' } }],
      closeCodes: [{ code: 4001, description: 'Unauthorised.' }],
    });
    expect(live?.sdk).not.toHaveProperty('statusMessage');
    expect(live?.parameters.map((parameter) => [parameter.in, parameter.name, parameter.required])).toEqual([
      ['path', 'callId', true],
      ['query', 'since', false],
    ]);
    expect(model.streams[2]?.sdk).toBeUndefined();
  });

  it('adds a resource for streams of a resource no operation has, and lists streams on existing ones', () => {
    const model = build(doc({ 'x-websockets': streams, paths: { '/v1/calls': { get: { operationId: 'listCalls', tags: ['calls'], responses: ok } } } }));
    expect(model.resources.map((resource) => [resource.name, resource.className, resource.typePrefix, resource.description, resource.operationIds, resource.streamNames])).toEqual([
      ['calls', 'Calls', 'Call', '', ['listCalls'], ['calls']],
      ['realtime', 'Realtime', 'Realtime', 'WebSocket streams.', [], ['live']],
    ]);
  });
});

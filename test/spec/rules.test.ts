import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig, lint, lintFromString, loadConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const plugin = path.join(repo, 'spec/plugins/burki-rules.js');

/** Lints an inline document with exactly one house rule switched on; returns what a reader needs. */
async function lintWithRule(rule: string, source: string) {
  const config = await createConfig(
    { plugins: [plugin], extends: [], rules: { [`burki/${rule}`]: 'error' } },
    { configPath: path.join(repo, 'redocly.yaml') },
  );
  const problems = await lintFromString({ source, absoluteRef: path.join(repo, 'test/spec/inline.yaml'), config });
  return problems.map((problem) => ({
    ruleId: problem.ruleId,
    message: problem.message,
    pointer: problem.location[0]?.pointer,
  }));
}

describe('burki/operation-sdk-method', () => {
  it('reports a missing x-sdk-method and a first tag without x-sdk-resource', async () => {
    const problems = await lintWithRule(
      'operation-sdk-method',
      `
openapi: 3.1.0
info: {title: Rules, version: '1'}
tags:
  - name: Things
    x-sdk-resource: things
  - name: Loose
paths:
  /things:
    get:
      operationId: listThings
      tags: [Things]
      responses: {'200': {description: ok}}
  /loose:
    get:
      operationId: getLoose
      tags: [Loose]
      x-sdk-method: get
      responses: {'200': {description: ok}}
  /callbacks/twiml:
    post:
      operationId: handleTwiml
      x-sdk-exclude: provider callback
      responses: {'200': {description: ok}}
`,
    );
    expect(problems).toEqual([
      {
        ruleId: 'burki/operation-sdk-method',
        message: 'Operation must declare `x-sdk-method` (or `x-sdk-exclude` with a reason).',
        pointer: '#/paths/~1things/get',
      },
      {
        ruleId: 'burki/operation-sdk-method',
        message: 'Tag `Loose` must be declared at the root with an `x-sdk-resource`.',
        pointer: '#/paths/~1loose/get/tags/0',
      },
    ]);
  });

  it('accepts operations with a method and a resource tag', async () => {
    const problems = await lintWithRule(
      'operation-sdk-method',
      `
openapi: 3.1.0
info: {title: Rules, version: '1'}
tags:
  - name: Things
    x-sdk-resource: things
paths:
  /things:
    get:
      operationId: listThings
      tags: [Things]
      x-sdk-method: list
      responses: {'200': {description: ok}}
`,
    );
    expect(problems).toEqual([]);
  });
});

describe('burki/list-pagination', () => {
  it('reports lists without x-pagination, unknown styles and parameters that do not exist', async () => {
    const problems = await lintWithRule(
      'list-pagination',
      `
openapi: 3.1.0
info: {title: Rules, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      x-sdk-method: list
      responses: {'200': {description: ok}}
  /pages:
    get:
      operationId: getPages
      x-sdk-method: getPages
      parameters:
        - {name: page, in: query, schema: {type: integer}}
      responses: {'200': {description: ok}}
  /cursor:
    get:
      operationId: listCursor
      x-sdk-method: listCursor
      x-pagination: {style: cursor}
      responses: {'200': {description: ok}}
  /offsets:
    get:
      operationId: listOffsets
      x-sdk-method: listOffsets
      x-pagination: {style: offset, offsetParam: offset}
      parameters:
        - {name: skip, in: query, schema: {type: integer}}
      responses: {'200': {description: ok}}
`,
    );
    expect(problems).toEqual([
      {
        ruleId: 'burki/list-pagination',
        message: 'Operation with SDK method `list` must declare `x-pagination`.',
        pointer: '#/paths/~1things/get',
      },
      {
        ruleId: 'burki/list-pagination',
        message: 'Operation with the `page` query parameter must declare `x-pagination`.',
        pointer: '#/paths/~1pages/get',
      },
      {
        ruleId: 'burki/list-pagination',
        message: '`x-pagination.style` must be one of `offset`, `page`, `limit`, `none`.',
        pointer: '#/paths/~1cursor/get/x-pagination/style',
      },
      {
        ruleId: 'burki/list-pagination',
        message: '`x-pagination` of style `offset` must name `limitParam`.',
        pointer: '#/paths/~1offsets/get/x-pagination',
      },
      {
        ruleId: 'burki/list-pagination',
        message: '`x-pagination.offsetParam` names `offset`, which is not a query parameter of this operation.',
        pointer: '#/paths/~1offsets/get/x-pagination/offsetParam',
      },
    ]);
  });

  it('accepts declared styles whose parameters exist, including path-level and referenced ones', async () => {
    const problems = await lintWithRule(
      'list-pagination',
      `
openapi: 3.1.0
info: {title: Rules, version: '1'}
paths:
  /things:
    parameters:
      - $ref: '#/components/parameters/Skip'
    get:
      operationId: listThings
      x-sdk-method: list
      x-pagination: {style: offset, offsetParam: skip, limitParam: limit, items: items, total: total}
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
      responses: {'200': {description: ok}}
  /things/{id}/parts:
    get:
      operationId: listParts
      x-sdk-method: getParts
      x-pagination: {style: none}
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses: {'200': {description: ok}}
components:
  parameters:
    Skip: {name: skip, in: query, schema: {type: integer}}
`,
    );
    expect(problems).toEqual([]);
  });
});

describe('burki/auth-error-responses', () => {
  it('reports authenticated operations without 401 or 429', async () => {
    const problems = await lintWithRule(
      'auth-error-responses',
      `
openapi: 3.1.0
info: {title: Rules, version: '1'}
security: [{bearerAuth: []}]
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200': {description: ok}
        '401': {description: no key}
  /public:
    get:
      operationId: getPublic
      security: []
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
`,
    );
    expect(problems).toEqual([
      {
        ruleId: 'burki/auth-error-responses',
        message: 'Authenticated operation must declare a `429` response.',
        pointer: '#/paths/~1things/get/responses',
      },
    ]);
  });

  it('accepts operations that declare both, and operations whose own security is empty', async () => {
    const problems = await lintWithRule(
      'auth-error-responses',
      `
openapi: 3.1.0
info: {title: Rules, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      security: [{bearerAuth: []}]
      responses:
        '200': {description: ok}
        '401': {description: no key}
        '429': {description: slow down}
  /open:
    get:
      operationId: getOpen
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
`,
    );
    expect(problems).toEqual([]);
  });
});

describe('burki/sdk-method-unique', () => {
  it('reports a second operation with the same resource and method, across tags that share a resource', async () => {
    const problems = await lintWithRule(
      'sdk-method-unique',
      `
openapi: 3.1.0
info: {title: Rules, version: '1'}
tags:
  - {name: Calls, x-sdk-resource: calls}
  - {name: Call Data, x-sdk-resource: calls}
paths:
  /calls/count:
    get:
      operationId: getCallCount
      tags: [Calls]
      x-sdk-method: getCount
      responses: {'200': {description: ok}}
  /calls/{id}/transcripts/count:
    get:
      operationId: getTranscriptCount
      tags: [Call Data]
      x-sdk-method: getCount
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses: {'200': {description: ok}}
`,
    );
    expect(problems).toEqual([
      {
        ruleId: 'burki/sdk-method-unique',
        message: 'SDK method `calls.getCount` is already used by `GET /calls/count`.',
        pointer: '#/paths/~1calls~1{id}~1transcripts~1count/get/x-sdk-method',
      },
    ]);
  });

  it('accepts the same method name on different resources and on excluded operations', async () => {
    const problems = await lintWithRule(
      'sdk-method-unique',
      `
openapi: 3.1.0
info: {title: Rules, version: '1'}
tags:
  - {name: Calls, x-sdk-resource: calls}
  - {name: Assistants, x-sdk-resource: assistants}
paths:
  /calls/count:
    get:
      operationId: getCallCount
      tags: [Calls]
      x-sdk-method: getCount
      responses: {'200': {description: ok}}
  /assistants/count:
    get:
      operationId: getAssistantCount
      tags: [Assistants]
      x-sdk-method: getCount
      responses: {'200': {description: ok}}
  /calls/legacy-count:
    get:
      operationId: getLegacyCallCount
      tags: [Calls]
      x-sdk-method: getCount
      x-sdk-exclude: superseded by getCallCount
      responses: {'200': {description: ok}}
`,
    );
    expect(problems).toEqual([]);
  });
});

describe('spec/openapi.yaml', () => {
  it('lints with redocly.yaml without a single error or warning', async () => {
    const config = await loadConfig({ configPath: path.join(repo, 'redocly.yaml') });
    const problems = await lint({ ref: path.join(repo, 'spec/openapi.yaml'), config: config.forAlias('burki') });
    const shown = problems
      .filter((problem) => !problem.ignored)
      .map((problem) => `${problem.severity} ${problem.ruleId} ${problem.location[0]?.source.absoluteRef}${problem.location[0]?.pointer}: ${problem.message}`);
    expect(shown).toEqual([]);
  });
});

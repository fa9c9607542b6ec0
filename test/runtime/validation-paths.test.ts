/**
 * Validation errors in the SDK's words: FastAPI's `loc` (wire names, with its location) becomes the SDK path of
 * the argument or params key the caller wrote, through the operation's shapes and parameter names.
 */
import { describe, expect, it } from 'vitest';
import { issuePath } from '../../templates/client/runtime/encoding.js';
import { ValidationError } from '../../templates/client/runtime/index.js';
import type { Shape } from '../../templates/client/runtime/operation.js';
import { fakeFetch, json, makeClient, op } from './helpers.js';

const Tool: Shape = { names: { tool_id_x: 'toolID' } };
const Assistant: Shape = {
  props: {
    llm_settings: {},
    api_keys: { keep: true, values: {} },
    tools: { items: Tool },
  },
};
const create = op({
  method: 'POST',
  path: '/api/v1/assistants/{assistant_id}',
  query: ['dry_run', { wire: 'status', name: 'statusIn' }, { wire: 'filter', shape: { names: { min_age: 'minimumAge' } }, style: 'deepObject' }],
  headers: [{ wire: 'X-Trace-Id', name: 'traceId' }],
  body: { shape: Assistant },
});
const bulk = op({ method: 'POST', path: '/bulk', body: { whole: 'numbers', shape: { items: {} } } });

describe('issuePath', () => {
  it.each([
    [['body', 'llm_settings', 'system_prompt'], ['llmSettings', 'systemPrompt']],
    [['body', 'tools', 2, 'tool_id_x'], ['tools', 2, 'toolID']],
    [['body', 'api_keys', 'OPENAI_key', 'key_value'], ['apiKeys', 'OPENAI_key', 'keyValue']],
    [['body', 'name'], ['name']],
    [['query', 'dry_run'], ['dryRun']],
    [['query', 'status'], ['statusIn']],
    [['query', 'filter', 'min_age'], ['filter', 'minimumAge']],
    [['header', 'X-Trace-Id'], ['traceId']],
    [['path', 'assistant_id'], ['assistantId']],
    [['query', 'undeclared_thing'], ['query', 'undeclared_thing']],
    [['somewhere', 'else'], ['somewhere', 'else']],
  ] as const)('%j → %j', (loc, path) => {
    expect(issuePath(create, loc)).toEqual(path);
  });

  it('names a whole body by its argument', () => {
    expect(issuePath(bulk, ['body', 1])).toEqual(['numbers', 1]);
    expect(issuePath(bulk, ['body'])).toEqual(['numbers']);
  });
});

describe('a 422 through call()', () => {
  it('keeps loc/msg/type, adds the SDK path, and names SDK fields in the message', async () => {
    const detail = [
      { loc: ['body', 'llm_settings', 'system_prompt'], msg: 'Field required', type: 'missing', input: {} },
      { loc: ['query', 'dry_run'], msg: 'Input should be a valid boolean', type: 'bool_parsing' },
    ];
    const { fetch } = fakeFetch(() => json({ detail }, 422));
    const error = await makeClient(fetch)
      .call(create, [1], { llmSettings: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.message).toBe('422 llmSettings.systemPrompt: Field required; dryRun: Input should be a valid boolean');
    expect(validation.errors).toEqual([
      { ...detail[0], path: ['llmSettings', 'systemPrompt'] },
      { ...detail[1], path: ['dryRun'] },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ErrorObject } from 'ajv';
import { diagnoseJson, expectedList, issueFromAjv, jsonInvalidIssue, pyRepr } from '../../templates/mock/runtime/errors.js';

describe('diagnoseJson (Python json messages and positions)', () => {
  it.each([
    ['{"name": }', 9, 'Expecting value'],
    ['{a', 1, 'Expecting property name enclosed in double quotes'],
    ['{"a" 1}', 5, "Expecting ':' delimiter"],
    ['{"a":1 "b":2}', 7, "Expecting ',' delimiter"],
    ['[1 2]', 3, "Expecting ',' delimiter"],
    ['{"a":1}}', 7, 'Extra data'],
    ['', 0, 'Expecting value'],
    ['   ', 3, 'Expecting value'],
    ['[1,]', 3, 'Expecting value'],
    ['"abc', 0, 'Unterminated string starting at'],
    ['{"a":"\\x"}', 6, 'Invalid \\escape'],
    ['"a\u0001"', 2, 'Invalid control character at'],
    ['tru', 0, 'Expecting value'],
    ['-', 0, 'Expecting value'],
  ])('%j → %i %s', (text, pos, msg) => {
    expect(diagnoseJson(text)).toEqual({ pos, msg });
  });

  it('accepts valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '0', '"s"']) {
      expect(diagnoseJson(text)).toBeUndefined();
    }
  });

  it('survives pathological nesting', () => {
    expect(diagnoseJson('['.repeat(100_000))).toEqual({ pos: 0, msg: 'Expecting value' });
  });

  it('builds the FastAPI json_invalid item', () => {
    expect(jsonInvalidIssue('{"a":')).toEqual({ type: 'json_invalid', loc: ['body', 5], msg: 'JSON decode error', input: {}, ctx: { error: 'Expecting value' } });
  });
});

describe('pydantic-like rendering', () => {
  it('renders Python reprs and expected lists', () => {
    expect(pyRepr("it's")).toBe("'it\\'s'");
    expect(pyRepr(null)).toBe('None');
    expect(pyRepr(true)).toBe('True');
    expect(expectedList(['a'])).toBe("'a'");
    expect(expectedList(['a', 'b'])).toBe("'a' or 'b'");
    expect(expectedList(['a', 2, 'c'])).toBe("'a', 2 or 'c'");
  });
});

describe('issueFromAjv: size bounds of lists and dicts', () => {
  const size = (keyword: string, limit: number, input: unknown) =>
    issueFromAjv({ keyword, params: { limit }, instancePath: '', schemaPath: '', message: '' } as unknown as ErrorObject, ['body', 'x'], input);

  it.each([
    ['minItems', 2, [1], 'too_short', 'List should have at least 2 items after validation, not 1', { field_type: 'List', min_length: 2, actual_length: 1 }],
    ['maxItems', 1, [1, 2], 'too_long', 'List should have at most 1 item after validation, not 2', { field_type: 'List', max_length: 1, actual_length: 2 }],
    ['minProperties', 1, {}, 'too_short', 'Dictionary should have at least 1 item after validation, not 0', { field_type: 'Dictionary', min_length: 1, actual_length: 0 }],
    ['maxProperties', 1, { a: 1, b: 2 }, 'too_long', 'Dictionary should have at most 1 item after validation, not 2', { field_type: 'Dictionary', max_length: 1, actual_length: 2 }],
  ])('%s', (keyword, limit, input, type, msg, ctx) => {
    expect(size(keyword, limit, input)).toMatchObject({ type, loc: ['body', 'x'], msg, ctx });
  });
});

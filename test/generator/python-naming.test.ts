/**
 * The Python naming module and the escaping of spec text into Python source (lang/python/). Escaped output is
 * checked by its exact text here; test/python/sdk.test.ts compiles and imports a whole generated package.
 */
import { describe, expect, it } from 'vitest';
import { commentText, docstring, docText, pyLiteral, pyString, wrapProse } from '../../generator/lang/python/literal.js';
import { argumentNamer, className, clientMemberNamer, constantName, fieldNamer, memberNamer, moduleNamer, resourceClassFamily, resourceClassNames, snakeName } from '../../generator/lang/python/naming.js';

describe('Python names', () => {
  it('keeps wire names that are already snake_case identifiers, and converts the rest', () => {
    expect(snakeName('assistant_id')).toBe('assistant_id');
    expect(snakeName('call_sid')).toBe('call_sid');
    expect(snakeName('phoneNumbers')).toBe('phone_numbers');
    expect(snakeName('X-Request-ID')).toBe('x_request_id');
    expect(snakeName('2fa_code')).toBe('_2fa_code');
    expect(snakeName('_private')).toBe('private');
    expect(snakeName('名前')).toBe('value');
    expect(snakeName('Crème brûlée')).toBe('creme_brulee');
    expect(className('sip-trunk create')).toBe('SipTrunkCreate');
    expect(constantName('assistants get')).toBe('ASSISTANTS_GET');
  });

  it('escapes keywords with a trailing underscore and keeps soft keywords and common builtins as arguments', () => {
    const args = argumentNamer();
    expect(['from', 'class', 'type', 'id', 'match', 'None', 'async'].map((name) => args.allocate(name))).toEqual([
      'from_', 'class_', 'type', 'id', 'match', 'None_', 'async_',
    ]);
  });

  it('keeps method arguments clear of self and the per-call options', () => {
    const args = argumentNamer();
    expect(['self', 'options', 'timeout', 'max_retries', 'extra_body', 'idempotency_key'].map((name) => args.allocate(name))).toEqual([
      'self_', 'options_', 'timeout_', 'max_retries_', 'extra_body_', 'idempotency_key_',
    ]);
  });

  it('keeps model fields clear of pydantic BaseModel attributes and builtins used in annotations', () => {
    const fields = fieldNamer();
    expect(['schema', 'json', 'dict', 'copy', 'model_dump', 'register', 'str', 'int', 'name'].map((name) => fields.allocate(name))).toEqual([
      'schema_', 'json_', 'dict_', 'copy_', 'model_dump_', 'register_', 'str_', 'int_', 'name',
    ]);
  });

  it('numbers later holders of a spelling with _2, _3', () => {
    const fields = fieldNamer();
    expect([snakeName('userId'), snakeName('user_id'), snakeName('UserID')].map((name) => fields.allocate(name))).toEqual(['user_id', 'user_id_2', 'user_id_3']);
  });

  it('keeps class members clear of the resource base class and module names clear of the imports', () => {
    expect(memberNamer().allocate('with_raw_response')).toBe('with_raw_response_');
    expect(memberNamer().allocate('_call')).toBe('_call_');
    expect(moduleNamer().allocate('Any')).toBe('Any_');
    expect(moduleNamer().allocate('Operation')).toBe('Operation_');
    expect(moduleNamer(['Assistants']).allocate('Assistants')).toBe('Assistants_2');
  });
});

describe('Python literals', () => {
  it('writes strings that cannot break out, with every non-ASCII character escaped', () => {
    expect(pyString('plain')).toBe('"plain"');
    expect(pyString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(pyString('line\nnext\r\t')).toBe('"line\\nnext\\r\\t"');
    expect(pyString('\u0000\u007f')).toBe('"\\x00\\x7f"');
    expect(pyString('é\u2028😀')).toBe('"\\xe9\\u2028\\U0001f600"');
    expect(pyString('\ud800')).toBe('"\\ud800"');
  });

  it('writes plain data as Python literals', () => {
    expect(pyLiteral({ a: [1, true, null, 'x'] })).toBe('{"a": [1, True, None, "x"]}');
    expect(pyLiteral(Number.NaN)).toBe('None');
  });

  it('writes docstrings that no quote or backslash can close or escape', () => {
    expect(docText('ends with a quote"')).toBe('ends with a quote\\"');
    expect(docText('"""; import os; """')).toBe('\\"\\"\\"; import os; \\"\\"\\"');
    expect(docText('trailing backslash \\')).toBe('trailing backslash \\\\');
    expect(docText('bell\u0007 and \ud800')).toBe('bell\\x07 and \\ud800');
    expect(docstring('    ', 'Summary', 'Body line one\r\nline two  ')).toBe('    """Summary\n\n    Body line one\n    line two\n    """');
    expect(docstring('', '  ', undefined)).toBe('');
  });

  it('keeps comments to one line', () => {
    expect(commentText('a\nb\u2028c\rd')).toBe('a b c d');
  });
});

describe('docstring wrapping', () => {
  it('breaks long prose at spaces and leaves code, tables and indented lines whole', () => {
    const long = 'word '.repeat(30).trim();
    const wrapped = wrapProse(`${long}\n\`\`\`\n${long}\n\`\`\`\n| ${long} |\n    ${long}`, 40);
    const lines = wrapped.split('\n');
    expect(lines.slice(0, 4).every((line) => line.length <= 40)).toBe(true);
    expect(lines.slice(0, 4).join(' ')).toBe(long);
    expect(lines.slice(4)).toEqual(['```', long, '```', `| ${long} |`, `    ${long}`]);
  });
});

describe('resource classes and client properties', () => {
  it('gives each resource a class whose whole family is clear of imports, keywords, the clients and each other', () => {
    const names = resourceClassNames(['Dict', 'dict', 'a b', 'ab', 'a_b', 'AB', 'Resource', 'Model', 'None', 'Assistants', 'Async Assistants', ''], ['AcmeClient', 'AsyncAcmeClient']);
    expect(names).toEqual(['DictResource', 'DictResource_2', 'AB', 'Ab', 'AB_2', 'Ab_2', 'ResourceResource', 'ModelResource', 'NoneResource', 'Assistants', 'AsyncAssistants_2', 'Resources']);
    const family = names.flatMap(resourceClassFamily);
    expect(new Set(family).size).toBe(family.length);
    expect(resourceClassNames(['Acme Client'], ['AcmeClient'])).toEqual(['AcmeClient_2']);
    expect(resourceClassNames(['With Raw Response'], ['AcmeClient'])).toEqual(['WithRawResponse']);
  });

  it('keeps builtins out of the clients\' properties, but not out of a resource\'s methods', () => {
    const properties = clientMemberNamer();
    expect(['dict', 'list', 'str', 'assistants', 'close', 'dict'].map((name) => properties.allocate(name))).toEqual(['dict_', 'list_', 'str_', 'assistants', 'close_', 'dict__2']);
    expect(memberNamer().allocate('list')).toBe('list');
  });
});

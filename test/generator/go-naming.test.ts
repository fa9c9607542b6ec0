/**
 * The Go naming module (generator/lang/go/naming.ts) and the Go spelling of untrusted text (lang/go/literal.ts,
 * lang/go/struct.ts): table-driven, no Go toolchain needed. test/go/*.test.ts compiles and formats the real output.
 */
import { describe, expect, it } from 'vitest';
import { goComment, goString, jsonTag } from '../../generator/lang/go/literal.js';
import { exportedName, goPackageName, localNamer, memberNamer, packageNamer, unexportedName } from '../../generator/lang/go/naming.js';
import { defaultGoModule } from '../../generator/ir/build/document.js';
import { runtimeFile } from '../../generator/targets/go/index.js';
import { structFields } from '../../generator/lang/go/struct.js';
import { fieldNames } from '../../generator/lang/go/types.js';
import type { Property } from '../../generator/ir/model.js';

describe('exportedName: Go initialisms, never empty, never a leading digit', () => {
  const cases: [string, string][] = [
    ['call_sid', 'CallSID'],
    ['llm_settings', 'LLMSettings'],
    ['voice_id', 'VoiceID'],
    ['http_config', 'HTTPConfig'],
    ['sms', 'SMS'],
    ['getBySid', 'GetBySID'],
    ['getRecordingUrl', 'GetRecordingURL'],
    ['media_urls', 'MediaURLs'],
    ['tool_ids', 'ToolIDs'],
    ['tenDlc', 'TenDLC'],
    ['status-update', 'StatusUpdate'],
    ['Café crème', 'CafeCreme'],
    ['2fa_enabled', 'V2faEnabled'],
    ['日本', 'Value'],
    ['', 'Value'],
  ];
  it.each(cases)('%s → %s', (text, expected) => expect(exportedName(text)).toBe(expected));
});

describe('unexportedName: lower first word, initialisms whole', () => {
  const cases: [string, string][] = [
    ['assistant_id', 'assistantID'],
    ['ID', 'id'],
    ['url', 'url'],
    ['call_sid', 'callSID'],
    ['9lives', 'v9lives'],
  ];
  it.each(cases)('%s → %s', (text, expected) => expect(unexportedName(text)).toBe(expected));
});

describe('namers', () => {
  it('arguments avoid keywords, predeclared identifiers and the method body locals, and are unique', () => {
    const locals = localNamer();
    expect(['type', 'range', 'string', 'len', 'ctx', 'params', 'err', 'url', 'id', 'id'].map((name) => locals.allocate(name))).toEqual([
      'typeArg',
      'rangeArg',
      'stringArg',
      'lenArg',
      'ctxArg',
      'paramsArg',
      'errArg',
      'urlArg',
      'id',
      'id2',
    ]);
  });

  it('package names do not take the runtime exports', () => {
    const names = packageNamer(['Client', 'File', 'APIError']);
    expect(['Client', 'File', 'Assistant', 'Assistant'].map((name) => names.allocate(name))).toEqual(['ClientModel', 'FileModel', 'Assistant', 'Assistant2']);
  });

  it('struct fields never take the event methods, and colliding wire names get distinct fields', () => {
    const property = (wireName: string): Property => ({ wireName, name: wireName, schema: { kind: 'unknown', description: '' }, required: false, readOnly: false, writeOnly: false, deprecated: false, description: '' });
    expect(fieldNames(['event_type', 'webhook_name', 'user_id', 'userId', 'type'].map(property))).toEqual(['EventTypeField', 'WebhookNameField', 'UserID', 'UserID2', 'Type']);
    expect(memberNamer().allocate('Type')).toBe('Type');
  });
});

describe('goString: a Go string literal for any text', () => {
  const cases: [string, string][] = [
    ['plain', '"plain"'],
    ['quote " and \\ backslash', '"quote \\" and \\\\ backslash"'],
    ['line\nbreak\r\ttab', '"line\\nbreak\\r\\ttab"'],
    ['nul\u0000 del\u007f', '"nul\\u0000 del\\u007f"'],
    ['é and 😀', '"\\u00e9 and \\U0001f600"'],
    ['lone \ud800 surrogate', '"lone \\ufffd surrogate"'],
    ['`backquote` ${x}', '"`backquote` ${x}"'],
  ];
  it.each(cases)('%j', (text, expected) => expect(goString(text)).toBe(expected));

  it('is what Go reads back (JSON escapes are a subset of Go\'s for these)', () => {
    expect(JSON.parse(goString('a "b" \\ c\n').replace(/\\U([0-9a-f]{8})/g, ''))).toBe('a "b" \\ c\n');
  });
});

describe('jsonTag: wire names kept exactly, or left out when a tag cannot hold them', () => {
  const cases: [string, boolean, string][] = [
    ['llm_settings', false, '`json:"llm_settings"`'],
    ['phoneNumber', true, '`json:"phoneNumber,omitempty"`'],
    ['__proto__', false, '`json:"__proto__"`'],
    ['a,b', false, '`json:"-"`'],
    ['back`tick', false, '`json:"-"`'],
    ['quo"te', false, '`json:"-"`'],
    ['ünï', false, '`json:"-"`'],
  ];
  it.each(cases)('%s', (wire, omit, expected) => expect(jsonTag(wire, omit)).toBe(expected));
});

describe('goComment: untrusted text cannot leave the comment, and gofmt leaves it as written', () => {
  it('re-prefixes every kind of line break and drops control characters', () => {
    const comment = goComment('\t', 'one\rtwo\u2028three\u0085four\u0000five */ package main');
    expect(comment).toBe('\t// one\n\t// two\n\t// three\n\t// four five */ package main\n');
    for (const line of comment.split('\n').filter(Boolean)) expect(line.startsWith('\t// ')).toBe(true);
  });

  it('collapses blank runs and indentation (no doc-comment code blocks or lists)', () => {
    expect(goComment('', 'Para one.\n\n\n    code\n  - item', '', undefined, 'Second.')).toBe('// Para one.\n//\n// code\n// - item\n//\n// Second.\n');
  });

  it('ends would-be old-style headings with a period, and neutralises `` quotes and link definitions', () => {
    expect(goComment('', 'Intro.', 'Inbound SMS', 'Body text.')).toBe('// Intro.\n//\n// Inbound SMS.\n//\n// Body text.\n');
    expect(goComment('', 'Intro.', 'POST /api/v1/x', 'Body.')).toContain('// POST /api/v1/x\n');
    expect(goComment('', 'use ``name`` and \'\'x\'\'')).toBe("// use `name` and 'x'\n");
    expect(goComment('', '[docs]: https://example.com')).toBe('// [docs] : https://example.com\n');
  });

  it('is empty when there is nothing to say', () => {
    expect(goComment('', '', '  \n ', undefined)).toBe('');
  });
});

describe('structFields: gofmt alignment', () => {
  it('aligns names per run, types only across tagged lines, and breaks runs at comments', () => {
    const text = structFields(
      [
        { doc: '', name: 'ID', type: 'int', tag: '`json:"id"`' },
        { doc: '', name: 'LongerName', type: '*string', tag: '`json:"longer_name,omitempty"`' },
        { doc: '', name: 'Extra', type: 'map[string]any', tag: '' },
        { doc: '\t// Documented.\n', name: 'X', type: 'bool', tag: '`json:"x"`' },
        { doc: '', name: '', type: '*Embedded', tag: '' },
      ],
      '\t',
    );
    expect(text).toBe(
      [
        '\tID         int     `json:"id"`',
        '\tLongerName *string `json:"longer_name,omitempty"`',
        '\tExtra      map[string]any',
        '\t// Documented.',
        '\tX bool `json:"x"`',
        '\t*Embedded',
        '',
      ].join('\n'),
    );
  });
});

describe('goPackageName: from the module path, else the client; a valid identifier Go allows as a package name', () => {
  const cases: [string, string, string][] = [
    ['github.com/burki-ai/burki-go', 'BurkiClient', 'burki'],
    ['github.com/acme/go-acme', 'AcmeClient', 'acme'],
    ['github.com/acme/acme-go/v3', 'AcmeClient', 'acme'],
    ['example.com/my_api-go', 'X', 'myapi'],
    ['example.com/Café', 'X', 'cafe'],
    ['example.com/type-go', 'TypeClient', 'typesdk'],
    ['example.com/string', 'WidgetClient', 'widget'],
    ['example.com/main', 'Client', 'mainsdk'],
    ['example.com/9lives', 'NineClient', 'nine'],
    ['example.com/9lives', '9Client', 'sdk'],
    ['example.com/option', 'Client', 'optionsdk'],
    ['example.com/go', 'Client', 'gosdk'],
  ];
  it.each(cases)('%s (%s) → %s', (module, client, expected) => {
    const name = goPackageName(module, client);
    expect(name).toBe(expected);
    expect(name).toMatch(/^[a-z][a-z0-9]*$/);
  });
});

describe('defaultGoModule: example.com/<kebab-title>-go, a valid module path', () => {
  const cases: [string, string][] = [
    ['Burki API', 'example.com/burki-api-go'],
    ['Acme  Widgets (v2)', 'example.com/acme-widgets-v2-go'],
    ['日本', 'example.com/sdk-go'],
    ['', 'example.com/sdk-go'],
    ['Café crème', 'example.com/cafe-creme-go'],
  ];
  it.each(cases)('%s → %s', (title, expected) => expect(defaultGoModule(title)).toBe(expected));
});

describe('runtimeFile: exactly the package clause and the module import path are substituted', () => {
  const source = 'package sdk\n\nimport (\n\t"fmt"\n\n\t"example.com/sdk-go/option"\n)\n\n// package sdk in a comment stays; so does "example.com/sdk-go" without a slash.\nvar _ = fmt.Sprint(option.X, "sdk")\n';
  it('rewrites the clause and the import, nothing else', () => {
    expect(runtimeFile(source, 'acme', 'github.com/acme/acme-go')).toBe(source.replace('package sdk\n', 'package acme\n').replace('"example.com/sdk-go/option"', '"github.com/acme/acme-go/option"'));
  });
  it('leaves the option package alone', () => {
    expect(runtimeFile('package option\n', 'acme', 'github.com/acme/acme-go')).toBe('package option\n');
  });
});

describe('fieldNames', () => {
  const property = (wireName: string): Property =>
    ({ wireName, name: wireName, required: true, description: '', schema: { kind: 'primitive', type: 'string', description: '' } }) as unknown as Property;
  // A wire name repeated by an allOf is merged in the model (ir/lookup.ts objectOf, test/generator/lookup.test.ts).
  it('numbers distinct wire names whose Go names collide', () => {
    expect(fieldNames([property('id'), property('ID')])).toEqual(['ID', 'ID2']);
  });
});

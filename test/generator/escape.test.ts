import { describe, expect, it } from 'vitest';
import { commentText, jsDoc, markdownCell, markdownCode, markdownFence, markdownProse } from '../../generator/emit/escape.js';
import { literal } from '../../generator/lang/ts/literal.js';

describe('comment escaping', () => {
  it('cannot close a JSDoc block', () => {
    const doc = jsDoc('Ends here */ export const pwned = 1; /* and more');
    expect(doc.match(/\*\//g)).toHaveLength(1);
    expect(doc.endsWith('*/')).toBe(true);
    expect(doc).toContain('*\\/ export const pwned');
  });

  it('keeps paragraphs and normalises line breaks', () => {
    expect(jsDoc('First line\r\nsecond', 'Another')).toBe('/**\n * First line\n * second\n *\n * Another\n */');
    expect(jsDoc('', undefined)).toBe('');
    expect(commentText('a\u2028b')).toBe('a b');
  });
});

describe('Markdown escaping', () => {
  it('neutralises HTML in prose but keeps Markdown', () => {
    expect(markdownProse('**Bold** <script>alert(1)</script>')).toBe('**Bold** &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('leaves code spans and fences as written, where Markdown shows them literally', () => {
    expect(markdownProse('Send `Authorization: Bearer <key>` & <b>x</b>')).toBe('Send `Authorization: Bearer <key>` &amp; &lt;b&gt;x&lt;/b&gt;');
    expect(markdownProse('```\n<tag>\n```')).toBe('```\n<tag>\n```');
    expect(markdownProse('[click](javascript:alert(1))')).toBe('[click](#blocked-javascript:alert(1))');
  });

  it('keeps a table cell on one line without pipes', () => {
    expect(markdownCell('a | b\nc <img>')).toBe('a \\| b c &lt;img&gt;');
  });

  it('fences code with a longer fence than any backtick run inside', () => {
    expect(markdownFence('ts', 'a ``` b')).toBe('````ts\na ``` b\n````');
    expect(markdownCode('a`b')).toBe('``a`b``');
  });
});

describe('literals', () => {
  it('writes data as a safe TypeScript expression', () => {
    const text = literal({ path: '/a/{b}', note: '*/`${x}`', ['__proto__']: [1], list: [true, null] });
    const value = new Function(`return ${text};`)() as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['path', 'note', '__proto__', 'list']);
    expect(value.note).toBe('*/`${x}`');
  });
});

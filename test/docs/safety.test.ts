/**
 * Spec text is untrusted. The site's renderers keep it text: raw HTML in Markdown is shown escaped, images become
 * links, only http(s) and mailto links survive from the spec, and the hostile fixture's whole site carries no element,
 * attribute or URL that could run anything (the browser test opens it too).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { docsTarget } from '../../generator/targets/docs/index.js';
import { highlight } from '../../generator/targets/docs/site/highlight.js';
import { HtmlRenderer, safeHref } from '../../generator/targets/docs/site/html.js';
import { markdownText } from '../../generator/targets/docs/site/twin.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('links', () => {
  it.each([
    ['javascript:alert(1)', true, undefined],
    ['java\tscript:alert(1)', true, undefined],
    [' JAVASCRIPT:alert(1)', false, undefined],
    ['data:text/html,<script>', true, undefined],
    ['vbscript:x', true, undefined],
    ['//evil.example/x', true, undefined],
    ['https://burki.dev/dashboard', false, 'https://burki.dev/dashboard'],
    ['mailto:support@burki.dev', false, 'mailto:support@burki.dev'],
    ['types/Call.html', false, undefined],
    ['types/Call.html', true, '../types/Call.html'],
    ['#section', true, '#section'],
  ])('%j (trusted: %s) → %s', (href, trusted, expected) => {
    expect(safeHref(href, '../', trusted)).toBe(expected);
  });
});

describe('spec Markdown in a page', () => {
  const render = (markdown: string) => new HtmlRenderer('../').blocks([{ kind: 'prose', markdown }], (slug) => slug);
  const inline = (prose: string) => new HtmlRenderer('').inline([{ prose }]);

  it('shows raw HTML as text', () => {
    expect(render('Hi <img src=x onerror=alert(1)> and <script>alert(1)</script>')).not.toMatch(/<(img|script)/);
    expect(render('<div onclick="x()">block</div>')).toContain('&lt;div onclick=&quot;x()&quot;&gt;');
    expect(inline('a <b onmouseover=alert(1)>b</b>')).toBe('a &lt;b onmouseover=alert(1)&gt;b&lt;/b&gt;');
  });

  it('keeps http(s) links, drops script links and turns images into links', () => {
    expect(render('[docs](https://burki.dev)')).toContain('<a href="https://burki.dev" rel="nofollow noopener">docs</a>');
    expect(render('[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1))')).not.toContain('href');
    expect(render('![logo](https://x.example/a.png)')).toBe('<p><a href="https://x.example/a.png" rel="nofollow noopener">logo</a></p>\n');
    expect(render('[rel](../../etc/passwd)')).not.toContain('href');
  });

  it('quotes attributes it writes from spec text', () => {
    expect(render('[x](https://a.example/"onmouseover="alert(1))')).not.toMatch(/href="[^"]*"\s*onmouseover/);
  });

  it('renders plain paragraphs and code spans as marked does (the fast path)', async () => {
    const { marked } = await import('marked');
    for (const text of ['Send `Authorization: Bearer <key>` & wait.', 'Two\nlines, `a` and ` b `.', 'First paragraph.\n\nSecond with `x<y`.', 'Plain text only']) {
      expect(render(text).replace(/\s+/g, ' ').trim(), text).toBe((marked.parse(text, { async: false }) as string).replace(/\s+/g, ' ').trim());
    }
  });

  it('makes headings strong text, keeping the page outline', () => {
    expect(render('## Injected heading')).toBe('<p><strong>Injected heading</strong></p>\n');
  });
});

describe('code and Markdown text', () => {
  it('escapes code around its highlighted tokens', () => {
    expect(highlight('const a = "</script><script>alert(1)</script>"; // <b>', 'typescript')).toBe(
      '<span class="hljs-keyword">const</span> a = <span class="hljs-string">&quot;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</span>; <span class="hljs-comment">// &lt;b&gt;</span>',
    );
    expect(highlight('{"a<": [1, true, null]}', 'json')).toBe('{<span class="hljs-attr">&quot;a&lt;&quot;</span>: [<span class="hljs-number">1</span>, <span class="hljs-literal">true</span>, <span class="hljs-literal">null</span>]}');
    expect(highlight('<i>', 'cobol')).toBe('&lt;i&gt;');
  });

  it('prints literal text in the Markdown twins', () => {
    expect(markdownText('[x](javascript:y) *a* <img> | `c`')).toBe('\\[x\\](javascript:y) \\*a\\* &lt;img&gt; \\| \\`c\\`');
  });
});

describe('the hostile fixture site', async () => {
  const { files } = await generate(path.join(ROOT, 'test/fixtures/specs/hostile.yaml'), { targets: [docsTarget] });
  const pages = [...files].filter(([file]) => file.startsWith('docs/site/') && file.endsWith('.html'));

  it('has no script but the site script, no event handler, no foreign element, and a CSP', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const [file, html] of pages) {
      const body = html.replace(/<!--[\s\S]*?-->/g, '');
      expect(body.match(/<script\b[^>]*>/g), file).toEqual([expect.stringMatching(/^<script type="module" src="(\.\.\/)*assets\/site\.js">$/)]);
      // Real tags only: spec text is escaped, so its `<` is `&lt;` and never starts one.
      // Attribute values are double-quoted with `"` escaped, so emptying them leaves only attribute names.
      const tags = (body.match(/<[a-z][^>]*>/gi) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
      expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag)), file).toEqual([]);
      expect(tags.filter((tag) => /^<(img|iframe|object|embed|svg|math|form|base|style)\b/i.test(tag) || /http-equiv="refresh"/i.test(tag)), file).toEqual([]);
      expect(body, file).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';`);
      for (const [, url] of body.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) expect(url, file).toMatch(/^(https?:\/\/|mailto:|#|(\.\.\/)*[\w.-]+(\/[\w.-]+)*(#[^"]*)?$)/);
    }
  });

  it('shows the injected markup as text', () => {
    const html = pages.map(([, contents]) => contents).join('\n');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const twins = [...files].filter(([file]) => file.startsWith('docs/') && (file.endsWith('.md') || file.endsWith('.txt'))).map(([, contents]) => contents).join('\n');
    expect(twins).not.toMatch(/<(img|script)\b/i);
  });
});

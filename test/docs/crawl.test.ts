/**
 * A crawl of the whole docs output, Burki's and the hostile fixture's: every internal link of every HTML page, every
 * Markdown file (the reference, the site's twins, llms.txt) resolves to a file of the output and, with a fragment,
 * to an id of that page (HTML) or a heading's GitHub slug (Markdown, computed here as GitHub does, with `-1` for a
 * repeated one). No page repeats an id. Generated in process with the docs target only.
 */
import path from 'node:path';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { docsTarget } from '../../generator/targets/docs/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The hrefs and ids of an HTML page (the generator writes attributes double-quoted). */
function htmlLinks(html: string): { hrefs: string[]; ids: string[] } {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  return {
    hrefs: [...withoutComments.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => decodeEntities(match[1]!)),
    ids: [...withoutComments.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1]!)),
  };
}

function tokenText(tokens: readonly Token[]): string {
  return tokens.map((token) => ('tokens' in token && token.tokens ? tokenText(token.tokens) : decodeEntities((token as Tokens.Text).text ?? ''))).join('');
}

/** GitHub's heading anchors (github-slugger): lower case, punctuation but `-` and `_` dropped, spaces to `-`, repeats numbered. */
function githubAnchors(headings: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headings.map((heading) => {
    const slug = heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug);
    seen.set(slug, (count ?? 0) + 1);
    return count === undefined ? slug : `${slug}-${count}`;
  });
}

/** The link targets and heading anchors of a Markdown file, as marked (GitHub-flavoured) reads it. */
function markdownLinks(markdown: string): { hrefs: string[]; ids: string[] } {
  const hrefs: string[] = [];
  const headings: string[] = [];
  marked.walkTokens(marked.lexer(markdown, { gfm: true }), (token) => {
    if (token.type === 'link' || token.type === 'image') hrefs.push((token as Tokens.Link).href);
    if (token.type === 'heading') headings.push(tokenText((token as Tokens.Heading).tokens));
  });
  return { hrefs, ids: githubAnchors(headings) };
}

/** Problems with the internal links of `files` (paths relative to the output root). */
function brokenLinks(files: ReadonlyMap<string, string>): string[] {
  const anchors = new Map<string, Set<string>>();
  const links = new Map<string, string[]>();
  const problems: string[] = [];
  for (const [file, contents] of files) {
    const parsed = file.endsWith('.html') ? htmlLinks(contents) : file.endsWith('.md') || file.endsWith('llms.txt') ? markdownLinks(contents) : undefined;
    if (!parsed) continue;
    const ids = new Set(parsed.ids);
    if (file.endsWith('.html') && ids.size !== parsed.ids.length) problems.push(`${file}: repeated ids ${parsed.ids.filter((id, index) => parsed.ids.indexOf(id) !== index).join(', ')}`);
    anchors.set(file, ids);
    links.set(file, parsed.hrefs);
  }
  for (const [file, hrefs] of links) {
    for (const href of hrefs) {
      if (/^(https?:|mailto:)/i.test(href)) continue;
      const [target = '', fragment] = href.split('#');
      const resolved = target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(target)));
      if (!files.has(resolved)) problems.push(`${file}: ${href} → no file ${resolved}`);
      else if (fragment !== undefined && fragment !== '' && !anchors.get(resolved)?.has(decodeURIComponent(fragment))) problems.push(`${file}: ${href} → no anchor #${fragment} in ${resolved}`);
    }
  }
  return problems;
}

describe.each(['spec/openapi.yaml', 'test/fixtures/specs/hostile.yaml', 'test/fixtures/specs/untagged.yaml'])('the docs of %s', async (spec) => {
  const { files } = await generate(path.join(ROOT, spec), { targets: [docsTarget] });
  const docs = new Map([...files].filter(([file]) => file.startsWith('docs/')));

  it('link only to files and anchors that exist', () => {
    const checked = [...docs.keys()].filter((file) => /\.(html|md)$|llms\.txt$/.test(file));
    expect(checked.length).toBeGreaterThan(10);
    expect(brokenLinks(docs)).toEqual([]);
  });

  it('give every HTML page a Markdown twin, listed in llms.txt', () => {
    const pages = [...docs.keys()].filter((file) => file.startsWith('docs/site/') && file.endsWith('.html'));
    const llms = docs.get('docs/site/llms.txt') ?? '';
    for (const page of pages) {
      const twin = page.replace(/\.html$/, '.md');
      expect(docs.has(twin), twin).toBe(true);
      expect(llms, twin).toContain(`](${twin.slice('docs/site/'.length)})`);
    }
  });
});

describe('the crawl itself', () => {
  it('finds a missing page, a missing anchor and a repeated id', () => {
    const files = new Map([
      ['docs/site/a.html', '<a href="b.html#x">b</a><a href="c.html">c</a><h2 id="y">y</h2><h2 id="y">y</h2>'],
      ['docs/site/b.html', '<h1 id="z">z</h1>'],
      ['docs/a.md', '# Title\n\n[t](#title) [u](#untitled) [b](b.md)'],
    ]);
    expect(brokenLinks(files)).toEqual([
      'docs/site/a.html: repeated ids y',
      'docs/site/a.html: b.html#x → no anchor #x in docs/site/b.html',
      'docs/site/a.html: c.html → no file docs/site/c.html',
      'docs/a.md: #untitled → no anchor #untitled in docs/a.md',
      'docs/a.md: b.md → no file docs/b.md',
    ]);
  });

  it('numbers repeated Markdown headings as GitHub does', () => {
    expect(githubAnchors(['sms_received', 'Parameters', 'Parameters', 'assistants.create()'])).toEqual(['sms_received', 'parameters', 'parameters-1', 'assistantscreate']);
  });
});

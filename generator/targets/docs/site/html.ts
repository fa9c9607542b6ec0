/**
 * Blocks → HTML. Every string is escaped here for where it lands (text, attribute); Markdown from the spec is
 * rendered by marked with raw HTML shown as text, images as links and only http(s) and mailto links kept; code is
 * highlighted at build time (highlight.ts: escaped text in spans).
 */
import { Marked, type Tokens } from 'marked';
import type { Block, Inline } from './blocks.js';
import { githubSlug } from '../slug.js';
import { escapeHtml } from './escape.js';
import { highlight } from './highlight.js';
import { BoundedCache } from './cache.js';

export { escapeHtml };

/** What makes inline Markdown more than text and code spans: emphasis, links, HTML, escapes, entities, autolinks. */
const INLINE_MARKDOWN = /[*_`[\]<>&\\!~]|:\/\/|www\.|@/;

/** Single-backtick code spans whose content has no backtick (CommonMark: the same as any longer run's rules). */
const CODE_SPANS = /(?<!`)`([^`]+)`(?!`)/g;

/** Text with code spans: escaped text, `<code>` for each span (one space stripped from both ends when both have one). */
function codeSpans(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(CODE_SPANS)) {
    const content = match[1]!;
    const inner = content.length > 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() ? content.slice(1, -1) : content;
    html += `${escapeHtml(text.slice(last, match.index))}<code>${escapeHtml(inner)}</code>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** A line that starts a Markdown block other than a paragraph: heading, list, quote, fence, table, HTML, indented code. */
const BLOCK_MARKDOWN = /^(?: {0,3}(?:[#>*+=|<~`_-]|\d+[.)](?:\s|$))| {4}|\t)|\|/m;

/** Inline spec Markdown → HTML; the same for every page (spec links are absolute or dropped). Bounded. */
const INLINE_CACHE = new BoundedCache<string, string>(20_000);

const EXTERNAL = /^(https?:\/\/|mailto:)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The href of a link, or undefined when it may not be one: http(s) and mailto always; a path within the site only
 * in text the generator wrote (`root` prefixed). Control characters and spaces are stripped before the scheme is
 * read, as browsers do (`java\tscript:`).
 */
export function safeHref(href: string, root: string, trusted: boolean): string | undefined {
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (EXTERNAL.test(compact)) return compact;
  if (!trusted || SCHEME.test(compact) || compact.startsWith('//')) return undefined;
  return compact.startsWith('#') ? compact : `${root}${compact}`;
}

/** A marked instance for one kind of text: spec Markdown (untrusted) or the generator's own (trusted links). */
function markdownRenderer(trusted: boolean, root: string) {
  return new Marked({
    gfm: true,
    async: false,
    renderer: {
      html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
      image: ({ href, text }: Tokens.Image) => {
        const safe = safeHref(href, root, trusted);
        return safe ? `<a href="${escapeHtml(safe)}" rel="nofollow noopener">${escapeHtml(text || safe)}</a>` : escapeHtml(text);
      },
      link(token: Tokens.Link) {
        const inner = this.parser.parseInline(token.tokens);
        const safe = safeHref(token.href, root, trusted);
        if (!safe) return inner;
        const external = EXTERNAL.test(safe) ? ' rel="nofollow noopener"' : '';
        return `<a href="${escapeHtml(safe)}"${external}>${inner}</a>`;
      },
      code: ({ text, lang }: Tokens.Code) => `<pre><code class="hljs">${highlight(text, (lang ?? '').trim())}</code></pre>\n`,
    },
  });
}

/** Renders Markdown; headings inside spec prose become strong paragraphs (the page's outline is the generator's). */
export class MarkdownHtml {
  private readonly untrusted: Marked;
  private readonly trusted: Marked;

  private constructor(root: string) {
    this.untrusted = markdownRenderer(false, root);
    this.trusted = markdownRenderer(true, root);
  }

  private static readonly byRoot = new Map<string, MarkdownHtml>();

  /** One pair of marked instances per page depth (links are prefixed with the way back to the root). */
  static forRoot(root: string): MarkdownHtml {
    let instance = MarkdownHtml.byRoot.get(root);
    if (!instance) MarkdownHtml.byRoot.set(root, (instance = new MarkdownHtml(root)));
    return instance;
  }

  block(markdown: string, trusted: boolean, ids?: (text: string) => string): string {
    // Most descriptions are plain paragraphs: those skip the block lexer (their inline Markdown still gets rendered).
    if (!trusted && !BLOCK_MARKDOWN.test(markdown)) {
      return markdown
        .split(/\n[ \t]*\n/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph) => `<p>${this.inline(paragraph)}</p>\n`)
        .join('');
    }
    const marked = trusted ? this.trusted : this.untrusted;
    const tokens = marked.lexer(markdown);
    const html: string[] = [];
    for (const token of tokens) {
      if (token.type === 'heading') {
        const inner = marked.parseInline((token as Tokens.Heading).text) as string;
        if (ids) {
          const level = Math.min(6, (token as Tokens.Heading).depth + 1);
          html.push(`<h${level} id="${escapeHtml(ids(githubSlug(headingText(inner))))}">${inner}</h${level}>\n`);
        } else html.push(`<p><strong>${inner}</strong></p>\n`);
      } else html.push(marked.parser([token]) as string);
    }
    return html.join('');
  }

  /**
   * Inline Markdown. Text with nothing Markdown would read but single-backtick code spans (most descriptions) is
   * escaped around its spans here; anything else goes through marked.
   */
  inline(markdown: string): string {
    // The same descriptions come back on type pages and in every operation that uses the type: rendered once.
    let html = INLINE_CACHE.get(markdown);
    if (html === undefined) {
      const text = markdown.replace(/\s+/g, ' ').trim();
      html = INLINE_MARKDOWN.test(text.replace(CODE_SPANS, '')) ? (this.untrusted.parseInline(text) as string) : codeSpans(text);
      INLINE_CACHE.set(markdown, html);
    }
    return html;
  }
}

/** The text of rendered inline HTML, as GitHub slugs it (tags dropped, entities read). */
function headingText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of inline content (for slugs, titles and search). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => (typeof inline === 'string' ? inline : 'code' in inline ? inline.code : 'href' in inline ? plainText(inline.text) : inline.prose))
    .join('');
}

export class HtmlRenderer {
  private readonly markdown: MarkdownHtml;

  constructor(private readonly root: string) {
    this.markdown = MarkdownHtml.forRoot(root);
  }

  inline(inlines: readonly Inline[]): string {
    return inlines
      .map((inline) => {
        if (typeof inline === 'string') return escapeHtml(inline);
        if ('code' in inline) return `<code>${escapeHtml(inline.code)}</code>`;
        if ('prose' in inline) return this.markdown.inline(inline.prose);
        const href = safeHref(inline.href, this.root, true);
        return href ? `<a href="${escapeHtml(href)}">${this.inline(inline.text)}</a>` : this.inline(inline.text);
      })
      .join('');
  }

  blocks(blocks: readonly Block[], ids: (text: string) => string): string {
    return blocks.map((block) => this.block(block, ids)).join('');
  }

  private block(block: Block, ids: (text: string) => string): string {
    switch (block.kind) {
      case 'heading': {
        const id = escapeHtml(ids(githubSlug(plainText(block.text))));
        return `<h${block.level} id="${id}"><a class="anchor" href="#${id}" aria-label="Link to this section">#</a>${this.inline(block.text)}</h${block.level}>\n`;
      }
      case 'prose':
        return this.markdown.block(block.markdown, block.trusted ?? false, block.headingIds ? ids : undefined);
      case 'paragraph':
        return `<p${block.className ? ` class="${escapeHtml(block.className)}"` : ''}>${this.inline(block.text)}</p>\n`;
      case 'list':
        return `<ul>\n${block.items.map((item) => `<li>${this.inline(item)}</li>\n`).join('')}</ul>\n`;
      case 'table': {
        const head = block.head.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('');
        const rows = block.rows.map((row) => `<tr>${row.map((cell) => `<td>${this.inline(cell)}</td>`).join('')}</tr>\n`).join('');
        return `<div class="table-wrap"><table${block.className ? ` class="${escapeHtml(block.className)}"` : ''}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}</tbody></table></div>\n`;
      }
      case 'code':
        return `<div class="code">${block.title ? `<div class="code-title">${escapeHtml(block.title)}</div>` : ''}<button type="button" class="copy" aria-label="Copy code">Copy</button><pre><code class="hljs language-${escapeHtml(block.language)}">${highlight(block.code, block.language)}</code></pre></div>\n`;
      case 'samples':
        return this.samples(block);
      case 'section': {
        const main = this.blocks(block.blocks, ids);
        const aside = block.aside ? `<div class="aside">\n${this.blocks(block.aside, ids)}</div>\n` : '';
        return `<section class="entry${aside ? ' with-aside' : ''}">\n<div class="main">\n${main}</div>\n${aside}</section>\n`;
      }
    }
  }

  /** Tabs: one button and one panel per sample, in the order given; site.js switches them (all at once, remembered). */
  private samples(block: Extract<Block, { kind: 'samples' }>): string {
    if (block.samples.length === 0) return '';
    const id = escapeHtml(block.id);
    const tabs = block.samples
      .map((sample, index) => {
        const lang = escapeHtml(sectionLang(sample.label));
        return `<button type="button" role="tab" id="${id}-tab-${lang}" aria-controls="${id}-panel-${lang}" aria-selected="${index === 0}" data-lang="${lang}"${index === 0 ? '' : ' tabindex="-1"'}>${escapeHtml(sample.label)}</button>`;
      })
      .join('');
    const panels = block.samples
      .map((sample, index) => {
        const lang = escapeHtml(sectionLang(sample.label));
        return `<div class="code" role="tabpanel" id="${id}-panel-${lang}" aria-labelledby="${id}-tab-${lang}" data-lang="${lang}"${index === 0 ? '' : ' hidden'}><button type="button" class="copy" aria-label="Copy code">Copy</button><pre><code class="hljs language-${escapeHtml(sample.highlight)}">${highlight(sample.source, sample.highlight)}</code></pre></div>\n`;
      })
      .join('');
    return `<div class="samples">\n<div class="tabs" role="tablist" aria-label="Samples">${tabs}</div>\n${panels}</div>\n`;
  }
}

/** A tab's language key (`curl`, `typescript`), the same on every page so a choice carries over. */
export function sectionLang(label: string): string {
  return githubSlug(label).replace(/[^a-z0-9-]/g, '') || 'code';
}

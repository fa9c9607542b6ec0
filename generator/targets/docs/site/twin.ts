/**
 * Blocks → Markdown: the `.md` twin of every page, for docs agents (llms.txt points at them). Links within the site
 * point at the twins; spec prose keeps its Markdown with raw HTML escaped (emit/escape.ts); text we print as text
 * has Markdown's punctuation escaped so it cannot turn into links or emphasis.
 */
import { markdownCell, markdownCode, markdownFence, markdownProse } from '../../../emit/escape.js';
import type { Block, Inline } from './blocks.js';

/** Literal text in Markdown: punctuation that would format is backslash-escaped, HTML characters are entities. */
export function markdownText(text: string): string {
  const escaped = text.replace(/\s+/g, ' ').replace(MARKDOWN_PUNCTUATION, '\\$&');
  return HTML_CHARACTER.test(escaped) ? escaped.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : escaped;
}

const MARKDOWN_PUNCTUATION = /[\\`*_[\]{}#|~!]/g;
const HTML_CHARACTER = /[&<>]/;

/** A link target in the twin: a page of the site becomes its `.md` twin; http(s) and mailto stay. */
function twinHref(href: string, root: string): string {
  if (/^(https?:|mailto:)/i.test(href) || href.startsWith('#')) return href;
  return `${root}${href.replace(/\.html(?=#|$)/, '.md')}`;
}

export class TwinRenderer {
  constructor(private readonly root: string) {}

  inline(inlines: readonly Inline[]): string {
    return inlines
      .map((inline) => {
        if (typeof inline === 'string') return markdownText(inline);
        if ('code' in inline) return markdownCode(inline.code);
        // Remembered per text by markdownCell itself (descriptions repeat across pages).
        if ('prose' in inline) return markdownCell(inline.prose);
        return `[${this.inline(inline.text)}](${twinHref(inline.href, this.root).replace(/[()\s]/g, encodeURIComponent)})`;
      })
      .join('');
  }

  blocks(blocks: readonly Block[]): string {
    return blocks.map((block) => this.block(block)).join('\n\n');
  }

  private block(block: Block): string {
    switch (block.kind) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${this.inline(block.text)}`;
      case 'prose':
        if (block.trusted) return block.markdown.trim().replace(/\]\(([^)\s]+)\)/g, (_, href: string) => `](${twinHref(href, this.root)})`);
        // Spec headings become strong lines (the page's outline is the generator's), except where the page keeps them.
        return block.headingIds
          ? markdownProse(block.markdown).replace(/^(#{1,5}) /gm, '#$1 ')
          : markdownProse(block.markdown).replace(/^#{1,6} +(.*)$/gm, '**$1**');
      case 'paragraph':
        return this.inline(block.text);
      case 'list':
        return block.items.map((item) => `- ${this.inline(item)}`).join('\n');
      case 'table': {
        const head = `| ${block.head.map(markdownText).join(' | ')} |\n| ${block.head.map(() => '---').join(' | ')} |`;
        return `${head}\n${block.rows.map((row) => `| ${row.map((cell) => this.inline(cell) || ' ').join(' | ')} |`).join('\n')}`;
      }
      case 'code':
        return `${block.title ? `${markdownText(block.title)}:\n\n` : ''}${markdownFence(block.language, block.code)}`;
      case 'samples':
        return block.samples.map((sample) => `${markdownText(sample.label)}:\n\n${markdownFence(sample.highlight, sample.source)}`).join('\n\n');
      case 'section':
        return this.blocks([...block.blocks, ...(block.aside ?? [])]);
    }
  }
}

/**
 * A page of the site as data: blocks of inline content, rendered twice, as HTML (html.ts) and as its Markdown twin
 * (twin.ts), so the two cannot say different things. Text from the spec stays text (`Inline` strings, `code`) or
 * untrusted Markdown (`prose`), escaped or sanitised by each renderer for its output; nothing here is pre-rendered.
 */
import type { CodeSample } from '../samples.js';

/**
 * Inline content: plain text, inline code, a link (an internal `href` is relative to the site root, `page.html#id`;
 * an external one must be http(s)), or Markdown from the spec (`prose`: rendered without raw HTML).
 */
export type Inline = string | { readonly code: string } | { readonly href: string; readonly text: readonly Inline[] } | { readonly prose: string };

export type Block =
  /** Its id is the GitHub slug of its text (numbered `-1`, `-2` when repeated), as the Markdown twin's is. */
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: readonly Inline[] }
  /** Markdown: from the spec (untrusted) or written by the generator (`trusted`: may link within the site). */
  | { readonly kind: 'prose'; readonly markdown: string; readonly trusted?: boolean; readonly headingIds?: boolean }
  | { readonly kind: 'paragraph'; readonly text: readonly Inline[]; readonly className?: string }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly (readonly Inline[])[])[]; readonly className?: string }
  | { readonly kind: 'code'; readonly language: string; readonly code: string; readonly title?: string }
  | { readonly kind: 'samples'; readonly id: string; readonly samples: readonly CodeSample[] }
  /** A deep-linkable part of the page (an operation, a webhook): its blocks, and optionally a side column. */
  | { readonly kind: 'section'; readonly blocks: readonly Block[]; readonly aside?: readonly Block[] };

export interface Page {
  /** Path under site/, `.html` (its twin is the same path with `.md`). */
  readonly path: string;
  readonly title: string;
  /** One line for llms.txt and the search results. */
  readonly summary: string;
  readonly blocks: readonly Block[];
  /** The navigation entry this page highlights. */
  readonly nav: string;
}

/** `resources/calls.html` → `../` (pages are at most one folder deep). */
export function rootOf(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').length - 1);
}

/** Heading ids as GitHub numbers repeated slugs: `x`, `x-1`, `x-2`. */
export class HeadingIds {
  private readonly used = new Set<string>();

  take(slug: string): string {
    let candidate = slug;
    for (let n = 1; this.used.has(candidate); n++) candidate = `${slug}-${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

/**
 * The search index, built at generate time with MiniSearch and loaded by the browser on first use: one document
 * per operation, webhook, stream, type and page. Titles are SDK names (`assistants.create()`), keywords the words of
 * operation ids and type names (`createAssistant` → `create assistant`), so "create assistant" finds the method.
 */
import MiniSearch from 'minisearch';
import { words } from '../../../lang/naming.js';

export interface SearchDocument {
  /** Path and anchor from the site root: `resources/assistants.html#assistantscreate`. */
  readonly id: string;
  readonly title: string;
  readonly kind: 'operation' | 'type' | 'page' | 'section' | 'webhook' | 'stream';
  readonly keywords: string;
  readonly text: string;
  /** One line under the title in the results. */
  readonly summary: string;
}

const OPTIONS = { fields: ['title', 'keywords', 'text'], storeFields: ['title', 'kind', 'summary'] };

/** `createAssistant`, `AssistantCreate` → `create assistant`, `assistant create`. */
export function keywordsOf(...names: string[]): string {
  return names.flatMap((name) => words(name).map((word) => word.toLowerCase())).join(' ');
}

/**
 * The index as JSON for `MiniSearch.loadJS(index, options)`. `<`, `>` and `&` are written as `\u003c`-style
 * escapes: the data is spec text, and a JSON file served as HTML by a misconfigured server must still show no markup.
 */
export function searchIndexJson(documents: readonly SearchDocument[]): string {
  const miniSearch = new MiniSearch<SearchDocument>(OPTIONS);
  const seen = new Set<string>();
  miniSearch.addAll(documents.filter((document) => !seen.has(document.id) && seen.add(document.id)));
  return JSON.stringify({ options: OPTIONS, index: miniSearch.toJSON() }).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The search data: one document per operation, webhook, stream, type and page, which the browser indexes with
 * MiniSearch on first use (templates/docs/site/search.js `loadIndex`; a few hundred documents take milliseconds
 * there, and building and serialising the index here took a tenth of the docs target's time). Titles are SDK names
 * (`assistants.create()`), keywords the words of operation ids and type names (`createAssistant` → `create
 * assistant`), so "create assistant" finds the method.
 */
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
 * The documents (each id once) and MiniSearch's options, as JSON for `loadIndex`. `<`, `>` and `&` are written as
 * `\u003c`-style escapes: the data is spec text, and a JSON file served as HTML by a misconfigured server must still
 * show no markup.
 */
export function searchIndexJson(documents: readonly SearchDocument[]): string {
  const seen = new Set<string>();
  const unique = documents.filter((document) => !seen.has(document.id) && seen.add(document.id));
  return JSON.stringify({ options: OPTIONS, documents: unique }).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Build-time highlighting of the samples the generator itself writes (TypeScript, Python, Go, curl, JSON): one
 * regular expression per language marks strings, comments, numbers, literals and keywords with highlight.js's class
 * names, and everything else is escaped. highlight.js did the same job at a fifth of the docs target's time; the
 * samples use a small, known part of each language, which is all this has to read.
 */
import { escapeHtml } from './escape.js';

interface Grammar {
  readonly comment?: string;
  readonly keywords: readonly string[];
  readonly literals: readonly string[];
}

const GRAMMARS: Record<string, Grammar> = {
  typescript: {
    comment: '//[^\\n]*',
    keywords: ['import', 'from', 'const', 'let', 'new', 'await', 'async', 'for', 'of', 'if', 'else', 'return', 'function', 'export', 'type'],
    literals: ['true', 'false', 'null', 'undefined'],
  },
  python: { comment: '#[^\\n]*', keywords: ['import', 'from', 'as', 'for', 'in', 'async', 'await', 'with', 'def', 'return', 'if', 'else', 'print'], literals: ['True', 'False', 'None'] },
  go: { comment: '//[^\\n]*', keywords: ['package', 'import', 'func', 'var', 'const', 'for', 'range', 'if', 'else', 'return', 'err', 'nil', 'defer'], literals: ['true', 'false', 'nil'] },
  bash: { comment: '(?<=^|\\s)#[^\\n]*', keywords: ['curl'], literals: [] },
  json: { keywords: [], literals: ['true', 'false', 'null'] },
};

function tokenizer(grammar: Grammar): RegExp {
  const words = (list: readonly string[]) => (list.length > 0 ? `\\b(?:${list.join('|')})\\b` : '(?!)');
  return new RegExp(
    [
      `(${grammar.comment ?? '(?!)'})`,
      // Strings: double, single and back quotes, no line breaks inside but in template strings.
      `("(?:[^"\\\\\\n]|\\\\.)*"|'(?:[^'\\\\\\n]|\\\\.)*'|\`(?:[^\`\\\\]|\\\\.)*\`)(\\s*:)?`,
      `(\\b-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)`,
      `(${words(grammar.literals)})`,
      `(${words(grammar.keywords)})`,
    ].join('|'),
    'g',
  );
}

const TOKENIZERS = new Map(Object.entries(GRAMMARS).map(([language, grammar]) => [language, tokenizer(grammar)]));

/** Highlighted code as HTML (spans with `hljs-*` classes around escaped text); unknown languages are only escaped. */
export function highlight(code: string, language: string): string {
  const pattern = TOKENIZERS.get(language);
  if (!pattern) return escapeHtml(code);
  let html = '';
  let last = 0;
  for (const match of code.matchAll(pattern)) {
    const [token, comment, string, colon, number, literal] = match;
    html += escapeHtml(code.slice(last, match.index));
    last = match.index + token.length;
    if (comment !== undefined) html += span('comment', comment);
    else if (string !== undefined) html += colon !== undefined && language === 'json' ? `${span('attr', string)}${colon}` : `${span('string', string)}${colon ?? ''}`;
    else if (number !== undefined) html += span('number', number);
    else if (literal !== undefined) html += span('literal', literal);
    else html += span('keyword', token);
  }
  return html + escapeHtml(code.slice(last));
}

function span(kind: string, text: string): string {
  return `<span class="hljs-${kind}">${escapeHtml(text)}</span>`;
}

/**
 * Escaping of untrusted spec text for each place it lands in the output. Templates never escape; the
 * view-models call these, so every string a template prints is already safe for its context.
 */
import { memoizeText } from './memo.js';

/** Text inside a `/** ... *\/` block comment: cannot close the comment and keeps its lines. */
export function commentText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/[\u2028\u2029]/g, ' ')
    .trim();
}

/** A JSDoc block from lines of text (empty when there is nothing to say). */
export function jsDoc(...paragraphs: (string | undefined)[]): string {
  const lines = paragraphs
    .filter((paragraph): paragraph is string => Boolean(paragraph && paragraph.trim()))
    .map(commentText)
    .join('\n\n')
    .split('\n');
  if (lines.length === 0 || (lines.length === 1 && lines[0] === '')) return '';
  return `/**\n${lines.map((line) => (line ? ` * ${line}` : ' *')).join('\n')}\n */`;
}

/**
 * Text for a one-line comment (`// ...` or `<!-- ... -->`): no line break can end the comment early, and
 * neither `*\/` nor `-->` can close an enclosing block or HTML comment.
 */
export function lineCommentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\*\//g, '*\\/').replace(/--+>?/g, (dashes) => dashes.split('').join(' ')).trim();
}

/** Neutralises script URLs in Markdown links and autolinks. */
function safeLinks(text: string): string {
  return text.replace(/\]\(\s*(javascript|vbscript|data):/gi, '](#blocked-$1:');
}

/** HTML special characters, for text that Markdown renderers would otherwise pass through as HTML. */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Escapes `<`, `>` and `&` outside Markdown code spans and fences, so spec text cannot inject raw HTML;
 * inside code, where Markdown shows characters literally, the text is left as written.
 */
function escapeOutsideCode(text: string): string {
  return text
    .split(/(```[\s\S]*?```|`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/**
 * Prose from the spec for a Markdown page: Markdown formatting is kept (descriptions are CommonMark), raw
 * HTML is neutralised so a description cannot inject markup or scripts into the rendered docs.
 */
export function markdownProse(text: string): string {
  return safeLinks(escapeOutsideCode(text.replace(/\r\n?/g, '\n').trim()));
}

/** Text for one Markdown table cell or list item: one line, no pipes, no HTML; inline Markdown is kept. */
export const markdownCell = memoizeText(function markdownCell(text: string): string {
  return safeLinks(escapeOutsideCode(text.replace(/\s+/g, ' ').trim())).replace(/\|/g, '\\|');
});

/** Inline code in Markdown: a backtick run longer than any inside the text. */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\|/g, '\\|').replace(/\s+/g, ' ')}${fence}`;
}

/** A fenced code block whose fence cannot be closed by the content. */
export function markdownFence(language: string, code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language.replace(/[^a-z0-9]/gi, '')}\n${code}\n${fence}`;
}

/** A heading anchor id for Markdown links, ASCII only. */
export function anchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ +/g, '-');
}

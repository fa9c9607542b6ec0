/**
 * Untrusted spec text in Python source: string literals, docstrings and comments that no input can break out of.
 */
import { memoizeText } from '../../emit/memo.js';

function escapeCodePoint(code: number): string {
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  if (code === 0x09) return '\\t';
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

/** A double-quoted Python string literal: printable ASCII as is, everything else escaped. */
export function pyString(text: string): string {
  let out = '"';
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!;
    if (code > 0xffff) index++;
    if (code === 0x22) out += '\\"';
    else if (code === 0x5c) out += '\\\\';
    else if (code >= 0x20 && code < 0x7f) out += String.fromCharCode(code);
    else out += escapeCodePoint(code);
  }
  return `${out}"`;
}

/** A Python literal for plain data: str, int/float, bool, None, lists and dicts. */
export function pyLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'string') return pyString(value);
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${pyString(key)}: ${pyLiteral(item)}`).join(', ')}}`;
  }
  throw new TypeError(`Cannot write a ${typeof value} as a Python literal.`);
}

/**
 * Docstring body text: backslashes and double quotes escaped (no `"""` can close it, no escape can start), control
 * characters and lone surrogates escaped, line ends normalised, trailing spaces cut.
 */
export function docText(text: string): string {
  const normalised = text.replace(/\r\n?|[\u2028\u2029\u0085\u000b\u000c]/g, '\n');
  // Backslashes, quotes, control characters but newline and tab, and lone surrogates (the u flag keeps pairs whole).
  const out = normalised.replace(/[\\"\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udfff]/gu, (char) =>
    char === '\\' ? '\\\\' : char === '"' ? '\\"' : escapeCodePoint(char.codePointAt(0)!),
  );
  return out
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\t/g, '    ')
    .trim();
}

/**
 * Prose lines longer than `width` broken at spaces (PEP 8); lines of fenced code, tables and indented blocks are
 * left whole, as a word longer than the width is.
 */
export function wrapProse(text: string, width: number): string {
  let fenced = false;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || line.length <= width || /^\s/.test(line) || /^\|/.test(line)) {
      out.push(line);
      continue;
    }
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
  }
  return out.join('\n');
}

/** A docstring at `indent` from paragraphs (empty string when there is nothing to say). */
export const docstring = memoizeText(function docstring(indent: string, ...paragraphs: (string | undefined)[]): string {
  const text = paragraphs
    .filter((paragraph): paragraph is string => Boolean(paragraph && paragraph.trim()))
    .map(docText)
    .filter(Boolean)
    .join('\n\n');
  if (!text) return '';
  const lines = wrapProse(text, Math.max(40, 114 - indent.length)).split('\n');
  if (lines.length === 1) return `${indent}"""${lines[0]}"""`;
  return `${indent}"""${lines[0]}\n${lines.slice(1).map((line) => (line ? `${indent}${line}` : '')).join('\n')}\n${indent}"""`;
});

/** Text for a `#` comment: one line. */
export function commentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085\u000b\u000c]+/g, ' ').trim();
}

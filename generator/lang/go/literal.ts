/**
 * Spec text in Go source: string literals and comments. Text is untrusted, so a literal escapes everything but
 * printable ASCII (a lone surrogate, which Go's \u escapes reject, becomes U+FFFD), and a comment is line comments
 * whose lines gofmt leaves exactly as written (no indentation, so no doc-comment lists or code blocks; one-line
 * paragraphs end in punctuation, so no headings).
 */
import { memoizeText } from '../../emit/memo.js';

/** A Go interpreted string literal (what strconv.Quote makes, with every non-ASCII character escaped). */
export function goString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd';
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** A struct tag's raw string: `json:"wire,omitempty"`. A wire name a tag cannot hold exactly is left out of JSON. */
export function jsonTag(wireName: string, omitEmpty: boolean): string {
  // Tag values are Go-quoted inside a backquoted string: backquotes, quotes, backslashes, commas and control
  // characters cannot be written there in a form encoding/json reads back as the same key.
  if (!/^[\x20-\x7e]+$/.test(wireName) || /[`"\\,]/.test(wireName)) return '`json:"-"`';
  return `\`json:"${wireName}${omitEmpty ? ',omitempty' : ''}"\``;
}

/** Whether jsonTag can keep this wire name. */
export function taggable(wireName: string): boolean {
  return /^[\x20-\x7e]+$/.test(wireName) && !/[`"\\,]/.test(wireName);
}

/**
 * Lines of `//` comment at an indent, from paragraphs of untrusted text: line breaks of every kind end a line
 * (never the comment), control characters go, each line is trimmed (so gofmt reads no list or code block) and
 * runs of blank lines become one. Empty when there is nothing to say.
 */
export const goComment = memoizeText(function goComment(indent: string, ...paragraphs: (string | undefined)[]): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    if (!paragraph || !paragraph.trim()) continue;
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    for (const raw of paragraph.split(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/)) {
      // eslint-disable-next-line no-control-regex
      const line = raw
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        // gofmt rewrites `` and '' as curly quotes, and moves `[name]: url` lines (link definitions) to the end.
        .replace(/`{2,}/g, '`')
        .replace(/'{2,}/g, "'")
        .replace(/^\[([^\]]*)\]:/, '[$1] :');
      if (line === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
      lines.push(line);
    }
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  // gofmt reads an old-style heading in a one-line paragraph that starts upper-case, ends in a letter or digit and
  // has no other punctuation than ( ) , (go/doc/comment isOldHeading): such a line gets a period.
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i]!;
    if (lines[i - 1] === '' && lines[i + 1] === '' && /^[A-Z]/.test(line) && /[A-Za-z0-9]$/.test(line) && !/[;:!?+*/=[\]{}_^°&§~%#@<">\\]/.test(line)) lines[i] += '.';
  }
  return lines.map((line) => (line ? `${indent}// ${line}\n` : `${indent}//\n`)).join('');
});

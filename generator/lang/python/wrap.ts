/**
 * PEP 8 line length for generated Python: a code line longer than the limit is split inside its last top-level
 * bracket, one element a line (black's "right-hand split"), and each element that is still too long is split the
 * same way. String literals are never cut; docstrings, comments and lines with a trailing comment are left as they
 * are (moving a `# type: ignore` to another line would change what it silences).
 */
import { memoizeText } from '../../emit/memo.js';

const OPEN = '([{';
const CLOSE = ')]}';

interface Bracket {
  readonly open: number;
  readonly close: number;
}

/** Index after the string literal starting at `start` (a quote, possibly after a prefix already passed). */
function skipString(line: string, start: number): number {
  const quote = line[start]!;
  for (let index = start + 1; index < line.length; index++) {
    if (line[index] === '\\') index++;
    else if (line[index] === quote) return index + 1;
  }
  return line.length;
}

/**
 * The top-level brackets of `code` and whether it holds a comment; undefined when the brackets do not balance or a
 * string does not close on the line (a triple-quoted string, for one).
 */
function scan(code: string): { brackets: Bracket[]; commas: number[]; comment: boolean } | undefined {
  const brackets: Bracket[] = [];
  const commas: number[] = [];
  const stack: number[] = [];
  for (let index = 0; index < code.length; index++) {
    const char = code[index]!;
    if (char === '"' || char === "'") {
      if (code.startsWith(char.repeat(3), index)) return undefined;
      index = skipString(code, index) - 1;
      if (index >= code.length - 1 && code[code.length - 1] !== char) return undefined;
    } else if (char === '#') {
      return { brackets, commas, comment: true };
    } else if (OPEN.includes(char)) {
      stack.push(index);
    } else if (CLOSE.includes(char)) {
      const open = stack.pop();
      if (open === undefined || OPEN.indexOf(code[open]!) !== CLOSE.indexOf(char)) return undefined;
      if (stack.length === 0) brackets.push({ open, close: index });
    } else if (char === ',' && stack.length === 0) {
      commas.push(index);
    }
  }
  return stack.length === 0 ? { brackets, commas, comment: false } : undefined;
}

/** The elements of a bracket's contents, split at its top-level commas, trimmed; a trailing comma gives no element. */
function elements(contents: string): { items: string[]; trailingComma: boolean } {
  const found = scan(contents);
  if (!found) return { items: [contents.trim()], trailingComma: false };
  const items: string[] = [];
  let start = 0;
  for (const comma of found.commas) {
    items.push(contents.slice(start, comma).trim());
    start = comma + 1;
  }
  const last = contents.slice(start).trim();
  if (last) items.push(last);
  return { items, trailingComma: last === '' && items.length > 0 };
}

/**
 * Whether a split bracket may end with an added comma: calls, literals and tuples, yes; a subscript (`X[...]`)
 * no (`Optional[X,]` is a tuple), nor a parenthesised single expression (`(x,)` would become a tuple).
 */
function commaAllowed(code: string, bracket: Bracket, count: number, trailingComma: boolean): boolean {
  if (trailingComma) return true;
  const kind = code[bracket.open];
  const before = code.slice(0, bracket.open).trimEnd();
  const follows = /[\w)\]]$/.test(before) && !/(^|\W)(return|in|and|or|not|is|if|else|yield|lambda)$/.test(before);
  if (kind === '[') return !follows;
  if (kind === '(') return follows || count > 1;
  return true;
}

/** `line` (one physical line of code) within `width` columns where brackets allow it. */
export function wrapLine(line: string, width = 120): string {
  if (line.length <= width) return line;
  const indent = /^ */.exec(line)![0];
  const code = line.slice(indent.length);
  const found = scan(code);
  if (!found || found.comment || found.brackets.length === 0) return line;
  // The last top-level bracket with something inside.
  const bracket = [...found.brackets].reverse().find((candidate) => candidate.close > candidate.open + 1);
  if (!bracket) return line;
  const { items, trailingComma } = elements(code.slice(bracket.open + 1, bracket.close));
  const comma = commaAllowed(code, bracket, items.length, trailingComma);
  const inner = `${indent}    `;
  const body = items.map((item, index) => {
    const separator = index < items.length - 1 || comma ? ',' : '';
    return wrapLine(`${inner}${item}${separator}`, width);
  });
  return [`${indent}${code.slice(0, bracket.open + 1)}`, ...body, `${indent}${code.slice(bracket.close)}`].join('\n');
}

/**
 * Every over-long code line of a Python module wrapped by `wrapLine`; lines inside triple-quoted strings (and the
 * lines that open or close one) are left whole.
 */
export const wrapModule = memoizeText(function wrapModule(source: string, width: number = 120): string {
  let inString: string | undefined;
  return source
    .split('\n')
    .map((line) => {
      // Most lines hold no triple quote and fit: they pass without a regular expression.
      const triple = line.includes('"""') || line.includes("'''");
      if (!triple && !inString) return line.length <= width ? line : wrapLine(line, width);
      const quotes = triple ? (line.match(/"""|'''/g) ?? []) : [];
      if (inString || quotes.length > 0) {
        for (const quote of quotes) inString = inString === undefined ? quote : inString === quote ? undefined : inString;
        return line;
      }
      return wrapLine(line, width);
    })
    .join('\n');
});

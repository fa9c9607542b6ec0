/**
 * Closed types catch misspelled keys: test/e2e/types/closed-types.ts compiles clean with its `@ts-expect-error`
 * directives, and without them each marked line fails for its own misspelled key (so no directive passes by
 * accident, for another error or none).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDiagnostics } from './types/compile.js';

const FILE = path.join(import.meta.dirname, 'types/closed-types.ts');
const DIRECTIVE = /^\s*\/\/ @ts-expect-error misspelled: (\S+)\s*$/;

function diagnostics(text: string): { line: number; message: string }[] {
  return compileDiagnostics([FILE], new Map([[FILE, text]])).map(({ line, message }) => ({ line, message }));
}

describe('closed types', () => {
  const source = readFileSync(FILE, 'utf8');
  const lines = source.split('\n');
  const expected = lines.flatMap((line, index) => {
    const key = DIRECTIVE.exec(line)?.[1];
    return key ? [{ line: index + 2, key }] : [];
  });

  it('the usage file type-checks with its directives (extraBody and extraQuery accepted)', () => {
    expect(expected.length).toBeGreaterThanOrEqual(15);
    expect(diagnostics(source)).toEqual([]);
  });

  it('without the directives, each marked line is an error about its misspelled key, and nothing else fails', () => {
    const stripped = lines.map((line) => (DIRECTIVE.test(line) ? '' : line)).join('\n');
    const found = diagnostics(stripped);
    for (const { line, key } of expected) {
      const here = found.filter((diagnostic) => diagnostic.line === line);
      expect(here.map((diagnostic) => diagnostic.message).join('\n'), `line ${line} (${key})`).toContain(`'${key}'`);
    }
    expect(found.filter((diagnostic) => !expected.some((marked) => marked.line === diagnostic.line))).toEqual([]);
  });
});

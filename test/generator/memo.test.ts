/** generator/emit/memo.ts: a remembered text function answers as the function would, for every distinct call. */
import { describe, expect, it } from 'vitest';
import { memoizeText } from '../../generator/emit/memo.js';

describe('memoizeText', () => {
  it('computes each distinct call once and answers as the function would', () => {
    const calls: unknown[][] = [];
    const join = memoizeText((...parts: (string | undefined)[]) => {
      calls.push(parts);
      return parts.map((part) => part ?? '<none>').join('|');
    });
    expect(join('a', 'b')).toBe('a|b');
    expect(join('a', 'b')).toBe('a|b');
    expect(calls).toHaveLength(1);
    // Arguments stay apart, and a missing one is not the text "null".
    expect(join('a|b')).toBe('a|b');
    expect(join('a', undefined)).toBe('a|<none>');
    expect(join('a', 'null')).toBe('a|null');
    expect(join('ab')).toBe('ab');
    expect(calls).toHaveLength(5);
    // A single text is its own key, apart from the key of the arguments it spells as JSON.
    expect(join('["a","b"]')).toBe('["a","b"]');
    expect(join('a', 'b')).toBe('a|b');
    expect(calls).toHaveLength(6);
  });

  it('forgets its results past its limit, and still answers right', () => {
    let computed = 0;
    const twice = memoizeText((text: string) => {
      computed++;
      return text + text;
    });
    for (let i = 0; i < 9000; i++) twice(String(i));
    expect(computed).toBe(9000);
    // "0" was forgotten with the others when the limit was reached; "8999" is still known.
    expect(twice('0')).toBe('00');
    expect(twice('8999')).toBe('89998999');
    expect(computed).toBe(9001);
  });
});

describe('memoizeText on long texts', () => {
  it('keeps no more than its character budget: long results are forgotten, and still answered right', () => {
    let computed = 0;
    const same = memoizeText((text: string) => {
      computed++;
      return text;
    });
    const long = (n: number) => String(n).padEnd(1_000_000, '.');
    // Each call keeps about 2 M characters (key and result): the fourth does not fit beside the first three, which
    // are forgotten; the last ones are kept.
    for (let i = 0; i < 5; i++) same(long(i));
    expect(computed).toBe(5);
    expect(same(long(4))).toBe(long(4));
    expect(computed).toBe(5);
    expect(same(long(0))).toBe(long(0));
    expect(computed).toBe(6);
  });
});

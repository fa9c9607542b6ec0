/* eslint-disable @typescript-eslint/no-explicit-any -- the copies are changed in place, whatever their shape */
/**
 * The docs site's page cache compares a page's blocks with those it was rendered from (site/cache.ts `sameData`):
 * any difference, however deep, must count, or a watch run would write a stale page.
 */
import { describe, expect, it } from 'vitest';
import { sameData } from '../../generator/targets/docs/site/cache.js';

const page = [{ kind: 'heading', level: 1, text: ['Calls'] }, { kind: 'table', head: ['a'], rows: [[['x', { code: 'y' }]]] }];

describe('sameData', () => {
  it('is true for equal plain data in different objects', () => {
    expect(sameData(page, structuredClone(page))).toBe(true);
    expect(sameData({ a: 1, b: 'x' }, { b: 'x', a: 1 })).toBe(true);
    expect(sameData([], [])).toBe(true);
  });

  // Each a copy of `page` with one difference.
  const changed = (change: (copy: any[]) => void): unknown => {
    const copy = structuredClone(page) as any[];
    change(copy);
    return copy;
  };
  it.each([
    ['a string deep in a table cell', changed((copy) => (copy[1].rows[0][0][1].code = 'z'))],
    ['a number', changed((copy) => (copy[0].level = 2))],
    ['a missing key', changed((copy) => delete copy[0].level)],
    ['an extra key', changed((copy) => (copy[0].className = 'x'))],
    ['an undefined value for a missing key', changed((copy) => (copy[0].trusted = undefined))],
    ['an object for an array', changed((copy) => (copy[0].text = { 0: 'Calls' }))],
    ['a longer array', changed((copy) => copy[0].text.push('more'))],
    ['a block less', changed((copy) => copy.pop())],
  ])('is false for %s', (_, other) => {
    expect(sameData(page, other)).toBe(false);
    expect(sameData(other, page)).toBe(false);
  });

  it('tells null, strings and numbers apart', () => {
    expect(sameData(null, {})).toBe(false);
    expect(sameData('1', 1)).toBe(false);
    expect(sameData({ a: null }, { a: undefined })).toBe(false);
  });
});

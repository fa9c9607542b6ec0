/**
 * Applying the targets' `BundleExtension`s to the bundled document (targets/target.ts): the pipeline's one change
 * to the bundle before it is written as openapi.json. Copy on write: the document itself is not changed.
 */
import { define, isObject, type Json } from '../data.js';
import type { BundleExtension } from '../targets/target.js';

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The document with every extension applied, in order. A pointer that does not lead to an object, a key that is
 * not `x-`, or two extensions of the same member are programming errors of a target, and throw.
 */
export function applyBundleExtensions<T>(document: T, extensions: readonly BundleExtension[]): T {
  if (extensions.length === 0) return document;
  const root: Json = { ...(document as Json) };
  // Objects already copied on the way to an earlier pointer, by the pointer that reaches them.
  const copies = new Map<string, Json>([['', root]]);
  const set = new Set<string>();
  for (const { pointer, key, value } of extensions) {
    if (!/^x-/.test(key)) throw new Error(`A bundle extension's key must start with "x-": ${JSON.stringify(key)} at ${JSON.stringify(pointer)}.`);
    if (pointer !== '' && !pointer.startsWith('/')) throw new Error(`Not a JSON pointer: ${JSON.stringify(pointer)}.`);
    const where = `${pointer} ${key}`;
    if (set.has(where)) throw new Error(`Two bundle extensions set ${JSON.stringify(key)} at ${JSON.stringify(pointer)}.`);
    set.add(where);
    let current = root;
    let reached = '';
    for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
      reached += `/${raw}`;
      let next = copies.get(reached);
      if (!next) {
        const segment = unescapeSegment(raw);
        const original = Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
        if (!isObject(original)) throw new Error(`A bundle extension's pointer ${JSON.stringify(pointer)} does not lead to an object (at ${JSON.stringify(reached)}).`);
        next = { ...original };
        define(current, segment, next);
        copies.set(reached, next);
      }
      current = next;
    }
    define(current, key, value);
  }
  return root as T;
}

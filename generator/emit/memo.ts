/**
 * Pure functions of strings remembered by their arguments: across the files of a run (the same description lands in
 * several) and, in watch mode, across runs, where nearly all of the spec's text and most generated modules come
 * back unchanged. Used where it measured faster (Go comments, Python docstrings and line wrapping, Markdown cells): the
 * key is the arguments' JSON, which costs about what a short, simple function does (JSDoc blocks are not remembered).
 */

/** At most this many results per function are kept; past it they are all forgotten at once. */
const LIMIT = 8192;

export function memoizeText<Args extends readonly (string | number | undefined)[]>(fn: (...args: Args) => string): (...args: Args) => string {
  const results = new Map<string, string>();
  return (...args: Args): string => {
    // JSON keeps the arguments apart (no separator a string could contain) and `undefined` (as `null`) apart from text.
    const key = JSON.stringify(args);
    let result = results.get(key);
    if (result === undefined) {
      if (results.size >= LIMIT) results.clear();
      result = fn(...args);
      results.set(key, result);
    }
    return result;
  };
}

/**
 * Pure functions of strings remembered by their arguments: across the files of a run (the same description lands in
 * several) and, in watch mode, across runs, where nearly all of the spec's text and most generated modules come
 * back unchanged. Used where it measured faster: Go comments, Python docstrings and line wrapping, TypeScript import
 * pruning, Markdown cells. The key is the one string argument, or else the arguments' JSON, which costs about what a
 * short, simple function does (JSDoc blocks are not remembered).
 */

/**
 * At most this many results, or this many characters of keys and results, per function are kept; past either, they
 * are all forgotten at once. The characters bound what a long watch session keeps of whole modules (`wrapModule`):
 * some three versions of every Python module of the Burki SDK.
 */
const LIMIT = 8192;
const MAX_CHARS = 8_000_000;

export function memoizeText<Args extends readonly (string | number | undefined)[]>(fn: (...args: Args) => string): (...args: Args) => string {
  // A call with one string (a whole module, a cell) is keyed by that string itself: building a JSON key copied and
  // scanned the megabyte of modules a watch save passes through, where a Map takes a long string as it is.
  const byText = new Map<string, string>();
  const byJson = new Map<string, string>();
  let chars = 0;
  return (...args: Args): string => {
    const single = args.length === 1 && typeof args[0] === 'string';
    // JSON keeps the arguments apart (no separator a string could contain) and `undefined` (as `null`) apart from text.
    const key = single ? (args[0] as string) : JSON.stringify(args);
    const results = single ? byText : byJson;
    let result = results.get(key);
    if (result === undefined) {
      result = fn(...args);
      const size = key.length + result.length;
      if (byText.size + byJson.size >= LIMIT || chars + size > MAX_CHARS) {
        byText.clear();
        byJson.clear();
        chars = 0;
      }
      results.set(key, result);
      chars += size;
    }
    return result;
  };
}

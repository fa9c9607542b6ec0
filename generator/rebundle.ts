/**
 * Watch mode's incremental bundle. A save usually changes a few values of one file (a summary, an example, a
 * description) and no `$ref`: the new bundle is then the last one with those values changed, which takes a few
 * milliseconds where Redocly's resolve and walk of every file take a hundred. `Rebundler` remembers where the objects
 * of each file landed in the last full bundle and patches a copy of it; whenever it cannot be sure that the patch
 * equals a full bundle, it declines, and the watcher bundles in full.
 *
 * Why a patch can equal a full bundle: with `$ref`s kept, Redocly's bundler puts the objects of each file into the
 * bundle as they are (the same objects, by identity), except that (1) it rewrites `$ref`s, discriminator mappings and
 * `externalValue`s, (2) a `$ref` to something that is not a component (a path item) becomes a shallow copy of its
 * target, and (3) a component is named after its content when another has the same base name. So a change is
 * patched only when neither its old nor its new value holds a `$ref`, a mapping or an `externalValue`; when nothing
 * it removes or replaces is something a `$ref` points at (the bundle may hold that elsewhere too; a change inside
 * such an object is made in place, so every place sees it); when the object it changes is in the bundle as itself
 * and is not the target of a copying `$ref`; when the bundle holds exactly the old value there; and when no two
 * `$ref` targets of the spec share a component name. The checks (lint) still run on every save.
 * test/generator/rebundle.test.ts edits values and keys across a copy of spec/, the fixture specs and a spec with
 * every kind of reference, and compares each patch with a full bundle of the same files.
 */
import { readFileSync } from 'node:fs';
import { isAbsoluteUrl, isMappingRef, unescapePointerFragment, type BaseResolver } from '@redocly/openapi-core';
import { copyData, define, isObject, jsonPointer, type Json } from './data.js';
import { parseFast } from './resolver.js';

type Segment = string | number;

/** A parsed file: its text and its value (never handed to anyone, so never changed). */
interface ParsedFile {
  readonly body: string;
  readonly value: unknown;
}

interface State {
  readonly root: string;
  document: Json;
  /** Every file of the bundle, as it was when bundled or last patched. */
  readonly files: Map<string, ParsedFile>;
  /** Per file: the path of each of its objects that is in the bundle as itself → one path of it in the bundle. */
  readonly landings: Map<string, Map<string, readonly Segment[]>>;
  /** Per file: the paths `$ref`s (and discriminator mappings) point at. */
  readonly targets: Map<string, Set<string>>;
  /** Per file: the targets of `$ref`s the bundler replaced by a copy of what they point at. */
  readonly copied: Map<string, Set<string>>;
}

/**
 * One change of a file: the value at `path` replaced (`value`), or the object at `path` with keys added, removed or
 * reordered (`keys`; the values of the keys it keeps change on their own, as further changes).
 */
interface Change {
  readonly kind: 'value' | 'keys';
  readonly file: string;
  readonly path: readonly Segment[];
  readonly before: unknown;
  readonly after: unknown;
}

/** Keys whose values the bundler rewrites: a change that holds one is not patched. */
const REWRITTEN = new Set(['$ref', 'externalValue', 'mapping', 'defaultMapping']);

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function child(node: unknown, segment: Segment): unknown {
  return node !== null && typeof node === 'object' && hasOwn(node, String(segment)) ? (node as Json)[segment] : undefined;
}

function at(node: unknown, path: readonly Segment[]): unknown {
  let current = node;
  for (const segment of path) current = child(current, segment);
  return current;
}

/** Whether two parsed values are equal, keys in the same order (openapi.json keeps the order). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key, index) => key === keysB[index] && same((a as Json)[key], (b as Json)[key]));
}

/** Calls `visit` on every object and array of `value` with its path (each once, also when shared or cyclic). */
function walk(value: unknown, visit: (node: object, path: readonly Segment[]) => void): void {
  const seen = new Set<object>();
  const stack: { node: unknown; path: readonly Segment[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    visit(node, path);
    const keys = Array.isArray(node) ? node.map((_item, index) => index) : Object.keys(node);
    for (let index = keys.length - 1; index >= 0; index--) stack.push({ node: (node as Json)[keys[index]!], path: [...path, keys[index]!] });
  }
}

/** Whether any object in `value` has a key the bundler rewrites. */
function holdsRewritten(value: unknown): boolean {
  let found = false;
  walk(value, (node) => {
    if (!Array.isArray(node) && Object.keys(node).some((key) => REWRITTEN.has(key))) found = true;
  });
  return found;
}

interface Target {
  readonly file: string;
  readonly path: readonly string[];
  /** The name the bundler gives it as a component: the last segment of the pointer as written, or the file's name. */
  readonly base: string;
}

/** The file and path a `$ref` (or mapping) in `file` points at, as Redocly resolves it. */
function refTarget(resolver: BaseResolver, file: string, ref: string): Target {
  const [uri = '', pointer = ''] = ref.split('#/');
  const bare = uri.endsWith('#') ? uri.slice(0, -1) : uri;
  const target = bare ? resolver.resolveExternalRef(file, bare) : file;
  const segments = pointer.split('/').filter(Boolean);
  return { file: target, path: segments.map(unescapePointerFragment), base: segments.at(-1) ?? target.split(/[/\\]/).at(-1)!.replace(/\.[^.]+$/, '') };
}

/** The targets a `$ref` leads to, following `$ref`s that point at `$ref`s (the bundler uses the last). */
function refChain(resolver: BaseResolver, files: ReadonlyMap<string, ParsedFile>, file: string, ref: string): Target[] {
  const hops = [refTarget(resolver, file, ref)];
  for (let hop = 0; hop < 64; hop++) {
    const last = hops.at(-1)!;
    const next = child(at(files.get(last.file)?.value, last.path), '$ref');
    if (typeof next !== 'string') break;
    hops.push(refTarget(resolver, last.file, next));
  }
  return hops;
}

function addTo(map: Map<string, Set<string>>, file: string, key: string): void {
  let set = map.get(file);
  if (!set) map.set(file, (set = new Set()));
  set.add(key);
}

/**
 * The changes from `before` to `after` of one file, or undefined when a `$ref` or a key the bundler rewrites
 * changed (the bundle then changes in ways a patch does not follow).
 */
function changesOf(file: string, before: unknown, after: unknown): Change[] | undefined {
  const changes: Change[] = [];
  const diff = (old: unknown, now: unknown, path: readonly Segment[]): boolean => {
    if (same(old, now)) return true;
    if (REWRITTEN.has(String(path.at(-1)))) return false;
    if (isObject(old) && isObject(now)) {
      if (hasOwn(old, '$ref') || hasOwn(now, '$ref')) return false;
      const keys = Object.keys(old);
      const nowKeys = Object.keys(now);
      if (keys.length !== nowKeys.length || keys.some((name, index) => name !== nowKeys[index])) changes.push({ kind: 'keys', file, path, before: old, after: now });
      return keys.every((name) => !hasOwn(now, name) || diff(old[name], now[name], [...path, name]));
    }
    if (Array.isArray(old) && Array.isArray(now) && old.length === now.length) return old.every((item, index) => diff(item, now[index], [...path, index]));
    changes.push({ kind: 'value', file, path, before: old, after: now });
    return true;
  };
  return diff(before, after, []) ? changes : undefined;
}

export class Rebundler {
  #state: State | undefined;

  /** Forgets the last bundle (a template edit keeps it; a failed run does not). */
  forget(): void {
    this.#state = undefined;
  }

  /**
   * Remembers a full bundle of `root`, made through `resolver` (whose cache holds the documents the bundler
   * changed). `parsed` holds each file's text and value as read (resolver.ts). Declines silently (remembers
   * nothing) for a spec it cannot patch: a `$ref` to a URL, or two `$ref` targets with the same base name.
   */
  async remember(root: string, document: Json, resolver: BaseResolver, parsed: ReadonlyMap<string, ParsedFile>): Promise<void> {
    this.#state = undefined;
    const bundled = new Map<string, unknown>();
    for (const [file, loading] of resolver.cache) {
      const loaded = await loading.catch((error: unknown) => error);
      const text = parsed.get(file);
      if (isAbsoluteUrl(file) || loaded instanceof Error || !text) return;
      bundled.set(file, (loaded as { parsed: unknown }).parsed);
    }
    const files = new Map([...bundled.keys()].map((file) => [file, parsed.get(file)!]));
    const targets = new Map<string, Set<string>>();
    const copied = new Map<string, Set<string>>();
    // `group/name` of each component → the targets saved under it (root components included): a name two share
    // was decided by comparing their contents, which an edit can change.
    const components = new Map<string, Set<string>>();
    let safe = true;
    const component = (group: string, name: string, target: Target): void => {
      const set = components.get(`${group}/${name}`) ?? new Set();
      components.set(`${group}/${name}`, set.add(`${target.file}#${jsonPointer(...target.path)}`));
    };
    for (const [group, members] of Object.entries(child(files.get(root)?.value, 'components') ?? {})) {
      for (const member of isObject(members) ? Object.keys(members) : []) {
        const value = members[member];
        if (!(isObject(value) && hasOwn(value, '$ref'))) component(group, member, { file: root, path: ['components', group, member], base: member });
      }
    }
    for (const [file, { value }] of files) {
      walk(value, (found, path) => {
        if (Array.isArray(found)) return;
        const node = found as Json;
        const bundledNode = at(bundled.get(file), path);
        // Each reference with what the bundler left in its place (undefined: the `$ref` is gone).
        const refs: { ref: unknown; now: unknown }[] = [];
        if (typeof node['$ref'] === 'string') refs.push({ ref: node['$ref'], now: child(bundledNode, '$ref') });
        // Discriminator mappings: the values that look like references (the bundler's test).
        const mappings = [...(path.at(-1) === 'mapping' ? Object.keys(node) : []), ...(hasOwn(node, 'defaultMapping') ? ['defaultMapping'] : [])];
        for (const key of mappings) if (typeof node[key] === 'string' && isMappingRef(node[key])) refs.push({ ref: node[key], now: child(bundledNode, key) });
        for (const { ref, now } of refs) {
          if (typeof ref !== 'string') continue;
          if (isAbsoluteUrl(ref)) safe = false;
          const hops = refChain(resolver, files, file, ref);
          for (const hop of hops) addTo(targets, hop.file, jsonPointer(...hop.path));
          const rewritten = typeof now === 'string' && now !== ref ? /^#\/components\/([^/]+)\/(.+)$/.exec(now) : null;
          const last = hops.at(-1)!;
          // A root component that is a `$ref` is replaced by its target itself, under the root's name for it.
          const inPlace = now === undefined && file === root && path.length === 3 && path[0] === 'components' && bundledNode === at(bundled.get(last.file), last.path);
          const savedAs = rewritten ? { group: rewritten[1]!, name: rewritten[2]! } : inPlace ? { group: String(path[1]), name: String(path[2]) } : undefined;
          if (savedAs) {
            if (savedAs.name !== last.base) safe = false;
            component(savedAs.group, savedAs.name, last);
          } else if (now === undefined) for (const hop of hops) addTo(copied, hop.file, jsonPointer(...hop.path));
        }
      });
    }
    if (!safe || [...components.values()].some((set) => set.size > 1)) return;
    // Where each object of the bundle is (its first place; a shared object is patched once for all).
    const places = new Map<object, readonly Segment[]>();
    walk(document, (node, path) => places.set(node, path));
    const landings = new Map<string, Map<string, readonly Segment[]>>();
    for (const [file, value] of bundled) {
      const landed = new Map<string, readonly Segment[]>();
      walk(value, (node, path) => {
        const place = places.get(node);
        if (place) landed.set(jsonPointer(...path), place);
      });
      landings.set(file, landed);
    }
    this.#state = { root, document, files, landings, targets, copied };
  }

  /**
   * The bundle after the saves since the last one, patched, with the files that changed; undefined when it takes a
   * full bundle (nothing remembered, a file unreadable or not parsable, or a change the patch cannot make exactly).
   */
  patch(): { document: Json; changed: string[] } | undefined {
    const state = this.#state;
    if (!state) return undefined;
    const changes: Change[] = [];
    const read = new Map<string, ParsedFile>();
    for (const [file, last] of state.files) {
      let body: string;
      try {
        body = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
      } catch {
        return undefined;
      }
      if (body === last.body) continue;
      const parsed = parseFast(file, body, file === state.root);
      const fileChanges = parsed.ok ? changesOf(file, last.value, parsed.value) : undefined;
      if (!fileChanges) return undefined;
      changes.push(...fileChanges);
      read.set(file, { body, value: parsed.ok ? parsed.value : undefined });
    }
    if (read.size === 0) return { document: state.document, changed: [] };
    // A copy that keeps the bundle's sharing: an object in two places is one copied object in both.
    const document = copyData(state.document, new Map()) as Json;
    for (const change of changes) if (!this.#apply(state, document, change)) return undefined;
    state.document = document;
    for (const [file, parsed] of read) state.files.set(file, parsed);
    return { document, changed: [...read.keys()] };
  }

  /** Makes one change in the copy of the bundle; false when it cannot be made exactly. */
  #apply(state: State, document: Json, change: Change): boolean {
    const { kind, file, path, before, after } = change;
    const targets = state.targets.get(file);
    const copied = state.copied.get(file);
    // What leaves the bundle may be neither rewritten by the bundler nor pointed at by a `$ref` (the bundle may
    // hold it elsewhere too); what enters it may not be rewritten.
    const removable = (value: unknown, at: readonly Segment[]): boolean => {
      let pointedAt = targets?.has(jsonPointer(...at)) ?? false;
      walk(value, (_node, below) => {
        if (targets?.has(jsonPointer(...at, ...below))) pointedAt = true;
      });
      return !pointedAt && !holdsRewritten(value);
    };
    if (kind === 'value') {
      const parent = path.slice(0, -1);
      const key = path.at(-1);
      if (key === undefined || copied?.has(jsonPointer(...parent)) || !removable(before, path) || holdsRewritten(after)) return false;
      const holder = this.#locate(state, document, file, parent);
      if (!holder || !same(child(holder, key), before)) return false;
      define(holder, key, copyData(after));
      return true;
    }
    const object = this.#locate(state, document, file, path);
    const old = before as Json;
    const now = after as Json;
    const keys = object && Object.keys(object);
    if (!keys || copied?.has(jsonPointer(...path)) || keys.length !== Object.keys(old).length || keys.some((name, index) => name !== Object.keys(old)[index])) return false;
    for (const name of keys) if (!hasOwn(now, name) && (REWRITTEN.has(name) || !removable(old[name], [...path, name]))) return false;
    for (const name of Object.keys(now)) if (!hasOwn(old, name) && (REWRITTEN.has(name) || holdsRewritten(now[name]))) return false;
    // In place, in the new order: the object may be in the bundle in several places (or be a component).
    const kept = new Map(keys.map((name) => [name, (object as Json)[name]]));
    for (const name of keys) delete (object as Json)[name];
    for (const name of Object.keys(now)) define(object, name, kept.has(name) ? kept.get(name) : copyData(now[name]));
    return true;
  }

  /** The object at `path` of `file` in the copy of the bundle, through its closest ancestor there as itself. */
  #locate(state: State, document: Json, file: string, path: readonly Segment[]): object | undefined {
    const landings = state.landings.get(file);
    for (let depth = path.length; depth >= 0; depth--) {
      const place = landings?.get(jsonPointer(...path.slice(0, depth)));
      if (!place) continue;
      const found = at(document, [...place, ...path.slice(depth)]);
      return found !== null && typeof found === 'object' ? found : undefined;
    }
    return undefined;
  }
}

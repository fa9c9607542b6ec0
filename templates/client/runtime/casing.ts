/**
 * Schema-aware key renaming between the SDK (camelCase) and the wire (snake_case, or whatever the spec says).
 *
 * The keys of an object with a shape are renamed by the default rule (`camelKey` / `wireKey`) unless its shape
 * names them otherwise, and so are the keys of the objects inside it, all the way down (`DEFAULT_SHAPE`), unless
 * its `props` say otherwise; keys the server adds later are renamed the same way. Maps (`keep`) and values without
 * a shape are user data (`metadata`, `variables`, `custom_settings`...): their keys pass through unchanged. The
 * generator checks every declared key against the default rule and writes an exception for each one it would get
 * wrong, so the rule here only has to be simple and fixed. See `Shape` in operation.ts.
 *
 * Outputs are fresh plain objects. A key that `Object.prototype` knows (`__proto__`, `constructor`, `toString`...) is
 * written with `Object.defineProperty`, so `__proto__` stays an ordinary own property and can never change an
 * object's prototype; every other key is a plain assignment, which is the same thing for those keys but much
 * cheaper. Dates and other non-plain objects (Blob, Date, typed arrays...) are returned as they are; date-time
 * strings stay strings.
 */
import type { Shape, ShapeRef } from './operation.js';

/** The default SDK name of a wire key: `_` + letter or digit becomes the letter upper-cased (`call_sid` → `callSid`). */
export function camelKey(wire: string): string {
  return wire.replace(/_([a-z0-9])/g, upper);
}

/** The default wire name of an SDK key: an upper-case letter becomes `_` + lower case (`callSid` → `call_sid`). */
export function wireKey(name: string): string {
  return name.replace(/[A-Z]/g, underscoreLower);
}

function upper(_match: string, letter: string): string {
  return letter.toUpperCase();
}

function underscoreLower(letter: string): string {
  return `_${letter.toLowerCase()}`;
}

/**
 * The shape of a property its object's shape does not list (declared or not): objects renamed by the default
 * rule, arrays item by item, all the way down.
 */
const DEFAULT_SHAPE: Shape = {};

/** One way of renaming: which of a resolved shape's maps it reads (`maps[index]`), and the default rule. */
interface Direction {
  readonly index: 0 | 1;
  readonly rule: (key: string) => string;
}
const FROM_WIRE: Direction = { index: 0, rule: camelKey };
const TO_WIRE: Direction = { index: 1, rule: wireKey };
/**
 * How many keys a shape's map holds at most: the declared ones, and then the default-rule renames it remembers (the
 * same few keys come back in every response), so that a server sending ever-new keys cannot grow it without bound.
 */
const MAX_REMEMBERED_KEYS = 1024;

/** Maps an SDK (camelCase) value to its wire form. */
export function toWire(value: unknown, shape: ShapeRef | undefined): unknown {
  return mapValue(value, shape, TO_WIRE);
}

/** Maps a wire value to its SDK (camelCase) form. */
export function fromWire(value: unknown, shape: ShapeRef | undefined): unknown {
  return mapValue(value, shape, FROM_WIRE);
}

/**
 * Translates a path of wire keys (e.g. `pagination.has_next`) into the SDK keys of the decoded value, following the
 * shape; array indexes step into the items' shape; segments of values without a shape are kept as they are.
 */
export function sdkPath<T extends string | number>(shape: ShapeRef | undefined, wirePath: readonly T[]): T[] {
  const out: T[] = [];
  let current = shape;
  for (const segment of wirePath) {
    const resolved = current === undefined ? undefined : resolve(current);
    if (typeof segment === 'number') {
      out.push(segment);
      current = resolved?.items;
      continue;
    }
    if (resolved === undefined || !resolved.object) {
      out.push(segment);
      current = undefined;
      continue;
    }
    const entry = lookup(resolved, segment, FROM_WIRE);
    out.push(entry[0] as T);
    current = entry[1];
  }
  return out;
}

function mapValue(value: unknown, shape: ShapeRef | undefined, direction: Direction): unknown {
  if (shape === undefined || value === null || typeof value !== 'object') return value;
  const resolved = resolve(shape);
  if (Array.isArray(value)) {
    const items = resolved.items;
    if (items === undefined) return value;
    return value.map((item) => mapValue(item, items, direction));
  }
  if (!resolved.object || !isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const entry = lookup(resolved, key, direction);
    defineKey(out, entry[0], mapValue(value[key], entry[1], direction));
  }
  return out;
}

/** The other side's name of `key` and the shape of its value. */
function lookup(resolved: Resolved, key: string, direction: Direction): Entry {
  const names = resolved.maps[direction.index];
  let entry = names.get(key);
  if (entry === undefined) {
    // User keys of a map are data, never renamed or remembered.
    if (resolved.keep) return [key, resolved.values];
    entry = [direction.rule(key), DEFAULT_SHAPE];
    if (names.size < MAX_REMEMBERED_KEYS) names.set(key, entry);
  }
  return entry;
}

const objectPrototype: object = Object.prototype;

/**
 * Writes an own, enumerable, writable, configurable data property on a plain object, whatever the key (`__proto__`
 * included). Plain assignment does exactly that unless the prototype chain has a property of that name (the
 * `__proto__` accessor, or a non-writable inherited property under a frozen `Object.prototype`), so only those
 * keys take the slower `Object.defineProperty` path.
 */
export function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key in objectPrototype) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * A data object (from JSON, an object literal or a class), not a Date, Blob, Map, typed array, array... (whose
 * `toString` tag says what they are, in any realm).
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

// ---------------------------------------------------------------------------------------------------------------------
// Resolution, cached per shape object. Shapes may be recursive (a tree node whose children are tree nodes): the
// shapes of property values are resolved only when a value has that property, so recursion follows the (finite)
// value. Only `anyOf` members are followed eagerly; a `visiting` set stops cycles there.

type Entry = readonly [name: string, shape: ShapeRef | undefined];

interface Resolved {
  /** Whether objects are renamed (else only arrays are mapped, with `items`). */
  readonly object: boolean;
  /**
   * [wire → [SDK name, value shape], SDK name → [wire, value shape]] for declared keys, then for the keys `lookup`
   * renamed by the default rule (see `MAX_REMEMBERED_KEYS`).
   */
  readonly maps: readonly [Map<string, Entry>, Map<string, Entry>];
  readonly keep: boolean;
  readonly values: ShapeRef | undefined;
  readonly items: ShapeRef | undefined;
}

interface Builder {
  object: boolean;
  maps: [Map<string, Entry>, Map<string, Entry>];
  keep: boolean;
  values: ShapeRef | undefined;
  items: ShapeRef | undefined;
}

const resolvedShapes = new WeakMap<object, Resolved>();

function resolve(ref: ShapeRef): Resolved {
  let resolved = resolvedShapes.get(ref);
  if (resolved === undefined) {
    const builder: Builder = { object: false, maps: [new Map(), new Map()], keep: false, values: undefined, items: undefined };
    merge(builder, ref, new Set());
    // An array where an object was declared is mapped item by item, as a property's array is.
    if (builder.object && !builder.keep) builder.items ??= DEFAULT_SHAPE;
    resolved = builder;
    resolvedShapes.set(ref, resolved);
  }
  return resolved;
}

function merge(builder: Builder, ref: ShapeRef, visiting: Set<Shape>): void {
  const shape = typeof ref === 'function' ? ref() : ref;
  if (visiting.has(shape)) return;
  visiting.add(shape);
  const { names, props, anyOf } = shape;
  if (shape.items !== undefined) builder.items ??= shape.items;
  // An object shape: anything but a bare array or union shape.
  if (names || props || shape.keep || (shape.items === undefined && anyOf === undefined)) builder.object = true;
  if (shape.keep && !builder.keep) {
    builder.keep = true;
    builder.values = shape.values;
  }
  const [fromWireNames, toWireNames] = builder.maps;
  // Own keys only: `names` and `props` are plain objects, and `constructor` or `__proto__` may be wire keys. The
  // first declaration of a key wins (own keys before anyOf members).
  const declared = new Set([...Object.keys(names ?? {}), ...Object.keys(props ?? {})]);
  for (const wire of declared) {
    const name = names && Object.hasOwn(names, wire) ? (names[wire] as string) : camelKey(wire);
    const entry: Entry = [name, props && Object.hasOwn(props, wire) ? props[wire] : DEFAULT_SHAPE];
    if (!fromWireNames.has(wire)) fromWireNames.set(wire, entry);
    if (!toWireNames.has(name)) toWireNames.set(name, [wire, entry[1]]);
  }
  if (anyOf) for (const member of anyOf) merge(builder, member, visiting);
  visiting.delete(shape);
}

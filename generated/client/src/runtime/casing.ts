/**
 * Schema-aware key renaming between the SDK (camelCase) and the wire (snake_case, or whatever the spec says).
 *
 * The keys of an object with a shape are renamed by the default rule (`camelKey` / `wireKey`) unless its shape
 * names them otherwise, and so are the keys of the objects inside it, all the way down (`DEFAULT_SHAPE`), unless
 * its `props` say otherwise; keys the server adds later are renamed the same way. Maps (`keep`) and free-form values
 * (a `null` shape) are user data (`metadata`, `variables`, `custom_settings`...): their keys pass through unchanged. The
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

/**
 * How many wire keys `camelKey` remembers the SDK name of (a regular expression per key of every response would be
 * most of the time spent renaming): the same few keys come back in every response, and a server sending ever-new
 * keys must not grow the memory without bound. Requests are renamed far less often; `wireKey` remembers nothing.
 */
const MAX_REMEMBERED_KEYS = 4096;
const camelNames = new Map<string, string>();

/** The default SDK name of a wire key: `_` + letter or digit becomes the letter upper-cased (`call_sid` → `callSid`). */
export function camelKey(wire: string): string {
  let name = camelNames.get(wire);
  if (name === undefined) {
    name = wire.replace(/_([a-z0-9])/g, upper);
    if (camelNames.size < MAX_REMEMBERED_KEYS) camelNames.set(wire, name);
  }
  return name;
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

/** Maps an SDK (camelCase) value to its wire form. */
export function toWire(value: unknown, shape: ShapeRef | null | undefined): unknown {
  return mapValue(value, shape, wireKey, sdkNames);
}

/** Maps a wire value to its SDK (camelCase) form. */
export function fromWire(value: unknown, shape: ShapeRef | null | undefined): unknown {
  return mapValue(value, shape, camelKey, undefined);
}

/**
 * Translates a path of wire keys (e.g. `pagination.has_next`) into the SDK keys of the decoded value, following the
 * shape; array indexes step into the items' shape; segments below a value without a shape are kept as they are.
 */
export function sdkPath<T extends string | number>(shape: ShapeRef | null | undefined, wirePath: readonly T[]): T[] {
  let current = shape;
  return wirePath.map((segment) => {
    const resolved = current == null ? undefined : deref(current);
    if (resolved === undefined) return segment;
    if (typeof segment === 'number') {
      current = itemsOf(resolved);
      return segment;
    }
    const [name, valueShape] = entryOf(resolved, segment, camelKey, undefined);
    current = valueShape;
    return name as T;
  });
}

/**
 * The other side's names of a shape's declared keys: `names` as written (wire → SDK) when reading, else reversed
 * (`sdkNames`). `undefined` reads `names` as written.
 */
type NamesOf = ((shape: Shape) => Readonly<Record<string, string>> | undefined) | undefined;

function mapValue(value: unknown, ref: ShapeRef | null | undefined, rule: (key: string) => string, namesOf: NamesOf): unknown {
  if (ref == null || value === null || typeof value !== 'object') return value;
  const shape = deref(ref);
  if (Array.isArray(value)) {
    const items = itemsOf(shape);
    return items === undefined ? value : value.map((item) => mapValue(item, items, rule, namesOf));
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const [name, valueShape] = entryOf(shape, key, rule, namesOf);
    defineKey(out, name, mapValue(value[key], valueShape, rule, namesOf));
  }
  return out;
}

/** The other side's name of `key` in an object of this shape, and the shape of its value. */
function entryOf(shape: Shape, key: string, rule: (key: string) => string, namesOf: NamesOf): [string, ShapeRef | null | undefined] {
  const names = namesOf ? namesOf(shape) : shape.names;
  const declared = names !== undefined && Object.hasOwn(names, key);
  // A map's other keys are user data: kept as they are, their values of the shape `values`.
  if (!declared && shape.keep) return [key, shape.values];
  const name = declared ? (names[key] as string) : rule(key);
  const props = shape.props;
  const wire = namesOf ? name : key;
  return [name, props && Object.hasOwn(props, wire) ? props[wire] : DEFAULT_SHAPE];
}

/** The shape of an array's items: `items`, else `{}` (a map's arrays pass unchanged). */
function itemsOf(shape: Shape): ShapeRef | undefined {
  return shape.items ?? (shape.keep ? undefined : DEFAULT_SHAPE);
}

function deref(ref: ShapeRef): Shape {
  return typeof ref === 'function' ? ref() : ref;
}

/** `names` reversed (SDK name → wire name), worked out once per shape. */
const reversedNames = new WeakMap<Shape, Readonly<Record<string, string>>>();

function sdkNames(shape: Shape): Readonly<Record<string, string>> | undefined {
  const names = shape.names;
  if (names === undefined) return undefined;
  let reversed = reversedNames.get(shape);
  if (reversed === undefined) {
    const out: Record<string, string> = {};
    // Own keys only (`constructor` or `__proto__` may be wire keys); the first wire key of an SDK name wins.
    for (const wire of Object.keys(names)) if (!Object.hasOwn(out, names[wire] as string)) defineKey(out, names[wire] as string, wire);
    reversedNames.set(shape, (reversed = out));
  }
  return reversed;
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

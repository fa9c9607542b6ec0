/**
 * Schema-aware key renaming between the SDK (camelCase) and the wire (snake_case, or whatever the spec says).
 *
 * Only keys a shape declares are renamed. Undeclared keys, and every key of a free-form map, pass through
 * unchanged: they are user data (`metadata`, `variables`, `custom_settings`...). See `Shape` in operation.ts.
 *
 * Outputs are fresh plain objects. A key that `Object.prototype` knows (`__proto__`, `constructor`, `toString`...) is
 * written with `Object.defineProperty`, so `__proto__` stays an ordinary own property and can never change an
 * object's prototype; every other key is a plain assignment, which is the same thing for those keys but much
 * cheaper. Dates and other non-plain objects (Blob, Date, typed arrays...) are returned as they are; date-time
 * strings stay strings.
 */
import type { Shape, ShapeRegistry } from './operation.js';

type Entry = readonly [name: string, shape: Shape | undefined];

/** A shape with names resolved, `anyOf` members merged, and lookups in both directions. */
interface ResolvedShape {
  /** wire name → [camel name, value shape] */
  readonly fromWire: ReadonlyMap<string, Entry>;
  /** camel name → [wire name, value shape] */
  readonly toWire: ReadonlyMap<string, Entry>;
  readonly hasProperties: boolean;
  readonly hasAdditional: boolean;
  readonly additional: Shape | undefined;
  readonly hasItems: boolean;
  readonly items: Shape | undefined;
}

type Direction = 'toWire' | 'fromWire';

/** Maps an SDK (camelCase) value to its wire form. */
export function toWire(value: unknown, shape: Shape | undefined, registry: ShapeRegistry): unknown {
  if (shape === undefined || value === null || typeof value !== 'object') return value;
  return mapValue(value, shape, cacheFor(registry), 'toWire');
}

/** Maps a wire value to its SDK (camelCase) form. */
export function fromWire(value: unknown, shape: Shape | undefined, registry: ShapeRegistry): unknown {
  if (shape === undefined || value === null || typeof value !== 'object') return value;
  return mapValue(value, shape, cacheFor(registry), 'fromWire');
}

/**
 * Translates a dotted path of wire keys (e.g. `pagination.has_next`) into the SDK keys of the decoded value,
 * following the shape; segments the shape does not declare are kept as they are.
 */
export function sdkPath(
  shape: Shape | undefined,
  wirePath: readonly string[],
  registry: ShapeRegistry,
): string[] {
  const out: string[] = [];
  const cache = cacheFor(registry);
  let current: Shape | undefined = shape;
  for (const segment of wirePath) {
    const resolved = current === undefined ? undefined : resolveShape(current, cache);
    const entry = resolved?.fromWire.get(segment);
    if (entry) {
      out.push(entry[0]);
      current = entry[1];
    } else {
      out.push(segment);
      current = undefined;
    }
  }
  return out;
}

function mapValue(
  value: unknown,
  shape: Shape | undefined,
  cache: RegistryCache,
  direction: Direction,
): unknown {
  if (shape === undefined || value === null || typeof value !== 'object') return value;
  const resolved = resolveShape(shape, cache);
  if (resolved === undefined) return value;
  if (Array.isArray(value)) {
    if (!resolved.hasItems) return value;
    return value.map((item: unknown) => mapValue(item, resolved.items, cache, direction));
  }
  if (!isPlainObject(value)) return value;
  if (!resolved.hasProperties && !resolved.hasAdditional) return value;
  const names = direction === 'fromWire' ? resolved.fromWire : resolved.toWire;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const entry = names.get(key);
    if (entry) defineKey(out, entry[0], mapValue(item, entry[1], cache, direction));
    else if (resolved.hasAdditional)
      defineKey(out, key, mapValue(item, resolved.additional, cache, direction));
    else defineKey(out, key, item);
  }
  return out;
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

/** A plain data object (from JSON or an object literal), not a Date, Blob, Map, typed array... */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return true;
  // Objects from another realm (iframe, vm) have their own Object.prototype.
  return Object.getPrototypeOf(proto) === null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Resolution with caching. Shapes may be recursive (a tree node whose children are tree nodes): property shapes are
// resolved lazily, only when a value actually has that property, so recursion follows the (finite) value. Only name
// aliases and `anyOf` members are followed eagerly; a `seen` set stops cycles there.

interface RegistryCache {
  readonly registry: ShapeRegistry;
  /** object shape → its resolution (`null`: free-form) */
  readonly resolved: WeakMap<object, ResolvedShape | null>;
  /** shape name → the resolution of the shape it names (`null`: unknown name or alias cycle) */
  readonly named: Map<string, ResolvedShape | null>;
}

const caches = new WeakMap<ShapeRegistry, RegistryCache>();

function cacheFor(registry: ShapeRegistry): RegistryCache {
  let cache = caches.get(registry);
  if (!cache) {
    cache = { registry, resolved: new WeakMap(), named: new Map() };
    caches.set(registry, cache);
  }
  return cache;
}

function resolveShape(shape: Shape, cache: RegistryCache): ResolvedShape | undefined {
  if (typeof shape !== 'string') return resolveTarget(shape, cache);
  const named = cache.named.get(shape);
  if (named !== undefined) return named ?? undefined;
  const target = lookup(shape, cache.registry, new Set());
  if (target === undefined) {
    cache.named.set(shape, null);
    return undefined;
  }
  const resolved = resolveTarget(target, cache);
  // Remember the name only when the target's resolution was complete (and so cached) too.
  if (cache.resolved.has(target)) cache.named.set(shape, resolved ?? null);
  return resolved;
}

function resolveTarget(target: ObjectShape, cache: RegistryCache): ResolvedShape | undefined {
  const cached = cache.resolved.get(target);
  if (cached !== undefined) return cached ?? undefined;
  const state = { hitCycle: false };
  const resolved = build(target, cache.registry, new Set([target]), state);
  // A result computed while a cycle was cut short may be partial for this entry point; do not cache it.
  if (!state.hitCycle) cache.resolved.set(target, resolved ?? null);
  return resolved;
}

type ObjectShape = Exclude<Shape, string>;

/** Follows name aliases to an object shape; `undefined` for unknown names and alias cycles (free-form). */
function lookup(
  shape: Shape | undefined,
  registry: ShapeRegistry,
  seen: Set<string>,
): ObjectShape | undefined {
  let current: Shape | undefined = shape;
  while (typeof current === 'string') {
    if (seen.has(current) || !Object.prototype.hasOwnProperty.call(registry, current)) return undefined;
    seen.add(current);
    current = registry[current];
  }
  return current;
}

interface Builder {
  fromWire: Map<string, Entry>;
  toWire: Map<string, Entry>;
  hasProperties: boolean;
  hasAdditional: boolean;
  additional: Shape | undefined;
  hasItems: boolean;
  items: Shape | undefined;
}

function build(
  shape: ObjectShape,
  registry: ShapeRegistry,
  visiting: Set<object>,
  state: { hitCycle: boolean },
): ResolvedShape | undefined {
  const builder: Builder = {
    fromWire: new Map(),
    toWire: new Map(),
    hasProperties: false,
    hasAdditional: false,
    additional: undefined,
    hasItems: false,
    items: undefined,
  };
  merge(builder, shape, registry, visiting, state);
  return builder;
}

function merge(
  builder: Builder,
  shape: ObjectShape,
  registry: ShapeRegistry,
  visiting: Set<object>,
  state: { hitCycle: boolean },
): void {
  if (shape.properties) {
    builder.hasProperties = true;
    for (const wire of Object.keys(shape.properties)) {
      const entry = shape.properties[wire];
      if (!entry) continue;
      const [camel, valueShape] = entry;
      // First declaration of a key wins (own properties before anyOf members).
      if (!builder.fromWire.has(wire)) builder.fromWire.set(wire, [camel, valueShape]);
      if (!builder.toWire.has(camel)) builder.toWire.set(camel, [wire, valueShape]);
    }
  }
  if ('additional' in shape && shape.additional !== undefined && !builder.hasAdditional) {
    builder.hasAdditional = true;
    builder.additional = shape.additional;
  }
  if ('items' in shape && shape.items !== undefined && !builder.hasItems) {
    builder.hasItems = true;
    builder.items = shape.items;
  }
  for (const member of shape.anyOf ?? []) {
    const target = lookup(member, registry, new Set());
    if (target === undefined) continue;
    if (visiting.has(target)) {
      state.hitCycle = true;
      continue;
    }
    visiting.add(target);
    merge(builder, target, registry, visiting, state);
    visiting.delete(target);
  }
}

/**
 * Small, dependency-free helpers over the mock model's JSON Schemas: `$ref` resolution, type inspection and
 * deterministic sample values (used when a response has no example).
 */
import type { JsonSchema } from './model.js';

export type SchemaObject = { readonly [key: string]: unknown };

const REF_PREFIX = '#/components/schemas/';

export class SchemaResolver {
  constructor(private readonly schemas: Readonly<Record<string, JsonSchema>>) {}

  /** Follows `$ref`s (to `#/components/schemas/<Name>`) until a schema without one; undefined if dangling. */
  deref(schema: unknown, depth = 0): JsonSchema | undefined {
    if (typeof schema === 'boolean') return schema;
    if (!isObject(schema)) return undefined;
    const ref = schema['$ref'];
    if (typeof ref !== 'string' || depth > 32) return schema;
    if (!ref.startsWith(REF_PREFIX)) return undefined;
    const name = decodePointerToken(ref.slice(REF_PREFIX.length));
    if (!Object.prototype.hasOwnProperty.call(this.schemas, name)) return undefined;
    return this.deref(this.schemas[name], depth + 1);
  }

  /** The JSON types a schema may accept, looking through `$ref`, `anyOf`, `oneOf` and `allOf` (empty: unknown). */
  types(schema: unknown, depth = 0): Set<string> {
    const out = new Set<string>();
    const s = this.deref(schema);
    if (depth > 16 || s === undefined || typeof s === 'boolean') return out;
    const t = s['type'];
    if (typeof t === 'string') out.add(t);
    else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') out.add(x);
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      const branches = s[key];
      if (Array.isArray(branches)) for (const b of branches) for (const x of this.types(b, depth + 1)) out.add(x);
    }
    if (out.size === 0) {
      if (isObject(s['properties'])) out.add('object');
      if (s['items'] !== undefined) out.add('array');
      const en = s['enum'];
      if (Array.isArray(en)) for (const v of en) out.add(jsonType(v));
      if ('const' in s) out.add(jsonType(s['const']));
    }
    return out;
  }

  /** The `default` of a schema (through `$ref` / first union branch with one). */
  defaultOf(schema: unknown, depth = 0): unknown {
    const s = this.deref(schema);
    if (depth > 8 || s === undefined || typeof s === 'boolean') return undefined;
    if ('default' in s) return s['default'];
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      const branches = s[key];
      if (Array.isArray(branches)) {
        for (const b of branches) {
          const d = this.defaultOf(b, depth + 1);
          if (d !== undefined) return d;
        }
      }
    }
    return undefined;
  }

  /** Property names an object schema declares (through `$ref`, `allOf` and union branches). */
  propertyNames(schema: unknown, depth = 0): Set<string> {
    const out = new Set<string>();
    const s = this.deref(schema);
    if (depth > 16 || s === undefined || typeof s === 'boolean') return out;
    const props = s['properties'];
    if (isObject(props)) for (const k of Object.keys(props)) out.add(k);
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      const branches = s[key];
      if (Array.isArray(branches)) for (const b of branches) for (const k of this.propertyNames(b, depth + 1)) out.add(k);
    }
    return out;
  }

  /**
   * Property names an object schema marks `writeOnly` (through `$ref`, `allOf` and union branches): values a client
   * sends that a response never carries back, such as passwords.
   */
  writeOnlyNames(schema: unknown, depth = 0): Set<string> {
    const out = new Set<string>();
    const s = this.deref(schema);
    if (depth > 16 || s === undefined || typeof s === 'boolean') return out;
    const props = s['properties'];
    if (isObject(props)) {
      for (const [k, v] of Object.entries(props)) {
        const target = this.deref(v);
        if ((isObject(v) && v['writeOnly'] === true) || (isObject(target) && target['writeOnly'] === true)) out.add(k);
      }
    }
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      const branches = s[key];
      if (Array.isArray(branches)) for (const b of branches) for (const k of this.writeOnlyNames(b, depth + 1)) out.add(k);
    }
    return out;
  }

  /** The schema of a named object property (through `$ref` and `allOf`); undefined when not declared. */
  propertySchema(schema: unknown, name: string, depth = 0): unknown {
    const s = this.deref(schema);
    if (depth > 16 || s === undefined || typeof s === 'boolean') return undefined;
    const props = s['properties'];
    if (isObject(props) && Object.prototype.hasOwnProperty.call(props, name)) return props[name];
    const all = s['allOf'];
    if (Array.isArray(all)) {
      for (const b of all) {
        const found = this.propertySchema(b, name, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /**
   * The schema of property `name` wherever the schema declares it: as `propertySchema` does, else in the first
   * `anyOf`/`oneOf` branch that declares it (a nullable object is `anyOf: [object, null]`). For strict mode, which
   * follows a request body into every object it can name.
   */
  declaredPropertySchema(schema: unknown, name: string, depth = 0): unknown {
    const direct = this.propertySchema(schema, name, depth);
    if (direct !== undefined) return direct;
    const s = this.deref(schema);
    if (depth > 16 || s === undefined || typeof s === 'boolean') return undefined;
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      const branches = s[key];
      if (!Array.isArray(branches)) continue;
      for (const branch of branches) {
        const found = this.declaredPropertySchema(branch, name, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /** Required property names of an object schema (through `$ref` and `allOf`). */
  requiredNames(schema: unknown, depth = 0): Set<string> {
    const out = new Set<string>();
    const s = this.deref(schema);
    if (depth > 16 || s === undefined || typeof s === 'boolean') return out;
    const req = s['required'];
    if (Array.isArray(req)) for (const k of req) if (typeof k === 'string') out.add(k);
    const all = s['allOf'];
    if (Array.isArray(all)) for (const b of all) for (const k of this.requiredNames(b, depth + 1)) out.add(k);
    return out;
  }

  /** A deterministic example value for a schema. */
  sample(schema: unknown, depth = 0, seen: ReadonlySet<string> = new Set()): unknown {
    if (schema === true || schema === undefined) return {};
    if (schema === false) return null;
    if (!isObject(schema)) return null;
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      if (seen.has(ref) || depth > 8) return null;
      const target = this.deref(schema);
      return target === undefined ? null : this.sample(target, depth + 1, new Set([...seen, ref]));
    }
    if ('example' in schema) return schema['example'];
    const examples = schema['examples'];
    if (Array.isArray(examples) && examples.length > 0) return examples[0];
    if ('const' in schema) return schema['const'];
    if ('default' in schema && schema['default'] !== null) return schema['default'];
    const en = schema['enum'];
    if (Array.isArray(en) && en.length > 0) return en[0];
    const allOf = schema['allOf'];
    if (Array.isArray(allOf) && allOf.length > 0) {
      let merged: Record<string, unknown> | undefined;
      let other: unknown;
      for (const b of allOf) {
        const v = this.sample(b, depth + 1, seen);
        if (isObject(v)) merged = { ...(merged ?? {}), ...v };
        else if (other === undefined) other = v;
      }
      if (merged !== undefined || other !== undefined) return merged ?? other;
    }
    for (const key of ['anyOf', 'oneOf']) {
      const branches = schema[key];
      if (Array.isArray(branches) && branches.length > 0) {
        const pick = branches.find((b) => !this.isNullSchema(b)) ?? branches[0];
        return this.sample(pick, depth + 1, seen);
      }
    }
    const t = schema['type'];
    const type = Array.isArray(t) ? (t.find((x) => x !== 'null') ?? t[0]) : t;
    const inferred = type ?? (isObject(schema['properties']) ? 'object' : schema['items'] !== undefined ? 'array' : undefined);
    switch (inferred) {
      case 'object': {
        const out: Record<string, unknown> = {};
        const props = schema['properties'];
        if (isObject(props) && depth < 8) {
          for (const [k, v] of Object.entries(props)) {
            // A response never carries `writeOnly` values (passwords, secrets a client only sends).
            if (isObject(v) && v['writeOnly'] === true) continue;
            defineOwn(out, k, this.sample(v, depth + 1, seen));
          }
        }
        return out;
      }
      case 'array':
        return depth < 8 && schema['items'] !== undefined ? [this.sample(schema['items'], depth + 1, seen)] : [];
      case 'string':
        return sampleString(schema);
      case 'integer': {
        const min = schema['minimum'];
        return typeof min === 'number' ? Math.ceil(min) : 1;
      }
      case 'number': {
        const min = schema['minimum'];
        return typeof min === 'number' ? min : 0;
      }
      case 'boolean':
        return true;
      case 'null':
        return null;
      default:
        return {};
    }
  }

  private isNullSchema(schema: unknown): boolean {
    const s = this.deref(schema);
    return isObject(s) && (s['type'] === 'null' || ('const' in s && s['const'] === null));
  }
}

function sampleString(schema: SchemaObject): string {
  switch (schema['format']) {
    case 'date-time':
      return '2025-01-01T00:00:00Z';
    case 'date':
      return '2025-01-01';
    case 'time':
      return '00:00:00';
    case 'email':
      return 'user@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com';
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    default: {
      const min = schema['minLength'];
      const base = 'string';
      return typeof min === 'number' && min > base.length ? base.padEnd(min, 'x') : base;
    }
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Writes an own, enumerable data property, whatever the key: `__proto__` stays a key, never a prototype. */
export function defineOwn(target: object, key: string, value: unknown): void {
  // Only `__proto__` is an accessor on Object.prototype; any other key assigned to a plain object becomes an own,
  // enumerable data property (the fast path: this runs for every header and field of every request).
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function decodePointerToken(token: string): string {
  let t = token;
  try {
    t = decodeURIComponent(token);
  } catch {
    // keep as is
  }
  return t.replace(/~1/g, '/').replace(/~0/g, '~');
}

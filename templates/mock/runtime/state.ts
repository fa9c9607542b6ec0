/**
 * In-memory state for operations marked with `x-mock` (`op.state`): one collection of items per name, seeded
 * lazily from the examples (or from `options.seed`) and restored by `reset()`.
 *
 * Every action computes its outcome first and returns the mutation as a `commit` closure; the server runs it only
 * once the response has been serialised, so a failure never leaves a collection half-changed.
 *
 * The item schema of a collection is the item schema of its list operation (else the response of its read). A
 * create, read or update whose success response is that schema answers with the item itself; one whose response is
 * an object with a property of that schema (`{success, api_key: ApiKey}`) answers with its example, that property
 * replaced by the item; any other response (an acknowledgement such as `{message}`) answers with its example while
 * the change is still applied. Properties the item schema marks `writeOnly` (secrets) are never stored or echoed.
 */
import type { MockModel, MockOperation, MockResponse } from './model.js';
import { buildPage, extractItems, filterItems, paginationParams } from './pagination.js';
import { defineOwn, isObject, type SchemaResolver } from './schema.js';
import type { ParamValues } from './validation.js';

type Item = Record<string, unknown>;

export type StateOutcome =
  | { readonly kind: 'ok'; readonly body: unknown; readonly commit?: () => void }
  | { readonly kind: 'not-found'; readonly message: string }
  /** The operation cannot be served from state (e.g. no id parameter); answer from the examples. */
  | { readonly kind: 'skip' };

export interface StateOptions {
  readonly seed?: Readonly<Record<string, readonly unknown[]>>;
  /** Returns the timestamp for created_at / updated_at. */
  readonly clock: () => string;
}

/** Where a create, read or update response carries the item. */
type Placement = { readonly kind: 'item' } | { readonly kind: 'wrapped'; readonly key: string } | { readonly kind: 'other' };

interface Collection {
  items: Item[];
  readonly idField: string;
  readonly idKind: 'number' | 'uuid' | 'string';
  stringCounter: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The first 2xx response of an operation (responses are sorted by status). */
export function successResponse(op: MockOperation): MockResponse | undefined {
  return op.responses.find((r) => /^2\d\d$/.test(r.status)) ?? op.responses.find((r) => r.status === 'default' || r.status === '2XX');
}

/** `assistants` → `Assistant`, `phone-numbers` → `Phone number`, `sms_logs` → `Sms log`. */
export function singularLabel(collection: string): string {
  const words = collection.split(/[-_\s]+/).filter(Boolean);
  const last = words.pop() ?? 'item';
  const singular = /ies$/i.test(last) ? last.replace(/ies$/i, 'y') : /(ss|us)$/i.test(last) ? last : last.replace(/s$/i, '');
  const text = [...words, singular].join(' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}


export class StateStore {
  private readonly collections = new Map<string, Collection>();
  private readonly itemSchemas = new Map<string, unknown>();

  constructor(
    private readonly model: MockModel,
    private readonly resolver: SchemaResolver,
    private readonly options: StateOptions,
  ) {}

  reset(): void {
    this.collections.clear();
  }

  /** A copy of a collection's items (seeding it if needed). */
  snapshot(name: string): Item[] {
    return structuredClone(this.collection(name).items);
  }

  handle(op: MockOperation, params: ParamValues, body: unknown): StateOutcome {
    const state = op.state;
    if (!state) return { kind: 'skip' };
    const col = this.collection(state.collection);
    const label = singularLabel(state.collection);
    const example = successResponse(op)?.example;
    switch (state.action) {
      case 'list': {
        const ignored = new Set(paginationParams(op.pagination));
        const filters: Record<string, unknown> = {};
        for (const p of op.parameters) {
          if (p.in !== 'query' || ignored.has(p.name)) continue;
          const v = params.query[p.name];
          if (v !== undefined) filters[p.name] = v;
        }
        const items = filterItems(col.items, filters);
        const template = example ?? this.sampleSuccess(op);
        return {
          kind: 'ok',
          body: buildPage({ template, items, pagination: op.pagination, query: params.query, defaults: this.defaults(op) }),
        };
      }
      case 'create': {
        const placement = this.placement(op);
        const itemSchema = this.itemSchema(state.collection) ?? successResponse(op)?.schema;
        const template = example ?? this.sampleSuccess(op);
        const itemTemplate =
          placement.kind === 'item'
            ? template
            : placement.kind === 'wrapped' && isObject(template)
              ? template[placement.key]
              : itemSchema !== undefined
                ? this.resolver.sample(itemSchema)
                : undefined;
        const base: Item = isObject(itemTemplate) ? structuredClone(itemTemplate) : {};
        const allowed = new Set([...Object.keys(base), ...this.resolver.propertyNames(itemSchema)]);
        const secret = this.resolver.writeOnlyNames(itemSchema);
        const item: Item = {};
        for (const [k, v] of Object.entries(base)) if (!secret.has(k)) defineOwn(item, k, v);
        if (isObject(body)) {
          for (const [k, v] of Object.entries(body)) {
            if (k === col.idField || secret.has(k)) continue;
            if (allowed.size === 0 || allowed.has(k)) defineOwn(item, k, structuredClone(v));
          }
        }
        defineOwn(item, col.idField, this.nextId(col));
        const now = this.options.clock();
        if ('created_at' in base) defineOwn(item, 'created_at', now);
        if ('updated_at' in base) defineOwn(item, 'updated_at', now);
        return {
          kind: 'ok',
          body: this.respond(op, placement, item),
          commit: () => {
            col.items.push(item);
          },
        };
      }
      case 'read':
      case 'update':
      case 'delete': {
        const found = this.find(col, op, params);
        if (found === 'skip') return { kind: 'skip' };
        if (found === undefined) return { kind: 'not-found', message: `${label} not found` };
        const [index, current] = found;
        if (state.action === 'read') return { kind: 'ok', body: this.respond(op, this.placement(op), structuredClone(current)) };
        if (state.action === 'delete') {
          const response = successResponse(op);
          const deleted =
            response?.example !== undefined
              ? response.example
              : response?.schema !== undefined
                ? this.resolver.sample(response.schema)
                : { success: true, message: `${label} deleted successfully` };
          return {
            kind: 'ok',
            body: deleted,
            commit: () => {
              const i = col.items.indexOf(current);
              if (i >= 0) col.items.splice(i, 1);
            },
          };
        }
        const updated: Item = structuredClone(current);
        const placement = this.placement(op);
        const itemSchema = this.itemSchema(state.collection) ?? successResponse(op)?.schema;
        const allowed = new Set([...Object.keys(current), ...this.resolver.propertyNames(itemSchema)]);
        const secret = this.resolver.writeOnlyNames(itemSchema);
        for (const k of secret) allowed.delete(k);
        // Query parameters named like item fields update them too (`PATCH .../status?is_active=false`).
        for (const p of op.parameters) {
          if (p.in !== 'query' || p.name === col.idField || !allowed.has(p.name)) continue;
          const v = params.query[p.name];
          if (v !== undefined) defineOwn(updated, p.name, structuredClone(v));
        }
        if (isObject(body)) {
          for (const [k, v] of Object.entries(body)) {
            if (k === col.idField || (allowed.size > 0 && !allowed.has(k))) continue;
            const prev = updated[k];
            defineOwn(updated, k, isObject(prev) && isObject(v) ? { ...prev, ...structuredClone(v) } : structuredClone(v));
          }
        }
        if ('updated_at' in updated) defineOwn(updated, 'updated_at', this.options.clock());
        return {
          kind: 'ok',
          body: this.respond(op, placement, updated),
          commit: () => {
            const i = col.items.indexOf(current);
            if (i >= 0) col.items[i] = updated;
            else col.items[index] = updated;
          },
        };
      }
      default:
        return { kind: 'skip' };
    }
  }

  // -------------------------------------------------------------------------------------------------------------

  /** The schema of one item of a collection: its list's item schema, else its read's response schema. */
  private itemSchema(name: string): unknown {
    if (this.itemSchemas.has(name)) return this.itemSchemas.get(name);
    const ops = this.model.operations.filter((o) => o.state?.collection === name);
    let found: unknown;
    for (const op of ops.filter((o) => o.state?.action === 'list')) {
      found = this.listItemSchema(op);
      if (found !== undefined) break;
    }
    found ??= ops.filter((o) => o.state?.action === 'read').map((o) => successResponse(o)?.schema).find((schema) => schema !== undefined);
    this.itemSchemas.set(name, found);
    return found;
  }

  private listItemSchema(op: MockOperation): unknown {
    const schema = successResponse(op)?.schema;
    if (schema === undefined) return undefined;
    let container: unknown = schema;
    if (!this.resolver.types(schema).has('array')) {
      const example = successResponse(op)?.example;
      const path = op.pagination?.items ?? (isObject(example) ? Object.keys(example).find((k) => Array.isArray(example[k])) : undefined);
      if (path === undefined) return undefined;
      for (const key of path.split('.')) container = container === undefined ? undefined : this.resolver.propertySchema(container, key);
    }
    const resolved = this.resolver.deref(container);
    return isObject(resolved) ? resolved['items'] : undefined;
  }

  private placement(op: MockOperation): Placement {
    const schema = successResponse(op)?.schema;
    const item = op.state ? this.itemSchema(op.state.collection) : undefined;
    if (schema === undefined || item === undefined || sameSchema(schema, item)) return { kind: 'item' };
    const resolved = this.resolver.deref(schema);
    const props = isObject(resolved) ? resolved['properties'] : undefined;
    if (isObject(props)) {
      const key = Object.keys(props).find((k) => holdsSchema(props[k], item));
      if (key !== undefined) return { kind: 'wrapped', key };
    }
    return { kind: 'other' };
  }

  /** The response body of a create, read or update, given the item it concerns. */
  private respond(op: MockOperation, placement: Placement, item: Item): unknown {
    if (placement.kind === 'item') return item;
    const example = successResponse(op)?.example ?? this.sampleSuccess(op);
    if (placement.kind === 'other') return example === undefined ? {} : structuredClone(example);
    const body: Item = isObject(example) ? structuredClone(example) : {};
    defineOwn(body, placement.key, item);
    return body;
  }

  private defaults(op: MockOperation): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of op.parameters) {
      if (p.in !== 'query') continue;
      const d = this.resolver.defaultOf(p.schema);
      if (d !== undefined) out[p.name] = d;
    }
    return out;
  }

  private sampleSuccess(op: MockOperation): unknown {
    const r = successResponse(op);
    return r?.schema === undefined ? undefined : this.resolver.sample(r.schema);
  }

  private find(col: Collection, op: MockOperation, params: ParamValues): [number, Item] | undefined | 'skip' {
    const idParam = op.state?.idParam ?? op.parameters.find((p) => p.in === 'path')?.name;
    if (idParam === undefined) return 'skip';
    const raw = params.path[idParam];
    if (raw === undefined) return 'skip';
    const wanted = String(raw);
    const fields = [col.idField, idParam].filter((f, i, a) => a.indexOf(f) === i);
    for (const field of fields) {
      const index = col.items.findIndex((item) => Object.prototype.hasOwnProperty.call(item, field) && isScalarString(item[field]) === wanted);
      const item = col.items[index];
      if (index >= 0 && item) return [index, item];
    }
    return undefined;
  }

  private collection(name: string): Collection {
    const existing = this.collections.get(name);
    if (existing) return existing;
    const ops = this.model.operations.filter((o) => o.state?.collection === name);
    const fromSeed = this.options.seed?.[name];
    let items: Item[] = [];
    if (fromSeed) {
      items = structuredClone(fromSeed.filter(isObject));
    } else {
      for (const op of ops.filter((o) => o.state?.action === 'list')) {
        const ex = successResponse(op)?.example;
        if (ex !== undefined) items.push(...structuredClone(extractItems(ex, op.pagination).filter(isObject)));
      }
    }
    const readExample = ops.filter((o) => o.state?.action === 'read').map((o) => successResponse(o)?.example).find(isObject);
    const createExample = ops.filter((o) => o.state?.action === 'create').map((o) => successResponse(o)?.example).find(isObject);
    const sample = items[0] ?? readExample ?? createExample ?? {};
    const idParams = ops.map((o) => o.state?.idParam).filter((p): p is string => typeof p === 'string');
    const idField = 'id' in sample ? 'id' : (idParams.find((p) => p in sample) ?? 'id');
    const sampleId = sample[idField];
    const idKind: Collection['idKind'] = typeof sampleId === 'string' ? (UUID.test(sampleId) ? 'uuid' : 'string') : 'number';
    const col: Collection = { items: [], idField, idKind, stringCounter: 0 };
    if (!fromSeed && readExample && !items.some((i) => isScalarString(i[idField]) === isScalarString(readExample[idField]))) {
      items.push(structuredClone(readExample));
    }
    // Give every item a unique id.
    const seen = new Set<string>();
    for (const item of items) {
      const id = isScalarString(item[idField]);
      if (id === undefined || seen.has(id)) defineOwn(item, idField, this.nextId(col));
      seen.add(String(item[idField]));
      col.items.push(item);
    }
    this.collections.set(name, col);
    return col;
  }

  private nextId(col: Collection): string | number {
    if (col.idKind === 'number') {
      let max = 0;
      for (const item of col.items) {
        const v = item[col.idField];
        const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
        if (Number.isFinite(n) && n > max) max = n;
      }
      return max + 1;
    }
    const taken = new Set(col.items.map((i) => isScalarString(i[col.idField])));
    for (;;) {
      col.stringCounter += 1;
      const n = col.stringCounter;
      const candidate = col.idKind === 'uuid' ? `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}` : `mock-${n}`;
      if (!taken.has(candidate)) return candidate;
    }
  }
}

function sameSchema(a: unknown, b: unknown): boolean {
  if (isObject(a) && isObject(b) && typeof a['$ref'] === 'string') return a['$ref'] === b['$ref'];
  return JSON.stringify(a) === JSON.stringify(b);
}

/** True when a property schema is the item schema, or a nullable / union of it. */
function holdsSchema(property: unknown, item: unknown): boolean {
  if (sameSchema(property, item)) return true;
  if (!isObject(property)) return false;
  return ['anyOf', 'oneOf'].some((key) => {
    const branches = property[key];
    return Array.isArray(branches) && branches.some((branch) => sameSchema(branch, item));
  });
}

function isScalarString(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;
}

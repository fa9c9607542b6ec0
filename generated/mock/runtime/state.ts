/**
 * In-memory state for operations marked with `x-mock` (`op.state`): one collection of items per name, seeded
 * lazily from the examples (or from `options.seed`) and restored by `reset()`.
 *
 * Every action computes its outcome first and returns the mutation as a `commit` closure; the server runs it only
 * once the response has been serialised, so a failure never leaves a collection half-changed.
 */
import type { MockModel, MockOperation, MockResponse } from './model.js';
import { buildPage, extractItems, filterItems, paginationParams } from './pagination.js';
import { isObject, type SchemaResolver } from './schema.js';
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

function assign(target: Item, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export class StateStore {
  private readonly collections = new Map<string, Collection>();

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
        const template = example ?? this.sampleSuccess(op);
        const base: Item = isObject(template) ? structuredClone(template) : {};
        const allowed = new Set([...Object.keys(base), ...this.resolver.propertyNames(successResponse(op)?.schema)]);
        const item: Item = { ...base };
        if (isObject(body)) {
          for (const [k, v] of Object.entries(body)) {
            if (k === col.idField) continue;
            if (allowed.size === 0 || allowed.has(k)) assign(item, k, structuredClone(v));
          }
        }
        assign(item, col.idField, this.nextId(col));
        const now = this.options.clock();
        if ('created_at' in base) assign(item, 'created_at', now);
        if ('updated_at' in base) assign(item, 'updated_at', now);
        return {
          kind: 'ok',
          body: item,
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
        if (state.action === 'read') return { kind: 'ok', body: structuredClone(current) };
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
        const allowed = new Set([...Object.keys(current), ...this.resolver.propertyNames(successResponse(op)?.schema)]);
        // Query parameters named like item fields update them too (`PATCH .../status?is_active=false`).
        for (const p of op.parameters) {
          if (p.in !== 'query' || p.name === col.idField || !allowed.has(p.name)) continue;
          const v = params.query[p.name];
          if (v !== undefined) assign(updated, p.name, structuredClone(v));
        }
        if (isObject(body)) {
          for (const [k, v] of Object.entries(body)) {
            if (k === col.idField || (allowed.size > 0 && !allowed.has(k))) continue;
            const prev = updated[k];
            assign(updated, k, isObject(prev) && isObject(v) ? { ...prev, ...structuredClone(v) } : structuredClone(v));
          }
        }
        if ('updated_at' in updated) assign(updated, 'updated_at', this.options.clock());
        return {
          kind: 'ok',
          body: updated,
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
      if (id === undefined || seen.has(id)) assign(item, idField, this.nextId(col));
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

function isScalarString(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;
}

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
import { buildPage, extractItems, filterItems, paginationParams, setPath } from './pagination.js';
import { defineOwn, isObject, type SchemaResolver } from './schema.js';
import type { ParamValues } from './validation.js';

type Item = Record<string, unknown>;

export type StateOutcome =
  /** `created`: the item a create made or an update changed (what `x-mock.simulate` runs on). */
  | { readonly kind: 'ok'; readonly body: unknown; readonly commit?: () => void; readonly created?: { readonly id: unknown } }
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
  /** Fields no two items share: the id, and every other field an operation finds items by (`call_sid`). */
  readonly keyFields: readonly string[];
  /** The highest number ever handed out or seeded: ids are never reused, even after a delete. */
  highWater: number;
  stringCounter: number;
  /** Every value each key field ever had (seeded or handed out): a fresh key is never one of them. */
  readonly used: Map<string, Set<string>>;
}

interface CreatePlan {
  readonly allowed: (key: string) => boolean;
  readonly fills: readonly { readonly name: string; readonly now: boolean; readonly value: unknown }[];
  readonly example: Item;
}

/** What an operation's `x-mock` says beyond collection/action/idParam (the model's `state.options`). */
interface StateOptionsOfOp {
  /** Item fields set from other body fields on create (`customer_phone_number: to_phone_number`); only these are taken. */
  readonly from?: Readonly<Record<string, string>>;
  /** Item fields set on create or update (`status: completed`); strings render as templates, `{now}` is the clock. */
  readonly set?: Readonly<Record<string, unknown>>;
  /** Response fields (dotted paths) rendered from the item: `'{call_sid}'`, `'Assistant {name} deleted'`. */
  readonly respond?: Readonly<Record<string, string>>;
  /** `example`: a read that only checks the item exists (404 otherwise), then answers from the examples. */
  readonly answer?: 'example';
  /**
   * A list of one parent's items: the parent is the item of `collection` one of whose keys equals the path parameter
   * `param` (404 when none), and the listed items are those whose `ref` field holds the parent's id.
   */
  readonly parent?: { readonly collection: string; readonly param: string; readonly ref: string };
  /** The simulation (the root `x-mock.simulations` key) a created item goes through. */
  readonly simulate?: string;
}

export function opOptions(op: MockOperation): StateOptionsOfOp {
  const options = op.state?.options;
  return isObject(options) ? (options as StateOptionsOfOp) : {};
}

/** `'{name}'` → the item's name (any type); `'Assistant {name} deleted'` → a string. Unknown fields render empty. */
export function renderTemplate(template: string, item: Readonly<Record<string, unknown>>): unknown {
  const whole = /^\{([^{}]+)\}$/.exec(template);
  const field = (name: string): unknown => (Object.prototype.hasOwnProperty.call(item, name) ? item[name] : undefined);
  if (whole) return field(whole[1] ?? '') ?? null;
  return template.replace(/\{([^{}]+)\}/g, (_m, name: string) => {
    const v = field(name);
    return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}

/** Sets `x-mock.set` on an item; string values are templates over the item and `now`. */
export function applySet(item: Item, set: Readonly<Record<string, unknown>> | undefined, clock: () => string): void {
  if (!set) return;
  const now = Object.values(set).some((v) => typeof v === 'string' && v.includes('{now}')) ? clock() : undefined;
  for (const [k, v] of Object.entries(set)) {
    defineOwn(item, k, typeof v === 'string' ? renderTemplate(v, now === undefined ? item : { ...item, now }) : structuredClone(v));
  }
}

/** A fresh value shaped like `like`: its trailing hex digits replaced by `n` (`CA9f3c…` → `CA000…01`), else `like-n`. */
export function mintLike(like: string, n: number): string {
  const m = /[0-9a-f]{4,}$/.exec(like);
  if (!m) return `${like || 'mock'}-${n}`;
  const hex = n.toString(16);
  return like.slice(0, m.index) + (hex.length >= m[0].length ? hex : hex.padStart(m[0].length, '0'));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The first 2xx response of an operation (responses are sorted by status). */
const successes = new WeakMap<MockOperation, { readonly response: MockResponse | undefined }>();

export function successResponse(op: MockOperation): MockResponse | undefined {
  let hit = successes.get(op);
  if (!hit) {
    hit = { response: op.responses.find((r) => /^2\d\d$/.test(r.status)) ?? op.responses.find((r) => r.status === 'default' || r.status === '2XX') };
    successes.set(op, hit);
  }
  return hit.response;
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
  private readonly plans = new Map<MockOperation, CreatePlan>();
  private readonly itemSchemas = new Map<string, unknown>();

  constructor(
    private readonly model: MockModel,
    private readonly resolver: SchemaResolver,
    private readonly options: StateOptions,
  ) {}

  /** Changes to the state so far: what a read returned holds until this moves (the server caches GET replies by it). */
  private changes = 0;

  get version(): number {
    return this.changes;
  }

  reset(): void {
    this.collections.clear();
    this.plans.clear();
    this.changes++;
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
        const parent = opOptions(op).parent;
        let items = col.items;
        if (parent) {
          const owner = this.findByKey(parent.collection, params.path[parent.param]);
          if (!owner) return { kind: 'not-found', message: `${singularLabel(parent.collection)} not found` };
          const ownerId = isScalarString(owner.item[owner.col.idField]);
          items = items.filter((item) => isScalarString(item[parent.ref]) === ownerId);
        }
        const ignored = new Set(paginationParams(op.pagination));
        const filters: Record<string, unknown> = {};
        for (const p of op.parameters) {
          if (p.in !== 'query' || ignored.has(p.name)) continue;
          const v = params.query[p.name];
          if (v !== undefined) filters[p.name] = v;
        }
        items = filterItems(items, filters) as Item[];
        const template = example ?? this.sampleSuccess(op);
        return {
          kind: 'ok',
          body: buildPage({ template, items, pagination: op.pagination, query: params.query, defaults: this.defaults(op) }),
        };
      }
      case 'create': {
        const placement = this.placement(op);
        const item = this.newItem(op, col, placement, body);
        return {
          kind: 'ok',
          body: this.respond(op, placement, item),
          created: { id: item[col.idField] },
          commit: () => {
            col.items.push(item);
            this.changes++;
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
        if (state.action === 'read') {
          if (opOptions(op).answer === 'example') return { kind: 'skip' };
          return { kind: 'ok', body: this.respond(op, this.placement(op), structuredClone(current)) };
        }
        if (state.action === 'delete') {
          const response = successResponse(op);
          const deleted =
            response?.example !== undefined
              ? structuredClone(response.example)
              : response?.schema !== undefined
                ? this.resolver.sample(response.schema)
                : { success: true, message: `${label} deleted successfully` };
          return {
            kind: 'ok',
            body: this.rendered(op, deleted, current),
            commit: () => {
              const i = col.items.indexOf(current);
              if (i >= 0) col.items.splice(i, 1);
              this.changes++;
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
        applySet(updated, opOptions(op).set, this.options.clock);
        if ('updated_at' in updated) defineOwn(updated, 'updated_at', this.options.clock());
        return {
          kind: 'ok',
          body: this.respond(op, placement, updated),
          // An update may start a simulation too (a campaign started).
          created: { id: updated[col.idField] },
          commit: () => {
            const i = col.items.indexOf(current);
            if (i >= 0) col.items[i] = updated;
            else col.items[index] = updated;
            this.changes++;
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
    if (placement.kind === 'other') return this.rendered(op, example === undefined ? {} : structuredClone(example), item);
    const body: Item = isObject(example) ? structuredClone(example) : {};
    defineOwn(body, placement.key, item);
    return this.rendered(op, body, item);
  }

  /** A response body with the fields of `x-mock.respond` rendered from the item. */
  private rendered(op: MockOperation, body: unknown, item: Item): unknown {
    const respond = opOptions(op).respond;
    if (!respond || !isObject(body)) return body;
    for (const [path, template] of Object.entries(respond)) if (typeof template === 'string') setPath(body, path, renderTemplate(template, item));
    return body;
  }

  /**
   * A created item: what the client sent (or, with `x-mock.from`, the mapped fields), `x-mock.set`, then for every
   * property of the item schema not given: a fresh id / key, `now` for timestamps, the schema's default, else for a
   * required property the server's value from the example (a property the client could have set and did not is
   * left out, or null when nullable, never an example value).
   */
  private newItem(op: MockOperation, col: Collection, placement: Placement, body: unknown): Item {
    const plan = this.createPlan(op, col, placement);
    const item: Item = {};
    const options = opOptions(op);
    if (isObject(body)) {
      if (options.from) {
        for (const [field, source] of Object.entries(options.from)) {
          if (typeof source === 'string' && Object.prototype.hasOwnProperty.call(body, source) && body[source] !== null && plan.allowed(field)) {
            defineOwn(item, field, structuredClone(body[source]));
          }
        }
      } else {
        for (const [k, v] of Object.entries(body)) if (plan.allowed(k)) defineOwn(item, k, structuredClone(v));
      }
    }
    applySet(item, options.set, this.options.clock);
    const now = this.options.clock();
    for (const fill of plan.fills) {
      if (Object.prototype.hasOwnProperty.call(item, fill.name)) continue;
      defineOwn(item, fill.name, fill.now ? now : fill.value === null || typeof fill.value !== 'object' ? fill.value : structuredClone(fill.value));
    }
    defineOwn(item, col.idField, this.nextId(col));
    for (const key of col.keyFields) if (key !== col.idField) defineOwn(item, key, this.mintKey(col, key, plan.example[key]));
    return item;
  }

  /**
   * What a create of `op` fills in besides what was sent, worked out once per operation (until `reset()`): the
   * allowed body fields, and per missing property `now`, its default, the server's value or null.
   */
  private createPlan(op: MockOperation, col: Collection, placement: Placement): CreatePlan {
    const cached = this.plans.get(op);
    if (cached) return cached;
    const state = op.state as NonNullable<MockOperation['state']>;
    const itemSchema = this.itemSchema(state.collection) ?? successResponse(op)?.schema;
    const template = successResponse(op)?.example ?? this.sampleSuccess(op);
    const itemTemplate =
      placement.kind === 'item' ? template : placement.kind === 'wrapped' && isObject(template) ? template[placement.key] : undefined;
    const example: Item = isObject(itemTemplate) ? itemTemplate : isObject(this.itemExample(state.collection)) ? (this.itemExample(state.collection) as Item) : {};
    const declared = this.resolver.propertyNames(itemSchema);
    const required = this.resolver.requiredNames(itemSchema);
    const secret = this.resolver.writeOnlyNames(itemSchema);
    const sent = new Set(this.resolver.propertyNames(op.requestBody?.schema));
    const fromMap = opOptions(op).from !== undefined;
    const fills: CreatePlan['fills'][number][] = [];
    for (const name of declared.size > 0 ? [...declared] : Object.keys(example)) {
      if (secret.has(name) || name === col.idField || col.keyFields.includes(name)) continue;
      if (name === 'created_at' || name === 'updated_at') {
        fills.push({ name, now: true, value: undefined });
        continue;
      }
      const property = this.resolver.propertySchema(itemSchema, name);
      const fallback = this.resolver.defaultOf(property);
      if (fallback !== undefined) fills.push({ name, now: false, value: structuredClone(fallback) });
      else if (required.has(name) || (!sent.has(name) && !fromMap)) {
        // The server's own value (an organization id, a count): the example's, else a sample.
        const value = Object.prototype.hasOwnProperty.call(example, name) ? example[name] : this.resolver.sample(property);
        fills.push({ name, now: false, value: structuredClone(value) });
      } else if (this.resolver.types(property).has('null')) fills.push({ name, now: false, value: null });
    }
    const plan: CreatePlan = {
      allowed: (k) => !secret.has(k) && k !== col.idField && (declared.size === 0 || declared.has(k)),
      fills,
      example: structuredClone(example),
    };
    this.plans.set(op, plan);
    return plan;
  }

  /** An example item of a collection (its list's first item, else its read's example). */
  private itemExample(name: string): unknown {
    const col = this.collection(name);
    return col.items[0];
  }

  private mintKey(col: Collection, field: string, like: unknown): unknown {
    const taken = usedOf(col, field);
    const shape = typeof like === 'string' ? like : typeof col.items[0]?.[field] === 'string' ? (col.items[0]?.[field] as string) : `${field}`;
    if (typeof like === 'number') return this.nextNumber(col);
    for (;;) {
      col.stringCounter += 1;
      const candidate = mintLike(shape, col.stringCounter);
      if (!taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
  }

  private readonly defaultsCache = new WeakMap<MockOperation, Record<string, unknown>>();

  private defaults(op: MockOperation): Record<string, unknown> {
    const cached = this.defaultsCache.get(op);
    if (cached) return cached;
    const out: Record<string, unknown> = {};
    for (const p of op.parameters) {
      if (p.in !== 'query') continue;
      const d = this.resolver.defaultOf(p.schema);
      if (d !== undefined) out[p.name] = d;
    }
    this.defaultsCache.set(op, out);
    return out;
  }

  private sampleSuccess(op: MockOperation): unknown {
    const r = successResponse(op);
    return r?.schema === undefined ? undefined : this.resolver.sample(r.schema);
  }

  /** Replaces an item (by identity) with a new version; false when it is gone. */
  replace(collection: string, current: Item, updated: Item): boolean {
    const col = this.collection(collection);
    const i = col.items.indexOf(current);
    if (i < 0) return false;
    col.items[i] = updated;
    this.changes++;
    return true;
  }

  /** Adds an item made by the mock itself (a transcript, a webhook log), with a fresh id and fresh keys. */
  insert(collection: string, item: Item): Item {
    const col = this.collection(collection);
    defineOwn(item, col.idField, this.nextId(col));
    for (const key of col.keyFields) if (key !== col.idField) defineOwn(item, key, this.mintKey(col, key, col.items[0]?.[key]));
    col.items.push(item);
    this.changes++;
    return item;
  }

  /** The item of a collection one of whose keys (id, SID...) equals `value`. */
  findByKey(collection: string, value: unknown): { col: Collection; item: Item } | undefined {
    const col = this.collection(collection);
    const wanted = isScalarString(value);
    if (wanted === undefined) return undefined;
    for (const field of col.keyFields) {
      const item = col.items.find((candidate) => Object.prototype.hasOwnProperty.call(candidate, field) && isScalarString(candidate[field]) === wanted);
      if (item) return { col, item };
    }
    return undefined;
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
    const keyFields = [idField, ...idParams.filter((p) => p !== idField && p in sample)].filter((f, i, a) => a.indexOf(f) === i);
    const col: Collection = { items: [], idField, idKind, keyFields, highWater: 0, stringCounter: 0, used: new Map() };
    for (const item of items) {
      for (const field of keyFields) {
        const value = isScalarString(item[field]);
        if (value !== undefined) usedOf(col, field).add(value);
      }
    }
    if (!fromSeed && readExample && !items.some((i) => isScalarString(i[idField]) === isScalarString(readExample[idField]))) {
      items.push(structuredClone(readExample));
    }
    for (const item of items) {
      const n = numeric(item[idField]);
      if (n !== undefined && n > col.highWater) col.highWater = n;
    }
    // Give every item a unique id and unique keys (two seeded calls never share a SID).
    const seen = new Map<string, Set<string>>(keyFields.map((f) => [f, new Set<string>()]));
    for (const item of items) {
      for (const field of keyFields) {
        const value = isScalarString(item[field]);
        const used = seen.get(field) as Set<string>;
        if (field === idField && (value === undefined || used.has(value))) defineOwn(item, idField, this.nextId(col));
        else if (field !== idField && value !== undefined && used.has(value)) defineOwn(item, field, this.mintKey(col, field, item[field]));
        used.add(String(item[field]));
      }
      col.items.push(item);
    }
    this.collections.set(name, col);
    return col;
  }

  /** Above every number seeded or handed out (seeding sets the mark; ids only ever come from here). */
  private nextNumber(col: Collection): number {
    col.highWater += 1;
    return col.highWater;
  }

  private nextId(col: Collection): string | number {
    if (col.idKind === 'number') return this.nextNumber(col);
    const taken = usedOf(col, col.idField);
    for (;;) {
      col.stringCounter += 1;
      const n = col.stringCounter;
      const candidate = col.idKind === 'uuid' ? `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}` : `mock-${n}`;
      if (!taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
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

function usedOf(col: Collection, field: string): Set<string> {
  let set = col.used.get(field);
  if (!set) {
    set = new Set();
    col.used.set(field, set);
  }
  return set;
}

function numeric(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function isScalarString(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;
}

/**
 * List responses: filtering by same-named query parameters and slicing per the operation's pagination style,
 * re-using the success example's shape for page objects.
 */
import type { MockPagination } from './model.js';
import { defineOwn, isObject } from './schema.js';

export function getPath(value: unknown, path: string): unknown {
  let cur = value;
  for (const key of path.split('.')) {
    if (!isObject(cur)) return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, key) ? cur[key] : undefined;
  }
  return cur;
}

/** Sets a dotted path, creating intermediate objects (own data properties only; `__proto__` is safe). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur: Record<string, unknown> = target;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      defineOwn(cur, key, value);
      return;
    }
    const next = Object.prototype.hasOwnProperty.call(cur, key) ? cur[key] : undefined;
    if (isObject(next)) cur = next;
    else {
      const created: Record<string, unknown> = {};
      defineOwn(cur, key, created);
      cur = created;
    }
  });
}

/** Where the items sit in a list body: the declared path, else the first array property of an object example. */
export function itemsPath(template: unknown, pagination: MockPagination | undefined): string | undefined {
  if (pagination?.items) return pagination.items;
  if (isObject(template)) {
    for (const [k, v] of Object.entries(template)) if (Array.isArray(v)) return k;
  }
  return undefined;
}

/** The items of a list example (empty when it has none). */
export function extractItems(template: unknown, pagination: MockPagination | undefined): unknown[] {
  if (Array.isArray(template)) return template;
  const path = itemsPath(template, pagination);
  const items = path === undefined ? undefined : getPath(template, path);
  return Array.isArray(items) ? items : [];
}

/** Keeps items whose same-named field equals a given query value (items lacking the field are kept). */
export function filterItems(items: readonly unknown[], filters: Readonly<Record<string, unknown>>): unknown[] {
  const entries = Object.entries(filters).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return [...items];
  return items.filter((item) => {
    if (!isObject(item)) return true;
    return entries.every(([k, want]) => {
      if (!Object.prototype.hasOwnProperty.call(item, k)) return true;
      const have = item[k];
      const eq = (w: unknown): boolean => have === w || (isScalar(have) && isScalar(w) && String(have) === String(w));
      return Array.isArray(want) ? want.some(eq) : eq(want);
    });
  });
}

function isScalar(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

function intOr(value: unknown, fallback: number, min: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.max(min, Math.trunc(n));
}

/** The query parameter names a pagination style consumes. */
export function paginationParams(pagination: MockPagination | undefined): string[] {
  if (!pagination) return [];
  switch (pagination.style) {
    case 'offset':
      return [pagination.offsetParam, pagination.limitParam];
    case 'page':
      return [pagination.pageParam, pagination.perPageParam];
    case 'limit':
      return [pagination.limitParam];
    default:
      return [];
  }
}

export interface PageInput {
  readonly template: unknown;
  readonly items: readonly unknown[];
  readonly pagination: MockPagination | undefined;
  /** Coerced query values. */
  readonly query: Readonly<Record<string, unknown>>;
  /** Parameter defaults (from the parameter schemas), by name. */
  readonly defaults: Readonly<Record<string, unknown>>;
}

/** Builds the list body: a bare array or a copy of the example's page object with items and counters replaced. */
export function buildPage(input: PageInput): unknown {
  const { template, items, pagination, query, defaults } = input;
  const value = (name: string, fallback: number, min: number): number => intOr(query[name] ?? defaults[name], fallback, min);
  let page: unknown[] = [...items];
  const total = items.length;
  const counters: Array<[string, unknown]> = [];
  let pageObjectPath: string | undefined;
  let pageFields: Record<string, unknown> = {};

  switch (pagination?.style) {
    case 'offset': {
      const skip = value(pagination.offsetParam, 0, 0);
      const limit = value(pagination.limitParam, 100, 0);
      page = items.slice(skip, skip + limit);
      if (pagination.total) counters.push([pagination.total, total]);
      if (pagination.hasMore) counters.push([pagination.hasMore, skip + page.length < total]);
      pageFields = { [pagination.offsetParam]: skip, [pagination.limitParam]: limit, total, has_more: skip + page.length < total };
      break;
    }
    case 'page': {
      const number = value(pagination.pageParam, 1, 1);
      const perPage = value(pagination.perPageParam, 50, 1);
      const start = (number - 1) * perPage;
      page = items.slice(start, start + perPage);
      const totalPages = Math.ceil(total / perPage);
      if (pagination.total) counters.push([pagination.total, total]);
      if (pagination.hasNext) counters.push([pagination.hasNext, number < totalPages]);
      pageObjectPath = pagination.hasNext?.includes('.')
        ? pagination.hasNext.slice(0, pagination.hasNext.lastIndexOf('.'))
        : isObject(getPath(template, 'pagination'))
          ? 'pagination'
          : undefined;
      pageFields = {
        [pagination.pageParam]: number,
        [pagination.perPageParam]: perPage,
        total,
        total_items: total,
        total_count: total,
        total_pages: totalPages,
        has_next: number < totalPages,
        has_prev: number > 1,
      };
      break;
    }
    case 'limit': {
      const limit = value(pagination.limitParam, 100, 0);
      page = items.slice(0, limit);
      pageFields = { [pagination.limitParam]: limit, total };
      break;
    }
    default:
      break;
  }

  const path = itemsPath(template, pagination);
  if (path === undefined) return page;
  const body: Record<string, unknown> = isObject(template) ? structuredClone(template) : {};
  setPath(body, path, page);
  // Refresh counters the example already carries (top level, or the nested pagination object).
  const refresh = (obj: unknown): void => {
    if (!isObject(obj)) return;
    for (const [k, v] of Object.entries(pageFields)) {
      if (Object.prototype.hasOwnProperty.call(obj, k) && k !== path) setPath(obj, k, v);
    }
  };
  refresh(body);
  if (pageObjectPath !== undefined) refresh(getPath(body, pageObjectPath));
  for (const [p, v] of counters) setPath(body, p, v);
  return body;
}

/**
 * Walking paginated list operations (`op.pagination`). Dotted paths (`items`, `hasNext`, `total`, `hasMore`) and
 * parameter names in the descriptor are WIRE names; the items handed to the caller are camelCased.
 */
import { APIPromise } from './api-promise.js';
import { fromWire, sdkPath } from './casing.js';
import { bodyBytes, parseJson, sendOperation, type CoreClient, type RawResult, type RequestOptions, type ResponseMode } from './client.js';
import { paramsPlanOf } from './encoding.js';
import { SDKError } from './errors.js';
import { routeOf, type OperationDescriptor } from './operation.js';

/**
 * Calls a list operation (used by the generated functions): awaiting gives the first page's decoded body,
 * `for await` walks every item of every page per `op.pagination`.
 */
export function list<Item, Body>(
  client: CoreClient,
  op: OperationDescriptor,
  pathArgs: readonly unknown[],
  params?: object,
  options?: RequestOptions,
): PagePromise<Item, Body> {
  // Any object type: generated params types may be interfaces, which have no index signature.
  const input = (params ?? {}) as Readonly<Record<string, unknown>>;
  const fetched = async (result: RawResult): Promise<FetchedPage> => {
    const wire = parseJson(await bodyBytes(result), routeOf(op));
    return { wire, data: fromWire(wire, op.shape), response: result.response };
  };
  const context: PageContext = {
    op,
    params: input,
    fetchPage: async (overrides) => fetched(await sendOperation(client, op, pathArgs, input, overrides, options, 'buffered')),
  };
  return new PagePromise<Item, Body>(
    (mode) => sendOperation(client, op, pathArgs, input, undefined, options, mode),
    async (result) => new Page<Item, Body>(context, await fetched(result), {}),
  );
}

/** One decoded page: `wire` is the parsed JSON as sent, `data` the camelCased value. */
export interface FetchedPage {
  readonly wire: unknown;
  readonly data: unknown;
  readonly response: Response;
}

/** Everything needed to fetch further pages of one list call. */
export interface PageContext {
  readonly op: OperationDescriptor;
  /** The caller's (camelCase) params of the first request. */
  readonly params: Readonly<Record<string, unknown>>;
  /** Requests the list again with these query values (by wire name) replacing the caller's. */
  readonly fetchPage: (overrides: Readonly<Record<string, unknown>>) => Promise<FetchedPage>;
  /** Size of the first page of the walk; stands in for the limit when the caller gave none. */
  firstPageSize?: number;
}

/** One page of a list: the decoded body exactly as the operation returns it, and its items. */
export class Page<Item, Body> {
  /** The decoded (camelCased) body of this page: a bare array or the page object. */
  readonly body: Body;
  /** The items of this page (camelCased). */
  readonly items: Item[];
  /** The HTTP response of this page (body already read). */
  readonly response: Response;
  readonly #context: PageContext;
  readonly #next: Readonly<Record<string, unknown>> | undefined;

  constructor(context: PageContext, fetched: FetchedPage, overrides: Readonly<Record<string, unknown>>) {
    this.#context = context;
    this.body = fetched.data as Body;
    this.response = fetched.response;
    this.items = extractItems(context, fetched.data) as Item[];
    context.firstPageSize ??= this.items.length;
    this.#next = nextOverrides(context, overrides, fetched.wire, this.items.length);
  }

  /** Whether another page should be requested. */
  hasNextPage(): boolean {
    return this.#next !== undefined;
  }

  /** The query values (wire names) the next page is requested with, or `undefined` on the last page. */
  nextPageQuery(): Readonly<Record<string, unknown>> | undefined {
    return this.#next;
  }

  /** Fetches the next page; throws when there is none (check `hasNextPage()` first). */
  async getNextPage(): Promise<Page<Item, Body>> {
    const next = this.#next;
    if (next === undefined) throw new SDKError(`${routeOf(this.#context.op)}: there is no next page.`);
    return new Page<Item, Body>(this.#context, await this.#context.fetchPage(next), next);
  }
}

/**
 * What a list method returns. Await it for the first page's decoded body (exactly what the operation returns);
 * iterate it with `for await` for every item across all pages; `pages()` iterates `Page` objects.
 *
 * ```ts
 * const first = await client.assistants.list({ limit: 50 });   // Assistant[]
 * for await (const assistant of client.assistants.list()) { ... } // all pages
 * for await (const page of client.calls.list().pages()) { page.items; page.body.total; }
 * ```
 */
export class PagePromise<Item, Body> extends APIPromise<Body> implements AsyncIterable<Item> {
  readonly #toPage: (result: RawResult) => Promise<Page<Item, Body>>;

  constructor(
    start: (mode: ResponseMode) => Promise<RawResult>,
    toPage: (result: RawResult) => Promise<Page<Item, Body>>,
  ) {
    let memo: { result: RawResult; page: Promise<Page<Item, Body>> } | undefined;
    const pageOf = (result: RawResult): Promise<Page<Item, Body>> => {
      if (memo?.result !== result) memo = { result, page: toPage(result) };
      return memo.page;
    };
    super(start, async (result) => (await pageOf(result)).body);
    this.#toPage = pageOf;
  }

  /** The first page (the same request the promise itself resolves from). */
  firstPage(): Promise<Page<Item, Body>> {
    return this._result().then(this.#toPage);
  }

  /** Every page, starting with the first, until the pagination rule says stop. */
  async *pages(): AsyncGenerator<Page<Item, Body>, void, undefined> {
    let page = await this.firstPage();
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item of every page. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) {
      for (const item of page.items) yield item;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------

function extractItems(context: PageContext, data: unknown): unknown[] {
  const pagination = context.op.pagination;
  const path = pagination?.items;
  if (path === undefined || path === '') return Array.isArray(data) ? data : [];
  const segments = sdkPath(context.op.shape, path.split('.'));
  const value = getPath(data, segments);
  return Array.isArray(value) ? value : [];
}

/** Reads a dotted path of own properties; `undefined` when any step is missing. */
export function getPath(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (
      typeof current !== 'object' ||
      current === null ||
      !Object.prototype.hasOwnProperty.call(current, segment)
    ) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function wirePath(wire: unknown, path: string | undefined): unknown {
  return path === undefined || path === '' ? undefined : getPath(wire, path.split('.'));
}

/** The value of a query parameter by wire name: an override, else the caller's param under its SDK name. */
function queryValue(
  context: PageContext,
  overrides: Readonly<Record<string, unknown>>,
  wire: string,
): unknown {
  if (Object.prototype.hasOwnProperty.call(overrides, wire)) return overrides[wire];
  const descriptor = paramsPlanOf(context.op).query.find((q) => q.wire === wire);
  if (descriptor === undefined || !Object.prototype.hasOwnProperty.call(context.params, descriptor.name)) {
    return undefined;
  }
  return context.params[descriptor.name];
}

function toCount(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/**
 * The overrides for the next page, or `undefined` when this page is the last:
 * - offset: next offset = this offset + items received. Stop on an empty page; when `hasMore` is present it
 *   decides; otherwise stop when the next offset reaches `total`, or on a short page (fewer items than the
 *   requested limit, or than the first page when no limit was given).
 * - page: next page = this page + 1. Stop on an empty page; when `hasNext` is present it decides; otherwise
 *   stop when page × perPage reaches `total`, or on a short page.
 * - limit, none: a single page.
 */
function nextOverrides(
  context: PageContext,
  overrides: Readonly<Record<string, unknown>>,
  wire: unknown,
  count: number,
): Readonly<Record<string, unknown>> | undefined {
  const pagination = context.op.pagination;
  if (pagination === undefined || count === 0) return undefined;
  if (pagination.style === 'offset') {
    const offset = toCount(queryValue(context, overrides, pagination.offsetParam)) ?? 0;
    const limit = toCount(queryValue(context, overrides, pagination.limitParam));
    const next = offset + count;
    const hasMore = wirePath(wire, pagination.hasMore);
    if (hasMore === false) return undefined;
    if (hasMore !== true) {
      const total = toCount(wirePath(wire, pagination.total));
      if (total !== undefined && next >= total) return undefined;
      const expected = limit ?? context.firstPageSize;
      if (expected !== undefined && count < expected) return undefined;
    }
    return { ...overrides, [pagination.offsetParam]: next };
  }
  if (pagination.style === 'page') {
    const page = toCount(queryValue(context, overrides, pagination.pageParam)) ?? 1;
    const perPage = toCount(queryValue(context, overrides, pagination.perPageParam));
    const hasNext = wirePath(wire, pagination.hasNext);
    if (hasNext === false) return undefined;
    if (hasNext !== true) {
      const expected = perPage ?? context.firstPageSize;
      const total = toCount(wirePath(wire, pagination.total));
      if (total !== undefined && expected !== undefined && page * expected >= total) return undefined;
      if (expected !== undefined && count < expected) return undefined;
    }
    return { ...overrides, [pagination.pageParam]: page + 1 };
  }
  return undefined;
}

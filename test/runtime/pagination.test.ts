import { describe, expect, it } from 'vitest';
import { NotFoundError, Page } from '../../templates/client/runtime/index.js';
import type { Shape } from '../../templates/client/runtime/operation.js';
import { list } from '../../templates/client/runtime/pagination.js';
import { BASE_URL, fakeFetch, json, makeClient, op } from './helpers.js';

// Every key is renamed by the default rule (`item_id` → `itemId`); `props` only say which values have shapes.
const Item: Shape = {};
const ItemList: Shape = { items: Item };
const CallPage: Shape = { props: { items: ItemList } };
const CampaignPage: Shape = { props: { campaign_list: ItemList, pagination: {} } };
const Statements: Shape = { props: { statements: ItemList } };

const items = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ item_id: from + i, display_name: `n${from + i}` }));
const ids = (values: readonly { itemId: number }[]) => values.map((item) => item.itemId);

const offsetQuery = ['skip', 'limit'];

const listBare = op({
  path: '/api/v1/assistants',
  query: ['active_only', ...offsetQuery],
  shape: ItemList,
  pagination: { style: 'offset', offsetParam: 'skip', limitParam: 'limit' },
});

/** Serves `total` items as a bare array, honouring skip/limit (default limit 3). */
function bareServer(total: number) {
  return fakeFetch((request) => {
    const url = new URL(request.url);
    const skip = Number(url.searchParams.get('skip') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 3);
    return json(items(skip, Math.max(0, Math.min(limit, total - skip))));
  });
}

describe('offset pagination, bare array', () => {
  it('walks to a short page with the exact URLs', async () => {
    const { fetch, urls } = bareServer(5);
    const client = makeClient(fetch);
    const all: { itemId: number }[] = [];
    for await (const item of list<{ itemId: number }, unknown>(client, listBare, [], {
      limit: 2,
      activeOnly: true,
    }))
      all.push(item);
    expect(ids(all)).toEqual([0, 1, 2, 3, 4]);
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/assistants?active_only=true&limit=2`,
      `${BASE_URL}/api/v1/assistants?active_only=true&skip=2&limit=2`,
      `${BASE_URL}/api/v1/assistants?active_only=true&skip=4&limit=2`,
    ]);
  });

  it('stops on an empty page when the count is a multiple of the limit', async () => {
    const { fetch, urls } = bareServer(4);
    const all = [];
    for await (const item of list(makeClient(fetch), listBare, [], { limit: 2 })) all.push(item);
    expect(all).toHaveLength(4);
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/assistants?limit=2`,
      `${BASE_URL}/api/v1/assistants?skip=2&limit=2`,
      `${BASE_URL}/api/v1/assistants?skip=4&limit=2`,
    ]);
  });

  it('uses the first page size as the limit when none was given', async () => {
    const { fetch, urls } = bareServer(7);
    const all: { itemId: number }[] = [];
    for await (const item of list<{ itemId: number }, unknown>(makeClient(fetch), listBare, []))
      all.push(item);
    expect(ids(all)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/assistants`,
      `${BASE_URL}/api/v1/assistants?skip=3`,
      `${BASE_URL}/api/v1/assistants?skip=6`,
    ]);
  });

  it("respects the caller's start offset", async () => {
    const { fetch, urls } = bareServer(6);
    const all: { itemId: number }[] = [];
    for await (const item of list<{ itemId: number }, unknown>(makeClient(fetch), listBare, [], {
      skip: 3,
      limit: 2,
    })) {
      all.push(item);
    }
    expect(ids(all)).toEqual([3, 4, 5]);
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/assistants?skip=3&limit=2`,
      `${BASE_URL}/api/v1/assistants?skip=5&limit=2`,
    ]);
  });

  it('awaiting gives the decoded first page body; iterating afterwards reuses it', async () => {
    const { fetch, urls } = bareServer(3);
    const promise = list<{ itemId: number }, { itemId: number; displayName: string }[]>(
      makeClient(fetch),
      listBare,
      [],
      { limit: 2 },
    );
    const first = await promise;
    expect(first).toEqual([
      { itemId: 0, displayName: 'n0' },
      { itemId: 1, displayName: 'n1' },
    ]);
    expect(urls()).toHaveLength(1);
    const all: { itemId: number }[] = [];
    for await (const item of promise) all.push(item);
    expect(ids(all)).toEqual([0, 1, 2]);
    expect(urls()).toHaveLength(2);
  });

  it('propagates an error in the middle of a walk', async () => {
    const { fetch } = fakeFetch((_request, index) =>
      index === 0 ? json(items(0, 2)) : json({ detail: 'gone' }, 404),
    );
    const seen: unknown[] = [];
    const walk = async () => {
      for await (const item of list(makeClient(fetch), listBare, [], { limit: 2 })) seen.push(item);
    };
    await expect(walk()).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toHaveLength(2);
  });
});

describe('offset pagination, page object', () => {
  const listCalls = op({
    path: '/api/v1/calls/',
    query: offsetQuery,
    shape: CallPage,
    pagination: { style: 'offset', offsetParam: 'skip', limitParam: 'limit', items: 'items', total: 'total' },
  });
  const pageServer = (
    total: number,
    extra: (skip: number, count: number) => Record<string, unknown> = () => ({}),
  ) =>
    fakeFetch((request) => {
      const url = new URL(request.url);
      const skip = Number(url.searchParams.get('skip') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 100);
      const count = Math.max(0, Math.min(limit, total - skip));
      return json({ items: items(skip, count), total, skip, limit, ...extra(skip, count) });
    });

  it('stops when the offset reaches total, without an extra request', async () => {
    const { fetch, urls } = pageServer(4);
    const all: { itemId: number }[] = [];
    for await (const item of list<{ itemId: number }, unknown>(makeClient(fetch), listCalls, [], {
      limit: 2,
    }))
      all.push(item);
    expect(ids(all)).toEqual([0, 1, 2, 3]);
    expect(urls()).toEqual([`${BASE_URL}/api/v1/calls/?limit=2`, `${BASE_URL}/api/v1/calls/?skip=2&limit=2`]);
  });

  it('awaits to the page object and exposes Page objects', async () => {
    const { fetch } = pageServer(3);
    const promise = list<{ itemId: number }, { items: unknown[]; total: number }>(
      makeClient(fetch),
      listCalls,
      [],
      { limit: 2 },
    );
    const body = await promise;
    expect(body).toEqual({
      items: [
        { itemId: 0, displayName: 'n0' },
        { itemId: 1, displayName: 'n1' },
      ],
      total: 3,
      skip: 0,
      limit: 2,
    });
    const pages: Page<{ itemId: number }, { items: unknown[]; total: number }>[] = [];
    for await (const page of promise.pages()) pages.push(page);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toBeInstanceOf(Page);
    expect(pages[0]?.body).toBe(body);
    expect(pages[0]?.hasNextPage()).toBe(true);
    expect(pages[0]?.nextPageQuery()).toEqual({ skip: 2 });
    expect(ids(pages[1]?.items ?? [])).toEqual([2]);
    expect(pages[1]?.hasNextPage()).toBe(false);
    expect(pages[1]?.response.status).toBe(200);
    await expect(pages[1]!.getNextPage()).rejects.toThrow(/no next page/);
  });

  it('stops when hasMore is false, even on a full page', async () => {
    const listLogs = op({
      ...listCalls,
      path: '/api/v1/sms-logs/',
      pagination: {
        style: 'offset',
        offsetParam: 'skip',
        limitParam: 'limit',
        items: 'items',
        hasMore: 'has_more',
      },
    });
    const { fetch, urls } = pageServer(4, (skip, count) => ({ has_more: skip + count < 4 }));
    const all = [];
    for await (const item of list(makeClient(fetch), listLogs, [], { limit: 2 })) all.push(item);
    expect(all).toHaveLength(4);
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/sms-logs/?limit=2`,
      `${BASE_URL}/api/v1/sms-logs/?skip=2&limit=2`,
    ]);
  });
});

describe('page pagination', () => {
  const listCampaigns = op({
    path: '/api/v1/campaigns/',
    query: ['status', 'page', 'per_page'],
    shape: CampaignPage,
    pagination: {
      style: 'page',
      pageParam: 'page',
      perPageParam: 'per_page',
      items: 'campaign_list',
      hasNext: 'pagination.has_next',
    },
  });
  const server = (total: number, withHasNext = true) =>
    fakeFetch((request) => {
      const url = new URL(request.url);
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 2);
      const start = (page - 1) * perPage;
      const count = Math.max(0, Math.min(perPage, total - start));
      const pagination = withHasNext
        ? { page, per_page: perPage, has_next: start + count < total }
        : { page };
      return json({ campaign_list: items(start, count), pagination });
    });

  it('increments the page until has_next is false; items are camelCased', async () => {
    const { fetch, urls } = server(5);
    const all: { itemId: number; displayName: string }[] = [];
    for await (const item of list<{ itemId: number; displayName: string }, unknown>(
      makeClient(fetch),
      listCampaigns,
      [],
      {
        status: 'running',
        perPage: 2,
      },
    )) {
      all.push(item);
    }
    expect(ids(all)).toEqual([0, 1, 2, 3, 4]);
    expect(all[0]).toEqual({ itemId: 0, displayName: 'n0' });
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/campaigns/?status=running&per_page=2`,
      `${BASE_URL}/api/v1/campaigns/?status=running&page=2&per_page=2`,
      `${BASE_URL}/api/v1/campaigns/?status=running&page=3&per_page=2`,
    ]);
  });

  it("starts at the caller's page", async () => {
    const { fetch, urls } = server(5);
    const all: { itemId: number }[] = [];
    for await (const item of list<{ itemId: number }, unknown>(makeClient(fetch), listCampaigns, [], {
      page: 2,
      perPage: 2,
    })) {
      all.push(item);
    }
    expect(ids(all)).toEqual([2, 3, 4]);
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/campaigns/?page=2&per_page=2`,
      `${BASE_URL}/api/v1/campaigns/?page=3&per_page=2`,
    ]);
  });

  it('stops on an empty page when the body has no has_next', async () => {
    const { fetch, urls } = server(4, false);
    const all = [];
    for await (const item of list(makeClient(fetch), listCampaigns, [])) all.push(item);
    expect(all).toHaveLength(4);
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/campaigns/`,
      `${BASE_URL}/api/v1/campaigns/?page=2`,
      `${BASE_URL}/api/v1/campaigns/?page=3`,
    ]);
  });

  it('stops when page × perPage reaches total', async () => {
    const withTotal = op({
      ...listCampaigns,
      pagination: {
        style: 'page',
        pageParam: 'page',
        perPageParam: 'per_page',
        items: 'campaign_list',
        total: 'pagination.total_items',
      },
    });
    const { fetch, urls } = fakeFetch((request) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
      return json({ campaign_list: items((page - 1) * 2, 2), pagination: { total_items: 4 } });
    });
    const all = [];
    for await (const item of list(makeClient(fetch), withTotal, [], { perPage: 2 })) all.push(item);
    expect(all).toHaveLength(4);
    expect(urls()).toEqual([
      `${BASE_URL}/api/v1/campaigns/?per_page=2`,
      `${BASE_URL}/api/v1/campaigns/?page=2&per_page=2`,
    ]);
  });
});

describe('single-page styles', () => {
  it('limit: one request', async () => {
    const listStatements = op({
      path: '/v1/billing/statements',
      query: ['limit'],
      shape: Statements,
      pagination: { style: 'limit', limitParam: 'limit', items: 'statements' },
    });
    const { fetch, urls } = fakeFetch(() => json({ statements: items(0, 2) }));
    const all: { itemId: number }[] = [];
    for await (const item of list<{ itemId: number }, unknown>(makeClient(fetch), listStatements, [], {
      limit: 2,
    }))
      all.push(item);
    expect(ids(all)).toEqual([0, 1]);
    expect(urls()).toEqual([`${BASE_URL}/v1/billing/statements?limit=2`]);
  });

  it('none: one request over a bare array', async () => {
    const listTranscripts = op({
      path: '/api/v1/calls/{call_id}/transcripts',
      shape: ItemList,
      pagination: { style: 'none' },
    });
    const { fetch, urls } = fakeFetch(() => json(items(0, 3)));
    const all: { itemId: number }[] = [];
    for await (const item of list<{ itemId: number }, unknown>(makeClient(fetch), listTranscripts, [9]))
      all.push(item);
    expect(ids(all)).toEqual([0, 1, 2]);
    expect(urls()).toEqual([`${BASE_URL}/api/v1/calls/9/transcripts`]);
  });
});

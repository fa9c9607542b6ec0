/**
 * The operation-level extensions that describe behaviour rather than shape: how a list pages (`x-pagination`)
 * and what the stateful mock does with the operation (`x-mock`). A value that is not well formed is ignored here
 * (the spec checks in ../../checks.ts report a bad `x-pagination` before the model is built).
 *
 * Reads: an operation's `x-pagination` (`style`, its parameter names, `items`/`total`/`hasMore`/`hasNext`) and
 * `x-mock` (`collection`, `action`, `idParam`; any other key is kept as `options` for the mock).
 */
import type { MockState, Pagination } from '../model.js';
import { isObject, text } from './context.js';

export function buildPagination(value: unknown): Pagination | undefined {
  if (!isObject(value)) return undefined;
  const pick = (key: string) => (typeof value[key] === 'string' ? { [key]: value[key] as string } : {});
  switch (value.style) {
    case 'offset':
      return { style: 'offset', offsetParam: text(value.offsetParam), limitParam: text(value.limitParam), ...pick('items'), ...pick('total'), ...pick('hasMore') };
    case 'page':
      return { style: 'page', pageParam: text(value.pageParam), perPageParam: text(value.perPageParam), ...pick('items'), ...pick('hasNext'), ...pick('total') };
    case 'limit':
      return { style: 'limit', limitParam: text(value.limitParam), ...pick('items') };
    case 'none':
      return { style: 'none', ...pick('items') };
    default:
      return undefined;
  }
}

export function buildMockState(value: unknown): MockState | undefined {
  if (!isObject(value) || typeof value.collection !== 'string') return undefined;
  const actions = ['create', 'read', 'list', 'update', 'delete'] as const;
  const action = actions.find((candidate) => candidate === value.action);
  if (!action) return undefined;
  const { collection, action: _action, idParam, ...rest } = value;
  return {
    collection,
    action,
    ...(typeof idParam === 'string' ? { idParam } : {}),
    ...(Object.keys(rest).length > 0 ? { options: structuredClone(rest) } : {}),
  };
}

/**
 * Path routing for the mock: method + path template matching with FastAPI-like precedence.
 *
 * - A path template is split on `/`; every segment is a literal, a whole-segment parameter (`{id}`) or a mixed
 *   segment (`{id}.json`). A parameter matches one non-empty segment, so the trailing slash is significant.
 * - Request segments are percent-decoded one by one (so `%2F` stays inside its segment); literals are compared with
 *   the decoded text. Invalid percent-encoding throws {@link BadPathError}.
 * - When several templates match, the one with a literal at the leftmost differing position wins
 *   (`/calls/stats` before `/calls/{call_id}`), which also means the longer literal prefix wins.
 */
import type { MockOperation } from './model.js';

type Segment =
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'mixed'; readonly regex: RegExp; readonly names: readonly string[] };

interface Route {
  readonly op: MockOperation;
  readonly method: string;
  readonly segments: readonly Segment[];
  /** Per segment: 0 literal, 1 mixed, 2 parameter. Lower sorts first. */
  readonly rank: readonly number[];
  readonly order: number;
}

export type RouteMatch =
  | { readonly kind: 'found'; readonly op: MockOperation; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly string[] }
  | { readonly kind: 'not-found' };

/** Thrown by {@link Router.match} when the path holds invalid percent-encoding. */
export class BadPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadPathError';
  }
}

const PARAM = /\{([^{}]+)\}/g;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseSegment(text: string): Segment {
  const whole = /^\{([^{}]+)\}$/.exec(text);
  if (whole) return { kind: 'param', name: whole[1] ?? '' };
  if (!text.includes('{')) return { kind: 'literal', value: text };
  const names: string[] = [];
  let source = '^';
  let last = 0;
  for (const m of text.matchAll(PARAM)) {
    source += escapeRegex(text.slice(last, m.index));
    source += '(.+?)';
    names.push(m[1] ?? '');
    last = (m.index ?? 0) + m[0].length;
  }
  source += escapeRegex(text.slice(last)) + '$';
  return { kind: 'mixed', regex: new RegExp(source, 's'), names };
}

function compareRank(a: Route, b: Route): number {
  const n = Math.min(a.rank.length, b.rank.length);
  for (let i = 0; i < n; i++) {
    const d = (a.rank[i] ?? 0) - (b.rank[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.rank.length - b.rank.length || a.order - b.order;
}

/** Splits a raw (still percent-encoded) path into decoded segments. */
export function decodePathSegments(rawPath: string): string[] {
  return rawPath.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      throw new BadPathError(`Invalid percent-encoding in path segment ${JSON.stringify(segment)}`);
    }
  });
}

export class Router {
  private readonly routes: Route[];
  /** The routes by number of segments (only those can match), in precedence order. */
  private readonly bySize = new Map<number, Route[]>();

  constructor(operations: readonly MockOperation[]) {
    this.routes = operations
      .map((op, order): Route => {
        const segments = op.path.split('/').map(parseSegment);
        return {
          op,
          method: op.method.toUpperCase(),
          segments,
          rank: segments.map((s) => (s.kind === 'literal' ? 0 : s.kind === 'mixed' ? 1 : 2)),
          order,
        };
      })
      .sort(compareRank);
    for (const route of this.routes) {
      const bucket = this.bySize.get(route.segments.length);
      if (bucket) bucket.push(route);
      else this.bySize.set(route.segments.length, [route]);
    }
  }

  /** All methods declared for paths matching `rawPath` (sorted). Throws {@link BadPathError}. */
  methodsFor(rawPath: string): string[] {
    const segments = decodePathSegments(rawPath);
    const methods = new Set<string>();
    for (const route of this.routes) if (matchSegments(route, segments)) methods.add(route.method);
    return [...methods].sort();
  }

  /** Finds the operation for `method` + `rawPath` (the path part of the request target, not decoded). */
  match(method: string, rawPath: string): RouteMatch {
    const segments = decodePathSegments(rawPath);
    const upper = method.toUpperCase();
    const allow = new Set<string>();
    for (const route of this.bySize.get(segments.length) ?? []) {
      const params = matchSegments(route, segments);
      if (!params) continue;
      if (route.method === upper) return { kind: 'found', op: route.op, params };
      allow.add(route.method);
    }
    if (allow.size > 0) return { kind: 'method-not-allowed', allow: [...allow].sort() };
    return { kind: 'not-found' };
  }
}

function matchSegments(route: Route, segments: readonly string[]): Record<string, string> | undefined {
  if (route.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let i = 0; i < segments.length; i++) {
    const pattern = route.segments[i];
    const actual = segments[i] ?? '';
    if (!pattern) return undefined;
    if (pattern.kind === 'literal') {
      if (pattern.value !== actual) return undefined;
    } else if (pattern.kind === 'param') {
      if (actual === '') return undefined;
      params[pattern.name] = actual;
    } else {
      const m = pattern.regex.exec(actual);
      if (!m) return undefined;
      pattern.names.forEach((name, j) => {
        params[name] = m[j + 1] ?? '';
      });
    }
  }
  return params;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, createConfig } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';

// Coverage of the API reference (spec/README.md, "Coverage"): every documented operation of a covered
// family is in the bundled spec (at the server's path when the docs' path is wrong), or is a WebSocket
// stream described in `x-websockets`, or is listed with a reason under "Excluded operations" in
// spec/README.md. public-operations.json is a sibling of the repository (`../shared/burki-api/`), in CI too.

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const specFile = path.join(repo, 'spec/openapi.yaml');
const readmeFile = path.join(repo, 'spec/README.md');
const operationsFile = path.resolve(repo, '../shared/burki-api/public-operations.json');

/** The docs families (`tag` in public-operations.json) the spec covers. Add a family here when it is curated. */
const COVERED_FAMILIES = [
  'Assistants',
  'Calls',
  'Call Data',
  'Phone Number Management',
  'Assistant Phone Numbers',
  'SIP Trunks',
  'Voice Cloning',
  'Assistant Documents (RAG)',
  'Tools & Custom Actions',
  'Conversation Flows',
  'WebSockets',
  'Webhooks & System',
  'Messaging',
  'Campaigns',
  'Organization',
  'Billing',
  'Learning & Memory',
] as const;

/**
 * Documented routes that do not exist on the server, mapped to the server route the spec describes instead
 * (spec/README.md, "Decisions"). Keys and values are `METHOD path`.
 */
const SERVER_ROUTES: Readonly<Record<string, string>> = {
  'POST /api/v1/tools': 'POST /api/organization/tools',
  'GET /api/v1/tools': 'GET /api/organization/tools',
  'GET /api/v1/tools/{tool_id}': 'GET /api/organization/tools/{tool_id}',
  'POST /api/v1/tools/{tool_id}/assign': 'POST /api/assistants/{assistant_id}/tools/assign',
  'POST /api/v1/tools/{tool_id}/unassign': 'DELETE /api/assistants/{assistant_id}/tools/{tool_id}/unassign',
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

interface PublicOperation {
  readonly docsPage: string;
  readonly tag: string;
  readonly method: string;
  readonly path: string;
}

/** `METHOD path` with a trailing slash dropped (FastAPI redirects the other form) and parameter names erased. */
function routeKey(method: string, route: string): string {
  const trimmed = route.length > 1 ? route.replace(/\/+$/, '') : route;
  return `${method.toUpperCase()} ${trimmed.replace(/\{[^}]+\}/g, '{}')}`;
}

function splitRoute(route: string): [string, string] {
  const space = route.indexOf(' ');
  return [route.slice(0, space), route.slice(space + 1)];
}

/** Rows `| METHOD | path | reason |` of the "Excluded operations" section of spec/README.md. */
function excludedRows(readme: string): { method: string; path: string; reason: string }[] {
  const start = readme.search(/^#{2,3} Excluded operations\s*$/m);
  if (start === -1) return [];
  const rest = readme.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => /^#{1,3} /.test(line));
  const rows: { method: string; path: string; reason: string }[] = [];
  for (const line of end === -1 ? rest : rest.slice(0, end)) {
    const match = /^\|\s*(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s*\|\s*`?([^|`]+?)`?\s*\|\s*(.*?)\s*\|\s*$/.exec(line);
    if (match) rows.push({ method: match[1]!, path: match[2]!, reason: match[3]! });
  }
  return rows;
}

const operations = (JSON.parse(readFileSync(operationsFile, 'utf8')) as PublicOperation[]).filter((operation) =>
  (COVERED_FAMILIES as readonly string[]).includes(operation.tag),
);
const excluded = excludedRows(readFileSync(readmeFile, 'utf8'));

let document: Record<string, any>;
let specRoutes: Set<string>;
let websocketPaths: Set<string>;

beforeAll(async () => {
  const config = await createConfig({});
  const result = await bundle({ ref: specFile, config, dereference: false });
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  document = result.bundle.parsed as Record<string, any>;
  specRoutes = new Set(
    Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
      Object.keys(item as object)
        .filter((key) => HTTP_METHODS.includes(key))
        .map((method) => routeKey(method, route)),
    ),
  );
  websocketPaths = new Set(
    Object.values(document['x-websockets'] ?? {}).map((stream) => routeKey('GET', String((stream as { path?: unknown }).path))),
  );
});

describe('coverage of the API reference', () => {
  it('covers every docs family of public-operations.json', () => {
    expect([...new Set(operations.map((operation) => operation.tag))].sort()).toEqual([...COVERED_FAMILIES].sort());
  });

  it.each([...COVERED_FAMILIES])('family %s has documented operations', (family) => {
    expect(operations.some((operation) => operation.tag === family)).toBe(true);
  });

  it.each(operations.map((operation) => [`${operation.tag}: ${operation.method} ${operation.path}`, operation] as const))(
    '%s is in the spec, in x-websockets or excluded',
    (_name, operation) => {
      const key = routeKey(operation.method, operation.path);
      const corrected = SERVER_ROUTES[`${operation.method} ${operation.path}`];
      const inSpec = specRoutes.has(corrected ? routeKey(...splitRoute(corrected)) : key);
      const inWebsockets = operation.method === 'GET' && websocketPaths.has(key);
      const isExcluded = excluded.some((row) => routeKey(row.method, row.path) === key);
      expect(
        inSpec || inWebsockets || isExcluded,
        `${operation.method} ${operation.path} (${operation.docsPage}): add it under spec/paths, map it to the server's ` +
          'route in SERVER_ROUTES, describe it in x-websockets, or list it under "Excluded operations" in spec/README.md',
      ).toBe(true);
    },
  );

  it.each(Object.entries(SERVER_ROUTES))('the server route of %s (%s) is in the spec', (_docs, server) => {
    expect(specRoutes.has(routeKey(...splitRoute(server)))).toBe(true);
  });
});

describe('excluded operations (spec/README.md)', () => {
  it('the README has the machine-readable table', () => {
    expect(excluded.length).toBeGreaterThan(0);
  });

  it.each(excluded.map((row) => [`${row.method} ${row.path}`, row] as const))(
    '%s has a reason, is documented and is really not in the spec',
    (_name, row) => {
      expect(row.reason.length).toBeGreaterThan(10);
      const key = routeKey(row.method, row.path);
      const all = JSON.parse(readFileSync(operationsFile, 'utf8')) as PublicOperation[];
      expect(all.some((operation) => routeKey(operation.method, operation.path) === key)).toBe(true);
      expect(specRoutes.has(key)).toBe(false);
    },
  );
});

describe('x-websockets', () => {
  it('describes every stream with a path, credentials and resolvable message schemas', () => {
    const streams = Object.entries(document['x-websockets'] ?? {}) as [string, Record<string, any>][];
    expect(streams.length).toBeGreaterThan(0);
    for (const [name, stream] of streams) {
      expect(typeof stream.path, name).toBe('string');
      expect(stream.path.startsWith('/'), name).toBe(true);
      expect(Array.isArray(stream.auth) && stream.auth.length > 0, name).toBe(true);
      for (const list of ['clientMessages', 'serverMessages']) {
        expect(Array.isArray(stream[list]), `${name}.${list}`).toBe(true);
        for (const message of stream[list] as { type?: unknown; schema?: { $ref?: unknown } }[]) {
          expect(typeof message.type, `${name}.${list}`).toBe('string');
          const ref = String(message.schema?.$ref);
          expect(ref.startsWith('#/components/schemas/'), `${name}.${list}.${String(message.type)}`).toBe(true);
          expect(document.components.schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
        }
      }
      expect(Array.isArray(stream.closeCodes), `${name}.closeCodes`).toBe(true);
    }
  });
});

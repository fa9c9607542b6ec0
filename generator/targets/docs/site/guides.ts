/**
 * The guide pages, written from the model (so from the spec's own facts): the overview (the spec's description),
 * quick start, authentication, errors, rate limits and pagination. Webhooks and streams have pages of their own
 * (events.ts). Nothing here is specific to one API: each guide reads what the spec declares.
 */
import type { ApiModel, Operation, Pagination } from '../../../ir/model.js';
import { goSamples, keyVariable, operationSamples, pythonSamples, sampleContext } from '../samples.js';
import type { Block, Inline, Page } from './blocks.js';
import type { TypePages } from './fields.js';
import { firstLine, type OperationEntry } from './reference.js';

export interface GuideContext {
  readonly model: ApiModel;
  readonly types: TypePages;
  /** Where each operation's section is, by operationId. */
  readonly entries: ReadonlyMap<string, OperationEntry>;
}

function operationLink(context: GuideContext, operation: Operation): Inline {
  const entry = context.entries.get(operation.operationId)!;
  return { href: entry.href, text: [{ code: entry.title }] };
}


export function quickStartPage(context: GuideContext): Page {
  const { model } = context;
  const first = model.operations.find((operation) => operation.sdk && operation.method === 'GET' && operation.parameters.every((parameter) => !parameter.required)) ?? model.operations.find((operation) => operation.sdk);
  const sampleContextOf = sampleContext(model);
  const samples = first ? operationSamples(first, sampleContextOf) : [];
  const sample = (label: string) => samples.find((candidate) => candidate.label === label);
  const python = pythonSamples(sampleContextOf);
  const go = goSamples(sampleContextOf);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: ['Quick start'] },
    { kind: 'paragraph', text: ['Install the SDK of your language (TypeScript, Python or Go), put your key in the environment, make a first call. Or call the HTTP API with ', { href: 'guides/quickstart.html#curl', text: ['curl'] }, '.'] },
    { kind: 'heading', level: 2, text: ['Base URL'] },
    { kind: 'paragraph', text: ['Every path in this reference is relative to ', { code: model.defaultBaseUrl }, '. WebSocket streams use the same host (', { code: 'wss:' }, ' for ', { code: 'https:' }, ').'] },
    { kind: 'heading', level: 2, text: ['Credentials'] },
    { kind: 'paragraph', text: ['Keep your key in the environment variable ', { code: keyVariable(model) }, '; the SDKs and the samples read it from there. See ', { href: 'guides/authentication.html', text: ['authentication'] }, '.'] },
    { kind: 'code', language: 'bash', code: `export ${keyVariable(model)}='<your key>'` },
  ];
  const firstCall = (label: string, language: string) => {
    const code = sample(label);
    if (first && code) blocks.push({ kind: 'paragraph', text: ['A first call, ', operationLink(context, first), ':'] }, { kind: 'code', language, code: code.source });
  };
  blocks.push(
    { kind: 'heading', level: 2, text: ['TypeScript'] },
    { kind: 'paragraph', text: ['The SDK is the npm package ', { code: model.sdk.packageName }, '. It runs on Node.js 18 or later and in browsers.'] },
    { kind: 'code', language: 'bash', code: `npm install ${model.sdk.packageName}` },
  );
  firstCall('TypeScript', 'typescript');
  blocks.push(
    { kind: 'heading', level: 2, text: ['Python'] },
    { kind: 'paragraph', text: ['The SDK is the package ', { code: python.packageName }, ` (Python ${python.requiresPython.replace(/^>=\s*/, '')} or later). Every method has an `, { code: '_async' }, ' twin, and ', { code: `Async${model.sdk.clientName}` }, ' has the same resources with coroutine methods.'] },
    { kind: 'code', language: 'bash', code: `pip install ${python.packageName}` },
  );
  firstCall('Python', 'python');
  blocks.push(
    { kind: 'heading', level: 2, text: ['Go'] },
    { kind: 'paragraph', text: ['The SDK is the module ', { code: go.module.path }, ' (package ', { code: go.module.name }, `, Go ${go.module.go} or later). Every method takes a `, { code: 'context.Context' }, ' first; a list that walks pages also has an ', { code: 'AutoPaging' }, ' iterator.'] },
    { kind: 'code', language: 'bash', code: `go get ${go.module.path}` },
  );
  firstCall('Go', 'go');
  const curl = sample('curl');
  if (curl) blocks.push({ kind: 'heading', level: 2, text: ['curl'] }, { kind: 'paragraph', text: ['The same call over HTTP:'] }, { kind: 'code', language: 'bash', code: curl.source });
  blocks.push({ kind: 'paragraph', text: ['Every operation of the ', { href: 'index.html#resources', text: ['reference'] }, ' shows a sample in each language.'] });
  return { path: 'guides/quickstart.html', title: 'Quick start', summary: 'Base URL, credentials, installing the TypeScript, Python or Go SDK and a first call.', blocks, nav: 'guides/quickstart.html' };
}

export function authenticationPage(context: GuideContext): Page {
  const { model } = context;
  const credential = model.credential;
  const how: Inline[] = !credential
    ? ['as a bearer token: ', { code: 'Authorization: Bearer <key>' }]
    : credential.in === 'basic'
      ? ['as HTTP Basic credentials, ', { code: 'Authorization: Basic <base64>' }, ', where the key is ', { code: 'user:password' }]
      : credential.in === 'header'
        ? ['in the ', { code: credential.name }, ' header: ', { code: `${credential.name}: <key>` }]
        : ['as the query parameter ', { code: `${credential.name}=<key>` }];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: ['Authentication'] },
    { kind: 'paragraph', text: ['The SDK clients take one key (', { code: 'apiKey' }, ', or the environment variable ', { code: keyVariable(model) }, ') and send it ', ...how, '.'] },
  ];
  for (const scheme of model.auth) {
    const uses = model.operations.filter((operation) => operation.security.includes(scheme.key));
    blocks.push({ kind: 'heading', level: 2, text: [scheme.key] });
    const kind = scheme.kind === 'apiKey' ? `API key in the ${scheme.in ?? 'header'} ${scheme.name ?? ''}`.trim() : scheme.kind === 'bearer' ? 'Bearer token' : scheme.kind === 'basic' ? 'HTTP Basic' : 'Other';
    blocks.push({ kind: 'paragraph', text: [`${kind}; accepted by ${uses.length} of ${model.operations.length} operations.`] });
    if (scheme.description) blocks.push({ kind: 'prose', markdown: scheme.description });
    // A scheme most operations accept needs no list; one a few operations need alone does.
    const only = uses.filter((operation) => operation.security.length === 1);
    if (only.length > 0 && only.length <= 40 && only.length < model.operations.length / 2) {
      blocks.push({ kind: 'paragraph', text: ['Operations that accept only this scheme:'] }, { kind: 'list', items: only.map((operation) => [operationLink(context, operation)]) });
    }
  }
  const open = model.operations.filter((operation) => operation.security.length === 0);
  if (open.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: ['Operations without credentials'] }, { kind: 'list', items: open.map((operation) => [operationLink(context, operation), ' ', { code: `${operation.method} ${operation.path}` }]) });
  }
  return { path: 'guides/authentication.html', title: 'Authentication', summary: 'How requests carry an API key or token, scheme by scheme.', blocks, nav: 'guides/authentication.html' };
}

/** Each error status the API declares: how many operations declare it, and the description most of them give. */
function errorStatuses(model: ApiModel) {
  const statuses = new Map<string, { description: string; count: number; descriptions: Map<string, number> }>();
  for (const operation of model.operations) {
    for (const response of operation.responses) {
      if (response === operation.success || /^[123]/.test(response.status)) continue;
      const entry = statuses.get(response.status) ?? { description: '', count: 0, descriptions: new Map<string, number>() };
      entry.count++;
      entry.descriptions.set(response.description, (entry.descriptions.get(response.description) ?? 0) + 1);
      statuses.set(response.status, entry);
    }
  }
  for (const entry of statuses.values()) {
    // The most common wording (first seen among equals); one operation's own sentence does not speak for all.
    entry.description = [...entry.descriptions].reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
  }
  return statuses;
}

const SDK_ERRORS: readonly [string, string][] = [
  ['400, 422', 'ValidationError (with `errors`, the validation details)'],
  ['401', 'AuthenticationError'],
  ['403', 'PermissionDeniedError'],
  ['404', 'NotFoundError'],
  ['409', 'ConflictError'],
  ['429', 'RateLimitError (with `retryAfter`, in seconds)'],
  ['5xx', 'ServerError'],
];

export function errorsPage(context: GuideContext): Page {
  const { model, types } = context;
  const statuses = errorStatuses(model);
  const bodies = new Map<string, Inline[]>();
  for (const operation of model.operations) {
    for (const response of operation.responses) if (statuses.has(response.status) && !bodies.has(response.status) && response.contents[0]) bodies.set(response.status, types.label(response.contents[0].schema));
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: ['Errors'] },
    { kind: 'paragraph', text: ['A request that fails gets a status outside 2xx and, for most, a JSON body. The statuses the API declares:'] },
    {
      kind: 'table',
      head: ['Status', 'Meaning', 'Body', 'Operations'],
      rows: [...statuses.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([status, entry]) => [[{ code: status }], entry.description ? [{ prose: firstLine(entry.description) }] : [], bodies.get(status) ?? ['none'], [String(entry.count)]]),
    },
    { kind: 'heading', level: 2, text: ['In the TypeScript SDK'] },
    { kind: 'paragraph', text: ['Every error the SDK throws is an instance of ', { code: model.sdk.errorName }, '. An error status throws an ', { code: 'APIError' }, ' (with ', { code: 'status' }, ', ', { code: 'body' }, ' and ', { code: 'headers' }, ') or one of its subclasses:'] },
    { kind: 'table', head: ['Status', 'Class'], rows: SDK_ERRORS.map(([status, name]) => [[status], [{ prose: name }]]) },
    { kind: 'paragraph', text: ['A request that gets no response throws ', { code: 'APIConnectionError' }, ' (', { code: 'APIConnectionTimeoutError' }, ' after the timeout); a request the caller aborted throws ', { code: 'APIUserAbortError' }, '.'] },
  ];
  return { path: 'guides/errors.html', title: 'Errors', summary: 'Error statuses, their bodies, and the SDK error classes.', blocks, nav: 'guides/errors.html' };
}

export function rateLimitsPage(context: GuideContext): Page {
  const { model } = context;
  const limited = model.operations.filter((operation) => operation.responses.some((response) => response.status === '429'));
  const response = limited[0]?.responses.find((candidate) => candidate.status === '429');
  const retryAfter = response?.headers.find((header) => header.name.toLowerCase() === 'retry-after');
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: ['Rate limits'] }];
  if (response) {
    blocks.push({ kind: 'paragraph', text: [`${limited.length} of ${model.operations.length} operations declare `, { code: '429' }, ' (too many requests).'] });
    if (response.description) blocks.push({ kind: 'prose', markdown: response.description });
  } else blocks.push({ kind: 'paragraph', text: ['No operation declares ', { code: '429' }, '; a server may still answer it.'] });
  blocks.push({ kind: 'heading', level: 2, text: ['Retry-After'] });
  blocks.push({ kind: 'paragraph', text: retryAfter ? [{ code: 'Retry-After' }, ': ', ...(retryAfter.description ? [{ prose: retryAfter.description }] : ['the seconds to wait.'])] : ['A ', { code: 'Retry-After' }, ' header, when a response has one, says how long to wait (seconds or an HTTP date).'] });
  blocks.push({ kind: 'heading', level: 2, text: ['In the SDKs'] });
  blocks.push({
    kind: 'paragraph',
    text: ['The clients retry ', { code: '408' }, ', ', { code: '409' }, ', ', { code: '429' }, ' and ', { code: '5xx' }, ' answers and connection failures (', { code: 'maxRetries' }, ' times, 2 by default), waiting for ', { code: 'Retry-After' }, ' when present and backing off exponentially otherwise. Requests that are not idempotent are retried only when they carry an idempotency key. When retries run out, ', { code: 'RateLimitError.retryAfter' }, ' holds the seconds to wait.'],
  });
  return { path: 'guides/rate-limits.html', title: 'Rate limits', summary: 'What 429 means here, Retry-After, and how the SDKs retry.', blocks, nav: 'guides/rate-limits.html' };
}

/** The heading of each pagination style on the pagination guide (reference sections link to it). */
export const STYLE_TITLES: Record<Pagination['style'], string> = {
  offset: 'Offset and limit',
  page: 'Page number',
  limit: 'Limit only',
  none: 'Unpaginated lists',
};

const STYLE_SENTENCES: Record<Pagination['style'], string> = {
  offset: 'A parameter skips that many items and another caps the page size; ask again with the offset moved on until a page comes back short (or a total or has-more field says it is the last).',
  page: 'A parameter gives the page number (from 1) and another the page size; the body says whether another page follows.',
  limit: 'A parameter caps how many items come back; there is one page only.',
  none: 'The whole list comes back at once.',
};

/** The parameters of a pagination, and where the body says more. */
function paginationCells(pagination: Pagination): Inline[][] {
  const code = (names: (string | undefined)[]): Inline[] => names.filter((name): name is string => Boolean(name)).flatMap((name, index) => [...(index > 0 ? [', '] : []), { code: name }]);
  const parameters =
    pagination.style === 'offset' ? code([pagination.offsetParam, pagination.limitParam]) : pagination.style === 'page' ? code([pagination.pageParam, pagination.perPageParam]) : pagination.style === 'limit' ? code([pagination.limitParam]) : ['none'];
  const signals =
    pagination.style === 'offset' ? code([pagination.total, pagination.hasMore]) : pagination.style === 'page' ? code([pagination.hasNext, pagination.total]) : [];
  return [parameters, pagination.items ? [{ code: pagination.items }] : ['the body (an array)'], signals.length > 0 ? signals : [pagination.style === 'offset' ? 'a short page' : 'one page only']];
}

export function paginationPage(context: GuideContext): Page {
  const { model } = context;
  const byStyle = new Map<string, { operations: Operation[] }>();
  for (const operation of model.operations) {
    if (!operation.pagination) continue;
    const style = byStyle.get(operation.pagination.style) ?? { operations: [] as Operation[] };
    style.operations.push(operation);
    byStyle.set(operation.pagination.style, style);
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: ['Pagination'] },
    { kind: 'paragraph', text: [`Lists page in ${byStyle.size} ways, each with its own parameters and body; the tables say which operation uses which. The SDKs walk the pages of the paginated ones for you: iterating the call yields every item, page after page, and awaiting it gives the first page.`] },
  ];
  for (const style of ['offset', 'page', 'limit', 'none'] as const) {
    const entry = byStyle.get(style);
    if (!entry) continue;
    blocks.push({ kind: 'heading', level: 2, text: [STYLE_TITLES[style]] }, { kind: 'paragraph', text: [STYLE_SENTENCES[style]] });
    blocks.push({
      kind: 'table',
      head: ['Operation', 'Route', 'Parameters', 'Items at', 'Last page told by'],
      rows: entry.operations.map((operation) => [[operationLink(context, operation)], [{ code: `${operation.method} ${operation.path}` }], ...paginationCells(operation.pagination!)]),
    });
  }
  const walked = model.operations.find((operation) => operation.sdk?.plan.page);
  if (walked) {
    const sample = operationSamples(walked, sampleContext(model)).find((candidate) => candidate.label === 'TypeScript');
    if (sample) blocks.push({ kind: 'heading', level: 2, text: ['Every item, in TypeScript'] }, { kind: 'code', language: 'typescript', code: sample.source });
  }
  return { path: 'guides/pagination.html', title: 'Pagination', summary: 'How lists page (offset, page number, limit, none) and how the SDKs walk the pages.', blocks, nav: 'guides/pagination.html' };
}


/**
 * The reference pages: one per SDK resource, one section per operation (route, description, auth, parameters,
 * request and response fields, errors; samples and the response example beside them), and one page for the
 * operations kept out of the SDK.
 */
import { memoizeText } from '../../../emit/memo.js';
import type { ApiModel, Operation, Resource } from '../../../ir/model.js';
import { resourceFileName } from '../../../lang/ts/names.js';
import { goSamples, operationSamples, pythonSamples, sampleContext } from '../samples.js';
import { githubSlug } from '../slug.js';
import type { Block, Inline, Page } from './blocks.js';
import { FIELD_HEAD, type TypePages } from './fields.js';
import { STYLE_TITLES } from './guides.js';

export interface OperationEntry {
  readonly operation: Operation;
  /** `resources/assistants.html#assistantscreate`. */
  readonly href: string;
  /** `assistants.create()`, or the operationId outside the SDK. */
  readonly title: string;
}

export const OTHER_OPERATIONS_PAGE = 'resources/other-operations.html';

/** The page of each resource, its file name unique among the resources and the page of other operations. */
export function resourcePagePaths(model: ApiModel): Map<string, string> {
  const taken = new Set([OTHER_OPERATIONS_PAGE]);
  const paths = new Map<string, string>();
  for (const resource of model.resources) {
    let file = `resources/${resourceFileName(resource)}.html`;
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = `resources/${resourceFileName(resource)}-${n}.html`;
    taken.add(file.toLowerCase());
    paths.set(resource.name, file);
  }
  return paths;
}

/**
 * A resource's name for people: its tag's name (`Phone Numbers` for `phoneNumbers`; the tag spelled like the resource
 * when several tags make one resource), else the class name.
 */
export function resourceLabel(model: ApiModel, resource: Resource): string {
  const tags = model.tags.filter((tag) => tag.resource === resource.name);
  const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (tags.find((tag) => squash(tag.name) === squash(resource.name)) ?? tags[0])?.name || resource.className;
}

export function operationTitle(operation: Operation): string {
  return operation.sdk ? `${operation.sdk.resource}.${operation.sdk.name}()` : operation.operationId;
}

/** How each accepted security scheme is sent, linked to the authentication guide. */
function authInline(model: ApiModel, operation: Operation): Inline[] {
  if (operation.security.length === 0) return ['None (public).'];
  const parts: Inline[] = [];
  operation.security.forEach((key, index) => {
    const scheme = model.auth.find((candidate) => candidate.key === key);
    if (index > 0) parts.push(' or ');
    const how =
      scheme?.kind === 'basic' ? 'HTTP Basic' : scheme?.kind === 'apiKey' ? `API key in ${scheme.in ?? 'header'} ${scheme.name ?? ''}`.trim() : scheme?.kind === 'bearer' ? 'Bearer token' : 'Other';
    parts.push({ href: `guides/authentication.html#${githubSlug(key)}`, text: [{ code: key }] }, ` (${how})`);
  });
  return parts;
}

export class ReferenceBuilder {
  private readonly samples;

  constructor(
    private readonly model: ApiModel,
    private readonly types: TypePages,
  ) {
    this.samples = sampleContext(model);
  }

  /** The blocks of one operation's section. */
  operationSection(operation: Operation): Block {
    const { types, model } = this;
    const title = operationTitle(operation);
    const main: Block[] = [{ kind: 'heading', level: 2, text: [title] }];
    main.push({ kind: 'paragraph', className: 'route', text: [{ code: operation.method }, ' ', { code: operation.path }] });
    if (operation.summary) main.push({ kind: 'paragraph', text: [{ prose: operation.summary }] });
    if (operation.description && operation.description !== operation.summary) main.push({ kind: 'prose', markdown: operation.description });
    const facts: Inline[][] = [['Auth: ', ...authInline(model, operation)]];
    if (operation.sdk?.plan.page) {
      const style = operation.sdk.plan.page.pagination.style;
      facts.push(['Pages: ', { href: `guides/pagination.html#${githubSlug(STYLE_TITLES[style])}`, text: [STYLE_TITLES[style].toLowerCase()] }, '; the SDKs iterate every item.']);
    }
    if (operation.sdk?.plan.idempotent === false) facts.push(['Not retried by the SDKs without an idempotency key.']);
    if (operation.deprecated) facts.push(['Deprecated.']);
    main.push({ kind: 'list', items: facts });

    if (operation.parameters.length > 0) {
      main.push({ kind: 'heading', level: 3, text: ['Parameters'] });
      main.push({
        kind: 'table',
        head: ['Name', 'In', 'Type', 'Required', 'Description'],
        rows: operation.parameters.map((parameter) => [
          [{ code: parameter.wireName }],
          [parameter.in],
          types.label(parameter.schema),
          [parameter.required ? 'yes' : 'no'],
          [...(parameter.description ? [{ prose: parameter.description }] : []), ...(parameter.deprecated ? [' Deprecated.'] : [])],
        ]),
      });
    }

    const body = operation.requestBody;
    if (body) {
      main.push({ kind: 'heading', level: 3, text: ['Request body'] });
      main.push({ kind: 'paragraph', text: [{ code: body.contentType }, body.required ? ' (required): ' : ' (optional): ', ...types.label(body.schema)] });
      if (body.description) main.push({ kind: 'prose', markdown: body.description });
      const object = types.lookup.objectOf(body.schema);
      if (object && object.properties.length > 0) main.push({ kind: 'table', head: FIELD_HEAD, rows: types.rows(object.properties, (property) => property.readOnly) });
    }

    const success = operation.success;
    main.push({ kind: 'heading', level: 3, text: ['Response'] });
    if (!success) main.push({ kind: 'paragraph', text: ['No success response is declared.'] });
    else {
      const content = operation.sdk?.plan.result.content ?? success.contents[0];
      main.push({
        kind: 'paragraph',
        text: [{ code: success.status }, ' ', ...(content ? [{ code: content.contentType }, ': ', ...types.label(content.schema)] : ['(no body)']), ...(success.description ? [' — ', { prose: success.description }] : [])],
      });
      if (content) {
        const items = types.lookup.arrayItems(content.schema);
        const object = types.lookup.objectOf(items ?? content.schema);
        if (object && object.properties.length > 0) main.push({ kind: 'table', head: FIELD_HEAD, rows: types.rows(object.properties, (property) => property.writeOnly) });
      }
    }

    const errors = operation.responses.filter((response) => response !== success && !/^2/.test(response.status));
    if (errors.length > 0) {
      main.push({ kind: 'heading', level: 3, text: ['Errors'] });
      main.push({
        kind: 'table',
        head: ['Status', 'Description', 'Body'],
        rows: errors.map((response) => [
          [{ code: response.status }],
          response.description ? [{ prose: response.description }] : [],
          response.contents[0] ? types.label(response.contents[0].schema) : ['none'],
        ]),
      });
    }

    const aside: Block[] = [{ kind: 'samples', id: githubSlug(title).replace(/[^a-z0-9_-]/g, '') || 'samples', samples: operationSamples(operation, this.samples) }];
    const example = success && (operation.sdk?.plan.result.content ?? success.contents[0]);
    if (example && example.example !== undefined) {
      const text = typeof example.example === 'string' ? example.example : JSON.stringify(example.example, null, 2);
      aside.push({ kind: 'code', language: example.kind === 'json' ? 'json' : 'text', code: text, title: `Response ${success.status}` });
    }
    return { kind: 'section', blocks: main, aside };
  }

  resourcePage(resource: Resource, path: string, byId: ReadonlyMap<string, Operation>, streamsPage: string | undefined): Page {
    const operations = resource.operationIds.map((id) => byId.get(id)!);
    const label = resourceLabel(this.model, resource);
    const blocks: Block[] = [{ kind: 'heading', level: 1, text: [label] }];
    const python = pythonSamples(this.samples).properties.get(resource.name);
    const go = goSamples(this.samples).services.get(resource.name);
    blocks.push({
      kind: 'paragraph',
      className: 'route',
      text: [
        'In the SDKs: ',
        { code: `client.${resource.name}` },
        ' (TypeScript)',
        ...(python ? [', ', { code: `client.${python}` }, ' (Python)'] : []),
        ...(go ? [', ', { code: `client.${go}` }, ' (Go)'] : []),
        '.',
      ],
    });
    if (resource.description) blocks.push({ kind: 'prose', markdown: resource.description });
    blocks.push({
      kind: 'list',
      items: operations.map((operation) => [{ href: `${path}#${githubSlug(operationTitle(operation))}`, text: [{ code: operationTitle(operation) }] }, ...(operation.summary ? [': ', { prose: operation.summary }] : [])]),
    });
    for (const name of resource.streamNames) {
      const stream = this.model.streams.find((candidate) => candidate.name === name);
      if (stream?.sdk && streamsPage) {
        blocks.push({
          kind: 'paragraph',
          text: [{ code: `${resource.name}.${stream.sdk.method}()` }, ' opens the ', { href: `${streamsPage}#${githubSlug(stream.name)}`, text: [stream.name] }, ' WebSocket stream.'],
        });
      }
    }
    blocks.push(...operations.map((operation) => this.operationSection(operation)));
    return { path, title: label, summary: firstLine(resource.description) || `The ${resource.name} resource.`, blocks, nav: path };
  }

  otherOperationsPage(operations: readonly Operation[]): Page {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: ['Operations outside the SDKs'] },
      { kind: 'paragraph', text: ['These operations are part of the API but are not called by SDK users (for example, callbacks that other services make); they are listed for completeness.'] },
      { kind: 'table', head: ['Operation', 'Route', 'Why it is not in the SDKs'], rows: operations.map((operation) => [[{ href: `${OTHER_OPERATIONS_PAGE}#${githubSlug(operation.operationId)}`, text: [operation.operationId] }], [{ code: `${operation.method} ${operation.path}` }], operation.sdkExcludedReason ? [{ prose: operation.sdkExcludedReason }] : []]) },
      ...operations.map((operation) => this.operationSection(operation)),
    ];
    return { path: OTHER_OPERATIONS_PAGE, title: 'Operations outside the SDKs', summary: 'Operations of the API that the SDKs do not call, such as provider callbacks.', blocks, nav: OTHER_OPERATIONS_PAGE };
  }
}

/** The first paragraph of a description, on one line. */
export const firstLine = memoizeText(function firstLine(text: string): string {
  const end = text.search(/\n[ \t]*\n/);
  return (end < 0 ? text : text.slice(0, end)).replace(/\s+/g, ' ').trim();
});

/** The site's front page: the spec's description, then where everything is. */
import type { ApiModel } from '../../../ir/model.js';
import type { Block, Inline, Page } from './blocks.js';
import { STREAMS_PAGE, WEBHOOKS_PAGE } from './events.js';
import { firstLine, OTHER_OPERATIONS_PAGE } from './reference.js';
import { TYPES_INDEX } from './types.js';

export interface NavEntry {
  readonly href: string;
  readonly label: string;
  /** Shown under the entry on its own page: the operations of a resource. */
  readonly children?: readonly NavEntry[];
}

export function overviewPage(model: ApiModel, guides: readonly NavEntry[], resources: readonly NavEntry[], hasOther: boolean): Page {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: [`${model.title} reference`] }];
  blocks.push({ kind: 'paragraph', className: 'route', text: ['Version ', { code: model.version }, ' · base URL ', { code: model.defaultBaseUrl }] });
  if (model.description) blocks.push({ kind: 'prose', markdown: model.description, headingIds: true });
  blocks.push({ kind: 'heading', level: 2, text: ['Guides'] }, { kind: 'list', items: guides.map((guide) => [{ href: guide.href, text: [guide.label] }]) });
  blocks.push({
    kind: 'heading',
    level: 2,
    text: ['Resources'],
  });
  blocks.push({
    kind: 'table',
    head: ['Resource', 'Operations', 'Description'],
    rows: model.resources.map((resource, index) => [
      [{ href: resources[index]!.href, text: [resources[index]!.label] }],
      [String(resource.operationIds.length)],
      resource.description ? [{ prose: firstLine(resource.description) }] : [],
    ]),
  });
  const more: Block[] = [];
  const items: Inline[][] = [
    ...(model.webhooks.length > 0 ? [[{ href: WEBHOOKS_PAGE, text: ['Webhooks'] }, `: the ${model.webhooks.length} requests the API sends to your URLs.`]] : []),
    ...(model.streams.length > 0 ? [[{ href: STREAMS_PAGE, text: ['WebSocket streams'] }, `: ${model.streams.length} live event streams.`]] : []),
    [{ href: TYPES_INDEX, text: ['Types'] }, `: the ${model.schemas.length} named types, field by field.`],
    ...(hasOther ? [[{ href: OTHER_OPERATIONS_PAGE, text: ['Operations outside the SDKs'] }, ': callbacks and other routes SDK users do not call.']] : []),
    [{ href: 'llms.txt', text: ['llms.txt'] }, ' and ', { href: 'llms-full.txt', text: ['llms-full.txt'] }, ': this reference for language models; every page also has a Markdown twin.'],
  ];
  more.push({ kind: 'heading', level: 2, text: ['More'] }, { kind: 'list', items });
  blocks.push(...more);
  return { path: 'index.html', title: `${model.title} reference`, summary: firstLine(model.description) || `The ${model.title} API reference.`, blocks, nav: 'index.html' };
}

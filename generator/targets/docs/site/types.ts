/** One page per named schema (its fields, or what it is), where it is used, and the index of all of them. */
import type { ApiModel, NamedSchema, Operation, Schema } from '../../../ir/model.js';
import type { Block, Inline, Page } from './blocks.js';
import { FIELD_HEAD, type TypePages } from './fields.js';
import { firstLine, type OperationEntry } from './reference.js';

export const TYPES_INDEX = 'types/index.html';

/** The named types a schema names directly (itself, array items, union members), not through other types. */
function namesIn(schema: Schema | undefined, into: Set<string>, depth = 0): Set<string> {
  if (!schema || depth > 4) return into;
  if (schema.kind === 'ref') into.add(schema.wireName);
  else if (schema.kind === 'array') namesIn(schema.items, into, depth + 1);
  else if (schema.kind === 'union') for (const variant of schema.variants) namesIn(variant, into, depth + 1);
  else if (schema.kind === 'intersection') for (const part of schema.parts) namesIn(part, into, depth + 1);
  else if (schema.kind === 'object') for (const property of schema.properties) namesIn(property.schema, into, depth + 1);
  return into;
}

/** Operations by the named types their parameters, bodies and success responses name. */
function usages(model: ApiModel): Map<string, Operation[]> {
  const used = new Map<string, Operation[]>();
  for (const operation of model.operations) {
    const names = new Set<string>();
    namesIn(operation.requestBody?.schema, names);
    for (const content of operation.success?.contents ?? []) namesIn(content.schema, names);
    for (const name of names) used.set(name, [...(used.get(name) ?? []), operation]);
  }
  return used;
}

export function typePages(model: ApiModel, types: TypePages, entries: ReadonlyMap<string, OperationEntry>): Page[] {
  const used = usages(model);
  const pages = model.schemas.map((named) => typePage(named, types, (used.get(named.wireName) ?? []).map((operation) => entries.get(operation.operationId)!)));
  const index: Block[] = [
    { kind: 'heading', level: 1, text: ['Types'] },
    { kind: 'paragraph', text: [`The ${model.schemas.length} named types of the API, by their SDK name (the schema name is on each page).`] },
    {
      kind: 'table',
      head: ['Type', 'Description'],
      rows: model.schemas.map((named) => [[{ href: types.page(named.wireName)!.path, text: [named.typeName] }], named.schema.description ? [{ prose: firstLine(named.schema.description) }] : []]),
    },
  ];
  pages.push({ path: TYPES_INDEX, title: 'Types', summary: 'Every named type of the API.', blocks: index, nav: TYPES_INDEX });
  return pages;
}

function typePage(named: NamedSchema, types: TypePages, usedBy: readonly OperationEntry[]): Page {
  const page = types.page(named.wireName)!;
  const { schema } = named;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: [named.typeName] }];
  blocks.push({ kind: 'paragraph', className: 'route', text: ['Schema ', { code: named.wireName }, ': ', ...types.label(schema.kind === 'ref' ? schema : { ...schema, description: '' } as Schema)] });
  if (schema.description) blocks.push({ kind: 'prose', markdown: schema.description });
  const object = types.lookup.objectOf(schema);
  if (object && object.properties.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: ['Fields'] }, { kind: 'table', head: FIELD_HEAD, rows: types.rows(object.properties) });
  } else if (schema.kind === 'union') {
    blocks.push({ kind: 'heading', level: 2, text: ['One of'] }, { kind: 'list', items: schema.variants.map((variant) => types.label(variant)) });
  } else if (schema.kind === 'primitive' && schema.enum) {
    blocks.push({ kind: 'heading', level: 2, text: ['Values'] }, { kind: 'list', items: schema.enum.map((value): Inline[] => [{ code: JSON.stringify(value) }]) });
  }
  if (usedBy.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: ['Used by'] }, { kind: 'list', items: usedBy.map((entry) => [{ href: entry.href, text: [{ code: entry.title }] }]) });
  }
  return { path: page.path, title: named.typeName, summary: firstLine(schema.description) || `The ${named.typeName} type.`, blocks, nav: TYPES_INDEX };
}

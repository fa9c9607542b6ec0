/**
 * Schemas as the reference shows them: a type label that links named types to their pages (`array of
 * [LlmSettings]`), and field tables whose inline objects are expanded as nested rows (`llm_settings.model`), a few
 * levels deep; named types are linked, not expanded, so a recursive schema ends.
 */
import type { ApiModel, Property, Schema } from '../../../ir/model.js';
import { SchemaLookup } from '../../../ir/lookup.js';
import type { Inline } from './blocks.js';

const MAX_DEPTH = 3;

/** Where the page of each named type is: `types/LlmSettings.html`, by wire name. */
export class TypePages {
  readonly lookup: SchemaLookup;
  private readonly paths = new Map<string, { path: string; name: string }>();

  constructor(model: ApiModel) {
    this.lookup = new SchemaLookup(model.schemas);
    const taken = new Set<string>();
    for (const named of model.schemas) {
      // Type names are identifiers; file systems that ignore case must not merge two of them.
      let file = named.typeName;
      for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${named.typeName}-${n}`;
      taken.add(file.toLowerCase());
      this.paths.set(named.wireName, { path: `types/${file}.html`, name: named.typeName });
    }
  }

  page(wireName: string): { path: string; name: string } | undefined {
    return this.paths.get(wireName);
  }

  /** The type of a schema as inline content, named types linked. */
  label(schema: Schema, depth = 0): Inline[] {
    if (depth > 6) return ['…'];
    switch (schema.kind) {
      case 'ref': {
        const page = this.page(schema.wireName);
        return page ? [{ href: page.path, text: [page.name] }] : [schema.wireName];
      }
      case 'array':
        return ['array of ', ...this.label(schema.items, depth + 1)];
      case 'primitive': {
        const base = schema.enum && schema.enum.length === 1 ? `${JSON.stringify(schema.enum[0])}` : schema.type;
        return [schema.format ? `${base} (${schema.format})` : base];
      }
      case 'union':
        return schema.variants.flatMap((variant, index) => [...(index > 0 ? [' or '] : []), ...this.label(variant, depth + 1)]);
      case 'intersection':
        return schema.parts.flatMap((part, index) => [...(index > 0 ? [' and '] : []), ...this.label(part, depth + 1)]);
      case 'object':
        return [schema.properties.length > 0 ? 'object' : 'map'];
      case 'binary':
        return ['file (binary)'];
      case 'unknown':
        return ['any'];
    }
  }

  /** What a field's description column says besides its description: allowed values, deprecation. */
  private notes(property: Property): Inline[] {
    const notes: Inline[] = [];
    if (property.description) notes.push({ prose: property.description });
    const values = enumValues(property.schema);
    if (values && values.length > 1) notes.push(notes.length > 0 ? ' One of: ' : 'One of: ', ...values.flatMap((value, index) => [...(index > 0 ? [', '] : []), { code: JSON.stringify(value) }]), '.');
    if (property.readOnly) notes.push(notes.length > 0 ? ' Read-only.' : 'Read-only.');
    if (property.deprecated) notes.push(notes.length > 0 ? ' Deprecated.' : 'Deprecated.');
    return notes;
  }

  /** Rows `[field (and whether it is required), type, description]` of an object's properties, inline objects expanded beneath. */
  rows(properties: readonly Property[], skip: (property: Property) => boolean = () => false, prefix = '', depth = 0): Inline[][][] {
    const rows: Inline[][][] = [];
    for (const property of properties) {
      if (skip(property)) continue;
      const name = `${prefix}${property.wireName}`;
      rows.push([[{ code: name }, ...(property.required ? [' required'] : [])], this.label(property.schema), this.notes(property)]);
      if (depth >= MAX_DEPTH) continue;
      const nested = inlineObject(property.schema);
      if (nested) rows.push(...this.rows(nested.schema.properties, skip, `${name}${nested.suffix}.`, depth + 1));
    }
    return rows;
  }
}

/** An object written in place (not a named type), directly or as the items of an array: expanded in tables. */
function inlineObject(schema: Schema): { schema: Extract<Schema, { kind: 'object' }>; suffix: string } | undefined {
  if (schema.kind === 'object' && schema.properties.length > 0) return { schema, suffix: '' };
  if (schema.kind === 'array' && schema.items.kind === 'object' && schema.items.properties.length > 0) return { schema: schema.items, suffix: '[]' };
  if (schema.kind === 'union') {
    const objects = schema.variants.filter((variant) => variant.kind === 'object' && variant.properties.length > 0);
    if (objects.length === 1) return inlineObject(objects[0]!);
  }
  return undefined;
}

function enumValues(schema: Schema): readonly (string | number | boolean | null)[] | undefined {
  if (schema.kind === 'primitive') return schema.enum;
  if (schema.kind === 'union') return schema.variants.flatMap((variant) => enumValues(variant) ?? []);
  if (schema.kind === 'array') return enumValues(schema.items);
  return undefined;
}

export const FIELD_HEAD = ['Field', 'Type', 'Description'];

/**
 * TypeScript type expressions for model schemas. The SDK's public types are camelCase; the casing shapes that map
 * them to and from the snake_case wire are in shapes.ts.
 */
import type { ApiModel, NamedSchema, Property, Schema } from '../../ir/model.js';
import { propertyKey } from '../../ir/naming.js';
import { jsDoc } from '../../emit/escape.js';

/**
 * `input`: what a caller sends (read-only properties left out, uploads accept more than Blob).
 * `output`: what a caller receives (write-only properties may be absent).
 * `named`: a component type used both ways: every property, write-only ones optional, uploads as for input.
 */
export type Direction = 'input' | 'output' | 'named';

export const UPLOADABLE_TYPE = 'Uploadable';

export class TypeRenderer {
  private readonly typeNames: Map<string, string>;

  /** @param brief write inline object types as `object` (one-line type columns in the docs). */
  constructor(
    model: ApiModel,
    private readonly brief = false,
  ) {
    this.typeNames = new Map(model.schemas.map((schema) => [schema.wireName, schema.typeName]));
  }

  typeNameOf(wireName: string): string {
    return this.typeNames.get(wireName) ?? 'unknown';
  }

  render(schema: Schema, direction: Direction): string {
    switch (schema.kind) {
      case 'ref':
        return this.typeNameOf(schema.wireName);
      case 'primitive':
        if (schema.enum) return unique(schema.enum.map((value) => JSON.stringify(value))).join(' | ');
        return schema.type === 'integer' ? 'number' : schema.type;
      case 'binary':
        return direction === 'output' ? 'Blob' : UPLOADABLE_TYPE;
      case 'array': {
        const item = this.render(schema.items, direction);
        return /^[A-Za-z0-9_.]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
      }
      case 'union':
        return this.renderUnion(schema.variants, direction);
      case 'intersection':
        return unique(schema.parts.map((part) => this.wrap(this.render(part, direction)))).join(' & ') || 'unknown';
      case 'object':
        if (this.brief) return schema.properties.length > 0 ? 'object' : 'Record<string, unknown>';
        return this.renderObject(schema.properties, additionalOf(schema), direction);
      case 'unknown':
        return 'unknown';
    }
  }

  /** An open enum (`anyOf: [{enum: [...]}, {type: string}]`) keeps its literals for autocompletion. */
  private renderUnion(variants: readonly Schema[], direction: Direction): string {
    const hasLiteralStrings = variants.some((variant) => variant.kind === 'primitive' && variant.type === 'string' && variant.enum);
    const rendered = variants.map((variant) => {
      const text = this.render(variant, direction);
      return hasLiteralStrings && text === 'string' ? '(string & {})' : this.wrap(text);
    });
    return unique(rendered).join(' | ') || 'unknown';
  }

  private wrap(text: string): string {
    return /^[A-Za-z0-9_.[\]<>"' ]+$/.test(text) || text.startsWith('{') || text.startsWith('Array<') ? text : `(${text})`;
  }

  renderObject(properties: readonly Property[], additional: Schema | boolean, direction: Direction, skip: ReadonlySet<string> = new Set()): string {
    const members = this.members(properties, additional, direction, skip);
    if (members.length === 0) return additional === false ? '{}' : 'Record<string, unknown>';
    return `{\n${members.join('\n')}\n}`;
  }

  /** Member lines of an object type (property doc + declaration), without braces. */
  members(properties: readonly Property[], additional: Schema | boolean, direction: Direction, skip: ReadonlySet<string> = new Set()): string[] {
    const lines: string[] = [];
    for (const property of properties) {
      if (skip.has(property.wireName)) continue;
      if (direction === 'input' && property.readOnly) continue;
      const mayBeAbsent = direction !== 'input' && property.writeOnly;
      const doc = jsDoc(property.description, property.deprecated ? '@deprecated' : undefined, property.name !== property.wireName ? `Wire name: \`${property.wireName}\`.` : undefined);
      const optional = property.required && !mayBeAbsent ? '' : '?';
      lines.push(`${doc ? `${doc}\n` : ''}${propertyKey(property.name)}${optional}: ${this.render(property.schema, direction)};`);
    }
    if (typeof additional === 'object') {
      // TypeScript requires every declared property to fit the index signature: the index type also admits theirs.
      const declared = properties.filter((property) => !skip.has(property.wireName) && !(direction === 'input' && property.readOnly)).map((property) => this.wrap(this.render(property.schema, direction)));
      const valueTypes = unique([this.wrap(this.render(additional, direction)), ...declared]);
      lines.push(`[key: string]: ${valueTypes.join(' | ')}${properties.length > 0 ? ' | undefined' : ''};`);
    }
    else if (additional === true && properties.length > 0) lines.push('[key: string]: unknown;');
    return lines;
  }

  /** `export interface X {...}` for an object schema, `export type X = ...` otherwise. */
  declaration(named: NamedSchema): string {
    const doc = jsDoc(named.schema.description);
    const schema = named.schema;
    const body =
      schema.kind === 'object'
        ? `export interface ${named.typeName} {\n${this.members(schema.properties, additionalOf(schema), 'named').join('\n')}\n}`
        : `export type ${named.typeName} = ${this.render(schema, 'named')};`;
    return doc ? `${doc}\n${body}` : body;
  }
}

/**
 * The undeclared keys an object type allows. An object schema that does not write `additionalProperties` is closed
 * (its declared keys only, so a misspelled key is a compile error); one that declares it is open as declared. An
 * object without declared properties stays a free-form map either way.
 */
export function additionalOf(object: { readonly properties: readonly unknown[]; readonly additional: Schema | boolean; readonly additionalImplicit?: true }): Schema | boolean {
  return object.additionalImplicit && object.properties.length > 0 ? false : object.additional;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

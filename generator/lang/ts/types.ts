/**
 * TypeScript type expressions and casing shapes for model schemas. The SDK's public types are camelCase;
 * the shapes tell the runtime how to map them to and from the snake_case wire.
 */
import type { ApiModel, NamedSchema, Property, Schema } from '../../ir/model.js';
import { propertyKey } from '../../ir/naming.js';
import { camelKey, wireKey } from '../../../templates/client/runtime/casing.js';
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

/** A reference to the shape of a named schema (a constant of the generated `shapes.ts`). */
export interface ShapeName {
  readonly ref: string;
}

/** A casing shape as plain data (see templates/client/runtime/operation.ts `Shape`). */
export type ShapeData = ShapeName | ShapeLiteral;

export interface ShapeLiteral {
  names?: Record<string, string>;
  props?: Record<string, ShapeData>;
  keep?: true;
  values?: ShapeData;
  items?: ShapeData;
  anyOf?: ShapeData[];
}

export function isShapeName(shape: ShapeData): shape is ShapeName {
  return 'ref' in shape;
}

/**
 * Computes casing shapes. The runtime renames the keys of every object with a shape by its default rule
 * (`camelKey` / `wireKey`, imported from the runtime itself so the two cannot drift); a shape lists only the
 * declared keys that rule gets wrong (`names`) and the properties whose values have shapes (`props`). A schema
 * whose values need no mapping (scalars, free-form objects) has no shape, and references to it are dropped.
 */
export class ShapeBuilder {
  private readonly named = new Map<string, NamedSchema>();
  private readonly needed = new Map<string, boolean>();
  private readonly plain = new Map<string, boolean>();

  constructor(model: ApiModel) {
    for (const schema of model.schemas) this.named.set(schema.wireName, schema);
  }

  /** The named schemas that have a shape, each with it, in an order where a shape's references come first when they can. */
  namedShapes(): { typeName: string; shape: ShapeData }[] {
    const out: { typeName: string; shape: ShapeData }[] = [];
    // Schemas already visited (or being visited: a cycle stops here, and its reference becomes a function).
    const visited = new Set<string>();
    const byTypeName = new Map([...this.named.values()].map((schema) => [schema.typeName, schema.wireName]));
    const visit = (wireName: string): void => {
      if (visited.has(wireName)) return;
      visited.add(wireName);
      const schema = this.named.get(wireName);
      const shape = schema && this.isNeeded(wireName) ? this.shapeOf(schema.schema, true) : undefined;
      if (schema && shape !== undefined && !this.isPlainObjectShape(wireName)) {
        for (const ref of references(shape)) {
          const target = byTypeName.get(ref);
          if (target) visit(target);
        }
        out.push({ typeName: schema.typeName, shape });
      }
    };
    for (const wireName of this.named.keys()) visit(wireName);
    return out;
  }

  /** Whether a named schema's shape is `{}`: an object whose declared keys all follow the default rule, nothing nested. */
  private isPlainObjectShape(wireName: string): boolean {
    let plain = this.plain.get(wireName);
    if (plain === undefined) {
      // Decided from the schema itself, not from its shape: computing the shape of a recursive schema here would
      // recurse without end. `hasShape` follows references with a cycle guard.
      const schema = this.named.get(wireName)?.schema;
      plain =
        schema?.kind === 'object' &&
        schema.properties.length > 0 &&
        typeof schema.additional !== 'object' &&
        schema.properties.every(
          (property) =>
            camelKey(property.wireName) === property.name &&
            wireKey(property.name) === property.wireName &&
            !this.hasShape(property.schema, new Set([wireName])),
        );
      this.plain.set(wireName, plain);
    }
    return plain;
  }

  private isNeeded(wireName: string, visiting = new Set<string>()): boolean {
    const cached = this.needed.get(wireName);
    if (cached !== undefined) return cached;
    if (visiting.has(wireName)) return false;
    visiting.add(wireName);
    const schema = this.named.get(wireName);
    const result = schema ? this.hasShape(schema.schema, visiting) : false;
    visiting.delete(wireName);
    if (visiting.size === 0 || result) this.needed.set(wireName, result);
    return result;
  }

  /** Whether values of a schema need mapping: objects with declared keys, maps of such, arrays and unions of them. */
  private hasShape(schema: Schema, visiting: Set<string>): boolean {
    switch (schema.kind) {
      case 'ref':
        return this.isNeeded(schema.wireName, visiting);
      case 'object':
        return schema.properties.length > 0 || (typeof schema.additional === 'object' && this.hasShape(schema.additional, visiting));
      case 'array':
        return this.hasShape(schema.items, visiting);
      case 'union':
        return schema.variants.some((variant) => this.hasShape(variant, visiting));
      case 'intersection':
        return schema.parts.some((part) => this.hasShape(part, visiting));
      default:
        return false;
    }
  }

  /** The shape of a schema, or undefined when values of it pass through unchanged. */
  shapeOf(schema: Schema, inline = false): ShapeData | undefined {
    switch (schema.kind) {
      case 'ref': {
        const named = this.named.get(schema.wireName);
        if (!named || !this.isNeeded(schema.wireName)) return undefined;
        if (inline) return this.shapeOf(named.schema);
        // `{}` (rename by the default rule, nothing nested) is written in place: a constant would cost more than it saves.
        return this.isPlainObjectShape(schema.wireName) ? {} : { ref: named.typeName };
      }
      case 'object': {
        const values = typeof schema.additional === 'object' ? this.shapeOf(schema.additional) : undefined;
        // A typed map: its undeclared keys are user data, never renamed.
        const keep = typeof schema.additional === 'object';
        if (schema.properties.length === 0) return keep && values !== undefined ? { keep: true, values } : undefined;
        const names: Record<string, string> = {};
        const props: Record<string, ShapeData> = {};
        for (const property of schema.properties) {
          if (keep || camelKey(property.wireName) !== property.name || wireKey(property.name) !== property.wireName) {
            defineEntry(names, property.wireName, property.name);
          }
          const child = this.shapeOf(property.schema);
          if (child !== undefined) defineEntry(props, property.wireName, child);
        }
        const shape: ShapeLiteral = {};
        if (Object.keys(names).length > 0) shape.names = names;
        if (Object.keys(props).length > 0) shape.props = props;
        if (keep) shape.keep = true;
        if (values !== undefined) shape.values = values;
        return shape;
      }
      case 'array': {
        const items = this.shapeOf(schema.items);
        return items === undefined ? undefined : { items };
      }
      case 'union':
      case 'intersection': {
        const members = (schema.kind === 'union' ? schema.variants : schema.parts)
          .map((member) => this.shapeOf(member))
          .filter((shape): shape is ShapeData => shape !== undefined);
        if (members.length === 0) return undefined;
        return members.length === 1 ? members[0] : { anyOf: members };
      }
      default:
        return undefined;
    }
  }
}

/** Type names a shape refers to. */
export function references(shape: ShapeData): string[] {
  if (isShapeName(shape)) return [shape.ref];
  return [
    ...Object.values(shape.props ?? {}).flatMap(references),
    ...(shape.values ? references(shape.values) : []),
    ...(shape.items ? references(shape.items) : []),
    ...(shape.anyOf ?? []).flatMap(references),
  ];
}

/** An own data property, whatever the key (`__proto__` included). */
function defineEntry<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Go types for the model's schemas. Named schemas become named types (structs, or defined types for enums,
 * lists and maps); inline objects become named struct types after their parent (`AssistantLLMSettings`), allocated
 * as they are met, so the output is deterministic. Optional and nullable values are pointers, except where nil
 * already means "absent" (slices, maps, `any`).
 */
import type { ApiModel, NamedSchema, Operation, Property, Schema } from '../../ir/model.js';
import { SchemaLookup } from '../../ir/lookup.js';
import type { Namer } from '../naming.js';
import { goComment, jsonTag, taggable, goString } from './literal.js';
import { exportedName, memberNamer } from './naming.js';
import { structFields, type GoField } from './struct.js';

/** A Go type expression and whether nil is already its "absent" value (no pointer needed). */
export interface GoType {
  readonly expr: string;
  readonly nilable: boolean;
  /** The value may be JSON null (a `T | null` union). */
  readonly nullable?: boolean;
}

/** One top-level declaration: its Go source (doc comment included). */
export interface GoDeclaration {
  readonly name: string;
  readonly source: string;
}

const ANY: GoType = { expr: 'any', nilable: true };

export class GoTypes {
  readonly lookup: SchemaLookup;
  private readonly named = new Map<string, string>();
  private readonly declarations: GoDeclaration[] = [];
  /** Named schemas whose declaration has been written (or is being written: recursion). */
  private readonly declared = new Set<string>();
  private readonly inline = new Set<string>();
  /** The named schema of each Go name (the reverse of `named`). */
  private readonly schemaByName = new Map<string, NamedSchema>();
  /** Whether declarations get their Go source (the SDK), or only their names, as the docs' samples need. */
  private readonly sources: boolean;

  constructor(
    private readonly model: ApiModel,
    private readonly names: Namer,
    options: { readonly sources?: boolean } = {},
  ) {
    this.sources = options.sources ?? true;
    this.lookup = new SchemaLookup(model.schemas);
    for (const schema of model.schemas) {
      const name = names.allocate(exportedName(schema.wireName, 'Schema'));
      this.named.set(schema.wireName, name);
      this.schemaByName.set(name, schema);
    }
  }

  /** Whether a Go type name is a struct type made here (a named object schema or an inline object). */
  isStructName(name: string): boolean {
    if (this.inline.has(name)) return true;
    const named = this.schemaByName.get(name);
    return named !== undefined && this.underlying(named.schema, 0).expr === 'struct';
  }

  /** Whether a Go type name is a named schema declared over `string` (an enum). */
  isNamedString(name: string): boolean {
    const named = this.schemaByName.get(name);
    return named !== undefined && this.underlying(named.schema, 0).expr === 'string';
  }

  /** The Go name of a named schema. */
  nameOf(wireName: string): string {
    return this.named.get(wireName) ?? 'any';
  }

  /** Every declaration made so far (named schemas first, in model order, then inline types as met). */
  allDeclarations(): readonly GoDeclaration[] {
    for (const schema of this.model.schemas) this.declareNamed(schema);
    return this.declarations;
  }

  /** Declarations made since `from` (an index into the list), for files that own the types they introduce. */
  declarationsSince(from: number): readonly GoDeclaration[] {
    return this.declarations.slice(from);
  }

  count(): number {
    return this.declarations.length;
  }

  /** The Go type of a schema; `context` names inline types (`Assistant` + `LLMSettings`). */
  typeOf(schema: Schema, context: string): GoType {
    switch (schema.kind) {
      case 'ref': {
        const named = this.lookup.get(schema.wireName);
        if (!named) return ANY;
        return { expr: this.nameOf(schema.wireName), nilable: this.underlying(named.schema, 0).nilable };
      }
      case 'primitive':
        return primitiveType(schema.type, schema.format);
      case 'array':
        return { expr: `[]${this.typeOf(schema.items, `${context}Item`).expr}`, nilable: true };
      case 'object': {
        if (schema.properties.length === 0) return this.mapOf(schema.additional, context);
        return { expr: this.declareInline(schema.properties, schema.description, context), nilable: false };
      }
      case 'intersection': {
        const object = this.lookup.objectOf(schema);
        if (!object || object.properties.length === 0) return ANY;
        return { expr: this.declareInline(object.properties, schema.description, context), nilable: false };
      }
      case 'union':
        return this.unionOf(schema.variants, context);
      case 'binary':
        return { expr: 'string', nilable: false };
      default:
        return ANY;
    }
  }

  /** A field's type: a pointer when optional or nullable and nil is not already "absent". */
  fieldType(schema: Schema, required: boolean, context: string): GoType {
    const type = this.typeOf(schema, context);
    if (type.nilable || (required && !type.nullable)) return type;
    return { expr: `*${type.expr}`, nilable: true, nullable: type.nullable };
  }

  /** Struct fields of properties, with json tags holding the wire names. */
  fields(properties: readonly Property[], owner: string, indent: string): GoField[] {
    const names = fieldNames(properties);
    return properties.map((property, index) => {
      const name = names[index]!;
      const type = this.fieldType(property.schema, property.required, `${owner}${name}`);
      const doc = !this.sources ? '' : goComment(indent, property.description, taggable(property.wireName) ? undefined : `Wire name ${goString(property.wireName)} (not sent: a struct tag cannot hold it).`, property.deprecated ? 'Deprecated: the API marks this field deprecated.' : undefined);
      return { doc, name, type: type.expr, tag: jsonTag(property.wireName, !property.required || type.nilable) };
    });
  }

  private mapOf(additional: Schema | boolean, context: string): GoType {
    if (typeof additional === 'object') return { expr: `map[string]${this.typeOf(additional, `${context}Value`).expr}`, nilable: true };
    return { expr: 'map[string]any', nilable: true };
  }

  private unionOf(variants: readonly Schema[], context: string): GoType {
    const present = variants.filter((variant) => !(variant.kind === 'primitive' && variant.type === 'null'));
    const nullable = present.length < variants.length;
    if (present.length === 0) return ANY;
    const types = present.map((variant) => this.typeOf(variant, context));
    const first = types[0]!;
    if (types.every((type) => type.expr === first.expr)) return { ...first, nullable };
    return ANY;
  }

  /** How a named schema is declared: a struct, or a defined type over another type. */
  private underlying(schema: Schema, depth: number): GoType {
    if (depth > 16) return ANY;
    if (schema.kind === 'ref') {
      const named = this.lookup.get(schema.wireName);
      return named ? this.underlying(named.schema, depth + 1) : ANY;
    }
    if (schema.kind === 'object' && schema.properties.length > 0) return { expr: 'struct', nilable: false };
    if (schema.kind === 'intersection') return this.lookup.objectOf(schema)?.properties.length ? { expr: 'struct', nilable: false } : ANY;
    if (schema.kind === 'object') return { expr: 'map', nilable: true };
    if (schema.kind === 'array') return { expr: 'slice', nilable: true };
    if (schema.kind === 'primitive') return primitiveType(schema.type, schema.format);
    if (schema.kind === 'union') {
      const present = schema.variants.filter((variant) => !(variant.kind === 'primitive' && variant.type === 'null'));
      const kinds = present.map((variant) => this.underlying(variant, depth + 1));
      if (kinds.length > 0 && kinds.every((kind) => kind.expr === kinds[0]!.expr)) return kinds[0]!;
    }
    return ANY;
  }

  private declareNamed(named: NamedSchema): void {
    if (this.declared.has(named.wireName)) return;
    this.declared.add(named.wireName);
    const name = this.nameOf(named.wireName);
    const schema = named.schema;
    const doc = !this.sources ? '' : goComment('', schema.description ? `${name} ${lowerStart(schema.description)}` : `${name} is the ${goString(named.wireName)} schema.`);
    const object = schema.kind === 'object' || schema.kind === 'intersection' ? this.lookup.objectOf(schema) : undefined;
    if (object && object.properties.length > 0) {
      const fields = this.fields(object.properties, name, '\t');
      this.declarations.push({ name, source: this.sources ? `${doc}type ${name} struct {\n${structFields(fields, '\t')}}\n` : '' });
      return;
    }
    const target = this.typeOf(schema, name);
    if (target.expr === 'any') {
      this.declarations.push({ name, source: `${doc}type ${name} = any\n` });
      return;
    }
    this.declarations.push({ name, source: `${doc}type ${name} ${target.expr}\n${this.enumConstants(name, schema, target.expr)}` });
  }

  /** Constants for the values of a string enum (`CallStatusCompleted CallStatus = "completed"`). */
  private enumConstants(typeName: string, schema: Schema, underlying: string): string {
    if (underlying !== 'string') return '';
    const values = enumValues(schema).filter((value): value is string => typeof value === 'string');
    if (values.length === 0) return '';
    const lines = values.map((value) => ({ name: this.names.allocate(`${typeName}${exportedName(value, 'Empty')}`), value }));
    if (!this.sources) return '';
    const width = Math.max(...lines.map((line) => line.name.length));
    const body = lines.map((line) => `\t${line.name.padEnd(width)} ${typeName} = ${goString(line.value)}\n`).join('');
    return `\n// Values of ${typeName}.\nconst (\n${body})\n`;
  }

  private declareInline(properties: readonly Property[], description: string, context: string): string {
    const name = this.names.allocate(context);
    this.inline.add(name);
    const doc = !this.sources ? '' : goComment('', description ? `${name} ${lowerStart(description)}` : `${name} is an object of the API.`);
    // Reserve the slot first: fields may declare further inline types, which come after this one.
    const index = this.declarations.length;
    this.declarations.push({ name, source: '' });
    const fields = this.fields(properties, name, '\t');
    this.declarations[index] = { name, source: this.sources ? `${doc}type ${name} struct {\n${structFields(fields, '\t')}}\n` : '' };
    return name;
  }

  /** The request body's properties that go into a method's params struct (the positional ones are arguments). */
  paramsBodyProperties(operation: Operation): readonly Property[] {
    const body = operation.sdk!.plan.body;
    if (body.kind === 'inline') return [...body.properties];
    if (body.kind !== 'named') return [];
    const object = this.lookup.objectOf({ kind: 'ref', wireName: body.wireName, description: '' });
    return (object?.properties ?? []).filter((property) => !body.omit.some((omitted) => omitted.wireName === property.wireName));
  }
}


/**
 * The Go field names of properties, in order. `EventType` and `WebhookName` are methods of event types (and of the
 * structs they embed), so no field takes them.
 */
export function fieldNames(properties: readonly Property[]): string[] {
  const members = memberNamer(['EventType', 'WebhookName']);
  return properties.map((property) => members.allocate(exportedName(property.wireName, 'Field')));
}

function enumValues(schema: Schema): readonly unknown[] {
  if (schema.kind === 'primitive') return schema.enum ?? [];
  if (schema.kind === 'union') return schema.variants.flatMap(enumValues);
  return [];
}

function primitiveType(type: string, format: string | undefined): GoType {
  switch (type) {
    case 'string':
      return { expr: 'string', nilable: false };
    case 'integer':
      return { expr: format === 'int64' ? 'int64' : 'int', nilable: false };
    case 'number':
      return { expr: 'float64', nilable: false };
    case 'boolean':
      return { expr: 'bool', nilable: false };
    default:
      return ANY;
  }
}

/** "Represents a call" → "represents a call", so a doc comment can start with the type's name. */
function lowerStart(text: string): string {
  const trimmed = text.trim();
  if (/^[A-Z][a-z]/.test(trimmed)) return `${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}`;
  return `is: ${trimmed}`;
}

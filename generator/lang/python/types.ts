/**
 * Python type expressions for schemas, and the declarations of generated models (pydantic) and aliases. Output
 * types are what results are validated as (inline objects named after where they appear become models); input
 * types are what arguments accept (objects as a model or a plain mapping with wire keys).
 */
import type { ApiModel, NamedSchema, Property, Schema } from '../../ir/model.js';
import { SchemaLookup } from '../../ir/lookup.js';
import type { Namer } from '../naming.js';
import { className, fieldNamer, snakeName } from './naming.js';
import { docstring, pyString } from './literal.js';

export type Mode = 'input' | 'output';

interface Declaration {
  readonly name: string;
  readonly code: string;
  readonly alias: boolean;
  /** Aliases only: the named types its expression uses (evaluated at import, so they come first). */
  readonly uses: readonly string[];
}

export class PyTypes {
  readonly lookup: SchemaLookup;
  private readonly names = new Map<string, string>();
  private readonly declarations: Declaration[] = [];
  /** Named types the last `track()` scope referenced. */
  private used = new Set<string>();

  /** Whether declarations get their Python source (the SDK), or only their names, as the docs' samples need. */
  private readonly sources: boolean;

  constructor(
    model: ApiModel,
    private readonly namer: Namer,
    options: { readonly sources?: boolean } = {},
  ) {
    this.sources = options.sources ?? true;
    this.lookup = new SchemaLookup(model.schemas);
    for (const schema of model.schemas) this.names.set(schema.wireName, namer.allocate(className(schema.wireName)));
    for (const schema of model.schemas) this.declareNamed(schema);
  }

  /** Collects the named types the renders inside `fn` use. */
  track<T>(fn: () => T): { value: T; used: string[] } {
    const outer = this.used;
    this.used = new Set();
    try {
      const value = fn();
      return { value, used: [...this.used].sort() };
    } finally {
      for (const name of this.used) outer.add(name);
      this.used = outer;
    }
  }

  nameOf(wireName: string): string {
    const name = this.names.get(wireName) ?? 'Any';
    if (name !== 'Any') this.used.add(name);
    return name;
  }

  private isModel(schema: Schema): boolean {
    return (schema.kind === 'object' && schema.properties.length > 0) || (schema.kind === 'intersection' && (this.lookup.objectOf(schema)?.properties.length ?? 0) > 0);
  }

  private declareNamed(named: NamedSchema): void {
    const name = this.names.get(named.wireName)!;
    if (this.isModel(named.schema)) {
      this.declareModel(name, this.lookup.objectOf(named.schema)!.properties, named.schema.description);
    } else {
      const { value, used } = this.track(() => this.render(named.schema, 'output', name));
      const doc = this.sources ? docstring('', named.schema.description) : '';
      this.declarations.push({ name, code: `${name} = ${value}${doc ? `\n${doc}` : ''}`, alias: true, uses: used });
    }
  }

  private declareModel(name: string, properties: readonly Property[], description: string): void {
    const fields = fieldNamer();
    const lines: string[] = [];
    for (const property of properties) {
      const field = fields.allocate(snakeName(property.wireName, 'field'));
      let type = this.track(() => this.render(property.schema, 'output', `${name}_${property.wireName}`)).value;
      const optional = !property.required;
      if (optional && !type.startsWith('Optional[') && type !== 'Any') type = `Optional[${type}]`;
      const alias = field === property.wireName ? undefined : `alias=${pyString(property.wireName)}`;
      const value = optional ? (alias ? ` = Field(default=None, ${alias})` : ' = None') : alias ? ` = Field(${alias})` : '';
      if (!this.sources) continue;
      lines.push(`    ${field}: ${type}${value}`);
      const doc = docstring('    ', property.description, property.deprecated ? 'Deprecated.' : undefined);
      if (doc) lines.push(doc);
    }
    const doc = this.sources ? docstring('    ', description) : '';
    const body = [doc, doc ? '' : undefined, ...lines].filter((line): line is string => line !== undefined);
    this.declarations.push({ name, code: `class ${name}(Model):\n${body.join('\n') || '    pass'}`, alias: false, uses: [] });
  }

  /** A Python type expression; `hint` names a model made for an inline object in output position. */
  render(schema: Schema, mode: Mode, hint?: string, depth = 0): string {
    if (depth > 24) return 'Any';
    switch (schema.kind) {
      case 'ref': {
        const named = this.lookup.get(schema.wireName);
        if (!named) return 'Any';
        if (mode === 'input' && this.isModel(named.schema)) return `Union[${this.nameOf(schema.wireName)}, Mapping[str, Any]]`;
        if (mode === 'input') return this.render(named.schema, mode, undefined, depth + 1);
        return this.nameOf(schema.wireName);
      }
      case 'primitive':
        return this.primitive(schema, mode);
      case 'array':
        return `${mode === 'input' ? 'Sequence' : 'List'}[${this.render(schema.items, mode, hint ? `${hint}_item` : undefined, depth + 1)}]`;
      case 'object':
      case 'intersection': {
        // `allOf: [$ref]` with siblings (a default, a description) is that one part, whatever its type.
        if (schema.kind === 'intersection' && schema.parts.length === 1) return this.render(schema.parts[0]!, mode, hint, depth + 1);
        const object = this.lookup.objectOf(schema);
        if (!object) return 'Any';
        if (object.properties.length === 0) {
          const values = typeof object.additional === 'object' ? this.render(object.additional, mode, undefined, depth + 1) : 'Any';
          return `${mode === 'input' ? 'Mapping' : 'Dict'}[str, ${values}]`;
        }
        if (mode === 'input' || !hint) return mode === 'input' ? 'Mapping[str, Any]' : 'Dict[str, Any]';
        const name = this.namer.allocate(className(hint));
        this.declareModel(name, object.properties, schema.description);
        this.used.add(name);
        return name;
      }
      case 'union': {
        const variants = schema.variants.filter((variant) => !(variant.kind === 'primitive' && variant.type === 'null'));
        const nullable = variants.length < schema.variants.length;
        const rendered = [...new Set(variants.map((variant, index) => this.render(variant, mode, hint && variants.length > 1 ? `${hint}_variant${index + 1}` : hint, depth + 1)))];
        if (rendered.includes('Any')) return 'Any';
        const inner = rendered.length === 0 ? 'None' : rendered.length === 1 ? rendered[0]! : `Union[${rendered.join(', ')}]`;
        return nullable && inner !== 'None' ? `Optional[${inner}]` : inner;
      }
      case 'binary':
        return mode === 'input' ? 'FileInput' : 'bytes';
      case 'unknown':
        return 'Any';
    }
  }

  private primitive(schema: Extract<Schema, { kind: 'primitive' }>, mode: Mode): string {
    const base = { string: 'str', integer: 'int', number: 'float', boolean: 'bool', null: 'None' }[schema.type];
    if (schema.type === 'string' && schema.format === 'binary') return mode === 'input' ? 'FileInput' : 'bytes';
    const values = (schema.enum ?? []).filter((value) => value !== null && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'));
    if (values.length === 0 || schema.type === 'number') return base;
    const literal = `Literal[${values.map((value) => (typeof value === 'string' ? pyString(value) : typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value))).join(', ')}]`;
    // Results stay readable when the API adds a value: an output enum also accepts any value of its type.
    return mode === 'output' ? `Union[${literal}, ${base}]` : literal;
  }

  /** The types module's declarations: models first, then aliases in dependency order (they run at import). */
  declarationsInOrder(): string[] {
    const models = this.declarations.filter((declaration) => !declaration.alias);
    const aliases = this.declarations.filter((declaration) => declaration.alias);
    const aliasNames = new Set(aliases.map((alias) => alias.name));
    const done = new Set<string>();
    const ordered: Declaration[] = [];
    const visiting = new Set<string>();
    const byName = new Map(aliases.map((alias) => [alias.name, alias]));
    const visit = (alias: Declaration): void => {
      if (done.has(alias.name) || visiting.has(alias.name)) return;
      visiting.add(alias.name);
      for (const use of alias.uses) if (aliasNames.has(use) && use !== alias.name) visit(byName.get(use)!);
      visiting.delete(alias.name);
      done.add(alias.name);
      ordered.push(alias);
    };
    for (const alias of aliases) visit(alias);
    return [...models, ...ordered].map((declaration) => declaration.code);
  }

  /** Every generated name (for `__all__`). */
  allNames(): string[] {
    return this.declarations.map((declaration) => declaration.name);
  }
}

/**
 * The Go sample of an operation: the call of the `go` SDK's method, spelled through lang/go (its names and types
 * from the same plan the go target spells, lang/go/surface.ts), with the spec's example values as
 * Go composite literals. A value the sample cannot spell exactly (an example of the wrong JSON type, a field of an
 * inline type nested in another) is left out rather than guessed. test/docs/go-samples.test.ts runs `go vet` over
 * every sample against generated/go, so a name spelled here differently from the SDK fails there.
 */
import type { ApiModel, Operation, PlanInput, Schema } from '../../ir/model.js';
import { goString } from '../../lang/go/literal.js';
import { goPackageName } from '../../lang/go/naming.js';
import { GO_VERSION } from '../../lang/go/runtime.js';
import { planGoSurface, type GoMethodPlan } from '../../lang/go/surface.js';
import { fieldNames, type GoTypes, } from '../../lang/go/types.js';
import type { ExampleValues } from './examples.js';

/** One Go sample in parts, so that a test can put many into one package: imports, and the body of `main`. */
export interface GoSampleParts {
  readonly imports: readonly string[];
  readonly body: string;
}

interface GoCall {
  readonly service: string;
  readonly method: string;
  readonly pager?: string;
  readonly args: readonly { readonly input: PlanInput; readonly type: string }[];
  readonly params?: { readonly type: string; readonly fields: readonly { readonly name: string; readonly type: string; readonly input: PlanInput }[] };
  readonly empty: boolean;
}

/**
 * The module path and package name the go target declares (the spec's `x-sdk.goModule`, its package name from
 * lang/go/naming.ts) and the Go version the SDK needs (lang/go/runtime.ts): the SDK the samples import.
 */
function goModule(model: ApiModel): { path: string; name: string; go: string } {
  return { path: model.sdk.goModule, name: goPackageName(model.sdk.goModule, model.sdk.clientName), go: GO_VERSION };
}

export class GoSamples {
  /** The module path, its package's name and the Go version go.mod names. */
  readonly module: { path: string; name: string; go: string };
  /** The client's field of each resource (`PhoneNumbers`), by resource name. */
  readonly services = new Map<string, string>();
  private readonly types: GoTypes;
  private readonly calls = new Map<Operation, GoCall>();

  constructor(
    model: ApiModel,
    private readonly examples: ExampleValues,
  ) {
    this.module = goModule(model);
    // The go target's own plan of names (lang/go/surface.ts), without the declarations' source.
    const surface = planGoSurface(model, { sources: false });
    this.types = surface.types;
    for (const { resource, field, methods } of surface.resources) {
      this.services.set(resource.name, field);
      for (const method of methods) this.calls.set(method.operation, callOf(field, method));
    }
  }

  /** The sample in parts, or undefined for an operation outside the SDK. */
  parts(operation: Operation): GoSampleParts | undefined {
    const call = this.calls.get(operation);
    if (!call) return undefined;
    const imports = new Set(['context', 'fmt']);
    const body = operation.requestBody;
    const bodyExample = body?.example !== null && typeof body?.example === 'object' && !Array.isArray(body.example) ? (body.example as Record<string, unknown>) : undefined;
    const args = ['ctx'];
    for (const { input, type } of call.args) {
      if (type === 'io.Reader') {
        imports.add('strings');
        args.push('strings.NewReader("file contents")');
      } else if (type === 'File') {
        imports.add('strings');
        args.push(`${this.module.name}.NewFile(strings.NewReader("file contents"), "file.bin")`);
      } else {
        const example = input.parameter ? this.examples.parameter(input.parameter) : input.wholeBody ? body?.example : bodyExample?.[input.wireName];
        args.push(this.value(example, type, input.schema, '') ?? this.zero(type));
      }
    }
    if (call.params) {
      const entries: [string, string][] = [];
      for (const field of call.params.fields) {
        const { input } = field;
        if (field.type === 'File') {
          if (!input.required) continue;
          imports.add('strings');
          entries.push([field.name, `${this.module.name}.NewFile(strings.NewReader("file contents"), "file.bin")`]);
          continue;
        }
        if (input.property?.readOnly) continue;
        const example = input.parameter ? (input.required ? this.examples.parameter(input.parameter) : undefined) : bodyExample?.[input.wireName];
        const value = this.value(example, field.type, input.schema, '\t');
        if (value !== undefined) entries.push([field.name, value]);
      }
      args.push(entries.length > 0 ? `&${this.module.name}.${call.params.type}${this.composite(entries, '\t')}` : 'nil');
    }
    const callText = (method: string) => `client.${call.service}.${method}(${args.join(', ')})`;
    const lines: string[] = ['ctx := context.Background()', `client := ${this.module.name}.NewClient("") // "" reads the key from the environment`];
    if (call.pager) {
      lines.push(`for item, err := range ${callText(call.pager)} {`, '\tif err != nil {', '\t\tpanic(err)', '\t}', '\tfmt.Println(item)', '}');
    } else if (call.empty) {
      imports.delete('fmt');
      lines.push(`if err := ${callText(call.method)}; err != nil {`, '\tpanic(err)', '}');
    } else {
      lines.push(`result, err := ${callText(call.method)}`, 'if err != nil {', '\tpanic(err)', '}', 'fmt.Println(result)');
    }
    return { imports: [...imports].sort(), body: lines.join('\n') };
  }

  /** The whole sample: a `main` package calling the method. */
  sample(operation: Operation): string | undefined {
    const parts = this.parts(operation);
    if (!parts) return undefined;
    const imports = [...parts.imports.map((name) => `\t${goString(name)}`), '', `\t${this.module.name} ${goString(this.module.path)}`];
    return ['package main', '', 'import (', ...imports, ')', '', 'func main() {', ...parts.body.split('\n').map((line) => `\t${line}`), '}'].join('\n');
  }

  /**
   * `{\n\tName: value,\n}` at an indent, aligned as gofmt aligns it: the values of a run of one-line entries in one
   * column, an entry whose value spans lines unpadded (it ends the run).
   */
  private composite(entries: readonly (readonly [string, string])[], indent: string): string {
    if (entries.length === 0) return '{}';
    const lines: string[] = [];
    for (let start = 0; start < entries.length; ) {
      if (entries[start]![1].includes('\n')) {
        lines.push(`${indent}${entries[start]![0]}: ${entries[start]![1]},`);
        start++;
        continue;
      }
      let end = start;
      while (end < entries.length && !entries[end]![1].includes('\n')) end++;
      const run = entries.slice(start, end);
      const width = Math.max(...run.map(([key]) => key.length));
      for (const [key, value] of run) lines.push(`${indent}${`${key}:`.padEnd(width + 1)} ${value},`);
      start = end;
    }
    return `{\n${lines.join('\n')}\n${indent.slice(1)}}`;
  }

  private zero(type: string): string {
    if (type.startsWith('*') || type.startsWith('[]') || type.startsWith('map[') || type === 'any') return 'nil';
    if (type === 'string') return '""';
    if (type === 'bool') return 'false';
    if (/^(int|int64|float64)$/.test(type)) return '0';
    return `${this.qualify(type)}{}`;
  }

  /** A type expression as the sample writes it: the SDK's names qualified by the package (`[]burki.Tool`). */
  private qualify(type: string): string {
    return type.replace(/\b([A-Z]\w*)/g, `${this.module.name}.$1`);
  }

  /** The schema a value is read against: references followed, a nullable union's one variant. */
  private resolve(schema: Schema, depth = 0): Schema {
    if (depth > 16) return schema;
    if (schema.kind === 'ref') {
      const named = this.types.lookup.get(schema.wireName);
      return named ? this.resolve(named.schema, depth + 1) : schema;
    }
    if (schema.kind === 'union') {
      const present = schema.variants.filter((variant) => !(variant.kind === 'primitive' && variant.type === 'null'));
      if (present.length === 1) return this.resolve(present[0]!, depth + 1);
    }
    return schema;
  }

  /** The named schema a schema refers to, directly or as a nullable union's one variant. */
  private refOf(schema: Schema): string | undefined {
    if (schema.kind === 'ref') return schema.wireName;
    if (schema.kind !== 'union') return undefined;
    const present = schema.variants.filter((variant) => !(variant.kind === 'primitive' && variant.type === 'null'));
    return present.length === 1 ? this.refOf(present[0]!) : undefined;
  }

  /** Whether typing this schema would declare an inline struct (not a name the sample can know without the SDK). */
  private declaresInline(schema: Schema, depth = 0): boolean {
    if (depth > 16) return true;
    switch (schema.kind) {
      case 'object':
        return schema.properties.length > 0 || (typeof schema.additional === 'object' && this.declaresInline(schema.additional, depth + 1));
      case 'intersection':
        return true;
      case 'array':
        return this.declaresInline(schema.items, depth + 1);
      case 'union':
        return schema.variants.some((variant) => this.declaresInline(variant, depth + 1));
      default:
        return false;
    }
  }

  /** A Go expression of type `type` for an example value, or undefined when it cannot be spelled exactly. */
  private value(value: unknown, type: string, schema: Schema, indent: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    const pkg = this.module.name;
    if (type === 'any') return this.anyValue(value, indent);
    if (type.startsWith('*')) {
      const inner = type.slice(1);
      if (inner === 'string' && typeof value === 'string') return `${pkg}.String(${goString(value)})`;
      if (inner === 'int' && Number.isSafeInteger(value)) return `${pkg}.Int(${String(value)})`;
      if (inner === 'bool' && typeof value === 'boolean') return `${pkg}.Bool(${String(value)})`;
      if (inner === 'float64' && typeof value === 'number' && Number.isFinite(value)) return `${pkg}.Float(${String(value)})`;
      if (this.types.isStructName(inner)) {
        const struct = this.value(value, inner, schema, indent);
        return struct && `&${struct}`;
      }
      const plain = this.value(value, inner, schema, indent);
      return plain && `${pkg}.Ptr(${plain})`;
    }
    if (type === 'string') return typeof value === 'string' ? goString(value) : undefined;
    if (type === 'int' || type === 'int64') return Number.isSafeInteger(value) ? (type === 'int' ? String(value) : `int64(${String(value)})`) : undefined;
    if (type === 'float64') return typeof value === 'number' && Number.isFinite(value) ? `float64(${String(value)})` : undefined;
    if (type === 'bool') return typeof value === 'boolean' ? String(value) : undefined;
    const resolved = this.resolve(schema);
    if (type.startsWith('[]')) {
      if (!Array.isArray(value) || resolved.kind !== 'array') return undefined;
      const items = value.map((item) => this.value(item, type.slice(2), resolved.items, `${indent}\t`));
      if (items.some((item) => item === undefined)) return undefined;
      return this.list(this.qualify(type), items as string[], indent);
    }
    if (type.startsWith('map[string]')) {
      if (typeof value !== 'object' || Array.isArray(value)) return undefined;
      const valueSchema = resolved.kind === 'object' && typeof resolved.additional === 'object' ? resolved.additional : ({ kind: 'unknown', description: '' } as Schema);
      const entries = Object.entries(value).map(([key, item]) => [goString(key), this.value(item, type.slice('map[string]'.length), valueSchema, `${indent}\t`)] as const);
      if (entries.some(([, item]) => item === undefined)) return undefined;
      return `${this.qualify(type)}${this.composite(entries as [string, string][], `${indent}\t`)}`;
    }
    if (!/^[A-Z]\w*$/.test(type)) return undefined;
    if (this.types.isStructName(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return undefined;
      const object = this.types.lookup.objectOf(resolved);
      if (!object) return undefined;
      const properties = [...object.properties];
      const names = fieldNames(properties);
      const entries: [string, string][] = [];
      properties.forEach((property, index) => {
        const item = (value as Record<string, unknown>)[property.wireName];
        if (item === undefined || item === null || property.readOnly || this.declaresInline(property.schema)) return;
        const fieldType = this.types.fieldType(property.schema, property.required, `${type}${names[index]!}`).expr;
        const spelled = this.value(item, fieldType, property.schema, `${indent}\t`);
        if (spelled !== undefined) entries.push([names[index]!, spelled]);
      });
      return `${pkg}.${type}${this.composite(entries, `${indent}\t`)}`;
    }
    // A named type over another type (an enum over string, a list, a map), or an alias of any.
    const ref = this.refOf(schema);
    const named = ref && this.types.lookup.get(ref);
    if (!named || this.declaresInline(named.schema)) return undefined;
    const underlying = this.types.typeOf(named.schema, type).expr;
    if (underlying === 'any') return this.anyValue(value, indent);
    const inner = this.value(value, underlying, named.schema, indent);
    if (inner === undefined) return undefined;
    return /^(string|int|int64|float64|bool)$/.test(underlying) ? `${pkg}.${type}(${inner})` : inner.replace(this.qualify(underlying), `${pkg}.${type}`);
  }

  private list(type: string, items: readonly string[], indent: string): string {
    const flat = `${type}{${items.join(', ')}}`;
    if (flat.length <= 60 && !flat.includes('\n')) return flat;
    return `${type}{\n${items.map((item) => `${indent}\t${item},`).join('\n')}\n${indent}}`;
  }

  /** A value of type `any`: Go's untyped literals, `[]any` and `map[string]any`. */
  private anyValue(value: unknown, indent: string): string | undefined {
    if (value === null) return 'nil';
    if (typeof value === 'string') return goString(value);
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
    if (typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) {
      const items = value.map((item) => this.anyValue(item, `${indent}\t`));
      return items.some((item) => item === undefined) ? undefined : this.list('[]any', items as string[], indent);
    }
    if (typeof value === 'object') {
      const entries = Object.entries(value).map(([key, item]) => [goString(key), this.anyValue(item, `${indent}\t`)] as const);
      if (entries.some(([, item]) => item === undefined)) return undefined;
      return `map[string]any${this.composite(entries as [string, string][], `${indent}\t`)}`;
    }
    return undefined;
  }
}

/** What a sample needs of a planned method: where it is, its name, and the Go types of what it takes. */
function callOf(service: string, method: GoMethodPlan): GoCall {
  return {
    service,
    method: method.name,
    ...(method.pager ? { pager: method.pager.name } : {}),
    args: method.args.map(({ input, type }) => ({ input, type: type.expr })),
    ...(method.paramsType ? { params: { type: method.paramsType, fields: method.paramsFields.map(({ input, field, type }) => ({ name: field, type: type.expr, input })) } } : {}),
    empty: method.result.kind === 'empty',
  };
}

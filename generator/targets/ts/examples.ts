/**
 * The `@example` of each SDK method and function: a call with the arguments it needs, written so that it
 * type-checks against the generated types (test/e2e/examples.test.ts compiles every one). Values are the spec's
 * parameter examples where they fit the type, otherwise plain placeholders of the type (enums take their first
 * value); optional inputs are left out, required ones always written.
 */
import type { Parameter, Schema } from '../../ir/model.js';
import { SchemaLookup } from '../../ir/lookup.js';
import { propertyKey } from '../../ir/naming.js';
import type { TsMethod } from '../../lang/ts/method.js';

const MAX_DEPTH = 6;

export class ExampleCalls {
  constructor(private readonly schemas: SchemaLookup) {}

  /** A TypeScript expression of a value of `schema` as a caller sends it. */
  value(schema: Schema, depth = 0): string {
    if (depth > MAX_DEPTH) return '{}';
    switch (schema.kind) {
      case 'ref': {
        const named = this.schemas.get(schema.wireName);
        return named ? this.value(named.schema, depth + 1) : '{}';
      }
      case 'primitive': {
        const literal = schema.enum?.find((item) => item !== null) ?? schema.enum?.[0];
        if (schema.enum) return JSON.stringify(literal ?? null);
        if (schema.type === 'integer' || schema.type === 'number') return '123';
        if (schema.type === 'boolean') return 'true';
        if (schema.type === 'null') return 'null';
        return JSON.stringify(stringPlaceholder(schema.format));
      }
      case 'binary':
        return `new Blob(['file contents'])`;
      case 'array':
        return `[${this.value(schema.items, depth + 1)}]`;
      case 'union': {
        const variant = schema.variants.find((candidate) => !(candidate.kind === 'primitive' && candidate.type === 'null')) ?? schema.variants[0];
        return variant ? this.value(variant, depth + 1) : 'null';
      }
      case 'intersection':
      case 'object': {
        const object = this.schemas.objectOf(schema);
        if (!object) return '{}';
        return this.object(object.properties.filter((property) => property.required && !property.readOnly).map((property) => [property.name, this.value(property.schema, depth + 1)]));
      }
      default:
        return '{}';
    }
  }

  /** An object literal of `[key, expression]` entries (`{}` without any). */
  private object(entries: readonly (readonly [string, string])[]): string {
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, value]) => `${propertyKey(key)}: ${value}`).join(', ')} }`;
  }

  /** A parameter's value: its example when it fits its type, else a placeholder. */
  parameter(parameter: Parameter): string {
    const example = parameter.example;
    const schema = parameter.schema;
    if (schema.kind === 'primitive' && !schema.enum) {
      if (schema.type === 'string' && typeof example === 'string') return JSON.stringify(example);
      if ((schema.type === 'integer' || schema.type === 'number') && typeof example === 'number' && Number.isFinite(example)) return String(example);
    }
    return this.value(schema);
  }

  /** The arguments of a call, as the method's signature takes them (without `options`). */
  arguments(method: TsMethod): string[] {
    const { plan } = method.sdk;
    const args: string[] = [];
    // Every argument up to the last required one (an optional one before it is passed as `undefined`).
    const last = Math.max(-1, ...method.args.map((arg, index) => (arg.input.required ? index : -1)));
    method.args.forEach((arg, index) => {
      if (index > last) return;
      if (!arg.input.required) args.push('undefined');
      else args.push(arg.input.parameter ? this.parameter(arg.input.parameter) : this.value(arg.input.schema));
    });
    if (method.paramsType?.required) {
      const entries: [string, string][] = plan.params.filter((input) => input.required && input.parameter).map((input) => [input.parameter!.name, this.parameter(input.parameter!)]);
      const body = plan.body;
      const omitted = new Set(body.kind === 'named' ? body.omit.map((property) => property.wireName) : []);
      const properties =
        body.kind === 'named' ? (this.schemas.objectOf({ kind: 'ref', wireName: body.wireName, description: '' })?.properties ?? []) : body.kind === 'inline' ? body.properties : [];
      for (const property of properties) {
        if (property.required && !property.readOnly && !omitted.has(property.wireName)) entries.push([property.name, this.value(property.schema)]);
      }
      while (args.length < method.args.length) args.push('undefined');
      args.push(this.object(entries));
    }
    return withFileNames(method, args);
  }

  /** The usage lines of a call `target(args)`: awaited, or iterated for a list that walks pages. */
  usage(method: TsMethod, callee: string, args: readonly string[]): string {
    const call = `${callee}(${args.join(', ')})`;
    if (method.itemType) return `for await (const item of ${call}) {\n  console.log(item);\n}`;
    if (method.sdk.plan.result.kind === 'empty') return `await ${call};`;
    return `const result = await ${call};\nconsole.log(result);`;
  }
}

/**
 * The arguments with the optional file name after each positional file (`undefined`) where a later argument is
 * written; `args` holds one entry per argument of `method.args` (then the params object), as far as written.
 */
export function withFileNames(method: TsMethod, args: readonly string[]): string[] {
  const out: string[] = [];
  args.forEach((arg, index) => {
    out.push(arg);
    if (method.fileNames.some((name) => name.after === index && !name.inParams) && index < args.length - 1) out.push('undefined');
  });
  return out;
}

function stringPlaceholder(format: string | undefined): string {
  switch (format) {
    case 'date-time':
      return '2025-01-01T00:00:00Z';
    case 'date':
      return '2025-01-01';
    case 'email':
      return 'user@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com';
    default:
      return 'string';
  }
}

/** A `@example` tag with a TypeScript code block. */
export function exampleTag(code: string): string {
  return `@example\n\`\`\`ts\n${code}\n\`\`\``;
}

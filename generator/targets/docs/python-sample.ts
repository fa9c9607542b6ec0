/**
 * The Python sample of an operation: the call of the `python` SDK's method, as the SDK's planned surface names
 * it (lang/python/surface.ts: attribute, method, arguments), with literals from `pyLiteral` of the spec's example
 * values. test/docs/python-samples.test.ts checks every sample with `mypy --strict` against generated/python,
 * so a name spelled here differently from the SDK fails there.
 */
import type { ApiModel, Operation, Schema } from '../../ir/model.js';
import { SchemaLookup } from '../../ir/lookup.js';
import { pyLiteral } from '../../lang/python/literal.js';
import type { PyArgument, PyMethod } from '../../lang/python/method.js';
import { planPythonSurface, PYTHON_REQUIRES } from '../../lang/python/surface.js';
import type { ExampleValues } from './examples.js';

/** How the Python SDK names a call: the client's attribute of the resource and the method. */
interface PyCall {
  readonly property: string;
  readonly method: string;
  readonly signature: PyMethod;
}

const FILE = 'open("file.bin", "rb")';

export class PythonSamples {
  /** The import name of the package: the client's name without `Client`, snake_cased (`BurkiClient` → `burki`). */
  readonly packageName: string;
  private readonly calls = new Map<Operation, PyCall>();
  /** The client's attribute of each resource in the SDK (`phone_numbers`), by resource name. */
  readonly properties = new Map<string, string>();
  /** The supported Python versions, as the package declares them (`>=3.9`). */
  readonly requiresPython: string;
  private readonly lookup: SchemaLookup;

  constructor(
    private readonly model: ApiModel,
    private readonly examples: ExampleValues,
  ) {
    this.lookup = new SchemaLookup(model.schemas);
    this.requiresPython = PYTHON_REQUIRES;
    // The SDK's own plan (lang/python/surface.ts), names only.
    const surface = planPythonSurface(model, { sources: false });
    this.packageName = surface.packageName;
    for (const resource of surface.resources) {
      this.properties.set(resource.resource.name, resource.property);
      for (const { operation, method, name } of resource.methods) this.calls.set(operation, { property: resource.property, method: name, signature: method });
    }
  }

  /** The whole sample, or undefined for an operation outside the SDK. */
  sample(operation: Operation): string | undefined {
    const call = this.calls.get(operation);
    if (!call) return undefined;
    const expression = `client.${call.property}.${call.method}(${this.arguments(operation)})`;
    const plan = operation.sdk!.plan;
    const usage = plan.page
      ? `for item in ${expression}:\n    print(item)`
      : plan.result.kind === 'empty'
        ? expression
        : `result = ${expression}\nprint(result)`;
    const key = this.model.sdk.apiKeyEnvVar ? `  # the key is read from ${this.model.sdk.apiKeyEnvVar}` : '';
    const client = this.model.sdk.apiKeyEnvVar ? `${this.model.sdk.clientName}()` : `${this.model.sdk.clientName}(api_key="<key>")`;
    return [`from ${this.packageName} import ${this.model.sdk.clientName}`, '', `client = ${client}${key}`, '', usage].join('\n');
  }

  /** The arguments of the call: positional ones in order, then the keywords the example gives or the call needs. */
  private arguments(operation: Operation): string {
    const method = this.calls.get(operation)!.signature;
    const body = operation.requestBody;
    const bodyExample = body?.example !== null && typeof body?.example === 'object' && !Array.isArray(body.example) ? (body.example as Record<string, unknown>) : undefined;
    const parts: string[] = [];
    for (const argument of method.args) {
      const value = this.value(argument, body?.example, bodyExample);
      if (argument.positional) parts.push(value ?? 'None');
      else if (value !== undefined) parts.push(`${argument.name}=${value}`);
    }
    const line = parts.join(', ');
    if (line.length <= 60 && !line.includes('\n')) return line;
    return `\n${parts.map((part) => `    ${part.replace(/\n/g, '\n    ')},`).join('\n')}\n`;
  }

  /** A Python expression for one argument, or undefined to leave an optional keyword out. */
  private value(argument: PyArgument, wholeBody: unknown, bodyExample: Record<string, unknown> | undefined): string | undefined {
    const { input } = argument;
    if (this.isFile(input.schema)) return argument.required || argument.positional ? FILE : undefined;
    if (input.parameter) return argument.required || argument.positional ? literal(this.examples.parameter(input.parameter), input.schema, this.lookup) : undefined;
    if (input.wholeBody) return literal(wholeBody ?? {}, input.schema, this.lookup);
    if (input.property?.readOnly) return undefined;
    const example = bodyExample?.[input.wireName];
    if (example === undefined || example === null) return argument.required || argument.positional ? literal(placeholder(input.schema, this.lookup), input.schema, this.lookup) : undefined;
    return literal(example, input.schema, this.lookup);
  }

  private isFile(schema: Schema): boolean {
    return schema.kind === 'binary' || (schema.kind === 'primitive' && schema.type === 'string' && schema.format === 'binary');
  }
}

/** The primitive a schema stands for (through references and a nullable union), if it is one. */
function primitiveOf(schema: Schema, lookup: SchemaLookup, depth = 0): Extract<Schema, { kind: 'primitive' }> | undefined {
  if (depth > 16) return undefined;
  if (schema.kind === 'primitive') return schema;
  if (schema.kind === 'ref') {
    const named = lookup.get(schema.wireName);
    return named ? primitiveOf(named.schema, lookup, depth + 1) : undefined;
  }
  if (schema.kind === 'union') {
    const present = schema.variants.filter((variant) => !(variant.kind === 'primitive' && variant.type === 'null'));
    return present.length === 1 ? primitiveOf(present[0]!, lookup, depth + 1) : undefined;
  }
  return undefined;
}

/** A value of the schema's type where the spec gives none. */
function placeholder(schema: Schema, lookup: SchemaLookup): unknown {
  const primitive = primitiveOf(schema, lookup);
  if (primitive?.enum?.length) return primitive.enum[0];
  if (primitive?.type === 'integer' || primitive?.type === 'number') return 1;
  if (primitive?.type === 'boolean') return true;
  if (primitive?.type === 'string') return 'string';
  return schema.kind === 'array' ? [] : {};
}

/** A Python literal of an example value; one whose JSON type does not fit a primitive schema gets a placeholder. */
function literal(value: unknown, schema: Schema, lookup: SchemaLookup): string {
  const primitive = primitiveOf(schema, lookup);
  const fits =
    !primitive ||
    (primitive.type === 'string' && typeof value === 'string') ||
    (primitive.type === 'integer' && Number.isInteger(value)) ||
    (primitive.type === 'number' && typeof value === 'number') ||
    (primitive.type === 'boolean' && typeof value === 'boolean') ||
    (primitive.type === 'null' && value === null);
  const enumOk = !primitive?.enum?.length || primitive.enum.includes(value as never);
  return pretty(fits && enumOk ? value : placeholder(schema, lookup), '');
}

/** pyLiteral, with a dict or list that does not fit on a line written one item a line. */
function pretty(value: unknown, indent: string): string {
  const flat = pyLiteral(value);
  if (flat.length + indent.length <= 72 || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}    `;
  const items = Array.isArray(value)
    ? value.map((item) => `${inner}${pretty(item, inner)},`)
    : Object.entries(value).map(([key, item]) => `${inner}${pyLiteral(key)}: ${pretty(item, inner)},`);
  if (items.length === 0) return flat;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join('\n')}\n${indent}${close}`;
}

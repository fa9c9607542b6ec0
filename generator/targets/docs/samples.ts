/**
 * Code samples per operation, from the same plan the SDKs are generated from: one entry of `SAMPLE_LANGUAGES` per
 * language, in tab order (TypeScript, Python, Go, curl; an operation outside the SDKs has curl only). They are
 * also openapi.json's `x-codeSamples` (`codeSampleExtensions`).
 */
import type { ApiModel, AuthScheme, Operation } from '../../ir/model.js';
import { tsMethod, type TsMethod } from '../../lang/ts/method.js';
import { TypeRenderer } from '../../lang/ts/types.js';
import { jsonPointer, type BundleExtension } from '../target.js';
import { ExampleValues } from './examples.js';
import { GoSamples } from './go-sample.js';
import { PythonSamples } from './python-sample.js';

/** One sample, in the shape of Redocly's and Mintlify's `x-codeSamples` entries. */
export interface CodeSample {
  /** The language, as `x-codeSamples` names it (`TypeScript`, `Shell`). */
  readonly lang: string;
  /** The tab's label (`TypeScript`, `curl`). */
  readonly label: string;
  readonly source: string;
  /** highlight.js language of the source. */
  readonly highlight: string;
}

export interface SampleContext {
  readonly model: ApiModel;
  readonly examples: ExampleValues;
  readonly types: TypeRenderer;
  /** Each operation's TypeScript method and samples, made once for the Markdown reference and the site alike. */
  readonly methods: Map<Operation, TsMethod>;
  readonly samples: Map<Operation, CodeSample[]>;
  /** The Python and Go spellings, made on first use (each allocates the names of its whole SDK). */
  python?: PythonSamples;
  go?: GoSamples;
}

export function pythonSamples(context: SampleContext): PythonSamples {
  return (context.python ??= new PythonSamples(context.model, context.examples));
}

export function goSamples(context: SampleContext): GoSamples {
  return (context.go ??= new GoSamples(context.model, context.examples));
}

/** The TypeScript spelling of an operation's SDK method (memoised in the context). */
export function tsMethodOf(operation: Operation, context: SampleContext): TsMethod {
  let method = context.methods.get(operation);
  if (!method) context.methods.set(operation, (method = tsMethod(operation, context.types)));
  return method;
}

interface SampleLanguage {
  readonly lang: string;
  readonly label: string;
  readonly highlight: string;
  /** The sample of one operation, or undefined when this language has none (not in its SDK). */
  readonly sample: (operation: Operation, context: SampleContext) => string | undefined;
}

const CLIENT = 'client';

/** Stands for a file in example values; the sample reads one instead (`await openAsBlob('file')`). */
const FILE = '@@docs-file@@';
const FILE_EXPRESSION = `await openAsBlob('file')`;

/** The TypeScript SDK call of an operation, with example arguments: `client.assistants.get(123)`. */
export function tsCallExpression(operation: Operation, context: SampleContext): string {
  const sdk = operation.sdk!;
  const { examples } = context;
  const method = tsMethodOf(operation, context);
  const body = operation.requestBody;
  const bodyExample = body?.example !== null && typeof body?.example === 'object' && !Array.isArray(body.example) ? (body.example as Record<string, unknown>) : undefined;
  const args = method.args.map((arg) => {
    const input = arg.input;
    if (input.schema.kind === 'binary') return JSON.stringify(FILE);
    if (input.parameter) return JSON.stringify(examples.parameter(input.parameter));
    if (input.wholeBody) return JSON.stringify(examples.camelize(body?.example ?? null, body?.schema), null, 2);
    return JSON.stringify(examples.camelize(bodyExample?.[input.wireName] ?? null, input.schema));
  });
  if (method.paramsType) {
    const params: Record<string, unknown> = {};
    // Required query and header inputs, from their examples, so the example call is complete.
    for (const input of sdk.plan.params) if (input.required && input.parameter) params[input.parameter.name] = examples.parameter(input.parameter);
    if (sdk.plan.body.kind === 'named' || sdk.plan.body.kind === 'inline') {
      const positional = new Set(sdk.positional);
      const camel = examples.camelize(bodyExample ?? {}, body?.schema) as Record<string, unknown>;
      const object = examples.schemas.objectOf(body!.schema);
      for (const [wireName, value] of Object.entries(bodyExample ?? {})) {
        const property = object?.properties.find((candidate) => candidate.wireName === wireName);
        if (positional.has(wireName) || property?.readOnly) continue;
        const key = property?.name ?? wireName;
        Object.defineProperty(params, key, { value: property?.schema.kind === 'binary' ? FILE : (camel[key] ?? value), enumerable: true });
      }
      // A required file the example leaves out is still passed.
      for (const property of object?.properties ?? []) {
        if (property.schema.kind === 'binary' && property.required && !positional.has(property.wireName) && !(property.name in params)) Object.defineProperty(params, property.name, { value: FILE, enumerable: true });
      }
    }
    if (Object.keys(params).length > 0) args.push(JSON.stringify(params, null, 2));
    else if (method.paramsType.required) args.push('{}');
  }
  return `${CLIENT}.${sdk.resource}.${sdk.name}(${args.join(', ')})`.split(JSON.stringify(FILE)).join(FILE_EXPRESSION);
}

/** The usage lines of a TypeScript call: awaited, or iterated page after page for a list that walks pages. */
export function tsUsage(operation: Operation, context: SampleContext): string {
  const call = tsCallExpression(operation, context);
  if (operation.sdk!.plan.page) return `for await (const item of ${call}) {\n  console.log(item);\n}`;
  if (operation.sdk!.plan.result.kind === 'empty') return `await ${call};`;
  return `const result = await ${call};\nconsole.log(result);`;
}

const typescript: SampleLanguage = {
  lang: 'TypeScript',
  label: 'TypeScript',
  highlight: 'typescript',
  sample(operation, context) {
    if (!operation.sdk) return undefined;
    const { sdk } = context.model;
    const key = !sdk.apiKeyEnvVar ? `'<key>'` : /^[A-Za-z_$][\w$]*$/.test(sdk.apiKeyEnvVar) ? `process.env.${sdk.apiKeyEnvVar}` : `process.env[${JSON.stringify(sdk.apiKeyEnvVar)}]`;
    const usage = tsUsage(operation, context);
    return [
      ...(usage.includes(FILE_EXPRESSION) ? [`import { openAsBlob } from 'node:fs';`] : []),
      `import { ${sdk.clientName} } from ${JSON.stringify(sdk.packageName)};`,
      '',
      `const ${CLIENT} = new ${sdk.clientName}({ apiKey: ${key} });`,
      '',
      usage,
    ].join('\n');
  },
};

const python: SampleLanguage = {
  lang: 'Python',
  label: 'Python',
  highlight: 'python',
  sample: (operation, context) => pythonSamples(context).sample(operation),
};

const go: SampleLanguage = {
  lang: 'Go',
  label: 'Go',
  highlight: 'go',
  sample: (operation, context) => goSamples(context).sample(operation),
};

/** A shell word in single quotes: nothing inside is expanded. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The environment variable the samples read the key from. */
export function keyVariable(model: ApiModel): string {
  return model.sdk.apiKeyEnvVar ?? 'API_KEY';
}

/** How curl sends the credential of a scheme: extra arguments, or a query pair appended to the URL. */
function curlCredential(scheme: AuthScheme | undefined, variable: string): { args: string[]; query?: string } {
  const value = `"$${variable}"`;
  if (scheme?.kind === 'basic') return { args: [`-u ${value}`] };
  if (scheme?.kind === 'apiKey' && scheme.name) {
    if (scheme.in === 'query') return { args: [], query: `${shellQuote(`${encodeURIComponent(scheme.name)}=`)}${value}` };
    if (scheme.in === 'cookie') return { args: [`-b ${shellQuote(`${scheme.name}=`)}${value}`] };
    return { args: [`-H ${shellQuote(`${scheme.name}: `)}${value}`] };
  }
  return { args: [`-H "Authorization: Bearer $${variable}"`] };
}

function scalarText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const curl: SampleLanguage = {
  lang: 'Shell',
  label: 'curl',
  highlight: 'bash',
  sample(operation, { model, examples }) {
    let path = operation.path;
    const query: string[] = [];
    const args: string[] = [];
    for (const parameter of operation.parameters) {
      const value = examples.parameter(parameter);
      if (parameter.in === 'path') path = path.split(`{${parameter.wireName}}`).join(encodeURIComponent(scalarText(value)));
      else if (!parameter.required) continue;
      else if (parameter.in === 'query') {
        const values = Array.isArray(value) ? value : [value];
        for (const item of values) query.push(`${encodeURIComponent(parameter.wireName)}=${encodeURIComponent(scalarText(item))}`);
      } else if (parameter.in === 'header') args.push(`-H ${shellQuote(`${parameter.wireName}: ${scalarText(value)}`)}`);
      else args.push(`-b ${shellQuote(`${parameter.wireName}=${scalarText(value)}`)}`);
    }
    const scheme = operation.security.length > 0 ? model.auth.find((candidate) => candidate.key === operation.security[0]) : undefined;
    const credential = operation.security.length > 0 ? curlCredential(scheme, keyVariable(model)) : { args: [] };
    const base = `${model.defaultBaseUrl.replace(/\/+$/, '')}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
    const url = credential.query ? `${shellQuote(`${base}${query.length > 0 ? '&' : '?'}`)}${credential.query}` : shellQuote(base);
    const body = operation.requestBody;
    const bodyArgs: string[] = [];
    if (body) {
      const example = body.example;
      if (body.encoding === 'multipart') {
        const object = examples.schemas.objectOf(body.schema);
        for (const property of object?.properties ?? []) {
          if (property.readOnly) continue;
          const value = example && typeof example === 'object' ? (example as Record<string, unknown>)[property.wireName] : undefined;
          if (property.schema.kind === 'binary') bodyArgs.push(`-F ${shellQuote(`${property.wireName}=@${property.wireName}`)}`);
          else if (property.required || value !== undefined) bodyArgs.push(`-F ${shellQuote(`${property.wireName}=${scalarText(value ?? property.wireName)}`)}`);
        }
      } else if (body.encoding === 'form') {
        for (const [key, value] of Object.entries(example && typeof example === 'object' ? example : {})) bodyArgs.push(`--data-urlencode ${shellQuote(`${key}=${scalarText(value)}`)}`);
      } else if (body.encoding === 'binary') {
        bodyArgs.push(`-H ${shellQuote(`Content-Type: ${body.contentType.includes('*') ? 'application/octet-stream' : body.contentType}`)}`, '--data-binary @file');
      } else {
        bodyArgs.push(`-H ${shellQuote(`Content-Type: ${body.contentType}`)}`);
        const text = body.encoding === 'text' ? scalarText(example ?? '') : JSON.stringify(example ?? {}, null, 2);
        bodyArgs.push(`-d ${shellQuote(text)}`);
      }
    }
    const method = operation.method === 'GET' && !body ? [] : [`-X ${operation.method}`];
    return [`curl ${[...method, url].join(' ')}`, ...credential.args, ...args, ...bodyArgs].join(' \\\n  ');
  },
};

/** The languages with samples, in tab order: the SDKs (each spelled through its generator/lang module), then curl. */
export const SAMPLE_LANGUAGES: readonly SampleLanguage[] = [typescript, python, go, curl];

const contexts = new WeakMap<ApiModel, SampleContext>();

/** The context samples are made in, one per model (the docs target's pages share it). */
export function sampleContext(model: ApiModel): SampleContext {
  let context = contexts.get(model);
  if (!context) contexts.set(model, (context = { model, examples: new ExampleValues(model), types: new TypeRenderer(model), methods: new Map(), samples: new Map() }));
  return context;
}

/** The samples of one operation, in tab order. */
export function operationSamples(operation: Operation, context: SampleContext): CodeSample[] {
  let samples = context.samples.get(operation);
  if (!samples) {
    samples = SAMPLE_LANGUAGES.flatMap(({ lang, label, highlight, sample }) => {
      const source = sample(operation, context);
      return source === undefined ? [] : [{ lang, label, highlight, source }];
    });
    context.samples.set(operation, samples);
  }
  return samples;
}

/**
 * Every operation's samples by operationId, as `x-codeSamples` entries `{ lang, label, source }` (pure).
 */
export function codeSamples(model: ApiModel): Map<string, { lang: string; label: string; source: string }[]> {
  const context = sampleContext(model);
  return new Map(model.operations.map((operation) => [operation.operationId, operationSamples(operation, context).map(({ lang, label, source }) => ({ lang, label, source }))]));
}

/**
 * Each operation's samples as `x-codeSamples` (Redocly's and Mintlify's extension) on the operation in
 * generated/openapi.json, for the pipeline to apply (targets/target.ts `bundleExtensions`).
 */
export function codeSampleExtensions(model: ApiModel): BundleExtension[] {
  const samples = codeSamples(model);
  return model.operations.flatMap((operation) => {
    const value = samples.get(operation.operationId) ?? [];
    return value.length === 0 ? [] : [{ pointer: jsonPointer('paths', operation.path, operation.method.toLowerCase()), key: 'x-codeSamples' as const, value }];
  });
}

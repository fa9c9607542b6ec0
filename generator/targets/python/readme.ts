/**
 * The view of the Python package's README (templates/python/README.md.hbs). Each feature's example is chosen from the
 * model as the TypeScript README's is (targets/ts/readme.ts): a read by its path parameters (`get` first), a list
 * that walks pages, uploads, binary and text results, the webhooks, a stream; a section whose feature the API lacks
 * is left out. Names are the package's (lang/python/naming.ts, as the emitter allocated them); values are spec
 * examples written as Python literals (lang/python/literal.ts); spec text is escaped for Markdown.
 */
import type { ApiModel, Operation, Stream } from '../../ir/model.js';
import { markdownCode, markdownProse } from '../../emit/escape.js';
import { pyLiteral } from '../../lang/python/literal.js';
import type { PyArgument, PyMethod } from '../../lang/python/method.js';

export interface ReadmeResource {
  /** The client's attribute (`client.assistants`). */
  readonly property: string;
  readonly methods: readonly { readonly operation: Operation; readonly method: PyMethod; readonly name: string; readonly asyncName: string }[];
  readonly streams: readonly { readonly stream: Stream; readonly name: string; readonly args: readonly string[] }[];
}

export function readmeView(model: ApiModel, names: { readonly packageName: string }, resources: readonly ReadmeResource[]) {
  const methods = resources.flatMap((resource) => resource.methods.map((method) => ({ ...method, property: resource.property })));
  type Method = (typeof methods)[number];
  const find = (test: (method: Method) => boolean) => methods.find(test);
  const plan = (method: Method) => method.operation.sdk!.plan;
  const positional = (method: Method) => method.method.args.filter((arg) => arg.positional);
  const json = (method: Method) => plan(method).result.kind === 'json' && !plan(method).page;

  /** A positional argument's value: the parameter's example when it is a plain number or string, else its name. */
  const value = (arg: PyArgument): string => {
    const example = arg.input.parameter?.example;
    const schema = arg.input.schema;
    if (schema.kind === 'primitive' && !schema.enum) {
      if ((schema.type === 'integer' || schema.type === 'number') && typeof example === 'number' && Number.isFinite(example)) return pyLiteral(example);
      if (schema.type === 'string' && typeof example === 'string') return pyLiteral(example);
    }
    return arg.name;
  };
  /** The call's arguments: the positional ones up to the last required one (the examples' methods have no optional one before it). */
  const args = (method: Method) => {
    const all = positional(method);
    const last = all.map((arg) => arg.required).lastIndexOf(true);
    return all.slice(0, last + 1).map(value).join(', ');
  };
  const call = (method: Method, name = method.name, via = '') => `client.${method.property}.${via}${name}(${args(method)})`;

  const byId = (method: Method) => json(method) && positional(method).length > 0 && positional(method).every((arg) => arg.input.location === 'path') && method.method.args.every((arg) => arg.positional || !arg.required);
  const simple = find((method) => byId(method) && method.operation.sdk!.name === 'get') ?? find(byId) ?? find((method) => method.method.args.every((arg) => !arg.required));
  const paged = find((method) => Boolean(plan(method).page) && method.method.args.every((arg) => !arg.required));
  const upload = find((method) => method.method.args.some((arg) => arg.input.schema.kind === 'binary'));
  const binary = find((method) => plan(method).result.kind === 'binary');
  const text = find((method) => plan(method).result.kind === 'text');
  const streams = resources.flatMap((resource) => resource.streams.map((stream) => ({ ...stream, property: resource.property })));
  const stream = streams[0];
  const webhooks = model.webhooks.filter((webhook) => webhook.discriminator);
  const discriminators = [...new Set(webhooks.map((webhook) => webhook.discriminator!.path))];

  const resultsOf = [binary ? 'Binary results are `bytes`.' : '', text ? 'Text results (CSV and other text exports) are `str`.' : ''].filter(Boolean).join(' ');
  return {
    packageName: names.packageName,
    clientName: model.sdk.clientName,
    apiKeyEnvVar: model.sdk.apiKeyEnvVar ?? 'API_KEY',
    firstResource: resources[0] ? markdownCode(`client.${resources[0].property}`) : '',
    hasPaged: Boolean(paged),
    pagedCall: paged ? call(paged) : '',
    hasSimple: Boolean(simple),
    simpleCall: simple ? call(simple) : '',
    asyncCall: simple ? markdownCode(`await ${call(simple, simple.asyncName)}`) : '',
    rawCall: simple ? markdownCode(call(simple, simple.name, 'with_raw_response.')) : '',
    hasFiles: Boolean(upload || binary || text),
    hasUpload: Boolean(upload),
    results: resultsOf,
    hasWebhook: webhooks.length > 0,
    webhookFields: discriminators.map((path) => markdownCode(path)).join(', '),
    webhookNotes: model.sdk.webhookNotes ? markdownProse(model.sdk.webhookNotes) : '',
    hasStream: Boolean(stream),
    streamCall: stream ? `client.${stream.property}.${stream.name}(${stream.args.join(', ')})` : '',
    hasPing: Boolean(stream?.stream.sdk?.pingMessage),
  };
}

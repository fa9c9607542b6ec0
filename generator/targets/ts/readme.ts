/**
 * The view of the package README (templates/client/README.md.hbs): one section per feature, each with a short
 * example made from the model, so that every snippet names real methods and type-checks (test/e2e/examples.test.ts
 * compiles the README's TypeScript blocks). A section whose feature the API lacks (no uploads, no streams...) is
 * left out.
 */
import type { ApiModel, Operation } from '../../ir/model.js';
import { markdownCell, markdownProse } from '../../emit/escape.js';
import { tsMethod, type TsMethod } from '../../lang/ts/method.js';
import type { TypeRenderer } from '../../lang/ts/types.js';
import type { ExampleCalls } from './examples.js';

const BLOB = `new Blob(['file contents'])`;

export function readmeView(model: ApiModel, types: TypeRenderer, examples: ExampleCalls) {
  const operationsById = new Map(model.operations.map((operation) => [operation.operationId, operation]));
  // In resource order, as the client declares them (the first resource is the API's main one).
  const methods: TsMethod[] = model.resources.flatMap((resource) =>
    resource.operationIds.flatMap((id) => {
      const operation = operationsById.get(id) as Operation | undefined;
      return operation?.sdk ? [tsMethod(operation, types, { fileNames: true })] : [];
    }),
  );
  const call = (method: TsMethod, args = examples.arguments(method)) => `client.${method.sdk.resource}.${method.sdk.name}(${args.join(', ')})`;
  /** A call through `target` (a client variable) with per-call options: every argument before them written. */
  const callWith = (method: TsMethod | undefined, target: string, options?: string) => {
    if (!method) return `${target}.request('GET', '/')`;
    const args = examples.arguments(method);
    if (options === undefined) return `${target}.${method.sdk.resource}.${method.sdk.name}(${args.join(', ')})`;
    // Every slot before the options written: arguments, file names, the params object.
    const slots = method.args.length + method.fileNames.filter((name) => !name.inParams).length + (method.paramsType ? 1 : 0);
    while (args.length < slots) args.push('undefined');
    return `${target}.${method.sdk.resource}.${method.sdk.name}(${[...args, options].join(', ')})`;
  };
  const find = (test: (method: TsMethod) => boolean) => methods.find(test);
  const json = (method: TsMethod) => method.sdk.plan.result.kind === 'json' && !method.itemType;

  // A read of one thing by its id (`get`, when the API's first resource has one), for the examples of every feature.
  const byId = (method: TsMethod) => json(method) && method.args.length > 0 && method.args.every((arg) => arg.input.location === 'path') && !method.paramsType?.required;
  const simple = find((method) => byId(method) && method.sdk.name === 'get') ?? find(byId) ?? methods[0];
  const paged = find((method) => Boolean(method.itemType) && !method.paramsType?.required && method.args.every((arg) => !arg.input.required));
  const create = find((method) => json(method) && Boolean(method.paramsType?.required) && method.sdk.plan.body.kind !== 'none');
  // A file as a positional argument reads best; else a file inside the params object.
  const upload = find((method) => method.args.some((arg) => arg.input.schema.kind === 'binary')) ?? find((method) => examples.arguments(method).some((arg) => arg.includes(BLOB)));
  const binary = find((method) => method.sdk.plan.result.kind === 'binary');
  const urlMethod = find((method) => Boolean(method.sdk.urlMethod));
  const stream = model.streams.find((candidate) => candidate.sdk);
  const webhook = model.webhooks.find((candidate) => candidate.discriminator);
  const streamResource = stream ? model.resources.find((resource) => resource.streamNames.includes(stream.name)) : undefined;

  return {
    title: markdownCell(model.title),
    version: markdownCell(model.version),
    packageName: model.sdk.packageName,
    clientName: model.sdk.clientName,
    coreName: model.sdk.coreName,
    errorName: model.sdk.errorName,
    apiKeyEnvVar: model.sdk.apiKeyEnvVar ?? 'API_KEY',
    simpleCall: simple ? call(simple) : 'client',
    simpleFunction: simple ? `${simple.sdk.functionName}(${['client', ...examples.arguments(simple)].join(', ')})` : '',
    simpleFunctionName: simple?.sdk.functionName ?? '',
    simpleMethod: simple ? `${simple.sdk.resource}.${simple.sdk.name}` : '',
    retryCall: simple ? callWith(simple, 'client', '{ maxRetries: 5 }') : '',
    abortCall: simple ? callWith(simple, 'client', '{ signal: controller.signal }') : '',
    loggedCall: simple ? callWith(simple, 'logged') : '',
    optionsCall: callWith(create ?? simple, 'client', `{
  timeout: 5_000,
  maxRetries: 0,
  signal: AbortSignal.timeout(10_000),
  headers: { 'X-Trace-Id': 'abc' }, // \`null\` removes a header the client would send
  idempotencyKey: 'order-1234', // makes a POST safe to retry
  extraQuery: { beta: true }, // query parameters the SDK does not declare, sent as given
  extraBody: { new_field: 1 }, // body fields the SDK does not declare, merged in as given
}`),
    hasPaged: Boolean(paged),
    pagedCall: paged ? call(paged) : '',
    pagedMethod: paged ? `${paged.sdk.resource}.${paged.sdk.name}` : '',
    hasCreate: Boolean(create),
    createCall: create ? call(create) : '',
    hasUpload: Boolean(upload),
    uploadCall: upload ? call(upload).replace(BLOB, `toFile(await readFile('./path/to/file'), 'file-name.ext')`) : '',
    uploadBlobCall: upload ? call(upload).replace(BLOB, `new File([bytes], 'file-name.ext', { type: 'application/octet-stream' })`) : '',
    hasBinary: Boolean(binary),
    binaryCall: binary ? call(binary) : '',
    hasUrlMethod: Boolean(urlMethod),
    urlCall: urlMethod ? `client.${urlMethod.sdk.resource}.${urlMethod.sdk.urlMethod}(${examples.arguments(urlMethod).join(', ')})` : '',
    hasStream: Boolean(stream?.sdk && streamResource),
    streamCall: stream?.sdk && streamResource ? `client.${streamResource.name}.${stream.sdk.method}(${stream.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => examples.parameter(parameter)).join(', ')})` : '',
    hasPing: Boolean(stream?.sdk?.pingMessage),
    hasStatus: Boolean(stream?.sdk?.statusMessage),
    hasWebhook: Boolean(webhook),
    webhookType: webhook?.discriminator ? JSON.stringify(webhook.discriminator.value) : '',
    portingNotes: model.sdk.tsPortingNotes ? markdownProse(model.sdk.tsPortingNotes) : '',
  };
}

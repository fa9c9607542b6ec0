/**
 * The client emitter: model → flat view-models → templates/client/*.hbs. Per-operation output is data
 * (operations.ts) and one-line methods; behaviour lives in the runtime copied from templates/client/runtime.
 */
import type { ApiModel, Operation, Parameter, Resource, Schema, Stream } from '../../ir/model.js';
import { camelKey } from '../../../templates/client/runtime/casing.js';
import { objectLiteralKey, propertyKey } from '../../ir/naming.js';
import { jsDoc, lineCommentText } from '../../emit/escape.js';
import { bannerView, render } from '../../emit/templates.js';
import { Code, literal } from '../../lang/ts/literal.js';
import { tsMethod, type TsMethod } from '../../lang/ts/method.js';
import { resourceFileName } from '../../lang/ts/names.js';
import type { SourceFile } from '../target.js';
import { isShapeName, ShapeBuilder, type ShapeData } from '../../lang/ts/shapes.js';
import { TypeRenderer } from '../../lang/ts/types.js';
import { SchemaLookup } from '../../ir/lookup.js';
import { ExampleCalls, exampleTag } from './examples.js';
import { readmeView } from './readme.js';

/** The runtime `Credential` of the client's key as code (nothing for a bearer token, the runtime's default). */
function credentialCode(credential: ApiModel['credential']): string {
  if (!credential) return '';
  if (credential.in === 'basic') return 'basicAuth';
  return `${credential.in === 'header' ? 'headerKey' : 'queryKey'}(${JSON.stringify(credential.name)})`;
}

export class ClientEmitter {
  private readonly types: TypeRenderer;
  private readonly shapes: ShapeBuilder;
  private readonly byId: Map<string, Operation>;
  private readonly banner: { title: string; version: string };
  private readonly namedShapes: { typeName: string; shape: ShapeData }[];
  private readonly examples: ExampleCalls;

  constructor(private readonly model: ApiModel) {
    this.types = new TypeRenderer(model);
    this.shapes = new ShapeBuilder(model);
    this.namedShapes = this.shapes.namedShapes();
    this.byId = new Map(model.operations.map((operation) => [operation.operationId, operation]));
    this.banner = bannerView(model);
    this.examples = new ExampleCalls(new SchemaLookup(model.schemas));
  }

  /** Generated TypeScript sources (runtime and wire types are added by the pipeline). */
  /** The client's modules, each yielded as soon as it is made (the largest, types.ts, first). */
  *emit(): Generator<SourceFile> {
    // A spec without component schemas has no types module (an empty file would not be a module).
    if (this.model.schemas.length > 0) yield { path: 'src/types.ts', contents: this.typesFile() };
    if (this.namedShapes.length > 0) yield { path: 'src/shapes.ts', contents: this.shapesFile() };
    yield { path: 'src/operations.ts', contents: this.operationsFile() };
    yield { path: 'src/client.ts', contents: this.clientFile() };
    yield { path: 'src/index.ts', contents: this.indexFile() };
    yield { path: 'src/funcs.ts', contents: this.funcsFile() };
    for (const resource of this.model.resources) {
      yield { path: `src/resources/${resourceFileName(resource)}.ts`, contents: this.resourceFile(resource) };
    }
    if (this.parsedWebhooks().length > 0) yield { path: 'src/webhooks.ts', contents: this.webhooksFile() };
  }

  /** The webhooks `parseWebhook()` can recognise: those whose payload has a single-valued field. */
  private parsedWebhooks() {
    return this.model.webhooks.filter((webhook) => webhook.discriminator);
  }

  private webhooksFile(): string {
    return render('client/webhooks.ts.hbs', {
      ...this.banner,
      hasShapes: this.namedShapes.length > 0,
      typeImports: this.model.schemas.map((schema) => schema.typeName).join(', '),
      webhooks: this.parsedWebhooks().map((webhook) => ({
        doc: jsDoc(webhook.summary, `@see webhook \`${webhook.name}\``),
        key: JSON.stringify(webhook.discriminator!.value),
        literalKey: objectLiteralKey(webhook.discriminator!.value),
        payloadType: this.types.render(webhook.payload, 'output'),
        path: JSON.stringify(webhook.discriminator!.path),
        shape: this.shapeLiteral(this.shapes.shapeOf(webhook.payload)),
      })),
    });
  }

  private typesFile(): string {
    return render('client/types.ts.hbs', { ...this.banner, declarations: this.model.schemas.map((schema) => this.types.declaration(schema)) });
  }

  /**
   * A shape as a TypeScript expression. Named shapes are referenced through the `shapes` namespace import, or, in
   * shapes.ts itself (`local`), by name when already declared above and through a function otherwise.
   */
  private shapeLiteral(shape: ShapeData | undefined, local?: ReadonlySet<string>): string {
    const convert = (value: ShapeData | null): unknown => {
      // A free-form value: no shape.
      if (value === null) return null;
      if (isShapeName(value)) {
        if (!local) return new Code(`shapes.${value.ref}`);
        return new Code(local.has(value.ref) ? value.ref : `() => ${value.ref}`);
      }
      const mapValues = (record: Record<string, ShapeData | null>): Record<string, unknown> => {
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(record)) Object.defineProperty(out, key, { value: convert(record[key] ?? null), enumerable: true, writable: true, configurable: true });
        return out;
      };
      return {
        names: value.names,
        props: value.props ? mapValues(value.props) : undefined,
        keep: value.keep,
        values: value.values ? convert(value.values) : undefined,
        items: value.items ? convert(value.items) : undefined,
      };
    };
    return shape === undefined ? 'undefined' : literal(convert(shape));
  }

  private shapesFile(): string {
    const declared = new Set<string>();
    const shapes = this.namedShapes.map(({ typeName, shape }) => {
      const view = { name: typeName, shape: this.shapeLiteral(shape, declared) };
      declared.add(typeName);
      return view;
    });
    return render('client/shapes.ts.hbs', { ...this.banner, shapes });
  }

  private operationsFile(): string {
    const operations = this.model.operations.filter((operation) => operation.sdk);
    return render('client/operations.ts.hbs', {
      ...this.banner,
      hasShapes: this.namedShapes.length > 0,
      operations: operations.map((operation) => ({
        name: operation.sdk!.functionName,
        doc: jsDoc(`\`${operation.method} ${operation.path}\` (${operation.operationId})`),
        descriptor: this.descriptor(operation),
      })),
    });
  }

  private clientFile(): string {
    const { sdk } = this.model;
    return render('client/client.ts.hbs', {
      ...this.banner,
      clientName: sdk.clientName,
      coreName: sdk.coreName,
      coreDoc: jsDoc(
        `The ${this.model.title} client's configuration without its resources, for the standalone functions.`,
        `Every method of \`${sdk.clientName}\` is also a function that takes the client first; a bundle that imports only the functions it calls, with a \`${sdk.coreName}\`, leaves the rest of the SDK out. A \`${sdk.clientName}\` works wherever a \`${sdk.coreName}\` does.`,
        `Its options are the client's without \`logger\`: \`useLogger(core, logger)\` (also from \`${sdk.packageName}/funcs\`) adds one.`,
      ),
      clientNameString: JSON.stringify(sdk.clientName),
      doc: jsDoc(`Client for the ${this.model.title} (${this.model.version}).`, this.model.description.split('\n\n')[0]),
      defaultBaseUrl: JSON.stringify(this.model.defaultBaseUrl),
      apiKeyEnvVar: sdk.apiKeyEnvVar ? JSON.stringify(sdk.apiKeyEnvVar) : 'undefined',
      userAgent: JSON.stringify(`${sdk.packageName}/${this.model.version}`),
      credential: credentialCode(this.model.credential),
      resources: this.model.resources.map((resource) => ({
        className: resource.className,
        property: propertyKey(resource.name),
        file: resourceFileName(resource),
        doc: jsDoc(resource.description),
      })),
    });
  }

  private indexFile(): string {
    return render('client/index.ts.hbs', {
      ...this.banner,
      hasTypes: this.model.schemas.length > 0,
      hasWebhooks: this.parsedWebhooks().length > 0,
      clientName: this.model.sdk.clientName,
      coreName: this.model.sdk.coreName,
      // The runtime's base error under the spec's name (`SDKError` itself needs no alias; the runtime exports it).
      hasErrorAlias: this.model.sdk.errorName !== 'SDKError',
      errorName: this.model.sdk.errorName,
      resources: this.model.resources.map((resource) => ({ className: resource.className, file: resourceFileName(resource) })),
    });
  }

  private funcsFile(): string {
    return render('client/funcs.ts.hbs', {
      ...this.banner,
      packageName: lineCommentText(this.model.sdk.packageName),
      coreName: this.model.sdk.coreName,
      resources: this.model.resources
        .map((resource) => ({
          file: resourceFileName(resource),
          functions: [
            ...resource.operationIds.flatMap((id) => {
              const sdk = this.byId.get(id)?.sdk;
              return sdk ? [sdk.functionName, ...(sdk.urlFunctionName ? [sdk.urlFunctionName] : [])] : [];
            }),
            ...resource.streamNames.flatMap((name) => this.model.streams.filter((stream) => stream.name === name && stream.sdk).map((stream) => stream.sdk!.functionName)),
          ].join(', '),
        }))
        .filter((resource) => resource.functions !== ''),
    });
  }

  private resourceFile(resource: Resource): string {
    const methods = resource.operationIds.map((id) => tsMethod(this.byId.get(id) as Operation, this.types, { fileNames: true }));
    const streams = resource.streamNames.flatMap((name) => this.model.streams.filter((stream) => stream.name === name && stream.sdk));
    return render('client/resource.ts.hbs', {
      ...this.banner,
      className: resource.className,
      doc: jsDoc(resource.description),
      // Every schema type is imported; lang/ts/imports.ts keeps only the used ones.
      typeImports: this.model.schemas.map((schema) => schema.typeName).join(', '),
      hasShapes: this.namedShapes.length > 0,
      eventTypes: streams.map((stream) => ({
        doc: jsDoc(`Events of \`${resource.name}.${stream.sdk!.method}()\`, discriminated by \`type\`.`),
        declaration: `export type ${stream.sdk!.eventTypeName} = ${[...new Set(stream.serverMessages.map((message) => this.types.render(message.schema, 'output')))].join(' | ') || 'never'};`,
      })),
      paramsTypes: methods.flatMap((method) => (method.paramsType ? [method.paramsType] : [])),
      methods: methods.map((method) => this.methodView(method)),
      streams: streams.map((stream) => this.streamView(resource, stream)),
    });
  }

  /** A method that opens a WebSocket stream: path parameters first, then the stream options. */
  private streamView(resource: Resource, stream: Stream) {
    const sdk = stream.sdk!;
    const pathParams = stream.parameters.filter((parameter) => parameter.in === 'path');
    const events: Record<string, Code | null> = {};
    for (const message of stream.serverMessages) {
      const shape = this.shapes.shapeOf(message.schema);
      const value = shape === undefined ? null : new Code(this.shapeLiteral(shape));
      Object.defineProperty(events, message.type, { value, enumerable: true, writable: true, configurable: true });
    }
    const descriptor = {
      id: `${resource.name}.${sdk.method}`,
      path: stream.path,
      pathParams: pathParams.map((parameter) => parameter.wireName),
      events,
      pingMessage: sdk.pingMessage,
      statusMessage: sdk.statusMessage,
    };
    const tags = [...pathParams.map((parameter) => `@param ${parameter.identifier} ${parameter.description || parameter.wireName}`), `@see WebSocket \`${stream.path}\``].join('\n');
    const args = pathParams.map((parameter) => this.examples.parameter(parameter));
    const streamExample = (callee: string, leading: string[] = []) =>
      exampleTag(`const stream = ${callee}(${[...leading, ...args].join(', ')});\nfor await (const event of stream) {\n  console.log(event.type);\n}`);
    return {
      name: sdk.method,
      functionName: sdk.functionName,
      doc: jsDoc(stream.summary, stream.description, tags, streamExample(`client.${resource.name}.${sdk.method}`)),
      functionDoc: jsDoc(stream.summary, stream.description, tags, streamExample(sdk.functionName, ['client'])),
      arguments: [...pathParams.map((parameter) => parameter.identifier), 'options'].join(', '),
      signature: [...pathParams.map((parameter) => `${parameter.identifier}: ${this.types.render(parameter.schema, 'input')}`), 'options?: RealtimeStreamOptions'].join(', '),
      eventType: sdk.eventTypeName,
      descriptor: literal(descriptor),
      pathArguments: pathParams.map((parameter) => parameter.identifier).join(', '),
    };
  }

  private methodView(method: TsMethod) {
    const { operation, sdk } = method;
    const route = `\`${operation.method} ${operation.path}\``;
    const args = this.examples.arguments(method);
    const methodDoc = (example: string) =>
      jsDoc(
        operation.summary,
        operation.description !== operation.summary ? operation.description : undefined,
        [
          ...method.args.map((arg) => `@param ${arg.identifier} ${arg.input.description || arg.input.wireName}`.trim()),
          ...this.untypedResultDoc(method),
          `@see ${route}`,
          ...(operation.deprecated ? ['@deprecated'] : []),
        ].join('\n'),
        exampleTag(example),
      );
    const urlArgs = args.join(', ');
    return {
      name: sdk.name,
      functionName: sdk.functionName,
      doc: methodDoc(this.examples.usage(method, `client.${sdk.resource}.${sdk.name}`, args)),
      functionDoc: methodDoc(this.examples.usage(method, sdk.functionName, ['client', ...args])),
      signature: method.signature,
      arguments: method.argumentNames.join(', '),
      returnType: method.returnType,
      functionReturnType: method.functionReturnType,
      paginated: Boolean(method.itemType),
      typeArguments: method.typeArguments,
      pathArguments: method.pathArguments.join(', '),
      paramsArgument: method.paramsArgument,
      hasUrlMethod: Boolean(sdk.urlMethod),
      urlMethod: sdk.urlMethod ?? '',
      urlFunctionName: sdk.urlFunctionName ?? '',
      urlDoc: jsDoc(
        `The URL of \`${sdk.name}()\` (${route}) with these arguments, built without a request.`,
        'Fetching it still needs the bearer token, as the call would send.',
        exampleTag(`const url = client.${sdk.resource}.${sdk.urlMethod ?? ''}(${urlArgs});`),
      ),
      urlFunctionDoc: jsDoc(
        `The URL of \`${sdk.functionName}()\` (${route}) with these arguments, built without a request.`,
        'Fetching it still needs the bearer token, as the call would send.',
        exampleTag(`const url = ${sdk.urlFunctionName ?? ''}(${['client', ...args].join(', ')});`),
      ),
      urlSignature: method.urlSignature,
      urlArguments: method.argumentNames.filter((name) => name !== 'options').join(', '),
    };
  }

  /**
   * `@returns` for a result without a declared shape (a free-form object or `unknown`): why there is none, in the
   * spec's words (the response's and the schema's descriptions).
   */
  private untypedResultDoc(method: TsMethod): string[] {
    const content = method.sdk.plan.result.content;
    if (!content || (method.bodyType !== 'Record<string, unknown>' && method.bodyType !== 'unknown')) return [];
    const response = method.operation.responses.find((candidate) => candidate.contents.includes(content));
    const why = [response?.description, content.schema.description].filter((text): text is string => Boolean(text?.trim()));
    return [`@returns An object the SDK does not type${why.length > 0 ? `: ${why.join(' ')}` : ' (no shape is declared for it).'}`];
  }

  /** The view of the package README. */
  readme() {
    return readmeView(this.model, this.types, this.examples);
  }

  /** The operation's descriptor as a TypeScript expression; fields at their runtime default are left out. */
  private descriptor(operation: Operation): string {
    const { plan } = operation.sdk!;
    const body = operation.requestBody;
    const shape = (schema: Schema): Code | undefined => {
      const data = this.shapes.shapeOf(schema);
      return data === undefined ? undefined : new Code(this.shapeLiteral(data));
    };
    const { kind, content } = plan.result;
    const param = (parameter: Parameter) => {
      const valueShape = shape(parameter.schema);
      const plain = valueShape === undefined && parameter.arrayDelimiter === undefined && parameter.style === undefined;
      if (plain && camelKey(parameter.wireName) === parameter.name) return parameter.wireName;
      return {
        wire: parameter.wireName,
        name: camelKey(parameter.wireName) === parameter.name ? undefined : parameter.name,
        shape: valueShape,
        join: parameter.arrayDelimiter,
        style: parameter.style,
      };
    };
    const list = <T>(values: T[]): T[] | undefined => (values.length > 0 ? values : undefined);
    // Path parameters in argument order (the template's order unless `x-sdk-args` moves some).
    const pathParams = plan.args.filter((input) => input.location === 'path').map((input) => input.wireName);
    const inTemplate = [...operation.path.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]);
    // JSON is the runtime's default; other encodings name their encoder (bundled only where an operation uses it).
    const encoders = { multipart: 'multipartBody', form: 'formBody', binary: 'binaryBody', text: 'textBody' } as const;
    const encoding = body?.encoding;
    // Likewise JSON results; the other kinds name their decoder.
    const decoders = { text: 'textResult', binary: 'binaryResult', empty: 'emptyResult' } as const;
    const encode = encoding && encoding !== 'json' ? new Code(encoders[encoding]) : undefined;
    const defaultContentType = encoding === 'multipart' ? body?.contentType : encoding === 'form' ? 'application/x-www-form-urlencoded' : encoding === 'text' ? 'text/plain' : encoding === 'binary' ? undefined : 'application/json';
    const query = list(operation.parameters.filter((parameter) => parameter.in === 'query').map(param));
    const headers = list(operation.parameters.filter((parameter) => parameter.in === 'header').map(param));
    const cookies = list(operation.parameters.filter((parameter) => parameter.in === 'cookie').map(param));
    return literal({
      method: operation.method,
      path: operation.path,
      pathParams: pathParams.join('\n') === inTemplate.join('\n') ? undefined : pathParams,
      query,
      headers,
      cookies,
      // The code that reads query, headers, cookies and body, named only by operations that have any (see the runtime).
      encodeParams: query || headers || cookies || body ? new Code('encodeParams') : undefined,
      body: body
        ? {
            encode,
            contentType: body.contentType === defaultContentType ? undefined : body.contentType,
            shape: shape(body.schema),
            whole: plan.body.kind === 'whole' ? 'body' : undefined,
          }
        : undefined,
      decode: kind === 'json' ? undefined : new Code(decoders[kind]),
      shape: kind === 'json' && content ? shape(content.schema) : undefined,
      pagination: operation.pagination,
      auth: operation.security.length > 0 ? undefined : false,
    });
  }
}

/**
 * The client emitter: model → flat view-models → templates/client/*.hbs. Per-operation output is data
 * (operations.ts) and one-line methods; behaviour lives in the runtime copied from templates/client/runtime.
 */
import type { ApiModel, Operation, Parameter, Property, Resource, ResponseContent, ResponseKind, Schema, Stream } from '../ir/model.js';
import { camelKey } from '../../templates/client/runtime/casing.js';
import { objectLiteralKey, propertyKey } from '../ir/naming.js';
import { jsDoc, lineCommentText } from './escape.js';
import { Code, literal } from './literal.js';
import { bannerView, render } from './templates.js';
import { isShapeName, ShapeBuilder, TypeRenderer, type ShapeData } from './types.js';

export interface SourceFile {
  /** Path relative to the output root, with forward slashes. */
  readonly path: string;
  readonly contents: string;
}

/** An input the SDK method accepts, wherever it goes on the wire. */
interface Input {
  readonly wireName: string;
  readonly name: string;
  readonly identifier: string;
  readonly required: boolean;
  readonly description: string;
  readonly type: string;
  readonly location: 'path' | 'query' | 'header' | 'body';
}

interface MethodPlan {
  readonly operation: Operation;
  readonly paramsType?: { readonly name: string; readonly declaration: string; readonly doc: string; readonly required: boolean };
  /** Path parameters `x-sdk-args` does not name: the first arguments, in path order. */
  readonly leadingInputs: readonly Input[];
  /** The arguments `x-sdk-args` names, in its order (path parameters among them). */
  readonly positionalInputs: readonly Input[];
  /** Every path parameter, in argument order (the order the call hands them to the runtime). */
  readonly pathInputs: readonly Input[];
  readonly bodyWhole: boolean;
  readonly returnType: string;
  readonly paginated: boolean;
  readonly typeArguments: string;
}

/**
 * How the SDK decodes an operation's success body: JSON when JSON is the one content type, or when the others are
 * only XML renderings of it (the client asks for JSON, so content negotiation picks it); binary when any type is
 * binary (audio); otherwise text (CSV, plain text, or a `format`-dependent mix that includes JSON).
 */
function responseKind(operation: Operation): ResponseKind {
  const contents = operation.success?.contents ?? [];
  if (contents.length === 0) return 'empty';
  if (contents.some((content) => content.kind === 'binary')) return 'binary';
  const xml = (contentType: string): boolean => /^[^;]*[/+]xml\s*(;|$)/i.test(contentType);
  const json = contents.filter((content) => content.kind === 'json');
  return json.length > 0 && contents.every((content) => content.kind === 'json' || xml(content.contentType)) ? 'json' : 'text';
}

/** The runtime `Credential` of the client's key as code (nothing for a bearer token, the runtime's default). */
function credentialCode(credential: ApiModel['credential']): string {
  if (!credential) return '';
  if (credential.in === 'basic') return 'basicAuth';
  return `${credential.in === 'header' ? 'headerKey' : 'queryKey'}(${JSON.stringify(credential.name)})`;
}

/** The content the SDK decodes (and the docs show): the JSON one for a JSON result, else the first. */
export function decodedContent(operation: Operation): ResponseContent | undefined {
  const contents = operation.success?.contents ?? [];
  return (responseKind(operation) === 'json' ? contents.find((content) => content.kind === 'json') : undefined) ?? contents[0];
}

const RESULT_TYPES: Record<ResponseKind, string> = { json: 'unknown', text: 'string', binary: 'Blob', empty: 'void' };

export function resourceFileName(resource: Resource): string {
  return resource.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export class ClientEmitter {
  private readonly types: TypeRenderer;
  private readonly shapes: ShapeBuilder;
  private readonly byId: Map<string, Operation>;
  private readonly banner: { title: string; version: string };
  private readonly namedShapes: { typeName: string; shape: ShapeData }[];

  constructor(private readonly model: ApiModel) {
    this.types = new TypeRenderer(model);
    this.shapes = new ShapeBuilder(model);
    this.namedShapes = this.shapes.namedShapes();
    this.byId = new Map(model.operations.map((operation) => [operation.operationId, operation]));
    this.banner = bannerView(model);
  }

  /** Generated TypeScript sources (runtime and wire types are added by the pipeline). */
  emit(): SourceFile[] {
    const files: SourceFile[] = [
      // A spec without component schemas has no types module (an empty file would not be a module).
      ...(this.model.schemas.length > 0 ? [{ path: 'src/types.ts', contents: this.typesFile() }] : []),
      ...(this.namedShapes.length > 0 ? [{ path: 'src/shapes.ts', contents: this.shapesFile() }] : []),
      { path: 'src/operations.ts', contents: this.operationsFile() },
      { path: 'src/client.ts', contents: this.clientFile() },
      { path: 'src/index.ts', contents: this.indexFile() },
      { path: 'src/funcs.ts', contents: this.funcsFile() },
    ];
    for (const resource of this.model.resources) {
      files.push({ path: `src/resources/${resourceFileName(resource)}.ts`, contents: this.resourceFile(resource) });
    }
    if (this.parsedWebhooks().length > 0) files.push({ path: 'src/webhooks.ts', contents: this.webhooksFile() });
    return files;
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
    const convert = (value: ShapeData): unknown => {
      if (isShapeName(value)) {
        if (!local) return new Code(`shapes.${value.ref}`);
        return new Code(local.has(value.ref) ? value.ref : `() => ${value.ref}`);
      }
      const mapValues = (record: Record<string, ShapeData>): Record<string, unknown> => {
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(record)) Object.defineProperty(out, key, { value: convert(record[key]!), enumerable: true, writable: true, configurable: true });
        return out;
      };
      return {
        names: value.names,
        props: value.props ? mapValues(value.props) : undefined,
        keep: value.keep,
        values: value.values ? convert(value.values) : undefined,
        items: value.items ? convert(value.items) : undefined,
        anyOf: value.anyOf?.map(convert),
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
    const plans = resource.operationIds.map((id) => this.plan(this.byId.get(id) as Operation));
    const streams = resource.streamNames.flatMap((name) => this.model.streams.filter((stream) => stream.name === name && stream.sdk));
    return render('client/resource.ts.hbs', {
      ...this.banner,
      className: resource.className,
      doc: jsDoc(resource.description),
      // Every schema type is imported; ts-morph's organize-imports keeps only the used ones.
      typeImports: this.model.schemas.map((schema) => schema.typeName).join(', '),
      hasShapes: this.namedShapes.length > 0,
      eventTypes: streams.map((stream) => ({
        doc: jsDoc(`Events of \`${resource.name}.${stream.sdk!.method}()\`, discriminated by \`type\`.`),
        declaration: `export type ${stream.sdk!.eventTypeName} = ${[...new Set(stream.serverMessages.map((message) => this.types.render(message.schema, 'output')))].join(' | ') || 'never'};`,
      })),
      paramsTypes: plans.flatMap((plan) => (plan.paramsType ? [plan.paramsType] : [])),
      methods: plans.map((plan) => this.methodView(plan)),
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
    const doc = jsDoc(
      stream.summary,
      stream.description,
      [...pathParams.map((parameter) => `@param ${parameter.identifier} ${parameter.description || parameter.wireName}`), `@see WebSocket \`${stream.path}\``].join('\n'),
    );
    return {
      name: sdk.method,
      functionName: sdk.functionName,
      doc,
      functionDoc: doc,
      arguments: [...pathParams.map((parameter) => parameter.identifier), 'options'].join(', '),
      signature: [...pathParams.map((parameter) => `${parameter.identifier}: ${this.types.render(parameter.schema, 'input')}`), 'options?: RealtimeStreamOptions'].join(', '),
      eventType: sdk.eventTypeName,
      descriptor: literal(descriptor),
      pathArguments: pathParams.map((parameter) => parameter.identifier).join(', '),
    };
  }

  private methodView(plan: MethodPlan) {
    const { operation } = plan;
    const sdk = operation.sdk!;
    const positional = [...plan.leadingInputs, ...plan.positionalInputs];
    const signature = positional.map((input) => `${input.identifier}${input.required ? '' : '?'}: ${input.type}`);
    // A required positional argument may not follow an optional one.
    for (let i = signature.length - 2; i >= 0; i--) {
      if (signature[i]!.includes('?:') && positional.slice(i + 1).some((input) => input.required)) {
        signature[i] = signature[i]!.replace('?:', ':').replace(/: (.*)$/, ': $1 | undefined');
      }
    }
    // Optional rather than `= {}`: `{}` is not assignable to a params type with a property named like one of
    // Object.prototype's (`constructor?: string`), and the runtime treats a missing params object as empty.
    if (plan.paramsType) signature.push(`params${plan.paramsType.required ? '' : '?'}: ${plan.paramsType.name}`);
    signature.push('options?: RequestOptions');
    const positionalEntries = plan.positionalInputs.filter((input) => input.location !== 'path').map((input) => (input.name === input.identifier ? input.name : `${propertyKey(input.name)}: ${input.identifier}`));
    let paramsArgument = 'undefined';
    // A whole (non-object) body travels as the `body` entry next to the other params (descriptor `whole`).
    if (plan.paramsType && positionalEntries.length > 0) paramsArgument = `{ ...params, ${positionalEntries.join(', ')} }`;
    else if (plan.paramsType) paramsArgument = 'params';
    else if (positionalEntries.length > 0) paramsArgument = `{ ${positionalEntries.join(', ')} }`;
    const route = `\`${operation.method} ${operation.path}\``;
    const doc = jsDoc(
      operation.summary,
      operation.description !== operation.summary ? operation.description : undefined,
      [
        ...positional.map((input) => `@param ${input.identifier} ${input.description || input.wireName}`.trim()),
        `@see ${route}`,
        ...(operation.deprecated ? ['@deprecated'] : []),
      ].join('\n'),
    );
    const urlSignature = signature.filter((part) => !part.startsWith('options?'));
    const argumentNames = [...positional.map((input) => input.identifier), ...(plan.paramsType ? ['params'] : [])];
    return {
      name: sdk.name,
      functionName: sdk.functionName,
      doc,
      functionDoc: doc,
      signature: signature.join(', '),
      arguments: [...argumentNames, 'options'].join(', '),
      returnType: plan.returnType,
      paginated: plan.paginated,
      typeArguments: plan.typeArguments,
      pathArguments: plan.pathInputs.map((input) => input.identifier).join(', '),
      paramsArgument,
      hasUrlMethod: Boolean(sdk.urlMethod),
      urlMethod: sdk.urlMethod ?? '',
      urlFunctionName: sdk.urlFunctionName ?? '',
      urlDoc: jsDoc(
        `The URL of \`${sdk.name}()\` (${route}) with these arguments, built without a request.`,
        'Fetching it still needs the bearer token, as the call would send.',
      ),
      urlFunctionDoc: jsDoc(
        `The URL of \`${sdk.functionName}()\` (${route}) with these arguments, built without a request.`,
        'Fetching it still needs the bearer token, as the call would send.',
      ),
      urlSignature: urlSignature.join(', '),
      urlArguments: argumentNames.join(', '),
    };
  }

  /** A method callable without arguments, for the package README (`assistants.list` / `assistantsList`). */
  readmeExample(): { exampleMethod: string; exampleFunction: string } {
    // In resource order, as the client declares them (the first resource is the API's main one).
    const operations = this.model.resources.flatMap((resource) => resource.operationIds.map((id) => this.byId.get(id) as Operation));
    const callable = operations.find((operation) => {
      const signature = this.methodView(this.plan(operation)).signature;
      return signature.split(', ').every((part) => part.includes('?:'));
    });
    const sdk = (callable ?? operations[0])?.sdk;
    return sdk ? { exampleMethod: `${sdk.resource}.${sdk.name}`, exampleFunction: sdk.functionName } : { exampleMethod: 'resource.method', exampleFunction: 'resourceMethod' };
  }

  /** The signature of an SDK method as the docs show it. */
  methodSummary(operation: Operation): { signature: string; arguments: string; returnType: string; hasParams: boolean; paginated: boolean } {
    const plan = this.plan(operation);
    const view = this.methodView(plan);
    return { signature: view.signature, arguments: view.arguments, returnType: plan.returnType, hasParams: Boolean(plan.paramsType), paginated: plan.paginated };
  }

  /** The element schema of an array schema (following refs), if it is one. */
  arrayItems(schema: Schema, depth = 0): Schema | undefined {
    if (depth > 16) return undefined;
    if (schema.kind === 'array') return schema.items;
    if (schema.kind === 'ref') {
      const named = this.model.schemas.find((candidate) => candidate.wireName === schema.wireName);
      return named ? this.arrayItems(named.schema, depth + 1) : undefined;
    }
    return undefined;
  }

  /** Follows `ref`s to the object schema behind them (for body properties and page items). */
  objectOf(schema: Schema, depth = 0): Extract<Schema, { kind: 'object' }> | undefined {
    if (depth > 16) return undefined;
    if (schema.kind === 'object') return schema;
    if (schema.kind === 'ref') {
      const named = this.model.schemas.find((candidate) => candidate.wireName === schema.wireName);
      return named ? this.objectOf(named.schema, depth + 1) : undefined;
    }
    if (schema.kind === 'intersection') {
      const properties: Property[] = [];
      for (const part of schema.parts) properties.push(...(this.objectOf(part, depth + 1)?.properties ?? []));
      return { kind: 'object', properties, additional: true, description: schema.description };
    }
    return undefined;
  }

  private input(parameter: Parameter): Input {
    return {
      wireName: parameter.wireName,
      name: parameter.name,
      identifier: parameter.identifier,
      required: parameter.required,
      description: parameter.description,
      type: this.types.render(parameter.schema, 'input'),
      location: parameter.in === 'cookie' ? 'header' : parameter.in,
    };
  }

  private plan(operation: Operation): MethodPlan {
    const sdk = operation.sdk!;
    const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
    const otherParams = operation.parameters.filter((parameter) => parameter.in !== 'path');
    const body = operation.requestBody;
    const bodyObject = body && body.encoding !== 'binary' && body.encoding !== 'text' ? this.objectOf(body.schema) : undefined;
    const bodyWhole = Boolean(body && !bodyObject);

    const positionalSet = new Set(sdk.positional);
    // Path parameters come first, in path order, except those `x-sdk-args` names: they take their place there.
    const leadingInputs = pathParameters.filter((parameter) => !positionalSet.has(parameter.wireName)).map((parameter) => this.input(parameter));
    const taken = new Set(pathParameters.map((parameter) => parameter.identifier));
    const positionalInputs: Input[] = [];
    for (const wireName of sdk.positional) {
      const pathParameter = pathParameters.find((candidate) => candidate.wireName === wireName);
      if (pathParameter) {
        positionalInputs.push(this.input(pathParameter));
        continue;
      }
      const parameter = otherParams.find((candidate) => candidate.wireName === wireName);
      const property = bodyObject?.properties.find((candidate) => candidate.wireName === wireName);
      const source: Input | undefined = parameter
        ? this.input(parameter)
        : property
          ? {
              wireName,
              name: property.name,
              identifier: property.name,
              required: property.required,
              description: property.description,
              type: this.types.render(property.schema, 'input'),
              location: 'body',
            }
          : undefined;
      if (!source) continue;
      let identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(source.identifier) ? source.identifier : 'value';
      while (taken.has(identifier) || identifier === 'options' || identifier === 'params' || identifier === 'client') identifier = `${identifier}Value`;
      taken.add(identifier);
      positionalInputs.push({ ...source, identifier });
    }
    if (bodyWhole && body) {
      positionalInputs.push({
        wireName: 'body',
        name: 'body',
        identifier: 'body',
        required: body.required,
        description: body.description || 'The request body.',
        type: this.types.render(body.schema, 'input'),
        location: 'body',
      });
    }

    const members: string[] = [];
    let required = false;
    for (const parameter of otherParams) {
      if (positionalSet.has(parameter.wireName)) continue;
      const doc = jsDoc(parameter.description, parameter.deprecated ? '@deprecated' : undefined);
      members.push(`${doc ? `${doc}\n` : ''}${propertyKey(parameter.name)}${parameter.required ? '' : '?'}: ${this.types.render(parameter.schema, 'input')};`);
      required ||= parameter.required;
    }
    let intersect: string | undefined;
    if (bodyObject && body) {
      if (body.schema.kind === 'ref') {
        // The named type describes responses too: callers do not send its read-only or positional properties.
        const omitted = bodyObject.properties.filter((property) => property.readOnly || positionalSet.has(property.wireName));
        const typeName = this.types.typeNameOf(body.schema.wireName);
        if (omitted.length < bodyObject.properties.length) {
          intersect = omitted.length > 0 ? `Omit<${typeName}, ${omitted.map((property) => JSON.stringify(property.name)).join(' | ')}>` : typeName;
        }
        required ||= body.required && bodyObject.properties.some((property) => property.required && !omitted.includes(property));
      } else {
        members.push(...this.types.members(bodyObject.properties, bodyObject.additional === true ? false : bodyObject.additional, 'input', positionalSet));
        required ||= bodyObject.properties.some((property) => property.required && !property.readOnly && !positionalSet.has(property.wireName));
      }
    }
    let paramsType: MethodPlan['paramsType'];
    if (members.length > 0 || intersect) {
      const own = members.length > 0 ? `{\n${members.join('\n')}\n}` : undefined;
      const declaration =
        intersect && own
          ? `export type ${sdk.paramsTypeName} = ${intersect} & ${own};`
          : intersect
            ? `export type ${sdk.paramsTypeName} = ${intersect};`
            : `export type ${sdk.paramsTypeName} = ${own};`;
      paramsType = { name: sdk.paramsTypeName, declaration, doc: jsDoc(`Parameters of \`${sdk.resource}.${sdk.name}()\`.`), required };
    }

    const kind = responseKind(operation);
    const content = decodedContent(operation);
    const bodyType = kind === 'json' && content ? this.types.render(content.schema, 'output') : RESULT_TYPES[kind];
    const pagination = operation.pagination;
    const paged = pagination && pagination.style !== 'none' && kind === 'json' && content;
    const itemType = paged ? this.itemType(content.schema, pagination.items) : undefined;
    return {
      operation,
      ...(paramsType ? { paramsType } : {}),
      leadingInputs,
      positionalInputs,
      pathInputs: [...leadingInputs, ...positionalInputs].filter((input) => input.location === 'path'),
      bodyWhole,
      returnType: itemType ? `PagePromise<${itemType}, ${bodyType}>` : `APIPromise<${bodyType}>`,
      paginated: Boolean(itemType),
      typeArguments: itemType ? `${itemType}, ${bodyType}` : bodyType,
    };
  }

  /** The type of one item of a paginated list: the body itself is the array, or `items` names its field. */
  private itemType(schema: Schema, itemsPath: string | undefined): string {
    let current: Schema | undefined = schema;
    for (const segment of itemsPath ? itemsPath.split('.') : []) {
      current = this.objectOf(current)?.properties.find((property) => property.wireName === segment)?.schema;
      if (!current) return 'unknown';
    }
    while (current.kind === 'ref') {
      const wireName: string = current.wireName;
      const named = this.model.schemas.find((candidate) => candidate.wireName === wireName);
      if (!named || named.schema.kind !== 'array') break;
      current = named.schema;
    }
    if (current.kind === 'union') {
      const array = current.variants.find((variant) => variant.kind === 'array');
      if (array) current = array;
    }
    return current.kind === 'array' ? this.types.render(current.items, 'output') : 'unknown';
  }

  /** The operation's descriptor as a TypeScript expression; fields at their runtime default are left out. */
  private descriptor(operation: Operation): string {
    const plan = this.plan(operation);
    const body = operation.requestBody;
    const shape = (schema: Schema): Code | undefined => {
      const data = this.shapes.shapeOf(schema);
      return data === undefined ? undefined : new Code(this.shapeLiteral(data));
    };
    const kind = responseKind(operation);
    const content = decodedContent(operation);
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
    const pathParams = plan.pathInputs.map((input) => input.wireName);
    const inTemplate = [...operation.path.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]);
    // JSON is the runtime's default; other encodings name their encoder (bundled only where an operation uses it).
    const encoders = { multipart: 'multipartBody', form: 'formBody', binary: 'binaryBody', text: 'textBody' } as const;
    const encoding = body?.encoding;
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
            whole: plan.bodyWhole ? 'body' : undefined,
          }
        : undefined,
      decode: kind === 'json' ? undefined : kind,
      shape: kind === 'json' && content ? shape(content.schema) : undefined,
      pagination: operation.pagination,
      auth: operation.security.length > 0 ? undefined : false,
    });
  }
}

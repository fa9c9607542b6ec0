/**
 * The Go SDK's names for one model, decided once, in the order the SDK declares them: each resource's service
 * (client field and type), and per method its name, positional arguments, params struct and fields, result and page
 * item types and the methods beside it (`…AutoPaging`, `…URL`); per stream its method, arguments and event types.
 * Inline types are allocated by GoTypes as they are met, so the order is part of the names: the go target spells its
 * files from this plan and the docs spell their Go samples from it, and neither allocates a name of its own.
 */
import type { ApiModel, Operation, Parameter, PlanInput, Property, Resource, Stream } from '../../ir/model.js';
import { Namer } from '../naming.js';
import { exportedName, localNamer, memberNamer, packageNamer, unexportedName } from './naming.js';
import { goReservedNames, goRuntimeSources } from './runtime.js';
import { fieldNames, GoTypes, type GoType } from './types.js';

export interface GoArgument {
  readonly input: PlanInput;
  /** The parameter's local name in the method (`assistantID`). */
  readonly local: string;
  readonly type: GoType;
}

export interface GoParamsField {
  readonly input: PlanInput;
  readonly field: string;
  readonly type: GoType;
  /** A property of the request body (sent in it), not a query, header or cookie parameter. */
  readonly body?: Property;
  /** A multipart file (type `File`). */
  readonly file: boolean;
}

export interface GoMethodPlan {
  readonly operation: Operation;
  readonly name: string;
  readonly encoding: string;
  readonly args: readonly GoArgument[];
  /** The params struct, when the method has parameters or body fields beside its arguments. */
  readonly paramsType?: string;
  /** Its fields: the parameters first (query, header, cookie), then the body's properties. */
  readonly paramsFields: readonly GoParamsField[];
  /** The success body: none, text, bytes, or JSON decoded into `type`. */
  readonly result: { readonly kind: 'empty' | 'text' | 'binary' | 'json'; readonly type: string; readonly accept: string };
  /** `…AutoPaging` and the page item's type, for a list that walks pages. */
  readonly pager?: { readonly name: string; readonly item: string };
  /** `…URL`, the method returning the request's URL without sending it. */
  readonly urlMethod?: string;
}

export interface GoStreamEvent {
  readonly message: string;
  readonly type: string;
  /** The Go expression of its `type` field's value, as a string. */
  readonly typeExpr: string;
}

export interface GoStreamPlan {
  readonly stream: Stream;
  readonly name: string;
  readonly args: readonly { readonly parameter: Parameter; readonly local: string; readonly type: string }[];
  readonly events: readonly GoStreamEvent[];
}

export interface GoResourcePlan {
  readonly resource: Resource;
  /** The client's field (`PhoneNumbers`) and its service type (`PhoneNumbersService`). */
  readonly field: string;
  readonly type: string;
  readonly methods: readonly GoMethodPlan[];
  readonly streams: readonly GoStreamPlan[];
  /** The types first declared for this resource's methods: indexes into the GoTypes declarations. */
  readonly declarations: { readonly from: number; readonly to: number };
}

export interface GoSurface {
  readonly types: GoTypes;
  /** The package's namer, for the names declared after the resources (webhook events). */
  readonly names: Namer;
  /** How many declarations the named schemas made (types.go); the resources' own come after. */
  readonly namedTypeCount: number;
  readonly resources: readonly GoResourcePlan[];
}

/** The request body's property as a plan input (a params struct field). */
export function bodyInput(property: Property): PlanInput {
  return { wireName: property.wireName, location: 'body', required: property.required, deprecated: property.deprecated, description: property.description, schema: property.schema, property };
}

/**
 * Plans the surface. `sources: false` skips rendering the types' declarations (the docs need names only); the
 * names are the same either way.
 */
export function planGoSurface(model: ApiModel, options: { readonly sources?: boolean } = {}): GoSurface {
  const names = packageNamer(goReservedNames(goRuntimeSources(model)));
  const types = new GoTypes(model, names, options);
  types.allDeclarations();
  const namedTypeCount = types.count();
  const byId = new Map(model.operations.map((operation) => [operation.operationId, operation]));
  const streamsByName = new Map(model.streams.map((stream) => [stream.name, stream]));
  const serviceFields = new Namer({ reserved: new Set(['core']), escape: (name) => `${name}Service` });
  const resources = model.resources.map((resource): GoResourcePlan => {
    const field = serviceFields.allocate(exportedName(resource.name, 'Resource'));
    const type = names.allocate(`${field}Service`);
    const from = types.count();
    const methodNames = new Namer({ reserved: new Set(), escape: (name) => name });
    const methods = resource.operationIds.flatMap((id) => {
      const operation = byId.get(id);
      return operation?.sdk ? [planMethod(operation, types, names, methodNames)] : [];
    });
    const streams = resource.streamNames.flatMap((streamName) => {
      const stream = streamsByName.get(streamName);
      return stream?.sdk ? [planStream(stream, types, methodNames)] : [];
    });
    return { resource, field, type, methods, streams, declarations: { from, to: types.count() } };
  });
  return { types, names, namedTypeCount, resources };
}

function planMethod(operation: Operation, types: GoTypes, names: Namer, methodNames: Namer): GoMethodPlan {
  const sdk = operation.sdk!;
  const plan = sdk.plan;
  const name = methodNames.allocate(exportedName(sdk.name, 'Call'));
  const locals = localNamer();
  const encoding = operation.requestBody?.encoding ?? 'json';
  const args = plan.args.map((input) => {
    const local = locals.allocate(unexportedName(input.wireName, 'value'));
    return { input, local, type: argumentType(types, input, encoding, `${exportedName(operation.operationId)}${exportedName(input.wireName)}`) };
  });
  const bodyProperties = types.paramsBodyProperties(operation);
  const paramsType = plan.params.length > 0 || bodyProperties.length > 0 ? names.allocate(`${exportedName(operation.operationId, 'Operation')}Params`) : undefined;
  const paramsFields: GoParamsField[] = [];
  if (paramsType) {
    // Body fields keep their names; a parameter spelled like one (or like another) says where it goes.
    const members = memberNamer();
    for (const property of bodyProperties) members.reserve(exportedName(property.wireName, 'Field'));
    const paramNames = plan.params.map((input) => {
      const candidate = exportedName(input.wireName, 'Field');
      return members.allocate(members.has(candidate) ? `${candidate}${exportedName(input.location)}` : candidate);
    });
    const bodyMembers = memberNamer();
    for (const field of paramNames) bodyMembers.reserve(field);
    plan.params.forEach((input, index) => {
      const field = paramNames[index]!;
      const type = input.required ? types.typeOf(input.schema, `${paramsType}${field}`) : types.fieldType(input.schema, false, `${paramsType}${field}`);
      paramsFields.push({ input, field, type, file: false });
    });
    for (const property of bodyProperties) {
      const field = bodyMembers.allocate(exportedName(property.wireName, 'Field'));
      const file = encoding === 'multipart' && property.schema.kind === 'binary';
      const type = file ? { expr: 'File', nilable: false } : types.fieldType(property.schema, property.required, `${paramsType}${field}`);
      paramsFields.push({ input: bodyInput(property), field, type, body: property, file });
    }
  }
  const result = resultType(types, operation, `${exportedName(operation.operationId)}Response`);
  let pager: GoMethodPlan['pager'];
  if (plan.page) {
    const item = types.typeOf(plan.page.items, `${exportedName(operation.operationId)}Item`).expr;
    pager = { name: methodNames.allocate(`${name}AutoPaging`), item };
  }
  const urlMethod = sdk.urlMethod ? methodNames.allocate(exportedName(sdk.urlMethod, 'URL')) : undefined;
  return { operation, name, encoding, args, ...(paramsType ? { paramsType } : {}), paramsFields, result, ...(pager ? { pager } : {}), ...(urlMethod ? { urlMethod } : {}) };
}

function argumentType(types: GoTypes, input: PlanInput, encoding: string, context: string): GoType {
  if (input.wholeBody) {
    if (encoding === 'binary') return { expr: 'io.Reader', nilable: true };
    if (encoding === 'text') return { expr: 'string', nilable: false };
    return types.typeOf(input.schema, context);
  }
  if (encoding === 'multipart' && input.location === 'body' && input.schema.kind === 'binary') return { expr: 'File', nilable: false };
  return input.required ? types.typeOf(input.schema, context) : types.fieldType(input.schema, false, context);
}

function resultType(types: GoTypes, operation: Operation, context: string): GoMethodPlan['result'] {
  const result = operation.sdk!.plan.result;
  const accept = (operation.success?.contents ?? []).map((content) => content.contentType).join(', ');
  if (result.kind === 'empty') return { kind: 'empty', type: '', accept: '' };
  if (result.kind === 'text') return { kind: 'text', type: 'string', accept };
  if (result.kind === 'binary') return { kind: 'binary', type: '[]byte', accept };
  const type = types.typeOf(result.content!.schema, context);
  return { kind: 'json', type: type.nilable ? type.expr : `*${type.expr}`, accept: '' };
}

function planStream(stream: Stream, types: GoTypes, methodNames: Namer): GoStreamPlan {
  const name = methodNames.allocate(exportedName(stream.sdk!.method, 'Stream'));
  const locals = localNamer();
  const args = stream.parameters
    .filter((parameter) => parameter.in === 'path' || parameter.in === 'query')
    .map((parameter) => {
      const context = `${name}${exportedName(parameter.wireName)}`;
      const type = parameter.required ? types.typeOf(parameter.schema, context) : types.fieldType(parameter.schema, false, context);
      return { parameter, local: locals.allocate(unexportedName(parameter.wireName)), type: type.expr };
    });
  return { stream, name, args, events: streamEvents(stream, types) };
}

/** Server messages whose schema is a named struct with a `type` field: the ones decoded to their own type. */
function streamEvents(stream: Stream, types: GoTypes): GoStreamEvent[] {
  const events: GoStreamEvent[] = [];
  for (const message of stream.serverMessages) {
    if (message.schema.kind !== 'ref') continue;
    const name = types.nameOf(message.schema.wireName);
    if (!types.isStructName(name)) continue;
    const object = types.lookup.objectOf(message.schema);
    const properties = [...(object?.properties ?? [])];
    const index = properties.findIndex((property) => property.wireName === 'type');
    if (!object || index < 0) continue;
    const property = properties[index]!;
    const type = types.typeOf(property.schema, name).expr;
    // An optional type has no one value to return: such messages arrive as *UnknownRealtimeEvent.
    if (!property.required || (type !== 'string' && !types.isNamedString(type))) continue;
    const field = `e.${fieldNames(properties)[index]!}`;
    events.push({ message: message.type, type: name, typeExpr: type === 'string' ? field : `string(${field})` });
  }
  return events;
}

/**
 * The SDK plan: for each operation in the SDK, what every language's method shares, decided once here so that
 * no target decides argument order, params or result on its own. Targets only spell it (camelCase, snake_case,
 * PascalCase) through their naming modules.
 */
import type { HttpMethod, Operation, Parameter, PlanBody, PlanInput, ResponseContent, ResponseKind, SdkPlan } from './model.js';
import type { SchemaLookup } from './lookup.js';

const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

const XML = /^[^;]*[/+]xml\s*(;|$)/i;

/**
 * How the SDK decodes an operation's success body: JSON when JSON is the one content type, or when the others are
 * only XML renderings of it (the client asks for JSON, so content negotiation picks it); binary when any type is
 * binary (audio); otherwise text (CSV, plain text, or a `format`-dependent mix that includes JSON).
 */
export function resultKind(operation: Pick<Operation, 'success'>): ResponseKind {
  const contents = operation.success?.contents ?? [];
  if (contents.length === 0) return 'empty';
  if (contents.some((content) => content.kind === 'binary')) return 'binary';
  const json = contents.filter((content) => content.kind === 'json');
  return json.length > 0 && contents.every((content) => content.kind === 'json' || XML.test(content.contentType)) ? 'json' : 'text';
}

/** The content the SDK decodes (and the docs show): the JSON one for a JSON result, else the first. */
function decodedContent(operation: Pick<Operation, 'success'>, kind: ResponseKind): ResponseContent | undefined {
  const contents = operation.success?.contents ?? [];
  return (kind === 'json' ? contents.find((content) => content.kind === 'json') : undefined) ?? contents[0];
}

function parameterInput(parameter: Parameter): PlanInput {
  return {
    wireName: parameter.wireName,
    location: parameter.in,
    required: parameter.required,
    deprecated: parameter.deprecated,
    description: parameter.description,
    schema: parameter.schema,
    parameter,
  };
}

/** The plan of one operation; `positional` is its `x-sdk-args` (wire names, already checked to exist). */
export function planOperation(operation: Omit<Operation, 'sdk'>, positional: readonly string[], schemas: SchemaLookup): SdkPlan {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  const otherParameters = operation.parameters.filter((parameter) => parameter.in !== 'path');
  const body = operation.requestBody;
  const bodyObject = body && body.encoding !== 'binary' && body.encoding !== 'text' ? schemas.objectOf(body.schema) : undefined;
  const named = new Set(positional);

  // Path parameters come first, in path order, except those `x-sdk-args` names: they take their place there.
  const args: PlanInput[] = pathParameters.filter((parameter) => !named.has(parameter.wireName)).map(parameterInput);
  for (const wireName of positional) {
    const parameter = operation.parameters.find((candidate) => candidate.wireName === wireName);
    const property = parameter ? undefined : bodyObject?.properties.find((candidate) => candidate.wireName === wireName);
    if (parameter) args.push(parameterInput(parameter));
    else if (property) {
      args.push({
        wireName,
        location: 'body',
        required: property.required,
        deprecated: property.deprecated,
        description: property.description,
        schema: property.schema,
        property,
      });
    }
  }
  if (body && !bodyObject) {
    args.push({
      wireName: 'body',
      location: 'body',
      required: body.required,
      deprecated: false,
      description: body.description || 'The request body.',
      schema: body.schema,
      wholeBody: true,
    });
  }

  const params = otherParameters.filter((parameter) => !named.has(parameter.wireName)).map(parameterInput);
  let paramsRequired = params.some((input) => input.required);
  let planBody: PlanBody = { kind: body && !bodyObject ? 'whole' : 'none' };
  if (body && bodyObject) {
    // A named type describes responses too: callers do not send its read-only or positional properties.
    const omit = bodyObject.properties.filter((property) => property.readOnly || named.has(property.wireName));
    const sent = bodyObject.properties.filter((property) => !omit.includes(property));
    if (body.schema.kind === 'ref') {
      if (sent.length > 0) planBody = { kind: 'named', wireName: body.schema.wireName, omit };
      paramsRequired ||= body.required && sent.some((property) => property.required);
    } else {
      planBody = { kind: 'inline', properties: sent, additional: bodyObject.additional, ...(bodyObject.additionalImplicit ? { additionalImplicit: true as const } : {}) };
      paramsRequired ||= sent.some((property) => property.required);
    }
  }

  const kind = resultKind(operation);
  const content = decodedContent(operation, kind);
  const pagination = operation.pagination;
  const page =
    pagination && pagination.style !== 'none' && kind === 'json' && content
      ? { pagination, items: schemas.pageItems(content.schema, pagination.items) ?? { kind: 'unknown' as const, description: '' } }
      : undefined;
  return {
    args,
    params,
    body: planBody,
    paramsRequired,
    result: { kind, ...(content ? { content } : {}) },
    ...(page ? { page } : {}),
    idempotent: IDEMPOTENT.has(operation.method),
  };
}

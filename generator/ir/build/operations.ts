/**
 * Operations: every method of every path, with its parameters, body, responses and extensions, and the SDK
 * method it becomes (`client.<resource>.<method>()` and a standalone function), unless it is excluded.
 *
 * Reads: `paths` (path items, possibly `$ref`s) → each operation's `operationId`, `tags`, `summary`,
 * `description`, `deprecated`, `parameters`, `requestBody`, `responses`, `security`, `x-pagination`, `x-mock`,
 * and the SDK extensions `x-sdk-exclude`, `x-sdk-method`, `x-sdk-url-method`, `x-sdk-args`. The SDK plan of each
 * method (arguments, params, result) is decided by ../plan.ts from the operation built here.
 */
import { SchemaLookup } from '../lookup.js';
import type { HttpMethod, NamedSchema, Operation, SdkMethod, Tag } from '../model.js';
import { camelCase, methodIdentifier, pascalCase, valueIdentifier } from '../naming.js';
import { planOperation } from '../plan.js';
import { type BuildContext, escapePointer, HTTP_METHODS, isObject, type Raw, text } from './context.js';
import { bodyPropertyNames, buildRequestBody } from './bodies.js';
import { buildMockState, buildPagination } from './extensions.js';
import { buildParameters } from './parameters.js';
import { pathResourceName, type ResourceDraft, typePrefixByTag, undeclaredResource } from './resources.js';
import { buildResponses, successResponse } from './responses.js';
import { securityNames } from './security.js';

export interface BuiltOperations {
  /** In the order of the paths and methods of the document. */
  readonly operations: Operation[];
  /** The resources the operations fill, by name, in the order they were first used. */
  readonly resources: Map<string, ResourceDraft>;
}

/** Builds every operation; problems are collected on the context (the caller throws them). */
export function buildOperations(ctx: BuildContext, tags: readonly Tag[], schemas: readonly NamedSchema[]): BuiltOperations {
  const lookup = new SchemaLookup(schemas);
  const resourceByTag = new Map(tags.map((tag) => [tag.name, tag]));
  const prefixByTag = typePrefixByTag(ctx);

  const operations: Operation[] = [];
  const resources = new Map<string, ResourceDraft>();
  const usedIds = new Map<string, string>();
  const rootSecurity = securityNames(ctx.document.security);
  const paths = isObject(ctx.document.paths) ? ctx.document.paths : {};

  for (const [path, rawItem] of Object.entries(paths)) {
    const pathItem = ctx.resolve(rawItem);
    if (!pathItem) continue;
    for (const method of HTTP_METHODS) {
      const raw = pathItem[method];
      if (!isObject(raw)) continue;
      const pointer = `#/paths/${escapePointer(path)}/${method}`;
      const operationId = text(raw.operationId) || camelCase(`${method} ${path.replace(/[{}]/g, '')}`);
      const previous = usedIds.get(operationId);
      if (previous) {
        ctx.fail(`Operations ${previous} and ${pointer} have the same operationId \`${operationId}\`.`, pointer, 'Give each operation its own operationId.');
        continue;
      }
      usedIds.set(operationId, pointer);
      const opTags = Array.isArray(raw.tags) ? raw.tags.filter((tag): tag is string => typeof tag === 'string') : [];
      // An operation without tags belongs to a resource named after its path (`/v1/pets/{id}` → `pets`).
      const firstTag = opTags[0];
      const tag = firstTag === undefined ? undefined : resourceByTag.get(firstTag);
      const resourceName = tag?.resource ?? undeclaredResource(ctx, firstTag ?? pathResourceName(path));
      const parameters = buildParameters(ctx, path, pathItem.parameters, raw.parameters, pointer, bodyPropertyNames(ctx, raw.requestBody));
      const requestBody = buildRequestBody(ctx, raw.requestBody);
      const responses = buildResponses(ctx, raw.responses);
      const exclude = raw['x-sdk-exclude'];
      const excludedReason = exclude === undefined || exclude === false ? undefined : typeof exclude === 'string' ? exclude : 'Kept out of the SDK.';

      let sdkMethod: Omit<SdkMethod, 'plan'> | undefined;
      if (excludedReason === undefined) {
        let resource = resources.get(resourceName);
        if (!resource) {
          const prefix = (firstTag === undefined ? undefined : prefixByTag.get(firstTag)) || pascalCase(resourceName).replace(/s$/, '');
          resource = { typePrefix: pascalCase(prefix) || 'Api', description: tag?.description ?? '', ids: [], methods: new Map() };
          resources.set(resourceName, resource);
        }
        sdkMethod = buildSdkMethod(ctx, raw, { operationId, pointer, resourceName, resource });
        // Its method name is taken (reported): the operation is left out.
        if (!sdkMethod) continue;
      }

      const success = successResponse(responses);
      const pagination = buildPagination(raw['x-pagination']);
      const mockState = buildMockState(raw['x-mock']);
      const security = raw.security === undefined ? rootSecurity : securityNames(raw.security);
      const head = {
        operationId,
        method: method.toUpperCase() as HttpMethod,
        path,
        summary: text(raw.summary),
        description: text(raw.description),
        deprecated: raw.deprecated === true,
        tags: opTags,
      };
      const rest = {
        parameters,
        ...(requestBody ? { requestBody } : {}),
        responses,
        ...(success ? { success } : {}),
        ...(pagination ? { pagination } : {}),
        ...(mockState ? { mockState } : {}),
        security,
      };
      const sdk: SdkMethod | undefined = sdkMethod && { ...sdkMethod, plan: planOperation({ ...head, ...rest }, sdkMethod.positional, lookup) };
      operations.push({ ...head, ...(sdk ? { sdk } : { sdkExcludedReason: excludedReason }), ...rest });
    }
  }
  return { operations, resources };
}

/**
 * The SDK method of an operation on its resource (`x-sdk-method`, else the operationId), with its optional URL
 * method (`x-sdk-url-method`) and positional arguments (`x-sdk-args`). Undefined, with the problem reported,
 * when the resource already has a method of that name.
 */
function buildSdkMethod(
  ctx: BuildContext,
  raw: Raw,
  { operationId, pointer, resourceName, resource }: { operationId: string; pointer: string; resourceName: string; resource: ResourceDraft },
): Omit<SdkMethod, 'plan'> | undefined {
  const curated = text(raw['x-sdk-method']);
  let name = methodIdentifier(curated || operationId);
  const clash = resource.methods.get(name);
  // A name derived from an operationId that casing made equal to another (`get_user`, `getUser`) is numbered; a
  // curated `x-sdk-method` that clashes is the spec author's mistake and is reported.
  if (clash && !curated) {
    let n = 2;
    while (resource.methods.has(`${name}${n}`)) n++;
    name = `${name}${n}`;
  } else if (clash) {
    ctx.fail(
      `Operations ${clash} and ${pointer} both map to \`client.${resourceName}.${name}()\`.`,
      `${pointer}/x-sdk-method`,
      'Give one of them another `x-sdk-method`, or another tag with its own `x-sdk-resource`.',
    );
    return undefined;
  }
  resource.methods.set(name, pointer);
  resource.ids.push(operationId);
  const urlMethod = typeof raw['x-sdk-url-method'] === 'string' ? methodIdentifier(raw['x-sdk-url-method']) : undefined;
  if (urlMethod && resource.methods.has(urlMethod)) {
    ctx.fail(
      `\`x-sdk-url-method\` \`${urlMethod}\` is already a method of \`client.${resourceName}\`.`,
      `${pointer}/x-sdk-url-method`,
      'Choose a name no other operation of the resource uses.',
    );
  } else if (urlMethod) resource.methods.set(urlMethod, `${pointer}/x-sdk-url-method`);
  const positional = Array.isArray(raw['x-sdk-args']) ? raw['x-sdk-args'].filter((arg): arg is string => typeof arg === 'string') : [];
  return {
    resource: resourceName,
    name,
    paramsTypeName: ctx.typeNamer.allocate(`${resource.typePrefix} ${name} Params`),
    positional,
    functionName: ctx.functionNamer.allocate(valueIdentifier(`${resourceName} ${name}`, 'call')),
    ...(urlMethod ? { urlMethod, urlFunctionName: ctx.functionNamer.allocate(valueIdentifier(`${resourceName} ${urlMethod}`, 'url')) } : {}),
  };
}

/**
 * The Python SDK's names, planned once for the model: the package, each resource's module, class and client
 * attribute, each method's names (sync, `_async`, URL-only) and signature, each stream's method and event types,
 * allocated in the order the SDK declares them. The python target spells its files from this plan and the docs'
 * Python samples read it, so a sample names exactly what the SDK declares (inline types allocated by a stream
 * can shift the names of later methods' types: a replay that skipped streams could drift).
 */
import type { ApiModel, Operation, Resource, Stream, Parameter } from '../../ir/model.js';
import { pyMethod, type PyMethod } from './method.js';
import { argumentNamer, className, clientMemberNamer, constantName, memberNamer, moduleNamer, pythonModuleScope, snakeName } from './naming.js';
import { PyTypes } from './types.js';

/** The Python versions the SDK supports, as pyproject.toml, the README and the docs say. */
export const PYTHON_REQUIRES = '>=3.9';

export interface PyMethodPlan {
  readonly operation: Operation;
  readonly method: PyMethod;
  readonly name: string;
  readonly asyncName: string;
  readonly urlName: string | undefined;
  /** The operation's descriptor in the package's operations module. */
  readonly constant: string;
}

export interface PyStreamPlan {
  readonly stream: Stream;
  readonly name: string;
  /** The path parameters and their argument names, in order. */
  readonly pathParams: readonly { readonly parameter: Parameter; readonly name: string }[];
  /** Each server message type and the Python type of its event. */
  readonly events: readonly { readonly type: string; readonly python: string }[];
  /** The Python type of each path parameter, in order. */
  readonly parameterTypes: readonly string[];
  readonly eventType: string;
  /** The module constant of its event table. */
  readonly table: string;
}

export interface PyResourcePlan {
  readonly resource: Resource;
  readonly module: string;
  readonly className: string;
  readonly property: string;
  readonly methods: readonly PyMethodPlan[];
  readonly streams: readonly PyStreamPlan[];
}

export interface PySurface {
  /** The import and distribution name: the client's name without `Client`, snake_cased (`AcmeClient` → `acme`). */
  readonly packageName: string;
  readonly types: PyTypes;
  readonly resources: readonly PyResourcePlan[];
}

/**
 * Plans the surface. `sources: false` skips rendering the types' declarations (the docs need names only); the
 * names are the same either way.
 */
export function planPythonSurface(model: ApiModel, options: { readonly sources?: boolean } = {}): PySurface {
  const packageName = snakeName(model.sdk.clientName.replace(/Client$/, '') || 'sdk', 'sdk');
  const byId = new Map(model.operations.map((operation) => [operation.operationId, operation]));
  const clientMembers = clientMemberNamer();
  const modules = moduleNamer();
  const { classes, typeNamer } = pythonModuleScope(model);
  const types = new PyTypes(model, typeNamer, options);
  const constants = moduleNamer();
  const streamsOf = (resource: Resource): Stream[] =>
    resource.streamNames.flatMap((name) => model.streams.filter((stream) => stream.name === name && stream.sdk));
  const resources = model.resources
    .filter((resource) => resource.operationIds.some((id) => byId.get(id)?.sdk) || streamsOf(resource).length > 0)
    .map((resource): PyResourcePlan => {
      const members = memberNamer();
      const resourceClass = classes.get(resource)!;
      const property = clientMembers.allocate(snakeName(resource.name));
      const methods = resource.operationIds.flatMap((id): PyMethodPlan[] => {
        const operation = byId.get(id);
        if (!operation?.sdk) return [];
        const name = members.allocate(snakeName(operation.sdk.name));
        const asyncName = members.allocate(`${name}_async`);
        const method = pyMethod(operation, types, `${resourceClass} ${name}`);
        const urlName = operation.sdk.urlMethod ? members.allocate(snakeName(operation.sdk.urlMethod)) : undefined;
        return [{ operation, method, name, asyncName, urlName, constant: constants.allocate(constantName(`${property} ${name}`)) }];
      });
      const streams = streamsOf(resource).map((stream) => planStream(stream, types, members, constants));
      return { resource, module: modules.allocate(snakeName(resource.name)), className: resourceClass, property, methods, streams };
    });
  return { packageName, types, resources };
}

function planStream(stream: Stream, types: PyTypes, members: ReturnType<typeof memberNamer>, constants: ReturnType<typeof moduleNamer>): PyStreamPlan {
  const sdk = stream.sdk!;
  const name = members.allocate(snakeName(sdk.method));
  const args = argumentNamer();
  const pathParams = stream.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => ({ parameter, name: args.allocate(snakeName(parameter.wireName)) }));
  const events = stream.serverMessages.map((message) => ({ type: message.type, python: types.render(message.schema, 'output', `${sdk.eventTypeName} ${message.type}`) }));
  return {
    stream,
    name,
    pathParams,
    events,
    eventType: className(sdk.eventTypeName),
    table: constants.allocate(`_${constantName(`${sdk.method} events`)}`),
    parameterTypes: pathParams.map(({ parameter }) => types.render(parameter.schema, 'input')),
  };
}

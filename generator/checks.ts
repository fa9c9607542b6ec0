/**
 * Checks the generator needs before it builds the model, written as a Redocly plugin so every problem comes
 * back with its source file, line and JSON pointer. These are generic (any OpenAPI document using our `x-`
 * extensions); Burki's house rules live in spec/plugins/.
 */
import type { Oas3Rule, Plugin, UserContext } from '@redocly/openapi-core';

const PAGINATION_PARAMS: Record<string, readonly string[]> = {
  offset: ['offsetParam', 'limitParam'],
  page: ['pageParam', 'perPageParam'],
  limit: ['limitParam'],
  none: [],
};

interface RawParameter {
  name?: string;
  in?: string;
}

/** Names of the operation's parameters (its path item's too); path parameters only with `withPath`. */
function parameterNames(operation: Record<string, unknown>, ctx: UserContext, pathParameters: unknown, withPath: boolean): Set<string> {
  const names = new Set<string>();
  const all = [
    ...(Array.isArray(pathParameters) ? pathParameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ];
  for (const entry of all) {
    const param = ctx.resolve<RawParameter>(entry).node;
    if (param && typeof param.name === 'string' && (withPath || param.in !== 'path')) names.add(param.name);
  }
  return names;
}

function bodyPropertyNames(operation: Record<string, unknown>, ctx: UserContext): Set<string> {
  const names = new Set<string>();
  const body = ctx.resolve<{ content?: Record<string, { schema?: unknown }> }>(operation.requestBody as never).node;
  for (const media of Object.values(body?.content ?? {})) {
    const schema = ctx.resolve<{ properties?: Record<string, unknown> }>(media?.schema as never).node;
    for (const name of Object.keys(schema?.properties ?? {})) names.add(name);
  }
  return names;
}

const paginationDeclared: Oas3Rule = () => ({
  Operation: {
    enter(node: object, ctx: UserContext) {
      const operation = node as Record<string, unknown>;
      const pagination = operation['x-pagination'] as Record<string, unknown> | undefined;
      if (pagination === undefined) return;
      const location = ctx.location.child(['x-pagination']);
      const style = typeof pagination === 'object' && pagination ? pagination.style : undefined;
      const required = typeof style === 'string' ? PAGINATION_PARAMS[style] : undefined;
      if (!required) {
        ctx.report({
          message: `\`x-pagination.style\` must be one of ${Object.keys(PAGINATION_PARAMS).join(', ')} (got ${JSON.stringify(style)}).`,
          location,
        });
        return;
      }
      const params = parameterNames(operation, ctx, ctx.parent?.parameters, false);
      for (const key of required) {
        const name = pagination[key];
        if (typeof name !== 'string' || !params.has(name)) {
          ctx.report({
            message: `\`x-pagination.${key}\` must name a query parameter of this operation (got ${JSON.stringify(name)}).`,
            location: location.child([key]),
          });
        }
      }
    },
  },
});

const sdkArgsDeclared: Oas3Rule = () => ({
  Operation: {
    enter(node: object, ctx: UserContext) {
      const operation = node as Record<string, unknown>;
      const args = operation['x-sdk-args'];
      if (args === undefined) return;
      const location = ctx.location.child(['x-sdk-args']);
      if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) {
        ctx.report({ message: '`x-sdk-args` must be a list of parameter or body property names.', location });
        return;
      }
      const known = new Set([...parameterNames(operation, ctx, ctx.parent?.parameters, true), ...bodyPropertyNames(operation, ctx)]);
      args.forEach((arg, index) => {
        if (args.indexOf(arg) !== index) {
          ctx.report({ message: `\`x-sdk-args\` names \`${arg}\` twice.`, location: location.child([index]) });
        } else if (!known.has(arg)) {
          ctx.report({
            message: `\`x-sdk-args\` names \`${arg}\`, which is neither a parameter nor a body property of this operation.`,
            location: location.child([index]),
          });
        }
      });
    },
  },
});

export const CHECK_HINTS: Record<string, string> = {
  'no-unresolved-refs': 'Point the $ref at an existing file and JSON pointer (paths are relative to the file that holds the $ref).',
  'operation-operationId-unique': 'Give each operation its own operationId; the docs, the mock and its request journal name operations by it.',
  'path-parameters-defined': 'Declare every {placeholder} of the path as an `in: path` parameter, and nothing else.',
  struct: 'Make the node match the OpenAPI 3.0/3.1 schema of that object.',
  'generator/pagination-declared': 'Fix `x-pagination` as described in ARCHITECTURE.md ("Spec conventions").',
  'generator/sdk-args-declared': 'List in `x-sdk-args` only parameters or body properties of the same operation, each once.',
};

/**
 * The plugin `loadSpec` passes to Redocly's `createConfig`. Plugins handed over as objects are used as they are (only
 * plugins loaded from files get their id prefixed to their rule names), so the rule names carry the prefix already:
 * they must match the ids configured in load.ts, or the rules never run.
 */
export const generatorChecks: Plugin = {
  id: 'generator',
  rules: {
    oas3: {
      'generator/pagination-declared': paginationDeclared,
      'generator/sdk-args-declared': sdkArgsDeclared,
    },
  },
};

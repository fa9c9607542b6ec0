/**
 * Parameters of an operation (or of a WebSocket stream): path-level and operation-level ones merged, their SDK
 * keys, identifiers and how each is serialised.
 *
 * Reads: `parameters` of a path item and of an operation (`name`, `in`, `required`, `deprecated`,
 * `description`, `schema` or `content`, `style`, `explode`, `example`, `examples`).
 */
import type { Parameter } from '../model.js';
import { MemberNamer, pascalCase, propertyName, valueIdentifier } from '../naming.js';
import { type BuildContext, isObject, type Raw, text } from './context.js';
import { toJsonSchema, toSchema } from './schemas.js';

/**
 * The parameters, path parameters first in the order of the path. `bodyNames` are the SDK keys of the body's
 * properties; an unknown `in` is reported against `pointer`.
 */
export function buildParameters(ctx: BuildContext, path: string, pathLevel: unknown, operationLevel: unknown, pointer: string, bodyNames: Set<string>): Parameter[] {
  const merged = new Map<string, Raw>();
  for (const list of [pathLevel, operationLevel]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const param = ctx.resolve(entry);
      if (param && typeof param.name === 'string' && typeof param.in === 'string') merged.set(`${param.in}:${param.name}`, param);
    }
  }
  const pathOrder = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const params = [...merged.values()];
  params.sort((a, b) => {
    const rank = (p: Raw) => (p.in === 'path' ? pathOrder.indexOf(text(p.name)) : 1000);
    return rank(a) - rank(b);
  });
  const names = parameterKeys(params, bodyNames);
  const identifiers = new MemberNamer(['options', 'params', 'client']);
  return params.flatMap((param, index) => {
    const location = text(param.in);
    if (location !== 'path' && location !== 'query' && location !== 'header' && location !== 'cookie') {
      ctx.fail(`Parameter \`${text(param.name)}\` has an unknown location \`${location}\`.`, pointer, 'Use in: path, query, header or cookie.');
      return [];
    }
    const content = isObject(param.content) ? Object.values(param.content).find(isObject) : undefined;
    const rawSchema = param.schema ?? content?.schema;
    const example = 'example' in param ? param.example : isObject(param.examples) ? ctx.resolve(Object.values(param.examples)[0])?.value : undefined;
    // OpenAPI serialization: query and cookie values default to style `form` (arrays and objects exploded into
    // one pair per item or key), headers to `simple` (not exploded); a `content` parameter is JSON.
    const defaultStyle = location === 'query' || location === 'cookie' ? 'form' : 'simple';
    const declaredStyle = text(param.style) || defaultStyle;
    const explode = typeof param.explode === 'boolean' ? param.explode : declaredStyle === 'form';
    const delimiters = new Map([['form', ','], ['spaceDelimited', ' '], ['pipeDelimited', '|']]);
    const arrayDelimiter = (location === 'query' || location === 'cookie') && !explode ? delimiters.get(declaredStyle) : undefined;
    const style: Parameter['style'] = content
      ? 'json'
      : location === 'query' && declaredStyle === 'deepObject'
        ? 'deepObject'
        : location === 'header' && explode
          ? 'explode'
          : undefined;
    return [
      {
        wireName: text(param.name),
        name: names[index] ?? text(param.name),
        identifier: identifiers.allocate(valueIdentifier(text(param.name), 'param')),
        in: location,
        required: param.required === true || location === 'path',
        deprecated: param.deprecated === true,
        description: text(param.description),
        schema: toSchema(ctx, rawSchema),
        jsonSchema: toJsonSchema(ctx, rawSchema),
        ...(example !== undefined ? { example } : {}),
        ...(arrayDelimiter !== undefined ? { arrayDelimiter } : {}),
        ...(style !== undefined ? { style } : {}),
      },
    ];
  });
}

/** The SDK key of each parameter, in the same order. */
function parameterKeys(params: readonly Raw[], bodyNames: Set<string>): string[] {
  // SDK keys. Header names are written like `Idempotency-Key`; as keys they read `idempotencyKey`. Path parameters
  // are positional and take no key. Query, header and cookie values share one params object with the body's
  // properties: a key that a body property or a parameter elsewhere also uses is suffixed with where it goes
  // (`idempotencyKeyHeader`, `traceQuery`, `traceCookie`), and a clash left after that gets a number.
  const base = params.map((param) => {
    const name = propertyName(text(param.name));
    return param.in === 'header' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  });
  const uses = new Map<string, number>();
  params.forEach((param, index) => {
    if (param.in !== 'path') uses.set(base[index] ?? '', (uses.get(base[index] ?? '') ?? 0) + 1);
  });
  const keys = new Set(bodyNames);
  return params.map((param, index) => {
    const name = base[index] ?? text(param.name);
    if (param.in === 'path') return name;
    const placed = bodyNames.has(name) || (uses.get(name) ?? 0) > 1 ? `${name}${pascalCase(text(param.in))}` : name;
    let unique = placed;
    for (let n = 2; keys.has(unique); n++) unique = `${placed}${n}`;
    keys.add(unique);
    return unique;
  });
}

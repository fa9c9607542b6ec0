/**
 * The TypeScript spelling of an operation's SDK plan: argument identifiers, types, the params type and the
 * return type. The plan (ir/plan.ts) decides what the arguments are and in which order; this only spells them,
 * for the TypeScript SDK and for the TypeScript samples of the docs alike.
 */
import type { Operation, PlanInput, SdkMethod } from '../../ir/model.js';
import { isIdentifier, propertyKey } from '../../ir/naming.js';
import { jsDoc } from '../../emit/escape.js';
import { additionalOf, type TypeRenderer } from './types.js';

/** An argument of the method, spelled. */
export interface TsArgument {
  readonly input: PlanInput;
  /** The local identifier (`assistantId`). */
  readonly identifier: string;
  /** The key it travels under in the params the runtime reads (`isActive`); path arguments have none. */
  readonly key: string;
  /** Optional in the signature (`name?: T`); a required argument after it makes it `name: T | undefined` instead. */
  readonly optional: boolean;
  readonly type: string;
}

export interface TsMethod {
  readonly operation: Operation;
  readonly sdk: SdkMethod;
  readonly args: readonly TsArgument[];
  readonly paramsType?: { readonly name: string; readonly declaration: string; readonly doc: string; readonly required: boolean };
  /** Parameter list of the method (without the leading client of the standalone function). */
  readonly signature: string;
  /** The same, without `options` (URL methods). */
  readonly urlSignature: string;
  /** Argument names, in order, as the method passes them on: `assistantId, params, options`. */
  readonly argumentNames: readonly string[];
  /** Path arguments in argument order (the order the call hands them to the runtime). */
  readonly pathArguments: readonly string[];
  /** The params object the runtime reads: `params`, `{ ...params, isActive }` or `undefined`. */
  readonly paramsArgument: string;
  readonly itemType?: string;
  readonly bodyType: string;
  /** What the client class's method returns: an `APIPromise` (or a `PagePromise` for a list). */
  readonly returnType: string;
  /** What the standalone function returns: a plain `Promise` (raw access is opt-in there), or the same `PagePromise`. */
  readonly functionReturnType: string;
  readonly typeArguments: string;
  /**
   * With `fileNames`: the positional file of a multipart body (the last argument) that the next argument may name:
   * the params object's place (`inParams`: `params?: P | string`) or a `filename?: string` argument of its own.
   */
  readonly fileNames: readonly { readonly after: number; readonly identifier: string; readonly inParams: boolean }[];
}

export interface TsMethodOptions {
  /**
   * Let the argument after a multipart body's positional file (the last one) be its file name, as `fileParams`
   * (runtime, uploads.ts) reads it. Off for spellings that only describe the plan.
   */
  readonly fileNames?: boolean;
}

const RESULT_TYPES = { json: 'unknown', text: 'string', binary: 'Blob', empty: 'void' } as const;

/** Identifiers a positional argument may not take: the other parameters of the method and its function. */
const TAKEN = ['options', 'params', 'client'];

export function tsMethod(operation: Operation, types: TypeRenderer, options: TsMethodOptions = {}): TsMethod {
  const sdk = operation.sdk!;
  const { plan } = sdk;
  const taken = new Set([...TAKEN, ...plan.args.filter((input) => input.location === 'path').map((input) => input.parameter!.identifier)]);
  const args = plan.args.map((input): Omit<TsArgument, 'optional'> & { required: boolean } => {
    const type = types.render(input.schema, 'input');
    if (input.location === 'path') return { input, identifier: input.parameter!.identifier, key: '', required: input.required, type };
    const key = input.parameter?.name ?? input.property?.name ?? 'body';
    let identifier = isIdentifier(key) ? key : 'value';
    while (taken.has(identifier)) identifier = `${identifier}Value`;
    taken.add(identifier);
    return { input, identifier, key, required: input.required, type };
  });

  const members: string[] = [];
  for (const input of plan.params) {
    const parameter = input.parameter!;
    const doc = jsDoc(parameter.description, parameter.deprecated ? '@deprecated' : undefined);
    members.push(`${doc ? `${doc}\n` : ''}${propertyKey(parameter.name)}${parameter.required ? '' : '?'}: ${types.render(parameter.schema, 'input')};`);
  }
  let intersect: string | undefined;
  if (plan.body.kind === 'named') {
    const typeName = types.typeNameOf(plan.body.wireName);
    intersect = plan.body.omit.length > 0 ? `Omit<${typeName}, ${plan.body.omit.map((property) => JSON.stringify(property.name)).join(' | ')}>` : typeName;
  } else if (plan.body.kind === 'inline') {
    members.push(...types.members(plan.body.properties, additionalOf(plan.body), 'input'));
  }
  let paramsType: TsMethod['paramsType'];
  if (members.length > 0 || intersect) {
    const own = members.length > 0 ? `{\n${members.join('\n')}\n}` : undefined;
    const type = intersect && own ? `${intersect} & ${own}` : (intersect ?? own);
    paramsType = {
      name: sdk.paramsTypeName,
      declaration: `export type ${sdk.paramsTypeName} = ${type};`,
      doc: jsDoc(`Parameters of \`${sdk.resource}.${sdk.name}()\`.`),
      required: plan.paramsRequired,
    };
  }

  // A required parameter may not follow an optional one: an optional argument before a required one (or before a
  // required params object) is written `name: T | undefined`.
  const requiredAfter = (index: number) => args.slice(index + 1).some((arg) => arg.required) || Boolean(paramsType?.required);
  const spelled: TsArgument[] = args.map(({ required, ...arg }, index) => ({ ...arg, optional: !required && !requiredAfter(index) }));
  // The last positional argument, when it is the file of a multipart body, may be followed by its file name: in the
  // params object's place (`upload(id, file, 'faq.pdf')` or `upload(id, file, { name })`), or as its own argument.
  const last = spelled[spelled.length - 1];
  const named =
    options.fileNames && operation.requestBody?.encoding === 'multipart' && last?.input.location === 'body' && last.input.schema.kind === 'binary' && !paramsType?.required
      ? last
      : undefined;
  const fileNames: TsMethod['fileNames'] = named ? [{ after: spelled.length - 1, identifier: paramsType ? 'params' : 'filename', inParams: Boolean(paramsType) }] : [];
  const parts = spelled.map((arg) => `${arg.identifier}${arg.optional ? '?' : ''}: ${arg.type}${!arg.input.required && !arg.optional ? ' | undefined' : ''}`);
  if (named && !paramsType) parts.push('filename?: string');
  // Optional rather than `= {}`: `{}` is not assignable to a params type with a property named like one of
  // Object.prototype's (`constructor?: string`), and the runtime treats a missing params object as empty.
  if (paramsType) parts.push(`params${paramsType.required ? '' : '?'}: ${paramsType.name}${named ? ' | string' : ''}`);

  const entries = spelled
    .filter((arg) => arg.input.location !== 'path' && arg !== named)
    .map((arg) => (arg.key === arg.identifier ? arg.key : `${propertyKey(arg.key)}: ${arg.identifier}`));
  // A whole (non-object) body travels as the `body` entry next to the other params (descriptor `whole`).
  const own = named ? `fileParams(${JSON.stringify(named.key)}, ${named.identifier}, ${paramsType ? 'params' : 'filename'})` : paramsType ? 'params' : undefined;
  const paramsArgument =
    own && entries.length > 0 ? `{ ...${own}, ${entries.join(', ')} }` : own ?? (entries.length > 0 ? `{ ${entries.join(', ')} }` : 'undefined');

  const { kind, content } = plan.result;
  const bodyType = kind === 'json' && content ? types.render(content.schema, 'output') : RESULT_TYPES[kind];
  const itemType = plan.page ? types.render(plan.page.items, 'output') : undefined;
  return {
    operation,
    sdk,
    args: spelled,
    ...(paramsType ? { paramsType } : {}),
    signature: [...parts, 'options?: RequestOptions'].join(', '),
    urlSignature: parts.join(', '),
    argumentNames: [...spelled.map((arg) => arg.identifier), ...(named && !paramsType ? ['filename'] : []), ...(paramsType ? ['params'] : []), 'options'],
    pathArguments: spelled.filter((arg) => arg.input.location === 'path').map((arg) => arg.identifier),
    paramsArgument,
    ...(itemType ? { itemType } : {}),
    bodyType,
    returnType: itemType ? `PagePromise<${itemType}, ${bodyType}>` : `APIPromise<${bodyType}>`,
    functionReturnType: itemType ? `PagePromise<${itemType}, ${bodyType}>` : `Promise<${bodyType}>`,
    typeArguments: itemType ? `${itemType}, ${bodyType}` : bodyType,
    fileNames,
  };
}

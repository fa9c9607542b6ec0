/**
 * Python spellings of the model's names, on the shared core (lang/naming.ts). Spec text becomes an identifier only
 * here: snake_case for modules, attributes, arguments and methods, PascalCase for classes. A wire name that is
 * already a plain lowercase identifier is kept as it is (`assistant_id`, `call_sid`), so the documented keyword
 * calls work; anything else is snake_cased. Reserved words get a trailing `_` (`from` → `from_`), duplicates `_2`.
 */
import type { ApiModel, Resource } from '../../ir/model.js';
import { identifierShape, Namer, pascalCase, screamingSnakeCase, snakeCase, type NamerRules } from '../naming.js';

export const PY_KEYWORDS: readonly string[] = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];

/** Soft keywords are valid identifiers (`type=` stays `type`); listed for the tests and the docs, never escaped. */
export const PY_SOFT_KEYWORDS: readonly string[] = ['_', 'case', 'match', 'type'];

/**
 * Builtins a model field may not shadow: pydantic resolves a field's annotation in the class namespace, so a field
 * named `str` would turn every later `str` annotation of the class into that field.
 */
export const SHADOWED_BUILTINS: readonly string[] = ['bool', 'bytes', 'float', 'int', 'object', 'str', 'list', 'dict'];

/** Public attributes of pydantic's BaseModel (and of the runtime's `Model`): a field of that name would replace them. */
export const BASEMODEL_ATTRIBUTES: readonly string[] = [
  'construct', 'copy', 'dict', 'from_orm', 'json', 'model_computed_fields', 'model_config', 'model_construct',
  'model_copy', 'model_dump', 'model_dump_json', 'model_extra', 'model_fields', 'model_fields_set',
  'model_json_schema', 'model_parametrized_name', 'model_post_init', 'model_rebuild', 'model_validate',
  'model_validate_json', 'model_validate_strings', 'parse_file', 'parse_obj', 'parse_raw', 'schema', 'schema_json',
  'update_forward_refs', 'validate', 'to_dict', 'to_json', 'register',
];

/** The per-call option keywords every method takes (`**options: Unpack[RequestOptions]`) and its own locals. */
export const METHOD_RESERVED: readonly string[] = [
  'self', 'options', 'timeout', 'max_retries', 'extra_headers', 'extra_query', 'extra_body', 'idempotency_key',
];

/** Names the generated modules import or the runtime base classes define; no generated name may take them. */
export const MODULE_RESERVED: readonly string[] = [
  'Any', 'Dict', 'List', 'Mapping', 'Optional', 'Sequence', 'Union', 'Literal', 'Field', 'Model', 'Unpack',
  'TYPE_CHECKING', 'FileInput', 'NotGiven', 'NOT_GIVEN', 'RequestOptions', 'Operation', 'ListOperation', 'Param',
  'Pagination', 'Resource', 'SyncPage', 'AsyncPage', 'AsyncPageRequest', 'RawResponse', 'BaseClient', 'ClientConfig',
  'cached_property', 'annotations',
];

/** Members of the resource and client base classes. */
export const CLASS_RESERVED: readonly string[] = [
  '_client', '_call', '_call_async', '_list', '_list_async', 'with_raw_response', 'base_url', 'timeout', 'max_retries',
  'default_headers', 'close', 'aclose', 'has_api_key',
];

const escapeRule = (name: string) => `${name}_`;
const numbered = (name: string, n: number) => `${name}_${n}`;

export function pythonRules(reserved: readonly string[]): NamerRules {
  return { reserved: new Set([...PY_KEYWORDS, ...reserved]), escape: escapeRule, numbered };
}

// The rules of the namers made once per model, per method or per class, made once (every run makes hundreds).
const FIELD_RULES = pythonRules([...BASEMODEL_ATTRIBUTES, ...SHADOWED_BUILTINS]);
const ARGUMENT_RULES = pythonRules(METHOD_RESERVED);
const MEMBER_RULES = pythonRules(CLASS_RESERVED);

/** A snake_case name for a wire name or an SDK name: kept when it already is one, else converted. */
export function snakeName(text: string, fallback = 'value'): string {
  if (/^[a-z][a-z0-9_]*$/.test(text) && !text.endsWith('_')) return text;
  return identifierShape(snakeCase(text), fallback);
}

export function className(text: string, fallback = 'Model'): string {
  return identifierShape(pascalCase(text), fallback);
}

export function constantName(text: string): string {
  return identifierShape(screamingSnakeCase(text), 'VALUE');
}

/** Allocator for a model's fields. */
export function fieldNamer(): Namer {
  return new Namer(FIELD_RULES);
}

/** Allocator for a method's arguments. */
export function argumentNamer(): Namer {
  return new Namer(ARGUMENT_RULES);
}

/** Allocator for a class's methods or properties. */
export function memberNamer(): Namer {
  return new Namer(MEMBER_RULES);
}

/**
 * Allocator for the clients' resource properties (`client.assistants`): a class's member rules, and no builtin
 * (`dict` → `dict_`), since a class attribute named like one shadows it in every annotation of the class body.
 */
export function clientMemberNamer(): Namer {
  return new Namer(pythonRules([...CLASS_RESERVED, ...SHADOWED_BUILTINS]));
}

/** The classes a resource module declares for the resource class `name`. */
export function resourceClassFamily(name: string): string[] {
  return [name, `Async${name}`, `${name}WithRawResponse`, `Async${name}WithRawResponse`];
}

/**
 * The Python class of each resource, in order (from the model's canonical class names): PascalCase, with no class
 * of its family (`resourceClassFamily`) a keyword, a name the generated modules import (`Dict`, `Resource`: then
 * `DictResource`), one of `taken` (the clients, event types) or another resource's (`a b`, `ab` → `Ab`, `Ab_2`).
 */
export function resourceClassNames(names: readonly string[], taken: Iterable<string> = []): string[] {
  const reserved = new Set([...PY_KEYWORDS, ...MODULE_RESERVED]);
  const used = new Set(taken);
  return names.map((text) => {
    let base = className(text, 'Resources');
    if (resourceClassFamily(base).some((name) => reserved.has(name))) base = `${base}Resource`;
    let result = base;
    for (let n = 2; resourceClassFamily(result).some((name) => used.has(name) || reserved.has(name)); n++) result = numbered(base, n);
    for (const name of resourceClassFamily(result)) used.add(name);
    return result;
  });
}

/** Allocator for module-level names (classes, aliases, constants). */
export function moduleNamer(taken: Iterable<string> = []): Namer {
  return new Namer(pythonRules(MODULE_RESERVED), taken);
}

/**
 * The package's module-level names: each resource's class (resourceClassNames, clear of the
 * clients and the stream event types), and the namer of the types, which may take none of those. The SDK (targets/python)
 * and the docs' Python samples (targets/docs/python-sample.ts) both make this scope, so they spell every type alike.
 */
export function pythonModuleScope(model: ApiModel): { classes: Map<Resource, string>; typeNamer: Namer } {
  const eventTypes = model.streams.flatMap((stream) => (stream.sdk ? [className(stream.sdk.eventTypeName)] : []));
  const fixed = [...eventTypes, 'RealtimeStream', 'UnknownStreamEvent', model.sdk.clientName, `Async${model.sdk.clientName}`];
  const names = resourceClassNames(model.resources.map((resource) => resource.className), fixed);
  const classes = new Map(model.resources.map((resource, index) => [resource, names[index]!]));
  return { classes, typeNamer: moduleNamer([...fixed, ...names.flatMap(resourceClassFamily)]) };
}

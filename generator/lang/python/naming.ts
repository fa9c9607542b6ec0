/**
 * Python spellings of the model's names, on the shared core (lang/naming.ts). Spec text becomes an identifier only
 * here: snake_case for modules, attributes, arguments and methods, PascalCase for classes. A wire name that is
 * already a plain lowercase identifier is kept as it is (`assistant_id`, `call_sid`), so the documented keyword
 * calls work; anything else is snake_cased. Reserved words get a trailing `_` (`from` → `from_`), duplicates `_2`.
 */
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
  return new Namer(pythonRules([...BASEMODEL_ATTRIBUTES, ...SHADOWED_BUILTINS]));
}

/** Allocator for a method's arguments. */
export function argumentNamer(): Namer {
  return new Namer(pythonRules(METHOD_RESERVED));
}

/** Allocator for a class's methods or properties. */
export function memberNamer(): Namer {
  return new Namer(pythonRules(CLASS_RESERVED));
}

/** Allocator for module-level names (classes, aliases, constants). */
export function moduleNamer(taken: Iterable<string> = []): Namer {
  return new Namer(pythonRules(MODULE_RESERVED), taken);
}

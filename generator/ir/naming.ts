/**
 * The one place identifiers are made. Spec text is untrusted: a name from the spec becomes an identifier only
 * through these functions, which strip what is not ASCII identifier material, avoid reserved words and names the
 * output already uses, and resolve collisions deterministically. Wire names are never changed, only mapped.
 *
 * These are the model's canonical names (camelCase members, PascalCase types), already safe TypeScript; the
 * other languages re-spell them through lang/<language>/naming.ts, on the same core (lang/naming.ts).
 */
import { camelCase, identifierShape, pascalCase } from '../lang/naming.js';

export { camelCase, pascalCase, words } from '../lang/naming.js';

const RESERVED_WORDS = new Set(
  `break case catch class const continue debugger default delete do else enum export extends false finally for
  function if import in instanceof new null return super switch this throw true try typeof var void while with
  as implements interface let package private protected public static yield await async of get set
  any boolean never number object string symbol undefined unknown bigint type keyof readonly infer is declare
  module namespace require abstract constructor arguments eval`.split(/\s+/),
);

/** Global names a generated type must not shadow. */
const GLOBAL_TYPE_NAMES = new Set(
  `Array Boolean Date Error Function Map Math Number Object Promise Proxy Record Partial Readonly Required Pick Omit
  Exclude Extract NonNullable ReturnType RegExp Set String Symbol WeakMap WeakSet JSON Blob File FormData Headers
  Request Response URL URLSearchParams ReadableStream AbortSignal AbortController Uint8Array ArrayBuffer
  Iterable AsyncIterable PromiseLike`.split(/\s+/),
);

export function isIdentifier(text: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text);
}

/**
 * The SDK key of a wire property: `snake_case` and `kebab-case` become camelCase, other keys stay as they are
 * (`__proto__` stays `__proto__`; emitters quote keys that are not identifiers).
 */
export function propertyName(wireName: string): string {
  return wireName.replace(/(?<=[A-Za-z0-9])[_-]+([A-Za-z0-9])/g, (_match, after: string) => after.toUpperCase());
}

/** SDK keys for the properties of one object, unique within it; a colliding key falls back to the wire name. */
export function propertyNames(wireNames: readonly string[]): string[] {
  const used = new Set<string>();
  return wireNames.map((wireName) => {
    let name = propertyName(wireName);
    if (used.has(name)) name = wireName;
    for (let n = 2; used.has(name); n++) name = `${wireName}_${n}`;
    used.add(name);
    return name;
  });
}

/** A camelCase identifier for a positional argument or local binding. */
export function valueIdentifier(text: string, fallback = 'value'): string {
  const name = identifierShape(camelCase(text), fallback);
  return RESERVED_WORDS.has(name) ? `${name}Value` : name;
}

/** A method name on a generated class. Reserved words are legal method names; `constructor` is not. */
/**
 * Members every class instance inherits from Object (a method of that name would break the class or its typing), and
 * `then`, which would make a resource a thenable that `await` calls.
 */
const INHERITED_MEMBERS = new Set(['constructor', 'then', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);

export function methodIdentifier(text: string): string {
  const name = identifierShape(camelCase(text), 'call');
  return INHERITED_MEMBERS.has(name) || name.startsWith('_') ? `${name}Method` : name;
}

/** The class that holds only the client's configuration (for standalone functions): `BurkiClient` → `BurkiCore`. */
export function coreClassName(clientName: string): string {
  return `${clientName.replace(/Client$/, '') || clientName}Core`;
}

/** Allocates unique PascalCase type names, avoiding globals and names the output already defines. */
export class TypeNamer {
  private readonly used = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const name of taken) this.used.add(name);
  }

  /** Reserve a name exactly (runtime exports, the client class): later requests get another name. */
  reserve(name: string): void {
    this.used.add(name);
  }

  /** Whether a name is already allocated or reserved. */
  has(name: string): boolean {
    return this.used.has(name);
  }

  /** A spec name that is already an identifier keeps its spelling (`HTTPValidationError`); others are PascalCased. */
  allocate(text: string, fallback = 'Schema'): string {
    const spelled = isIdentifier(text) && !text.startsWith('_') ? text.charAt(0).toUpperCase() + text.slice(1) : pascalCase(text);
    let name = identifierShape(spelled, fallback);
    if (RESERVED_WORDS.has(name.toLowerCase()) && name.toLowerCase() === name) name = `${name}Type`;
    if (GLOBAL_TYPE_NAMES.has(name)) name = `${name}Model`;
    const base = name;
    for (let n = 2; this.used.has(name); n++) name = `${base}${n}`;
    this.used.add(name);
    return name;
  }
}

/** Allocates unique camelCase member names within one class or object. */
export class MemberNamer {
  private readonly used: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.used = new Set(taken);
  }

  allocate(name: string): string {
    let result = name;
    for (let n = 2; this.used.has(result); n++) result = `${name}${n}`;
    this.used.add(result);
    return result;
  }
}

/** The source text of an object key: bare when it is an identifier, otherwise a JSON string literal. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/**
 * The source text of a key in an object LITERAL. `__proto__: x` in a literal would set the prototype instead
 * of defining a key, so that one key is written in computed form.
 */
export function objectLiteralKey(name: string): string {
  return name === '__proto__' ? '["__proto__"]' : propertyKey(name);
}

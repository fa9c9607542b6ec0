/**
 * The shared core of the naming modules (ir/naming.ts for the model's canonical names, lang/<language>/naming.ts
 * for each language's spelling). Spec text is untrusted: it becomes an identifier only through these functions,
 * which keep ASCII identifier material, and through a `Namer`, which avoids a language's reserved words and the
 * names a scope already holds, deterministically. Wire names are never changed, only mapped.
 */

// Every target spells the same spec names many times over (each casing of each name): the split is remembered.
const wordsCache = new Map<string, readonly string[]>();

/** Split text into ASCII words: diacritics are dropped, anything else that is not [A-Za-z0-9] separates words. */
export function words(text: string): readonly string[] {
  let split = wordsCache.get(text);
  if (split === undefined) {
    split = Object.freeze(
      text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean),
    );
    // Bounded, for a long watch session over many edits.
    if (wordsCache.size >= 50_000) wordsCache.clear();
    wordsCache.set(text, split);
  }
  return split;
}

export function pascalCase(text: string): string {
  return words(text)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join('');
}

export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** `phoneNumbers`, `PhoneNumbers`, `phone-numbers` → `phone_numbers`. */
export function snakeCase(text: string): string {
  return words(text)
    .map((word) => word.toLowerCase())
    .join('_');
}

/** `ListAssistants` → `LIST_ASSISTANTS`. */
export function screamingSnakeCase(text: string): string {
  return snakeCase(text).toUpperCase();
}

/** Makes `candidate` usable as an identifier: non-empty, not starting with a digit. */
export function identifierShape(candidate: string, fallback: string): string {
  const value = candidate || fallback;
  return /^[0-9]/.test(value) ? `_${value}` : value;
}

/** An identifier in every language we spell (ASCII letters, digits, `_`, not starting with a digit). */
export function isPlainIdentifier(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text);
}

export interface NamerRules {
  /** Words the language reserves (compared as written). */
  readonly reserved: ReadonlySet<string>;
  /** How a reserved word is made usable (`class` → `class_` in Python, `type_` → `typeValue` in TypeScript). */
  readonly escape: (name: string) => string;
  /** How the n-th (n ≥ 2) name of the same spelling is made unique (`name2`, `name_2`). */
  readonly numbered?: (name: string, n: number) => string;
}

/**
 * Allocates unique names within one scope (a module's types, a class's members, a function's arguments): the
 * first holder of a spelling keeps it, later ones are numbered, in the order they are asked for.
 */
export class Namer {
  private readonly used = new Set<string>();
  /** Names taken from the start: a set given is read, not copied (a namer per function would copy dozens of words). */
  private readonly taken: ReadonlySet<string>;

  constructor(
    private readonly rules: NamerRules,
    taken: Iterable<string> = [],
  ) {
    this.taken = taken instanceof Set ? taken : new Set(taken);
  }

  /** Reserve a name exactly (a runtime export, the client class): later requests get another name. */
  reserve(name: string): void {
    this.used.add(name);
  }

  has(name: string): boolean {
    return this.used.has(name) || this.taken.has(name);
  }

  /** `name` is already spelled for the language (cased, shaped); this only escapes and de-duplicates it. */
  allocate(name: string): string {
    const escaped = this.rules.reserved.has(name) ? this.rules.escape(name) : name;
    const numbered = this.rules.numbered ?? ((base: string, n: number) => `${base}${n}`);
    let result = escaped;
    for (let n = 2; this.has(result); n++) result = numbered(escaped, n);
    this.used.add(result);
    return result;
  }
}

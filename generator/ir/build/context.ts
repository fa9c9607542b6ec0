/**
 * The state every part of the model build shares: the document and its `components`, the spec errors collected
 * so far, and the namers that hand out identifiers (their order of requests decides who gets a contested name, so
 * the parts run in a fixed order; see ../build.ts). Also the small helpers for reading untyped spec data.
 *
 * Reads: `openapi` (3.0 or 3.1), `components`, and any node an internal `$ref` points at.
 */
import { SpecError } from '../../errors.js';
import { MemberNamer, TypeNamer } from '../naming.js';

/** A spec object as parsed: nothing about it is trusted until it has been checked. */
export type Raw = Record<string, unknown>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

/** Values the generated package exports beside the runtime's: standalone functions must not take these names. */
const GENERATED_VALUE_EXPORTS = ['parseWebhook', 'webhookDiscriminators', 'default', 'shapes', 'operations', 'runtime'];

export interface BuildOptions {
  /** Names the generated client package already exports (runtime classes): schema types must not take them. */
  readonly reservedTypeNames: readonly string[];
  /** Member names of the runtime base client: resources must not take them. */
  readonly reservedClientMembers: readonly string[];
  /** The spec file, for error locations. */
  readonly specFile: string;
}

export function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export class BuildContext {
  readonly errors: SpecError[] = [];
  readonly components: Raw;
  readonly is30: boolean;
  readonly typeNamer: TypeNamer;
  /** Resource names, allocated once per requested name (declared tags first, then undeclared ones). */
  readonly resourceMembers: MemberNamer;
  readonly resourceByRequest = new Map<string, string>();
  /** Names of the standalone functions (`assistantsGet`), unique across the package's exports. */
  readonly functionNamer: MemberNamer;
  /** Type names of `components.schemas`, by wire name; filled before any schema is converted. */
  readonly schemaTypeNames = new Map<string, string>();

  constructor(
    readonly document: Raw,
    readonly options: BuildOptions,
  ) {
    this.components = isObject(document.components) ? document.components : {};
    this.is30 = text(document.openapi).startsWith('3.0');
    this.typeNamer = new TypeNamer(options.reservedTypeNames);
    this.functionNamer = new MemberNamer([...options.reservedTypeNames, ...GENERATED_VALUE_EXPORTS]);
    this.resourceMembers = new MemberNamer(options.reservedClientMembers);
  }

  fail(message: string, pointer: string, hint: string): void {
    this.errors.push(new SpecError(message, { file: this.options.specFile, pointer }, hint));
  }

  /** Follows internal `$ref`s (`#/components/...`) of non-schema objects. */
  resolve(value: unknown): Raw | undefined {
    if (!isObject(value)) return undefined;
    return typeof value.$ref === 'string' ? this.#target(value.$ref) : value;
  }

  /** What each `$ref` resolved to: the document does not change while the model is built. */
  readonly #targets = new Map<string, Raw | undefined>();

  /** The object a `$ref` leads to, through chained `$ref`s; undefined when it leads nowhere or round in a circle. */
  #target(ref: string): Raw | undefined {
    if (this.#targets.has(ref)) return this.#targets.get(ref);
    const seen = new Set<string>();
    let current = ref;
    let target: Raw | undefined;
    while (current.startsWith('#/') && !seen.has(current)) {
      seen.add(current);
      let node: unknown = this.document;
      for (const segment of current.slice(2).split('/')) {
        node = isObject(node) ? node[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
      }
      if (!isObject(node)) break;
      if (typeof node.$ref !== 'string') {
        target = node;
        break;
      }
      current = node.$ref;
    }
    this.#targets.set(ref, target);
    return target;
  }
}

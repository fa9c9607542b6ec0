/**
 * The data a generated function hands to the runtime. Generated code contains only these descriptors and one-line
 * functions; every behaviour (encoding, casing, errors, paging) lives in the runtime.
 *
 * Descriptors and shapes are separate module-level constants that reference each other directly (no registry, no
 * lookup by name), so a bundler keeps only those an application's calls reach. Fields that have a default are left
 * out of the generated data.
 */
import type { RawResult } from './client.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/** A shape, or a function returning one: the form a shape takes when it refers to itself or to a later constant. */
export type ShapeRef = Shape | (() => Shape);

/**
 * How the keys of a value are renamed between the SDK (camelCase) and the wire. `undefined` or `null` (no shape)
 * means free-form: the value passes through unchanged.
 *
 * A shape renames the keys of an object by the default rule (`snake_case` on the wire ↔ `camelCase` in the SDK: see
 * `camelKey` and `wireKey` in casing.ts), and the values inside it the same way, all the way down, except:
 * - `names`: wire name → SDK name, for declared keys the default rule would get wrong either way;
 * - `props`: the shape of a property's value (by wire name) where it is not `{}`: `null` for a free-form value,
 *   which passes unchanged;
 * - `keep`: the object is a map (or has user keys beside its declared ones): keys not in `names` are user data,
 *   never renamed, and their values have the shape `values` (none: unchanged). Declared keys are then all listed
 *   in `names`;
 * - `items`: the shape of an array's items (default `{}`; a map's arrays pass unchanged).
 * The empty shape `{}` is the default rule all the way down. A union's shape is its members' merged into one (the
 * generator merges them, the first declaration of a key winning).
 */
export interface Shape {
  readonly names?: Readonly<Record<string, string>>;
  readonly props?: Readonly<Record<string, ShapeRef | null>>;
  readonly keep?: true;
  readonly values?: ShapeRef;
  readonly items?: ShapeRef;
}

/**
 * One query, header or cookie parameter: its wire name, when the SDK name is `camelKey(wire)` and the value needs
 * no shape; otherwise the SDK name, the shape (object values), and how the value is written when it is not the
 * location's default (OpenAPI `style` / `explode`, see `encodeParams`):
 * - `join`: the separator of an array (or of an object's keys and values) sent as one value (`explode: false`:
 *   `,`, or ` ` / `|` for `spaceDelimited` / `pipeDelimited`);
 * - `style`: `deepObject` (query `name[key]=value`), `json` (a `content: application/json` parameter: the value
 *   as JSON), or `explode` (a header object written `key=value,key=value` rather than `key,value,key,value`).
 */
export type ParamDescriptor =
  | string
  | {
      readonly wire: string;
      readonly name?: string;
      readonly shape?: ShapeRef;
      readonly join?: string;
      readonly style?: 'deepObject' | 'json' | 'explode';
    };

export type Pagination =
  | { readonly style: 'offset'; readonly offsetParam: string; readonly limitParam: string; readonly items?: string; readonly total?: string; readonly hasMore?: string }
  | { readonly style: 'page'; readonly pageParam: string; readonly perPageParam: string; readonly items?: string; readonly hasNext?: string; readonly total?: string }
  | { readonly style: 'limit'; readonly limitParam: string; readonly items?: string }
  | { readonly style: 'none'; readonly items?: string };

/** A request body as sent: the `BodyInit` and its content type (`undefined` lets fetch choose, as for FormData). */
export interface EncodedBody {
  readonly body: BodyInit | undefined;
  readonly contentType: string | undefined;
}

/**
 * What `encodeParams` makes of a call's params: the query string (without `?`), header params, the body, and how
 * a validation error's `loc` maps back to the call's argument and params keys (`issuePath`).
 */
export interface EncodedParams {
  readonly query: string;
  readonly headers: Readonly<Record<string, string>> | undefined;
  readonly body: EncodedBody;
  readonly sdkPath?: ((loc: readonly (string | number)[]) => readonly (string | number)[]) | undefined;
}

/** `encodeParams` (encoding.ts); a type here so that descriptors can name it without importing the code. */
export type ParamsEncoder = (
  op: OperationDescriptor,
  params: Readonly<Record<string, unknown>>,
  overrides: Readonly<Record<string, unknown>> | undefined,
  extraBody?: Readonly<Record<string, unknown>>,
) => EncodedParams | Promise<EncodedParams>;

/**
 * Encodes a body already mapped to wire names. JSON is built in; `multipartBody` and `formBody` (uploads.ts) are
 * referenced by the descriptors that need them, so bundles without uploads leave them out.
 */
export type BodyEncoder = (wire: unknown, contentType: string | undefined, route: string) => EncodedBody | Promise<EncodedBody>;

export interface BodyDescriptor {
  /** Default: JSON. */
  readonly encode?: BodyEncoder;
  /** Wire content type as written in the spec, when it is not the encoder's default. */
  readonly contentType?: string;
  /** Casing shape of the body. */
  readonly shape?: ShapeRef;
  /**
   * When set, the body is not an object built from the remaining params but the value of this one SDK-level param
   * (e.g. a bare array body, or a body passed positionally as a whole).
   */
  readonly whole?: string;
}

/** Decodes the 2xx exchange of an operation whose result is not JSON. */
export type ResultDecoder = (result: RawResult) => unknown;

/**
 * One operation. Errors and logs name it by its route (`GET /api/v1/assistants/{assistant_id}`, see `routeOf`): the
 * spec's operationId is left out of the data, which keeps each descriptor to what the request needs.
 */
export interface OperationDescriptor {
  readonly method: HttpMethod;
  /** Path template with `{wire_name}` placeholders, exactly as in the spec. */
  readonly path: string;
  /** Wire names of the path parameters in positional order; default: their order in `path`. */
  readonly pathParams?: readonly string[];
  readonly query?: readonly ParamDescriptor[];
  readonly headers?: readonly ParamDescriptor[];
  /** Cookie parameters, sent in one `Cookie` header (which browsers do not let scripts set). */
  readonly cookies?: readonly ParamDescriptor[];
  readonly body?: BodyDescriptor;
  /**
   * `encodeParams`, on every operation with query, header, cookie or body parameters: the code that reads `query`,
   * `headers`, `cookies` and `body`. Referenced from the data rather than called by the client, so that a bundle whose calls
   * take no such parameters leaves it out. Without it those fields are ignored.
   */
  readonly encodeParams?: ParamsEncoder;
  /**
   * How a success body that is not JSON is decoded: `textResult`, `binaryResult` or `emptyResult` (client.ts),
   * referenced by the descriptors that need one; default: JSON, mapped with `shape`.
   */
  readonly decode?: ResultDecoder;
  /** Casing shape of a JSON success body. */
  readonly shape?: ShapeRef;
  readonly pagination?: Pagination;
  /** `false`: the operation sends no bearer token. */
  readonly auth?: false;
}

/** How errors and logs name an operation: method and path template. */
export function routeOf(op: Pick<OperationDescriptor, 'method' | 'path'>): string {
  return `${op.method} ${op.path}`;
}

/**
 * The data a generated resource method hands to the runtime. Generated code contains only these
 * descriptors and thin methods; every behaviour (encoding, casing, errors, paging) lives in the runtime.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/**
 * A casing map. `string` names an entry of the shape registry (a named schema).
 * - object: `properties` maps wire name → [camelCase name, shape of the value]. Keys that are not declared
 *   properties pass through unchanged, except when `additional` is set: then their values are mapped with it
 *   (their keys are user data and never renamed).
 * - array: `items` is the shape of every element.
 * - union: `anyOf` merges the property maps of its members (first declaration of a key wins).
 * A missing shape (undefined) means free-form: the value passes through unchanged.
 */
export type Shape =
  | string
  | {
      readonly properties?: Readonly<Record<string, readonly [camel: string, shape?: Shape]>>;
      readonly additional?: Shape;
      readonly items?: Shape;
      readonly anyOf?: readonly Shape[];
    };

export type ShapeRegistry = Readonly<Record<string, Shape>>;

/** One query or header parameter: the SDK (camelCase) name and the exact wire name. */
export interface ParamDescriptor {
  readonly name: string;
  readonly wire: string;
  /** Shape used to map the value when it is an object (rare for query/header). */
  readonly shape?: Shape;
}

export type Pagination =
  | { readonly style: 'offset'; readonly offsetParam: string; readonly limitParam: string; readonly items?: string; readonly total?: string; readonly hasMore?: string }
  | { readonly style: 'page'; readonly pageParam: string; readonly perPageParam: string; readonly items?: string; readonly hasNext?: string; readonly total?: string }
  | { readonly style: 'limit'; readonly limitParam: string; readonly items?: string }
  | { readonly style: 'none'; readonly items?: string };

export interface BodyDescriptor {
  /** json: application/json; multipart: multipart/form-data; form: application/x-www-form-urlencoded. */
  readonly encoding: 'json' | 'multipart' | 'form';
  /** Wire content type as written in the spec. */
  readonly contentType: string;
  /** Casing shape of the body object. */
  readonly shape?: Shape;
  /**
   * When set, the body is not an object built from the remaining params but the value of this one
   * SDK-level param (e.g. a bare array body, or a body passed positionally as a whole).
   */
  readonly whole?: string;
}

export interface ResponseDescriptor {
  /** How the success body is decoded: json (then mapped with `shape`), text, binary (Blob), or empty. */
  readonly kind: 'json' | 'text' | 'binary' | 'empty';
  readonly shape?: Shape;
}

export interface OperationDescriptor {
  /** The spec's operationId; used in logs and errors. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path template with `{wire_name}` placeholders, exactly as in the spec. */
  readonly path: string;
  /** Wire names of the path parameters, in positional order. */
  readonly pathParams: readonly string[];
  readonly query: readonly ParamDescriptor[];
  readonly headers: readonly ParamDescriptor[];
  readonly body?: BodyDescriptor;
  readonly response: ResponseDescriptor;
  readonly pagination?: Pagination;
  /** Whether the operation sends the bearer token. */
  readonly auth: boolean;
}

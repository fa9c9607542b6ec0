/**
 * The mock model: everything the mock server knows about the API, emitted by the generator as
 * generated/mock/mock-model.json. JSON Schemas are OpenAPI 3.1 / JSON Schema 2020-12; `$ref`s point at
 * `#/components/schemas/<Name>` and resolve against `schemas`.
 */
export type JsonSchema = boolean | { readonly [key: string]: unknown };

export interface MockModel {
  readonly title: string;
  readonly version: string;
  /** The API's base URL (the spec's first server): where msw handlers listen by default. */
  readonly baseUrl?: string;
  readonly schemas: Readonly<Record<string, JsonSchema>>;
  readonly operations: readonly MockOperation[];
  /**
   * Where clients put their key when the API takes an API key (`X-API-Key`, `?api_key=`) or HTTP Basic credentials
   * (`{in: 'basic'}`: `Authorization: Basic base64(user:password)`); absent: a bearer token in `Authorization`.
   */
  readonly credential?: { readonly in: 'header' | 'query'; readonly name: string } | { readonly in: 'basic' };
  /** WebSocket streams (the spec's `x-websockets`); absent in models made before streams existed. */
  readonly streams?: readonly MockStream[];
  /** The spec's webhooks (requests the API sends), with their first example: what simulations deliver. */
  readonly webhooks?: readonly { readonly name: string; readonly schema?: JsonSchema; readonly example?: unknown }[];
  /** The spec's root `x-mock`: simulations and the inbound message (see simulate.ts). */
  readonly mock?: Readonly<Record<string, unknown>>;
}

/** A WebSocket stream: JSON text frames discriminated by `type`. */
export interface MockStream {
  readonly name: string;
  /** Path template with {name} placeholders. */
  readonly path: string;
  /** Ways the credential may be sent: `{in: 'query', name: 'token'}`, `{in: 'header', name: 'Authorization'}`, `{in: 'subprotocol', name: '<prefix>'}`. */
  readonly auth: readonly { readonly in: string; readonly name: string }[];
  readonly parameters: readonly MockParameter[];
  readonly clientMessages: readonly { readonly type: string; readonly schema?: JsonSchema }[];
  readonly serverMessages: readonly { readonly type: string; readonly schema?: JsonSchema; readonly example?: unknown }[];
  /** `type` of the client message answered with the server's `pong`-like reply, if the stream has one. */
  readonly pingMessage?: string;
  /** `type` of the client message that asks for the current status. */
  readonly statusMessage?: string;
  /**
   * `type` of the server message that answers `statusMessage`. Without it the mock picks the first server message
   * whose type contains `status`, else `update`.
   */
  readonly statusReply?: string;
  readonly closeCodes: readonly number[];
}

export interface MockParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema?: JsonSchema;
  /**
   * A query or cookie array (or object) sent as one value (`explode: false`, `pipeDelimited`...): the separator its
   * items are joined with.
   */
  readonly arrayDelimiter?: string;
  /** `deepObject` (query `name[key]=value`), `json` (a `content` parameter), `explode` (header `key=value,...`). */
  readonly style?: 'deepObject' | 'json' | 'explode';
}

export interface MockResponse {
  /** HTTP status, or 'default'. */
  readonly status: string;
  readonly contentType?: string;
  readonly schema?: JsonSchema;
  /** The first example of the spec for this response, if any. */
  readonly example?: unknown;
  /** Every named example when there are several, by name (a client picks one with `Prefer: example=<name>`). */
  readonly examples?: Readonly<Record<string, unknown>>;
  /** Header names this response declares (e.g. Retry-After). */
  readonly headers: readonly string[];
}

export type MockPagination =
  | { readonly style: 'offset'; readonly offsetParam: string; readonly limitParam: string; readonly items?: string; readonly total?: string; readonly hasMore?: string }
  | { readonly style: 'page'; readonly pageParam: string; readonly perPageParam: string; readonly items?: string; readonly hasNext?: string; readonly total?: string }
  | { readonly style: 'limit'; readonly limitParam: string; readonly items?: string }
  | { readonly style: 'none'; readonly items?: string };

export interface MockState {
  readonly collection: string;
  readonly action: 'create' | 'read' | 'list' | 'update' | 'delete';
  /** Wire name of the path parameter that holds the item id (read, update, delete). */
  readonly idParam?: string;
  /** The other keys of the spec's `x-mock`: `from`, `set`, `respond`, `answer`, `simulate` (see state.ts, simulate.ts). */
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface MockOperation {
  readonly operationId: string;
  /** The spec's summary (`List assistants`): a 500 nobody gave an example answers `Failed to list assistants`. */
  readonly summary?: string;
  readonly method: string; // upper case
  /** Path template with {name} placeholders, exactly as in the spec. */
  readonly path: string;
  /** True when the operation requires a bearer token. */
  readonly auth: boolean;
  readonly parameters: readonly MockParameter[];
  readonly requestBody?: { readonly required: boolean; readonly contentType: string; readonly schema?: JsonSchema };
  /** Sorted by status; the first 2xx is the success response. */
  readonly responses: readonly MockResponse[];
  readonly pagination?: MockPagination;
  readonly state?: MockState;
}

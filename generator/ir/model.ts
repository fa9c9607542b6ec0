/**
 * The intermediate model: pure data, built once from the bundled spec by ir/build.ts. Every emitter reads
 * this and nothing else. Identifiers in it (`name`, `typeName`, `method`, ...) are already safe TypeScript
 * names made by ir/naming.ts; wire names (`wireName`, `path`) are kept exactly as the spec writes them.
 */

/** Normalised JSON Schema (OpenAPI 3.1 dialect, 3.0 `nullable` folded into types). Used by the mock. */
export type JsonSchema = boolean | { readonly [key: string]: unknown };

export interface ApiModel {
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly defaultBaseUrl: string;
  readonly sdk: SdkSettings;
  readonly auth: AuthScheme[];
  /**
   * Where the client puts its key when the API's main scheme is an API key in a header or the query (`X-API-Key`,
   * `?api_key=`); absent for a bearer token (`Authorization: Bearer <key>`), the default.
   */
  readonly credential?: Credential;
  /** SDK resources, in first-seen order of their tags. */
  readonly resources: readonly Resource[];
  /** Every HTTP operation, including those kept out of the SDK, sorted by path then method. */
  readonly operations: readonly Operation[];
  /** Named component schemas, sorted by wire name. */
  readonly schemas: readonly NamedSchema[];
  readonly tags: readonly Tag[];
  /** Requests the API sends to its users (OpenAPI 3.1 `webhooks`), sorted by name. */
  readonly webhooks: readonly Webhook[];
  /** WebSocket streams (the `x-websockets` extension), in spec order. */
  readonly streams: readonly Stream[];
  /** The root `x-mock` object as written (simulations, control routes): data for the mock target alone. */
  readonly mock?: { readonly [key: string]: unknown };
}

/** A JSON message of a WebSocket stream, identified by its `type`. */
export interface StreamMessage {
  readonly type: string;
  readonly description: string;
  readonly schema: Schema;
  readonly jsonSchema: JsonSchema;
  /** An example message: the entry's `example`, else the first of its schema's `examples`/`example`. */
  readonly example?: unknown;
}

/** One WebSocket stream of `x-websockets` (see ARCHITECTURE.md). */
export interface Stream {
  /** The key in `x-websockets`. */
  readonly name: string;
  /** Path template relative to the server, `{param}` placeholders as in paths. */
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  /** Where the SDK exposes the stream, if it does. */
  readonly sdk?: {
    readonly resource: string;
    readonly method: string;
    /** The standalone function that opens the stream. */
    readonly functionName: string;
    /** Name of the union type of the events the stream yields. */
    readonly eventTypeName: string;
    /** `type` of the client message `sendPing()` sends, and of the one `requestStatus()` sends. */
    readonly pingMessage?: string;
    readonly statusMessage?: string;
  };
  readonly auth: readonly { readonly in: string; readonly name: string; readonly description: string }[];
  readonly parameters: readonly Parameter[];
  readonly clientMessages: readonly StreamMessage[];
  readonly serverMessages: readonly StreamMessage[];
  readonly closeCodes: readonly { readonly code: number; readonly description: string }[];
}

/** One entry of the `webhooks` section: a request the API makes to a URL the user configured. */
export interface Webhook {
  /** The key in `webhooks` (`status-update`). */
  readonly name: string;
  readonly method: HttpMethod;
  readonly summary: string;
  readonly description: string;
  readonly contentType: string;
  readonly payload: Schema;
  readonly jsonSchema: JsonSchema;
  readonly example?: unknown;
  /**
   * Where the payload says which webhook it is: a dotted wire path whose schema allows exactly one value
   * (`message.type` = `status-update`). Absent when the payload has no such property.
   */
  readonly discriminator?: { readonly path: string; readonly value: string };
}

export interface SdkSettings {
  /** npm package name, e.g. `@burki.dev/sdk`. */
  readonly packageName: string;
  /** Client class name, e.g. `BurkiClient`. */
  readonly clientName: string;
  /** The configuration-only class standalone functions take, e.g. `BurkiCore`. */
  readonly coreName: string;
  /**
   * The name the package exports the runtime's base error class under (an alias of `SDKError`), e.g. `BurkiError`:
   * `x-sdk.errorName`, else the client's name with `Error` for `Client`; `SDKError` itself when that name is taken.
   */
  readonly errorName: string;
  /** Environment variable read for the API key when none is passed, if any. */
  readonly apiKeyEnvVar?: string;
  /** The Go SDK's module path, e.g. `github.com/burki-ai/burki-go` (`x-sdk.goModule`; default derived from the title). */
  readonly goModule: string;
  /** Markdown for the Go README's section on porting from the API's documented Go SDK (`x-sdk.goPortingNotes`), if any. */
  readonly goPortingNotes?: string;
  /**
   * Markdown for the TypeScript README: where the SDK differs from the API's documented TypeScript surface, and why
   * (`x-sdk.tsPortingNotes`), if any.
   */
  readonly tsPortingNotes?: string;
  /**
   * Markdown for the SDK READMEs' webhook sections (`x-sdk.webhookNotes`): what receiving the API's webhooks needs
   * beyond parsing them (whether and how they are signed, how to protect the URL), if the spec says.
   */
  readonly webhookNotes?: string;
}

export interface AuthScheme {
  readonly key: string;
  readonly kind: 'bearer' | 'apiKey' | 'basic' | 'other';
  readonly description: string;
  /** For `apiKey` schemes: where the key goes and under which name. */
  readonly in?: 'header' | 'query' | 'cookie';
  readonly name?: string;
}

/** How the client's one key travels when it is not a bearer token: an API key header or query parameter, or HTTP Basic. */
export type Credential = { readonly in: 'header' | 'query'; readonly name: string } | { readonly in: 'basic' };

export interface Tag {
  readonly name: string;
  readonly description: string;
  /** Resource property name on the client. */
  readonly resource: string;
}

export interface Resource {
  /** Property name on the client (`assistants`). */
  readonly name: string;
  /** Class name (`Assistants`). */
  readonly className: string;
  /** Prefix of generated params types (`Assistant` → `AssistantListParams`). */
  readonly typePrefix: string;
  readonly description: string;
  /** The operations of this resource that are in the SDK, in spec order. */
  readonly operationIds: readonly string[];
  /** The WebSocket streams this resource opens (names in `streams`), in spec order. */
  readonly streamNames: readonly string[];
}

export interface NamedSchema {
  /** Component name as in the spec (`#/components/schemas/<wireName>`). */
  readonly wireName: string;
  /** TypeScript type name. */
  readonly typeName: string;
  readonly schema: Schema;
  readonly jsonSchema: JsonSchema;
}

export type Primitive = 'string' | 'number' | 'integer' | 'boolean' | 'null';

export type Schema =
  | { readonly kind: 'ref'; readonly wireName: string; readonly description: string }
  | {
      readonly kind: 'object';
      readonly properties: readonly Property[];
      /** Schema of undeclared keys; `true` = free-form; `false` = none allowed. */
      readonly additional: Schema | boolean;
      /**
       * Set when the schema does not write `additionalProperties`: `additional` is JSON Schema's default (`true`),
       * which a typed SDK may read as a closed type (only the declared keys).
       */
      readonly additionalImplicit?: true;
      readonly description: string;
    }
  | { readonly kind: 'array'; readonly items: Schema; readonly description: string }
  | {
      readonly kind: 'primitive';
      readonly type: Primitive;
      readonly format?: string;
      readonly enum?: readonly (string | number | boolean | null)[];
      readonly description: string;
    }
  /** A value of any of the variants (oneOf, anyOf, type arrays). */
  | { readonly kind: 'union'; readonly variants: readonly Schema[]; readonly description: string }
  /** A value of all the parts (allOf). */
  | { readonly kind: 'intersection'; readonly parts: readonly Schema[]; readonly description: string }
  | { readonly kind: 'binary'; readonly description: string }
  | { readonly kind: 'unknown'; readonly description: string };

export interface Property {
  readonly wireName: string;
  /** camelCase property key used by the SDK (unique within its object). */
  readonly name: string;
  readonly schema: Schema;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
  readonly deprecated: boolean;
  readonly description: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

export interface Parameter {
  readonly wireName: string;
  /** camelCase SDK name: a property key in params objects. */
  readonly name: string;
  /** A safe identifier for positional arguments. */
  readonly identifier: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly description: string;
  readonly schema: Schema;
  readonly jsonSchema: JsonSchema;
  readonly example?: unknown;
  /**
   * For a query or cookie parameter whose array (or object) travels as one value (`style: form, explode: false`
   * → `,`; `spaceDelimited` → ` `; `pipeDelimited` → `|`): the separator. Absent: one `name=value` pair per item
   * (per key for objects).
   */
  readonly arrayDelimiter?: string;
  /**
   * How the value is written when the location's default does not say it: `deepObject` (query objects as
   * `name[key]=value`), `json` (a parameter described by `content` rather than `schema`: its value as JSON), or
   * `explode` (a header object as `key=value,...`, `explode: true`).
   */
  readonly style?: 'deepObject' | 'json' | 'explode';
}

export type BodyEncoding = 'json' | 'multipart' | 'form' | 'binary' | 'text';

export interface RequestBody {
  readonly contentType: string;
  readonly encoding: BodyEncoding;
  readonly required: boolean;
  readonly description: string;
  readonly schema: Schema;
  readonly jsonSchema: JsonSchema;
  readonly example?: unknown;
}

export type ResponseKind = 'json' | 'text' | 'binary' | 'empty';

export interface ResponseContent {
  readonly contentType: string;
  readonly kind: ResponseKind;
  readonly schema: Schema;
  readonly jsonSchema: JsonSchema;
  /** The first example. */
  readonly example?: unknown;
  /** Every named example (`examples:`), in spec order. */
  readonly namedExamples: readonly { readonly name: string; readonly summary: string; readonly value: unknown }[];
}

export interface Response {
  /** `200`, `4XX` or `default`. */
  readonly status: string;
  readonly description: string;
  readonly contents: readonly ResponseContent[];
  readonly headers: readonly { readonly name: string; readonly description: string; readonly schema: Schema }[];
}

export type Pagination =
  | { readonly style: 'offset'; readonly offsetParam: string; readonly limitParam: string; readonly items?: string; readonly total?: string; readonly hasMore?: string }
  | { readonly style: 'page'; readonly pageParam: string; readonly perPageParam: string; readonly items?: string; readonly hasNext?: string; readonly total?: string }
  | { readonly style: 'limit'; readonly limitParam: string; readonly items?: string }
  | { readonly style: 'none'; readonly items?: string };

export interface MockState {
  readonly collection: string;
  readonly action: 'create' | 'read' | 'list' | 'update' | 'delete';
  readonly idParam?: string;
  /** The other keys of the operation's `x-mock` as written (`set`, `from`, `respond`, `simulate`...), for the mock alone. */
  readonly options?: { readonly [key: string]: unknown };
}

export interface SdkMethod {
  readonly resource: string;
  /** Method name on the resource class. */
  readonly name: string;
  /** Params type name (`AssistantListParams`), when the method takes a params object. */
  readonly paramsTypeName: string;
  /** Wire names of non-path inputs passed positionally after the path parameters. */
  readonly positional: readonly string[];
  /** Name of a companion method that returns the operation's URL without a request (`x-sdk-url-method`). */
  readonly urlMethod?: string;
  /** The standalone function (`assistantsGet(client, ...)`) the method delegates to; unique in the package. */
  readonly functionName: string;
  /** The standalone function of the URL method. */
  readonly urlFunctionName?: string;
  /** What every language's SDK shares about the call: arguments, params, body, result, pages (see `SdkPlan`). */
  readonly plan: SdkPlan;
}

/** Where an input of an SDK method travels. */
export type InputLocation = 'path' | 'query' | 'header' | 'cookie' | 'body';

/** One input of an SDK method: a parameter, a top-level body property, or the whole request body. */
export interface PlanInput {
  readonly wireName: string;
  readonly location: InputLocation;
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly description: string;
  readonly schema: Schema;
  /** The parameter this input is, if it is one. */
  readonly parameter?: Parameter;
  /** The body property this input is, if it is one. */
  readonly property?: Property;
  /** The whole (non-object) request body, passed as one argument. */
  readonly wholeBody?: boolean;
}

/**
 * How the request body reaches the params object: `named` (its component type, minus read-only and positional
 * properties), `inline` (its properties, minus those), `whole` (a positional argument: not an object), `none`.
 */
export type PlanBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'whole' }
  | { readonly kind: 'named'; readonly wireName: string; readonly omit: readonly Property[] }
  /** `properties`: those the caller sends (read-only and positional ones left out). */
  | { readonly kind: 'inline'; readonly properties: readonly Property[]; readonly additional: Schema | boolean; readonly additionalImplicit?: true };

/**
 * The SDK plan of one operation, decided once by the model builder (ir/plan.ts) so that every language spells
 * the same method: the same arguments in the same order, the same params, result and pages.
 */
export interface SdkPlan {
  /**
   * Positional arguments, in order: the path parameters `x-sdk-args` does not name (path order), then the inputs
   * it names (its order; path parameters among them), then the whole body when it is not an object.
   */
  readonly args: readonly PlanInput[];
  /** Query, header and cookie parameters that are not positional, in spec order: fields of the params object. */
  readonly params: readonly PlanInput[];
  /** The body's part of the params object. */
  readonly body: PlanBody;
  /** Whether the params object must be given (a required field in it). */
  readonly paramsRequired: boolean;
  /** What the call returns: decoded JSON of `content`, a string, bytes, or nothing. */
  readonly result: { readonly kind: ResponseKind; readonly content?: ResponseContent };
  /** For a list that walks pages: its pagination and the schema of one item. */
  readonly page?: { readonly pagination: Exclude<Pagination, { style: 'none' }>; readonly items: Schema };
  /** Safe to retry without an idempotency key (GET, HEAD, OPTIONS, PUT, DELETE). */
  readonly idempotent: boolean;
}

export interface Operation {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly deprecated: boolean;
  readonly tags: readonly string[];
  /** The SDK method, or undefined when the operation is kept out of the SDK. */
  readonly sdk?: SdkMethod;
  /** Why the operation is not in the SDK, when it is not. */
  readonly sdkExcludedReason?: string;
  /** Path parameters in path order, then the others in spec order. */
  readonly parameters: readonly Parameter[];
  readonly requestBody?: RequestBody;
  /** Sorted by status. */
  readonly responses: readonly Response[];
  /** The first 2xx response, if any. */
  readonly success?: Response;
  readonly pagination?: Pagination;
  readonly mockState?: MockState;
  /** Names of the security schemes the operation needs (any one of them); empty when public. */
  readonly security: readonly string[];
}

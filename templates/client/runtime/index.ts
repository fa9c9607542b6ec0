/**
 * The public runtime API of the generated client. Generated code imports from here; the package root re-exports
 * the user-facing parts (client options, promises, pages, errors, toFile).
 */
export { BaseClient } from './client.js';
export type {
  ClientConfig,
  ClientOptions,
  Fetch,
  HeaderValues,
  InternalOptions,
  Logger,
  RawRequestOptions,
  RequestOptions,
} from './client.js';
export { APIResource } from './resource.js';
export { APIPromise } from './api-promise.js';
export { Page, PagePromise } from './pagination.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BurkiError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
  WebSocketError,
  WebhookParseError,
} from './errors.js';
export type { APIErrorRequest, ValidationErrorItem, WebhookParseErrorReason } from './errors.js';
export { parseWebhookWith } from './webhooks.js';
export { openRealtimeStream, RealtimeStream, toWebSocketUrl } from './realtime.js';
export type {
  RealtimeState,
  RealtimeStreamInit,
  RealtimeStreamOptions,
  StreamDescriptor,
  UnknownRealtimeEvent,
  WebSocketConstructor,
  WebSocketLike,
} from './realtime.js';
export type {
  KnownWebhookEvent,
  UnknownWebhookEvent,
  WebhookBody,
  WebhookDiscriminators,
  WebhookEvent,
  WebhookPayloadMap,
} from './webhooks.js';
export { fromWire, toWire } from './casing.js';
export { FileUpload, encodePathSegment, toFile } from './encoding.js';
export type { Uploadable } from './encoding.js';
export type {
  BodyDescriptor,
  HttpMethod,
  OperationDescriptor,
  Pagination,
  ParamDescriptor,
  ResponseDescriptor,
  Shape,
  ShapeRegistry,
} from './operation.js';

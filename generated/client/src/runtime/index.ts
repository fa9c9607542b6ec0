/**
 * The public runtime API of the generated client. Generated code imports from here; the package root re-exports
 * the user-facing parts (client options, promises, pages, errors, toFile), and the base error `SDKError` also under
 * the name `info.x-sdk.errorName` gives it (an alias: `export { SDKError as FooError }`).
 */
export { binaryResult, CoreClient, emptyResult, textResult } from './client.js';
export { BaseClient, useLogger } from './logger.js';
export type {
  ClientConfig,
  ClientOptions,
  CoreOptions,
  Fetch,
  HeaderValues,
  InternalOptions,
  Logger,
  RequestOptions,
} from './client.js';
export { rawRequest } from './raw.js';
export type { RawRequestOptions } from './raw.js';
export { APIResource } from './resource.js';
export { APIPromise, apiCall, asResponse, withResponse } from './api-promise.js';
export { list, Page, PagePromise } from './pagination.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SDKError,
  ServerError,
  ValidationError,
  WebSocketError,
  WebhookParseError,
} from './errors.js';
export type { APIErrorRequest, IssuePath, ValidationIssue, WebhookParseErrorReason } from './errors.js';
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
export { camelKey, fromWire, toWire, wireKey } from './casing.js';
export type { Credential } from './credentials.js';
export { encodeParams, encodePathSegment, operationUrl } from './encoding.js';
export { binaryBody, FileUpload, fileParams, formBody, multipartBody, textBody, toFile } from './uploads.js';
export type { Uploadable } from './uploads.js';
export type {
  BodyDescriptor,
  BodyEncoder,
  EncodedBody,
  HttpMethod,
  OperationDescriptor,
  Pagination,
  ParamDescriptor,
  ResultDecoder,
  Shape,
  ShapeRef,
} from './operation.js';

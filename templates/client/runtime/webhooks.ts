/**
 * Webhooks: a generic parser that narrows a received body on its discriminator field. The generated client's
 * `parseWebhook(body)` calls it with the API's own discriminators (from the spec's `webhooks` section) and a decoder
 * that maps the payload to the SDK's camelCase types, like every other result of the SDK.
 *
 * ```ts
 * const event = parseWebhook(rawBody); // the generated wrapper; a string, Uint8Array/Buffer, ArrayBuffer, or an already parsed object
 * switch (event.type) {
 *   case 'end-of-call-report': save(event.payload.message.summary); break;
 *   case 'unknown': log(event.eventType, event.raw); break; // a type this SDK version does not know
 * }
 * ```
 *
 * The parser checks the discriminator, not every field: payloads are typed as documented, unknown extra fields kept.
 * Free-form maps inside a payload (user data) keep their keys; an unknown event's `raw` is the body as received.
 */
import { WebhookParseError } from './errors.js';

// ---------------------------------------------------------------------------------------------------------------------
// Generic parser

/** What `parseWebhook` accepts: the raw body (text or bytes, UTF-8) or a body a framework already parsed. */
export type WebhookBody = string | ArrayBuffer | ArrayBufferView | object;

/**
 * Where each known event type is found: event type → dotted path of the string field that holds it, e.g.
 * `{ 'status-update': 'message.type', sms_received: 'type' }`. Paths are tried in the order they first appear.
 */
export type WebhookDiscriminators<Events extends WebhookPayloadMap<Events>> = {
  readonly [K in keyof Events & string]: string;
};

/** Event type → payload type. (`unknown` is reserved for events the map does not list.) */
export type WebhookPayloadMap<Events> = { readonly [K in keyof Events]: object };

/** A known event: `type` is its discriminator value, `payload` the body as received. */
export type KnownWebhookEvent<Events extends WebhookPayloadMap<Events>> = {
  [K in keyof Events & string]: { readonly type: K; readonly payload: Events[K] };
}[keyof Events & string];

/** An event whose type the discriminators do not list (a newer event type, or another sender). Not an error. */
export interface UnknownWebhookEvent {
  readonly type: 'unknown';
  /** The discriminator value that was found (e.g. `call-started`). */
  readonly eventType: string;
  /** The parsed body. */
  readonly raw: Readonly<Record<string, unknown>>;
}

export type WebhookEvent<Events extends WebhookPayloadMap<Events>> =
  KnownWebhookEvent<Events> | UnknownWebhookEvent;

/**
 * Parses a webhook body and narrows it on its discriminator.
 *
 * - `body`: the request body as a string, bytes (`Buffer`, `Uint8Array`, `ArrayBuffer`) or an object a framework
 *   already parsed. Text is decoded as UTF-8; a leading byte-order mark is ignored.
 * - `discriminators`: which field holds which event type (wire paths).
 * - `decode`: turns a known event's wire payload into its SDK form (the generated client maps casing here).
 *
 * Returns `{ type, payload }` for a listed type and `{ type: 'unknown', eventType, raw }` for any other string found
 * at one of the discriminator paths. Throws `WebhookParseError` when the body is not JSON (`invalid_json`), not a JSON
 * object (`not_an_object`), or has no string at any discriminator path (`no_discriminator`).
 */
export function parseWebhookWith<Events extends WebhookPayloadMap<Events>>(
  body: WebhookBody,
  discriminators: WebhookDiscriminators<Events>,
  decode?: (type: keyof Events & string, payload: Record<string, unknown>) => unknown,
): WebhookEvent<Events>;
export function parseWebhookWith(
  body: WebhookBody,
  discriminators: Readonly<Record<string, string>>,
  decode: (type: string, payload: Record<string, unknown>) => unknown = (_type, payload) => payload,
): WebhookEvent<Record<string, object>> {
  const value = toRecord(body);
  const byPath = new Map<string, Set<string>>();
  for (const type of Object.keys(discriminators)) {
    const path = discriminators[type];
    if (typeof path !== 'string' || path === '') continue;
    let types = byPath.get(path);
    if (!types) byPath.set(path, (types = new Set()));
    types.add(type);
  }
  let unknownType: string | undefined;
  for (const [path, types] of byPath) {
    const found = readPath(value, path);
    if (typeof found !== 'string') continue;
    if (types.has(found) && found !== 'unknown') return { type: found, payload: decode(found, value) as object };
    unknownType ??= found;
  }
  if (unknownType !== undefined) return { type: 'unknown', eventType: unknownType, raw: value };
  const paths = [...byPath.keys()].map((path) => `\`${path}\``);
  throw new WebhookParseError(
    `Webhook body has no event type: expected a string at ${paths.length ? paths.join(' or ') : '(no discriminators given)'}.`,
    'no_discriminator',
  );
}

function toRecord(body: WebhookBody): Record<string, unknown> {
  let value: unknown = body;
  if (typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const text = typeof body === 'string' ? body.replace(/^\uFEFF/, '') : decodeUtf8(body);
    if (text.trim() === '') throw new WebhookParseError('Webhook body is empty.', 'invalid_json');
    try {
      value = JSON.parse(text) as unknown;
    } catch (error) {
      throw new WebhookParseError(
        `Webhook body is not valid JSON (${text.length} characters).`,
        'invalid_json',
        {
          cause: error,
        },
      );
    }
  }
  if (!isRecord(value)) {
    throw new WebhookParseError(
      `Webhook body must be a JSON object, got ${describeKind(value)}.`,
      'not_an_object',
    );
  }
  return value;
}

function decodeUtf8(bytes: ArrayBuffer | ArrayBufferView): string {
  const view =
    bytes instanceof ArrayBuffer
      ? new Uint8Array(bytes)
      : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new TextDecoder().decode(view); // drops a BOM; invalid sequences become U+FFFD and then fail JSON.parse
}

/** Own properties only, so `__proto__.x` or `constructor.name` never reach the prototype chain. */
function readPath(value: Record<string, unknown>, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (!isRecord(current) || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * Webhook payloads: a generic parser that narrows a received body on its discriminator field, and the payload types
 * of the events Burki posts (voice `status-update` / `end-of-call-report` on `message.type`, SMS `sms_received` on the
 * top-level `type`).
 *
 * ```ts
 * const event = parseWebhook(rawBody); // string, Uint8Array/Buffer, ArrayBuffer, or an already parsed object
 * switch (event.type) {
 *   case 'end-of-call-report': save(event.payload.message.summary, event.payload.message.endedReason); break;
 *   case 'sms_received': reply(event.payload.data.from, event.payload.data.media_urls); break;
 *   case 'unknown': log(event.eventType, event.raw); break; // a type this SDK version does not know
 * }
 * ```
 *
 * Payload keys are kept exactly as they are on the wire, unlike API results: the voice payloads are already camelCase
 * (`phoneNumber`, `endedReason`, `durationSeconds`) while the SMS payload is snake_case (`message_id`, `media_urls`),
 * and both are what Burki's docs, its webhook logs (`calls.getWebhookLogs`) and the customer's own server see. A body
 * can be stored, forwarded or verified byte for byte without a casing map, and `analysis.structuredData` holds keys
 * chosen by the assistant's own schema (`chat_topic`), which no renaming may touch.
 *
 * Burki signs nothing (no HMAC header exists) and sends each event once. The parser checks the discriminator, not
 * every field: payloads are typed as documented and returned as received, unknown extra fields included.
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

/** An event whose type the discriminators do not list (a newer Burki event, or another sender). Not an error. */
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
 * - `discriminators`: which field holds which event type; Burki's events (`burkiWebhookDiscriminators`) by default.
 *
 * Returns `{ type, payload }` for a listed type and `{ type: 'unknown', eventType, raw }` for any other string found
 * at one of the discriminator paths. Throws `WebhookParseError` when the body is not JSON (`invalid_json`), not a JSON
 * object (`not_an_object`), or has no string at any discriminator path (`no_discriminator`).
 */
export function parseWebhook(body: WebhookBody): BurkiWebhookEvent;
export function parseWebhook<Events extends WebhookPayloadMap<Events>>(
  body: WebhookBody,
  discriminators: WebhookDiscriminators<Events>,
): WebhookEvent<Events>;
export function parseWebhook(
  body: WebhookBody,
  discriminators: Readonly<Record<string, string>> = burkiWebhookDiscriminators,
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
    if (types.has(found) && found !== 'unknown') return { type: found, payload: value };
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

// ---------------------------------------------------------------------------------------------------------------------
// Burki's payloads. Defined here until the spec's `webhooks` section feeds the generator; names and fields follow the
// server as it sends them (see the module comment for why keys are not renamed).

/** An open string enum: the listed values autocomplete, any other string is accepted. */
export type OpenEnum<T extends string> = T | (string & {});

/** A `{ number }` object of the voice payloads (an E.164 phone number). */
export interface WebhookPhoneNumber {
  number: string;
}

/** A chat turn in a voice payload. */
export interface WebhookChatMessage {
  role: string;
  content: string;
}

/**
 * Voice, `message.type = "status-update"`: sent to the assistant's `webhook_url` when a call connects (the server
 * sends `status: "in-progress"`; `completed` and `failed` are named too).
 */
export interface VoiceStatusUpdateEvent {
  message: {
    type: 'status-update';
    status: OpenEnum<'in-progress' | 'completed' | 'failed'>;
    /** The assistant-side number. */
    phoneNumber: WebhookPhoneNumber;
    call: {
      /** The call SID. */
      id: string;
      /** The same call SID. */
      phoneCallProviderId: string;
      /** The caller (inbound) or callee (outbound). */
      customer: WebhookPhoneNumber;
    };
    /** Sent as `[]`. */
    messages: WebhookChatMessage[];
  };
}

/**
 * Voice, `message.type = "end-of-call-report"`: sent once per call to the assistant's `webhook_url`. It carries no
 * call id or SID, only the two phone numbers.
 */
export interface EndOfCallReportEvent {
  message: {
    type: 'end-of-call-report';
    /** The assistant-side number. */
    phoneNumber: WebhookPhoneNumber;
    /** The other party, directly under `message` (not under `call`). */
    customer: WebhookPhoneNumber;
    /** The language model's summary, or a fallback text when there was nothing to summarise or it failed. */
    summary: string;
    recordingUrl: string | null;
    endedReason: OpenEnum<'customer-ended-call'>;
    durationSeconds: number;
    /** The transcript as chat turns. */
    messages: Array<{ role: OpenEnum<'bot' | 'human'>; content: string }>;
    analysis: {
      summary: string;
      durationSeconds: number;
      /**
       * Shaped by the assistant's `custom_settings.structured_data_schema` (default `{ chat_topic, followup_sms? }`);
       * `{}` without a language-model key, `{ error }` when extraction failed. Keys are the schema's own.
       */
      structuredData: Record<string, unknown>;
    };
  };
}

/** SMS, top-level `type = "sms_received"`: an inbound message, sent to the assistant's `sms_webhook_url`. */
export interface SmsReceivedEvent {
  type: 'sms_received';
  /** ISO-8601 in UTC, without a zone suffix (`2024-01-15T10:30:00.123456`). */
  timestamp: string;
  data: {
    /** The provider's message id (Twilio MessageSid, Telnyx id). */
    message_id: string | null;
    /** E.164 sender. */
    from: string | null;
    /** E.164 assistant number. */
    to: string | null;
    /** `""` when empty. */
    body: string;
    /** MMS media URLs (`[]` when none). */
    media_urls: string[];
    provider: OpenEnum<'twilio' | 'telnyx' | 'vonage'>;
  };
}

/** Burki's webhook events by discriminator value. */
export interface BurkiWebhookPayloads {
  'status-update': VoiceStatusUpdateEvent;
  'end-of-call-report': EndOfCallReportEvent;
  sms_received: SmsReceivedEvent;
}

/** Where Burki puts the event type: `message.type` for voice events, the top-level `type` for SMS. */
export const burkiWebhookDiscriminators: WebhookDiscriminators<BurkiWebhookPayloads> = Object.freeze({
  'status-update': 'message.type',
  'end-of-call-report': 'message.type',
  sms_received: 'type',
});

/** What `parseWebhook(body)` returns. */
export type BurkiWebhookEvent = WebhookEvent<BurkiWebhookPayloads>;

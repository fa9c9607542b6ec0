import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  SDKError,
  WebhookParseError,
  parseWebhookWith,
  type UnknownWebhookEvent,
  type WebhookBody,
  type WebhookDiscriminators,
  type WebhookEvent,
} from '../../templates/client/runtime/index.js';

/*
 * Fixtures in the shape of Burki's webhooks (the generated client passes the spec's discriminators; here they are
 * written by hand to test the generic parser on realistic payloads).
 */
type VoiceStatusUpdateEvent = {
  message: {
    type: 'status-update';
    status: string;
    phoneNumber: { number: string };
    call: { id: string; phoneCallProviderId: string; customer: { number: string } };
    messages: unknown[];
  };
};
type EndOfCallReportEvent = {
  message: {
    type: 'end-of-call-report';
    endedReason: string;
    analysis: { structuredData: Record<string, unknown>; [key: string]: unknown };
    [key: string]: unknown;
  };
};
type SmsReceivedEvent = { type: 'sms_received'; timestamp?: string; data: Record<string, unknown> };
interface BurkiWebhookPayloads {
  'status-update': VoiceStatusUpdateEvent;
  'end-of-call-report': EndOfCallReportEvent;
  sms_received: SmsReceivedEvent;
}
type BurkiWebhookEvent = WebhookEvent<BurkiWebhookPayloads>;
const burkiWebhookDiscriminators: WebhookDiscriminators<BurkiWebhookPayloads> = Object.freeze({
  'status-update': 'message.type',
  'end-of-call-report': 'message.type',
  sms_received: 'type',
});

function parseWebhook(body: WebhookBody): BurkiWebhookEvent;
function parseWebhook<Events extends { readonly [K in keyof Events]: object }>(
  body: WebhookBody,
  discriminators: WebhookDiscriminators<Events>,
): WebhookEvent<Events>;
function parseWebhook(body: WebhookBody, discriminators: Readonly<Record<string, string>> = burkiWebhookDiscriminators) {
  return parseWebhookWith(body, discriminators);
}

/** Payloads as Burki sends them (API_FACTS §8). */
const statusUpdate: VoiceStatusUpdateEvent = {
  message: {
    type: 'status-update',
    status: 'in-progress',
    phoneNumber: { number: '+15550001111' },
    call: { id: 'CA123', phoneCallProviderId: 'CA123', customer: { number: '+15552223333' } },
    messages: [],
  },
};

const endOfCall: EndOfCallReportEvent = {
  message: {
    type: 'end-of-call-report',
    phoneNumber: { number: '+15550001111' },
    customer: { number: '+15552223333' },
    summary: 'The caller booked a table for two.',
    recordingUrl: null,
    endedReason: 'customer-ended-call',
    durationSeconds: 95,
    messages: [
      { role: 'bot', content: 'Hello, how can I help?' },
      { role: 'human', content: 'A table for two, please.' },
    ],
    analysis: {
      summary: 'Booking',
      durationSeconds: 95,
      structuredData: { chat_topic: 'booking', followup_sms: 'See you at 8!' },
    },
  },
};

const smsReceived: SmsReceivedEvent = {
  type: 'sms_received',
  timestamp: '2024-01-15T10:30:00.123456',
  data: {
    message_id: 'SM123',
    from: '+15552223333',
    to: '+15550001111',
    body: 'Hi',
    media_urls: ['https://media.example/1.jpg'],
    provider: 'twilio',
  },
};

function parseError(body: unknown): WebhookParseError {
  try {
    parseWebhook(body as string);
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookParseError);
    expect(error).toBeInstanceOf(SDKError);
    return error as WebhookParseError;
  }
  throw new Error('expected a WebhookParseError');
}

describe('parseWebhook with Burki events', () => {
  it('narrows a voice status-update on message.type', () => {
    const event = parseWebhook(JSON.stringify(statusUpdate));
    expect(event.type).toBe('status-update');
    if (event.type !== 'status-update') throw new Error('not narrowed');
    expectTypeOf(event.payload).toEqualTypeOf<VoiceStatusUpdateEvent>();
    expect(event.payload.message.call.id).toBe('CA123');
    expect(event.payload.message.phoneNumber.number).toBe('+15550001111');
  });

  it('narrows an end-of-call report and, without a decoder, keeps the payload as received', () => {
    const event = parseWebhook(JSON.stringify(endOfCall));
    if (event.type !== 'end-of-call-report') throw new Error(`got ${event.type}`);
    expect(event.payload).toEqual(endOfCall);
    expect(event.payload.message.endedReason).toBe('customer-ended-call');
    expect(event.payload.message.analysis.structuredData).toEqual({
      chat_topic: 'booking',
      followup_sms: 'See you at 8!',
    });
  });

  it('narrows an SMS on the top-level type and keeps its snake_case keys', () => {
    const event = parseWebhook(JSON.stringify(smsReceived));
    if (event.type !== 'sms_received') throw new Error(`got ${event.type}`);
    expectTypeOf(event.payload).toEqualTypeOf<SmsReceivedEvent>();
    expect(event.payload.data.media_urls).toEqual(['https://media.example/1.jpg']);
    expect(event.payload.data.message_id).toBe('SM123');
    expect(event.payload).not.toHaveProperty('data.mediaUrls');
  });

  it('accepts an already parsed object (returned as is), a Buffer, a Uint8Array and an ArrayBuffer', () => {
    const parsed = parseWebhook(smsReceived);
    expect(parsed.type).toBe('sms_received');
    expect(parsed.type === 'sms_received' && parsed.payload).toBe(smsReceived);
    const text = JSON.stringify(endOfCall);
    const bytes = new TextEncoder().encode(text);
    expect(parseWebhook(Buffer.from(text)).type).toBe('end-of-call-report');
    expect(parseWebhook(bytes).type).toBe('end-of-call-report');
    expect(parseWebhook(bytes.buffer).type).toBe('end-of-call-report');
    // A view into a larger buffer reads only its own bytes.
    const padded = new Uint8Array(bytes.length + 4);
    padded.set(bytes, 2);
    expect(parseWebhook(padded.subarray(2, 2 + bytes.length)).type).toBe('end-of-call-report');
  });

  it('ignores a byte-order mark and surrounding whitespace', () => {
    expect(parseWebhook(`\uFEFF  ${JSON.stringify(smsReceived)}\n`).type).toBe('sms_received');
    const withBom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(JSON.stringify(smsReceived)),
    ]);
    expect(parseWebhook(withBom).type).toBe('sms_received');
  });

  it('returns an unknown event (not an exception) for types it does not know', () => {
    const voice = parseWebhook({ message: { type: 'call-started', id: 1 } });
    expect(voice).toEqual({
      type: 'unknown',
      eventType: 'call-started',
      raw: { message: { type: 'call-started', id: 1 } },
    });
    const sms = parseWebhook('{"type":"sms_delivered","data":{}}');
    expect(sms).toEqual({
      type: 'unknown',
      eventType: 'sms_delivered',
      raw: { type: 'sms_delivered', data: {} },
    });
    if (sms.type === 'unknown') expectTypeOf(sms).toEqualTypeOf<UnknownWebhookEvent>();
  });

  it('does not take a type from the wrong place', () => {
    // `sms_received` under message.type, and a voice type at the top level, are not those events.
    expect(parseWebhook({ message: { type: 'sms_received' } })).toMatchObject({
      type: 'unknown',
      eventType: 'sms_received',
    });
    expect(parseWebhook({ type: 'end-of-call-report' })).toMatchObject({
      type: 'unknown',
      eventType: 'end-of-call-report',
    });
    // An event literally named "unknown" stays an unknown event.
    expect(parseWebhook({ type: 'unknown' })).toMatchObject({ type: 'unknown', eventType: 'unknown' });
  });

  it('prefers a known type when both paths hold a string', () => {
    const event = parseWebhook({ type: 'something_else', message: { type: 'status-update' } });
    expect(event.type).toBe('status-update');
  });

  it('reads own properties only', () => {
    const error = parseError({ message: Object.create({ type: 'status-update' }) as object });
    expect(error.reason).toBe('no_discriminator');
  });
});

describe('parseWebhook errors', () => {
  it('rejects invalid JSON with the syntax error as cause and without echoing the body', () => {
    const error = parseError('{"type": "sms_received", "data": {"from": "+15552223333"');
    expect(error.reason).toBe('invalid_json');
    expect(error.name).toBe('WebhookParseError');
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.message).not.toContain('+15552223333');
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('rejects an empty body', () => {
    expect(parseError('').reason).toBe('invalid_json');
    expect(parseError('   ').message).toBe('Webhook body is empty.');
    expect(parseError(new Uint8Array()).reason).toBe('invalid_json');
  });

  it.each([
    ['[1,2]', 'an array'],
    ['null', 'null'],
    ['42', 'a number'],
    ['"status-update"', 'a string'],
  ])('rejects JSON %s that is not an object', (body, kind) => {
    const error = parseError(body);
    expect(error.reason).toBe('not_an_object');
    expect(error.message).toBe(`Webhook body must be a JSON object, got ${kind}.`);
  });

  it('rejects non-object values passed directly (JavaScript callers)', () => {
    expect(parseError(null).reason).toBe('not_an_object');
    expect(parseError(7).reason).toBe('not_an_object');
    expect(parseError([{ type: 'sms_received' }]).reason).toBe('not_an_object');
  });

  it('rejects an object without a discriminator, naming the paths it tried', () => {
    for (const body of [
      {},
      { message: {} },
      { message: 'status-update' },
      { type: 3 },
      { message: { type: null } },
    ]) {
      const error = parseError(body);
      expect(error.reason).toBe('no_discriminator');
      expect(error.message).toBe(
        'Webhook body has no event type: expected a string at `message.type` or `type`.',
      );
    }
  });
});

describe('parseWebhook with custom discriminators', () => {
  interface OrderPaid {
    event: { kind: 'order.paid'; amount: number };
  }
  interface OrderRefunded {
    event: { kind: 'order.refunded'; reason: string };
  }
  interface Events {
    'order.paid': OrderPaid;
    'order.refunded': OrderRefunded;
  }
  const discriminators: WebhookDiscriminators<Events> = {
    'order.paid': 'event.kind',
    'order.refunded': 'event.kind',
  };

  it('infers the event map from the discriminators and narrows on it', () => {
    const event = parseWebhook('{"event":{"kind":"order.paid","amount":12}}', discriminators);
    expectTypeOf(event.type).toEqualTypeOf<'order.paid' | 'order.refunded' | 'unknown'>();
    if (event.type !== 'order.paid') throw new Error(`got ${event.type}`);
    expectTypeOf(event.payload).toEqualTypeOf<OrderPaid>();
    expect(event.payload.event.amount).toBe(12);
    expect(parseWebhook({ event: { kind: 'order.shipped' } }, discriminators)).toMatchObject({
      type: 'unknown',
      eventType: 'order.shipped',
    });
    expect(() => parseWebhook({ kind: 'order.paid' }, discriminators)).toThrow(
      'expected a string at `event.kind`.',
    );
  });

  it('passes a known payload through the decoder, and only known ones', () => {
    const seen: string[] = [];
    const decode = (type: string, payload: Record<string, unknown>) => {
      seen.push(type);
      return { decoded: payload };
    };
    expect(parseWebhookWith({ type: 'sms_received', data: {} }, burkiWebhookDiscriminators, decode)).toEqual({
      type: 'sms_received',
      payload: { decoded: { type: 'sms_received', data: {} } },
    });
    expect(parseWebhookWith({ type: 'sms_delivered' }, burkiWebhookDiscriminators, decode).type).toBe('unknown');
    expect(seen).toEqual(['sms_received']);
    expectTypeOf<BurkiWebhookEvent['type']>().toEqualTypeOf<
      'status-update' | 'end-of-call-report' | 'sms_received' | 'unknown'
    >();
  });
});

/**
 * End to end, voice side: the generated client talks over real HTTP to the generated mock, family by family
 * (phone numbers, assistant phone numbers, SIP trunks, voice cloning, documents, tools, flows, recordings), plus the
 * client-only parts a voice integration needs (webhook parsing, realtime URLs).
 *
 * Assertions look at both ends: the decoded camelCase result, and what the mock received (`server.requests()`:
 * wire names, percent-encoded paths, multipart parts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BurkiClient,
  NotFoundError,
  ValidationError,
  WebhookParseError,
  operationUrl,
  parseWebhook,
  toFile,
  toWebSocketUrl,
  type Assistant,
  type Flow,
  type SipTrunk,
} from '../../generated/client/src/index.js';
import * as operations from '../../generated/client/src/operations.js';
import {
  createMockServer,
  defaultModelPath,
  loadModel,
  type MockServer,
  type RecordedRequest,
} from '../../generated/mock/runtime/index.js';

const API_KEY = 'burki_test_e2e_voice_key';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

let server: MockServer;
let client: BurkiClient;
let baseUrl: string;
/** Every URL the client fetched, in order (the client's side of the wire). */
const fetched: string[] = [];

beforeAll(async () => {
  server = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
  client = new BurkiClient({
    apiKey: API_KEY,
    baseUrl,
    maxRetries: 0,
    fetch: (url, init) => {
      fetched.push(url);
      return fetch(url, init);
    },
  });
});

afterAll(async () => {
  await server?.close();
});

/** The last request the mock received for an operation. */
function lastRequest(operationId: string): RecordedRequest {
  const found = server.requests().filter((request) => request.operationId === operationId).at(-1);
  if (!found) throw new Error(`the mock received no ${operationId} request`);
  return found;
}

/** Keys of an object, recursively, that contain an underscore (wire names leaking into SDK results). */
function snakeKeys(value: unknown, skip: readonly string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => snakeKeys(item, skip));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    skip.includes(key) ? [] : [...(key.includes('_') ? [key] : []), ...snakeKeys(child, skip)],
  );
}

async function newAssistant(name: string): Promise<Assistant> {
  return client.assistants.create({ name });
}

describe('phone numbers', () => {
  it('lists the organization numbers in camelCase and sends the filters as snake_case query parameters', async () => {
    const numbers = await client.phoneNumbers.list({ includeInactive: true, includeUnassigned: false });
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) {
      expect(number.phoneNumber).toMatch(/^\+[1-9]\d{1,14}$/);
      expect(typeof number.isActive).toBe('boolean');
      expect(typeof number.capabilities?.voice).toBe('boolean');
      expect(number).not.toHaveProperty('phone_number');
    }
    const query = new URLSearchParams(lastRequest('listPhoneNumbers').query);
    expect(query.get('include_inactive')).toBe('true');
    expect(query.get('include_unassigned')).toBe('false');
  });

  it('searches numbers to buy: a JSON body in wire names, results in camelCase', async () => {
    const result = await client.phoneNumbers.search({ countryCode: 'US', areaCode: '415', provider: 'telnyx', limit: 5 });
    expect(result.success).toBe(true);
    expect(result.totalFound).toBe(result.numbers.length);
    const [first] = result.numbers;
    expect(first?.phoneNumber).toMatch(/^\+1415/);
    expect(first?.countryCode).toBe('US');
    expect(typeof first?.capabilities?.sms).toBe('boolean');
    expect(lastRequest('searchPhoneNumbers').body).toEqual({ country_code: 'US', area_code: '415', provider: 'telnyx', limit: 5 });
  });

  it('percent-encodes an E.164 number in the path (getWebhooks)', async () => {
    const webhooks = await client.phoneNumbers.getWebhooks('+15551234567');
    expect(webhooks.success).toBe(true);
    expect(webhooks.phoneNumber).toBe('+15551234567');
    expect(webhooks.voiceWebhookUrl).toMatch(/^https:\/\//);
    expect(lastRequest('getPhoneNumberWebhooks').path).toBe('/api/v1/phone-numbers/%2B15551234567/webhooks');
    expect(fetched.at(-1)).toBe(`${baseUrl}/api/v1/phone-numbers/%2B15551234567/webhooks`);
  });

  it('refuses a number that is not E.164 with a ValidationError naming the path parameter', async () => {
    const error = await client.phoneNumbers.getWebhooks('5551234567').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors[0]?.loc).toEqual(['path', 'phone_number']);
  });

  it('releases a number: the positional E.164 argument travels in the body', async () => {
    const released = await client.phoneNumbers.release('+14155550123', { provider: 'telnyx' });
    expect(released.success).toBe(true);
    expect(released.phoneNumber).toBe('+14155550123');
    expect(released.provider).toBe('telnyx');
    expect(lastRequest('releasePhoneNumber').body).toEqual({ phone_number: '+14155550123', provider: 'telnyx' });
  });
});

describe('assistant phone numbers', () => {
  let assistant: Assistant;

  beforeAll(async () => {
    assistant = await newAssistant('E2E Phone Desk');
  });

  it('assigns a number by its digits, then lists the assistant numbers', async () => {
    const assigned = await client.phoneNumbers.assignByNumber(assistant.id, '+15551234567', { friendlyName: 'Front desk', autoSync: true });
    expect(assigned.success).toBe(true);
    expect(typeof assigned.message).toBe('string');
    const request = lastRequest('assignPhoneNumberByNumber');
    expect(request.path).toBe(`/api/v1/assistants/${assistant.id}/phone-numbers/assign-by-number`);
    expect(request.body).toEqual({ phone_number: '+15551234567', friendly_name: 'Front desk', auto_sync: true });

    const numbers = await client.phoneNumbers.listForAssistant(assistant.id);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers[0]?.phoneNumber).toMatch(/^\+/);
    expect(numbers[0]?.assignedAt).toMatch(ISO_TIME);
  });

  it('assigns several numbers with a bare JSON array body', async () => {
    const result = await client.phoneNumbers.bulkAssign(assistant.id, [12, 15]);
    expect(result.success).toBe(true);
    expect(lastRequest('bulkAssignPhoneNumbers').body).toEqual([12, 15]);
  });

  it('assigns by id with PATCH, then unassigns by id and by digits', async () => {
    const updated = await client.phoneNumbers.assign(12, { assistantId: assistant.id, allowedCountryCodes: ['US'] });
    expect(updated.success).toBe(true);
    const patch = lastRequest('updatePhoneNumber');
    expect(patch.method).toBe('PATCH');
    expect(patch.body).toEqual({ assistant_id: assistant.id, allowed_country_codes: ['US'] });

    const byId = await client.phoneNumbers.unassign(assistant.id, 12);
    expect(byId.success).toBe(true);
    expect(lastRequest('unassignPhoneNumber').path).toBe(`/api/v1/assistants/${assistant.id}/phone-numbers/12/unassign`);

    const byDigits = await client.phoneNumbers.unassignByNumber(assistant.id, '+15551234567');
    expect(byDigits.success).toBe(true);
    expect(lastRequest('unassignPhoneNumberByNumber').body).toEqual({ phone_number: '+15551234567' });
  });
});

describe('SIP trunks (stateful)', () => {
  let trunk: SipTrunk;

  it('creates a trunk: 201 with a new UUID, the password is not echoed', async () => {
    trunk = await client.sipTrunks.create({
      name: 'E2E Carrier',
      gateway: 'sip.e2e-carrier.example',
      username: 'e2e-user',
      password: 'e2e-sip-secret',
      priority: 3,
      enabled: true,
      register: false,
    });
    expect(trunk.id).toMatch(UUID);
    expect(trunk.name).toBe('E2E Carrier');
    expect(trunk.gateway).toBe('sip.e2e-carrier.example');
    expect(trunk.priority).toBe(3);
    expect(trunk.register).toBe(false);
    expect(trunk).not.toHaveProperty('password');
    expect(JSON.stringify(server.snapshot('sip-trunks'))).not.toContain('e2e-sip-secret');
    expect(server.requests().at(-1)?.status).toBe(201);
  });

  it('gets it back by id', async () => {
    expect(await client.sipTrunks.get(trunk.id)).toEqual(trunk);
  });

  it('updates only the fields sent', async () => {
    const updated = await client.sipTrunks.update(trunk.id, { gateway: 'sip2.e2e-carrier.example', priority: 4 });
    expect(updated).toEqual({ ...trunk, gateway: 'sip2.e2e-carrier.example', priority: 4 });
    expect(lastRequest('updateSipTrunk').body).toEqual({ gateway: 'sip2.e2e-carrier.example', priority: 4 });
  });

  it('lists it with the change, among the seeded trunks', async () => {
    const trunks = await client.sipTrunks.list();
    const mine = trunks.filter((item) => item.id === trunk.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.priority).toBe(4);
    expect(trunks.length).toBeGreaterThan(1);
  });

  it('deletes it (204, no body); it is gone afterwards', async () => {
    expect(await client.sipTrunks.delete(trunk.id)).toBeUndefined();
    expect(server.requests().at(-1)?.status).toBe(204);
    const error = await client.sipTrunks.get(trunk.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((await client.sipTrunks.list()).map((item) => item.id)).not.toContain(trunk.id);
  });
});

describe('voice cloning', () => {
  let assistant: Assistant;
  const wav = Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.alloc(60, 7)]);

  beforeAll(async () => {
    assistant = await newAssistant('E2E Voice');
  });

  it('uploads a sample from a Blob as multipart, with the other fields as text parts', async () => {
    const blob = new Blob([wav], { type: 'audio/wav' });
    const result = await client.voiceCloning.uploadSample(assistant.id, blob, {
      name: 'Blob voice',
      description: 'From a Blob',
      tags: 'e2e,blob',
    });
    expect(result.success).toBe(true);
    expect(result.voiceSample.id).toEqual(expect.any(Number));
    expect(result.voiceSample.createdAt).toMatch(ISO_TIME);
    expect(result).not.toHaveProperty('voice_sample');

    const request = lastRequest('uploadVoiceSample');
    expect(request.path).toBe(`/api/v1/assistants/${assistant.id}/voice-samples/upload`);
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.body).toEqual({
      file: { filename: 'blob', content_type: 'audio/wav', size: wav.length },
      name: 'Blob voice',
      description: 'From a Blob',
      tags: 'e2e,blob',
    });
  });

  it('uploads a sample from a Node Buffer named with toFile', async () => {
    const result = await client.voiceCloning.uploadSample(assistant.id, toFile(wav, 'e2e voice.wav', { type: 'audio/wav' }), { name: 'Buffer voice' });
    expect(result.success).toBe(true);
    expect(lastRequest('uploadVoiceSample').body).toEqual({
      file: { filename: 'e2e voice.wav', content_type: 'audio/wav', size: wav.length },
      name: 'Buffer voice',
    });
  });

  it('lists samples and clones a voice from one', async () => {
    const samples = await client.voiceCloning.listSamples(assistant.id, { status: 'ready' });
    expect(samples.voiceSamples.length).toBeGreaterThan(0);
    expect(samples.voiceSamples[0]?.originalFilename).toEqual(expect.any(String));
    expect(new URLSearchParams(lastRequest('listVoiceSamples').query).get('status')).toBe('ready');

    const cloned = await client.voiceCloning.create(assistant.id, {
      voiceSampleId: samples.voiceSamples[0]!.id,
      provider: 'elevenlabs',
      name: 'E2E Brand Voice',
      metadata: { Use_Case: 'e2e' },
    });
    expect(cloned.success).toBe(true);
    expect(cloned.clonedVoice.providerVoiceId).toEqual(expect.any(String));
    expect(lastRequest('createClonedVoice').body).toMatchObject({
      voice_sample_id: samples.voiceSamples[0]!.id,
      provider: 'elevenlabs',
      metadata: { Use_Case: 'e2e' },
    });
  });
});

describe('documents', () => {
  let assistant: Assistant;
  const pdf = Buffer.from('%PDF-1.4\n% e2e knowledge base\n%%EOF\n', 'latin1');

  beforeAll(async () => {
    assistant = await newAssistant('E2E Knowledge');
  });

  it('uploads a document as multipart: the mock receives the file part and the metadata fields', async () => {
    const result = await client.documents.upload(assistant.id, toFile(pdf, 'faq.pdf', { type: 'application/pdf' }), {
      name: 'E2E FAQ',
      category: 'support',
      tags: 'faq,e2e',
    });
    expect(result.success).toBe(true);
    expect(result.document.id).toEqual(expect.any(Number));
    expect(['processing', 'pending', 'completed', 'failed']).toContain(result.document.status);

    const request = lastRequest('uploadDocument');
    expect(request.status).toBe(200);
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.body).toEqual({
      file: { filename: 'faq.pdf', content_type: 'application/pdf', size: pdf.length },
      name: 'E2E FAQ',
      category: 'support',
      tags: 'faq,e2e',
    });
  });

  it('refuses an upload without the file part with a 422 that names body.file', async () => {
    const error = await client.documents
      .upload(assistant.id, undefined as unknown as Blob, { name: 'no file' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors.map((item) => item.loc.join('.'))).toContain('body.file');
  });

  it('lists the documents and reads a processing status', async () => {
    const list = await client.documents.list(assistant.id);
    expect(list.documents.length).toBeGreaterThan(0);
    const [first] = list.documents;
    expect(first?.processingStatus).toEqual(expect.any(String));
    expect(first?.fileSize).toEqual(expect.any(Number));
    expect(snakeKeys(list)).toEqual([]);

    const status = await client.documents.getStatus(assistant.id, first!.id);
    expect(status.processingStatus).toEqual(expect.any(String));
    expect(status.progressPercentage).toBeGreaterThanOrEqual(0);
    expect(status.progressPercentage).toBeLessThanOrEqual(100);
    expect(lastRequest('getDocumentStatus').path).toBe(`/api/v1/assistants/${assistant.id}/documents/${first!.id}/status`);
  });
});

describe('tools', () => {
  it('walks a page/per_page listing with for await, one tool per page', async () => {
    const before = fetched.length;
    const names: string[] = [];
    const ids: number[] = [];
    for await (const tool of client.tools.list({ perPage: 1 })) {
      ids.push(tool.id);
      names.push(tool.displayName ?? '');
      expect(tool.toolType).toEqual(expect.any(String));
      expect(tool).not.toHaveProperty('tool_type');
    }
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
    const pages = fetched.slice(before).map((url) => new URL(url).searchParams);
    expect(pages.map((query) => query.get('per_page'))).toEqual(ids.map(() => '1'));
    expect(pages.map((query) => query.get('page') ?? '1')).toEqual(ids.map((_, index) => String(index + 1)));

    const firstPage = await client.tools.list({ perPage: 1 });
    expect(firstPage.tools).toHaveLength(1);
    expect(firstPage.pagination.hasNext).toBe(true);
    expect(firstPage.pagination.total).toBe(ids.length);
  });

  it('gets one tool, wrapped, with its configuration keys untouched', async () => {
    const result = await client.tools.get(123);
    expect(result.success).toBe(true);
    expect(result.tool.id).toBe(123);
    expect(result.tool.functionDefinition).toBeTruthy();
    expect(result.tool.timeoutSeconds).toEqual(expect.any(Number));
  });

  it('assigns tools to an assistant in the documented order (tools, then assistant): ids in the body as tool_ids', async () => {
    const assistant = await newAssistant('E2E Tools');
    const result = await client.tools.assign([123, 124], assistant.id, { enabled: true });
    expect(result.success).toBe(true);
    expect(result.assignments).toEqual(expect.any(Number));
    const request = lastRequest('assignTools');
    expect(request.path).toBe(`/api/assistants/${assistant.id}/tools/assign`);
    expect(request.body).toEqual({ tool_ids: [123, 124], enabled: true });
  });

  it('unassigns in the documented order (tool, then assistant), whatever the route order', async () => {
    const assistant = await newAssistant('E2E Unassign');
    await client.tools.assign([123], assistant.id);
    const result = await client.tools.unassign(123, assistant.id);
    expect(result.success).toBe(true);
    expect(lastRequest('unassignTool').path).toBe(`/api/assistants/${assistant.id}/tools/123/unassign`);
  });

  it('deletes a tool; the listing no longer has it', async () => {
    const all: number[] = [];
    for await (const tool of client.tools.list()) all.push(tool.id);
    const victim = all.at(-1)!;
    expect((await client.tools.delete(victim)).success).toBe(true);
    const after: number[] = [];
    for await (const tool of client.tools.list({ perPage: 1 })) after.push(tool.id);
    expect(after).toEqual(all.slice(0, -1));
  });
});

describe('conversation flows (stateful CRUD)', () => {
  let flow: Flow;
  const graph = {
    begin_node: 'start',
    nodes: { start: { type: 'conversation', prompt: 'Greet the caller.' } },
  };

  it('creates a flow (201); the graph is user data and keeps its snake_case keys', async () => {
    const assistant = await newAssistant('E2E Flow Base');
    flow = await client.flows.create({ name: 'E2E Triage', baseAssistantId: assistant.id, graph, isActive: true });
    expect(flow.id).toEqual(expect.any(Number));
    expect(flow.name).toBe('E2E Triage');
    expect(flow.baseAssistantId).toBe(assistant.id);
    expect(flow.graph).toEqual(graph);
    expect(flow.isActive).toBe(true);
    expect(server.requests().at(-1)?.status).toBe(201);
    expect(lastRequest('createFlow').body).toEqual({ name: 'E2E Triage', base_assistant_id: assistant.id, graph, is_active: true });
  });

  it('gets it back', async () => {
    expect(await client.flows.get(flow.id)).toEqual(flow);
  });

  it('updates it; a new graph replaces the old one', async () => {
    const nextGraph = { begin_node: 'hello', nodes: { hello: { type: 'conversation', prompt: 'Hi.' } } };
    const updated = await client.flows.update(flow.id, { isActive: false, graph: nextGraph });
    expect(updated.id).toBe(flow.id);
    expect(updated.isActive).toBe(false);
    expect(updated.name).toBe('E2E Triage');
    expect((await client.flows.get(flow.id)).isActive).toBe(false);
  });

  it('lists it, walking skip/limit pages', async () => {
    const seen: number[] = [];
    for await (const item of client.flows.list({ activeOnly: false, limit: 1 })) seen.push(item.id);
    expect(seen.filter((id) => id === flow.id)).toHaveLength(1);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('deletes it; getting it afterwards is a NotFoundError', async () => {
    const result = await client.flows.delete(flow.id);
    expect(result.success).toBe(true);
    await expect(client.flows.get(flow.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('recordings', () => {
  it('lists a call recordings in camelCase', async () => {
    const recordings = await client.calls.getRecordings(1001, { recordingType: 'mixed' });
    expect(recordings.length).toBeGreaterThan(0);
    expect(recordings[0]?.recordingType).toEqual(expect.any(String));
    expect(new URLSearchParams(lastRequest('listCallRecordings').query).get('recording_type')).toBe('mixed');
  });

  it('plays a recording: a Blob with an audio content type and non-empty bytes', async () => {
    const audio = await client.calls.playRecording(1001, 77);
    expect(audio).toBeInstanceOf(Blob);
    expect(audio.type).toMatch(/^audio\//);
    const bytes = new Uint8Array(await audio.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(0);
    // An MP3 (ID3 tag) or a WAV (RIFF) file.
    expect(['ID3', 'RIF']).toContain(Buffer.from(bytes.subarray(0, 3)).toString('latin1'));
    expect(lastRequest('playCallRecording').headers['accept']).not.toBe('application/json');
  });

  it('builds the recording URL without a request (calls.getRecordingUrl), and that URL serves the audio with the bearer key', async () => {
    const before = server.requests().length;
    const url = client.calls.getRecordingUrl(1001, 77);
    expect(url).toBe(operationUrl(client, operations.callsPlayRecording, [1001, 77]));
    expect(url).toBe(`${baseUrl}/api/v1/calls/1001/recording/77/play`);
    expect(url).not.toContain(API_KEY);
    expect(server.requests().length).toBe(before);
    const response = await fetch(url, { headers: { Authorization: `Bearer ${API_KEY}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^audio\//);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});

describe('webhooks', () => {
  type Example = { value: unknown };
  type WebhookItem = { post: { requestBody: { content: Record<string, { examples?: Record<string, Example>; example?: unknown }> } } };
  const document = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../generated/openapi.json'), 'utf8')) as {
    webhooks: Record<string, WebhookItem>;
  };
  const cases = Object.entries(document.webhooks).flatMap(([name, item]) =>
    Object.values(item.post.requestBody.content).flatMap((media) => [
      ...Object.entries(media.examples ?? {}).map(([exampleName, example]) => ({ name, exampleName, value: example.value })),
      ...(media.example !== undefined ? [{ name, exampleName: 'example', value: media.example }] : []),
    ]),
  );

  it('has an example for each of the three webhooks Burki sends', () => {
    expect(new Set(cases.map((item) => item.name))).toEqual(new Set(['status-update', 'end-of-call-report', 'sms_received']));
  });

  it.each(cases)('parses the $name example "$exampleName" from a string and from bytes as that event', ({ name, value }) => {
    const text = JSON.stringify(value);
    for (const body of [text, Buffer.from(text, 'utf8'), value as Record<string, unknown>]) {
      const event = parseWebhook(body);
      expect(event.type).toBe(name);
      switch (event.type) {
        case 'status-update':
          expect(event.payload.message.type).toBe('status-update');
          expect(typeof event.payload.message.status).toBe('string');
          break;
        case 'end-of-call-report':
          expect(event.payload.message.type).toBe('end-of-call-report');
          expect(event.payload.message.endedReason).toEqual(expect.any(String));
          break;
        case 'sms_received':
          expect(event.payload.type).toBe('sms_received');
          expect(event.payload.data.from).toMatch(/^\+/);
          expect(event.payload.data.body).toEqual(expect.any(String));
          break;
        default:
          throw new Error(`narrowed to ${event.type}`);
      }
    }
  });

  it('turns an unknown event type into an unknown event, keeping the raw body', () => {
    const voice = parseWebhook(JSON.stringify({ message: { type: 'call-started', call: { id: 'CA1' } } }));
    expect(voice).toEqual({ type: 'unknown', eventType: 'call-started', raw: { message: { type: 'call-started', call: { id: 'CA1' } } } });
    const sms = parseWebhook({ type: 'sms_delivered', data: {} });
    expect(sms.type).toBe('unknown');
    if (sms.type === 'unknown') expect(sms.eventType).toBe('sms_delivered');
  });

  it('throws WebhookParseError for bodies that are not webhook events', () => {
    const reasons = ['{not json', '[1,2]', JSON.stringify({ hello: 'world' })].map((body) => {
      try {
        parseWebhook(body);
        return 'parsed';
      } catch (error) {
        expect(error).toBeInstanceOf(WebhookParseError);
        return (error as WebhookParseError).reason;
      }
    });
    expect(reasons).toEqual(['invalid_json', 'not_an_object', 'no_discriminator']);
  });
});

describe('realtime URLs', () => {
  it('builds the live-transcript URL from the base URL, without the key and without connecting', () => {
    const before = server.requests().length;
    const stream = client.realtime.liveTranscript('CA9f3c2b1a0d8e7f6a5b4c3d2e1f0a9b8c');
    expect(stream.url).toBe(`${baseUrl.replace(/^http:/, 'ws:')}/live-transcript/CA9f3c2b1a0d8e7f6a5b4c3d2e1f0a9b8c`);
    expect(stream.url).not.toContain(API_KEY);
    expect(stream.state).toBe('idle');
    expect(server.requests().length).toBe(before);
  });

  it('encodes the path parameter and maps https to wss', () => {
    expect(client.realtime.campaignProgress(12).url).toBe(`${baseUrl.replace(/^http:/, 'ws:')}/ws/campaigns/12/progress`);
    const secure = new BurkiClient({ apiKey: API_KEY, baseUrl: 'https://api.burki.dev/base/' });
    expect(secure.realtime.liveTranscript('CA a/b').url).toBe('wss://api.burki.dev/base/live-transcript/CA%20a%2Fb');
    expect(toWebSocketUrl('http://127.0.0.1:9/api/', '/x')).toBe('ws://127.0.0.1:9/api/x');
  });
});

/**
 * End to end, business side: the generated client talks over real HTTP to the generated mock, family by family
 * (Messaging, Campaigns, Organization, Billing, Learning & Memory).
 *
 * Assertions look at both ends: the decoded camelCase result, what the client sent (a recording `fetch`), and what
 * the mock received (`server.requests()`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BurkiClient,
  NotFoundError,
  toFile,
  type Assistant,
  type Campaign,
  type LlmPreset,
  type Memory,
} from '../../generated/client/src/index.js';
import {
  createMockServer,
  defaultModelPath,
  loadModel,
  type MockServer,
  type RecordedRequest,
} from '../../generated/mock/runtime/index.js';

const API_KEY = 'burki_test_e2e_business_key';
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

let server: MockServer;
let client: BurkiClient;
let baseUrl: string;

/** What the client put on the wire, request by request (URL and headers as fetch received them). */
interface Sent {
  readonly url: URL;
  readonly method: string;
  readonly headers: Headers;
}
const sent: Sent[] = [];

beforeAll(async () => {
  server = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
  client = new BurkiClient({
    apiKey: API_KEY,
    baseUrl,
    maxRetries: 0,
    fetch: (url, init) => {
      sent.push({ url: new URL(url), method: init.method ?? 'GET', headers: new Headers(init.headers) });
      return fetch(url, init);
    },
  });
});

afterAll(async () => {
  await server?.close();
});

/** The requests the client sent from now until `take()`. */
function watch(): { take(): Sent[] } {
  const start = sent.length;
  return { take: () => sent.slice(start) };
}

function lastRequest(operationId: string): RecordedRequest {
  const found = server.requests().filter((request) => request.operationId === operationId).at(-1);
  if (!found) throw new Error(`the mock received no ${operationId} request`);
  return found;
}

async function newAssistant(name: string): Promise<Assistant> {
  return client.assistants.create({ name });
}

describe('Messaging', () => {
  it('sends an SMS with an explicit idempotency key: the header reaches the mock, the body is snake_case', async () => {
    const watcher = watch();
    const result = await client.sms.send(
      { fromPhoneNumber: '+15551234567', toPhoneNumber: '+15559876543', message: 'E2E hello', mediaUrls: ['https://example.com/a.png'] },
      { idempotencyKey: 'e2e-sms-0001' },
    );
    expect(result.success).toBe(true);
    expect(result.messageId).toEqual(expect.any(String));
    expect(result.status).toEqual(expect.any(String));
    expect(result).not.toHaveProperty('message_id');

    const [request] = watcher.take();
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/sms/send');
    expect(request?.headers.get('idempotency-key')).toBe('e2e-sms-0001');
    const received = lastRequest('sendSms');
    expect(received.headers['idempotency-key']).toBe('e2e-sms-0001');
    expect(received.body).toEqual({
      from_phone_number: '+15551234567',
      to_phone_number: '+15559876543',
      message: 'E2E hello',
      media_urls: ['https://example.com/a.png'],
    });
  });

  it('sends the idempotency key given as the operation header parameter, and the body field beside it', async () => {
    await client.sms.send({
      fromPhoneNumber: '+15551234567',
      toPhoneNumber: '+15559876543',
      message: 'E2E retry-safe',
      queue: false,
      idempotencyKeyHeader: 'e2e-sms-0002',
      idempotencyKey: 'e2e-body-0002',
    });
    const received = lastRequest('sendSms');
    expect(received.headers['idempotency-key']).toBe('e2e-sms-0002');
    expect(received.body).toMatchObject({ queue: false, idempotency_key: 'e2e-body-0002' });
    expect(received.body).not.toHaveProperty('Idempotency-Key');
    expect(received.body).not.toHaveProperty('idempotency_key_header');
  });

  it('lists conversations (skip/limit pages), gets one, archives it', async () => {
    const all = await client.sms.listConversations();
    expect(all.length).toBeGreaterThan(0);
    const [first] = all;
    expect(first?.id).toEqual(expect.any(String));
    expect(first?.customerPhoneNumber).toMatch(/^\+/);
    expect(first?.messageCount).toEqual(expect.any(Number));
    expect(first).not.toHaveProperty('customer_phone_number');

    const walked: string[] = [];
    for await (const conversation of client.sms.listConversations({ limit: 1, status: 'active' })) walked.push(conversation.id);
    expect(walked).toEqual(all.filter((conversation) => conversation.status === 'active').map((conversation) => conversation.id));
    expect(new URLSearchParams(lastRequest('listSmsConversations').query).get('status')).toBe('active');

    const conversation = await client.sms.getConversation(first!.id);
    expect(conversation).toEqual(first);

    const archived = await client.sms.deleteConversation(first!.id);
    expect(archived.success).toBe(true);
    await expect(client.sms.getConversation(first!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await client.sms.listConversations()).map((item) => item.id)).not.toContain(first!.id);
  });

  it('lists SMS log entries: a skip/limit page object with total and hasMore', async () => {
    const page = await client.smsLogs.list({ limit: 10, direction: 'outbound' });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.total).toBe(page.items.length);
    expect(page.hasMore).toBe(false);
    const [entry] = page.items;
    expect(entry?.fromNumber).toMatch(/^\+/);
    expect(entry?.createdAt).toMatch(ISO_TIME);
    expect(entry).not.toHaveProperty('from_number');
    const query = new URLSearchParams(lastRequest('listSmsLogs').query);
    expect(query.get('limit')).toBe('10');
    expect(query.get('direction')).toBe('outbound');

    const walked: number[] = [];
    for await (const item of client.smsLogs.list({ limit: 1 })) walked.push(item.id);
    expect(walked).toEqual(page.items.map((item) => item.id));
  });
});

describe('Campaigns', () => {
  let assistant: Assistant;
  const created: Campaign[] = [];

  beforeAll(async () => {
    assistant = await newAssistant('E2E Campaign Caller');
    for (const n of [1, 2, 3, 4, 5]) {
      created.push(
        await client.campaigns.create({
          name: `E2E wave ${n}`,
          campaignType: 'call',
          assistantId: assistant.id,
          welcomeMessageTemplate: 'Hi {{name}}',
          fallbackValues: { name: 'there', Customer_Tier: 'gold' },
          maxAttempts: n,
        }),
      );
    }
  });

  it('creates campaigns in camelCase, with distinct ids and user-data maps untouched', () => {
    expect(new Set(created.map((campaign) => campaign.id)).size).toBe(5);
    const [first] = created;
    expect(first?.name).toBe('E2E wave 1');
    expect(first?.assistantId).toBe(assistant.id);
    expect(first?.campaignType).toBe('call');
    expect(first?.fallbackValues).toEqual({ name: 'there', Customer_Tier: 'gold' });
    expect(first?.maxAttempts).toBe(1);
    expect(first).not.toHaveProperty('assistant_id');
  });

  it('walks page/per_page to the end with for await: every created campaign once, pages 1, 2, 3, ...', async () => {
    const watcher = watch();
    const seen: number[] = [];
    for await (const campaign of client.campaigns.list({ perPage: 2 })) seen.push(campaign.id);
    const requests = watcher.take();

    for (const campaign of created) expect(seen.filter((id) => id === campaign.id)).toHaveLength(1);
    expect(new Set(seen).size).toBe(seen.length);
    expect(requests.length).toBe(Math.ceil(seen.length / 2));
    expect(requests.map((request) => request.url.searchParams.get('per_page'))).toEqual(requests.map(() => '2'));
    // The first request may leave `page` out (the server's default is 1); the following ones count up.
    expect(requests.map((request, index) => request.url.searchParams.get('page') ?? (index === 0 ? '1' : null))).toEqual(
      requests.map((_, index) => String(index + 1)),
    );
  });

  it('walks the same listing with .pages(), filtered by assistant, asking for page=1, 2, 3', async () => {
    const watcher = watch();
    const pages: number[][] = [];
    let last: boolean | undefined;
    for await (const page of client.campaigns.list({ assistantId: assistant.id, page: 1, perPage: 2 }).pages()) {
      pages.push(page.items.map((campaign) => campaign.id));
      expect(page.body.pagination.perPage).toBe(2);
      last = page.hasNextPage();
    }
    expect(last).toBe(false);
    expect(pages).toEqual([
      [created[0]!.id, created[1]!.id],
      [created[2]!.id, created[3]!.id],
      [created[4]!.id],
    ]);
    const requests = watcher.take();
    expect(requests.map((request) => request.url.searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(requests.map((request) => request.url.searchParams.get('assistant_id'))).toEqual(requests.map(() => String(assistant.id)));
    const first = await client.campaigns.list({ assistantId: assistant.id, perPage: 2 });
    expect(first.pagination.totalItems).toBe(5);
    expect(first.pagination.totalPages).toBe(3);
    expect(first.pagination.hasNext).toBe(true);
  });

  it('updates a campaign: the answer is the acknowledgement, a read shows the change', async () => {
    const target = created[0]!;
    const result = await client.campaigns.update(target.id, { name: 'E2E wave 1 (second)', maxAttempts: 7 });
    expect(Object.keys(result)).toEqual(['message']);
    expect(result.message).toEqual(expect.any(String));
    const read = await client.campaigns.get(target.id);
    expect(read.name).toBe('E2E wave 1 (second)');
    expect(read.maxAttempts).toBe(7);
    expect(read.assistantId).toBe(assistant.id);
  });

  it('imports contacts from a CSV (multipart, column mappings as a JSON string): 202 and an import id to poll', async () => {
    const csv = 'Phone Number,Customer Name,Appt Date\n5559876543,Jordan Lee,March 28\n(555) 010-4477,Sam Rivera,March 29\n';
    const mappings = { 'Phone Number': 'phone_number', 'Customer Name': 'name', 'Appt Date': 'appointment_date' };
    const campaign = created[1]!;
    const accepted = await client.campaigns
      .importContacts(campaign.id, {
        file: toFile(Buffer.from(csv, 'utf8'), 'contacts_march.csv', { type: 'text/csv' }),
        columnMappings: JSON.stringify(mappings),
      })
      .withResponse();
    expect(accepted.response.status).toBe(202);
    expect(accepted.data.importId).toEqual(expect.any(Number));
    expect(accepted.data.status).toEqual(expect.any(String));

    const received = lastRequest('importCampaignContacts');
    expect(received.path).toBe(`/api/v1/campaigns/${campaign.id}/import-data`);
    expect(received.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(received.body).toEqual({
      file: { filename: 'contacts_march.csv', content_type: 'text/csv', size: Buffer.byteLength(csv) },
      column_mappings: JSON.stringify(mappings),
    });

    let status = accepted.data.status;
    for (let attempt = 0; attempt < 5 && status !== 'completed' && status !== 'failed'; attempt += 1) {
      const polled = await client.campaigns.getImport(campaign.id, accepted.data.importId);
      expect(polled.importId).toEqual(expect.any(Number));
      status = polled.status;
    }
    expect(['completed', 'failed']).toContain(status);
    expect(lastRequest('getCampaignImport').path).toBe(`/api/v1/campaigns/${campaign.id}/imports/${accepted.data.importId}`);
  });

  it('deletes a campaign; reading it afterwards is a NotFoundError', async () => {
    const target = created[4]!;
    expect((await client.campaigns.delete(target.id)).message).toEqual(expect.any(String));
    await expect(client.campaigns.get(target.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('Organization', () => {
  it('gets the calling user in camelCase', async () => {
    const me = await client.users.getMe();
    expect(me.id).toEqual(expect.any(Number));
    expect(me.email).toContain('@');
    expect(me.organizationId).toEqual(expect.any(Number));
    expect(typeof me.isVerified).toBe('boolean');
    expect(me).not.toHaveProperty('organization_id');
  });

  it('creates an API key (secret once), lists it, deletes it', async () => {
    const created = await client.apiKeys.create({ name: 'E2E integration', permissions: { sms_logs: 'read', calls: 'read_write' } });
    expect(created.key).toEqual(expect.any(String));
    expect(created.apiKey.id).toEqual(expect.any(Number));
    expect(created.apiKey.name).toBe('E2E integration');
    // Permissions are user data: their keys are not renamed either way.
    expect(created.apiKey.permissions).toEqual({ sms_logs: 'read', calls: 'read_write' });
    expect(created).not.toHaveProperty('api_key');
    expect(lastRequest('createApiKey').body).toEqual({ name: 'E2E integration', permissions: { sms_logs: 'read', calls: 'read_write' } });

    const listed = await client.apiKeys.list();
    const mine = listed.filter((key) => key.id === created.apiKey.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.keyPrefix).toEqual(expect.any(String));
    expect(JSON.stringify(listed)).not.toContain(created.key);

    const deleted = await client.apiKeys.delete(created.apiKey.id);
    expect(deleted.message).toEqual(expect.any(String));
    expect((await client.apiKeys.list()).map((key) => key.id)).not.toContain(created.apiKey.id);
  });

  describe('LLM presets (CRUD)', () => {
    let preset: LlmPreset;

    it('creates a preset; its config is user data', async () => {
      preset = await client.llmPresets.create({
        name: 'E2E fast',
        provider: 'openai',
        config: { model: 'gpt-4o-mini', temperature: 0.2, max_tokens: 500 },
        includeApiKey: false,
        isDefault: false,
      });
      expect(preset.id).toEqual(expect.any(String));
      expect(preset.name).toBe('E2E fast');
      expect(preset.config).toEqual({ model: 'gpt-4o-mini', temperature: 0.2, max_tokens: 500 });
      expect(preset.includeApiKey).toBe(false);
      expect(lastRequest('createLlmPreset').body).toMatchObject({ include_api_key: false, is_default: false });
    });

    it('reads it back (getForApplication) and finds it in the list', async () => {
      expect(await client.llmPresets.getForApplication(preset.id)).toEqual(preset);
      expect((await client.llmPresets.list()).filter((item) => item.id === preset.id)).toEqual([preset]);
    });

    it('replaces it', async () => {
      const updated = await client.llmPresets.update(preset.id, {
        name: 'E2E fast v2',
        provider: 'openai',
        config: { model: 'gpt-4o-mini', temperature: 0.4 },
      });
      expect(updated.id).toBe(preset.id);
      expect(updated.name).toBe('E2E fast v2');
      expect(updated.config).toMatchObject({ model: 'gpt-4o-mini', temperature: 0.4 });
      expect((await client.llmPresets.getForApplication(preset.id)).name).toBe('E2E fast v2');
    });

    it('deletes it', async () => {
      expect((await client.llmPresets.delete(preset.id)).message).toEqual(expect.any(String));
      await expect(client.llmPresets.getForApplication(preset.id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await client.llmPresets.list()).map((item) => item.id)).not.toContain(preset.id);
    });
  });
});

describe('Billing', () => {
  it('reads the wallet in camelCase cents', async () => {
    const wallet = await client.billing.getWallet();
    expect(Number.isInteger(wallet.balanceCents)).toBe(true);
    expect(wallet.availableCents).toBeLessThanOrEqual(wallet.balanceCents);
    expect(typeof wallet.autoTopupEnabled).toBe('boolean');
    expect(wallet).not.toHaveProperty('balance_cents');
  });

  it('walks the ledger with limit/offset', async () => {
    const watcher = watch();
    const ids: string[] = [];
    for await (const entry of client.billing.listLedgerEntries({ limit: 1 })) {
      ids.push(entry.id);
      expect(['credit', 'debit']).toContain(entry.direction);
      expect(Number.isInteger(entry.amountCents)).toBe(true);
    }
    const requests = watcher.take();
    const first = await client.billing.listLedgerEntries({ limit: 100 });
    expect(ids).toEqual(first.entries.map((entry) => entry.id));
    expect(first.total).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(1);
    expect(requests.map((request) => request.url.searchParams.get('limit'))).toEqual(requests.map(() => '1'));
    expect(requests.map((request) => request.url.searchParams.get('offset') ?? '0').slice(0, ids.length)).toEqual(ids.map((_, index) => String(index)));
  });

  it('starts a top-up: the result narrows on `success`', async () => {
    const topup = await client.billing.createTopup(2000);
    expect(lastRequest('createWalletTopup').body).toEqual({ amount_cents: 2000 });
    if (topup.success) {
      expect(topup.clientSecret).toEqual(expect.any(String));
      expect(topup.paymentIntentId).toMatch(/^pi_/);
      expect(topup.amountCents).toBe(2000);
    } else {
      throw new Error(`unexpected refusal: ${topup.error}`);
    }
    expect(topup).not.toHaveProperty('client_secret');
  });

  it('a refused top-up comes back as HTTP 200 with success: false and the reason in error (asked for with Prefer: example=refused)', async () => {
    const topup = await client.billing.createTopup(2000, { headers: { Prefer: 'example=refused' } });
    const request = lastRequest('createWalletTopup');
    expect(request.headers['prefer']).toBe('example=refused');
    expect(request.status).toBe(200);
    expect(topup.success).toBe(false);
    if (topup.success) throw new Error('expected the refused example');
    expect(topup.error).toBe('Payment processing is temporarily unavailable');
    expect(topup.clientSecret ?? null).toBeNull();
    expect(topup).not.toHaveProperty('client_secret');
  });
});

describe('Learning & Memory', () => {
  let memory: Memory;

  it('stores a memory', async () => {
    memory = await client.memories.create({
      fact: 'E2E caller prefers text reminders',
      memoryType: 'semantic',
      memoryScope: 'caller',
      subjectType: 'caller',
      subjectId: 'e2e-caller-hash',
      confidence: 0.8,
    });
    expect(memory.id).toEqual(expect.any(Number));
    expect(memory.fact).toBe('E2E caller prefers text reminders');
    expect(memory.memoryScope).toBe('caller');
    expect(memory.subjectId).toBe('e2e-caller-hash');
    expect(memory).not.toHaveProperty('memory_scope');
  });

  it('gets it, corrects it, and reads the correction back', async () => {
    expect(await client.memories.get(memory.id)).toEqual(memory);
    const updated = await client.memories.update(memory.id, { fact: 'E2E caller prefers calls', confidence: 0.95, editReason: 'e2e' });
    expect(updated.fact).toBe('E2E caller prefers calls');
    expect(updated.confidence).toBe(0.95);
    expect(updated.subjectId).toBe('e2e-caller-hash');
    expect((await client.memories.get(memory.id)).fact).toBe('E2E caller prefers calls');
  });

  it('lists memories with limit/offset and a scope filter', async () => {
    const seen: number[] = [];
    for await (const item of client.memories.list({ limit: 1 })) seen.push(item.id);
    expect(seen.filter((id) => id === memory.id)).toHaveLength(1);
    expect(new Set(seen).size).toBe(seen.length);
    const callerOnly = await client.memories.list({ scopeType: 'caller', limit: 50 });
    expect(callerOnly.length).toBeGreaterThan(0);
    expect(new URLSearchParams(lastRequest('listMemories').query).get('scope_type')).toBe('caller');
  });

  it('searches memories by meaning', async () => {
    const result = await client.memories.search({ query: 'reminder preferences', callerHash: 'e2e-caller-hash', limit: 5 });
    expect(Array.isArray(result.memories)).toBe(true);
    expect(result.memories[0]?.fact).toEqual(expect.any(String));
    expect(result.retrievalMs).toEqual(expect.any(Number));
    expect(result).not.toHaveProperty('retrieval_ms');
    expect(lastRequest('searchMemories').body).toEqual({ query: 'reminder preferences', caller_hash: 'e2e-caller-hash', limit: 5 });
  });

  it('deletes it; getting it afterwards is a NotFoundError', async () => {
    await client.memories.delete(memory.id);
    await expect(client.memories.get(memory.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

/**
 * Calls that happen and state that tells the truth, through the generated SDK against the generated mock: a call
 * started with `calls.initiate` moves on the mock's clock (advanced by the test), its transcript appears line by line
 * (on an open live-transcript stream too), and both
 * voice webhooks reach a receiver on loopback with bodies that validate against the spec's `webhooks`; failed
 * deliveries land in the call's webhook logs; an inbound SMS reaches `sms_webhook_url`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { BurkiClient, NotFoundError, parseWebhook, type Assistant } from '../../generated/client/src/index.js';
import { createMockServer, defaultModelPath, loadModel, type MockServer } from '../../generated/mock/runtime/index.js';

const API_KEY = 'burki_calls_key';
let server: MockServer;
let baseUrl: string;
let client: BurkiClient;
let receiver: Server;
let receiverUrl: string;
const received: { path: string; body: unknown }[] = [];

// The spec's webhook payload schemas, compiled from the bundled document.
const document = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: false, allErrors: true });
((addFormatsModule as unknown as { default?: (a: Ajv2020) => void }).default ?? (addFormatsModule as unknown as (a: Ajv2020) => void))(ajv);
ajv.addSchema({ ...document, $id: 'https://spec.invalid/openapi.json' });
const webhookSchema = (name: string) =>
  ajv.compile({ $ref: `https://spec.invalid/openapi.json#/webhooks/${name}/post/requestBody/content/application~1json/schema` });
function expectValid(name: string, body: unknown): void {
  const validate = webhookSchema(name);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

async function advance(seconds: number): Promise<{ now: number; events: { webhook?: string; status?: number; error?: string }[] }> {
  const res = await fetch(`${baseUrl}/__mock/advance`, { method: 'POST', body: JSON.stringify({ seconds }) });
  expect(res.status).toBe(200);
  return (await res.json()) as never;
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(text) as unknown });
      res.writeHead(req.url === '/refuse' ? 500 : 200, { 'Content-Type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  server = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
  client = new BurkiClient({ apiKey: API_KEY, baseUrl, maxRetries: 0, WebSocket });
});
afterAll(async () => {
  await server?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('a simulated call', () => {
  let assistant: Assistant;
  let callSid: string;

  it('initiate creates a call with a fresh SID, from what was sent', async () => {
    assistant = await client.assistants.create({ name: 'Webhook receiver', webhookUrl: `${receiverUrl}/voice`, smsWebhookUrl: `${receiverUrl}/sms` });
    const first = await client.calls.initiate({ toPhoneNumber: '+15550100001', fromPhoneNumber: '+15550100002', assistantId: assistant.id });
    const second = await client.calls.initiate({ toPhoneNumber: '+15550100003', assistantId: assistant.id });
    callSid = first.callSid as string;
    expect(callSid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(second.callSid).not.toBe(callSid);
    expect(server.snapshot('calls').filter((c) => (c as { call_sid: string }).call_sid === callSid)).toHaveLength(1);
    const call = await client.calls.getBySid(callSid);
    expect(call).toMatchObject({ callSid, status: 'ongoing', customerPhoneNumber: '+15550100001', toPhoneNumber: '+15550100002', assistantId: assistant.id });
    expect(call.endedAt).toBeNull();
    expect(await client.calls.getTranscriptsBySid(callSid)).toEqual([]);
  });

  it('after a second the assistant gets status-update, valid against the spec', async () => {
    received.length = 0;
    const { events } = await advance(1);
    // Both calls started above connect.
    expect(events.filter((e) => e.webhook)).toEqual([
      expect.objectContaining({ webhook: 'status-update', status: 200 }),
      expect.objectContaining({ webhook: 'status-update', status: 200 }),
    ]);
    const voice = received.filter((r) => r.path === '/voice');
    expect(voice.length).toBeGreaterThanOrEqual(1);
    const mine = voice.find((r) => (r.body as { message: { call: { id: string } } }).message.call.id === callSid);
    expect(mine).toBeDefined();
    expectValid('status-update', mine?.body);
    const event = parseWebhook(mine?.body as never);
    expect(event.type).toBe('status-update');
    expect(mine?.body).toMatchObject({ message: { type: 'status-update', status: 'in-progress', phoneNumber: { number: '+15550100002' }, call: { customer: { number: '+15550100001' } } } });
  });

  it('at the end: completed, transcript stored, end-of-call-report delivered and every attempt logged', async () => {
    received.length = 0;
    await advance(40);
    const call = await client.calls.getBySid(callSid);
    expect(call).toMatchObject({ status: 'completed', duration: 30 });
    expect(call.endedAt).toEqual(expect.any(String));
    const transcripts = await client.calls.getTranscriptsBySid(callSid);
    expect(transcripts.map((t) => t.speaker)).toEqual(['assistant', 'user']);
    expect(transcripts.every((t) => t.callId === call.id)).toBe(true);
    const reports = received.filter((r) => (r.body as { message: { type: string } }).message.type === 'end-of-call-report');
    expect(reports).toHaveLength(2); // both calls ended
    for (const report of reports) expectValid('end-of-call-report', report.body);
    expect(reports.map((r) => (r.body as { message: { customer: { number: string } } }).message.customer.number).sort()).toEqual(['+15550100001', '+15550100003']);
    const logs = await client.calls.getWebhookLogs(call.id);
    expect(logs.map((l) => [l.webhookType, l.success, l.responseStatusCode])).toEqual([
      ['status-update', true, 200],
      ['end-of-call-report', true, 200],
    ]);
    expect(logs[0]?.webhookUrl).toBe(`${receiverUrl}/voice`);
  });

  it('the live-transcript stream of the call carries its status and the same transcript', async () => {
    const stream = client.realtime.liveTranscript(callSid);
    const events: { type: string }[] = [];
    const iterator = stream[Symbol.asyncIterator]();
    const deadline = setTimeout(() => void stream.disconnect(), 3000);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      events.push(next.value as { type: string });
      if (events.length === 4) break;
    }
    clearTimeout(deadline);
    await stream.disconnect();
    expect(events.map((e) => e.type)).toEqual(['connection_established', 'call_status', 'transcript', 'transcript']);
    expect(events[1]).toMatchObject({ type: 'call_status', callSid, status: 'completed', metadata: { customerPhoneNumber: '+15550100001' } });
    const stored = await client.calls.getTranscriptsBySid(callSid);
    expect(events.slice(2).map((e) => (e as unknown as { data: { content: string } }).data.content)).toEqual(stored.map((t) => t.content));
  });

  it('a live-transcript stream open during the call gets each line as it is spoken, then the final status', async () => {
    const live = await client.calls.initiate({ toPhoneNumber: '+15550100006', assistantId: assistant.id });
    const stream = client.realtime.liveTranscript(live.callSid as string);
    const iterator = stream[Symbol.asyncIterator]();
    const deadline = setTimeout(() => void stream.disconnect(), 5000);
    const next = async () => (await iterator.next()).value as { type: string; status?: string; data?: { content?: string; speaker?: string } };
    try {
      expect((await next()).type).toBe('connection_established');
      // Nothing said yet: the opening is the status alone.
      expect(await next()).toMatchObject({ type: 'call_status', status: 'ongoing' });
      let frame = next();
      await advance(4);
      expect(await frame).toMatchObject({ type: 'transcript', data: { speaker: 'assistant', content: 'Hello! Thanks for calling. How can I help you today?' } });
      expect(await client.calls.getTranscriptsBySid(live.callSid as string)).toHaveLength(1);
      frame = next();
      await advance(8);
      expect(await frame).toMatchObject({ type: 'transcript', data: { speaker: 'user' } });
      frame = next();
      await advance(18);
      expect(await frame).toMatchObject({ type: 'call_status', status: 'completed' });
    } finally {
      clearTimeout(deadline);
      await stream.disconnect();
    }
  });

  it('a delivery that fails is logged with its error, as the server does', async () => {
    const refusing = await client.assistants.create({ name: 'Refusing', webhookUrl: `${receiverUrl}/refuse` });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/gone`;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await client.assistants.create({ name: 'Unreachable', webhookUrl: deadUrl });
    const a = await client.calls.initiate({ toPhoneNumber: '+15550100004', assistantId: refusing.id });
    const b = await client.calls.initiate({ toPhoneNumber: '+15550100005', assistantId: unreachable.id });
    await advance(1);
    const logsOf = async (sid: string) => client.calls.getWebhookLogs((await client.calls.getBySid(sid)).id);
    expect(await logsOf(a.callSid as string)).toEqual([expect.objectContaining({ success: false, responseStatusCode: 500, errorMessage: 'HTTP 500' })]);
    const [failed] = await logsOf(b.callSid as string);
    expect(failed).toMatchObject({ success: false, responseStatusCode: null, webhookUrl: deadUrl });
    expect(failed?.errorMessage).toMatch(/ECONNREFUSED/);
  });

  it('an inbound SMS reaches sms_webhook_url with a body valid against the spec', async () => {
    received.length = 0;
    const res = await fetch(`${baseUrl}/__mock/sms`, {
      method: 'POST',
      body: JSON.stringify({ assistant_id: assistant.id, from: '+15550100009', to: '+15550100002', body: 'Running late' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ webhook: 'sms_received', status: 200, url: `${receiverUrl}/sms` });
    const [sms] = received;
    expect(sms?.path).toBe('/sms');
    expectValid('sms_received', sms?.body);
    expect(sms?.body).toMatchObject({ type: 'sms_received', data: { from: '+15550100009', to: '+15550100002', body: 'Running late', media_urls: [] } });
    const again = await server.receiveSms({ assistant_id: assistant.id, from: '+1', to: '+2', body: 'again' });
    expect(again.status).toBe(200);
    const ids = received.map((r) => (r.body as { data: { message_id: string } }).data.message_id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('a started campaign', () => {
  it('runs on the clock and its progress stream follows it', async () => {
    const campaign = (server.snapshot('campaigns') as { id: number; total_contacts: number }[])[0] as { id: number; total_contacts: number };
    const started = await client.campaigns.start(campaign.id);
    expect(started).toMatchObject({ campaignId: campaign.id, status: 'running' });
    const stream = client.realtime.campaignProgress(campaign.id);
    const iterator = stream[Symbol.asyncIterator]();
    const events: { type: string; data?: { status?: string; progress?: { completed?: number } } }[] = [];
    const next = async (): Promise<void> => {
      const result = await iterator.next();
      if (!result.done) events.push(result.value as never);
    };
    await next(); // connection_ack
    await next(); // initial_progress
    expect(events[1]).toMatchObject({ type: 'initial_progress', data: { campaignId: campaign.id, status: 'running' } });
    const update = next();
    await advance(60);
    await update;
    expect(events[2]).toMatchObject({ type: 'progress_update', data: { status: 'completed', progress: { completed: campaign.total_contacts } } });
    await stream.disconnect();
    expect(await client.campaigns.get(campaign.id)).toMatchObject({ status: 'completed', completedAt: expect.any(String) });
  });
});

describe('truthful state', () => {
  it('seeded calls have distinct SIDs and getBySid finds each one', async () => {
    server.reset();
    const calls = server.snapshot('calls') as { id: number; call_sid: string }[];
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(new Set(calls.map((c) => c.call_sid)).size).toBe(calls.length);
    for (const call of calls) expect((await client.calls.getBySid(call.call_sid)).id).toBe(call.id);
  });

  it('an unknown SID is a 404 for terminate, getBySid and transcripts; a known one is terminated', async () => {
    for (const attempt of [client.calls.terminate('CA-unknown'), client.calls.getBySid('CA-unknown'), client.calls.getTranscriptsBySid('CA-unknown')]) {
      await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    }
    const { callSid } = await client.calls.initiate({ toPhoneNumber: '+15550100006' });
    await client.calls.terminate(callSid as string);
    expect(await client.calls.getBySid(callSid as string)).toMatchObject({ status: 'completed', endedAt: expect.any(String) });
  });

  it('a create returns what was sent plus defaults, not example values', async () => {
    const created = await client.assistants.create({ name: 'Bare' });
    expect(created.name).toBe('Bare');
    expect(created.webhookUrl ?? null).toBeNull();
    expect(created.description ?? null).toBeNull();
    expect(JSON.stringify(created)).not.toContain('Acme');
  });

  it('ids are never reused after a delete, and a delete says what it deleted', async () => {
    const doomed = await client.assistants.create({ name: 'Short-lived' });
    const result = await client.assistants.delete(doomed.id);
    expect(result.message).toBe('Assistant Short-lived deleted successfully');
    await expect(client.assistants.get(doomed.id)).rejects.toBeInstanceOf(NotFoundError);
    const next = await client.assistants.create({ name: 'Next' });
    expect(next.id).toBeGreaterThan(doomed.id);
  });
});

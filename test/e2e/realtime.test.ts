/**
 * End to end, realtime: the GENERATED client's `client.realtime` streams over real WebSockets to the GENERATED mock
 * (model from the spec's `x-websockets`, frames from the message schemas' examples).
 *
 * Assertions look at both ends: the camelCase events the client yields, and what the mock received
 * (`server.requests()`, credential redacted).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  BurkiClient,
  WebSocketError,
  type CallStatusEvent,
  type CampaignMetricsHistoryEvent,
  type CampaignProgressEvent,
  type TranscriptEvent,
} from '../../generated/client/src/index.js';
import { createMockServer, defaultModelPath, loadModel, type MockServer } from '../../generated/mock/runtime/index.js';

const API_KEY = 'burki_test_e2e_realtime_key';
const SID = 'CA9f3c2b1a0d8e7f6a5b4c3d2e1f0a9b8c';

let server: MockServer;
let client: BurkiClient;
let baseUrl: string;

beforeAll(async () => {
  server = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
  // Node 20 has no global WebSocket: hand the client the `ws` class (it would also import `ws` by itself).
  client = new BurkiClient({ apiKey: API_KEY, baseUrl, maxRetries: 0, WebSocket });
});

afterAll(async () => {
  await server?.close();
});

/** Reads `n` events from an iterator, failing after 3 s instead of hanging. */
async function take<T>(iterator: AsyncIterator<T>, n: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([
      iterator.next(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no event ${i + 1} of ${n} within 3 s (got ${JSON.stringify(out)})`)), 3000);
      }),
    ]).finally(() => clearTimeout(timer));
    if (result.done) throw new Error(`stream ended after ${i} events`);
    out.push(result.value);
  }
  return out;
}

describe('client.realtime.liveTranscript', () => {
  it('yields connection_established, the call status and the stored transcripts, camelCased', async () => {
    const stream = client.realtime.liveTranscript(SID);
    await stream.connect();
    expect(stream.state).toBe('open');
    const events = await take(stream[Symbol.asyncIterator](), 5);
    expect(events.map((event) => event.type)).toEqual(['connection_established', 'call_status', 'transcript', 'transcript', 'transcript']);

    const [established] = events;
    expect(established).toMatchObject({ type: 'connection_established', callSid: SID });
    expect(established).not.toHaveProperty('call_sid');

    const transcripts = events.filter((event): event is TranscriptEvent => event.type === 'transcript');
    expect(transcripts.map((event) => event.data.isFinal)).toEqual([true, false, true]);
    expect(transcripts.map((event) => event.data.speaker)).toEqual(['assistant', 'user', 'user']);
    expect(transcripts[2]?.data).toMatchObject({ content: 'Hi, I would like to move my appointment to Friday.', segmentStart: 3.8, segmentEnd: 6.9 });
    expect(transcripts[0]?.data).not.toHaveProperty('is_final');
    expect(transcripts.every((event) => event.callSid === SID)).toBe(true);

    const status = events[1] as CallStatusEvent;
    expect(status.status).toBe('ongoing');
    expect(status.metadata).toMatchObject({ assistantId: 42, customerPhoneNumber: '+15559876543', toPhoneNumber: '+15551234567' });

    await stream.disconnect();
    expect(stream.state).toBe('closed');
  });

  it('answers sendPing() with pong and requestStatus() with a call_status event', async () => {
    const stream = client.realtime.liveTranscript(SID);
    const iterator = stream[Symbol.asyncIterator]();
    await take(iterator, 5);
    stream.sendPing();
    const [pong] = await take(iterator, 1);
    expect(pong).toMatchObject({ type: 'pong', timestamp: expect.any(String) });
    stream.requestStatus();
    const [status] = await take(iterator, 1);
    expect(status).toMatchObject({ type: 'call_status', callSid: SID, status: 'ongoing' });
    // A message the mock does not answer is ignored; the stream stays usable.
    stream.send({ type: 'subscribe_later' });
    stream.sendPing();
    expect((await take(iterator, 1))[0]?.type).toBe('pong');
    await iterator.return?.();
    expect(stream.state).toBe('closed');
  });

  it('fields named like the path parameter carry the requested SID', async () => {
    const stream = client.realtime.liveTranscript('CA0000000000000000000000000000e2e0');
    const events = await take(stream[Symbol.asyncIterator](), 5);
    for (const event of events) expect(event).toHaveProperty('callSid', 'CA0000000000000000000000000000e2e0');
    await stream.disconnect();
  });

  it('sends the key as the token query parameter; the mock journal redacts it', async () => {
    const stream = client.realtime.liveTranscript(SID);
    await stream.connect();
    await stream.disconnect();
    const upgrade = server
      .requests()
      .filter((request) => request.stream === 'liveTranscript')
      .at(-1);
    expect(upgrade).toMatchObject({ method: 'GET', path: `/live-transcript/${SID}`, query: 'token=[redacted]', status: 101 });
    expect(JSON.stringify(server.requests())).not.toContain(API_KEY);
  });

  it('a refused key yields the authentication_failed error event, then ends with WebSocketError 1008 (no retry)', async () => {
    const wrong = new BurkiClient({ apiKey: 'burki_wrong_key', baseUrl, WebSocket });
    const stream = wrong.realtime.liveTranscript(SID);
    const iterator = stream[Symbol.asyncIterator]();
    const [error] = await take(iterator, 1);
    expect(error).toMatchObject({ type: 'error', error: 'authentication_failed', message: expect.any(String) });
    const end = await iterator.next().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(end).toBeInstanceOf(WebSocketError);
    expect((end as WebSocketError).code).toBe(1008);
    expect(String((end as WebSocketError).message)).not.toContain('burki_wrong_key');
    expect(stream.reconnects).toBe(0);
  });

  it('works without the WebSocket option (global WebSocket, else the ws package)', async () => {
    const plain = new BurkiClient({ apiKey: API_KEY, baseUrl });
    const stream = plain.realtime.liveTranscript(SID);
    const [first] = await take(stream[Symbol.asyncIterator](), 1);
    expect(first?.type).toBe('connection_established');
    await stream.disconnect();
  });
});

describe('client.realtime.campaignProgress', () => {
  it('yields connection_ack, initial_progress, progress_update and metrics_history for campaign 12', async () => {
    const stream = client.realtime.campaignProgress(12);
    const iterator = stream[Symbol.asyncIterator]();
    const events = await take(iterator, 4);
    expect(events.map((event) => event.type)).toEqual(['connection_ack', 'initial_progress', 'progress_update', 'metrics_history']);
    expect(events[0]).toMatchObject({ type: 'connection_ack', campaignId: 12, timestamp: expect.any(Number) });

    const initial = events[1] as CampaignProgressEvent;
    expect(initial.data.campaignId).toBe(12);
    expect(initial.data.progress).toMatchObject({ totalContacts: 250, completed: 125, progressPercentage: 54, successRate: 92.59 });
    expect(initial.data.recentActivity?.[0]).toMatchObject({ executionId: 901, contactPhone: '+15559876543', status: 'completed' });
    expect(initial.data).not.toHaveProperty('recent_activity');

    const update = events[2] as CampaignProgressEvent;
    expect(update.data.progress.completed).toBe(126);
    expect(update.data).not.toHaveProperty('recentActivity');

    const history = events[3] as CampaignMetricsHistoryEvent;
    expect(history.data.map((point) => point.successRate)).toEqual([93.02, 92.86, 92.59]);

    stream.requestStatus();
    const [answer] = await take(iterator, 1);
    expect(answer).toMatchObject({ type: 'progress_update', data: { campaignId: 12 } });
    stream.sendPing();
    expect((await take(iterator, 1))[0]?.type).toBe('pong');
    await stream.disconnect();
  });

  it('puts the requested campaign id into the events', async () => {
    const stream = client.realtime.campaignProgress(77);
    const events = await take(stream[Symbol.asyncIterator](), 2);
    expect(events[0]).toMatchObject({ campaignId: 77 });
    expect((events[1] as CampaignProgressEvent).data.campaignId).toBe(77);
    await stream.disconnect();
  });

  it('a refused key closes the campaign stream at the handshake (401, no error message on this stream)', async () => {
    const wrong = new BurkiClient({ apiKey: 'burki_wrong_key', baseUrl, WebSocket });
    const stream = wrong.realtime.campaignProgress(12, { maxRetries: 0 });
    const failure = await stream.connect().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(failure).toBeInstanceOf(WebSocketError);
    expect(stream.state).toBe('closed');
    expect(server.requests().at(-1)).toMatchObject({ stream: 'campaignProgress', status: 401 });
  });
});

describe('closing the mock', () => {
  it('ends an open stream with 1001, which the client treats as a drop', async () => {
    const own = createMockServer(await loadModel(defaultModelPath()));
    const { url } = await own.listen(0, '127.0.0.1');
    const local = new BurkiClient({ apiKey: 'any-key', baseUrl: url, WebSocket });
    const stream = local.realtime.campaignProgress(12, { maxRetries: 0 });
    const iterator = stream[Symbol.asyncIterator]();
    await take(iterator, 4);
    await own.close();
    const end = await iterator.next().then(
      (result) => result,
      (reason: unknown) => reason,
    );
    expect(end).toBeInstanceOf(WebSocketError);
    expect((end as WebSocketError).code).toBe(1001);
  });
});

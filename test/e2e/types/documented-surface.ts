/**
 * The documented TypeScript surface (guides/sdk-surface.md), called the way the docs show it: every resource
 * method with its argument order, the client options, the exported types and errors, and the realtime streams.
 * Where the curated spec decides otherwise, the call is the SDK's and the comment names the decision (the
 * package README lists them). test/e2e/documented-surface.test.ts type-checks this file strictly and runs it
 * against the generated mock; each call's result is returned so the test can look at it.
 */
import {
  AuthenticationError,
  BurkiClient,
  BurkiError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
  WebSocketError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  toFile,
  type Assistant,
  type AssistantCreateParams,
  type AssistantUpdateParams,
  type Call,
  type CallListParams,
  type CallStatusEvent,
  type Campaign,
  type CampaignCreateParams,
  type CampaignProgressEvent,
  type Document,
  type PhoneNumber,
  type PhoneNumberSearchParams,
  type Tool,
  type ToolCreateParams,
  type TranscriptEvent,
} from '../../../generated/client/src/index.js';

/** Every error class of the documented table, exported from the package root and extending one base. */
export const errorClasses = [
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ValidationError,
  RateLimitError,
  ServerError,
  WebSocketError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
] satisfies (abstract new (...args: never[]) => BurkiError)[];

/** The documented constructor: `apiKey`, `baseUrl`, `timeout` (ms), and the additions users expect. */
export function makeClient(apiKey: string, baseUrl: string, WebSocket?: unknown): BurkiClient {
  return new BurkiClient({
    apiKey,
    baseUrl,
    timeout: 10_000,
    maxRetries: 0,
    defaultHeaders: { 'X-App': 'surface-test' },
    logger: { debug: () => undefined },
    ...(WebSocket ? { WebSocket: WebSocket as never } : {}),
  });
}

export type Calls = Record<string, unknown>;

export async function assistants(client: BurkiClient): Promise<Calls> {
  const createParams: AssistantCreateParams = {
    name: 'Surface Receptionist',
    llmSettings: { systemPrompt: 'You are a receptionist.', temperature: 0.2 },
    ttsSettings: { voiceId: 'rachel' },
  };
  const created: Assistant = await client.assistants.create(createParams);
  const updateParams: AssistantUpdateParams = { name: 'Surface Receptionist 2' };
  const out: Calls = { created };
  out['list'] = await client.assistants.list({ activeOnly: true, includeStats: true, limit: 10, skip: 0 });
  out['get'] = await client.assistants.get(created.id);
  out['getByPhone'] = await client.assistants.getByPhone('+14155550100').catch((error: unknown) => error);
  out['update'] = await client.assistants.update(created.id, updateParams);
  out['updateStatus'] = await client.assistants.updateStatus(created.id, false);
  out['getCount'] = await client.assistants.getCount(true);
  out['export'] = await client.assistants.export({ format: 'csv' });
  out['getClonedVoices'] = await client.assistants.getClonedVoices({ provider: 'elevenlabs' });
  out['getProviders'] = await client.assistants.getProviders();
  out['getOrganizationInfo'] = await client.assistants.getOrganizationInfo();
  out['delete'] = await client.assistants.delete(created.id);
  return out;
}

export async function calls(client: BurkiClient): Promise<Calls> {
  const out: Calls = {};
  out['initiate'] = await client.calls.initiate({
    fromPhoneNumber: '+14155550100',
    toPhoneNumber: '+14155550123',
    welcomeMessage: 'Hello!',
    agenda: 'Confirm the appointment.',
    assistantId: 1,
    variables: { customer_name: 'Ada' },
  });
  const listParams: CallListParams = { status: 'completed', dateFrom: '2024-01-01T00:00:00Z', limit: 5 };
  const page = await client.calls.list(listParams);
  out['list'] = page;
  const call: Call | undefined = page.items[0];
  const id = call?.id ?? 1;
  const sid = call?.callSid ?? 'CA123';
  out['get'] = await client.calls.get(id);
  out['getBySid'] = await client.calls.getBySid(sid);
  out['updateMetadata'] = await client.calls.updateMetadata(id, { crm_id: 'X-1', Nested_Key: { kept: true } });
  out['getTranscripts'] = await client.calls.getTranscripts(id);
  out['getTranscriptsBySid'] = await client.calls.getTranscriptsBySid(sid);
  out['exportTranscripts'] = await client.calls.exportTranscripts(id, { format: 'txt' });
  out['getRecordings'] = await client.calls.getRecordings(id);
  out['getRecordingUrl'] = client.calls.getRecordingUrl(id, 9);
  out['getMetrics'] = await client.calls.getMetrics(id);
  out['getMessages'] = await client.calls.getMessages(id);
  out['getWebhookLogs'] = await client.calls.getWebhookLogs(id);
  out['terminate'] = await client.calls.terminate(sid);
  out['getAnalytics'] = await client.calls.getAnalytics('7d');
  out['getStats'] = await client.calls.getStats();
  // `calls.search(query)` has no server route (spec README, decision 7): the list's filters search.
  out['search'] = await client.calls.list({ customerPhone: '+14155550123' });
  out['export'] = await client.calls.export({ format: 'csv', status: 'completed' });
  return out;
}

export async function phoneNumbers(client: BurkiClient): Promise<Calls> {
  const out: Calls = {};
  const numbers: PhoneNumber[] = await client.phoneNumbers.list();
  out['list'] = numbers;
  const searchParams: PhoneNumberSearchParams = { provider: 'twilio', countryCode: 'US', areaCode: '415' };
  out['search'] = await client.phoneNumbers.search(searchParams);
  out['purchase'] = await client.phoneNumbers.purchase({ phoneNumber: '+14155550199', provider: 'twilio', friendlyName: 'Front desk' });
  out['release'] = await client.phoneNumbers.release('+14155550199');
  out['assign'] = await client.phoneNumbers.assign(numbers[0]?.id ?? 1, { assistantId: 1 });
  // `unassign` needs the assistant too (spec README, decision 22): `unassign(assistantId, phoneNumberId)`.
  out['unassign'] = await client.phoneNumbers.unassign(1, numbers[0]?.id ?? 1);
  out['getCountries'] = await client.phoneNumbers.getCountries('twilio');
  out['diagnose'] = await client.phoneNumbers.diagnose('+14155550100');
  out['getWebhooks'] = await client.phoneNumbers.getWebhooks('+14155550100');
  out['updateWebhooks'] = await client.phoneNumbers.updateWebhooks({ phoneNumber: '+14155550100', voiceWebhookUrl: 'https://example.com/voice' });
  out['syncVerifiedCallerIds'] = await client.phoneNumbers.syncVerifiedCallerIds();
  out['addVerifiedCallerId'] = await client.phoneNumbers.addVerifiedCallerId({ phoneNumber: '+14155550111', friendlyName: 'Office' });
  return out;
}

export async function documents(client: BurkiClient, assistantId: number): Promise<Calls> {
  const out: Calls = {};
  // As documented: a Blob/File, or in Node a Buffer or stream, then the file name.
  const uploaded = await client.documents.upload(assistantId, Buffer.from('Opening hours: 9-5'), 'faq.txt');
  out['upload'] = uploaded;
  // Or the params object in the name's place (the multipart body's `name`, `category`, `tags`), the file named
  // (and typed) by `toFile`.
  out['uploadToFile'] = await client.documents.upload(assistantId, toFile(Buffer.from('FAQ'), 'faq.pdf', { type: 'application/pdf' }), { name: 'FAQ' });
  // The server wraps the list in `{ documents: [...] }` (the docs show a bare array).
  const listed = await client.documents.list(assistantId);
  const first: Document | undefined = listed.documents[0];
  out['list'] = listed;
  // Document routes sit under the assistant on the server: `getStatus(assistantId, documentId)`.
  out['getStatus'] = await client.documents.getStatus(assistantId, first?.id ?? uploaded.document.id);
  out['delete'] = await client.documents.delete(assistantId, first?.id ?? uploaded.document.id);
  return out;
}

export async function tools(client: BurkiClient, assistantId: number): Promise<Calls> {
  const out: Calls = {};
  const createParams: ToolCreateParams = {
    name: 'lookup_order',
    displayName: 'Look up an order',
    description: 'Finds an order by number.',
    toolType: 'endpoint',
    configuration: { url: 'https://example.com/orders', method: 'GET' },
    functionDefinition: { name: 'lookup_order', parameters: { type: 'object' } },
  };
  const created = await client.tools.create(createParams);
  out['create'] = created;
  out['list'] = await client.tools.list();
  const got = await client.tools.get(created.tool.id);
  const tool: Tool | undefined = got.tool;
  out['get'] = tool;
  out['update'] = await client.tools.update(created.tool.id, { description: 'Finds an order.' });
  // `assign` takes the tool ids as an array (spec README, decision 19).
  out['assign'] = await client.tools.assign([created.tool.id], assistantId);
  out['unassign'] = await client.tools.unassign(created.tool.id, assistantId);
  // `discoverLambda` needs the AWS keys beside the region (decision 21).
  out['discoverLambda'] = await client.tools.discoverLambda({ accessKey: 'AKIA0000', secretKey: 'secret', region: 'us-east-1' });
  out['delete'] = await client.tools.delete(created.tool.id);
  return out;
}

export async function sms(client: BurkiClient): Promise<Calls> {
  const out: Calls = {};
  const sent = await client.sms.send({ fromPhoneNumber: '+14155550100', toPhoneNumber: '+14155550123', message: 'Your table is ready.', queue: true });
  out['send'] = sent;
  out['getStatus'] = await client.sms.getStatus(sent.messageId ?? 'SM1');
  out['cancel'] = await client.sms.cancel(sent.messageId ?? 'SM1').catch((error: unknown) => error);
  out['getQueueStats'] = await client.sms.getQueueStats();
  const conversations = await client.sms.listConversations({ assistantId: 42, status: 'active' });
  out['listConversations'] = conversations;
  const id = conversations[0]?.id ?? 'conv-1';
  out['getConversation'] = await client.sms.getConversation(id);
  out['getMessages'] = await client.sms.getMessages(id);
  out['getRelatedConversations'] = await client.sms.getRelatedConversations(id);
  out['exportConversation'] = await client.sms.exportConversation(id, { format: 'txt' });
  out['deleteConversation'] = await client.sms.deleteConversation(id);
  return out;
}

export async function campaigns(client: BurkiClient, assistantId: number): Promise<Calls> {
  const out: Calls = {};
  const createParams: CampaignCreateParams = { name: 'Reminders', campaignType: 'call', assistantId };
  const created: Campaign = await client.campaigns.create(createParams);
  out['create'] = created;
  out['list'] = await client.campaigns.list({ status: 'draft' });
  out['get'] = await client.campaigns.get(created.id);
  out['update'] = await client.campaigns.update(created.id, { name: 'Reminders (May)' });
  out['start'] = await client.campaigns.start(created.id);
  out['pause'] = await client.campaigns.pause(created.id);
  // No `resume`: `start` resumes a paused campaign (spec README, decision M5).
  out['resume'] = await client.campaigns.start(created.id);
  out['getProgress'] = await client.campaigns.getProgress(created.id);
  out['getContacts'] = await client.campaigns.getContacts(created.id, { status: 'pending' });
  out['cancel'] = await client.campaigns.cancel(created.id);
  out['delete'] = await client.campaigns.delete(created.id);
  return out;
}

/** The realtime streams: `connect()`, `sendPing()`, `requestStatus()`, `for await`, `disconnect()`. */
export async function realtime(client: BurkiClient, callSid: string, campaignId: number): Promise<{ transcript: string[]; campaign: string[] }> {
  const transcript: string[] = [];
  const stream = client.realtime.liveTranscript(callSid);
  await stream.connect();
  stream.sendPing();
  stream.requestStatus();
  for await (const event of stream) {
    transcript.push(event.type);
    if (event.type === 'transcript') {
      const text: TranscriptEvent['data']['content'] = event.data.content;
      void text;
    }
    if (event.type === 'call_status') {
      const status: CallStatusEvent['status'] = event.status;
      void status;
    }
    if (event.type === 'pong') break;
  }
  await stream.disconnect();

  const campaign: string[] = [];
  const progress = client.realtime.campaignProgress(campaignId);
  await progress.connect();
  for await (const event of progress) {
    campaign.push(event.type);
    if (event.type === 'initial_progress' || event.type === 'progress_update') {
      const completed: CampaignProgressEvent['data']['progress']['completed'] = event.data.progress.completed;
      void completed;
      break;
    }
  }
  await progress.disconnect();
  return { transcript, campaign };
}

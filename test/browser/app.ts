/**
 * The page script of the browser test, bundled by esbuild for the browser. It reads the mock's URL and the key from
 * the page URL (`?api=...&key=...`), calls the mock with the SDK and publishes what happened on
 * `window.__burkiResult` (or `window.__burkiError`).
 */
import { BurkiClient, NotFoundError, type Assistant } from '../../generated/client/src/index.js';

declare global {
  interface Window {
    __burkiResult?: unknown;
    __burkiError?: string;
  }
}

async function main(): Promise<unknown> {
  const search = new URLSearchParams(window.location.search);
  const client = new BurkiClient({
    apiKey: search.get('key') ?? '',
    baseUrl: search.get('api') ?? '',
    maxRetries: 0,
  });
  const created: Assistant = await client.assistants.create({
    name: 'Browser Receptionist',
    llmSettings: { systemPrompt: 'Hello from the browser.' },
  });
  const fetched = await client.assistants.get(created.id);
  const { response } = await client.assistants.get(created.id).withResponse();
  const ids: number[] = [];
  for await (const assistant of client.assistants.list({ limit: 1 })) ids.push(assistant.id);
  let notFound: unknown = null;
  try {
    await client.assistants.get(987654321);
  } catch (error) {
    notFound =
      error instanceof NotFoundError
        ? { name: error.name, status: error.status, requestId: error.requestId }
        : String(error);
  }
  // Realtime over the browser's own WebSocket, against the test's ws server.
  const realtime = new BurkiClient({ apiKey: search.get('key') ?? '', baseUrl: search.get('ws') ?? '' })
    .realtime;
  const stream = realtime.liveTranscript('CA123');
  await stream.connect();
  stream.sendPing();
  const realtimeEvents: string[] = [];
  for await (const event of stream) {
    realtimeEvents.push(event.type === 'transcript' ? `transcript:${event.data.content}` : event.type);
    if (event.type === 'pong') break;
  }
  return {
    realtimeEvents,
    realtimeState: stream.state,
    userAgentHasNode: navigator.userAgent.includes('Node'),
    createdName: created.name,
    systemPrompt: fetched.llmSettings?.systemPrompt ?? null,
    status: response.status,
    contentType: response.headers.get('content-type'),
    listedCreated: ids.includes(created.id),
    notFound,
  };
}

main().then(
  (result) => {
    window.__burkiResult = result;
  },
  (error: unknown) => {
    window.__burkiError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  },
);

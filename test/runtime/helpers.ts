import { BaseClient, encodeParams, type ClientOptions } from '../../templates/client/runtime/index.js';
import type { OperationDescriptor, Shape } from '../../templates/client/runtime/operation.js';

export const API_KEY = 'burki_live_SECRET_test_key_123456';

export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null | undefined;
  readonly signal: AbortSignal | undefined;
}

export type Responder = (request: RecordedRequest, index: number) => Response | Promise<Response>;

/** A fetch that records every request and answers with `responder` (default: 200 `{}`). */
export function fakeFetch(responder: Responder = () => json({})) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const request: RecordedRequest = {
      url: input,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body,
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    return responder(request, requests.length - 1);
  };
  return { fetch, requests, urls: () => requests.map((r) => r.url) };
}

/** A fetch that never answers until its signal aborts (then rejects like real fetch). */
export function hangingFetch() {
  const requests: RecordedRequest[] = [];
  const fetch = (input: string, init: RequestInit): Promise<Response> => {
    requests.push({
      url: input,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body,
      signal: init.signal ?? undefined,
    });
    return new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () =>
        reject(new DOMException('This operation was aborted', 'AbortError')),
      );
    });
  };
  return { fetch, requests };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function text(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain', ...headers } });
}

/** Records sleeps instead of waiting. */
export function fakeSleep() {
  const sleeps: number[] = [];
  return {
    sleeps,
    sleep: async (ms: number, signal?: AbortSignal) => {
      sleeps.push(ms);
      if (signal?.aborted) throw new Error('aborted during sleep');
    },
  };
}

export const BASE_URL = 'https://api.test';

export function makeClient(fetch: ClientOptions['fetch'], options: ClientOptions = {}): BaseClient {
  const slept = fakeSleep();
  return new BaseClient(
    {
      apiKey: API_KEY,
      baseUrl: BASE_URL,
      fetch,
      ...options,
      _internal: { sleep: slept.sleep, random: () => 0.5, ...options._internal },
    },
    {
      defaultBaseUrl: 'https://api.burki.dev',
      apiKeyEnvVar: 'BURKI_TEST_API_KEY',
      clientName: 'BurkiClient',
      userAgent: 'burki-sdk-ts/test',
    },
  );
}

/** A descriptor with the runtime's defaults (GET, JSON response, bearer auth) for what `partial` leaves out. */
/** A descriptor as the generator writes it: `encodeParams` whenever the operation has query, header or body params. */
export function op(
  partial: Partial<OperationDescriptor> & Pick<OperationDescriptor, 'path'>,
): OperationDescriptor {
  const hasParams = partial.query !== undefined || partial.headers !== undefined || partial.body !== undefined;
  return { method: 'GET', ...(hasParams ? { encodeParams } : {}), ...partial };
}

// A few shapes resembling Burki's assistant schema, written as the generator writes them (see `Shape`).
const LLMSettings: Shape = {};
const Tool: Shape = {};
const Assistant: Shape = {
  // `llm_settings`, `tts_settings` and `tools` are mapped by the default rule all the way down: not listed.
  props: {
    // A map of user keys whose values are objects with declared keys.
    api_keys: { keep: true, values: {} },
    // Free-form: passed through unchanged.
    metadata: null,
    custom_settings: null,
  },
};

export const shapes = { Assistant, LLMSettings, Tool, AssistantList: { items: Assistant } satisfies Shape };

/**
 * End to end: the generated client talks over real HTTP to the generated mock on a free loopback port.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BurkiClient,
  NotFoundError,
  ValidationError,
  type Assistant,
} from '../../generated/client/src/index.js';
import { createMockServer, defaultModelPath, loadModel, type MockServer } from '../../generated/mock/runtime/index.js';

const API_KEY = 'burki_test_e2e_secret_key';
let server: MockServer;
let client: BurkiClient;
let baseUrl: string;

beforeAll(async () => {
  server = createMockServer(await loadModel(defaultModelPathFor()), { tokens: [API_KEY] });
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
  client = new BurkiClient({ apiKey: API_KEY, baseUrl, maxRetries: 0 });
});

afterAll(async () => {
  await server?.close();
});

function defaultModelPathFor(): string {
  // The runtime resolves ../mock-model.json next to itself: the generated model.
  return defaultModelPath();
}

describe('assistants through the generated client and mock', () => {
  let created: Assistant;

  it('creates an assistant, mapping camelCase to the snake_case wire and back', async () => {
    created = await client.assistants.create({
      name: 'E2E Receptionist',
      description: 'Books appointments',
      llmSettings: { systemPrompt: 'You are a receptionist.', temperature: 0.3 },
      customSettings: { Keep_This_Key: { nested_key: 1 } },
    });
    expect(created.id).toEqual(expect.any(Number));
    expect(created.name).toBe('E2E Receptionist');
    expect(created.llmSettings?.systemPrompt).toBe('You are a receptionist.');
    expect(created.llmSettings?.temperature).toBe(0.3);
    // A free-form map is user data: its keys pass through unchanged both ways.
    expect(created.customSettings).toEqual({ Keep_This_Key: { nested_key: 1 } });
    expect(created).not.toHaveProperty('llm_settings');
  });

  it('gets it back by id', async () => {
    const fetched = await client.assistants.get(created.id);
    expect(fetched).toEqual(created);
  });

  it('lists it: awaiting gives the first page, iterating walks every item', async () => {
    const firstPage = await client.assistants.list({ limit: 100 });
    expect(Array.isArray(firstPage)).toBe(true);
    expect(firstPage.map((assistant) => assistant.id)).toContain(created.id);
    const seen: number[] = [];
    for await (const assistant of client.assistants.list({ limit: 1 })) seen.push(assistant.id);
    expect(seen).toContain(created.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(firstPage.length);
  });

  it('updates it', async () => {
    const updated = await client.assistants.update(created.id, { name: 'E2E Front Desk' });
    expect(updated.id).toBe(created.id);
    expect(updated.name).toBe('E2E Front Desk');
    expect((await client.assistants.get(created.id)).name).toBe('E2E Front Desk');
  });

  it('updates its status with a positional argument', async () => {
    const updated = await client.assistants.updateStatus(created.id, false);
    expect(updated.isActive).toBe(false);
    expect((await client.assistants.get(created.id)).isActive).toBe(false);
  });

  it('deletes it; getting it afterwards is a NotFoundError', async () => {
    const result = await client.assistants.delete(created.id);
    expect(result.success).toBe(true);
    const error = await client.assistants.get(created.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
  });

  it('turns a FastAPI 422 into a ValidationError with the detail list', async () => {
    const error = await client.assistants
      .create({ name: 123 as unknown as string })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors[0]?.loc).toEqual(['body', 'name']);
  });

  it('names the SDK fields of a 422: errors[].path and the message in camelCase, loc as sent', async () => {
    const error = await client.assistants
      .create({ name: 'x', llmSettings: { systemPrompt: 42 as unknown as string } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    const issue = (error as ValidationError).errors.find((item) => item.loc.includes('system_prompt'));
    expect(issue?.loc).toEqual(['body', 'llm_settings', 'system_prompt']);
    expect(issue?.path).toEqual(['llmSettings', 'systemPrompt']);
    expect((error as ValidationError).message).toContain('llmSettings.systemPrompt: ');
    expect((error as ValidationError).message).not.toContain('llm_settings');
  });

  it('turns a 401 into an AuthenticationError that does not contain the key', async () => {
    const wrong = new BurkiClient({ apiKey: 'wrong-key-value', baseUrl, maxRetries: 0 });
    const error = await wrong.assistants.get(1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(JSON.stringify(error)).not.toContain('wrong-key-value');
    expect(String((error as Error).message)).not.toContain('wrong-key-value');
  });
});

describe('call data through the generated client and mock', () => {
  it("reads a call's transcripts in camelCase", async () => {
    const transcripts = await client.calls.getTranscripts(1001);
    expect(transcripts.length).toBeGreaterThan(0);
    const [first] = transcripts;
    expect(first?.callId).toBe(1001);
    expect(typeof first?.content).toBe('string');
    expect(first?.segmentStart).toEqual(expect.any(Number));
    expect(first).not.toHaveProperty('segment_start');
  });

  it('encodes an E.164 path parameter', async () => {
    const assistant = await client.assistants.getByPhone('+15551234567');
    expect(assistant.id).toEqual(expect.any(Number));
  });
});

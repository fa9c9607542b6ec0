/**
 * The documented surface (guides/sdk-surface.md), checked: test/e2e/types/documented-surface.ts calls every
 * documented method as the docs show it (or as the spec decides, said there and in the package README). Here it
 * is type-checked with the package's strict options, then run against the generated mock over real HTTP and
 * WebSockets, and its results are looked at in the SDK's camelCase.
 */
import path from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BurkiError, type BurkiClient } from '../../generated/client/src/index.js';
import { createMockServer, defaultModelPath, loadModel, type MockServer } from '../../generated/mock/runtime/index.js';
import { compileDiagnostics } from './types/compile.js';
import * as surface from './types/documented-surface.js';

const API_KEY = 'burki_test_surface_key';
let server: MockServer;
let client: BurkiClient;
let assistantId: number;

beforeAll(async () => {
  server = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
  const { url } = await server.listen(0, '127.0.0.1');
  client = surface.makeClient(API_KEY, url, WebSocket);
  assistantId = (await client.assistants.create({ name: 'Surface host' })).id;
});

afterAll(async () => {
  await server?.close();
});

it('type-checks strictly against the generated client', () => {
  expect(compileDiagnostics([path.join(import.meta.dirname, 'types/documented-surface.ts')])).toEqual([]);
});

it('exports every documented error class from the root, each extending the base error', () => {
  for (const ErrorClass of surface.errorClasses) expect(ErrorClass.prototype).toBeInstanceOf(BurkiError);
});

describe('against the mock', () => {
  it('assistants: every documented method, camelCase both ways', async () => {
    const out = await surface.assistants(client);
    expect(out['created']).toMatchObject({ name: 'Surface Receptionist', llmSettings: { systemPrompt: 'You are a receptionist.' } });
    expect(out['update']).toMatchObject({ name: 'Surface Receptionist 2' });
    expect(out['updateStatus']).toMatchObject({ isActive: false });
    expect(out['getCount']).toEqual(expect.objectContaining({ count: expect.any(Number) }));
    expect(typeof out['export']).toBe('string');
    expect(Object.keys(out).sort()).toEqual(
      ['created', 'list', 'get', 'getByPhone', 'update', 'updateStatus', 'getCount', 'export', 'getClonedVoices', 'getProviders', 'getOrganizationInfo', 'delete'].sort(),
    );
  });

  it('calls: every documented method (search through the list filters)', async () => {
    const out = await surface.calls(client);
    expect(out['initiate']).toEqual(expect.objectContaining({ callSid: expect.any(String) }));
    expect(out['getRecordingUrl']).toMatch(/\/api\/v1\/calls\/\d+\/recording\/9\/play$/);
    expect(out['updateMetadata']).toEqual(expect.objectContaining({ id: expect.any(Number) }));
    expect(typeof out['exportTranscripts']).toBe('string');
  });

  it('phoneNumbers: every documented method', async () => {
    const out = await surface.phoneNumbers(client);
    expect(Array.isArray(out['list'])).toBe(true);
    expect(Object.keys(out)).toHaveLength(12);
  });

  it('documents: upload with a file name, list, status, delete', async () => {
    const out = await surface.documents(client, assistantId);
    expect(out['upload']).toMatchObject({ success: true, document: { id: expect.any(Number) } });
    // The documented third argument is the multipart file part's name.
    const uploads = server.requests().filter((request) => request.method === 'POST' && request.path.endsWith('/documents/upload'));
    expect(uploads.map((request) => request.body)).toEqual([
      { file: expect.objectContaining({ filename: 'faq.txt' }) },
      { file: expect.objectContaining({ filename: 'faq.pdf', content_type: 'application/pdf' }), name: 'FAQ' },
    ]);
    expect(out['getStatus']).toEqual(expect.objectContaining({ processingStatus: expect.any(String) }));
  });

  it('tools: every documented method', async () => {
    const out = await surface.tools(client, assistantId);
    expect(out['create']).toMatchObject({ success: true, tool: { id: expect.any(Number) } });
    expect(Object.keys(out)).toHaveLength(8);
  });

  it('sms: every documented method', async () => {
    const out = await surface.sms(client);
    expect(out['send']).toEqual(expect.objectContaining({ success: true }));
    expect(Object.keys(out)).toHaveLength(10);
  });

  it('campaigns: every documented method (resume through start)', async () => {
    const out = await surface.campaigns(client, assistantId);
    expect(out['create']).toMatchObject({ name: 'Reminders', campaignType: 'call' });
    expect(Object.keys(out)).toHaveLength(11);
  });

  it('realtime: both streams connect, answer ping and status, and yield typed events', async () => {
    const { transcript, campaign } = await surface.realtime(client, 'CA9f3c2b1a0d8e7f6a5b4c3d2e1f0a9b8c', 1);
    expect(transcript).toContain('connection_established');
    expect(transcript.at(-1)).toBe('pong');
    expect(campaign.at(-1)).toMatch(/^(initial_progress|progress_update)$/);
  });
});

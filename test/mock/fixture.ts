/** A small hand-written mock model exercising every feature of the mock runtime. */
import type { MockModel, MockOperation, MockParameter, MockResponse } from '../../templates/mock/runtime/model.js';

type S = { readonly [key: string]: unknown };
const ref = (name: string): S => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: S): S => ({ anyOf: [schema, { type: 'null' }] });

const assistant1 = {
  id: 1,
  name: 'Support Bot',
  description: 'Answers support calls',
  is_active: true,
  organization_id: 7,
  llm_settings: { model: 'gpt-4o-mini', temperature: 0.7 },
  phone_number: '+15551234567',
  created_at: '2024-06-01T10:00:00Z',
  updated_at: '2024-06-01T10:00:00Z',
};
const assistant2 = {
  ...assistant1,
  id: 2,
  name: 'Sales Bot',
  description: null,
  is_active: false,
  phone_number: '+15557654321',
};

const call = (id: number, status: string) => ({ id, call_sid: `CA${id}`, status, duration: 10 * id });

export const schemas: MockModel['schemas'] = {
  LLMSettings: {
    type: 'object',
    required: ['model'],
    properties: {
      model: { type: 'string', example: 'gpt-4o-mini' },
      temperature: nullable({ type: 'number', minimum: 0, maximum: 2 }),
    },
    'x-provider-hint': 'openai',
  },
  TransferTool: {
    type: 'object',
    required: ['type', 'transfer_type'],
    properties: { type: { const: 'transfer' }, transfer_type: { type: 'string', enum: ['cold', 'warm'] } },
  },
  EndCallTool: {
    type: 'object',
    required: ['type'],
    properties: { type: { const: 'end_call' }, message: { type: 'string' } },
  },
  Tool: {
    oneOf: [ref('TransferTool'), ref('EndCallTool')],
    discriminator: { propertyName: 'type', mapping: { transfer: '#/components/schemas/TransferTool', end_call: '#/components/schemas/EndCallTool' } },
  },
  AssistantCreate: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 100, examples: ['Support Bot'] },
      description: nullable({ type: 'string' }),
      is_active: { type: 'boolean', default: true },
      llm_settings: nullable(ref('LLMSettings')),
      tools: { type: 'array', items: ref('Tool') },
      webhook_url: nullable({ type: 'string', format: 'uri' }),
    },
    example: { name: 'Support Bot' },
    xml: { name: 'assistant' },
    externalDocs: { url: 'https://docs.burki.dev' },
  },
  AssistantUpdate: {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1 },
      description: nullable({ type: 'string' }),
      is_active: { type: 'boolean' },
      llm_settings: nullable({ type: 'object', properties: { model: { type: 'string' }, temperature: { type: 'number' } } }),
    },
  },
  AssistantResponse: {
    type: 'object',
    required: ['id', 'name'],
    properties: {
      id: { type: 'integer' },
      name: { type: 'string' },
      description: nullable({ type: 'string' }),
      is_active: { type: 'boolean' },
      organization_id: { type: 'integer' },
      llm_settings: nullable(ref('LLMSettings')),
      phone_number: nullable({ type: 'string' }),
      created_at: { type: 'string', format: 'date-time' },
      updated_at: { type: 'string', format: 'date-time' },
    },
  },
  CallStatus: { type: 'string', enum: ['ongoing', 'completed', 'failed'] },
};

const auth = true;
const q = (name: string, schema: S, required = false): MockParameter => ({ name, in: 'query', required, schema });
const path = (name: string, schema: S): MockParameter => ({ name, in: 'path', required: true, schema });
const json = (status: string, example: unknown, schema?: S): MockResponse => ({
  status,
  contentType: 'application/json',
  example,
  ...(schema ? { schema } : {}),
  headers: [] as string[],
});

const skipLimit = [q('skip', { type: 'integer', minimum: 0, default: 0 }), q('limit', { type: 'integer', minimum: 1, maximum: 1000, default: 100 })];

export const operations: MockOperation[] = [
  {
    operationId: 'listAssistants',
    method: 'GET',
    path: '/api/v1/assistants',
    auth,
    parameters: [...skipLimit, q('is_active', { type: 'boolean' })],
    responses: [json('200', [assistant1, assistant2], { type: 'array', items: ref('AssistantResponse') })],
    pagination: { style: 'offset', offsetParam: 'skip', limitParam: 'limit' },
    state: { collection: 'assistants', action: 'list' },
  },
  {
    operationId: 'createAssistant',
    method: 'POST',
    path: '/api/v1/assistants',
    auth,
    parameters: [],
    requestBody: { required: true, contentType: 'application/json', schema: ref('AssistantCreate') },
    responses: [json('201', assistant1, ref('AssistantResponse')), json('422', { detail: [] })],
    state: { collection: 'assistants', action: 'create' },
  },
  {
    operationId: 'getAssistantCount',
    method: 'GET',
    path: '/api/v1/assistants/count',
    auth,
    parameters: [],
    responses: [json('200', { count: 2 })],
  },
  {
    operationId: 'getProviders',
    method: 'GET',
    path: '/api/v1/assistants/providers',
    auth: false,
    parameters: [],
    responses: [json('200', { llm: ['openai', 'anthropic'], tts: ['elevenlabs'] })],
  },
  {
    operationId: 'getAssistant',
    method: 'GET',
    path: '/api/v1/assistants/{assistant_id}',
    auth,
    parameters: [path('assistant_id', { type: 'integer' })],
    responses: [json('200', assistant1, ref('AssistantResponse')), json('404', { detail: 'Assistant not found' })],
    state: { collection: 'assistants', action: 'read', idParam: 'assistant_id' },
  },
  {
    operationId: 'updateAssistant',
    method: 'PUT',
    path: '/api/v1/assistants/{assistant_id}',
    auth,
    parameters: [path('assistant_id', { type: 'integer' })],
    requestBody: { required: true, contentType: 'application/json', schema: ref('AssistantUpdate') },
    responses: [json('200', assistant1, ref('AssistantResponse'))],
    state: { collection: 'assistants', action: 'update', idParam: 'assistant_id' },
  },
  {
    operationId: 'updateAssistantStatus',
    method: 'PATCH',
    path: '/api/v1/assistants/{assistant_id}/status',
    auth,
    parameters: [path('assistant_id', { type: 'integer' }), q('is_active', { type: 'boolean' }, true)],
    responses: [json('200', { ...assistant1, is_active: false }, ref('AssistantResponse'))],
    state: { collection: 'assistants', action: 'update', idParam: 'assistant_id' },
  },
  {
    operationId: 'deleteAssistant',
    method: 'DELETE',
    path: '/api/v1/assistants/{assistant_id}',
    auth,
    parameters: [path('assistant_id', { type: 'integer' })],
    responses: [json('200', { success: true, message: 'Assistant deleted successfully' })],
    state: { collection: 'assistants', action: 'delete', idParam: 'assistant_id' },
  },
  {
    operationId: 'getAssistantByPhone',
    method: 'GET',
    path: '/api/v1/assistants/by-phone/{phone_number}',
    auth,
    parameters: [path('phone_number', { type: 'string', pattern: '^\\+[1-9]\\d{1,14}$' })],
    responses: [json('200', assistant1, ref('AssistantResponse'))],
    state: { collection: 'assistants', action: 'read', idParam: 'phone_number' },
  },
  {
    operationId: 'uploadDocument',
    method: 'POST',
    path: '/api/v1/assistants/{assistant_id}/documents/upload',
    auth,
    parameters: [path('assistant_id', { type: 'integer' })],
    requestBody: {
      required: true,
      contentType: 'multipart/form-data',
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, name: { type: 'string' } } },
    },
    responses: [json('200', { id: 10, name: 'faq.pdf', status: 'processing' })],
  },
  {
    operationId: 'addVerifiedCallerId',
    method: 'POST',
    path: '/api/v1/phone-numbers/organization/add-verified-caller-id',
    auth,
    parameters: [],
    requestBody: {
      required: true,
      contentType: 'application/x-www-form-urlencoded',
      schema: { type: 'object', required: ['phone_number'], properties: { phone_number: { type: 'string' }, friendly_name: { type: 'string' } } },
    },
    responses: [json('200', { success: true })],
  },
  {
    operationId: 'listCalls',
    method: 'GET',
    path: '/api/v1/calls/',
    auth,
    parameters: [...skipLimit, q('status', ref('CallStatus'))],
    responses: [json('200', { items: [call(1, 'completed'), call(2, 'failed'), call(3, 'completed')], total: 3, skip: 0, limit: 100 })],
    pagination: { style: 'offset', offsetParam: 'skip', limitParam: 'limit', items: 'items', total: 'total' },
  },
  {
    operationId: 'getCallStats',
    method: 'GET',
    path: '/api/v1/calls/stats',
    auth,
    parameters: [],
    responses: [json('200', { total_calls: 3 })],
  },
  {
    operationId: 'exportCalls',
    method: 'GET',
    path: '/api/v1/calls/export',
    auth,
    parameters: [q('format', { type: 'string', pattern: '^(csv|json)$', default: 'csv' })],
    responses: [{ status: '200', contentType: 'text/csv', example: 'Call ID,Status\n1,completed\n', headers: ['Content-Disposition'] }],
  },
  {
    operationId: 'getCall',
    method: 'GET',
    path: '/api/v1/calls/{call_id}',
    auth,
    parameters: [path('call_id', { type: 'integer' })],
    responses: [json('200', call(1, 'completed'))],
  },
  {
    operationId: 'playRecording',
    method: 'GET',
    path: '/api/v1/calls/{call_id}/recording/{recording_id}/play',
    auth,
    parameters: [path('call_id', { type: 'integer' }), path('recording_id', { type: 'integer' })],
    responses: [
      { status: '200', contentType: 'audio/mpeg', schema: { type: 'string', format: 'binary' }, headers: ['Content-Disposition', 'Accept-Ranges'] },
      { status: '202', contentType: 'application/json', example: { status: 'processing' }, headers: ['Retry-After'] },
    ],
  },
  {
    operationId: 'listCampaigns',
    method: 'GET',
    path: '/api/v1/campaigns/',
    auth,
    parameters: [q('page', { type: 'integer', minimum: 1, default: 1 }), q('per_page', { type: 'integer', minimum: 1, maximum: 1000, default: 50 })],
    responses: [
      json('200', {
        campaigns: [
          { id: 1, name: 'Spring' },
          { id: 2, name: 'Summer' },
          { id: 3, name: 'Autumn' },
        ],
        pagination: { page: 1, per_page: 50, total_items: 3, total_pages: 1, has_next: false, has_prev: false },
      }),
    ],
    pagination: { style: 'page', pageParam: 'page', perPageParam: 'per_page', items: 'campaigns', hasNext: 'pagination.has_next' },
    state: { collection: 'campaigns', action: 'list' },
  },
  {
    operationId: 'listStatements',
    method: 'GET',
    path: '/v1/billing/statements',
    auth,
    parameters: [q('limit', { type: 'integer', minimum: 1, maximum: 24, default: 12 })],
    responses: [json('200', { statements: [{ month: '2025-01' }, { month: '2025-02' }, { month: '2025-03' }] })],
    pagination: { style: 'limit', limitParam: 'limit', items: 'statements' },
  },
  {
    operationId: 'sendSms',
    method: 'POST',
    path: '/sms/send',
    auth,
    parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 8 } }],
    requestBody: {
      required: true,
      contentType: 'application/json',
      schema: { type: 'object', required: ['to', 'message'], properties: { to: { type: 'string' }, message: { type: 'string' }, queue: { type: 'boolean', default: true } } },
    },
    responses: [json('200', { success: true, message_id: 'SM1', status: 'queued' })],
  },
  {
    operationId: 'getSms',
    method: 'GET',
    path: '/sms/{message_id}',
    auth,
    parameters: [path('message_id', { type: 'string' })],
    responses: [json('200', { message_id: 'SM1', status: 'delivered' })],
  },
  {
    operationId: 'bulkAssign',
    method: 'POST',
    path: '/api/v1/assistants/{assistant_id}/phone-numbers/bulk-assign',
    auth,
    parameters: [path('assistant_id', { type: 'integer' })],
    requestBody: { required: true, contentType: 'application/json', schema: { type: 'array', items: { type: 'integer' }, minItems: 1 } },
    responses: [{ status: '204', headers: [] }],
  },
  {
    operationId: 'createBroken',
    method: 'POST',
    path: '/api/v1/broken',
    auth,
    parameters: [],
    requestBody: { required: false, contentType: 'application/json', schema: { type: 'object' } },
    // A BigInt cannot be serialised: creating an item here always fails after the item was computed.
    responses: [json('201', { id: 1, name: 'x', big: BigInt(1) })],
    state: { collection: 'broken', action: 'create' },
  },
];

export const model: MockModel = { title: 'Burki (test fixture)', version: '0.0.0-test', schemas, operations };

export const TOKEN = 'burki_test_key';
export const authHeaders = { Authorization: `Bearer ${TOKEN}` } as const;

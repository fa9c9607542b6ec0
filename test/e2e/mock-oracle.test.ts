/**
 * The mock as a test oracle. Over every operation of the generated model (in process, through the mock's fetch
 * handler): a request built from the schemas, then one per declared status (`Prefer: code=`) and per named example
 * (`Prefer: example=`); every JSON answer must validate against the schema the spec declares for its status (an
 * undeclared one against FastAPI's `{detail}`). Then strict mode: what a client sends that the spec does not allow
 * shows up in the journal, field by field.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, defaultModelPath, loadModel, type MockModel, type MockOperation } from '../../generated/mock/runtime/index.js';
import { SchemaResolver } from '../../generated/mock/runtime/schema.js';

let model: MockModel;
const ajv = new Ajv2020({ strict: false, allErrors: true });
((addFormatsModule as unknown as { default?: (a: Ajv2020) => void }).default ?? (addFormatsModule as unknown as (a: Ajv2020) => void))(ajv);
for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'phone', 'e164']) ajv.addFormat(format, true);

function rewrite(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rewrite);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? `mock-model${v}` : rewrite(v)]));
}
const compiled = new Map<unknown, ReturnType<typeof ajv.compile>>();
function validator(schema: unknown) {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(typeof schema === 'boolean' ? {} : (rewrite(schema) as object));
    compiled.set(schema, fn);
  }
  return fn;
}
const detailSchema = { type: 'object', required: ['detail'], properties: { detail: { anyOf: [{ type: 'string' }, { type: 'array' }] } } };

beforeAll(async () => {
  model = await loadModel(defaultModelPath());
  ajv.addSchema({ $id: 'mock-model', components: { schemas: model.schemas } });
});

function requestFor(op: MockOperation, resolver: SchemaResolver, prefer?: string): Request {
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const schema = op.parameters.find((p) => p.name === name)?.schema;
    const value = resolver.sample(schema);
    return encodeURIComponent(String(typeof value === 'object' ? '1' : value));
  });
  const query = new URLSearchParams();
  const headers: Record<string, string> = { Authorization: 'Bearer oracle' };
  for (const p of op.parameters) {
    if (!p.required || p.in === 'path') continue;
    const value = String(resolver.sample(p.schema));
    if (p.in === 'query') query.set(p.name, value);
    else if (p.in === 'header') headers[p.name] = value;
  }
  if (prefer) headers['Prefer'] = prefer;
  const json = op.requestBody && /json/.test(op.requestBody.contentType);
  if (json) headers['Content-Type'] = 'application/json';
  const body = json ? JSON.stringify(resolver.sample(op.requestBody?.schema)) : undefined;
  const search = query.size > 0 ? `?${query}` : '';
  return new Request(`http://mock.invalid${path}${search}`, { method: op.method, headers, ...(body !== undefined ? { body } : {}) });
}

describe('every response the mock sends validates against the spec', () => {
  it('over every operation, every declared status and every named example', async () => {
    const server = createMockServer(model);
    const resolver = new SchemaResolver(model.schemas);
    const failures: string[] = [];
    let checked = 0;
    const check = async (op: MockOperation, prefer?: string): Promise<void> => {
      const res = await server.fetch(requestFor(op, resolver, prefer));
      const type = res.headers.get('content-type') ?? '';
      const text = await res.text();
      if (!/json/.test(type) || text === '') return;
      const declared = op.responses.find((r) => r.status === String(res.status) && (!r.contentType || /json/.test(r.contentType)))
        ?? op.responses.find((r) => r.status.toUpperCase() === `${String(res.status)[0]}XX`)
        ?? op.responses.find((r) => r.status === 'default');
      const schema = declared ? declared.schema : res.status >= 400 ? detailSchema : undefined;
      if (schema === undefined) {
        failures.push(`${op.operationId} ${prefer ?? ''}: ${res.status} is not declared`);
        return;
      }
      const validate = validator(schema);
      checked += 1;
      if (!validate(JSON.parse(text))) failures.push(`${op.operationId} ${prefer ?? ''} → ${res.status}: ${ajv.errorsText(validate.errors)}`);
    };
    for (const op of model.operations) {
      server.reset();
      await check(op);
      for (const response of op.responses) {
        if (/^[1-5]\d\d$/.test(response.status)) await check(op, `code=${response.status}`);
        for (const name of Object.keys(response.examples ?? {})) await check(op, `code=${response.status}, example=${name}`);
      }
      await check(op, 'code=500');
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(model.operations.length * 3);
  });
});

describe('strict mode', () => {
  it('journals what a client sent that the spec does not allow, field by field, and still answers as the API', async () => {
    const warnings: string[] = [];
    const server = createMockServer(model, { strict: true, logger: { warn: (m) => warnings.push(m) } });
    const create = (body: unknown, search = '') =>
      server.fetch(new Request(`http://mock.invalid/api/v1/assistants${search}`, { method: 'POST', headers: { Authorization: 'Bearer k', 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
    // A typo the API would ignore silently: created, and a diagnostic.
    // `recording_settings` is a nullable object (`anyOf: [RecordingSettings, null]`): its fields are checked too.
    const typo = await create({ name: 'Strict', llm_setings: { model: 'x' }, llm_settings: { sytem_prompt: 'hi' }, recording_settings: { enabled: true, enabeld: true } }, '?dry_run=1');
    expect(typo.status).toBe(201);
    const [entry] = server.requests();
    expect(entry?.diagnostics).toEqual([
      'query.dry_run: not a parameter of createAssistant',
      'body.llm_setings: not declared by the request body schema',
      'body.llm_settings.sytem_prompt: not declared by the request body schema',
      'body.recording_settings.enabeld: not declared by the request body schema',
    ]);
    expect(warnings).toHaveLength(4);
    // A request the API rejects: the 422's issues are in the journal too.
    const invalid = await create({ name: 42 });
    expect(invalid.status).toBe(422);
    expect(server.requests()[1]?.diagnostics).toEqual(['body.name: Input should be a valid string']);
    // A clean request has an empty list; without strict mode there is no list at all.
    await create({ name: 'Clean' });
    expect(server.requests()[2]?.diagnostics).toEqual([]);
    const lenient = createMockServer(model);
    await lenient.fetch(new Request('http://mock.invalid/api/v1/assistants?dry_run=1', { headers: { Authorization: 'Bearer k' } }));
    expect(lenient.requests()[0]).not.toHaveProperty('diagnostics');
  });
});

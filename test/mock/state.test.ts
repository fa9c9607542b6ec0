import { describe, expect, it } from 'vitest';
import type { MockModel, MockOperation, MockState } from '../../templates/mock/runtime/model.js';
import { SchemaResolver } from '../../templates/mock/runtime/schema.js';
import { singularLabel, StateStore } from '../../templates/mock/runtime/state.js';
import type { ParamValues } from '../../templates/mock/runtime/validation.js';

function op(action: MockState['action'], example: unknown, extra: Partial<MockOperation> = {}): MockOperation {
  return {
    operationId: `${action}${Math.random()}`,
    method: action === 'create' ? 'POST' : 'GET',
    path: action === 'list' || action === 'create' ? '/things' : '/things/{thing_id}',
    auth: false,
    parameters: action === 'list' || action === 'create' ? [] : [{ name: 'thing_id', in: 'path', required: true, schema: { type: 'string' } }],
    responses: [{ status: '200', contentType: 'application/json', example, headers: [] }],
    state: { collection: 'things', action, ...(action === 'list' || action === 'create' ? {} : { idParam: 'thing_id' }) },
    ...extra,
  };
}

const values = (path: Record<string, unknown> = {}, query: Record<string, unknown> = {}): ParamValues => ({ path, query, header: {}, cookie: {} });

function store(operations: MockOperation[], seed?: Record<string, unknown[]>) {
  const model: MockModel = { title: 't', version: '1', schemas: {}, operations };
  let n = 0;
  return new StateStore(model, new SchemaResolver({}), { ...(seed ? { seed } : {}), clock: () => `t${++n}` });
}

describe('StateStore seeding', () => {
  it('appends a read example missing from the list and de-duplicates ids', () => {
    const s = store([op('list', [{ id: 1 }, { id: 1 }, { name: 'no id' }]), op('read', { id: 9 })]);
    // Fresh ids start above every seeded one (9), so no id is ever handed out twice.
    expect(s.snapshot('things').map((i) => i['id'])).toEqual([1, 10, 11, 9]);
  });

  it('seeds from the read example alone', () => {
    const read = op('read', { id: 5, name: 'five' });
    const s = store([read]);
    const r = s.handle(read, values({ thing_id: '5' }), undefined);
    expect(r).toEqual({ kind: 'ok', body: { id: 5, name: 'five' } });
    expect(s.handle(read, values({ thing_id: '6' }), undefined)).toEqual({ kind: 'not-found', message: 'Thing not found' });
  });

  it('keeps string ids as strings (uuid-like ids stay uuid-like)', () => {
    const create = op('create', { id: '3f1c2a4e-0000-4000-8000-000000000001', created_at: 'x' });
    const s = store([op('list', [{ id: '3f1c2a4e-0000-4000-8000-000000000001' }]), create]);
    const r = s.handle(create, values(), { name: 'n' });
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') {
      expect(r.body).toMatchObject({ id: '00000000-0000-4000-8000-000000000001', created_at: 't1' });
      r.commit?.();
    }
    expect(s.snapshot('things')).toHaveLength(2);
  });

  it('uses the id parameter as the id field when items have no id', () => {
    const read = op('read', { call_sid: 'CA1', status: 'done' }, {
      path: '/things/{call_sid}',
      parameters: [{ name: 'call_sid', in: 'path', required: true, schema: { type: 'string' } }],
      state: { collection: 'things', action: 'read', idParam: 'call_sid' },
    });
    const s = store([read]);
    expect(s.handle(read, values({ call_sid: 'CA1' }), undefined)).toMatchObject({ kind: 'ok', body: { call_sid: 'CA1' } });
  });

  it('does not change anything until commit runs', () => {
    const list = op('list', [{ id: 1, name: 'a', updated_at: 'old' }]);
    const update = op('update', { id: 1 });
    const del = op('delete', { success: true });
    const s = store([list, update, del]);
    const u = s.handle(update, values({ thing_id: '1' }), { name: 'b', id: 99 });
    expect(u).toMatchObject({ kind: 'ok', body: { id: 1, name: 'b', updated_at: 't1' } });
    expect(s.snapshot('things')).toEqual([{ id: 1, name: 'a', updated_at: 'old' }]);
    if (u.kind === 'ok') u.commit?.();
    expect(s.snapshot('things')).toEqual([{ id: 1, name: 'b', updated_at: 't1' }]);
    const d = s.handle(del, values({ thing_id: '1' }), undefined);
    expect(s.snapshot('things')).toHaveLength(1);
    if (d.kind === 'ok') d.commit?.();
    expect(s.snapshot('things')).toEqual([]);
    s.reset();
    expect(s.snapshot('things')).toEqual([{ id: 1, name: 'a', updated_at: 'old' }]);
  });

  it('is safe against __proto__ keys in bodies', () => {
    const list = op('list', [{ id: 1, name: 'a' }]);
    const update = op('update', { id: 1, name: 'a' });
    const s = store([list, update]);
    const r = s.handle(update, values({ thing_id: '1' }), JSON.parse('{"__proto__": {"polluted": true}, "name": "b"}'));
    if (r.kind === 'ok') r.commit?.();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(s.snapshot('things')[0])).toBe(Object.prototype);
  });
});

describe('StateStore responses whose schema is not the item', () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const schemas = {
    Thing: {
      type: 'object',
      properties: { id: { type: 'integer' }, name: { type: 'string' }, secret: { type: 'string', writeOnly: true } },
    },
    ThingCreated: { type: 'object', properties: { thing: ref('Thing'), token: { type: 'string' } } },
    MaybeThing: { type: 'object', properties: { ok: { type: 'boolean' }, thing: { anyOf: [ref('Thing'), { type: 'null' }] } } },
    Ack: { type: 'object', properties: { message: { type: 'string' } } },
  };
  const withSchema = (o: MockOperation, name: string): MockOperation => ({
    ...o,
    responses: o.responses.map((r) => ({ ...r, schema: ref(name) })),
  });
  const list = withSchema(op('list', { things: [{ id: 1, name: 'a' }] }, { pagination: { style: 'none', items: 'things' } }), 'Page');
  const pageSchemas = { ...schemas, Page: { type: 'object', properties: { things: { type: 'array', items: ref('Thing') } } } };
  function typedStore(operations: MockOperation[]) {
    const model: MockModel = { title: 't', version: '1', schemas: pageSchemas, operations };
    let n = 0;
    return new StateStore(model, new SchemaResolver(pageSchemas), { clock: () => `t${++n}` });
  }

  it('puts a created item into the property of a wrapper response that has the item schema', () => {
    const create = withSchema(op('create', { thing: { id: 9, name: 'x' }, token: 'tok' }), 'ThingCreated');
    const s = typedStore([list, create]);
    const r = s.handle(create, values(), { name: 'new', token: 'ignored' });
    expect(r).toMatchObject({ kind: 'ok', body: { thing: { id: 2, name: 'new' }, token: 'tok' } });
    if (r.kind === 'ok') r.commit?.();
    expect(s.snapshot('things')).toEqual([{ id: 1, name: 'a' }, { id: 2, name: 'new' }]);
  });

  it('finds the item property through a nullable union, for reads too', () => {
    const read = withSchema(op('read', { ok: true, thing: null }), 'MaybeThing');
    const s = typedStore([list, read]);
    expect(s.handle(read, values({ thing_id: '1' }), undefined)).toEqual({ kind: 'ok', body: { ok: true, thing: { id: 1, name: 'a' } } });
  });

  it('answers an acknowledgement response with its example but still applies the update', () => {
    const update = withSchema(op('update', { message: 'Thing updated' }), 'Ack');
    const read = withSchema(op('read', { id: 1, name: 'a' }), 'Thing');
    const s = typedStore([list, update, read]);
    const r = s.handle(update, values({ thing_id: '1' }), { name: 'renamed' });
    expect(r).toMatchObject({ kind: 'ok', body: { message: 'Thing updated' } });
    if (r.kind === 'ok') r.commit?.();
    expect(s.handle(read, values({ thing_id: '1' }), undefined)).toEqual({ kind: 'ok', body: { id: 1, name: 'renamed' } });
  });

  it('never stores or echoes writeOnly properties', () => {
    const create = withSchema(op('create', { id: 9, name: 'x' }), 'Thing');
    const update = withSchema(op('update', { id: 1, name: 'a' }), 'Thing');
    const s = typedStore([list, create, update]);
    const created = s.handle(create, values(), { name: 'n', secret: 'hunter2' });
    expect(created.kind === 'ok' && created.body).toEqual({ id: 2, name: 'n' });
    if (created.kind === 'ok') created.commit?.();
    const updated = s.handle(update, values({ thing_id: '2' }), { secret: 'hunter3', name: 'm' });
    expect(updated.kind === 'ok' && updated.body).toEqual({ id: 2, name: 'm' });
    if (updated.kind === 'ok') updated.commit?.();
    expect(JSON.stringify(s.snapshot('things'))).not.toContain('hunter');
  });
});

describe('singularLabel', () => {
  it.each([
    ['assistants', 'Assistant'],
    ['phone-numbers', 'Phone number'],
    ['sms_logs', 'Sms log'],
    ['policies', 'Policy'],
    ['status', 'Status'],
  ])('%s → %s', (name, label) => expect(singularLabel(name)).toBe(label));
});

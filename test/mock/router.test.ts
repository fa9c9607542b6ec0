import { describe, expect, it } from 'vitest';
import type { MockOperation } from '../../templates/mock/runtime/model.js';
import { BadPathError, Router } from '../../templates/mock/runtime/router.js';

const op = (method: string, path: string): MockOperation => ({
  operationId: `${method.toLowerCase()} ${path}`,
  method,
  path,
  auth: false,
  parameters: [],
  responses: [],
});

const router = new Router([
  op('GET', '/api/v1/calls/{call_id}'),
  op('GET', '/api/v1/calls/stats'),
  op('GET', '/api/v1/calls/'),
  op('GET', '/api/v1/calls/sid/{call_sid}'),
  op('GET', '/api/v1/calls/{call_id}/messages'),
  op('POST', '/api/v1/calls/{call_sid}/terminate'),
  op('GET', '/api/v1/assistants/{assistant_id}/phone-numbers/{phone_number_id}'),
  op('GET', '/api/v1/assistants/organization/phone-numbers/{phone_number_id}'),
  op('GET', '/files/{name}.{ext}'),
  op('DELETE', '/api/v1/calls/{call_id}'),
]);

const found = (method: string, path: string) => {
  const m = router.match(method, path);
  if (m.kind !== 'found') throw new Error(`${method} ${path}: ${m.kind}`);
  return { path: m.op.path, params: { ...m.params } };
};

describe('Router', () => {
  it('prefers literals over templates regardless of declaration order', () => {
    expect(found('GET', '/api/v1/calls/stats')).toEqual({ path: '/api/v1/calls/stats', params: {} });
    expect(found('GET', '/api/v1/calls/12')).toEqual({ path: '/api/v1/calls/{call_id}', params: { call_id: '12' } });
  });

  it('prefers the longer literal prefix', () => {
    expect(found('GET', '/api/v1/calls/sid/messages').path).toBe('/api/v1/calls/sid/{call_sid}');
    expect(found('GET', '/api/v1/calls/7/messages').path).toBe('/api/v1/calls/{call_id}/messages');
    expect(found('GET', '/api/v1/assistants/organization/phone-numbers/3')).toEqual({
      path: '/api/v1/assistants/organization/phone-numbers/{phone_number_id}',
      params: { phone_number_id: '3' },
    });
    expect(found('GET', '/api/v1/assistants/9/phone-numbers/3').params).toEqual({ assistant_id: '9', phone_number_id: '3' });
  });

  it('falls through to a template route when the literal route lacks the method', () => {
    expect(found('DELETE', '/api/v1/calls/stats')).toEqual({ path: '/api/v1/calls/{call_id}', params: { call_id: 'stats' } });
  });

  it('decodes each segment separately', () => {
    expect(found('GET', '/api/v1/calls/sid/%2B1555%2F2').params).toEqual({ call_sid: '+1555/2' });
    expect(found('GET', '/api/v1/calls/sid/caf%C3%A9').params).toEqual({ call_sid: 'café' });
  });

  it('matches mixed segments', () => {
    expect(found('GET', '/files/report.final.csv').params).toEqual({ name: 'report', ext: 'final.csv' });
  });

  it('keeps the trailing slash significant and never matches empty parameters', () => {
    expect(router.match('GET', '/api/v1/calls').kind).toBe('not-found');
    expect(found('GET', '/api/v1/calls/').path).toBe('/api/v1/calls/');
    expect(router.match('GET', '/api/v1/calls//messages').kind).toBe('not-found');
  });

  it('reports allowed methods for known paths', () => {
    expect(router.match('PUT', '/api/v1/calls/5')).toEqual({ kind: 'method-not-allowed', allow: ['DELETE', 'GET'] });
    expect(router.methodsFor('/api/v1/calls/5/terminate')).toEqual(['POST']);
  });

  it('throws BadPathError on invalid percent-encoding', () => {
    expect(() => router.match('GET', '/api/v1/calls/%ZZ')).toThrow(BadPathError);
    expect(() => router.match('GET', '/api/v1/calls/%E0%A4%A')).toThrow(BadPathError);
  });

  it('is safe with prototype-like names', () => {
    const r = new Router([op('GET', '/x/{__proto__}')]);
    const m = r.match('GET', '/x/constructor');
    expect(m.kind).toBe('found');
    if (m.kind === 'found') expect(m.params['__proto__']).toBe('constructor');
  });
});

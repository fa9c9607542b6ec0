/**
 * Fault configuration, the PRNG-driven rule plan and the Prefer fault preferences (templates/mock/runtime/faults.ts),
 * plus the small template helpers behind creates and simulations (mintLike, renderTemplate, render).
 */
import { describe, expect, it } from 'vitest';
import {
  corruptJson,
  FaultConfigError,
  faultFromPreferences,
  FaultPlan,
  internalErrorDetail,
  mergeFaults,
  parseFaultConfig,
  undeclaredBody,
} from '../../templates/mock/runtime/faults.js';
import { preferences } from '../../templates/mock/runtime/respond.js';
import { render } from '../../templates/mock/runtime/simulate.js';
import { mintLike, renderTemplate } from '../../templates/mock/runtime/state.js';

describe('parseFaultConfig', () => {
  it('accepts the documented fields, the bare array form, and turns detail into a body', () => {
    expect(parseFaultConfig([{ operation: 'x', status: 503, retryAfter: 0, times: 2, detail: 'down' }])).toEqual({
      rules: [{ operation: 'x', status: 503, retryAfter: 0, times: 2, body: { detail: 'down' } }],
    });
    expect(parseFaultConfig({ seed: 3, rules: [{ method: 'post', path: '/a', fault: 'reset', rate: 0.5, delay: 10 }] })).toEqual({
      seed: 3,
      rules: [{ method: 'POST', path: '/a', fault: 'reset', rate: 0.5, delay: 10 }],
    });
  });

  it.each([
    [{}, 'a fault configuration is'],
    [{ rules: [1] }, 'rules[0] must be an object'],
    [{ rules: [{ status: 700 }] }, 'rules[0].status must be an integer 200-599'],
    [{ rules: [{ fault: 'explode' }] }, 'rules[0].fault must be one of'],
    [{ rules: [{ status: 500, rate: 2 }] }, 'rules[0].rate must be a number 0-1'],
    [{ rules: [{ operation: 'x' }] }, 'rules[0] does nothing'],
    [{ rules: [{ status: 500, colour: 'red' }] }, 'unknown field "colour"'],
  ])('rejects %j', (input, message) => {
    expect(() => parseFaultConfig(input)).toThrow(FaultConfigError);
    expect(() => parseFaultConfig(input)).toThrow(message);
  });

  it('rejects a __proto__ key as an unknown field (JSON keeps it as a key)', () => {
    expect(() => parseFaultConfig(JSON.parse('{"rules": [{"status": 500, "__proto__": {"x": 1}}]}'))).toThrow('unknown field "__proto__"');
  });
});

describe('FaultPlan', () => {
  it('matches by operation, method and path, counts times, and repeats a seeded run after reset', () => {
    const plan = new FaultPlan({ seed: 9, rules: [{ operation: 'a', status: 500, times: 1 }, { path: '/p', method: 'GET', status: 503, rate: 0.5 }] });
    expect(plan.pick('a', 'GET', '/x')?.status).toBe(500);
    expect(plan.pick('a', 'GET', '/x')).toBeUndefined();
    expect(plan.pick('b', 'POST', '/p')).toBeUndefined();
    const run = () => Array.from({ length: 30 }, () => plan.pick('b', 'GET', '/p')?.status ?? 200);
    const first = run();
    plan.reset();
    plan.pick('a', 'GET', '/x');
    expect(run()).toEqual(first);
    expect(first).toContain(503);
    expect(first).toContain(200);
  });

  it('refuses a bad configuration and keeps the rules it had', () => {
    const plan = new FaultPlan({ rules: [{ operation: '*', status: 500 }] });
    expect(() => plan.replace({ rules: [{ status: 1 }] } as never)).toThrow(FaultConfigError);
    expect(plan.pick('z', 'GET', '/')?.status).toBe(500);
  });
});

describe('fault preferences', () => {
  it('reads retry-after, delay and fault from Prefer; ignores invalid values', () => {
    expect(faultFromPreferences(preferences('code=429, retry-after=0, delay=20, fault=reset'))).toEqual({ retryAfter: 0, delay: 20, fault: 'reset' });
    expect(faultFromPreferences(preferences('retry-after=-1, delay=soon, fault=explode'))).toBeUndefined();
    expect(faultFromPreferences(preferences('delay=99999999'))).toEqual({ delay: 600_000 });
    expect(mergeFaults({ status: 503, retryAfter: 5 }, { retryAfter: 0 })).toEqual({ status: 503, retryAfter: 0 });
  });

  it('gives undeclared statuses FastAPI bodies, 500 from the summary', () => {
    expect(internalErrorDetail('List assistants')).toBe('Failed to list assistants');
    expect(internalErrorDetail(undefined)).toBe('Internal Server Error');
    expect(undeclaredBody(503, 'x')).toEqual({ detail: 'Service Unavailable' });
    expect(undeclaredBody(500, 'Hang up a call.')).toEqual({ detail: 'Failed to hang up a call' });
    expect(undeclaredBody(422, 'x')).toMatchObject({ detail: [{ type: 'value_error', loc: ['body'] }] });
  });

  it('cuts JSON so that no parser accepts it, whatever the body', () => {
    for (const body of ['{"a":1}', '12', '[]', '', '"s"']) {
      expect(() => JSON.parse(corruptJson(Buffer.from(body)).toString('utf8')), body).toThrow();
    }
  });
});

describe('templates', () => {
  it('mints keys shaped like an example', () => {
    expect(mintLike('CA9f3c2b1a0d8e7f6a5b4c3d2e1f0a9b8c', 1)).toBe('CA00000000000000000000000000000001');
    expect(mintLike('SM5b2f', 255)).toBe('SM00ff');
    expect(mintLike('no-hex-here', 3)).toBe('no-hex-here-3');
  });

  it('renders whole placeholders with their type and others as text; dotted paths for simulations', () => {
    expect(renderTemplate('{id}', { id: 7 })).toBe(7);
    expect(renderTemplate('Assistant {name} deleted', { name: 'Ann' })).toBe('Assistant Ann deleted');
    expect(renderTemplate('{missing}', {})).toBeNull();
    expect(renderTemplate('{__proto__}', {})).toBeNull();
    expect(render('{item.id}', { item: { id: 3 } })).toBe(3);
    expect(render('call {item.sid} at {now}', { item: { sid: 'CA1' }, now: 'T' })).toBe('call CA1 at T');
    expect(render(['x'], {})).toEqual(['x']);
  });
});

/**
 * Targets annotate generated/openapi.json through `bundleExtensions` (targets/target.ts): the pipeline applies
 * them to a copy of the bundle when the run selects every target that has some (else openapi.json is left as it
 * is), and refuses anything but an `x-` member of an existing object.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBundleExtensions } from '../../generator/emit/bundle-extensions.js';
import { generate } from '../../generator/pipeline.js';
import { TARGETS } from '../../generator/targets/index.js';
import { jsonPointer, type Target } from '../../generator/targets/target.js';

const SPEC = path.resolve(import.meta.dirname, '../fixtures/specs/params.yaml');

describe('applyBundleExtensions', () => {
  const document = { paths: { '/a/{id}': { get: { operationId: 'getA' } }, '/b~c': { post: {} } } };

  it('sets each extension on a copy, escaping pointer segments', () => {
    const before = JSON.stringify(document);
    const out = applyBundleExtensions(document, [
      { pointer: jsonPointer('paths', '/a/{id}', 'get'), key: 'x-one', value: 1 },
      { pointer: jsonPointer('paths', '/b~c', 'post'), key: 'x-two', value: [2] },
      { pointer: '', key: 'x-root', value: true },
    ]);
    expect(out).toEqual({ 'x-root': true, paths: { '/a/{id}': { get: { operationId: 'getA', 'x-one': 1 } }, '/b~c': { post: { 'x-two': [2] } } } });
    expect(JSON.stringify(document)).toBe(before);
  });

  it('refuses a key that is not an extension, a pointer to nothing and a member set twice', () => {
    expect(() => applyBundleExtensions(document, [{ pointer: '/paths', key: 'summary' as 'x-', value: 1 }])).toThrow(/must start with "x-"/);
    expect(() => applyBundleExtensions(document, [{ pointer: '/paths/~1missing/get', key: 'x-a', value: 1 }])).toThrow(/does not lead to an object/);
    expect(() => applyBundleExtensions(document, [{ pointer: '/paths/~1a~1{id}/get/operationId', key: 'x-a', value: 1 }])).toThrow(/does not lead to an object/);
    const twice = { pointer: '/paths', key: 'x-a' as const, value: 1 };
    expect(() => applyBundleExtensions(document, [twice, twice])).toThrow(/Two bundle extensions/);
  });

  it('walks own members only', () => {
    expect(() => applyBundleExtensions({}, [{ pointer: '/constructor', key: 'x-a', value: 1 }])).toThrow(/does not lead to an object/);
    const out = applyBundleExtensions(JSON.parse('{"__proto__": {"a": 1}}') as object, [{ pointer: '/__proto__', key: 'x-b', value: 2 }]);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"a":1,"x-b":2}}');
    expect(({} as Record<string, unknown>)['x-b']).toBeUndefined();
  });
});

describe('the pipeline', () => {
  const probe: Target = {
    name: 'probe',
    outDir: 'probe',
    description: 'a test target',
    emit: () => [],
    bundleExtensions: (model) => model.operations.map((operation) => ({ pointer: jsonPointer('paths', operation.path, operation.method.toLowerCase()), key: 'x-probe', value: operation.operationId })),
  };

  it('writes openapi.json with every selected target\'s extensions when the run selects every target that has some', async () => {
    const { model, files, scope } = await generate(SPEC, { targets: [...TARGETS, probe] });
    expect(scope).toContain('openapi.json');
    const bundle = JSON.parse(files.get('openapi.json')!) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(model.operations.length).toBeGreaterThan(0);
    for (const operation of model.operations) expect(bundle.paths[operation.path]![operation.method.toLowerCase()]!['x-probe']).toBe(operation.operationId);
    const registered = TARGETS.flatMap((target) => target.bundleExtensions?.(model) ?? []);
    expect(registered.length).toBeGreaterThan(0);
    for (const { pointer, key, value } of registered) {
      const at = pointer.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~')).reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], bundle);
      expect((at as Record<string, unknown>)[key]).toEqual(value);
    }
  });

  it('leaves openapi.json alone (out of the files and of the scope) when a target with extensions is not selected', async () => {
    const withoutDocs = TARGETS.filter((target) => !target.bundleExtensions);
    expect(withoutDocs.length).toBeLessThan(TARGETS.length);
    const { files, scope } = await generate(SPEC, { targets: [...withoutDocs.filter((target) => target.name === 'ts'), probe] });
    expect(files.has('openapi.json')).toBe(false);
    expect(scope).not.toContain('openapi.json');
    expect(scope).toEqual(expect.arrayContaining(['README.md', 'tsconfig.json', 'client', 'probe']));
  });
});

/**
 * Drift: every generated file is snapshotted on its own, so a change to the spec, templates or generator
 * shows up as a reviewable per-file diff (`npm run test:update` accepts it). Also: generation is deterministic.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/pipeline.js';
import { listFiles } from '../generator/write.js';
import { fromWire, toWire } from '../templates/client/runtime/casing.js';
import type { Shape } from '../templates/client/runtime/operation.js';

const SPEC = path.resolve(import.meta.dirname, '../spec/openapi.yaml');

describe('generated output', async () => {
  const first = await generate(SPEC);

  it('is byte-identical when generated twice', async () => {
    const second = await generate(SPEC);
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [file, contents] of first.files) expect(second.files.get(file), file).toBe(contents);
  });

  it('contains no absolute paths of this machine', () => {
    for (const [file, contents] of first.files) {
      expect(contents, file).not.toContain(path.resolve(import.meta.dirname, '..'));
      expect(contents, file).not.toContain(process.cwd());
    }
  });

  it('has no snapshot left for a file that is no longer generated', () => {
    const snapshots = listFiles(path.join(import.meta.dirname, '__snapshots__/generated')).map((file) => file.replace(/\.snap$/, ''));
    expect(snapshots.filter((file) => !first.files.has(file))).toEqual([]);
  });

  it('maps every declared key of every schema to its SDK name and back (generator and runtime agree)', async () => {
    // The committed shapes (the drift check keeps them equal to `first`) with the runtime's casing functions.
    const shapes = (await import('../generated/client/src/shapes.js')) as unknown as Record<string, Shape | undefined>;
    let checked = 0;
    for (const named of first.model.schemas) {
      if (named.schema.kind !== 'object' || named.schema.properties.length === 0) continue;
      // A schema without a constant has the shape `{}` (written in place): the default rule alone.
      const shape = shapes[named.typeName] ?? {};
      const wire: Record<string, unknown> = {};
      const sdk: Record<string, unknown> = {};
      named.schema.properties.forEach((property, index) => {
        Object.defineProperty(wire, property.wireName, { value: index, enumerable: true, writable: true, configurable: true });
        Object.defineProperty(sdk, property.name, { value: index, enumerable: true, writable: true, configurable: true });
      });
      expect(fromWire(wire, shape), named.typeName).toEqual(sdk);
      expect(toWire(sdk, shape), named.typeName).toEqual(wire);
      checked += named.schema.properties.length;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it.each([...first.files.keys()])('%s', async (file) => {
    await expect(first.files.get(file)).toMatchFileSnapshot(`__snapshots__/generated/${file}.snap`);
  });
});

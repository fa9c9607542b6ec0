/**
 * The Burki golden is generated/ itself (`npm run generate -- --check` in `npm test` fails on any drift and names
 * the files). Here: generation is deterministic, machine-independent, and generator and runtime agree on casing.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/pipeline.js';
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
});

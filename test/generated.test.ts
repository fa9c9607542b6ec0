/**
 * Drift: every generated file is snapshotted on its own, so a change to the spec, templates or generator
 * shows up as a reviewable per-file diff (`npm run test:update` accepts it). Also: generation is deterministic.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/pipeline.js';
import { listFiles } from '../generator/write.js';

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

  it.each([...first.files.keys()])('%s', async (file) => {
    await expect(first.files.get(file)).toMatchFileSnapshot(`__snapshots__/generated/${file}.snap`);
  });
});

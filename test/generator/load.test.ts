/**
 * loadSpec's shortcut: a single file whose `$ref`s all point inside it is its own bundle (Redocly's bundle would
 * only walk it again); anything that names a file, itself included, is still bundled. Such a file's checks run
 * after the targets have emitted (beside the formatting): an invalid one still gives its located spec errors and
 * no output, whether or not the model could be built from it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load.js';
import { SpecErrors } from '../../generator/errors.js';
import { generate } from '../../generator/pipeline.js';

const dir = mkdtempSync(path.join(tmpdir(), 'burki-load-'));

function spec(ref: string): object {
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/pets/{id}': {
        get: {
          operationId: 'getPet',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } } },
        },
      },
    },
    components: { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } } },
  };
}

function write(name: string, value: object): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

async function redoclyBundle(file: string): Promise<unknown> {
  const result = await bundle({ ref: file, config: await createConfig({ rules: {} }), dereference: false });
  return result.bundle.parsed;
}

describe('loadSpec', () => {
  it('takes a self-contained single file as it is, the same document Redocly would bundle', async () => {
    const file = write('alone.json', spec('#/components/schemas/Pet'));
    const { document } = await loadSpec(file);
    expect(document).toEqual(spec('#/components/schemas/Pet'));
    expect(document).toEqual(await redoclyBundle(file));
  });

  it('bundles a single file that names itself in a $ref (the ref becomes local)', async () => {
    const file = write('self.json', spec('self.json#/components/schemas/Pet'));
    const { document } = await loadSpec(file);
    const schema = (document as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }> })
      .paths['/pets/{id}']!.get.responses['200']!.content['application/json']!.schema;
    expect(schema).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(document).toEqual(await redoclyBundle(file));
  });

  it('bundles a spec spread over files', async () => {
    write('pet.json', { type: 'object', properties: { name: { type: 'string' } } });
    const file = write('root.json', spec('./pet.json'));
    const { document } = await loadSpec(file);
    expect(JSON.stringify(document)).not.toContain('pet.json');
    expect(document).toEqual(await redoclyBundle(file));
  });

  it('leaves a self-contained file\'s checks to the pipeline, which reports them with their location', async () => {
    const duplicate = spec('#/components/schemas/Pet') as { paths: Record<string, Record<string, unknown>> };
    duplicate.paths['/pets'] = { get: { operationId: 'getPet', responses: { '200': { description: 'ok' } } } };
    const file = write('duplicate.json', duplicate);
    const { check } = await loadSpec(file);
    await expect(check()).rejects.toThrow(SpecErrors);
    const error = await generate(file).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecErrors);
    expect((error as SpecErrors).errors[0]!.location).toMatchObject({ file: expect.stringContaining('duplicate.json'), line: expect.any(Number), pointer: expect.stringContaining('/operationId') });
  });

  it('reports an invalid self-contained file by its spec errors, not by what it broke in the model', async () => {
    const broken = spec('#/components/schemas/Pet') as { paths: Record<string, unknown> };
    broken.paths['/pets'] = 'not a path item';
    broken.paths['/owners'] = { get: { operationId: 'getOwner', parameters: 'nope', responses: 7 } };
    const file = write('broken.json', broken);
    const error = await generate(file).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecErrors);
    expect((error as SpecErrors).errors.map((specError) => specError.location?.pointer)).toEqual(expect.arrayContaining([expect.stringContaining('/paths/~1pets')]));
  });
});

describe('generate with the spec a previous run loaded (watch mode, after a template edit)', () => {
  it('emits the same files without reading the spec again', async () => {
    const file = write('kept.json', spec('#/components/schemas/Pet'));
    const { TARGETS } = await import('../../generator/targets/index.js');
    const targets = TARGETS.filter((target) => target.name === 'ts');
    const first = await generate(file, { targets });
    const again = await generate(path.join(dir, 'no-such-file.json'), { targets, spec: first.spec });
    expect(again.timings[0]?.stage).toBe('load (kept from the last run)');
    expect([...again.files]).toEqual([...first.files]);
  });
});

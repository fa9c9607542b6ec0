/**
 * `x-codeSamples` in generated/openapi.json: every operation of the Burki spec gets its samples (TypeScript,
 * Python and Go for those in the SDKs, curl for all), in Redocly's `{ lang, label, source }` shape, written by the
 * pipeline from the docs target's `bundleExtensions` (a run with the docs target); the bundle is otherwise unchanged.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load.js';
import { generate } from '../../generator/pipeline.js';
import { TARGETS } from '../../generator/targets/index.js';

const SPEC = path.resolve(import.meta.dirname, '../../spec/openapi.yaml');

type Bundle = { paths: Record<string, Record<string, { operationId?: string; 'x-codeSamples'?: { lang: string; label: string; source: string }[] }>> };

describe('x-codeSamples', async () => {
  const { model, files } = await generate(SPEC, { targets: TARGETS.filter((target) => target.name === 'docs') });
  const written = JSON.parse(files.get('openapi.json')!) as Bundle;
  const { document } = await loadSpec(SPEC);

  it('are on every operation: TypeScript, Python and Go for the SDK ones, curl for all', () => {
    let count = 0;
    for (const operation of model.operations) {
      const samples = written.paths[operation.path]?.[operation.method.toLowerCase()]?.['x-codeSamples'] ?? [];
      expect(samples.map((sample) => sample.label), operation.operationId).toEqual(operation.sdk ? ['TypeScript', 'Python', 'Go', 'curl'] : ['curl']);
      expect(samples.map((sample) => sample.lang)).toEqual(operation.sdk ? ['TypeScript', 'Python', 'Go', 'Shell'] : ['Shell']);
      for (const sample of samples) {
        expect(Object.keys(sample).sort()).toEqual(['label', 'lang', 'source']);
        expect(sample.source.length).toBeGreaterThan(0);
      }
      count++;
    }
    expect(count).toBe(model.operations.length);
  });

  it('are all the pipeline adds to the bundle', () => {
    const stripped = JSON.parse(JSON.stringify(written, (key, value: unknown) => (key === 'x-codeSamples' ? undefined : value))) as unknown;
    expect(stripped).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

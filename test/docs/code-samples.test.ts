/**
 * `x-codeSamples` for generated/openapi.json: every operation of the Burki spec gets its samples (TypeScript for
 * those in the SDK, curl for all), in Redocly's `{ lang, label, source }` shape, without changing the input.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load.js';
import { generate } from '../../generator/pipeline.js';
import { withCodeSamples } from '../../generator/targets/docs/index.js';

const SPEC = path.resolve(import.meta.dirname, '../../spec/openapi.yaml');

describe('x-codeSamples', async () => {
  const { model } = await generate(SPEC, { targets: [] });
  const { document } = await loadSpec(SPEC);
  const before = JSON.stringify(document);
  const withSamples = withCodeSamples(document, model) as { paths: Record<string, Record<string, { operationId?: string; 'x-codeSamples'?: { lang: string; label: string; source: string }[] }>> };

  it('are on every operation, TypeScript for the SDK ones and curl for all', () => {
    let count = 0;
    for (const operation of model.operations) {
      const samples = withSamples.paths[operation.path]?.[operation.method.toLowerCase()]?.['x-codeSamples'] ?? [];
      expect(samples.map((sample) => sample.label), operation.operationId).toEqual(operation.sdk ? ['TypeScript', 'curl'] : ['curl']);
      expect(Object.keys(samples[0]!).sort()).toEqual(['label', 'lang', 'source']);
      count++;
    }
    expect(count).toBe(model.operations.length);
  });

  it('leave the bundled document as it was', () => {
    expect(JSON.stringify(document)).toBe(before);
    expect(JSON.stringify(document)).not.toContain('x-codeSamples');
  });
});

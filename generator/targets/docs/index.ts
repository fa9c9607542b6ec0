/**
 * The `docs` target: the Markdown reference (markdown.ts) and the static site under `site/` (site/index.ts), from
 * the same model; the samples of both come from samples.ts, which also gives openapi.json its `x-codeSamples`.
 */
import type { Target } from '../target.js';
import { markdownFiles } from './markdown.js';
import { codeSampleExtensions } from './samples.js';
import { siteFiles } from './site/index.js';

export { codeSamples, codeSampleExtensions } from './samples.js';

export const docsTarget: Target = {
  name: 'docs',
  outDir: 'docs',
  description: 'the Markdown reference and the static site',
  emit: (model) => [...markdownFiles(model), ...siteFiles(model)],
  bundleExtensions: codeSampleExtensions,
};

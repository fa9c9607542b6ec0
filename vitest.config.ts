import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three projects; `vitest run` (and so `npm test`) runs all of them, `npm run test:<name>` one.
 * - unit: the generator, the runtimes (in-process servers on hand-written models), the spec rules, the goldens.
 * - e2e: the generated client and mock against each other over real HTTP/WebSockets, and the runtime serving the
 *   generated mock model.
 * - slow: the packed package (npm pack, tsc in a temp project), the browser (Chromium; skipped without it), and the
 *   files over ~10 s that generate fixture specs and type-check them with the TypeScript compiler.
 */
const E2E = ['test/e2e/**/*.test.ts', 'test/mock/generated-model.test.ts'];
const SLOW = [
  'test/package/**/*.test.ts',
  'test/browser/**/*.test.ts',
  'test/generator/model.test.ts',
  'test/generator/foreign-spec.test.ts',
  'test/generator/hostile-corpus.test.ts',
  // The Python and Go SDKs, installed into a scratch virtual environment / module and run against the mock.
  'test/python/**/*.test.ts',
  'test/go/**/*.test.ts',
  // The docs' Python samples under mypy --strict (about 20 s on a cold cache).
  'test/docs/python-samples.test.ts',
  // npm run diff and release on a fixture history (Redocly, API Extractor, griffe, apidiff twice).
  'test/release/history.test.ts',
];

// Inline projects do not inherit the root `test` options: each one gets these. Files share their worker's module
// cache (isolate: false): each re-importing the generator and the TypeScript compiler cost a third of the run, and
// no test relies on a fresh module state.
const timeouts = { testTimeout: 30_000, hookTimeout: 120_000, isolate: false };

export default defineConfig({
  test: {
    // Vitest's default is one worker per core but one; many files here wait on child processes (mypy, go, npm pack,
    // Chromium) and servers, so three keep both cores busy.
    maxWorkers: 3,
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...E2E, ...SLOW], ...timeouts } },
      { test: { name: 'e2e', include: E2E, ...timeouts } },
      { test: { name: 'slow', include: SLOW, ...timeouts } },
    ],
  },
});

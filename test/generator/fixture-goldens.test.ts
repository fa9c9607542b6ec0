/**
 * Per-file goldens of the small fixture specs (test/fixtures/specs/*.yaml, not bad/): each spec is generated once with
 * every target, and each output file is compared with test/fixtures/goldens/<spec>/<file>.snap, so a change to the
 * generator or the templates shows up as a reviewable diff per spec and file (`npm run test:update` accepts it).
 * Every spec's TypeScript client and mock are also type-checked strictly, all in one program (the end-to-end tests
 * that load a fixture's client, test/e2e/foreign.ts, rely on it).
 * Left out: the runtimes, copied verbatim from templates/ (tested on their own), and openapi.json (the bundled spec).
 * The Burki golden is generated/ itself (`npm run generate -- --check`).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TypeScriptFormatter } from '../../generator/format.js';
import { generate } from '../../generator/pipeline.js';
import { typeCheck } from '../helpers/typecheck.js';

const SPECS = path.resolve(import.meta.dirname, '../fixtures/specs');
const GOLDENS = path.resolve(import.meta.dirname, '../fixtures/goldens');

/** The Go runtime's files, copied verbatim to the module's root beside the generated ones. */
const GO_RUNTIME = new Set(
  readdirSync(path.resolve(import.meta.dirname, '../../templates/go/runtime'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `go/${path.relative(path.resolve(import.meta.dirname, '../../templates/go/runtime'), path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .concat('go/go.sum'),
);

/** Output files with no golden: verbatim copies of templates/ (the runtimes, the docs site's assets) and the bundled spec. */
const isGolden = (file: string) =>
  !file.startsWith('client/src/runtime/') &&
  !file.startsWith('mock/runtime/') &&
  !/^python\/src\/[^/]+\/_runtime\//.test(file) &&
  !file.startsWith('docs/site/assets/') &&
  !GO_RUNTIME.has(file) &&
  file !== 'openapi.json';

/** Every file under `dir`, relative to it with `/` separators (none if it does not exist). */
function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const specNames = readdirSync(SPECS)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => path.basename(file, '.yaml'))
  .sort();

// One formatter for all specs (a worker each would be started and stopped eleven times); generated concurrently.
const formatter = new TypeScriptFormatter();
const outputs = await (async () => {
  try {
    return await Promise.all(
      specNames.map(async (name) => {
        const { files } = await generate(path.join(SPECS, `${name}.yaml`), { formatter });
        return [name, new Map([...files].filter(([file]) => isGolden(file))), files] as const;
      }),
    );
  } finally {
    await formatter.close();
  }
})();

it('covers every fixture spec, and no golden folder is left for a spec that is gone', () => {
  expect(specNames.length).toBeGreaterThan(0);
  const folders = existsSync(GOLDENS) ? readdirSync(GOLDENS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  expect(folders.filter((folder) => !specNames.includes(folder))).toEqual([]);
});

it("type-checks every spec's client and mock strictly (one program)", () => {
  const files = new Map<string, string>();
  for (const [name, , all] of outputs) for (const [file, contents] of all) files.set(`${name}/${file}`, contents);
  files.set('tsconfig.json', outputs[0]?.[2].get('tsconfig.json') ?? '{}');
  expect(typeCheck(files, specNames.flatMap((name) => [`${name}/client/src/`, `${name}/mock/`]))).toEqual([]);
}, 240_000);

describe.each(outputs.map(([name, files]) => [name, files] as const))('%s', (name, files) => {
  it('has no golden left for a file that is no longer generated', () => {
    const stale = listTree(path.join(GOLDENS, name)).filter((golden) => !golden.endsWith('.snap') || !files.has(golden.slice(0, -'.snap'.length)));
    expect(stale).toEqual([]);
  });

  it.each([...files.keys()])('%s', async (file) => {
    await expect(files.get(file)).toMatchFileSnapshot(`../fixtures/goldens/${name}/${file}.snap`);
  });
});

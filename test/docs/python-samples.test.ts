/**
 * Every Python sample of the docs passes `mypy --strict` against the generated SDK (generated/python, as
 * committed): one mypy run over a folder holding a module per sample, the package found through MYPYPATH. A sample
 * that names a method, an argument or a value of the wrong type fails here, so the docs cannot drift from the SDK.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { codeSamples } from '../../generator/targets/docs/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MYPY = path.join(ROOT, '.venv/bin/mypy');

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

describe('Python samples', () => {
  it('pass mypy --strict against the generated SDK', async () => {
    if (!existsSync(MYPY)) throw new Error('No .venv/bin/mypy: run `npm run setup` first.');
    const { model } = await generate(path.join(ROOT, 'spec/openapi.yaml'), { targets: [] });
    mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(path.join(ROOT, '.tmp', 'py-samples-'));
    try {
      let count = 0;
      for (const [operationId, samples] of codeSamples(model)) {
        const source = samples.find((sample) => sample.lang === 'Python')?.source;
        if (!source) continue;
        writeFileSync(path.join(dir, `sample_${operationId.replace(/\W/g, '_')}.py`), `${source}\n`);
        count++;
      }
      expect(count).toBe(model.operations.filter((operation) => operation.sdk).length);
      const { code, output } = await run(MYPY, ['--strict', '--no-error-summary', '--cache-dir', path.join(ROOT, '.tmp/mypy-cache-docs'), dir], {
        ...process.env,
        MYPYPATH: path.join(ROOT, 'generated/python/src'),
      });
      expect(output.split('\n').filter(Boolean).map((line) => line.replace(`${dir}/`, ''))).toEqual([]);
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

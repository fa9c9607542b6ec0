/**
 * The Python target on the foreign fixture specs and the hostile one (text that tries to break out of every
 * context): each generated package must import (every resource module loaded) and pass mypy --strict.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { pythonTarget } from '../../generator/targets/python/index.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const DEV_PYTHON = path.join(ROOT, '.venv/bin/python');
const OUT = path.join(ROOT, '.tmp/python-fixtures');
const SPECS = ['hostile', 'param-names', 'params', 'param-styles', 'webhooks', 'untagged', 'basic-auth'];

async function check(spec: string): Promise<{ spec: string; code: number; output: string }> {
  const { files } = await generate(path.join(ROOT, 'test/fixtures/specs', `${spec}.yaml`), { targets: [pythonTarget] });
  const dir = path.join(OUT, spec);
  for (const [file, contents] of files) {
    if (!file.startsWith('python/')) continue;
    const target = path.join(dir, file.slice('python/'.length));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  const source = path.join(dir, 'src');
  const script = [
    'import importlib, pkgutil, sys',
    `sys.path.insert(0, ${JSON.stringify(source)})`,
    'name = next(m.name for m in pkgutil.iter_modules([sys.path[0]]))',
    'package = importlib.import_module(name)',
    'client = getattr(package, [n for n in package.__all__ if n.endswith("Client") and not n.startswith("Async")][0])(api_key="k")',
    'for module in pkgutil.iter_modules([sys.path[0] + "/" + name + "/resources"]): importlib.import_module(name + ".resources." + module.name)',
    'importlib.import_module(name + "._operations")',
    'print("imported", name)',
  ].join('\n');
  try {
    const imported = await run(DEV_PYTHON, ['-c', script], { env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    const typed = await run(DEV_PYTHON, ['-m', 'mypy', '--strict', '--cache-dir', path.join(OUT, `.mypy-${spec}`), source + '/'], { cwd: source, env: { ...process.env, MYPYPATH: source } });
    return { spec, code: 0, output: imported.stdout + typed.stdout };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { spec, code: 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('the Python target on fixture specs', () => {
  it('makes packages that import and pass mypy --strict', async () => {
    if (!existsSync(DEV_PYTHON)) throw new Error('No .venv/ for the Python SDK tests: run `npm run setup` first.');
    rmSync(OUT, { recursive: true, force: true });
    // Two at a time: this machine has two cores.
    const results: Awaited<ReturnType<typeof check>>[] = [];
    for (let index = 0; index < SPECS.length; index += 2) results.push(...(await Promise.all(SPECS.slice(index, index + 2).map(check))));
    for (const result of results) {
      expect(result.code, `${result.spec}:\n${result.output}`).toBe(0);
      expect(result.output, result.spec).toMatch(/imported [a-z_]+[\s\S]*Success/);
    }
  }, 120_000);
});

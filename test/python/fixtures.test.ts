/**
 * The Python target on every foreign fixture spec and the hostile one (text that tries to break out of every
 * context): each generated package must import (every resource module loaded, a client built) and pass
 * mypy --strict. The packages have distinct import names, so one interpreter imports them all and one mypy run
 * checks them all (the dependencies are analysed once, which keeps this file fast).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { pythonTarget } from '../../generator/targets/python/index.js';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const DEV_PYTHON = path.join(ROOT, '.venv/bin/python');
const OUT = path.join(ROOT, '.tmp/python-fixtures');
const SPECS = readdirSync(path.join(ROOT, 'test/fixtures/specs')).filter((file) => file.endsWith('.yaml')).map((file) => file.replace(/\.yaml$/, ''));

async function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await exec(DEV_PYTHON, args, { env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

/** spec → the package's import name (the one folder under src/). */
const packages = new Map<string, string>();
let imported: { code: number; output: string };
let typed: { code: number; output: string };

beforeAll(async () => {
  if (!existsSync(DEV_PYTHON)) throw new Error('No .venv/ for the Python SDK tests: run `npm run setup` first.');
  rmSync(OUT, { recursive: true, force: true });
  for (const spec of SPECS) {
    const { files } = await generate(path.join(ROOT, 'test/fixtures/specs', `${spec}.yaml`), { targets: [pythonTarget] });
    for (const [file, contents] of files) {
      if (!file.startsWith('python/')) continue;
      const target = path.join(OUT, spec, file.slice('python/'.length));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, contents);
    }
    packages.set(spec, readdirSync(path.join(OUT, spec, 'src'))[0]!);
  }
  const sources = SPECS.map((spec) => path.join(OUT, spec, 'src'));
  const script = [
    'import importlib, json, pkgutil, sys',
    'for source in json.loads(sys.argv[1]):',
    '    sys.path.insert(0, source)',
    '    name = next(m.name for m in pkgutil.iter_modules([source]))',
    '    package = importlib.import_module(name)',
    '    clients = [n for n in package.__all__ if n.endswith("Client") and not n.startswith("Async")]',
    '    client = getattr(package, clients[0])(api_key="k")',
    '    for module in pkgutil.iter_modules([source + "/" + name + "/resources"]):',
    '        importlib.import_module(name + ".resources." + module.name)',
    '    importlib.import_module(name + "._operations")',
    '    print("imported", name)',
  ].join('\n');
  imported = await run(['-c', script, JSON.stringify(sources)], {});
  typed = await run(
    ['-m', 'mypy', '--strict', '--cache-dir', path.join(ROOT, '.tmp/mypy-cache-fixtures'), ...SPECS.map((spec) => path.join(OUT, spec, 'src', packages.get(spec)!))],
    { MYPYPATH: sources.join(path.delimiter) },
  );
}, 180_000);

describe('the Python target on fixture specs', () => {
  it('names each package differently (one import and one mypy run cover them all)', () => {
    expect(SPECS).toContain('hostile');
    expect(new Set(packages.values()).size).toBe(SPECS.length);
  });

  it('makes packages that import, every resource module loaded', () => {
    expect(imported.code, imported.output).toBe(0);
    for (const name of packages.values()) expect(imported.output).toContain(`imported ${name}\n`);
  });

  it('keeps every line of every module within 120 characters (PEP 8 as the package states it), the Burki SDK too', () => {
    const long: string[] = [];
    for (const dir of [OUT, path.join(ROOT, 'generated/python')]) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.py'))) {
        readFileSync(path.join(dir, file), 'utf8').split('\n').forEach((line, index) => {
          if ([...line].length > 120) long.push(`${path.relative(ROOT, path.join(dir, file))}:${index + 1}: ${line.length}`);
        });
      }
    }
    expect(long).toEqual([]);
  });

  it('makes packages that pass mypy --strict', () => {
    expect(typed.code, typed.output).toBe(0);
    expect(typed.output).toMatch(/^Success: no issues found in \d+ source files/m);
  });
});

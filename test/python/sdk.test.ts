/**
 * The Python SDK for real: the generated package's wheel is built (by its own backend, hatchling) and installed into
 * a scratch virtual environment under .tmp/, pytest runs test/python/ from there against the generated mock over
 * loopback HTTP (every resource family, blocking and async: test_families.py), and mypy --strict checks the package
 * and a typed usage file. One build, one pytest run and one mypy run keep this file fast.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, defaultModelPath, loadModel, type MockServer } from '../../generated/mock/runtime/index.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const DEV_PYTHON = path.join(ROOT, '.venv/bin/python');
const SCRATCH = path.join(ROOT, '.tmp/python-sdk-venv');
const PYTHON = path.join(SCRATCH, 'bin/python');
const DIST = path.join(ROOT, '.tmp/python-sdk-dist');
const API_KEY = 'burki_test_python_secret_key';

let server: MockServer;
let baseUrl: string;
let wheels: string[] = [];

beforeAll(async () => {
  if (!existsSync(DEV_PYTHON)) throw new Error('No .venv/ for the Python SDK tests: run `npm run setup` first.');
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(path.dirname(SCRATCH), { recursive: true });
  // A fresh environment that sees the pinned tools of .venv through a .pth file, so installing needs no network.
  await run(DEV_PYTHON, ['-m', 'venv', '--without-pip', SCRATCH]);
  const { stdout: devSite } = await run(DEV_PYTHON, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])']);
  const { stdout: site } = await run(PYTHON, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])']);
  writeFileSync(path.join(site.trim(), 'dev-venv.pth'), `${devSite.trim()}\n`);
  // The wheel, built by the package's own backend (hatchling), then installed from the .whl file.
  rmSync(DIST, { recursive: true, force: true });
  const pip = ['-m', 'pip', '--disable-pip-version-check'];
  await run(DEV_PYTHON, [...pip, 'wheel', '--quiet', '--no-deps', '--no-build-isolation', '--wheel-dir', DIST, path.join(ROOT, 'generated/python')]);
  wheels = readdirSync(DIST);
  await run(DEV_PYTHON, [...pip, 'install', '--quiet', '--no-deps', '--no-index', '--target', site.trim(), ...wheels.map((wheel) => path.join(DIST, wheel))]);
  server = createMockServer(await loadModel(defaultModelPath()), { tokens: [API_KEY] });
  ({ url: baseUrl } = await server.listen(0, '127.0.0.1'));
}, 120_000);

afterAll(async () => {
  await server?.close();
});

async function python(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(PYTHON, args, { cwd: ROOT, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('the generated Python package', () => {
  it('builds one pure-Python wheel holding the package and its py.typed marker', async () => {
    expect(wheels).toEqual(['burki-1.0.0-py3-none-any.whl']);
    const { code, output } = await python(['-c', [
      'import sys, zipfile',
      'names = zipfile.ZipFile(sys.argv[1]).namelist()',
      'print("\\n".join(names))',
    ].join('\n'), path.join(DIST, wheels[0]!)]);
    expect(code, output).toBe(0);
    const names = output.trim().split('\n');
    expect(names).toEqual(expect.arrayContaining(['burki/__init__.py', 'burki/py.typed', 'burki/_runtime/client.py', 'burki/resources/assistants.py']));
    // The runtime's own unit tests stay in the repository.
    expect(names.filter((name) => /test_/.test(name))).toEqual([]);
  });

  it('is installed from its own build and imported from the scratch environment, not from the source tree', async () => {
    const { code, output } = await python(['-c', 'import burki, sys; print(burki.__file__)']);
    expect(code, output).toBe(0);
    expect(output).toContain(SCRATCH);
  });

  it('passes its pytest suite against the mock over HTTP (and the runtime unit tests)', async () => {
    const { code, output } = await python(
      ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'test/python', 'templates/python/runtime'],
      { BURKI_MOCK_URL: baseUrl, BURKI_TEST_API_KEY: API_KEY },
    );
    expect(code, output).toBe(0);
    expect(output).toMatch(/\d+ passed/);
  }, 60_000);

  it('passes mypy --strict over the package and a typed usage file', async () => {
    const { stdout: site } = await run(PYTHON, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])']);
    const { code, output } = await python([
      '-m', 'mypy', '--strict', '--cache-dir', path.join(ROOT, '.tmp/mypy-cache'), '--python-executable', PYTHON,
      path.join(site.trim(), 'burki'), 'test/python/typed_usage.py',
    ]);
    expect(code, output).toBe(0);
    expect(output).toContain('Success');
  }, 60_000);

  it('has a README with the feature sections of the TypeScript one (and Python\'s own), its code blocks valid Python', async () => {
    const readme = readFileSync(path.join(ROOT, 'generated/python/README.md'), 'utf8');
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    // The TypeScript README's: usage with the key from the environment, names, errors, what loads (bundles there).
    expect(sections).toEqual(expect.arrayContaining(['Usage', 'Names and types', 'Import time', 'Errors', 'Pagination', 'Retries and timeouts', 'Uploads and downloads', 'Webhooks', 'Realtime streams']));
    expect(readme).toContain('pip install burki');
    expect(readme).toContain('BURKI_API_KEY');
    const blocks = [...readme.matchAll(/```python\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(blocks.length).toBeGreaterThan(1);
    const { code, output } = await python(['-c', 'import ast, json, sys\nfor block in json.loads(sys.argv[1]): ast.parse(block)\nprint("parsed")', JSON.stringify(blocks)]);
    expect(code, output).toBe(0);
  });
});

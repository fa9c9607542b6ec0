/**
 * Every document of the hostile corpus (test/fixtures/hostile-corpus.ts: breakouts, reserved and colliding names,
 * odd but valid structure) generates with every target, and the output compiles in each language: the TypeScript
 * client and mock under strict tsc (one program for all), each Python package under `mypy --strict` (one run), each
 * Go module under `go vet`. A valid document must never be refused.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TypeScriptFormatter } from '../../generator/format.js';
import { generate } from '../../generator/pipeline.js';
import { HOSTILE_DOCUMENTS } from '../fixtures/hostile-corpus.js';
import { typeCheck } from '../helpers/typecheck.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MYPY = path.join(ROOT, '.venv', 'bin', 'mypy');

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}`.trim() });
    });
  });
}

/** Each document's output, keyed `d<index>/<file>`; documents the generator refused, with its message. */
const outputs = new Map<string, string>();
const refused: string[] = [];

// A directory of this run's own (inside the repository, so the generated mocks resolve their imports).
let OUT = '';

beforeAll(async () => {
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  OUT = mkdtempSync(path.join(ROOT, '.tmp', 'hostile-corpus-'));
  const formatter = new TypeScriptFormatter();
  try {
    for (const [index, { name, document }] of HOSTILE_DOCUMENTS.entries()) {
      const spec = path.join(OUT, `d${index}.json`);
      writeFileSync(spec, JSON.stringify(document));
      try {
        const { files } = await generate(spec, { formatter });
        for (const [file, contents] of files) outputs.set(`d${index}/${file}`, contents);
      } catch (error) {
        refused.push(`${name}: ${(error as { errors?: { message: string }[] }).errors?.map((problem) => problem.message).join('; ') ?? String(error)}`);
      }
    }
  } finally {
    await formatter.close();
  }
  for (const [file, contents] of outputs) {
    const target = path.join(OUT, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
}, 300_000);

const documents = () => HOSTILE_DOCUMENTS.map((_, index) => `d${index}`).filter((dir) => outputs.has(`${dir}/README.md`));

/** One mypy run over every package (each has its own name, derived from its document's title). */
async function runMypy(): Promise<{ packages: string[]; result: { code: number; output: string } }> {
  const sources = documents().map((dir) => path.join(OUT, dir, 'python', 'src')).filter((src) => existsSync(src));
  const packages = sources.flatMap((src) => readdirSync(src));
  const result = await run(MYPY, ['--strict', '--no-incremental', ...packages.flatMap((pkg) => ['-p', pkg])], OUT, { MYPYPATH: sources.join(path.delimiter) });
  return { packages, result };
}

/**
 * `go vet` over every module, in one shell loop (one child process, so it keeps going while tsc holds this
 * process's event loop): its output, which names each module that fails.
 */
async function runGoVet(): Promise<{ code: number; output: string }> {
  const modules = documents().map((name) => path.join(name, 'go')).filter((module) => existsSync(path.join(OUT, module)));
  const script = 'status=0; for m in "$@"; do (cd "$m" && go vet ./...) || { echo "FAILED: $m"; status=1; }; done; exit $status';
  return run('sh', ['-c', script, 'go-vet', ...modules], OUT, { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' });
}

// Started as soon as the outputs are written: the child processes work while tsc checks in this process.
let mypy: ReturnType<typeof runMypy>;
let goVet: ReturnType<typeof runGoVet>;
beforeAll(() => {
  mypy = runMypy();
  goVet = runGoVet();
});

afterAll(async () => {
  await Promise.allSettled([mypy, goVet]);
  if (OUT) rmSync(OUT, { recursive: true, force: true });
});

describe('the hostile corpus', () => {
  it('generates every document', () => {
    expect(refused).toEqual([]);
    expect(documents()).toHaveLength(HOSTILE_DOCUMENTS.length);
  });

  it('type-checks every TypeScript client and mock strictly', () => {
    const files = new Map(outputs);
    files.set('tsconfig.json', outputs.get('d0/tsconfig.json') ?? '{}');
    expect(typeCheck(files, documents().flatMap((dir) => [`${dir}/client/src/`, `${dir}/mock/`]))).toEqual([]);
  }, 240_000);

  it('passes mypy --strict on every Python package', async () => {
    const { packages, result } = await mypy;
    expect(new Set(packages).size).toBe(packages.length);
    expect(result.output).toMatch(/^Success/);
  }, 240_000);

  it('vets every Go module clean', async () => {
    const result = await goVet;
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 240_000);
});

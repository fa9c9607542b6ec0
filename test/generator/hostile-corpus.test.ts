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

afterAll(() => {
  if (OUT) rmSync(OUT, { recursive: true, force: true });
});

const documents = () => HOSTILE_DOCUMENTS.map((_, index) => `d${index}`).filter((dir) => outputs.has(`${dir}/README.md`));

describe('the hostile corpus', () => {
  it('generates every document', () => {
    expect(refused).toEqual([]);
    expect(documents()).toHaveLength(HOSTILE_DOCUMENTS.length);
  });

  it('type-checks every TypeScript client and mock strictly', () => {
    const files = new Map(outputs);
    files.set('tsconfig.json', outputs.get('d0/tsconfig.json') ?? '{}');
    // The runtimes are the same in every output: each is read and checked once.
    const runtime = /^d\d+\/(client\/src\/runtime|mock\/runtime)\//;
    expect(typeCheck(files, documents().flatMap((dir) => [`${dir}/client/src/`, `${dir}/mock/`]), runtime)).toEqual([]);
  }, 240_000);

  it('passes mypy --strict on every Python package', async () => {
    // One run over every package: each gets its own name (they derive from the documents' titles).
    const sources = documents().map((dir) => path.join(OUT, dir, 'python', 'src')).filter((src) => existsSync(src));
    const packages = sources.flatMap((src) => readdirSync(src));
    expect(new Set(packages).size).toBe(packages.length);
    const result = await run(MYPY, ['--strict', '--no-incremental', ...packages.flatMap((pkg) => ['-p', pkg])], OUT, { MYPYPATH: sources.join(path.delimiter) });
    expect(result.output).toMatch(/^Success/);
  }, 240_000);

  it('vets every Go module clean', async () => {
    const modules = documents().map((dir) => path.join(OUT, dir, 'go')).filter((dir) => existsSync(dir));
    const problems: string[] = [];
    const queue = [...modules];
    const worker = async () => {
      for (let dir = queue.shift(); dir; dir = queue.shift()) {
        const result = await run('go', ['vet', './...'], dir, { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' });
        if (result.code !== 0) problems.push(`${path.relative(OUT, dir)}: ${result.output}`);
      }
    };
    await Promise.all([worker(), worker()]);
    expect(problems).toEqual([]);
  }, 240_000);
});

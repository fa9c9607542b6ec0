/**
 * `npm run check:foreign`: the generator on real OpenAPI documents nobody here wrote. Each document is generated
 * with every target into a scratch folder, and its TypeScript client and mock are type-checked strictly (the
 * output's own tsconfig.json, as `npm test` checks generated/); with `--go` the Go SDK is vetted too, with
 * `--python` the Python SDK is checked by `mypy --strict` (from .venv/).
 *
 *   npm run check:foreign                      Stripe, GitHub (REST) and a few more from APIs.guru's directory
 *   npm run check:foreign -- --sample 40       plus every 40th document of the directory (~2,600 documents)
 *   npm run check:foreign -- api/box.com.json  these documents of the directory instead
 *
 * Documents come from scripts/foreign-specs.ts (pinned, downloaded once); GitHub's from @octokit/openapi. A
 * document the generator refuses as invalid OpenAPI (exit 1 with located spec errors) is reported as refused,
 * not as a failure: the directory holds some. Exits 1 when any document fails to generate or type-check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foreignSpecList, foreignSpecs, STRIPE } from './foreign-specs.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const GITHUB_SPEC = join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated/api.github.com.json');
const TSC = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
const MYPY = join(ROOT, '.venv/bin/mypy');
const DEFAULT_DOCUMENTS = [STRIPE, 'api/twilio.com/api.json', 'api/box.com.json', 'api/asana.com.json', 'api/digitalocean.com.json'];

type Outcome = 'ok' | 'refused' | 'failed';

interface Result {
  readonly document: string;
  readonly outcome: Outcome;
  readonly seconds: number;
  readonly detail: string;
}

function firstLines(text: string, count = 6): string {
  return text.split('\n').filter((line) => line.trim() !== '').slice(0, count).join('\n    ');
}

function check(document: string, file: string, options: { go: boolean; python: boolean }): Result {
  const started = performance.now();
  // Under the repository (git-ignored .tmp/), so that the output's imports (@types/node...) resolve from its node_modules.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const out = mkdtempSync(join(ROOT, '.tmp', 'foreign-'));
  const done = (outcome: Outcome, detail: string): Result => ({ document, outcome, seconds: (performance.now() - started) / 1000, detail });
  try {
    const generated = spawnSync(process.execPath, [join(ROOT, 'scripts/generate.mjs'), '--spec', file, '--out', out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (generated.status !== 0) {
      // Located spec errors (file:line:col) are a refusal of an invalid document; anything else is a failure.
      const refused = generated.status === 1 && /problems? in the spec|:\d+:\d+/.test(generated.stderr) && !/\n\s+at /.test(generated.stderr);
      return done(refused ? 'refused' : 'failed', firstLines(generated.stderr));
    }
    const tsc = spawnSync(process.execPath, [TSC, '-p', join(out, 'tsconfig.json'), '--noEmit'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (tsc.status !== 0) return done('failed', `tsc: ${firstLines(tsc.stdout + tsc.stderr)}`);
    if (options.go) {
      const vet = spawnSync('go', ['vet', './...'], { cwd: join(out, 'go'), encoding: 'utf8' });
      if (vet.status !== 0) return done('failed', `go vet: ${firstLines(vet.stdout + vet.stderr)}`);
    }
    if (options.python) {
      const mypy = spawnSync(MYPY, ['--strict', 'src'], { cwd: join(out, 'python'), encoding: 'utf8' });
      if (mypy.status !== 0) return done('failed', `mypy: ${firstLines(mypy.stdout + mypy.stderr)}`);
    }
    return done('ok', '');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const sampleIndex = args.indexOf('--sample');
  const every = sampleIndex >= 0 ? Number(args[sampleIndex + 1]) : 0;
  const named = args.filter((arg, i) => !arg.startsWith('--') && (sampleIndex < 0 || i !== sampleIndex + 1));
  const options = { go: args.includes('--go'), python: args.includes('--python') && existsSync(MYPY) };
  let documents = named.length > 0 ? named : DEFAULT_DOCUMENTS;
  if (every > 0) {
    const all = await foreignSpecList();
    documents = [...new Set([...documents, ...all.filter((_, i) => i % every === 0)])];
  }
  const files = await foreignSpecs(documents);
  const inputs: [string, string][] = documents.map((document, i) => [document, files[i]!]);
  if (named.length === 0) inputs.unshift(['@octokit/openapi ' + basename(GITHUB_SPEC), GITHUB_SPEC]);
  const results: Result[] = [];
  for (const [document, file] of inputs) {
    const result = check(document, file, options);
    results.push(result);
    console.log(`${result.outcome.padEnd(7)} ${document} (${result.seconds.toFixed(1)} s)${result.detail ? `\n    ${result.detail}` : ''}`);
  }
  const count = (outcome: Outcome) => results.filter((result) => result.outcome === outcome).length;
  console.log(`\n${results.length} documents: ${count('ok')} ok, ${count('refused')} refused as invalid, ${count('failed')} failed.`);
  return count('failed') > 0 ? 1 : 0;
}

process.exitCode = await main();

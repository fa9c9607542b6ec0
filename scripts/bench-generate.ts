/**
 * Generation speed of our generator next to peer generators, on the same inputs, in one run.
 *
 *   npx tsx scripts/bench-generate.ts [--runs 3] [--json]     (also the last section of `npm run bench`)
 *
 * Each row runs a generator as a child process `--runs` times (default 3), each time into a fresh empty folder (in
 * memory when the machine has /dev/shm: scripts/scratch.ts says why), and
 * reports the median wall time (measured around the child, start to exit) and the peak RSS (the largest of the runs).
 * The rows of one input take turns, run by run (`measureInput`), so that their ratios compare runs made moments apart.
 * Peak RSS comes from GNU `/usr/bin/time -v` (Debian package `time`) when it is installed; otherwise from a preload in
 * the Node child that records `process.resourceUsage().maxRSS` at exit (no root or extra tools needed; set
 * BENCH_RSS=preload to force it; it sees only that one process, not any it spawns). All generators are Node programs
 * started with this `node`, without npx.
 *
 *  1. burki (curated): ours, `node scripts/generate.mjs --out <tmp>` (what `npm run generate` runs; one generation
 *     before the measured runs builds its bundle and code cache) on spec/openapi.yaml. Goal ≤ 2 s for the pipeline the goal names (client,
 *     mock, docs, formatting: `--targets ts,mock,docs`); a second row runs all five targets (with Python and Go).
 *  2. burki (server export): ../shared/burki-api/burki-server-openapi.json (FastAPI, 399 operations), copied to the
 *     temp dir with its duplicate operationIds renamed (found here: an id used by two methods of one path; the
 *     operation whose method is not the id's `_<method>` suffix gets that suffix replaced by its own method).
 *     Ours vs `redocly generate-client <file> --generator typescript --generator mock` (@redocly/cli) vs
 *     `openapi-ts` (@hey-api/openapi-ts 0.95.0: the newest that supports Node 20; it has no msw plugin, so it runs its
 *     default plugins: types + sdk + client-fetch). Goal: ours no slower than Redocly, peak RSS ≤ 400 MiB, measured
 *     like for like: ours with `--targets ts,mock` (the client and the mock Redocly makes too); a second row runs
 *     all five targets.
 *  3. github: api.github.com.json (OpenAPI 3.0, 13 MB) from @octokit/openapi. Ours vs the same Redocly command,
 *     the same two rows. Goal: within 2× Redocly, peak RSS < 1 GiB.
 *  4. stripe: Stripe's description (OpenAPI 3.0, 452 operations) from APIs.guru's directory, pinned and fetched once
 *     by scripts/foreign-specs.ts (skipped when it cannot be fetched). The same rows; held to GitHub's goal (the
 *     issue names no number for it: it took 40 s and 1.4 GB before).
 * A generator that exits non-zero or times out (BENCH_TIMEOUT_S, default 600 s per run) gives a FAILED row with the
 * first lines of its stderr; the bench goes on. Ratios are ours ÷ peer (median wall time; < 1× means ours is faster).
 * With --json one JSON document is printed (after bench.ts's own when run through `npm run bench -- --json`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { foreignSpecs, STRIPE } from './foreign-specs.js';
import { scratchDir } from './scratch.js';
import { median } from './stats.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const SERVER_SPEC = resolve(ROOT, '../shared/burki-api/burki-server-openapi.json');
const REDOCLY = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
// dist/run.mjs, not bin/run.js: the bin only re-spawns node on it (an extra start-up, and a grandchild to measure).
const HEY_API = join(dirname(require.resolve('@hey-api/openapi-ts/package.json')), 'dist/run.mjs');
const GITHUB_SPEC = join(
  dirname(require.resolve('@octokit/openapi/package.json')),
  'generated/api.github.com.json',
);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000;
const ENV = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
  NO_COLOR: '1',
};
const MiB = 1024 * 1024;

/** A generator invocation: `node <args>` in `cwd`, given a fresh output dir. */
interface Tool {
  readonly name: string;
  readonly ours?: boolean;
  readonly cwd: (out: string) => string;
  readonly args: (out: string) => string[];
}
interface Row {
  readonly input: string;
  readonly tool: string;
  readonly ours: boolean;
  readonly ok: boolean;
  readonly runsMs: number[];
  readonly medianMs?: number;
  readonly peakRssBytes?: number;
  readonly error?: string;
}

const useGnuTime =
  process.env.BENCH_RSS !== 'preload' &&
  spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes(
    'Maximum resident set size',
  );
const RSS_SOURCE = useGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS (preload in the child)';
const RSS_PRELOAD = `data:text/javascript,${encodeURIComponent(
  `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));`,
)}`;

/** One run: wall ms, peak RSS bytes, exit code and stderr (GNU time's report removed). */
function runOnce(
  tool: Tool,
  out: string,
): Promise<{ ms: number; rss?: number; code: number | null; stderr: string }> {
  const rssFile = `${out}.rss`;
  const command = useGnuTime
    ? ['/usr/bin/time', '-v', process.execPath, ...tool.args(out)]
    : [process.execPath, '--import', RSS_PRELOAD, ...tool.args(out)];
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(command[0]!, command.slice(1), {
      cwd: tool.cwd(out),
      env: { ...ENV, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true, // its own process group, so a timeout kills the whole tree
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr = `timed out after ${TIMEOUT_MS / 1000} s\n${stderr}`;
      process.kill(-child.pid!, 'SIGKILL');
    }, TIMEOUT_MS);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      let rss: number | undefined;
      if (useGnuTime) {
        const kib = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
        rss = kib === undefined ? undefined : Number(kib) * 1024;
        stderr = stderr
          .replace(/\tCommand being timed:[\s\S]*$/, '')
          .replace(/^Command (exited with non-zero status|terminated by signal).*$/m, '');
      } else if (existsSync(rssFile)) {
        rss = Number(readFileSync(rssFile, 'utf8')) * 1024; // maxRSS is in KiB
      }
      done({ ms, rss, code, stderr });
    });
  });
}

/**
 * Every tool of one input, `runs` times each, interleaved (the first run of each tool, then the second...): the
 * ratio of two rows then compares runs made seconds apart, not a minute apart on a machine whose speed drifts
 * (all runs of one tool, then all of the next, once put ours at 1.14× of Redocly in one run and 0.89× in the next).
 */
async function measureInput(input: string, tools: readonly Tool[], runs: number, dir: string, progress: boolean): Promise<Row[]> {
  const entries = tools.map((tool) => ({ tool, runsMs: [] as number[], peak: undefined as number | undefined, error: undefined as string | undefined }));
  for (let i = 0; i < runs; i++) {
    if (progress) process.stderr.write(`bench-generate: ${input}, run ${i + 1} of ${runs} (${tools.map((tool) => tool.name).join(', ')})…\n`);
    for (const entry of entries) {
      if (entry.error !== undefined) continue;
      const out = mkdtempSync(join(dir, 'out-'));
      const result = await runOnce(entry.tool, out);
      rmSync(out, { recursive: true, force: true });
      if (result.code !== 0) {
        const lines = result.stderr.split('\n').filter((line) => line.trim() !== '' && !/[║╔╚]/.test(line));
        entry.error = `exit ${result.code ?? 'killed'} after ${(result.ms / 1000).toFixed(1)} s: ${lines.slice(0, 4).join('\n') || '(no stderr)'}`;
        continue;
      }
      entry.runsMs.push(result.ms);
      if (result.rss !== undefined) entry.peak = Math.max(entry.peak ?? 0, result.rss);
    }
  }
  return entries.map(({ tool, runsMs, peak, error }): Row => {
    const base = { input, tool: tool.name, ours: tool.ours === true, runsMs };
    if (error !== undefined) return { ...base, ok: false, error };
    return { ...base, ok: true, medianMs: median(runsMs), peakRssBytes: peak };
  });
}

/** Copies the server export with each duplicate operationId renamed after its method; returns the copy's path. */
function prepareServerSpec(dir: string): { file: string; renamed: string[] } {
  const document = JSON.parse(readFileSync(SERVER_SPEC, 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  const byId = new Map<string, { method: string; operation: { operationId?: string } }[]>();
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation !== 'object' || !operation?.operationId) continue;
      byId.set(operation.operationId, [...(byId.get(operation.operationId) ?? []), { method, operation }]);
    }
  }
  const renamed: string[] = [];
  for (const [id, uses] of byId) {
    if (uses.length < 2) continue;
    for (const { method, operation } of uses.filter(({ method }) => !id.endsWith(`_${method}`))) {
      operation.operationId = `${id.replace(/_(get|put|post|delete|options|head|patch|trace)$/, '')}_${method}`;
      renamed.push(`${id} (${method}) → ${operation.operationId}`);
    }
  }
  const file = join(dir, 'burki-server-openapi.renamed.json');
  writeFileSync(file, JSON.stringify(document));
  return { file, renamed };
}

const CLI = join(ROOT, 'scripts/generate.mjs');
const REDOCLY_FLAGS = ['--generator', 'typescript', '--generator', 'mock', '-o'];
const HEY_API_FLAGS = ['-c', '@hey-api/client-fetch', '--no-log-file', '--silent'];
const ours = (spec?: string, targets?: string): Tool => ({
  name: `ours (npm run generate${targets ? ` -- --targets ${targets}` : ''})`,
  ours: true,
  cwd: () => ROOT,
  args: (out) => [CLI, ...(spec ? ['--spec', spec] : []), ...(targets ? ['--targets', targets] : []), '--out', out],
});
const redocly = (spec: string): Tool => ({
  name: 'redocly generate-client (ts + mock)',
  cwd: (out) => out,
  args: (out) => [REDOCLY, 'generate-client', spec, ...REDOCLY_FLAGS, join(out, 'client.ts')],
});
const heyApi = (spec: string): Tool => ({
  name: 'hey-api openapi-ts (ts + sdk)',
  cwd: (out) => out,
  args: (out) => [HEY_API, '-i', spec, '-o', join(out, 'client'), ...HEY_API_FLAGS],
});

/** The targets of the `ours` row each input's goal is about: the outputs its peers make too. */
const GOAL_TARGETS: Record<string, string> = { 'burki (curated)': 'ts,mock,docs', 'burki (server export)': 'ts,mock', github: 'ts,mock', stripe: 'ts,mock' };
/** Inputs held to GitHub's goal (within 2× Redocly, under 1 GiB). */
const LARGE_INPUTS = new Set(['github', 'stripe']);

/** Goal text for the `ours` rows of each input. */
function goal(row: Row, rows: readonly Row[]): string {
  if (!row.ours) return '';
  if (!row.tool.endsWith(`--targets ${GOAL_TARGETS[row.input]})`)) return 'all five targets (no goal)';
  const redoclyRow = rows.find((other) => other.input === row.input && other.tool.startsWith('redocly'));
  const rssMiB = row.peakRssBytes === undefined ? undefined : row.peakRssBytes / MiB;
  const verdict = (met: boolean): string => (met ? 'met' : 'NOT met');
  if (row.input === 'burki (curated)') return `≤ 2 s: ${row.ok ? verdict(row.medianMs! <= 2000) : 'NOT met (failed)'}`;
  const [maxRatio, maxRss, text] =
    LARGE_INPUTS.has(row.input) ? [2, 1024, '≤ 2× Redocly, RSS < 1 GiB'] : [1, 400, '≤ 1× Redocly, RSS ≤ 400 MiB'];
  if (!row.ok) return `${text}: NOT met (failed)`;
  if (!redoclyRow?.ok) return `${text}: n/a (Redocly failed)`;
  const rssOk = rssMiB !== undefined && (LARGE_INPUTS.has(row.input) ? rssMiB < maxRss : rssMiB <= maxRss);
  return `${text}: ${verdict(row.medianMs! / redoclyRow.medianMs! <= maxRatio && rssOk)}`;
}

export async function benchGenerate(argv: readonly string[] = process.argv.slice(2)): Promise<Row[]> {
  const runsIndex = argv.indexOf('--runs');
  const runs = runsIndex >= 0 ? Math.max(1, Number(argv[runsIndex + 1]) || 3) : 3;
  const asJson = argv.includes('--json');
  const dir = scratchDir('bench-generate-');
  try {
    const server = existsSync(SERVER_SPEC) ? prepareServerSpec(dir) : undefined;
    // One generation first, as a user's earlier runs would: it builds generator/.build/cli.cjs if it is stale and
    // writes its V8 code cache (scripts/generate.mjs), so no measured run pays for either.
    spawnSync(process.execPath, [CLI, '--out', join(dir, 'warm-up')], { cwd: ROOT, stdio: 'ignore' });
    const plan: [string, Tool][] = [['burki (curated)', ours(undefined, GOAL_TARGETS['burki (curated)'])], ['burki (curated)', ours()]];
    if (server)
      plan.push(
        ['burki (server export)', ours(server.file, GOAL_TARGETS['burki (server export)'])],
        ['burki (server export)', ours(server.file)],
        ['burki (server export)', redocly(server.file)],
        ['burki (server export)', heyApi(server.file)],
      );
    plan.push(['github', ours(GITHUB_SPEC, GOAL_TARGETS.github)], ['github', ours(GITHUB_SPEC)], ['github', redocly(GITHUB_SPEC)]);
    const stripe = await foreignSpecs([STRIPE]).then(
      ([file]) => file,
      (error: Error) => {
        process.stderr.write(`bench-generate: skipping Stripe's description: ${error.message}\n`);
        return undefined;
      },
    );
    if (stripe) plan.push(['stripe', ours(stripe, GOAL_TARGETS.stripe)], ['stripe', ours(stripe)], ['stripe', redocly(stripe)]);
    const rows: Row[] = [];
    for (const input of new Set(plan.map(([name]) => name))) {
      const tools = plan.filter(([name]) => name === input).map(([, tool]) => tool);
      rows.push(...(await measureInput(input, tools, runs, dir, !asJson)));
    }
    if (asJson) {
      const renamedOperationIds = server?.renamed ?? [];
      console.log(JSON.stringify({ runs, rssSource: RSS_SOURCE, renamedOperationIds, rows }, null, 2));
      return rows;
    }
    console.log(
      `Generation time (median of ${runs} run${runs === 1 ? '' : 's'}, wall time around the child; peak RSS via ${RSS_SOURCE})`,
    );
    if (!server) console.log(`  (skipped the server export: ${SERVER_SPEC} not found)`);
    else console.log(`  server export: renamed duplicate operationIds ${server.renamed.join('; ')}`);
    console.table(
      rows.map((row) => {
        const oursRow = rows.find((other) => other.input === row.input && other.ours && other.tool.endsWith(`--targets ${GOAL_TARGETS[row.input]})`));
        const ratio =
          !row.ours && row.ok && oursRow?.ok ? `${(oursRow.medianMs! / row.medianMs!).toFixed(2)}×` : '';
        return {
          input: row.input,
          generator: row.tool,
          median: row.ok ? `${(row.medianMs! / 1000).toFixed(2)} s` : 'FAILED',
          runs: row.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(' / '),
          'peak RSS': row.peakRssBytes === undefined ? '' : `${(row.peakRssBytes / MiB).toFixed(0)} MiB`,
          'ours ÷ this': ratio,
          goal: goal(row, rows),
        };
      }),
    );
    for (const row of rows.filter((failed) => !failed.ok))
      console.log(`FAILED ${row.input} / ${row.tool}: ${row.error!.replace(/\n/g, '\n    ')}`);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url)
  await benchGenerate();

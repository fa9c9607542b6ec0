/**
 * Watch mode's latency, save to written files: `npm run generate -- --watch` (every target) on a scratch copy of
 * spec/ and generated/, then `--saves N` (default 10) edits of one spec file, each a summary line changed and saved
 * as an editor would (one write), 300 ms apart. A save's latency runs from just before the write to the moment the
 * watcher prints that the files are written: debounce, loading (the last bundle patched, generator/rebundle.ts),
 * every target, formatting and the write. Goal (issue 11): ≤ 500 ms for a one-file edit of the Burki spec (the
 * median here; the first save is also shown, since it comes before V8 has optimised the generator). The copies are
 * on disk (the temp dir), as a user's project is, unlike bench-generate's outputs (scripts/scratch.ts): a save's
 * write pays for the disk's stalls.
 *
 *   npx tsx scripts/bench-watch.ts [--saves 10] [--json]     (also part of `npm run bench`)
 *
 * The watcher runs with `--timings`: a second table gives each stage's median over the saves (where a save's time
 * goes). BENCH_WATCH_DEBUG=1 prints the watcher's lines as they come.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './stats.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GOAL_MS = 500;

export interface WatchRow {
  readonly saves: number;
  readonly firstMs: number;
  readonly medianMs: number;
  readonly maxMs: number;
  readonly latenciesMs: readonly number[];
  /** Each stage's median over the saves, in the order the watcher prints them (`load (patch)`, `model`, ...). */
  readonly stagesMs: Readonly<Record<string, number>>;
}

export async function benchWatch(argv: readonly string[] = process.argv.slice(2)): Promise<WatchRow> {
  const savesIndex = argv.indexOf('--saves');
  const saves = savesIndex >= 0 ? Math.max(1, Number(argv[savesIndex + 1]) || 10) : 10;
  const dir = mkdtempSync(join(tmpdir(), 'burki-bench-watch-'));
  const spec = join(dir, 'spec');
  const out = join(dir, 'generated');
  cpSync(join(ROOT, 'spec'), spec, { recursive: true });
  cpSync(join(ROOT, 'generated'), out, { recursive: true });
  // One operation's file: the edit changes its summary, which reaches every target (SDK docs comments, docs pages).
  const edited = join(spec, 'paths', readdirSync(join(spec, 'paths')).filter((name) => name.endsWith('.yaml')).sort()[0]!);
  const child = spawn(process.execPath, [join(ROOT, 'scripts/generate.mjs'), '--watch', '--timings', '--spec', join(spec, 'openapi.yaml'), '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffered = '';
  let waiter: { pattern: RegExp; resolve: () => void } | undefined;
  // Timing lines (`  model   27 ms   8 %`) of the runs that follow the saves, by stage.
  let measuring = false;
  const stages = new Map<string, number[]>();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (process.env.BENCH_WATCH_DEBUG) console.error(line);
      const timing = measuring ? /^ {2}(\S.*?)\s+(\d+) ms\s+\d+ %$/.exec(line) : null;
      if (timing) stages.set(timing[1]!, [...(stages.get(timing[1]!) ?? []), Number(timing[2])]);
      if (waiter?.pattern.test(line)) waiter.resolve();
    }
  });
  const next = (pattern: RegExp, what: string): Promise<void> =>
    new Promise((resolveLine, reject) => {
      const timer = setTimeout(() => reject(new Error(`bench-watch: no "${what}" from the watcher within 60 s`)), 60_000);
      waiter = { pattern, resolve: () => (clearTimeout(timer), (waiter = undefined), resolveLine()) };
    });
  try {
    await next(/^Watching /, 'Watching');
    measuring = true;
    const latencies: number[] = [];
    for (let save = 1; save <= saves; save++) {
      const text = readFileSync(edited, 'utf8').replace(/summary: (.*)/, (_line, summary: string) => `summary: ${summary.replace(/ \(edit \d+\)$/, '')} (edit ${save})`);
      const written = next(/ saved: \d+ files? written in /, 'files written');
      const started = performance.now();
      writeFileSync(edited, text);
      await written;
      latencies.push(performance.now() - started);
      await new Promise((wait) => setTimeout(wait, 300));
    }
    const stagesMs = Object.fromEntries([...stages].map(([stage, values]) => [stage, median(values)]));
    const row: WatchRow = { saves, firstMs: latencies[0]!, medianMs: median(latencies), maxMs: Math.max(...latencies), latenciesMs: latencies, stagesMs };
    if (argv.includes('--json')) console.log(JSON.stringify({ watch: row }, null, 2));
    else {
      console.log(`Watch mode, save to written files (every target; ${saves} saves of one spec file, 300 ms apart)`);
      console.table([
        {
          'first save': `${row.firstMs.toFixed(0)} ms`,
          median: `${row.medianMs.toFixed(0)} ms`,
          max: `${row.maxMs.toFixed(0)} ms`,
          saves: latencies.map((ms) => ms.toFixed(0)).join(' / '),
          goal: `median ≤ ${GOAL_MS} ms: ${row.medianMs <= GOAL_MS ? 'met' : 'NOT met'}`,
        },
      ]);
      console.log('Where a save goes (each stage\'s median over the saves, from the watcher\'s --timings)');
      console.table([Object.fromEntries(Object.entries(stagesMs).map(([stage, ms]) => [stage, `${ms.toFixed(0)} ms`]))]);
    }
    return row;
  } finally {
    child.kill('SIGINT');
    await new Promise((done) => child.once('close', done));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) await benchWatch();

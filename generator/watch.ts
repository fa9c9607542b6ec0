/**
 * `npm run generate -- --watch`: regenerates on every save under spec/ or templates/ and prints what changed.
 * A spec error is printed with its location and the watcher keeps going. Incremental where it pays: modules stay
 * loaded (and are warmed up before watching starts), a spec file is parsed again only when its text changed, a
 * save that changes values only (no `$ref`) patches the last bundle instead of bundling again (rebundle.ts), a
 * spec of several files is linted on a second thread (lint-thread.ts), a template edit reuses the spec as the last
 * run loaded it, compiled templates are kept until a template changes, the formatter stays warm, a generated file
 * whose text did not change is not formatted again, and the output is compared with what was last written instead
 * of being read back (write.ts `KnownFiles`). `npm run bench` measures a save's latency (scripts/bench-watch.ts).
 */
import { readdirSync, watch as watchFiles } from 'node:fs';
import path from 'node:path';
import { SpecErrors, formatSpecError } from './errors.js';
import { reloadTemplates, TEMPLATES_DIR } from './emit/templates.js';
import { TypeScriptFormatter } from './format.js';
import { LintThread } from './lint-thread.js';
import { Rebundler } from './rebundle.js';
import { SpecResolver } from './resolver.js';
import type { LoadedSpec } from './load.js';
import { generate, timingLines } from './pipeline.js';
import type { Target } from './targets/target.js';
import { writeOutput, type KnownFiles } from './write.js';

export interface WatchOptions {
  readonly specPath: string;
  readonly outDir: string;
  readonly targets: readonly Target[];
  readonly timings: boolean;
  readonly root: string;
  /** Stops the watcher (tests); SIGINT and SIGTERM stop it too. */
  readonly signal?: AbortSignal;
  /** Where progress goes (default: the console). */
  readonly log?: (line: string) => void;
}

const SHOWN = 8;
/** Generations after the initial one, output discarded, before watching (see `warmUp`). */
const WARM_UP_RUNS = 4;

export async function watch(options: WatchOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const specDir = path.dirname(options.specPath);
  // Parsed spec files by path, kept across runs: a save re-parses only the files whose text changed.
  const parsed = new Map<string, { readonly body: string; readonly value: unknown }>();
  let resolver = new SpecResolver(parsed);
  const formatter = new TypeScriptFormatter({ tierUp: true });
  // A spec of several files is linted on a second thread while this one bundles it and emits (lint-thread.ts).
  const checker = new LintThread();
  const formatCache = new Map<string, { input: string; output: string }>();
  // The last bundle, patched on a save that only changes values (rebundle.ts); declined, the spec is bundled in full.
  const rebundler = new Rebundler();
  const specFile = path.resolve(options.specPath);
  // The output as last written or read: unchanged files are not read again to be compared.
  const known: KnownFiles = new Map();
  const relative = (file: string) => path.relative(process.cwd(), file) || file;

  // The spec as the last run loaded it, while no spec file has changed since: a template edit does not load it again.
  let keptSpec: LoadedSpec | undefined;
  let specVersion = 0;
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (reason: string): Promise<void> => {
    const started = performance.now();
    const version = specVersion;
    try {
      const usedResolver = resolver;
      const kept = keptSpec;
      // Whether this run bundles the spec in full (neither kept from the last run nor patched): if so, the bundle
      // is remembered for the next save.
      let bundled = !kept;
      // The last bundle patched (its checks started on the lint thread), or undefined to load the spec in full.
      const patched = (): LoadedSpec | undefined => {
        const patch = rebundler.patch();
        if (!patch) return undefined;
        bundled = false;
        const checked = checker.check(specFile);
        // Awaited by the pipeline; handled now so that a failure elsewhere cannot leave it an unhandled rejection.
        checked.catch(() => undefined);
        return { document: patch.document, check: () => checked, stages: { load: 'patch', check: 'lint (its own thread)' } };
      };
      const result = await generate(options.specPath, { targets: options.targets, resolver, formatCache, formatter, checker, spec: kept, patched });
      if (version === specVersion) keptSpec = result.spec;
      const writeStarted = performance.now();
      const drift = await writeOutput(options.outDir, result.files, result.scope, known);
      const writeMs = performance.now() - writeStarted;
      const touched = [...drift.changed, ...drift.missing, ...drift.stale];
      const ms = (performance.now() - started).toFixed(0);
      log(`✔ ${reason}: ${touched.length === 0 ? 'no file changed' : `${touched.length} file${touched.length === 1 ? '' : 's'} written`} in ${ms} ms`);
      for (const file of touched.slice(0, SHOWN)) log(`  ${drift.stale.includes(file) ? 'removed' : drift.missing.includes(file) ? 'new    ' : 'changed'} ${relative(path.join(options.outDir, file))}`);
      if (touched.length > SHOWN) log(`  … and ${touched.length - SHOWN} more`);
      if (options.timings) for (const line of timingLines(result, writeMs)) log(line);
      // After the write, so that it does not delay it: where the files of a full bundle landed, for the next save.
      // A failure here would only cost the next save a full bundle.
      if (bundled) await rebundler.remember(specFile, result.spec.document, usedResolver, parsed).catch(() => rebundler.forget());
    } catch (error) {
      if (error instanceof SpecErrors) {
        for (const specError of error.errors) log(formatSpecError(specError));
        log(`✘ ${reason}: ${error.message}; ${relative(options.outDir)}/ left as it was. Waiting for the next save.`);
      } else {
        log(`✘ ${reason}: ${(error as Error)?.message ?? String(error)}; ${relative(options.outDir)}/ left as it was.`);
      }
    }
  };
  // One job at a time: a save during a job runs once that job is over.
  const start = (job: () => Promise<void>): Promise<void> =>
    (running = job().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void start(() => run('changes saved while generating'));
      }
    }));
  const schedule = (reason: string) => {
    if (running) again = true;
    else void start(() => run(reason));
  };
  // V8 optimises the generator over its first runs: the first saves took half as long again as later ones. A few
  // generations more after the initial run, their output discarded, make the first saves as quick.
  const warmUp = async (): Promise<void> => {
    for (let i = 0; i < WARM_UP_RUNS && !again; i++) {
      await generate(options.specPath, { targets: options.targets, resolver: new SpecResolver(parsed), formatCache, formatter, checker }).catch(() => undefined);
    }
  };

  // Saves arrive as bursts of events (write, rename, chmod) a few milliseconds long; one run per burst (a burst
  // that outlasts the wait only runs once more, see `schedule`).
  let timer: NodeJS.Timeout | undefined;
  const pending = new Set<string>();
  const changed = (root: string, dir: string, file: string | null) => {
    const absolute = path.resolve(dir, file ?? '');
    if (root === TEMPLATES_DIR) reloadTemplates();
    // Redocly's resolver keeps resolved references on the documents that hold them, so evicting one file is not
    // enough: a spec change gets a fresh resolver (templates and formatted files stay cached).
    else {
      resolver = new SpecResolver(parsed);
      keptSpec = undefined;
      specVersion++;
    }
    pending.add(relative(absolute));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending];
      pending.clear();
      schedule(files.length === 1 ? `${files[0]} saved` : `${files.length} files saved`);
    }, 10);
  };
  // One watcher per directory (not `recursive`, whose Node 20 Linux emulation loses files replaced by a rename).
  const watchers = [specDir, TEMPLATES_DIR].flatMap((root) => directories(root).map((dir) => watchFiles(dir, (_event, file) => changed(root, dir, file))));

  await start(async () => {
    await run('initial run');
    await warmUp();
  });
  log(`Watching ${relative(specDir)}/ and ${relative(TEMPLATES_DIR)}/ (Ctrl-C to stop).`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    options.signal?.addEventListener('abort', stop, { once: true });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await running;
  await Promise.all([formatter.close(), checker.close()]);
  return 0;
}

/** `root` and every directory under it. */
function directories(root: string): string[] {
  return [root, ...readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).flatMap((entry) => directories(path.join(root, entry.name)))];
}

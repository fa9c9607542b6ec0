/**
 * `npm run generate [-- --check] [--spec path] [--out dir] [--targets ts,mock,docs] [--timings] [--watch]`
 * Exit codes: 0 done (or no drift), 1 spec problems or drift, 2 usage or internal errors.
 * Errors are printed as sentences with their location and a fix; stack traces only with DEBUG=1.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TEMPLATES_DIR } from './emit/templates.js';
import { formatSpecError, OutputError, SpecErrors } from './errors.js';
import { generate, timingLines, type GenerateResult } from './pipeline.js';
import { selectTargets, TARGETS, UsageError } from './targets/index.js';
import { diffOutput, UnsafeOutputError, writeOutput } from './write.js';

// The repository root: the folder of templates/ (also when this module runs bundled, see scripts/generate.mjs).
const ROOT = path.dirname(TEMPLATES_DIR);
const USAGE = `Usage: npm run generate -- [--check] [--spec spec/openapi.yaml] [--out generated] [--targets ${TARGETS.map((target) => target.name).join(',')}] [--timings] [--watch]`;

function relative(target: string): string {
  return path.relative(process.cwd(), target) || '.';
}

export function printTimings(result: GenerateResult, writeMs?: number): void {
  for (const line of timingLines(result, writeMs)) console.log(line);
}

async function run(argv: string[]): Promise<number> {
  let values: { check?: boolean; spec?: string; out?: string; targets?: string; timings?: boolean; watch?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean' },
        spec: { type: 'string' },
        out: { type: 'string' },
        targets: { type: 'string' },
        timings: { type: 'boolean' },
        watch: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`✘ ${(error as Error).message}\n  ${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const targets = selectTargets(values.targets);
  const specPath = path.resolve(values.spec ?? path.join(ROOT, 'spec/openapi.yaml'));
  const outDir = path.resolve(values.out ?? path.join(ROOT, 'generated'));
  if (values.watch) {
    if (values.check) throw new UsageError('--watch and --check do not go together.');
    const { watch } = await import('./watch.js');
    return watch({ specPath, outDir, targets, timings: values.timings === true, root: ROOT });
  }
  const started = performance.now();
  const result = await generate(specPath, { targets });
  const { files, scope } = result;

  if (values.check) {
    if (values.timings) printTimings(result);
    const drift = diffOutput(outDir, files, scope);
    const count = drift.changed.length + drift.missing.length + drift.stale.length;
    if (count === 0) {
      console.log(`✔ ${relative(outDir)}/ is up to date with ${relative(specPath)} (${files.size} files).`);
      return 0;
    }
    console.error(`✘ ${relative(outDir)}/ is out of date with ${relative(specPath)}: ${count} file${count === 1 ? '' : 's'} differ.`);
    for (const file of drift.changed) console.error(`  changed: ${relative(outDir)}/${file}`);
    for (const file of drift.missing) console.error(`  missing: ${relative(outDir)}/${file}`);
    for (const file of drift.stale) console.error(`  stale:   ${relative(outDir)}/${file}`);
    console.error('  Fix: run `npm run generate` and commit the result.');
    return 1;
  }

  const writeStarted = performance.now();
  const drift = await writeOutput(outDir, files, scope);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `✔ Generated ${files.size} files into ${relative(outDir)}/ in ${seconds}s ` +
      `(${drift.changed.length} changed, ${drift.missing.length} new, ${drift.stale.length} removed).`,
  );
  if (values.timings) printTimings(result, performance.now() - writeStarted);
  return 0;
}

/** Prints an error the way the CLI reports it; returns the exit code it means. */
export function report(error: unknown): number {
  if (error instanceof SpecErrors) {
    for (const specError of error.errors) console.error(formatSpecError(specError));
    console.error(`\n${error.message}; nothing was written.`);
    return 1;
  }
  if (error instanceof UsageError) {
    console.error(`✘ ${error.message}\n  ${USAGE}`);
    return 2;
  }
  if (error instanceof OutputError || error instanceof UnsafeOutputError) {
    console.error(`✘ ${error.message}\n  Nothing was written.`);
    return 2;
  }
  console.error(`✘ Internal error: ${(error as Error)?.message ?? String(error)}\n  Nothing was written. Run with DEBUG=1 for details.`);
  if (process.env.DEBUG) console.error(error);
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => (process.exitCode = report(error)),
  );
}

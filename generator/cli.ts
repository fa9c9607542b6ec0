/**
 * `npm run generate [-- --check] [--spec path] [--out dir]`
 * Exit codes: 0 done (or no drift), 1 spec problems or drift, 2 usage or internal errors.
 * Errors are printed as sentences with their location and a fix; stack traces only with DEBUG=1.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatSpecError, OutputError, SpecErrors } from './errors.js';
import { generate } from './pipeline.js';
import { diffOutput, UnsafeOutputError, writeOutput } from './write.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function relative(target: string): string {
  return path.relative(process.cwd(), target) || '.';
}

async function run(argv: string[]): Promise<number> {
  let values: { check?: boolean; spec?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { check: { type: 'boolean' }, spec: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    console.error(`✘ ${(error as Error).message}\n  Usage: npm run generate -- [--check] [--spec spec/openapi.yaml] [--out generated]`);
    return 2;
  }
  if (values.help) {
    console.log('Usage: npm run generate -- [--check] [--spec spec/openapi.yaml] [--out generated]');
    return 0;
  }
  const specPath = path.resolve(values.spec ?? path.join(ROOT, 'spec/openapi.yaml'));
  const outDir = path.resolve(values.out ?? path.join(ROOT, 'generated'));
  const started = performance.now();
  const { files } = await generate(specPath);

  if (values.check) {
    const drift = diffOutput(outDir, files);
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

  const drift = await writeOutput(outDir, files);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `✔ Generated ${files.size} files into ${relative(outDir)}/ in ${seconds}s ` +
      `(${drift.changed.length} changed, ${drift.missing.length} new, ${drift.stale.length} removed).`,
  );
  return 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof SpecErrors) {
    for (const specError of error.errors) console.error(formatSpecError(specError));
    console.error(`\n${error.message}; nothing was written.`);
    process.exitCode = 1;
  } else if (error instanceof OutputError || error instanceof UnsafeOutputError) {
    console.error(`✘ ${error.message}\n  Nothing was written.`);
    process.exitCode = 2;
  } else {
    console.error(`✘ Internal error: ${(error as Error)?.message ?? String(error)}\n  Nothing was written. Run with DEBUG=1 for details.`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 2;
  }
}

/**
 * `npm run diff -- --base <git ref> [--json] [--fail-on breaking] [--root .] [--spec spec/openapi.yaml] [--generated generated]
 *   [--languages typescript,python,go]`
 * Compares the spec and the generated SDKs at the base ref with the working tree (generator/release/diff.ts).
 * Exit codes: 0 fine; 1 when info.version does not carry the bump the changes need, or with `--fail-on breaking`
 * when any change is breaking; 2 usage or tool errors.
 */
import { parseArgs } from 'node:util';
import { runDiff } from '../generator/release/diff.js';
import { renderReport } from '../generator/release/render.js';
import type { DiffReport } from '../generator/release/report.js';
import { LANGUAGES, type Language } from '../generator/release/sdk-diff.js';

const USAGE = 'Usage: npm run diff -- --base <git ref> [--json] [--fail-on breaking|version|none] [--root .] [--spec spec/openapi.yaml] [--generated generated] [--languages typescript,python,go]';

/** The exit code a report gives under a `--fail-on` policy. */
export function exitCode(report: DiffReport, failOn: string): number {
  if (failOn === 'none') return 0;
  if (!report.versionOk) return 1;
  return failOn === 'breaking' && report.breaking ? 1 : 0;
}

/** The CLI: prints the report, returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: 'string' },
      json: { type: 'boolean' },
      'fail-on': { type: 'string', default: 'version' },
      root: { type: 'string', default: '.' },
      spec: { type: 'string', default: 'spec/openapi.yaml' },
      generated: { type: 'string', default: 'generated' },
      languages: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const failOn = values['fail-on']!;
  if (!values.base || !['breaking', 'version', 'none'].includes(failOn)) {
    console.error(USAGE);
    return 2;
  }
  const languages = values.languages?.split(',').map((name) => name.trim()) as Language[] | undefined;
  const unknown = languages?.filter((name) => !LANGUAGES.includes(name));
  if (unknown?.length) {
    console.error(`✘ Unknown language ${unknown.join(', ')}; use ${LANGUAGES.join(', ')}.`);
    return 2;
  }
  const report = await runDiff({ root: values.root!, base: values.base, spec: values.spec!, generated: values.generated!, ...(languages ? { languages } : {}) });
  console.log(values.json ? JSON.stringify(report, null, 2) : renderReport(report));
  const code = exitCode(report, failOn);
  if (code !== 0 && report.versionOk && !values.json) console.error('✘ Breaking changes (--fail-on breaking).');
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}

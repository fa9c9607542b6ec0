/**
 * `npm run release -- [--dry-run] [--base <ref>] [--report report.json] [--date YYYY-MM-DD] [--root .]`
 * Prepares a release from `npm run diff`'s report (run here, or read from `--report` as `npm run diff -- --json`
 * wrote it): the next CHANGELOG.md entry and each package's version set from the spec's `info.version`
 * (generated/client/package.json, generated/python/pyproject.toml; the Go module is versioned by its tag `vX.Y.Z`
 * in its own repository, see .github/workflows/release.yml). `--dry-run` prints all of it and writes nothing.
 * It never publishes: the release workflow does, on the version tag. The base is the newest `v*` tag unless given.
 * Exit codes: 0 done; 1 when info.version does not carry the changes; 2 usage or tool errors.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { changelogEntry, insertEntry } from '../generator/release/changelog.js';
import { nextVersion } from '../generator/release/render.js';
import type { DiffReport } from '../generator/release/report.js';

function latestTag(root: string): string | undefined {
  try {
    return execFileSync('git', ['-C', root, 'describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The version files of the generated packages, and how each is rewritten. */
const VERSION_FILES = [
  { file: 'client/package.json', pattern: /^(\s*"version":\s*")[^"]*(")/m },
  { file: 'python/pyproject.toml', pattern: /^(version\s*=\s*")[^"]*(")/m },
];

function packages(generated: string): { npm: string; python: string; go: string } {
  const read = (file: string, pattern: RegExp, fallback: string) => {
    const full = path.join(generated, file);
    return existsSync(full) ? (pattern.exec(readFileSync(full, 'utf8'))?.[1] ?? fallback) : fallback;
  };
  return {
    npm: read('client/package.json', /"name":\s*"([^"]+)"/, 'sdk'),
    python: read('python/pyproject.toml', /^name\s*=\s*"([^"]+)"/m, 'sdk'),
    go: read('go/go.mod', /^module\s+(\S+)/m, 'sdk'),
  };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean' },
      base: { type: 'string' },
      report: { type: 'string' },
      date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
      root: { type: 'string', default: '.' },
      spec: { type: 'string', default: 'spec/openapi.yaml' },
      generated: { type: 'string', default: 'generated' },
    },
  });
  const root = path.resolve(values.root!);
  let report: DiffReport;
  if (values.report) {
    report = JSON.parse(readFileSync(values.report, 'utf8')) as DiffReport;
  } else {
    const base = values.base ?? latestTag(root);
    if (!base) {
      console.error('✘ No `v*` tag to compare with: pass --base <ref>.');
      return 2;
    }
    // Loaded only here: the diff brings in the generator and the API tools.
    const { runDiff } = await import('../generator/release/diff.js');
    report = await runDiff({ root, base, spec: values.spec!, generated: values.generated! });
  }
  if (!report.versionOk) {
    console.error(`✘ info.version ${report.head.version} does not carry the ${report.bump} bump the changes need since ${report.base.ref}: set it to ${nextVersion(report.base.version, report.bump)} or higher.`);
    return 1;
  }
  const generated = path.join(root, values.generated!);
  const version = report.head.version;
  const entry = changelogEntry(report, packages(generated), values.date!);
  const changelogPath = path.join(root, 'CHANGELOG.md');
  const dry = values['dry-run'] === true;
  console.log(entry);
  for (const { file, pattern } of VERSION_FILES) {
    const full = path.join(generated, file);
    if (!existsSync(full)) continue;
    const text = readFileSync(full, 'utf8');
    const next = text.replace(pattern, `$1${version}$2`);
    console.log(`${dry ? 'would set' : 'set'} ${path.relative(root, full)} version to ${version}${next === text ? ' (already)' : ''}`);
    if (!dry && next !== text) writeFileSync(full, next);
  }
  console.log(`Go: tag v${version} in the Go module's repository (the release workflow pushes generated/go there).`);
  if (!dry) writeFileSync(changelogPath, insertEntry(existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '', entry, version));
  console.log(dry ? 'Dry run: nothing written.' : `Wrote ${path.relative(process.cwd(), changelogPath) || 'CHANGELOG.md'}. Commit, then push the tag v${version} to publish.`);
  return 0;
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

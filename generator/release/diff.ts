/**
 * `npm run diff -- --base <ref>`: the base ref's spec and generated SDKs are taken out of git into a scratch folder
 * (`git archive`, the working tree untouched), then compared with the working tree's: the spec by Redocly, each SDK
 * by its language's API tool, both models built by the generator's model builder to name what changed. A side whose
 * commit has no generated SDK folder gets one generated from its spec by this toolchain.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { TypeScriptFormatter } from '../format.js';
import { buildModel } from '../ir/build.js';
import type { ApiModel } from '../ir/model.js';
import { CLIENT_MEMBERS, runtimeExports } from '../lang/ts/runtime.js';
import { loadSpec } from '../load.js';
import { generate } from '../pipeline.js';
import { selectTargets } from '../targets/index.js';
import { writeOutput } from '../write.js';
import { buildReport, type DiffReport } from './report.js';
import { goChanges, LANGUAGES, type Language, pythonChanges, type SdkChange, type Side, typescriptChanges } from './sdk-diff.js';
import { diffSpecs, parameterAt, schemaFiles } from './spec-diff.js';

const run = promisify(execFile);

export interface DiffOptions {
  /** The git repository (default: the working directory). */
  readonly root: string;
  readonly base: string;
  /** The spec's root file and the generated folder, relative to `root`. */
  readonly spec: string;
  readonly generated: string;
  readonly languages?: readonly Language[];
}

/** Where each SDK lives under `generated/`, and the generator target that writes it. */
const FOLDERS: Record<Language, { folder: string; target: string }> = {
  typescript: { folder: 'client', target: 'ts' },
  python: { folder: 'python', target: 'python' },
  go: { folder: 'go', target: 'go' },
};

async function git(root: string, args: string[]): Promise<string> {
  return (await run('git', ['-C', root, ...args], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })).stdout;
}

/** Extracts `paths` of `ref` into `dir` (git archive | tar), without touching the working tree or the index. */
async function extract(root: string, ref: string, paths: string[], dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const archive = spawn('git', ['-C', root, 'archive', '--format=tar', ref, '--', ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    archive.stderr.on('data', (chunk) => (errors += chunk));
    tar.stderr.on('data', (chunk) => (errors += chunk));
    archive.stdout.pipe(tar.stdin);
    let pending = 2;
    const done = (code: number | null) => {
      if (code !== 0) reject(new Error(`git archive ${ref} failed: ${errors.trim()}`));
      else if (--pending === 0) resolve();
    };
    archive.on('close', done);
    tar.on('close', done);
  });
}

async function exists(root: string, ref: string, file: string): Promise<boolean> {
  return run('git', ['-C', root, 'cat-file', '-e', `${ref}:${file}`]).then(
    () => true,
    () => false,
  );
}

/** Writes the SDKs a side lacks from its spec with this toolchain's generator (one formatter for all sides). */
async function generateMissing(sides: readonly { spec: string; out: string; targets: readonly string[] }[]): Promise<void> {
  const wanted = sides.filter((side) => side.targets.length > 0);
  if (wanted.length === 0) return;
  const formatter = new TypeScriptFormatter();
  try {
    for (const side of wanted) {
      const { files, scope } = await generate(side.spec, { targets: selectTargets(side.targets.join(',')), formatter });
      await writeOutput(side.out, files, scope);
    }
  } finally {
    await formatter.close();
  }
}

async function model(specPath: string): Promise<ApiModel> {
  const { document } = await loadSpec(specPath);
  return buildModel(document, { reservedTypeNames: runtimeExports(), reservedClientMembers: CLIENT_MEMBERS, specFile: path.basename(specPath) });
}

export async function runDiff(options: DiffOptions): Promise<DiffReport> {
  const languages = options.languages ?? LANGUAGES;
  const root = path.resolve(options.root);
  const ref = (await git(root, ['rev-parse', '--verify', '--quiet', `${options.base}^{commit}`])).trim();
  const scratch = mkdtempSync(path.join(tmpdir(), 'burki-diff-'));
  try {
    const baseRoot = path.join(scratch, 'base');
    const specDir = path.posix.dirname(options.spec);
    const present = await Promise.all(languages.map((language) => exists(root, ref, `${options.generated}/${FOLDERS[language].folder}`)));
    await extract(root, ref, [specDir, ...languages.filter((_, i) => present[i]).map((language) => `${options.generated}/${FOLDERS[language].folder}`)], baseRoot);
    const baseSpec = path.join(baseRoot, options.spec);
    const headSpec = path.join(root, options.spec);
    const base: Side = { generated: path.join(baseRoot, options.generated), work: path.join(scratch, 'work-base') };
    // The head's generated/ when it has each SDK, else a scratch copy generated from its spec.
    const headGenerated = path.join(root, options.generated);
    const missing = languages.filter((language) => !existsSync(path.join(headGenerated, FOLDERS[language].folder)));
    const head: Side = { generated: missing.length === 0 ? headGenerated : path.join(scratch, 'head-generated'), work: path.join(scratch, 'work-head') };
    const sdkChanges = async () => {
      await generateMissing([
        { spec: baseSpec, out: base.generated, targets: languages.filter((_, i) => !present[i]).map((language) => FOLDERS[language].target) },
        { spec: headSpec, out: head.generated, targets: missing.length > 0 ? languages.map((language) => FOLDERS[language].target) : [] },
      ]);
      const tools: Record<Language, (base: Side, head: Side) => Promise<SdkChange[]>> = { typescript: typescriptChanges, python: pythonChanges, go: goChanges };
      return Promise.all(languages.map((language) => tools[language](base, head)));
    };
    // All at once: Redocly, griffe and apidiff are child processes, which run while this one generates the SDKs
    // (Redocly needs only the specs) and API Extractor works.
    const [spec, results] = await Promise.all([diffSpecs({ root: baseRoot, spec: baseSpec }, { root, spec: headSpec }), sdkChanges()]);
    const sdk = { typescript: [], python: [], go: [] } as Record<Language, SdkChange[]>;
    languages.forEach((language, i) => (sdk[language] = results[i]!));
    const [baseModel, headModel] = await Promise.all([model(baseSpec), model(headSpec)]);
    return buildReport({ ref: options.base, baseModel, headModel, spec, sdk, baseSchemaFiles: schemaFiles(baseRoot, options.spec), headSchemaFiles: schemaFiles(root, options.spec),
      parameterAt: (side, location) => parameterAt(side === 'base' ? baseRoot : root, location),
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The SDKs' side of `npm run diff`: each language's public API at two output folders, compared by that
 * language's own API tool:
 * - TypeScript: API Extractor's API report (`.api.md`, one declaration per block) of the package's declarations
 *   (tsc), compared declaration by declaration and member by member (api-report.ts);
 * - Python: griffe (generator/release/python_api.py, run in .venv/);
 * - Go: apidiff (golang.org/x/exp/cmd/apidiff in .tools/bin) on the module's export data.
 * Every SDK change is `{symbol, change, breaking, detail}` in the tool's own spelling of the symbol.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { IExtractorConfigPrepareOptions } from '@microsoft/api-extractor';
import type { SourceFile } from 'typescript';
import { compareReports } from './api-report.js';

const run = promisify(execFile);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

export type Language = 'typescript' | 'python' | 'go';
export const LANGUAGES: readonly Language[] = ['typescript', 'python', 'go'];
export const LANGUAGE_NAMES: Record<Language, string> = { typescript: 'TypeScript', python: 'Python', go: 'Go' };

export interface SdkChange {
  /** The symbol as the language's tool names it: `Assistants.list`, `burki.types.Assistant.name`, `Assistant.Name`. */
  readonly symbol: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly breaking: boolean;
  readonly detail: string;
}

/** The SDK output folders of one side (`generated/`), and a scratch folder of its own. */
export interface Side {
  readonly generated: string;
  readonly work: string;
}

/**
 * TypeScript: the TypeScript compiler writes each side's declarations (without type-checking: a peer dependency
 * missing next to a scratch copy does not matter), API Extractor reports each package's API (one compiler state for
 * both), and the reports are compared.
 */
export async function typescriptChanges(base: Side, head: Side): Promise<SdkChange[]> {
  const projects = await declarations([base, head]);
  const { CompilerState, Extractor, ExtractorConfig } = await import('@microsoft/api-extractor');
  const configs = projects.map((project) => ExtractorConfig.prepare(extractorOptions(project)));
  const compilerState = CompilerState.create(configs[0]!, { additionalEntryPoints: configs.map((config) => config.mainEntryPointFilePath) });
  const [before, after] = configs.map((config, i) => {
    Extractor.invoke(config, { localBuild: true, compilerState, messageCallback: (message) => void (message.handled = true) });
    // The report as generated this run (API Extractor copies it to reportFolder only for a local build).
    const report = path.join(projects[i]!, 'temp', 'sdk.api.md');
    if (!existsSync(report)) throw new Error(`API Extractor wrote no report for ${[base, head][i]!.generated}/client`);
    return readFileSync(report, 'utf8');
  });
  return compareReports(before!, after!);
}

/** The TypeScript lib files (lib.dom.d.ts, ...) parsed in this process, by target: every side of every diff shares them. */
const libFiles = new Map<string, SourceFile | undefined>();

/** Writes each side's `client/` declarations into `<work>/ts/dist`; returns the `<work>/ts` folders. */
async function declarations(sides: readonly Side[]): Promise<string[]> {
  const { default: ts } = await import('typescript');
  return sides.map((side) => {
    const project = path.join(side.work, 'ts');
    const overrides = { declaration: true, emitDeclarationOnly: true, noCheck: true, noEmitOnError: false, sourceMap: false, declarationMap: false, outDir: path.join(project, 'dist') };
    const config = ts.getParsedCommandLineOfConfigFile(path.join(side.generated, 'client/tsconfig.json'), overrides, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!config) throw new Error(`${side.generated}/client/tsconfig.json cannot be read`);
    const host = ts.createCompilerHost(config.options);
    const read = host.getSourceFile.bind(host);
    const libDir = path.dirname(ts.getDefaultLibFilePath(config.options));
    host.getSourceFile = (file, language) => {
      if (!file.startsWith(libDir)) return read(file, language);
      const key = `${typeof language === 'object' ? language.languageVersion : language}:${file}`;
      if (!libFiles.has(key)) libFiles.set(key, read(file, language));
      return libFiles.get(key);
    };
    ts.createProgram({ rootNames: config.fileNames, options: config.options, host }).emit();
    if (!existsSync(path.join(project, 'dist/index.d.ts'))) throw new Error(`tsc wrote no declarations for ${side.generated}/client`);
    writeFileSync(path.join(project, 'package.json'), '{"name": "sdk", "version": "0.0.0"}\n');
    return project;
  });
}

function extractorOptions(project: string): IExtractorConfigPrepareOptions {
  return {
    configObjectFullPath: path.join(project, 'api-extractor.json'),
    packageJsonFullPath: path.join(project, 'package.json'),
    configObject: {
      projectFolder: project,
      mainEntryPointFilePath: '<projectFolder>/dist/index.d.ts',
      compiler: { overrideTsconfig: { compilerOptions: { target: 'ES2022', lib: ['ES2022', 'DOM'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, types: [] }, include: ['dist'] } },
      apiReport: { enabled: true, reportFolder: '<projectFolder>/report', reportTempFolder: '<projectFolder>/temp' },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        extractorMessageReporting: { default: { logLevel: 'none' as never } },
        compilerMessageReporting: { default: { logLevel: 'none' as never } },
        tsdocMessageReporting: { default: { logLevel: 'none' as never } },
      },
    },
  };
}

/** Python: generator/release/python_api.py (griffe) over the two `src/` folders. */
export async function pythonChanges(base: Side, head: Side): Promise<SdkChange[]> {
  const python = path.join(ROOT, '.venv/bin/python');
  if (!existsSync(python)) throw new Error('.venv/ is missing: run `npm run setup` (griffe compares the Python SDKs).');
  const pkg = pythonPackage(head.generated) ?? pythonPackage(base.generated);
  if (!pkg) return [];
  const script = path.join(HERE, 'python_api.py');
  const { stdout } = await run(python, [script, path.join(base.generated, 'python/src'), path.join(head.generated, 'python/src'), pkg], { maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(stdout) as { changes: SdkChange[] }).changes;
}

function pythonPackage(generated: string): string | undefined {
  const pyproject = path.join(generated, 'python/pyproject.toml');
  if (!existsSync(pyproject)) return undefined;
  const name = /^name\s*=\s*"([^"]+)"/m.exec(readFileSync(pyproject, 'utf8'))?.[1];
  return name?.replaceAll('-', '_');
}

/** Go: apidiff writes each module's export data (in the module's folder), then compares them. */
export async function goChanges(base: Side, head: Side): Promise<SdkChange[]> {
  const apidiff = path.join(ROOT, '.tools/bin/apidiff');
  if (!existsSync(apidiff)) throw new Error('.tools/bin/apidiff is missing: run `npm run setup` (apidiff compares the Go SDKs).');
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' };
  const exportData = async (side: Side, name: string) => {
    const module = path.join(side.generated, 'go');
    const modulePath = /^module\s+(\S+)/m.exec(readFileSync(path.join(module, 'go.mod'), 'utf8'))?.[1];
    if (!modulePath) throw new Error(`${module}/go.mod names no module`);
    const file = path.join(side.work, name);
    mkdirSync(side.work, { recursive: true });
    await run(apidiff, ['-m', '-w', file, modulePath], { cwd: module, env, maxBuffer: 64 * 1024 * 1024 });
    return file;
  };
  const [before, after] = await Promise.all([exportData(base, 'base.apidiff'), exportData(head, 'head.apidiff')]);
  const { stdout } = await run(apidiff, ['-m', before, after], { env, maxBuffer: 64 * 1024 * 1024 });
  return parseApidiff(stdout);
}

/** apidiff's text: optional `package <path>` headings, then `Incompatible changes:` / `Compatible changes:` lists. */
export function parseApidiff(text: string): SdkChange[] {
  const changes: SdkChange[] = [];
  let breaking = false;
  let prefix = '';
  let root: string | undefined;
  for (const line of text.split('\n')) {
    const pkg = /^package (\S+)/.exec(line)?.[1];
    if (pkg) {
      root ??= pkg;
      prefix = pkg === root ? '' : `${pkg.slice(pkg.lastIndexOf('/') + 1)}.`;
      continue;
    }
    if (/^Incompatible changes:/.test(line)) breaking = true;
    else if (/^Compatible changes:/.test(line)) breaking = false;
    const item = /^- ([^:]+): (.*)$/.exec(line);
    if (!item) continue;
    const detail = item[2]!;
    const change = detail === 'removed' ? 'removed' : detail === 'added' ? 'added' : 'changed';
    changes.push({ symbol: `${prefix}${item[1]}`, change, breaking, detail });
  }
  return changes;
}

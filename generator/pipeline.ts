/**
 * The pipeline, the only module that knows every stage: load → model → targets → format. It returns the complete
 * output as a map of relative path → contents; writing is the CLI's job, so nothing touches the disk until every
 * stage has succeeded. Each stage is timed (`--timings`).
 */
import path from 'node:path';
import type { BaseResolver } from '@redocly/openapi-core';
import { buildModel } from './ir/build.js';
import type { ApiModel } from './ir/model.js';
import { applyBundleExtensions } from './emit/bundle-extensions.js';
import { bannerView, render } from './emit/templates.js';
import { TypeScriptFormatter } from './format.js';
import { CLIENT_MEMBERS, runtimeExports } from './lang/ts/runtime.js';
import { loadSpec, NO_CHECKS, type LoadedSpec, type SpecChecker } from './load.js';
import { TARGETS } from './targets/index.js';
import type { BundleExtension, Target } from './targets/target.js';

/** Files of the output root, beside the targets' folders. */
export const ROOT_FILES = ['README.md', 'openapi.json', 'tsconfig.json'];

export interface GenerateOptions {
  /** The targets to run (default: all of them). */
  readonly targets?: readonly Target[];
  /** A long-lived resolver (watch mode): files it has read are not read again until evicted. */
  readonly resolver?: BaseResolver;
  /** Formatted output by path, from the previous run (watch mode): a file whose text did not change is not formatted again. */
  readonly formatCache?: Map<string, { readonly input: string; readonly output: string }>;
  /**
   * The spec as a previous run loaded and checked it, to use instead of loading it again (watch mode, after a
   * template edit). The pipeline only reads the document.
   */
  readonly spec?: LoadedSpec;
  /** Watch mode's patched bundle (rebundle.ts), tried before loading the spec: undefined when it takes a full load. */
  readonly patched?: () => LoadedSpec | undefined;
  /** Where a spec of several files is checked while this thread bundles it (watch mode: a worker thread). */
  readonly checker?: SpecChecker;
  /** A formatter to reuse (watch mode); otherwise one is started for this run and closed after it. */
  readonly formatter?: TypeScriptFormatter;
}

export interface GenerateResult {
  /** The spec this run generated from, checked: a later run may reuse it (`GenerateOptions.spec`). */
  readonly spec: LoadedSpec;
  readonly model: ApiModel;
  readonly files: Map<string, string>;
  /** The top-level entries of the output these files own: the root files and each target's folder. */
  readonly scope: readonly string[];
  /** Milliseconds per stage, in order. */
  readonly timings: readonly { readonly stage: string; readonly ms: number }[];
}

/** `--timings`: one line per stage (and the write, when given), with its share of the total, then the total. */
export function timingLines(result: Pick<GenerateResult, 'timings'>, writeMs?: number): string[] {
  const rows = [...result.timings, ...(writeMs === undefined ? [] : [{ stage: 'write', ms: writeMs }])];
  const total = rows.reduce((sum, row) => sum + row.ms, 0);
  return [
    ...rows.map((row) => `  ${row.stage.padEnd(22)} ${row.ms.toFixed(0).padStart(6)} ms  ${((100 * row.ms) / total).toFixed(0).padStart(3)} %`),
    `  ${'total'.padEnd(22)} ${total.toFixed(0).padStart(6)} ms`,
  ];
}

export async function generate(specPath: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  const formatter = options.formatter ?? new TypeScriptFormatter();
  try {
    return await run(specPath, options, formatter);
  } finally {
    if (!options.formatter) await formatter.close();
  }
}

async function run(specPath: string, options: GenerateOptions, formatter: TypeScriptFormatter): Promise<GenerateResult> {
  const targets = options.targets ?? TARGETS;
  const timings: { stage: string; ms: number }[] = [];
  let last = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings.push({ stage, ms: now - last });
    last = now;
  };

  const { document, check, stages } = options.spec ?? options.patched?.() ?? (await loadSpec(specPath, options.resolver, options.checker));
  lap(`load (${stages.load})`);
  // A document that fails the checks is reported as such, not as whatever it broke in the model or a target.
  return emit().catch(async (error: unknown) => {
    await check();
    throw error;
  });

  async function emit(): Promise<GenerateResult> {
    const model = buildModel(document, {
      // Generated TypeScript types are exported from the package root next to the runtime's exports.
      reservedTypeNames: runtimeExports(),
      reservedClientMembers: CLIENT_MEMBERS,
      specFile: path.relative(process.cwd(), path.resolve(specPath)),
    });
    lap('model');

    const files = new Map<string, Promise<string>>([
      ['README.md', Promise.resolve(render('output-readme.md.hbs', { ...bannerView(model), packageName: model.sdk.packageName }))],
      ['tsconfig.json', Promise.resolve(render('tsconfig.generated.json.hbs', {}))],
    ]);
    const cache = options.formatCache;
    // openapi.json carries what the targets add to it (the docs' code samples): a run writes it only when it runs
    // every registered target that adds something, else the file would differ from a full run's.
    const writesBundle = TARGETS.every((target) => !target.bundleExtensions || targets.includes(target));
    const extensions = new Map<Target, BundleExtension[]>();
    for (const target of targets) {
      if (writesBundle && target.bundleExtensions) extensions.set(target, target.bundleExtensions(model));
      // Each file goes to the formatter as soon as it is emitted; the next target is emitted meanwhile.
      for (const file of target.emit(model)) {
        const filePath = `${target.outDir}/${file.path}`;
        const cached = cache?.get(filePath);
        if (file.verbatim) files.set(filePath, Promise.resolve(file.contents));
        else if (cached?.input === file.contents) files.set(filePath, Promise.resolve(cached.output));
        else {
          const formatted = formatter.format(filePath, file.contents).then((output) => {
            cache?.set(filePath, { input: file.contents, output });
            return output;
          });
          // Awaited below; marked handled now so that a later target's failure cannot leave it an unhandled rejection.
          formatted.catch(() => undefined);
          files.set(filePath, formatted);
        }
      }
      lap(`target ${target.name}`);
    }
    // The bundled spec: the one artifact that is the document itself, not made from the model (only annotated).
    if (writesBundle) {
      // In registry order, whatever order --targets names them in.
      const ordered = [...TARGETS, ...targets.filter((target) => !TARGETS.includes(target))].flatMap((target) => extensions.get(target) ?? []);
      files.set('openapi.json', Promise.resolve(`${JSON.stringify(applyBundleExtensions(document, ordered), null, 2)}\n`));
    }
    // Checks left for now (load.ts) run while the formatter works, or have been running on another thread.
    if (check !== NO_CHECKS) {
      await check();
      lap(stages.check);
    }
    const sorted = [...files.entries()].sort(([a], [b]) => a.localeCompare(b));
    const written = new Map(await Promise.all(sorted.map(async ([filePath, contents]) => [filePath, await contents] as const)));
    lap('format (what is left)');
    const rootFiles = ROOT_FILES.filter((file) => writesBundle || file !== 'openapi.json');
    const spec: LoadedSpec = { document, check: NO_CHECKS, stages: { load: 'kept from the last run', check: '' } };
    return { spec, model, files: written, scope: [...rootFiles, ...targets.map((target) => target.outDir)], timings };
  }
}

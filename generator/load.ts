/**
 * Loads the spec: Redocly checks the few things generation depends on (refs resolve, operationIds are unique,
 * the document is structurally OpenAPI, our extensions are well formed), and bundles it into one document
 * whose component `$ref`s are kept. Every failure becomes a SpecError with file:line:col and a pointer.
 */
import path from 'node:path';
import {
  BaseResolver,
  bundle,
  createConfig,
  getLineColLocation,
  lint,
  ResolveError,
  YamlParseError,
  type Config,
  type NormalizedProblem,
} from '@redocly/openapi-core';
import { parse as parseYaml } from 'yaml';
import { CHECK_HINTS, generatorChecks } from './checks.js';
import { SpecError, SpecErrors } from './errors.js';
import { SpecResolver } from './resolver.js';

export interface LoadedSpec {
  /** The bundled OpenAPI document (plain JSON data). */
  readonly document: Record<string, unknown>;
  /** The checks not yet run (see loadSpec); rejects with SpecErrors. Once every file is emitted, before writing. */
  readonly check: () => Promise<void>;
  /** What the load did and what `check` does, for `--timings`. */
  readonly stages: { readonly load: string; readonly check: string };
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** The `$ref` string at a JSON pointer of a YAML/JSON file, to name the broken reference in the message. */
function refAt(body: string, pointer: string): string | undefined {
  try {
    let node: unknown = parseYaml(body);
    for (const segment of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
      node = (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    const ref = (node as { $ref?: unknown } | undefined)?.$ref;
    return typeof ref === 'string' ? ref : undefined;
  } catch {
    return undefined;
  }
}

function toSpecError(problem: NormalizedProblem): SpecError {
  const location = problem.location[0];
  if (!location) return new SpecError(problem.message, undefined, CHECK_HINTS[problem.ruleId] ?? 'See the message.');
  const { start } = getLineColLocation(location);
  let pointer = location.pointer;
  let message = problem.message;
  if (problem.ruleId === 'operation-operationId-unique' && pointer) {
    // Redocly points at the duplicated value; point at the key and name the value instead.
    const duplicate = pointer.slice(pointer.lastIndexOf('/') + 1);
    pointer = `${pointer.slice(0, pointer.lastIndexOf('/'))}/operationId`;
    message = `${message.replace(/\.$/, '')}: \`${duplicate}\` is used more than once.`;
  }
  const ref = problem.ruleId === 'no-unresolved-refs' && location.pointer ? refAt(location.source.body, location.pointer) : undefined;
  return new SpecError(
    ref === undefined ? message : `${message.replace(/\.?$/, '')} ${JSON.stringify(ref)}.`,
    { file: relative(location.source.absoluteRef), line: start.line, col: start.col, pointer },
    CHECK_HINTS[problem.ruleId] ?? 'See the message.',
  );
}

let configs: Promise<{ lint: Config; bundle: Config }> | undefined;

/** The checks `loadSpec` runs, and a bundling config without rules (they already ran), made once per process. */
function loadConfigs(): Promise<{ lint: Config; bundle: Config }> {
  configs ??= (async () => ({
    lint: await createConfig(
      {
        rules: {
          struct: 'error',
          'no-unresolved-refs': 'error',
          'operation-operationId-unique': 'error',
          'path-parameters-defined': 'error',
          'generator/pagination-declared': 'error',
          'generator/sdk-args-declared': 'error',
        },
      },
      { plugins: [generatorChecks] },
    ),
    bundle: await createConfig({ rules: {} }),
  }))();
  return configs;
}

/** Whether a `$ref` value points outside its own file (a file name or URL before any `#`). */
function isExternalRef(ref: unknown): boolean {
  return typeof ref === 'string' && !ref.startsWith('#');
}

/** Whether any object in `value` has an external `$ref` (an explicit stack: documents nest deeply). */
function hasExternalRef(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (isExternalRef(record['$ref'])) return true;
    for (const key in record) stack.push(record[key]);
  }
  return false;
}

/**
 * The root document, when it is already its own bundle: it is an object and none of its `$ref`s names a file or
 * URL, so no other file is read. Bundling such a document with its `$ref`s kept changes nothing the model reads (it
 * would only walk it again: a third of the load on a large single-file description).
 */
function selfContained(parsed: unknown): Record<string, unknown> | undefined {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || hasExternalRef(parsed)) return undefined;
  return parsed as Record<string, unknown>;
}

/** The checks' errors, or none. */
async function lintErrors(absolute: string, config: Config, resolver: BaseResolver): Promise<NormalizedProblem[]> {
  return (await lint({ ref: absolute, config, externalRefResolver: resolver })).filter((problem) => problem.severity === 'error');
}

/** A parse or read failure as the SpecErrors it means; anything else as it is. */
function asSpecErrors(error: unknown, absolute: string): unknown {
  if (error instanceof YamlParseError) {
    const json = /\.json$/i.test(error.source.absoluteRef);
    return new SpecErrors([
      new SpecError(
        `Invalid ${json ? 'JSON' : 'YAML'}: ${error.message.replace(/ in "[^"]*" \(\d+:\d+\)$/, '')}.`,
        { file: relative(error.source.absoluteRef), line: error.line, col: error.col, pointer: '#' },
        json
          ? 'Fix the JSON syntax at that position (a missing or extra comma, an unclosed bracket or string).'
          : 'Fix the YAML syntax at that position (indentation, a missing comma or closing bracket, an unquoted colon).',
      ),
    ]);
  }
  if (error instanceof ResolveError) {
    return new SpecErrors([
      new SpecError(
        `Cannot read the spec: ${error.message}.`,
        { file: relative(absolute) },
        'Pass the path of an existing, readable OpenAPI file with --spec.',
      ),
    ]);
  }
  return error;
}

/** The `check` of a spec whose checks already ran. */
export const NO_CHECKS = async (): Promise<void> => undefined;

/** Runs the checks on a spec: rejects with the SpecErrors of what fails them (or of a file that cannot be read). */
export async function checkSpec(specPath: string, resolver: BaseResolver = new SpecResolver()): Promise<void> {
  const absolute = path.resolve(specPath);
  const config = await loadConfigs();
  let problems: NormalizedProblem[];
  try {
    problems = await lintErrors(absolute, config.lint, resolver);
  } catch (error) {
    throw asSpecErrors(error, absolute);
  }
  if (problems.length > 0) throw new SpecErrors(problems.map(toSpecError));
}

/** Something that runs `checkSpec` elsewhere (watch mode's worker thread, lint-thread.ts). */
export interface SpecChecker {
  check(specPath: string): Promise<void>;
}

/**
 * Reads the spec and bundles it, through one resolver, so each file is read and parsed once. Watch mode passes its
 * own long-lived `resolver`.
 *
 * A spec of several files is checked (Redocly's lint) before it is bundled, unless a `checker` is given: the checks
 * then run there (on another thread) while this one bundles the spec and the targets emit, and `check()` waits for
 * them. A self-contained single file is its own bundle, and its checks are left to `check()`, which the pipeline
 * runs once the targets have emitted their files: the lint then overlaps the formatting of those files instead of
 * delaying it (the server export's generation took a fifth less). Whatever the order, a document that fails the
 * checks gives their SpecErrors and no output; the pipeline also runs `check()` when the model cannot be built,
 * so an invalid document is reported as such rather than as whatever it broke.
 */
export async function loadSpec(specPath: string, resolver: BaseResolver = new SpecResolver(), checker?: SpecChecker): Promise<LoadedSpec> {
  const absolute = path.resolve(specPath);
  const config = await loadConfigs();
  let check = NO_CHECKS;
  try {
    const root = await resolver.resolveDocument(null, absolute, true);
    if (root instanceof Error) throw root;
    const alone = selfContained(root.parsed);
    if (alone) {
      let checked: Promise<void> | undefined;
      return { document: alone, check: () => (checked ??= checkSpec(absolute, resolver)), stages: { load: 'read', check: 'lint (beside formatting)' } };
    }
    if (checker) {
      const checked = checker.check(absolute);
      // Awaited by the pipeline; handled now so that a failed bundle cannot leave it an unhandled rejection.
      checked.catch(() => undefined);
      check = () => checked;
    } else await checkSpec(absolute, resolver);
    const result = await bundle({ ref: absolute, config: config.bundle, dereference: false, externalRefResolver: resolver });
    const bundleProblems = result.problems.filter((problem) => problem.severity === 'error');
    if (bundleProblems.length > 0) throw new SpecErrors(bundleProblems.map(toSpecError));
    const stages = checker ? { load: 'bundle', check: 'lint (its own thread)' } : { load: 'lint + bundle', check: '' };
    return { document: result.bundle.parsed as Record<string, unknown>, check, stages };
  } catch (error) {
    // The checks' errors first: they say what is wrong with the spec, where the bundle says what it broke.
    await check();
    throw asSpecErrors(error, absolute);
  }
}

/**
 * The spec's side of `npm run diff`: Redocly's `redocly diff` (pinned @redocly/cli, rules in redocly-diff.yaml) rates
 * every change between two multi-file specs by the semver bump it needs and says where it is (file, line). This
 * module runs it and groups what it reports: one change of a component schema used by several operations comes
 * back once per use, with the same location; here it is one change that lists every operation it reaches.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const REDOCLY = path.join(ROOT, 'node_modules/.bin/redocly');
const CONFIG = path.join(HERE, 'redocly-diff.yaml');

export type Impact = 'major' | 'minor' | 'patch';

/** One place of a change, in one spec: the file relative to its repository, the JSON pointer in it, the line. */
export interface SpecLocation {
  readonly file: string;
  readonly pointer: string;
  readonly line: number;
  readonly value?: unknown;
}

/** One change as Redocly reports it, located in the bundled document (`path`) and in a file (`base`, `revision`). */
export interface SpecChange {
  readonly kind: 'added' | 'removed' | 'modified';
  readonly impact: Impact;
  /** The changed node's JSON pointers in the bundled document (one per operation that reaches it). */
  readonly paths: readonly string[];
  /** The changed keyword of a `modified` node (`enum`, `type`, `deprecated`, ...). */
  readonly property?: string;
  /** What Redocly's rules say about it (`Enum lost values: 'bird'.`), empty for a change no rule rates. */
  readonly messages: readonly string[];
  readonly base?: SpecLocation;
  readonly revision?: SpecLocation;
}

interface RawLocation {
  file: string;
  pointer: string;
  line: number;
  value?: unknown;
}

interface RawChange {
  path: string;
  kind: SpecChange['kind'];
  impact: Impact;
  property?: string;
  verdicts: { message: string; impact: Impact }[];
  base?: RawLocation;
  revision?: RawLocation;
}

/** Runs `redocly diff` on two root files, each in its own repository folder (`baseRoot`, `headRoot`). */
export async function diffSpecs(base: { root: string; spec: string }, head: { root: string; spec: string }): Promise<SpecChange[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'burki-spec-diff-'));
  try {
    const output = path.join(dir, 'diff.json');
    const args = ['diff', base.spec, head.spec, '--config', CONFIG, '--format', 'json', '--fail-on', 'none', '-o', output];
    // Relative paths in the report are relative to the working directory: run it from the filesystem root.
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true', NO_COLOR: '1' };
    await promisify(execFile)(REDOCLY, args, { cwd: '/', env, maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(readFileSync(output, 'utf8')) as { changes: RawChange[] };
    return group(report.changes, base.root, head.root);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function locate(raw: RawLocation | undefined, root: string): SpecLocation | undefined {
  if (!raw) return undefined;
  const file = path.relative(root, path.resolve('/', raw.file)).split(path.sep).join('/');
  return { file, pointer: raw.pointer, line: raw.line, ...(raw.value === undefined ? {} : { value: raw.value }) };
}

function group(changes: readonly RawChange[], baseRoot: string, headRoot: string): SpecChange[] {
  const byKey = new Map<string, { change: SpecChange; paths: string[] }>();
  for (const raw of changes) {
    const base = locate(raw.base, baseRoot);
    const revision = locate(raw.revision, headRoot);
    const where = `${base?.file}#${base?.pointer}|${revision?.file}#${revision?.pointer}`;
    const key = `${raw.kind}|${raw.property ?? ''}|${where}`;
    const found = byKey.get(key);
    if (found) {
      found.paths.push(raw.path);
      continue;
    }
    const paths = [raw.path];
    const messages = raw.verdicts.map((verdict) => verdict.message);
    const change: SpecChange = { kind: raw.kind, impact: raw.impact, paths, messages, ...(raw.property ? { property: raw.property } : {}), ...(base ? { base } : {}), ...(revision ? { revision } : {}) };
    byKey.set(key, { change, paths });
  }
  return [...byKey.values()].map((entry) => entry.change);
}

/**
 * The component schema a file location is in: `#/components/schemas/<name>/...` of a one-file spec, or the file a
 * multi-file spec's root names under `components.schemas` (`Pet: {$ref: components/schemas/Pet.yaml}`).
 */
export function schemaFiles(root: string, specFile: string): Map<string, string> {
  const files = new Map<string, string>();
  const document = parse(readFileSync(path.join(root, specFile), 'utf8')) as { components?: { schemas?: Record<string, { $ref?: unknown }> } };
  for (const [name, value] of Object.entries(document?.components?.schemas ?? {})) {
    const ref = value?.$ref;
    if (typeof ref !== 'string' || ref.includes('#')) continue;
    files.set(path.posix.join(path.posix.dirname(specFile), ref), name);
  }
  return files;
}

/** The schema a location is in and the property path below it (`Pet`, [`age`]), if it is in a component schema. */
export function schemaAt(location: SpecLocation, files: ReadonlyMap<string, string>): { schema: string; properties: string[] } | undefined {
  const pointer = location.pointer.replace(/^#\/?/, '').split('/').filter(Boolean).map(unescape);
  let schema = files.get(location.file);
  if (!schema) {
    if (pointer[0] !== 'components' || pointer[1] !== 'schemas' || !pointer[2]) return undefined;
    schema = pointer[2];
    pointer.splice(0, 3);
  }
  const properties: string[] = [];
  for (let i = 0; i < pointer.length; i++) if (pointer[i] === 'properties' && pointer[i + 1] !== undefined) properties.push(pointer[++i]!);
  return { schema, properties };
}

/** The operation a bundled-document pointer is in: `#/paths/~1pets/get/...` → (`GET`, `/pets`); a path item → every method. */
export function operationAt(pointer: string): { path: string; method?: string } | undefined {
  const parts = pointer.replace(/^#\/?/, '').split('/').map(unescape);
  if (parts[0] !== 'paths' || parts[1] === undefined) return undefined;
  const method = parts[2];
  return { path: parts[1], ...(method && /^(get|put|post|delete|patch|head|options)$/.test(method) ? { method: method.toUpperCase() } : {}) };
}

function unescape(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // Not percent-encoded: taken as it is.
  }
  return text.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The `name` of the parameter object a location is in (the deepest object with `name` and `in` on its pointer). */
export function parameterAt(root: string, location: SpecLocation): string | undefined {
  let node: unknown;
  try {
    node = parse(readFileSync(path.join(root, location.file), 'utf8'));
  } catch {
    return undefined;
  }
  let found: string | undefined;
  for (const segment of ['', ...location.pointer.replace(/^#\/?/, '').split('/').filter(Boolean).map(unescape)]) {
    if (segment !== '') node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    const candidate = node as { name?: unknown; in?: unknown } | undefined;
    if (candidate && typeof candidate === 'object' && typeof candidate.name === 'string' && typeof candidate.in === 'string') found = candidate.name;
  }
  return found;
}

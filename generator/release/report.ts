/**
 * One report of `npm run diff`: every spec change (Redocly) with the SDK changes (API Extractor, griffe, apidiff)
 * it accounts for per language, the SDK changes no spec change accounts for, the semver bump all of it needs and
 * whether the spec's `info.version` carries it. Pure: the tools' results in, the report out.
 */
import type { ApiModel, Operation } from '../ir/model.js';
import { LANGUAGES, type Language, type SdkChange } from './sdk-diff.js';
import { operationAt, schemaAt, type SpecChange, type SpecLocation } from './spec-diff.js';

export type Bump = 'major' | 'minor' | 'patch' | 'none';
const ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];
export type Category = 'added' | 'changed' | 'deprecated' | 'removed';

export interface ReportChange {
  readonly category: Category;
  readonly breaking: boolean;
  /** Redocly's rating of the spec change. */
  readonly impact: Exclude<Bump, 'none'>;
  /** What changed: `GET /pets (listPets)`, `Pet.age`, `GET /pets: parameter owner`. */
  readonly subject: string;
  readonly messages: readonly string[];
  /** Where: the file of the head spec (the base's for a removal) and the line. */
  readonly file: string;
  readonly line: number;
  readonly pointer: string;
  /** A removal of something the base spec had already marked `deprecated: true`. */
  readonly wasDeprecated?: boolean;
  readonly sdk: Record<Language, SdkChange[]>;
  /**
   * Whether the change breaks each SDK's users: an SDK change its tool rates breaking, or a spec change Redocly rates
   * major (a request the server now refuses breaks a caller whose code still compiles: an enum narrowed in a language
   * that types it as a string).
   */
  readonly breaks: Record<Language, boolean>;
}

export interface DiffReport {
  readonly base: { readonly ref: string; readonly version: string };
  readonly head: { readonly version: string };
  readonly changes: readonly ReportChange[];
  /** SDK changes no spec change accounts for (a runtime or naming change of the toolchain). */
  readonly other: Record<Language, SdkChange[]>;
  /** The bump the changes need, and the one `info.version` carries from base to head. */
  readonly bump: Bump;
  readonly versionBump: Bump;
  readonly versionOk: boolean;
  readonly breaking: boolean;
}

export interface ReportInput {
  readonly ref: string;
  readonly baseModel: ApiModel;
  readonly headModel: ApiModel;
  readonly spec: readonly SpecChange[];
  readonly sdk: Record<Language, readonly SdkChange[]>;
  /** Component schema name by file, for each side (spec-diff.ts `schemaFiles`). */
  readonly baseSchemaFiles: ReadonlyMap<string, string>;
  readonly headSchemaFiles: ReadonlyMap<string, string>;
  /** The name of the parameter a spec location is in (spec-diff.ts `parameterAt`). */
  readonly parameterAt?: (side: 'base' | 'head', location: SpecLocation) => string | undefined;
}

const norm = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** How SDK symbols of one spec change are recognised, in any language's spelling (compared without case or `_`). */
interface Anchor {
  /** Resource classes (`Assistants`, `AssistantsService`, `AsyncAssistants`) with the method names after them. */
  readonly classes: Set<string>;
  readonly methods: Set<string>;
  /** Prefixes of standalone names: functions and params types (`assistantsList`, `AssistantListParams`). */
  readonly prefixes: Set<string>;
  /** Types (`Pet`) and, when the change is inside one, the property below it. */
  readonly types: Set<string>;
  readonly property?: string;
}

function operationAnchor(anchor: Anchor, model: ApiModel, operation: Operation): void {
  const sdk = operation.sdk;
  if (!sdk) return;
  const resource = model.resources.find((candidate) => candidate.name === sdk.resource);
  const className = norm(resource?.className ?? sdk.resource);
  for (const name of [className, `${className}service`, `async${className}`, `${className}withrawresponse`, `async${className}withrawresponse`]) anchor.classes.add(name);
  for (const name of [sdk.name, `${sdk.name}async`, `${sdk.name}autopaging`, sdk.urlMethod ?? '']) if (name) anchor.methods.add(norm(name));
  // Go names params and result types after the operation (`GetItemParams`, `GetHealthResponse`).
  for (const name of [sdk.functionName, sdk.paramsTypeName, `${operation.operationId}params`, `${operation.operationId}response`]) if (name) anchor.prefixes.add(norm(name));
}

function matches(anchor: Anchor, symbol: string): boolean {
  const segments = symbol.split('.').map(norm);
  return segments.some((segment, i) => {
    const next = segments[i + 1];
    if (anchor.classes.has(segment) && next !== undefined && anchor.methods.has(next)) return true;
    if ([...anchor.prefixes].some((prefix) => segment.startsWith(prefix))) return true;
    if (!anchor.types.has(segment)) {
      return anchor.property !== undefined && [...anchor.types].some((type) => segment.startsWith(type + anchor.property));
    }
    return anchor.property === undefined || next === undefined || next === anchor.property;
  });
}

function describe(change: SpecChange, model: ApiModel, files: ReadonlyMap<string, string>, anchor: Anchor, parameterName?: (location: SpecLocation) => string | undefined): string {
  const location = change.revision ?? change.base;
  const inSchema = location ? schemaAt(location, files) : undefined;
  if (inSchema) {
    const schema = model.schemas.find((candidate) => candidate.wireName === inSchema.schema);
    for (const name of [inSchema.schema, schema?.typeName ?? '']) if (name) anchor.types.add(norm(name));
    const property = inSchema.properties[0];
    const subject = [inSchema.schema, ...inSchema.properties].join('.');
    if (property !== undefined) return subject;
    if (change.property) return `${subject} (${change.property})`;
    return subject;
  }
  const at = operationAt(change.paths[0] ?? '');
  if (!at) return location?.pointer ?? change.paths[0] ?? '';
  const operations = model.operations.filter((operation) => operation.path === at.path && (!at.method || operation.method === at.method));
  const name = operations.map((operation) => `${operation.method} ${operation.path} (${operation.operationId})`).join(', ') || `${at.method ?? ''} ${at.path}`.trim();
  const parameter = /\/parameters\/\d+(\/|$)/.test(change.paths[0] ?? '') && location ? parameterName?.(location) : undefined;
  const what = change.property && change.property !== 'required' ? ` (${change.property})` : '';
  return parameter ? `${name}: parameter ${parameter}${what}` : change.property ? `${name}: ${change.property}` : name;
}

function categorise(change: SpecChange): Category {
  if (change.kind === 'added') return 'added';
  if (change.kind === 'removed') return 'removed';
  if (change.property === 'deprecated' && change.revision?.value === true) return 'deprecated';
  return 'changed';
}

function wasDeprecated(change: SpecChange, model: ApiModel): boolean {
  const value = change.base?.value as Record<string, unknown> | undefined;
  if (value?.deprecated === true) return true;
  const at = operationAt(change.paths[0] ?? '');
  if (!at || /\/(parameters|requestBody|responses)\b/.test(change.paths[0] ?? '')) return false;
  const operations = model.operations.filter((operation) => operation.path === at.path && (!at.method || operation.method === at.method));
  return operations.length > 0 && operations.every((operation) => operation.deprecated);
}

function max(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** The bump from one version to the next (`1.2.3` → `2.0.0` is major); `none` when not higher. */
export function versionBump(from: string, to: string): Bump {
  const parse = (version: string) => (/^v?(\d+)\.(\d+)\.(\d+)/.exec(version) ?? /^v?(\d+)(?:\.(\d+))?/.exec(version) ?? []).slice(1, 4).map((part) => Number(part ?? 0));
  const [a, b] = [parse(from), parse(to)];
  for (const [i, bump] of (['major', 'minor', 'patch'] as const).entries()) {
    if ((b[i] ?? 0) > (a[i] ?? 0)) return bump;
    if ((b[i] ?? 0) < (a[i] ?? 0)) return 'none';
  }
  return 'none';
}

/** Whether a version bump is enough: before 1.0.0 a minor bump may carry breaking changes (semver item 4). */
function carries(carried: Bump, needed: Bump, from: string): boolean {
  if (needed === 'major' && /^v?0\./.test(from)) return ORDER.indexOf(carried) >= ORDER.indexOf('minor');
  return ORDER.indexOf(carried) >= ORDER.indexOf(needed);
}

/**
 * The SDK's own version constant (Go's `Version`) changes value with every release: apidiff rates any changed
 * constant incompatible, but that one only follows info.version.
 */
function versionConstant(input: ReportInput): ReportInput['sdk'] {
  const { version: from } = input.baseModel;
  const { version: to } = input.headModel;
  const follows = (change: SdkChange) => change.change === 'changed' && from !== to && change.detail.includes(`"${from}"`) && change.detail.includes(`"${to}"`);
  return Object.fromEntries(LANGUAGES.map((language) => [language, input.sdk[language].map((change) => (follows(change) ? { ...change, breaking: false, detail: `${change.detail} (the SDK's version)` } : change))])) as unknown as ReportInput['sdk'];
}

export function buildReport(raw: ReportInput): DiffReport {
  const input = { ...raw, sdk: versionConstant(raw) };
  const claimed = new Set<SdkChange>();
  const changes: ReportChange[] = [];
  for (const change of input.spec) {
    const removal = change.kind === 'removed';
    const model = removal ? input.baseModel : input.headModel;
    const files = removal ? input.baseSchemaFiles : input.headSchemaFiles;
    const anchor: Anchor = { classes: new Set(), methods: new Set(), prefixes: new Set(), types: new Set() };
    const side = removal ? 'base' : 'head';
    const subject = describe(change, model, files, anchor, input.parameterAt && ((location) => input.parameterAt!(side, location)));
    const location = change.revision ?? change.base;
    const inSchema = location ? schemaAt(location, files) : undefined;
    const property = inSchema?.properties[0];
    const scoped: Anchor = property === undefined ? anchor : { ...anchor, property: norm(property) };
    if (anchor.types.size === 0) {
      for (const pointer of change.paths) {
        const at = operationAt(pointer);
        if (!at) continue;
        for (const operation of model.operations) if (operation.path === at.path && (!at.method || operation.method === at.method)) operationAnchor(scoped, model, operation);
      }
    }
    // A parameter's change: only the SDK changes that name the parameter (its symbol or the tool's detail).
    const parameter = /\/parameters\/\d+(\/|$)/.test(change.paths[0] ?? '') ? input.parameterAt?.(removal ? 'base' : 'head', (change.revision ?? change.base)!) : undefined;
    const names = (sdkChange: SdkChange) => parameter === undefined || norm(`${sdkChange.symbol} ${sdkChange.detail}`).includes(norm(parameter));
    const sdk = Object.fromEntries(LANGUAGES.map((language) => [language, input.sdk[language].filter((sdkChange) => matches(scoped, sdkChange.symbol) && names(sdkChange))])) as Record<Language, SdkChange[]>;
    for (const list of Object.values(sdk)) for (const sdkChange of list) claimed.add(sdkChange);
    const where = removal ? change.base : (change.revision ?? change.base);
    const breaking = change.impact === 'major' || Object.values(sdk).some((list) => list.some((sdkChange) => sdkChange.breaking));
    changes.push({
      category: categorise(change),
      breaking,
      impact: change.impact,
      subject,
      messages: change.messages,
      file: where?.file ?? '',
      line: where?.line ?? 0,
      pointer: where?.pointer ?? change.paths[0] ?? '',
      ...(removal ? { wasDeprecated: wasDeprecated(change, input.baseModel) } : {}),
      sdk,
      breaks: Object.fromEntries(LANGUAGES.map((language) => [language, change.impact === 'major' || sdk[language].some((sdkChange) => sdkChange.breaking)])) as Record<Language, boolean>,
    });
  }
  const other = Object.fromEntries(LANGUAGES.map((language) => [language, input.sdk[language].filter((sdkChange) => !claimed.has(sdkChange))])) as Record<Language, SdkChange[]>;
  let bump: Bump = 'none';
  for (const change of changes) bump = max(bump, change.breaking ? 'major' : change.impact);
  for (const list of Object.values(input.sdk)) for (const sdkChange of list) bump = max(bump, sdkChange.breaking ? 'major' : sdkChange.change === 'added' ? 'minor' : 'patch');
  const carried = versionBump(input.baseModel.version, input.headModel.version);
  return {
    base: { ref: input.ref, version: input.baseModel.version },
    head: { version: input.headModel.version },
    changes,
    other,
    bump,
    versionBump: carried,
    versionOk: bump === 'none' || carries(carried, bump, input.baseModel.version),
    breaking: changes.some((change) => change.breaking) || Object.values(input.sdk).some((list) => list.some((sdkChange) => sdkChange.breaking)),
  };
}

/**
 * Request validation with ajv (JSON Schema 2020-12), producing FastAPI/pydantic-v2-like 422 items.
 *
 * - All `model.schemas` live in one root document, so `#/components/schemas/<Name>` refs resolve; schemas compiled
 *   on their own (operation parameters, bodies, union branches) get their `#...` refs rewritten to that document.
 * - Two ajv instances: one coercing (`coerceTypes: 'array'`) for path/query/header/cookie/form values, one strict
 *   for JSON bodies. Validators are compiled lazily and cached per operation.
 * - Union failures (`anyOf`/`oneOf`) are re-validated branch by branch to report the errors of the most plausible
 *   branch only (the non-null one for `Optional[X]`, the tagged one for discriminated unions), as pydantic does.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { IncomingHttpHeaders } from 'node:http';
import { issueFromAjv, type Loc, type ValidationIssue } from './errors.js';
import type { JsonSchema, MockModel, MockOperation, MockParameter } from './model.js';
import { defineOwn, isObject, SchemaResolver } from './schema.js';

export const ROOT_SCHEMA_ID = 'https://mock.invalid/mock-model.json';

type Location = MockParameter['in'];
const LOCATIONS: readonly Location[] = ['path', 'query', 'header', 'cookie'];
const SECRET_NAMES = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'api-key']);
const TRUE_WORDS = new Set(['1', 'on', 't', 'true', 'y', 'yes']);
const FALSE_WORDS = new Set(['0', 'off', 'f', 'false', 'n', 'no']);
/** What pydantic parses as an int from a string: optional whitespace and sign, digits (underscores between them). */
const INTEGER_TEXT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;

export interface RequestParts {
  /** Decoded path parameters from the router. */
  readonly path: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Every value of each cookie name (see `parseCookies`). */
  readonly cookies: Readonly<Record<string, readonly string[]>>;
}

/** Parameter values after coercion, keyed by declared name (header names lower-cased). */
export type ParamValues = Record<Location, Record<string, unknown>>;

type Warn = (message: string) => void;

type AjvInstance = InstanceType<typeof Ajv2020>;

function makeAjv(coerce: boolean, root: Record<string, unknown>): AjvInstance {
  const ajv = new Ajv2020({
    strict: false,
    strictSchema: false,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    validateSchema: false,
    validateFormats: true,
    allErrors: true,
    verbose: true,
    logger: false,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: false,
    removeAdditional: false,
  });
  const plugin = (addFormatsModule as unknown as { default?: (a: AjvInstance) => void }).default ?? (addFormatsModule as unknown as (a: AjvInstance) => void);
  plugin(ajv);
  for (const name of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'phone', 'e164']) {
    if (!ajv.formats[name]) ajv.addFormat(name, true);
  }
  ajv.addSchema(root);
  return ajv;
}

/** Deep copy of a schema with local `#...` refs pointed at the root document. */
function rewriteRefs(schema: unknown, depth = 0): unknown {
  if (depth > 200) return schema;
  if (Array.isArray(schema)) return schema.map((s) => rewriteRefs(s, depth + 1));
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if ((k === '$ref' || k === '$dynamicRef') && typeof v === 'string' && v.startsWith('#')) out[k] = ROOT_SCHEMA_ID + v;
    else if (k === '$id' || k === '$schema') continue;
    else out[k] = rewriteRefs(v, depth + 1);
  }
  return out;
}

function pointerSegments(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Converts an ajv instance path into a FastAPI `loc` tail (array indexes as numbers). */
function locTail(instancePath: string, data: unknown): (string | number)[] {
  const out: (string | number)[] = [];
  let cur: unknown = data;
  for (const seg of pointerSegments(instancePath)) {
    if (Array.isArray(cur) && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = isObject(cur) ? cur[seg] : undefined;
    }
  }
  return out;
}

function valueAt(data: unknown, instancePath: string): unknown {
  let cur: unknown = data;
  for (const seg of pointerSegments(instancePath)) {
    if (Array.isArray(cur) && /^\d+$/.test(seg)) cur = cur[Number(seg)];
    else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else return undefined;
  }
  return cur;
}

function within(path: string, base: string): boolean {
  return path === base || path.startsWith(base + '/');
}

const WRAPPERS = new Set(['if', 'propertyNames']);

export class RequestValidator {
  private readonly resolver: SchemaResolver;
  private readonly coercing: AjvInstance;
  private readonly strict: AjvInstance;
  private readonly cache = new WeakMap<object, Map<string, ValidateFunction | null>>();
  private readonly branchCache = new WeakMap<AjvInstance, WeakMap<object, ValidateFunction | null>>();

  constructor(
    model: MockModel,
    private readonly warn: Warn = () => undefined,
  ) {
    this.resolver = new SchemaResolver(model.schemas);
    const root = { $id: ROOT_SCHEMA_ID, components: { schemas: model.schemas } };
    this.coercing = makeAjv(true, root);
    this.strict = makeAjv(false, root);
  }

  /** Validates and coerces path, query, header and cookie parameters. */
  validateParams(op: MockOperation, parts: RequestParts): { values: ParamValues; issues: ValidationIssue[] } {
    const values: ParamValues = { path: {}, query: {}, header: {}, cookie: {} };
    const issues: ValidationIssue[] = [];
    for (const loc of LOCATIONS) {
      const params = op.parameters.filter((p) => p.in === loc);
      if (params.length === 0) continue;
      const data: Record<string, unknown> = {};
      // The values as sent, for the issues' `input` (before coercion and its preparation).
      const raw: Record<string, unknown> = {};
      for (const p of params) {
        const key = loc === 'header' ? p.name.toLowerCase() : p.name;
        const value = this.rawParam(p, parts, params);
        if (value === undefined) continue;
        defineOwn(raw, key, structuredClone(value));
        data[key] = this.preCoerce(p.schema, value);
      }
      const validate = this.compiled(op, `params:${loc}`, true, () => ({
        type: 'object',
        properties: Object.fromEntries(params.map((p) => [loc === 'header' ? p.name.toLowerCase() : p.name, p.schema ?? {}])),
        required: params.filter((p) => p.required || loc === 'path').map((p) => (loc === 'header' ? p.name.toLowerCase() : p.name)),
      }));
      if (validate && !validate(data)) {
        for (const item of this.toIssues(this.coercing, validate.errors ?? [], [loc], data, { raw })) {
          // Credentials are never echoed, even when a spec declares them as parameters.
          const secret = loc !== 'path' && loc !== 'query' && SECRET_NAMES.has(String(item.loc[1]).toLowerCase());
          issues.push(secret && item.input !== null ? { ...item, input: '[redacted]' } : item);
        }
      }
      values[loc] = data;
    }
    return { values, issues };
  }

  /** Validates a parsed JSON body (no coercion). */
  validateJsonBody(op: MockOperation, body: unknown): ValidationIssue[] {
    const schema = op.requestBody?.schema;
    if (schema === undefined) return [];
    const validate = this.compiled(op, 'body:json', false, () => schema);
    if (!validate || validate(body)) return [];
    return this.toIssues(this.strict, validate.errors ?? [], ['body'], body, { missingInput: 'parent' });
  }

  /** Validates (and coerces, in place) url-encoded form fields. */
  validateFormBody(op: MockOperation, fields: Record<string, unknown>): ValidationIssue[] {
    const schema = op.requestBody?.schema;
    if (schema === undefined) return [];
    for (const name of this.resolver.propertyNames(schema)) {
      const v = fields[name];
      if (v !== undefined) fields[name] = this.preCoerce(this.propertySchema(schema, name), v);
    }
    const validate = this.compiled(op, 'body:form', true, () => schema);
    const raw = structuredClone(fields);
    if (!validate || validate(fields)) return [];
    return this.toIssues(this.coercing, validate.errors ?? [], ['body'], fields, { raw });
  }

  /** Required multipart fields that are absent. */
  missingFormFields(op: MockOperation, present: ReadonlySet<string>): ValidationIssue[] {
    const schema = op.requestBody?.schema;
    if (schema === undefined) return [];
    return [...this.resolver.requiredNames(schema)]
      .filter((name) => !present.has(name))
      .map((name) => ({ type: 'missing', loc: ['body', name], msg: 'Field required', input: null }));
  }

  get schemaResolver(): SchemaResolver {
    return this.resolver;
  }

  // -------------------------------------------------------------------------------------------------------------

  private propertySchema(schema: JsonSchema, name: string): unknown {
    const s = this.resolver.deref(schema);
    if (!isObject(s)) return undefined;
    const props = s['properties'];
    return isObject(props) ? props[name] : undefined;
  }

  /** A parameter's value as the client wrote it (OpenAPI `style` / `explode`; see the client's `encodeParams`). */
  private rawParam(p: MockParameter, parts: RequestParts, siblings: readonly MockParameter[]): unknown {
    switch (p.in) {
      case 'path':
        return parts.path[p.name];
      case 'query':
        return this.formValue(p, (name) => parts.query.getAll(name), [...new Set(parts.query.keys())], siblings);
      case 'cookie':
        return this.formValue(p, (name) => (Object.hasOwn(parts.cookies, name) ? (parts.cookies[name] ?? []) : []), Object.keys(parts.cookies), siblings);
      case 'header': {
        const v = parts.headers[p.name.toLowerCase()];
        if (v === undefined) return undefined;
        const last = Array.isArray(v) ? (v[v.length - 1] as string) : v;
        if (p.style === 'json') return parseJsonOr(last);
        if (this.expectsObject(p.schema)) {
          // `simple`: `key,value,key,value`, or `key=value,key=value` when exploded.
          const items = last.split(',').map((x) => x.trim());
          return p.style === 'explode' ? pairsToObject(items.map((item) => splitOnce(item, '='))) : pairsToObject(chunkPairs(items));
        }
        if (Array.isArray(v)) return this.expectsArray(p.schema) ? v : last;
        return this.expectsArray(p.schema) ? v.split(',').map((x) => x.trim()) : v;
      }
      default:
        return undefined;
    }
  }

  /**
   * A query or cookie value (style `form`, `spaceDelimited`, `pipeDelimited`, `deepObject`, or JSON `content`):
   * `valuesOf(name)` gives every value sent under a name, `names` every name sent, and `siblings` the operation's
   * parameters of the same location (names an exploded free-form object must not take).
   */
  private formValue(p: MockParameter, valuesOf: (name: string) => readonly string[], names: readonly string[], siblings: readonly MockParameter[]): unknown {
    const own = valuesOf(p.name);
    const last = own[own.length - 1];
    if (p.style === 'json') return last === undefined ? undefined : parseJsonOr(last);
    if (this.expectsObject(p.schema)) {
      if (p.style === 'deepObject') {
        const prefix = `${p.name}[`;
        const entries = names
          .filter((name) => name.startsWith(prefix) && name.endsWith(']'))
          .map((name): [string, string] => [name.slice(prefix.length, -1), valuesOf(name).at(-1) ?? '']);
        return entries.length > 0 ? pairsToObject(entries) : undefined;
      }
      if (p.arrayDelimiter !== undefined) return last === undefined ? undefined : pairsToObject(chunkPairs(last.split(p.arrayDelimiter)));
      // Exploded (the default): one pair per key, under the schema's declared properties, or, for a free-form
      // object, under every name no other parameter takes.
      const declared = [...this.resolver.propertyNames(p.schema)];
      const taken = new Set(siblings.map((sibling) => sibling.name));
      const keys = declared.length > 0 ? declared : names.filter((name) => !taken.has(name));
      const entries = keys.flatMap((key): [string, string][] => {
        const values = valuesOf(key);
        return values.length > 0 ? [[key, values[values.length - 1] as string]] : [];
      });
      return entries.length > 0 ? pairsToObject(entries) : undefined;
    }
    if (last === undefined) return undefined;
    if (!this.expectsArray(p.schema)) return last;
    // `explode: false`: one value holds every item.
    return p.arrayDelimiter === undefined ? own : own.flatMap((value) => value.split(p.arrayDelimiter as string));
  }

  private expectsObject(schema: unknown): boolean {
    const types = this.resolver.types(schema);
    return types.has('object') && !types.has('string') && !types.has('array');
  }

  private expectsArray(schema: unknown): boolean {
    const types = this.resolver.types(schema);
    return types.has('array') && !types.has('string');
  }

  /**
   * Prepares a string for ajv's coercion as pydantic reads it: boolean words become `true`/`false`; for an integer
   * (not a number or string) only digits with an optional sign count (ajv alone would take `1e3`, `1e999`, `0x1`).
   */
  private preCoerce(schema: unknown, value: unknown): unknown {
    const types = this.resolver.types(schema);
    if (types.has('string')) return value;
    const booleans = types.has('boolean');
    const integerOnly = types.has('integer') && !types.has('number');
    if (!booleans && !integerOnly) return value;
    const one = (v: unknown): unknown => {
      if (typeof v !== 'string') return v;
      const w = v.trim().toLowerCase();
      if (booleans && TRUE_WORDS.has(w)) return 'true';
      if (booleans && FALSE_WORDS.has(w)) return 'false';
      // Not an integer literal: made unparseable, so ajv reports it (the issue keeps the raw input).
      if (integerOnly && !INTEGER_TEXT.test(v)) return `${v}\u0000`;
      return integerOnly ? v.replace(/_/g, '') : v;
    };
    return Array.isArray(value) ? value.map(one) : one(value);
  }

  private compiled(op: MockOperation, key: string, coerce: boolean, schema: () => unknown): ValidateFunction | null {
    let perOp = this.cache.get(op);
    if (!perOp) {
      perOp = new Map();
      this.cache.set(op, perOp);
    }
    const hit = perOp.get(key);
    if (hit !== undefined) return hit;
    let fn: ValidateFunction | null = null;
    try {
      fn = (coerce ? this.coercing : this.strict).compile(rewriteRefs(schema()) as Record<string, unknown>);
    } catch (err) {
      this.warn(`mock: cannot compile ${key} schema of ${op.operationId}; not validating it (${(err as Error).message})`);
    }
    perOp.set(key, fn);
    return fn;
  }

  private branchValidator(ajv: AjvInstance, branch: unknown): ValidateFunction | null {
    if (typeof branch === 'boolean') branch = branch ? {} : { not: {} };
    if (!isObject(branch)) return null;
    let perAjv = this.branchCache.get(ajv);
    if (!perAjv) {
      perAjv = new WeakMap();
      this.branchCache.set(ajv, perAjv);
    }
    const hit = perAjv.get(branch);
    if (hit !== undefined) return hit;
    let fn: ValidateFunction | null = null;
    try {
      fn = ajv.compile(rewriteRefs(branch) as Record<string, unknown>);
    } catch {
      fn = null;
    }
    perAjv.set(branch, fn);
    return fn;
  }

  /**
   * `raw`: the values before coercion (inputs are reported as sent, and a missing field's input is null);
   * otherwise a missing field's input is its parent object, as pydantic reports for JSON bodies.
   */
  private toIssues(ajv: AjvInstance, errors: readonly ErrorObject[], prefix: Loc, data: unknown, how: { raw?: unknown; missingInput?: 'parent' }): ValidationIssue[] {
    const refined = this.refine(ajv, [...errors], 0);
    const seen = new Set<string>();
    const out: ValidationIssue[] = [];
    for (const e of refined) {
      const loc = [...prefix, ...locTail(e.instancePath, data)];
      const missing = e.keyword === 'required' || e.keyword === 'dependentRequired';
      let input: unknown = e.data;
      if (missing && how.missingInput !== 'parent') input = null;
      else if (!missing && how.raw !== undefined) {
        const original = valueAt(how.raw, e.instancePath);
        if (original !== undefined) input = original;
      }
      const item = issueFromAjv(e, loc, input);
      const key = JSON.stringify([item.loc, item.type]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
    return out;
  }

  /** Replaces union errors by the errors of the most plausible branch and drops wrapper errors. */
  private refine(ajv: AjvInstance, errors: readonly ErrorObject[], depth: number): ErrorObject[] {
    // ajv reports a failed union as the errors of every branch, in order, followed by the union error itself.
    // Each stack entry stands for `span` raw errors, so a union can take back exactly its branches' errors.
    const stack: { span: number; path: string; errors: ErrorObject[] }[] = [];
    for (const e of errors) {
      if ((e.keyword === 'anyOf' || e.keyword === 'oneOf') && depth < 8) {
        const { errors: replacement, consumed } = this.unionErrors(ajv, e, depth);
        let span = 0;
        for (let top = stack[stack.length - 1]; top && span < consumed; top = stack[stack.length - 1]) {
          if (!within(top.path, e.instancePath) || span + top.span > consumed) break;
          span += top.span;
          stack.pop();
        }
        stack.push({ span: span + 1, path: e.instancePath, errors: replacement });
        continue;
      }
      stack.push({ span: 1, path: e.instancePath, errors: WRAPPERS.has(e.keyword) ? [] : [e] });
    }
    // A type error beside another at the same place adds nothing (e.g. several union branch types).
    const typeSeen = new Set<string>();
    return stack
      .flatMap((entry) => entry.errors)
      .filter((e) => {
        if (e.keyword !== 'type') return true;
        if (typeSeen.has(e.instancePath)) return false;
        typeSeen.add(e.instancePath);
        return true;
      });
  }

  /** The errors to report for a failed union, and how many raw errors (its branches' errors) precede it. */
  private unionErrors(ajv: AjvInstance, union: ErrorObject, depth: number): { errors: ErrorObject[]; consumed: number } {
    const branches = Array.isArray(union.schema) ? (union.schema as unknown[]) : [];
    const data = union.data;
    const parent = isObject(union.parentSchema) ? union.parentSchema : {};
    const params = union.params as Record<string, unknown>;
    const results = branches.map((branch, index) => {
      const fn = this.branchValidator(ajv, branch);
      if (!fn) return { index, branch, errors: undefined as ErrorObject[] | undefined };
      const copy = typeof data === 'object' && data !== null ? structuredClone(data) : data;
      const ok = fn(copy);
      const errors = ok ? [] : (fn.errors ?? []).map((e) => ({ ...e, instancePath: union.instancePath + e.instancePath }));
      return { index, branch, errors };
    });
    if (results.some((r) => r.errors === undefined)) {
      return { errors: [{ ...union, keyword: 'x-union', message: 'input does not match any of the allowed schemas' }], consumed: Infinity };
    }
    const consumed = results.reduce((n, r) => n + (r.errors?.length ?? 0), 0);
    const done = (errors: ErrorObject[]) => ({ errors, consumed });
    if (union.keyword === 'oneOf' && Array.isArray(params['passingSchemas'])) {
      return done([{ ...union, keyword: 'x-one-of-ambiguous', message: 'input matches more than one of the allowed schemas' }]);
    }
    if (results.some((r) => r.errors?.length === 0)) return done([]);

    const discriminator = isObject(parent['discriminator']) ? parent['discriminator'] : undefined;
    const tagName = typeof discriminator?.['propertyName'] === 'string' ? discriminator['propertyName'] : undefined;
    if (discriminator !== undefined && tagName !== undefined && isObject(data)) {
      const tag = data[tagName];
      const tagPath = `${union.instancePath}/${tagName.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (tag === undefined) {
        return done([{ ...union, keyword: 'x-union-tag-not-found', params: { discriminator: tagName } }]);
      }
      const matching = results.find(
        (r) =>
          !(r.errors ?? []).some(
            (e) =>
              e.instancePath === tagPath ||
              (e.instancePath === union.instancePath && e.keyword === 'required' && (e.params as Record<string, unknown>)['missingProperty'] === tagName) ||
              (e.instancePath === union.instancePath && e.keyword === 'type'),
          ),
      );
      if (!matching) {
        const expected = this.expectedTags(branches, tagName, discriminator);
        return done([{ ...union, keyword: 'x-union-tag-invalid', params: { discriminator: tagName, tag, expected } }]);
      }
      return done(this.refine(ajv, matching.errors ?? [], depth + 1));
    }

    const candidates = results.filter((r) => data === null || !this.isNullOnly(r.branch));
    const pool = candidates.length > 0 ? candidates : results;
    // Closest branch: the value's type fits, then the most of its keys are declared by the branch, then fewest errors.
    const keys = isObject(data) ? Object.keys(data) : [];
    const score = (r: (typeof results)[number]): number => {
      const errs = r.errors ?? [];
      const rootMismatch = errs.some((e) => e.instancePath === union.instancePath && (e.keyword === 'type' || e.keyword === 'const' || e.keyword === 'enum'));
      const declared = this.resolver.propertyNames(r.branch);
      const foreign = declared.size === 0 ? 0 : keys.filter((k) => !declared.has(k)).length;
      return (rootMismatch ? 1_000_000 : 0) + foreign * 1000 + errs.length;
    };
    let best = pool[0];
    for (const r of pool) if (best === undefined || score(r) < score(best)) best = r;
    return done(best ? this.refine(ajv, best.errors ?? [], depth + 1) : [union]);
  }

  private isNullOnly(branch: unknown): boolean {
    const types = this.resolver.types(branch);
    return types.size === 1 && types.has('null');
  }

  private expectedTags(branches: readonly unknown[], tagName: string, discriminator: Record<string, unknown>): string[] {
    const mapping = discriminator['mapping'];
    if (isObject(mapping)) return Object.keys(mapping);
    const tags: string[] = [];
    for (const b of branches) {
      const s = this.resolver.deref(b);
      const props = isObject(s) ? s['properties'] : undefined;
      const prop = isObject(props) ? this.resolver.deref(props[tagName]) : undefined;
      if (!isObject(prop)) continue;
      if (typeof prop['const'] === 'string') tags.push(prop['const']);
      else if (Array.isArray(prop['enum'])) for (const v of prop['enum']) if (typeof v === 'string') tags.push(v);
    }
    return tags;
  }
}

/** JSON text parsed, or the text itself when it is not JSON (validation then reports the type). */
function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** `[k1, v1, k2, v2, ...]` as pairs (a dangling key gets an empty value). */
function chunkPairs(items: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < items.length; i += 2) pairs.push([items[i] as string, items[i + 1] ?? '']);
  return pairs;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

/** Pairs as a plain object with own keys only (`__proto__` stays a key). */
function pairsToObject(pairs: readonly (readonly [string, string])[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of pairs) defineOwn(out, key, value);
  return out;
}

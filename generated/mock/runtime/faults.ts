/**
 * Faults on demand: what a test asks the mock to do wrong, per request (the `Prefer` header) or per route (rules
 * from `--faults faults.json`, `options.faults` or `PUT /__mock/faults`).
 *
 * Per request, in `Prefer` (RFC 7240; Prism reads `code` and `example` the same way):
 *   code=503            answer with that status (declared: its example; undeclared: a FastAPI-shaped `{detail}`)
 *   retry-after=0       the `Retry-After` header of that answer, in seconds
 *   delay=250           wait that many milliseconds before answering (latency, or slower than a client's timeout)
 *   fault=reset         drop the connection without an answer (a TCP reset)
 *   fault=invalid-json  answer as usual, the JSON body cut in the middle
 *   fault=hang          never answer (until the client gives up or the server closes)
 *
 * Per route, a JSON document: `{ "seed": 1, "rules": [ { "operation": "listAssistants", "status": 503,
 * "retryAfter": 0, "times": 2 }, { "path": "/calls/initiate", "method": "POST", "fault": "reset", "rate": 0.1 } ] }`.
 * A rule matches an operation by `operation` (operationId, `*` for all) and/or `method` + `path` (the spec's
 * template); `rate` (0-1, default 1) draws from a PRNG seeded by `seed`, so a chaos run repeats exactly; `times`
 * stops the rule after that many hits. The first matching rule that fires applies; headers override its fields.
 */
import { STATUS_CODES } from 'node:http';

export type FaultKind = 'reset' | 'invalid-json' | 'hang';
const KINDS: readonly FaultKind[] = ['reset', 'invalid-json', 'hang'];

/** What to do to one response. */
export interface Fault {
  readonly status?: number;
  /** Body of a `status` fault; default `{detail}` fitting the operation and status. */
  readonly body?: unknown;
  /** `Retry-After` in seconds (a string is sent as given, e.g. an HTTP-date). */
  readonly retryAfter?: number | string;
  /** Milliseconds to wait before answering. */
  readonly delay?: number;
  readonly fault?: FaultKind;
}

export interface FaultRule extends Fault {
  /** operationId, or `*` for every operation. */
  readonly operation?: string;
  /** Upper-case method; with `path`. */
  readonly method?: string;
  /** The path template as the spec writes it (`/api/v1/assistants/{assistant_id}`). */
  readonly path?: string;
  /** Probability of firing, 0-1 (default 1). */
  readonly rate?: number;
  /** Fires at most this many times (default: always). */
  readonly times?: number;
  /** Shorthand for `body: {detail}`. */
  readonly detail?: string;
}

export interface FaultConfig {
  /** Seed of the PRNG behind `rate` (default 1). */
  readonly seed?: number;
  readonly rules: readonly FaultRule[];
}

export class FaultConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaultConfigError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function statusField(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 200 || value > 599) {
    throw new FaultConfigError(`${where}.status must be an integer 200-599`);
  }
  return value;
}

function nonNegative(value: unknown, where: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) throw new FaultConfigError(`${where} must be a number 0-${max}`);
  return value;
}

/** Checks a fault configuration (from JSON) and returns it typed; throws {@link FaultConfigError}. */
export function parseFaultConfig(value: unknown): FaultConfig {
  const input = Array.isArray(value) ? { rules: value } : value;
  if (!isRecord(input) || !Array.isArray(input['rules'])) throw new FaultConfigError('a fault configuration is {"rules": [...]} (or the array of rules)');
  const seed = nonNegative(input['seed'], 'seed');
  const rules = input['rules'].map((raw, i): FaultRule => {
    const where = `rules[${i}]`;
    if (!isRecord(raw)) throw new FaultConfigError(`${where} must be an object`);
    const known = new Set(['operation', 'method', 'path', 'rate', 'times', 'status', 'body', 'detail', 'retryAfter', 'delay', 'fault']);
    for (const key of Object.keys(raw)) if (!known.has(key)) throw new FaultConfigError(`${where}: unknown field ${JSON.stringify(key)}`);
    for (const key of ['operation', 'method', 'path', 'detail'] as const) {
      if (raw[key] !== undefined && typeof raw[key] !== 'string') throw new FaultConfigError(`${where}.${key} must be a string`);
    }
    const kind = raw['fault'];
    if (kind !== undefined && !KINDS.includes(kind as FaultKind)) throw new FaultConfigError(`${where}.fault must be one of ${KINDS.join(', ')}`);
    const retryAfter = raw['retryAfter'];
    if (retryAfter !== undefined && typeof retryAfter !== 'string') nonNegative(retryAfter, `${where}.retryAfter`);
    const status = statusField(raw['status'], where);
    const rule: FaultRule = {
      ...(typeof raw['operation'] === 'string' ? { operation: raw['operation'] } : {}),
      ...(typeof raw['method'] === 'string' ? { method: raw['method'].toUpperCase() } : {}),
      ...(typeof raw['path'] === 'string' ? { path: raw['path'] } : {}),
      ...(raw['rate'] !== undefined ? { rate: nonNegative(raw['rate'], `${where}.rate`, 1) as number } : {}),
      ...(raw['times'] !== undefined ? { times: nonNegative(raw['times'], `${where}.times`) as number } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(raw['body'] !== undefined ? { body: raw['body'] } : raw['detail'] !== undefined ? { body: { detail: raw['detail'] } } : {}),
      ...(retryAfter !== undefined ? { retryAfter: retryAfter as number | string } : {}),
      ...(raw['delay'] !== undefined ? { delay: nonNegative(raw['delay'], `${where}.delay`, 600_000) as number } : {}),
      ...(kind !== undefined ? { fault: kind as FaultKind } : {}),
    };
    if (rule.status === undefined && rule.fault === undefined && rule.delay === undefined && rule.retryAfter === undefined) {
      throw new FaultConfigError(`${where} does nothing: give it a status, fault, delay or retryAfter`);
    }
    return rule;
  });
  return { ...(seed !== undefined ? { seed } : {}), rules };
}

/** mulberry32: a small, fast, seedable PRNG (deterministic chaos runs). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The route rules in force, with their hit counters and PRNG (restored by `reset()`). */
export class FaultPlan {
  private config: FaultConfig;
  private hits: number[] = [];
  private random: () => number;

  /** Throws {@link FaultConfigError} for a configuration that does not parse. */
  constructor(config: FaultConfig = { rules: [] }) {
    this.config = parseFaultConfig(config);
    this.random = prng(config.seed ?? 1);
    this.hits = config.rules.map(() => 0);
  }

  get current(): FaultConfig {
    return this.config;
  }

  /** Throws {@link FaultConfigError} (and keeps the current rules) for a configuration that does not parse. */
  replace(config: FaultConfig): void {
    this.config = parseFaultConfig(config);
    this.reset();
  }

  reset(): void {
    this.random = prng(this.config.seed ?? 1);
    this.hits = this.config.rules.map(() => 0);
  }

  /** The first rule matching this operation that fires, counted; undefined when none. Empty plans cost nothing. */
  pick(operationId: string, method: string, path: string): Fault | undefined {
    const rules = this.config.rules;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i] as FaultRule;
      if (rule.operation !== undefined && rule.operation !== '*' && rule.operation !== operationId) continue;
      if (rule.method !== undefined && rule.method !== method) continue;
      if (rule.path !== undefined && rule.path !== path) continue;
      if (rule.times !== undefined && (this.hits[i] ?? 0) >= rule.times) continue;
      if (rule.rate !== undefined && rule.rate < 1 && this.random() >= rule.rate) continue;
      this.hits[i] = (this.hits[i] ?? 0) + 1;
      return rule;
    }
    return undefined;
  }
}

/** The fault preferences of a parsed `Prefer` header (`retry-after`, `delay`, `fault`); invalid values are ignored. */
export function faultFromPreferences(prefs: Readonly<Record<string, string>>): Fault | undefined {
  const out: { retryAfter?: number; delay?: number; fault?: FaultKind } = {};
  const retry = prefs['retry-after'];
  if (retry !== undefined && /^\d{1,9}$/.test(retry)) out.retryAfter = Number(retry);
  const delay = prefs['delay'];
  if (delay !== undefined && /^\d{1,9}$/.test(delay)) out.delay = Math.min(Number(delay), 600_000);
  const kind = prefs['fault'];
  if (kind !== undefined && KINDS.includes(kind as FaultKind)) out.fault = kind as FaultKind;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A rule's fault with the request's own preferences on top. */
export function mergeFaults(rule: Fault | undefined, request: Fault | undefined): Fault | undefined {
  if (!rule) return request;
  if (!request) return rule;
  return { ...rule, ...request };
}

/** `Failed to list assistants`: the detail of a 500 for an operation, from its summary. */
export function internalErrorDetail(summary: string | undefined): string {
  const text = (summary ?? '').trim().replace(/\.$/, '');
  if (text === '') return 'Internal Server Error';
  return `Failed to ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** The FastAPI-shaped body of a status nobody declared: `{detail: <text>}`, a one-item list for 422. */
export function undeclaredBody(status: number, summary: string | undefined): unknown {
  if (status === 422) return { detail: [{ type: 'value_error', loc: ['body'], msg: 'Value error, rejected by a simulated fault', input: null }] };
  if (status === 500) return { detail: internalErrorDetail(summary) };
  return { detail: STATUS_CODES[status] ?? `Error ${status}` };
}

/** Cuts a JSON text in the middle so that no parser accepts it. */
export function corruptJson(body: Buffer | undefined): Buffer {
  const text = body === undefined || body.length === 0 ? '{}' : body.toString('utf8');
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  return Buffer.from(`${cut}\u0000`, 'utf8');
}

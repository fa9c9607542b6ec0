/**
 * Things that happen after a request: an item created by an operation whose `x-mock` names a simulation
 * (`simulate: call`) goes through that simulation's steps on the mock's own clock, and the control route
 * `POST /__mock/sms` plays an inbound message. Both deliver the spec's webhooks to the URL an item holds.
 *
 * Everything API-specific is data from the spec's root `x-mock` (the model's `simulations`, `inbound`):
 *
 *   simulations.<name>: { collection, steps: [{ at: <seconds after creation>, set?, add?, webhook? }], delivery }
 *     set      fields of the item (templates over the item, `{now}`, `{elapsed}`)
 *     add      `{ collection, items: [...], set }`: items created in another collection (a call's transcripts)
 *     webhook  the name of a webhook of the spec: its example, with `delivery.bodies.<webhook>` paths rendered
 *   delivery: { target: { collection, ref, field }, bodies, log: { collection, set } }
 *     target   where the URL is: the item of `collection` whose id is the item's `ref` field, its `field`
 *     log      one item per attempt (success or not) in `collection`, its fields rendered from the attempt
 *   inbound: { webhook, target: { collection, field, match? }, body, fresh }: `POST /__mock/sms` renders the webhook's
 *     example with the posted fields and sends it to `field` of the first item (whose `match` field equals `to`, when
 *     given and present).
 *
 * Time: `advance(seconds)` moves the clock and runs what fell due, in order, waiting for each webhook's answer (or
 * its failure) so that a test sees every effect when the call resolves. `timeline: 'real'` advances it every second.
 */
import { isObject } from './schema.js';
import { getPath, setPath } from './pagination.js';
import { mintLike, type StateStore } from './state.js';

type Item = Record<string, unknown>;

export interface WebhookSpec {
  readonly name: string;
  readonly example?: unknown;
}

interface Step {
  readonly at: number;
  readonly set?: Readonly<Record<string, unknown>>;
  readonly add?: { readonly collection: string; readonly items: readonly Item[]; readonly set?: Readonly<Record<string, unknown>> };
  readonly webhook?: string;
}

interface Delivery {
  /**
   * The item holding the URL, in `collection`: the one whose key equals the item's `ref` field (a simulation), or the
   * one whose key equals the posted field named `select` (an inbound message), else the first with a URL.
   */
  readonly target: { readonly collection: string; readonly ref?: string; readonly field: string; readonly select?: string };
  readonly bodies?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly log?: { readonly collection: string; readonly set: Readonly<Record<string, unknown>> };
  /** Milliseconds before a delivery counts as failed (default 5000). */
  readonly timeoutMs?: number;
}

interface Simulation {
  readonly collection: string;
  readonly steps: readonly Step[];
  readonly delivery?: Delivery;
}

interface Inbound {
  readonly webhook: string;
  readonly target: Delivery['target'];
  readonly body?: Readonly<Record<string, unknown>>;
  /** Example paths whose value is replaced by a fresh one of the same shape (`data.message_id`). */
  readonly fresh?: readonly string[];
  /** Values of fields the posted message leaves out. */
  readonly defaults?: Readonly<Record<string, unknown>>;
  readonly timeoutMs?: number;
}

/** What happened during an `advance` or an inbound message, for the caller and the control route's answer. */
export interface SimEvent {
  readonly at: number;
  readonly collection: string;
  readonly id: unknown;
  readonly step?: number;
  readonly webhook?: string;
  readonly url?: string;
  readonly status?: number;
  readonly error?: string;
}

/** Frames a stream sends now: `types` of `x-mock.streams.<name>`, made from these `rows` only when given. */
export interface StreamPush {
  readonly name: string;
  readonly types: readonly string[];
  readonly rows?: readonly Record<string, unknown>[];
}

interface Pending {
  readonly due: number;
  readonly seq: number;
  readonly sim: Simulation;
  readonly simName: string;
  readonly id: unknown;
  readonly created: number;
  readonly step: number;
}

/** `{a.b}` paths over a context; a whole `{x}` keeps the value's type. */
export function render(template: unknown, context: Readonly<Record<string, unknown>>): unknown {
  if (typeof template !== 'string') return structuredClone(template);
  const whole = /^\{([^{}]+)\}$/.exec(template);
  if (whole) return structuredClone(getPath(context, whole[1] ?? '') ?? null);
  return template.replace(/\{([^{}]+)\}/g, (_m, path: string) => {
    const v = getPath(context, path);
    return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}

function renderAll(target: Item, fields: Readonly<Record<string, unknown>> | undefined, context: Readonly<Record<string, unknown>>): void {
  for (const [path, template] of Object.entries(fields ?? {})) setPath(target, path, render(template, context));
}

export interface SimulatorOptions {
  readonly store: StateStore;
  readonly webhooks: readonly WebhookSpec[];
  readonly clock: () => string;
  readonly config: unknown;
  readonly error: (message: string, err?: unknown) => void;
  /**
   * Called after a step changed an item: the streams that follow it send its `push` types again; or after a step added
   * rows to a child collection (a call's transcript lines): they send those `rows` as their `append` types.
   */
  readonly changed?: (streams: readonly StreamPush[]) => void;
}

export class Simulator {
  private seconds = 0;
  private seq = 0;
  private fresh = 0;
  private pending: Pending[] = [];
  /** `collection\0id` of every item a simulation was started for. */
  private readonly simulated = new Set<string>();
  private readonly simulations: Readonly<Record<string, Simulation>>;
  private readonly inbound: Inbound | undefined;
  private readonly streams: unknown;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SimulatorOptions) {
    const config = isObject(options.config) ? options.config : {};
    this.simulations = isObject(config['simulations']) ? (config['simulations'] as Record<string, Simulation>) : {};
    this.inbound = isObject(config['inbound']) ? (config['inbound'] as unknown as Inbound) : undefined;
    this.streams = config['streams'];
  }

  get hasInbound(): boolean {
    return this.inbound !== undefined;
  }

  /**
   * A stream's opening frames from the state (root `x-mock.streams.<name>`: `{collection, param, messages}`): when
   * the item whose key is the path parameter `param` is one a simulation runs (a started call), each listed message type is its example with `set`
   * rendered over `{item, now}`, or, with `{collection, ref}`, one such frame per child item (`{item, row}`).
   * `pushing`: only the types a change sends (`push`), or with `rows`, the `append` types made from those rows.
   */
  opening(streamName: string, path: Readonly<Record<string, unknown>>, example: (type: string) => unknown, pushing = false, rows?: readonly Item[]): Map<string, unknown[]> | undefined {
    const config = isObject(this.streams) ? this.streams[streamName] : undefined;
    if (!isObject(config) || typeof config['collection'] !== 'string' || typeof config['param'] !== 'string' || !isObject(config['messages'])) return undefined;
    const found = this.options.store.findByKey(config['collection'], path[config['param']]);
    // Only items this mock simulates (seeded ones keep their examples, which tell a coherent story of their own).
    if (!found || !this.simulated.has(`${config['collection']}\u0000${String(found.item[found.col.idField])}`)) return undefined;
    const now = this.options.clock();
    const out = new Map<string, unknown[]>();
    // `push`: the types sent again when a step changes the item; `append`: child rows' types, sent for the rows a step
    // adds; `hold`: types not sent on connect (only pushed).
    const sent = rows ? config['append'] : config['push'];
    const pushed = Array.isArray(sent) ? (sent as unknown[]) : [];
    const held = Array.isArray(config['hold']) ? (config['hold'] as unknown[]) : [];
    for (const [type, spec] of Object.entries(config['messages'])) {
      if (!isObject(spec)) continue;
      if (pushing ? !pushed.includes(type) : held.includes(type)) {
        if (!pushing) out.set(type, []);
        continue;
      }
      const base = example(type);
      const frame = (context: Item): unknown => {
        const body: Item = isObject(base) ? structuredClone(base) : { type };
        renderAll(body, isObject(spec['set']) ? spec['set'] : undefined, context);
        return body;
      };
      if (typeof spec['collection'] === 'string' && typeof spec['ref'] === 'string') {
        const id = found.item[found.col.idField];
        const children = rows ?? (this.options.store.snapshot(spec['collection']) as Item[]);
        out.set(type, children.filter((row) => row[spec['ref'] as string] === id).map((row) => frame({ item: found.item, row, now })));
      } else out.set(type, [frame({ item: found.item, now })]);
    }
    if (!pushing) for (const type of held) if (typeof type === 'string' && !out.has(type)) out.set(type, []);
    return out;
  }

  /** Tells the streams that follow `collection` (their config's `push` types) that an item of it changed. */
  private notify(collection: string): void {
    if (!this.options.changed || !isObject(this.streams)) return;
    const targets = Object.entries(this.streams).flatMap(([name, config]) =>
      isObject(config) && config['collection'] === collection && Array.isArray(config['push']) ? [{ name, types: config['push'].filter((t): t is string => typeof t === 'string') }] : [],
    );
    if (targets.length > 0) this.options.changed(targets);
  }

  /** Tells the streams whose `append` types read `collection` (a call's transcript) about the rows a step added to it. */
  private notifyAdded(collection: string, rows: readonly Item[]): void {
    if (!this.options.changed || !isObject(this.streams) || rows.length === 0) return;
    const targets = Object.entries(this.streams).flatMap(([name, config]) => {
      if (!isObject(config) || !Array.isArray(config['append']) || !isObject(config['messages'])) return [];
      const messages = config['messages'];
      const types = config['append'].filter((type): type is string => typeof type === 'string' && isObject(messages[type]) && messages[type]['collection'] === collection);
      return types.length > 0 ? [{ name, types, rows }] : [];
    });
    if (targets.length > 0) this.options.changed(targets);
  }

  /** Seconds since start (or the last reset). */
  get now(): number {
    return this.seconds;
  }

  reset(): void {
    this.seconds = 0;
    this.seq = 0;
    this.fresh = 0;
    this.pending = [];
    this.simulated.clear();
  }

  /** Schedules the steps of simulation `name` for an item just created in its collection. */
  start(name: string, id: unknown): void {
    const sim = Object.prototype.hasOwnProperty.call(this.simulations, name) ? this.simulations[name] : undefined;
    if (!sim || !Array.isArray(sim.steps)) return;
    this.simulated.add(`${sim.collection}\u0000${String(id)}`);
    sim.steps.forEach((step, index) => {
      const at = typeof step.at === 'number' && step.at >= 0 ? step.at : 0;
      this.pending.push({ due: this.seconds + at, seq: this.seq++, sim, simName: name, id, created: this.seconds, step: index });
    });
  }

  /** Moves the clock by `seconds` and runs every step that fell due, in order; one advance at a time. */
  advance(seconds: number): Promise<{ now: number; events: SimEvent[] }> {
    const run = this.running.then(() => this.advanceNow(seconds));
    this.running = run.catch(() => undefined);
    return run;
  }

  private async advanceNow(seconds: number): Promise<{ now: number; events: SimEvent[] }> {
    const until = this.seconds + seconds;
    const events: SimEvent[] = [];
    for (;;) {
      this.pending.sort((a, b) => a.due - b.due || a.seq - b.seq);
      const next = this.pending[0];
      if (!next || next.due > until) break;
      this.pending.shift();
      this.seconds = Math.max(this.seconds, next.due);
      events.push(...(await this.runStep(next)));
    }
    this.seconds = until;
    return { now: this.seconds, events };
  }

  private async runStep(p: Pending): Promise<SimEvent[]> {
    const step = p.sim.steps[p.step] as Step;
    const found = this.options.store.findByKey(p.sim.collection, p.id);
    const base = { at: this.seconds, collection: p.sim.collection, id: p.id, step: p.step };
    if (!found) return [base]; // deleted meanwhile
    const now = this.options.clock();
    const context = (): Item => ({ ...found.item, now, elapsed: this.seconds - p.created });
    if (step.set) {
      const updated: Item = structuredClone(found.item);
      renderAll(updated, step.set, context());
      this.options.store.replace(p.sim.collection, found.item, updated);
      found.item = updated;
    }
    if (step.set) this.notify(p.sim.collection);
    if (step.add && isObject(step.add) && Array.isArray(step.add.items)) {
      const added = step.add.items.map((template) => {
        const item: Item = structuredClone(isObject(template) ? template : {});
        renderAll(item, step.add!.set, context());
        return this.options.store.insert(step.add!.collection, item);
      });
      this.notifyAdded(step.add.collection, added);
    }
    if (typeof step.webhook !== 'string' || !p.sim.delivery) return [base];
    const delivery = p.sim.delivery;
    const body = this.webhookBody(step.webhook, delivery.bodies?.[step.webhook], context());
    const url = this.targetUrl(delivery.target, found.item);
    if (url === undefined) return [{ ...base, webhook: step.webhook, error: 'no webhook URL' }];
    const attempt = await this.post(url, body, delivery.timeoutMs);
    if (delivery.log) {
      const log: Item = {};
      renderAll(log, delivery.log.set, { item: found.item, url, webhook: step.webhook, payload: body, now, ...attempt });
      this.options.store.insert(delivery.log.collection, log);
    }
    return [{ ...base, webhook: step.webhook, url, ...(attempt.status !== null ? { status: attempt.status } : {}), ...(attempt.error ? { error: attempt.error } : {}) }];
  }

  /** Plays an inbound message (`POST /__mock/sms`): the webhook is sent; resolves with what happened. */
  async receive(input: Readonly<Record<string, unknown>>): Promise<SimEvent> {
    const inbound = this.inbound;
    if (!inbound) throw new Error('no inbound simulation');
    const context: Item = { ...(isObject(inbound.defaults) ? inbound.defaults : {}), ...input, now: this.options.clock() };
    const body = this.webhookBody(inbound.webhook, inbound.body, context, inbound.fresh);
    const select = inbound.target.select;
    const owner = this.owner(inbound.target, select === undefined ? undefined : input[select]);
    const base = { at: this.seconds, collection: inbound.target.collection, id: owner?.id, webhook: inbound.webhook };
    const url = owner ? owner.url : undefined;
    if (url === undefined) return { ...base, error: 'no webhook URL' };
    const attempt = await this.post(url, body, inbound.timeoutMs);
    return { ...base, url, ...(attempt.status !== null ? { status: attempt.status } : {}), ...(attempt.error ? { error: attempt.error } : {}) };
  }

  private webhookBody(name: string, fields: Readonly<Record<string, unknown>> | undefined, context: Item, fresh: readonly string[] = []): unknown {
    const spec = this.options.webhooks.find((w) => w.name === name);
    const body: Item = isObject(spec?.example) ? structuredClone(spec.example) : {};
    for (const path of fresh) {
      const like = getPath(body, path);
      this.fresh += 1;
      setPath(body, path, mintLike(typeof like === 'string' ? like : 'mock', this.fresh));
    }
    renderAll(body, fields, context);
    return body;
  }

  private targetUrl(target: Delivery['target'], item: Item): string | undefined {
    const owner = target.ref === undefined ? item : this.options.store.findByKey(target.collection, item[target.ref])?.item;
    const url = owner?.[target.field];
    return typeof url === 'string' && url !== '' ? url : undefined;
  }

  private owner(target: Delivery['target'], key: unknown): { id: unknown; url: string } | undefined {
    const hasUrl = (i: Item | undefined): i is Item => typeof i?.[target.field] === 'string' && i[target.field] !== '';
    const item = key !== undefined ? this.options.store.findByKey(target.collection, key)?.item : (this.options.store.snapshot(target.collection) as Item[]).find(hasUrl);
    return hasUrl(item) ? { id: item['id'], url: item[target.field] as string } : undefined;
  }

  /** One POST, never retried; what the receiver answered or why it failed. */
  private async post(url: string, body: unknown, timeoutMs = 5000): Promise<{ status: number | null; response: string | null; ms: number; ok: boolean; error: string | null }> {
    const started = Date.now();
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = (await res.text()).slice(0, 2000);
      const ok = res.status === 200 || res.status === 201 || res.status === 202;
      return { status: res.status, response: text, ms: Date.now() - started, ok, error: ok ? null : `HTTP ${res.status}` };
    } catch (err) {
      const message = err instanceof Error ? (err.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : ((err.cause as Error | undefined)?.message ?? err.message)) : String(err);
      return { status: null, response: null, ms: Date.now() - started, ok: false, error: message };
    }
  }
}

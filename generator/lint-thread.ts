/**
 * Watch mode's lint on a second thread. Redocly's lint of a spec of several files takes about as long as its bundle
 * and the emission of a target together, and nothing the targets emit depends on it: on a worker thread it runs
 * while this one bundles the spec and the targets emit (the machine has two cores), and the pipeline waits for it
 * before anything is written.
 *
 * The worker runs lint-worker.ts: from the generator's bundle, its own bundle beside it (scripts/generate.mjs
 * builds both); from the TypeScript sources (tests), the source through tsx.
 */
import { Worker } from 'node:worker_threads';
import { SpecError, SpecErrors, type SpecLocation } from './errors.js';
import type { SpecChecker } from './load.js';

export interface CheckRequest {
  readonly id: number;
  readonly specPath: string;
}

export interface CheckReply {
  readonly id: number;
  readonly problems: readonly { readonly message: string; readonly location: SpecLocation | undefined; readonly hint: string }[];
  /** A failure that is not a spec problem (a bug): its message. */
  readonly failure?: string;
}

/** Starts its worker on the first check (a spec of one file never needs it). */
export class LintThread implements SpecChecker {
  #worker: Worker | undefined;
  /** Why the worker stopped, once it has: later checks fail at once with it. */
  #stopped: Error | undefined;
  readonly #waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  #nextId = 0;

  check(specPath: string): Promise<void> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    return new Promise<void>((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      (this.#worker ??= this.#start()).postMessage({ id, specPath } satisfies CheckRequest);
    });
  }

  async close(): Promise<void> {
    this.#stopped ??= new Error('The lint thread was closed.');
    await this.#worker?.terminate();
  }

  #start(): Worker {
    const worker = import.meta.url.endsWith('.cjs')
      ? new Worker(new URL('./lint-worker.cjs', import.meta.url))
      : new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./lint-worker.ts', import.meta.url).href)}); });`,
          { eval: true },
        );
    worker.on('message', (reply: CheckReply) => {
      const waiting = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      if (reply.failure !== undefined) waiting?.reject(new Error(`The lint thread failed: ${reply.failure}`));
      else if (reply.problems.length > 0) waiting?.reject(new SpecErrors(reply.problems.map((problem) => new SpecError(problem.message, problem.location, problem.hint))));
      else waiting?.resolve();
    });
    worker.on('error', (error) => this.#stop(error));
    worker.on('exit', (code) => this.#stop(new Error(`The lint thread exited (code ${code}).`)));
    return worker;
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const waiting of this.#waiting.values()) waiting.reject(this.#stopped);
    this.#waiting.clear();
  }
}

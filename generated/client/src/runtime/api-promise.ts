/**
 * The promise every method of the client class returns (`APIPromise`, with raw-response access), and that access
 * for the plain promises of the standalone functions (`withResponse`, `asResponse`), which only bundles that import
 * it carry.
 */
import { decodeOperation, exchanges, ignore, sendOperation, type CoreClient, type RawResult, type RequestOptions, type ResponseMode } from './client.js';
import { SDKError } from './errors.js';
import type { OperationDescriptor } from './operation.js';

/** Settles the `Promise` base of an `APIPromise` (never observed: `then` is overridden). */
function resolveUndefined(resolve: (value: never) => void): void {
  resolve(undefined as never);
}

/** An already-settled promise whose reactions start requests on the next microtask. */
const nextMicrotask: Promise<void> = Promise.resolve();

/**
 * A `Promise<T>` (await it for the decoded, camelCased result) with access to the raw HTTP response:
 *
 * ```ts
 * const assistant = await client.assistants.get(1);
 * const { data, response } = await client.assistants.get(1).withResponse();
 * const response = await client.calls.exportTranscripts(1, { format: 'csv' }).asResponse();
 * ```
 *
 * The request starts on the next microtask whether or not the promise is awaited. Call `asResponse()` right away
 * (in the same synchronous step) to get a response with an unread body you can stream; called later, it returns a
 * copy built from the buffered body.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #start: (mode: ResponseMode) => Promise<RawResult>;
  readonly #parse: (result: RawResult) => T | Promise<T>;
  #raw: Promise<RawResult> | undefined;
  #wantRaw = false;
  #parsed: Promise<{ data: T; response: Response }> | undefined;

  /**
   * @param start sends the request (with retries) and resolves with the 2xx exchange or rejects with an `SDKError`.
   * @param parse decodes a 2xx exchange into the value the promise resolves with (or a promise of it).
   */
  constructor(
    start: (mode: ResponseMode) => Promise<RawResult>,
    parse: (result: RawResult) => T | Promise<T>,
  ) {
    super(resolveUndefined);
    this.#start = start;
    this.#parse = parse;
    // A promise reaction rather than `queueMicrotask`: same queue and order, without Node's per-call AsyncResource.
    // The callback returns nothing, so a failed request never rejects this reaction's promise.
    void nextMicrotask.then(() => {
      this._result();
    });
  }

  /** Sends the request once (memoised) and resolves with the 2xx exchange. */
  protected _result(): Promise<RawResult> {
    if (this.#raw === undefined) {
      // The executor turns a synchronous throw of `start` into a rejection.
      this.#raw = new Promise<RawResult>((resolve) => resolve(this.#start(this.#wantRaw ? 'raw' : 'buffered')));
      // Un-awaited calls must not crash the process with an unhandled rejection; awaiting callers still see it.
      this.#raw.catch(ignore);
    }
    return this.#raw;
  }

  /** The decoded result together with the `Response` (whose body has already been read); `then` reads its `data`. */
  withResponse(): Promise<{ data: T; response: Response }> {
    return (this.#parsed ??= this._result().then(async (result) => ({ data: await this.#parse(result), response: result.response })));
  }

  /** The `Response` of a successful (2xx) request, without decoding it. Non-2xx statuses still reject. */
  asResponse(): Promise<Response> {
    this.#wantRaw ||= !this.#raw;
    return this._result().then(readableResponse);
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.withResponse()
      .then((result) => result.data)
      .then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}

/**
 * Calls one operation for a method of the client class: `client.call` with raw-response access (`withResponse()`,
 * `asResponse()`), and the request held back until the next microtask so that `asResponse()` can still ask for
 * the body unread.
 */
export function apiCall<T>(
  client: CoreClient,
  op: OperationDescriptor,
  pathArgs: readonly unknown[],
  params?: object,
  options?: RequestOptions,
): APIPromise<T> {
  return new APIPromise<T>(
    (mode) => sendOperation(client, op, pathArgs, params, undefined, options, mode),
    (result) => decodeOperation(op, result) as T | Promise<T>,
  );
}

/**
 * The decoded result of an SDK call together with its `Response` (body already read): what `.withResponse()`
 * gives on the client class's promises, for the plain promises of the standalone functions (the package's `funcs`
 * entry): `const { data, response } = await withResponse(assistantsGet(core, 1))`.
 */
export function withResponse<T>(promise: Promise<T>): Promise<{ data: T; response: Response }> {
  if (promise instanceof APIPromise) return (promise as APIPromise<T>).withResponse();
  const exchange = exchangeOf(promise, 'withResponse');
  return Promise.all([promise, exchange]).then(([data, result]) => ({ data, response: result.response }));
}

/**
 * The `Response` of a successful SDK call, undecoded: what `.asResponse()` gives on the client class's promises.
 * A standalone function's request has already started and reads the body, so this is a copy made from it; a
 * result that does not decode (say, CSV from an operation declared as JSON) is not an error here.
 */
export function asResponse(promise: Promise<unknown>): Promise<Response> {
  if (promise instanceof APIPromise) return promise.asResponse();
  // `call` has marked the promise handled, so a body that does not decode rejects nothing unawaited.
  return exchangeOf(promise, 'asResponse').then(readableResponse);
}

function exchangeOf(promise: Promise<unknown>, name: string): Promise<RawResult> {
  const exchange = exchanges.get(promise);
  if (exchange === undefined) throw new SDKError(`${name}() takes the promise an SDK function returned, unchanged (not one made from it with then()).`);
  return exchange;
}

/** A `Response` whose body can still be read: the original when unread, else a copy made from the bytes. */
function readableResponse({ response, buffered }: RawResult): Response {
  const nullBody = [204, 205, 304].includes(response.status);
  return buffered ? new Response(nullBody ? null : buffered, response) : response;
}

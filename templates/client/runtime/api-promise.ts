/**
 * The promise every SDK method returns.
 */

/** How a request reads its success body: `buffered` reads it all before resolving; `raw` leaves it unread. */
export type ResponseMode = 'buffered' | 'raw';

/** A completed HTTP exchange whose status is 2xx. */
export class RawResult {
  #bytes: Promise<ArrayBuffer> | undefined;

  /** `buffered`: the body bytes when they were read with the response (`buffered` mode), else `undefined`. */
  constructor(
    readonly response: Response,
    readonly buffered: ArrayBuffer | undefined,
  ) {}

  /** The body bytes (read once, then memoised). */
  bytes(): Promise<ArrayBuffer> {
    return (this.#bytes ??= this.buffered ? Promise.resolve(this.buffered) : this.response.arrayBuffer());
  }

  /** A `Response` whose body can still be read: the original when unread, else a copy made from the bytes. */
  readableResponse(): Response {
    const { response, buffered } = this;
    const nullBody = [204, 205, 304].includes(response.status);
    return buffered ? new Response(nullBody ? null : buffered, response) : response;
  }
}

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
    return this._result().then((result) => result.readableResponse());
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

function ignore(): undefined {
  return undefined;
}

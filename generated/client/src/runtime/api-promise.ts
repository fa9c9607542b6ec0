/**
 * The promise every SDK method returns.
 */

/** How a request reads its success body: `buffered` reads it all before resolving; `raw` leaves it unread. */
export type ResponseMode = 'buffered' | 'raw';

/** A completed HTTP exchange whose status is 2xx. */
export class RawResult {
  readonly response: Response;
  readonly #buffered: ArrayBuffer | undefined;
  #bytes: Promise<ArrayBuffer> | undefined;

  constructor(response: Response, bytes: ArrayBuffer | undefined) {
    this.response = response;
    this.#buffered = bytes;
    this.#bytes = bytes === undefined ? undefined : Promise.resolve(bytes);
  }

  /** The body bytes (read once, then memoised). */
  bytes(): Promise<ArrayBuffer> {
    return (this.#bytes ??= this.response.arrayBuffer());
  }

  /** A `Response` whose body can still be read: the original when unread, else a copy made from the bytes. */
  readableResponse(): Response {
    if (this.#buffered === undefined) return this.response;
    const { status, statusText, headers } = this.response;
    const nullBody = status === 204 || status === 205 || status === 304;
    return new Response(nullBody ? null : this.#buffered, { status, statusText, headers });
  }
}

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
  readonly #parse: (result: RawResult) => Promise<T>;
  #raw: Promise<RawResult> | undefined;
  #wantRaw = false;
  #parsed: Promise<{ data: T; response: Response }> | undefined;

  /**
   * @param start sends the request (with retries) and resolves with the 2xx exchange or rejects with a BurkiError.
   * @param parse decodes a 2xx exchange into the value the promise resolves with.
   */
  constructor(start: (mode: ResponseMode) => Promise<RawResult>, parse: (result: RawResult) => Promise<T>) {
    super((resolve) => {
      resolve(undefined as T);
    });
    this.#start = start;
    this.#parse = parse;
    queueMicrotask(() => {
      this._result();
    });
  }

  /** Sends the request once (memoised) and resolves with the 2xx exchange. */
  protected _result(): Promise<RawResult> {
    if (this.#raw === undefined) {
      const mode: ResponseMode = this.#wantRaw ? 'raw' : 'buffered';
      let started: Promise<RawResult>;
      try {
        started = this.#start(mode);
      } catch (error) {
        started = Promise.reject(error);
      }
      // Un-awaited calls must not crash the process with an unhandled rejection; awaiting callers still see it.
      started.catch(() => undefined);
      this.#raw = started;
    }
    return this.#raw;
  }

  #withResponse(): Promise<{ data: T; response: Response }> {
    return (this.#parsed ??= this._result().then(async (result) => ({
      data: await this.#parse(result),
      response: result.response,
    })));
  }

  /** The decoded result together with the `Response` (whose body has already been read). */
  withResponse(): Promise<{ data: T; response: Response }> {
    return this.#withResponse();
  }

  /** The `Response` of a successful (2xx) request, without decoding it. Non-2xx statuses still reject. */
  asResponse(): Promise<Response> {
    if (this.#raw === undefined) this.#wantRaw = true;
    return this._result().then((result) => result.readableResponse());
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#withResponse()
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

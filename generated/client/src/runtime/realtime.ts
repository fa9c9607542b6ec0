/**
 * Realtime (WebSocket) streams. The generated client opens them with `openRealtimeStream` from a descriptor made from
 * the spec's `x-websockets` (path, the known server message types with their casing shapes, the ping and status
 * messages), e.g. `client.realtime.liveTranscript(callSid)`:
 *
 * ```ts
 * const stream = client.realtime.liveTranscript('CA123');
 * await stream.connect();            // optional: iterating connects too
 * for await (const event of stream) {
 *   if (event.type === 'transcript') console.log(event.data?.speaker, event.data?.content);
 *   if (event.type === 'call_status' && event.status === 'completed') break; // break disconnects
 * }
 * ```
 *
 * - The socket is `options.WebSocket` of the client, else `globalThis.WebSocket` (browsers, Node 22+, Deno, Bun),
 *   else the `ws` package (a dependency of the SDK, for Node 20), imported on first use. The import specifier is not
 *   a string literal, so bundlers leave `ws` out of browser bundles.
 * - Auth: the API key goes in the `token` query parameter (the one way a browser socket can send it). `stream.url`
 *   never contains it.
 * - Events are the server's JSON frames, discriminated by `type`, mapped to camelCase with the same casing shapes as
 *   REST results. A frame whose `type` the descriptor does not list, or that is not a JSON object, is yielded as
 *   `{ type: 'unknown', eventType, raw }` with `raw` as received.
 * - A socket closed abnormally (any code but 1000, and not by `disconnect()`) is reopened with exponential backoff
 *   (full jitter, 0.5 s doubling up to 8 s). The initial connection is retried the same way. `maxRetries` (default 5)
 *   bounds consecutive failures: failed attempts, and sockets that dropped within 5 s of opening (a server that
 *   accepts and drops at once cannot make the stream loop); a socket that stayed open 5 s resets the count. Close
 *   codes in `fatalCloseCodes` (default 1008 = policy violation, e.g. authentication, and 4004) end the stream without
 *   retrying. When the stream gives up, a pending `connect()` rejects and the iterator throws a `WebSocketError`
 *   (`code`, `reason` of the last close) once, after the events received before.
 * - One consumer: events are queued until read, and each is yielded once.
 */
import { clientContext, type CoreClient, validateCount } from './client.js';
import { encodePathSegment } from './encoding.js';
import { missingKeyError, safeCause, SDKError, WebSocketError } from './errors.js';
import { backoffMs, sleep } from './retry.js';
import { fromWire } from './casing.js';
import type { ShapeRef } from './operation.js';

// ---------------------------------------------------------------------------------------------------------------------
// Sockets

/** The part of the WHATWG `WebSocket` the SDK uses; the global `WebSocket` and the `ws` package both provide it. */
export interface WebSocketLike {
  readonly readyState: number;
  binaryType: string;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- DOM and `ws` declare different event types
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: any) => void): void;
}

/** A `WebSocket` class: `new WebSocket(url)`. */
export type WebSocketConstructor = new (url: string) => WebSocketLike;

const OPEN = 1;

/** Which `WebSocket` to use: the option, the global, or `ws` (imported lazily, never by browser bundles). */
async function resolveWebSocket(option: WebSocketConstructor | undefined): Promise<WebSocketConstructor> {
  if (option) return option;
  const global = (globalThis as { WebSocket?: unknown }).WebSocket;
  if (typeof global === 'function') return global as WebSocketConstructor;
  // A variable specifier: bundlers do not follow it, so `ws` stays out of browser bundles.
  const specifier = 'ws';
  try {
    const mod = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as {
      WebSocket?: unknown;
      default?: unknown;
    };
    const found = mod.WebSocket ?? mod.default;
    if (typeof found === 'function') return found as WebSocketConstructor;
  } catch {
    // reported below
  }
  throw new WebSocketError(
    'No WebSocket implementation found: this runtime has no global WebSocket, and the `ws` package (a dependency ' +
      'of the SDK) could not be loaded. Install it (npm install ws), or pass one as the `WebSocket` client option.',
  );
}

// ---------------------------------------------------------------------------------------------------------------------
// Events

/** A frame the SDK does not know: an unlisted `type`, or a frame that is not a JSON object with a string `type`. */
export interface UnknownRealtimeEvent {
  readonly type: 'unknown';
  /** The frame's `type`, when it had a string one. */
  readonly eventType: string | undefined;
  /** The parsed frame, or its text when it is not JSON. */
  readonly raw: unknown;
}

// ---------------------------------------------------------------------------------------------------------------------
// Stream

export interface RealtimeStreamOptions {
  /** Connection attempts after the first one fails, and after each abnormal close (default 5; 0 = never retry). */
  maxRetries?: number | undefined;
  /** Time allowed for each connection attempt to open, in ms (default 10000). */
  connectTimeout?: number | undefined;
  /** Close codes after which the stream ends with an error instead of reconnecting (default `[1008, 4004]`). */
  fatalCloseCodes?: readonly number[] | undefined;
  /** Aborting it disconnects the stream. */
  signal?: AbortSignal | undefined;
}

/** What a stream needs to run; made by `Realtime`, or by hand for another endpoint. */
export interface RealtimeStreamInit {
  /** The `ws:`/`wss:` URL, without the token. */
  readonly url: string;
  /** Sent as the `token` query parameter. */
  readonly token?: string | undefined;
  /** `type` values yielded as they are; others become `UnknownRealtimeEvent`s. */
  readonly knownTypes: readonly string[];
  /** `type` of the frame `sendPing()` sends (default `ping`). */
  readonly pingMessage?: string | undefined;
  /** `type` of the frame `requestStatus()` sends; without it `requestStatus()` throws. */
  readonly statusMessage?: string | undefined;
  /** Maps a known event from its wire form to the SDK's (casing); events pass unchanged without it. */
  readonly decode?: ((type: string, frame: Record<string, unknown>) => unknown) | undefined;
  readonly WebSocket?: WebSocketConstructor | undefined;
  readonly options?: RealtimeStreamOptions | undefined;
  /** @internal test hooks */
  readonly sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** @internal test hooks */
  readonly random?: (() => number) | undefined;
}

/** `idle` → `connecting` → `open` ⇄ `reconnecting` → `closed`. */
export type RealtimeState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

const DEFAULT_MAX_RETRIES = 5;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const DEFAULT_FATAL_CLOSE_CODES: readonly number[] = [1008, 4004];
const DISCONNECT_WAIT_MS = 2_000;
/** A socket open this long counts as a success: the retry budget starts again after it drops. */
const STABLE_AFTER_MS = 5_000;

interface Failure {
  readonly code: number | undefined;
  readonly reason: string | undefined;
  readonly cause: unknown;
  /** Not worth retrying (fatal close code, no WebSocket implementation, user disconnect). */
  readonly fatal: boolean;
}

interface Waiter {
  resolve(result: IteratorResult<never>): void;
  reject(error: unknown): void;
}

/**
 * A realtime stream: `connect()`, `disconnect()`, `send()`, `sendPing()`, `requestStatus()`, and
 * `for await (const event of stream)`. See the module comment for reconnects and errors.
 */
export class RealtimeStream<Event extends { readonly type: string }> implements AsyncIterable<Event> {
  /** The socket URL without the token (safe to log). */
  readonly url: string;
  readonly #token: string | undefined;
  readonly #known: ReadonlySet<string>;
  readonly #pingMessage: string;
  readonly #statusMessage: string | undefined;
  readonly #decodeEvent: (type: string, frame: Record<string, unknown>) => unknown;
  readonly #WebSocket: WebSocketConstructor | undefined;
  readonly #maxRetries: number;
  readonly #connectTimeout: number;
  readonly #fatalCodes: ReadonlySet<number>;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #random: () => number;
  readonly #stop = new AbortController();

  #state: RealtimeState = 'idle';
  #socket: WebSocketLike | undefined;
  #connecting: Promise<void> | undefined;
  #queue: Event[] = [];
  #waiters: Waiter[] = [];
  #error: WebSocketError | undefined;
  #errorDelivered = false;
  #closedWaiters: (() => void)[] = [];
  #reconnects = 0;
  #retries = 0;
  #detachSignal: (() => void) | undefined;

  constructor(init: RealtimeStreamInit) {
    this.url = init.url;
    this.#token = init.token;
    this.#known = new Set(init.knownTypes.filter((type) => type !== 'unknown'));
    this.#pingMessage = init.pingMessage ?? 'ping';
    this.#statusMessage = init.statusMessage;
    this.#decodeEvent = init.decode ?? ((_type, frame) => frame);
    this.#WebSocket = init.WebSocket;
    const options = init.options ?? {};
    this.#maxRetries = validateCount(options.maxRetries, DEFAULT_MAX_RETRIES, 'maxRetries', false);
    this.#connectTimeout = options.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT_MS;
    this.#fatalCodes = new Set(options.fatalCloseCodes ?? DEFAULT_FATAL_CLOSE_CODES);
    this.#sleep = init.sleep ?? sleep;
    this.#random = init.random ?? Math.random;
    const signal = options.signal;
    if (signal?.aborted) this.#end(undefined);
    else if (signal) {
      const onAbort = (): void => void this.disconnect();
      signal.addEventListener('abort', onAbort, { once: true });
      this.#detachSignal = () => signal.removeEventListener('abort', onAbort);
    }
  }

  /** Where the stream is. */
  get state(): RealtimeState {
    return this.#state;
  }

  /** How many times the stream reopened its socket after an abnormal close. */
  get reconnects(): number {
    return this.#reconnects;
  }

  /** The error the stream ended with, if any. */
  get error(): WebSocketError | undefined {
    return this.#error;
  }

  /**
   * Opens the socket (retrying per `maxRetries`). Resolves when it is open; rejects with `WebSocketError` when
   * every attempt failed, when the stream was disconnected meanwhile, or when it is already closed.
   * Calling it again while connecting or open returns the same promise.
   */
  connect(): Promise<void> {
    if (this.#state === 'closed') {
      return Promise.reject(
        this.#error ?? new WebSocketError('The stream is closed; create a new one to reconnect.'),
      );
    }
    if (this.#connecting) return this.#connecting;
    this.#state = 'connecting';
    const connecting = this.#openWithRetries().then(
      () => undefined,
      (error: unknown) => {
        const failure = error instanceof WebSocketError ? error : toWebSocketError(error);
        this.#end(failure);
        throw failure;
      },
    );
    this.#connecting = connecting;
    // `connect()` callers get the rejection; the iterator reports it too, so an unobserved copy is not an error.
    connecting.catch(() => undefined);
    return connecting;
  }

  /**
   * Closes the socket with 1000 and ends iteration (already received events are still yielded). Resolves when the
   * socket has closed (at most after 2 s). Never rejects; calling it again is harmless.
   */
  disconnect(): Promise<void> {
    const socket = this.#socket;
    const wasOpen = socket !== undefined && socket.readyState <= OPEN;
    this.#stop.abort();
    this.#end(undefined);
    if (!socket || !wasOpen) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, DISCONNECT_WAIT_MS);
      this.#closedWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
      try {
        socket.close(1000, 'client disconnect');
      } catch {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  /** Sends one JSON frame. Throws `WebSocketError` when the socket is not open. */
  send(message: Readonly<Record<string, unknown>>): void {
    const socket = this.#socket;
    if (this.#state !== 'open' || !socket || socket.readyState !== OPEN) {
      throw new WebSocketError(`Cannot send on a stream that is not open (state: ${this.#state}).`);
    }
    socket.send(JSON.stringify(message));
  }

  /** Sends the stream's ping message (`{"type":"ping"}`); the server answers with a `pong` event. */
  sendPing(): void {
    this.send({ type: this.#pingMessage });
  }

  /** Asks the server for the current status (the stream's status message, e.g. `{"type":"request_status"}`). */
  requestStatus(): void {
    if (this.#statusMessage === undefined) throw new WebSocketError('This stream has no status request message.');
    this.send({ type: this.#statusMessage });
  }

  /** Yields events until the stream ends; connects first when needed. Breaking out of the loop disconnects. */
  [Symbol.asyncIterator](): AsyncIterator<Event> {
    return {
      next: () => this.#next(),
      return: async () => {
        await this.disconnect();
        return { done: true, value: undefined };
      },
    };
  }

  // -------------------------------------------------------------------------------------------------------------------

  #next(): Promise<IteratorResult<Event>> {
    const event = this.#queue.shift();
    if (event !== undefined) return Promise.resolve({ done: false, value: event });
    if (this.#state === 'closed') {
      if (this.#error && !this.#errorDelivered) {
        this.#errorDelivered = true;
        return Promise.reject(this.#error);
      }
      return Promise.resolve({ done: true, value: undefined });
    }
    if (this.#state === 'idle') void this.connect().catch(() => undefined);
    return new Promise<IteratorResult<Event>>((resolve, reject) => {
      this.#waiters.push({
        resolve: resolve as (result: IteratorResult<never>) => void,
        reject: (error) => {
          this.#errorDelivered = true;
          reject(error);
        },
      });
    }).then((result) => (result.done ? this.#next() : result));
  }

  #push(event: Event): void {
    const waiter = this.#waiters.shift();
    if (waiter) waiter.resolve({ done: false, value: event as never });
    else this.#queue.push(event);
  }

  /** Ends the stream: later reads drain the queue, then finish (or throw `error` once). */
  #end(error: WebSocketError | undefined): void {
    if (this.#state === 'closed') return;
    this.#state = 'closed';
    this.#error = error;
    this.#stop.abort();
    this.#detachSignal?.();
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) {
      if (error && !this.#errorDelivered) waiter.reject(error);
      else waiter.resolve({ done: true, value: undefined as never });
    }
  }

  /**
   * Opens a socket, retrying with backoff. `#retries` counts consecutive failures: failed attempts and sockets that
   * closed abnormally within `STABLE_AFTER_MS` of opening (so a server that accepts and drops at once cannot make the
   * stream loop forever). It is reset when a socket stayed open that long.
   */
  async #openWithRetries(): Promise<void> {
    const WebSocketClass = await resolveWebSocket(this.#WebSocket);
    for (;;) {
      if (this.#stop.signal.aborted) throw disconnectedError();
      let failure: Failure;
      try {
        await this.#openOnce(WebSocketClass);
        return;
      } catch (error) {
        failure = error as Failure;
      }
      if (this.#stop.signal.aborted) throw disconnectedError();
      if (failure.fatal || this.#retries >= this.#maxRetries) throw this.#failureError(failure, false);
      await this.#backoff();
    }
  }

  async #backoff(): Promise<void> {
    const delay = backoffMs(this.#retries++, this.#random);
    try {
      await this.#sleep(delay, this.#stop.signal);
    } catch {
      throw disconnectedError();
    }
    if (this.#stop.signal.aborted) throw disconnectedError();
  }

  #failureError(failure: Failure, afterOpen: boolean): WebSocketError {
    const attempts = this.#retries + 1;
    const closed =
      failure.code === undefined
        ? ''
        : `closed with code ${failure.code}${failure.reason ? ` (${failure.reason})` : ''}`;
    const cause = failure.cause instanceof Error ? failure.cause.message : '';
    const detail = [closed, cause].filter(Boolean).join(': ') || 'no connection';
    const tries = failure.fatal ? '' : ` after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
    const message = afterOpen
      ? `${this.url} was ${closed || 'closed'}${tries}.`
      : `Could not connect to ${this.url}${tries}: ${detail}.`;
    return new WebSocketError(message, { code: failure.code, reason: failure.reason, cause: failure.cause });
  }

  /** One connection attempt: resolves on `open`, rejects with a `Failure` when the socket closes or times out first. */
  #openOnce(WebSocketClass: WebSocketConstructor): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let socket: WebSocketLike;
      try {
        socket = new WebSocketClass(this.#urlWithToken());
      } catch (error) {
        reject({
          code: undefined,
          reason: undefined,
          cause: this.#safeCause(error),
          fatal: true,
        } satisfies Failure);
        return;
      }
      this.#socket = socket;
      try {
        socket.binaryType = 'arraybuffer';
      } catch {
        // some implementations only support the default
      }
      let opened = false;
      let openedAt = 0;
      let settled = false;
      let lastError: unknown;
      const timer =
        this.#connectTimeout > 0
          ? setTimeout(() => {
              if (settled) return;
              settled = true;
              lastError = new Error(`no open within ${this.#connectTimeout} ms`);
              reject({
                code: undefined,
                reason: 'connect timeout',
                cause: lastError,
                fatal: false,
              } satisfies Failure);
              safeClose(socket);
            }, this.#connectTimeout)
          : undefined;
      const onStop = (): void => safeClose(socket);
      this.#stop.signal.addEventListener('abort', onStop, { once: true });

      socket.addEventListener('open', () => {
        if (settled || this.#socket !== socket) {
          safeClose(socket);
          return;
        }
        settled = true;
        opened = true;
        openedAt = Date.now();
        if (timer !== undefined) clearTimeout(timer);
        if (this.#state !== 'closed') this.#state = 'open';
        resolve();
      });
      socket.addEventListener('message', (event: { data?: unknown }) => {
        if (this.#socket !== socket || this.#state === 'closed') return;
        this.#push(this.#decode(event.data));
      });
      socket.addEventListener('error', (event: { error?: unknown; message?: unknown }) => {
        lastError = event.error ?? (typeof event.message === 'string' ? new Error(event.message) : event);
      });
      socket.addEventListener('close', (event: { code?: number; reason?: string }) => {
        if (timer !== undefined) clearTimeout(timer);
        this.#stop.signal.removeEventListener('abort', onStop);
        const code = typeof event.code === 'number' ? event.code : undefined;
        const reason = event.reason ? String(event.reason) : undefined;
        if (this.#socket === socket) this.#socket = undefined;
        const waiters = this.#closedWaiters;
        this.#closedWaiters = [];
        for (const done of waiters) done();
        if (!opened) {
          if (settled) return;
          settled = true;
          const fatal = code !== undefined && this.#fatalCodes.has(code);
          reject({ code, reason, cause: this.#safeCause(lastError), fatal } satisfies Failure);
          return;
        }
        this.#onClosedAfterOpen(code, reason, lastError, Date.now() - openedAt);
      });
    });
  }

  #onClosedAfterOpen(
    code: number | undefined,
    reason: string | undefined,
    cause: unknown,
    openedFor: number,
  ): void {
    if (this.#state === 'closed') return;
    if (code === 1000) {
      this.#end(undefined);
      return;
    }
    const fatal = code !== undefined && this.#fatalCodes.has(code);
    const failure: Failure = { code, reason, cause: this.#safeCause(cause), fatal };
    if (openedFor >= STABLE_AFTER_MS) this.#retries = 0;
    if (fatal || this.#retries >= this.#maxRetries) {
      this.#end(this.#failureError(failure, true));
      return;
    }
    this.#state = 'reconnecting';
    this.#reconnects++;
    this.#backoff()
      .then(() => this.#openWithRetries())
      .then(
        () => undefined,
        (error: unknown) => this.#end(error instanceof WebSocketError ? error : toWebSocketError(error)),
      );
  }

  #decode(data: unknown): Event {
    let text: string | undefined;
    if (typeof data === 'string') text = data;
    else if (data instanceof ArrayBuffer) text = new TextDecoder().decode(data);
    else if (ArrayBuffer.isView(data)) text = new TextDecoder().decode(data);
    if (text === undefined) return unknownEvent(undefined, data);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      return unknownEvent(undefined, text);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return unknownEvent(undefined, parsed);
    const type = (parsed as { type?: unknown }).type;
    if (typeof type === 'string' && this.#known.has(type)) return this.#decodeEvent(type, parsed as Record<string, unknown>) as Event;
    return unknownEvent(typeof type === 'string' ? type : undefined, parsed);
  }

  #urlWithToken(): string {
    if (!this.#token) return this.url;
    return `${this.url}${this.url.includes('?') ? '&' : '?'}token=${encodeURIComponent(this.#token)}`;
  }

  /** The cause, unless it mentions the token as sent (in the URL, percent-encoded) or as given (see `safeCause`). */
  #safeCause(cause: unknown): unknown {
    const token = this.#token;
    return token ? safeCause(cause, [token, encodeURIComponent(token)]) : cause;
  }
}

function unknownEvent<Event>(eventType: string | undefined, raw: unknown): Event {
  return { type: 'unknown', eventType, raw } satisfies UnknownRealtimeEvent as unknown as Event;
}

function disconnectedError(): WebSocketError {
  return new WebSocketError('The stream was disconnected before it opened.');
}

function toWebSocketError(error: unknown): WebSocketError {
  if (error instanceof WebSocketError) return error;
  return new WebSocketError(error instanceof Error ? error.message : String(error), { cause: error });
}

function safeClose(socket: WebSocketLike): void {
  try {
    socket.close(1000, 'client disconnect');
  } catch {
    // already closing
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Client helper

/** A stream as the generated client describes it (from the spec's `x-websockets`). */
export interface StreamDescriptor {
  /** `resource.method`, for error messages. */
  readonly id: string;
  /** Path template with `{wire_name}` placeholders, relative to the client's base URL. */
  readonly path: string;
  /** Wire names of the path parameters, in positional order. */
  readonly pathParams: readonly string[];
  /** The server message types the SDK knows, each with the casing shape of its payload (or none). */
  readonly events: Readonly<Record<string, ShapeRef | null>>;
  readonly pingMessage?: string;
  readonly statusMessage?: string;
}

/** Opens (lazily: nothing is sent until used) the stream a descriptor names, on the client's host, with its key. */
export function openRealtimeStream<Event extends { readonly type: string }>(
  client: CoreClient,
  descriptor: StreamDescriptor,
  pathArgs: readonly unknown[],
  options?: RealtimeStreamOptions,
): RealtimeStream<Event | UnknownRealtimeEvent> {
  const { apiKey, options: clientOptions, config } = clientContext(client);
  if (!apiKey) throw missingKeyError(descriptor.id, config.clientName ?? 'Client', config.apiKeyEnvVar);
  let index = 0;
  const path = descriptor.path.replace(/\{([^}]+)\}/g, (_match, name: string) =>
    encodePathSegment(pathArgs[index++], name, descriptor.id),
  );
  return new RealtimeStream<Event | UnknownRealtimeEvent>({
    url: toWebSocketUrl(client.baseUrl, path),
    token: apiKey,
    knownTypes: Object.keys(descriptor.events),
    pingMessage: descriptor.pingMessage,
    statusMessage: descriptor.statusMessage,
    decode: (type, frame) => fromWire(frame, descriptor.events[type] ?? undefined),
    WebSocket: clientOptions.WebSocket,
    options,
    sleep: clientOptions._internal?.sleep ?? sleep,
    random: clientOptions._internal?.random ?? Math.random,
  });
}

/** `https://host/base` + `/path` → `wss://host/base/path` (`http:` → `ws:`; `ws:`/`wss:` kept). */
export function toWebSocketUrl(baseUrl: string, path: string): string {
  const url = new URL(baseUrl);
  if (url.protocol === 'https:') url.protocol = 'wss:';
  else if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new SDKError(`Cannot derive a WebSocket URL from baseUrl ${baseUrl}: expected http(s) or ws(s).`);
  }
  const base = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${base}${path.startsWith('/') ? '' : '/'}${path}`;
}

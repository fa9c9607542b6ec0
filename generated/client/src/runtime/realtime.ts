/**
 * Realtime (WebSocket) streams: `client.realtime.liveTranscript(callSid)` and
 * `client.realtime.campaignProgress(campaignId)`.
 *
 * ```ts
 * const stream = client.realtime.liveTranscript('CA123');
 * await stream.connect();            // optional: iterating connects too
 * for await (const event of stream) {
 *   if (event.type === 'transcript') console.log(event.data.speaker, event.data.content);
 *   if (event.type === 'call_status' && event.status === 'completed') break; // break disconnects
 * }
 * ```
 *
 * - The socket is `options.WebSocket` of the client, else `globalThis.WebSocket` (browsers, Node 22+, Deno, Bun),
 *   else the `ws` package, imported on first use (Node 20: `npm install ws`). The import specifier is not a string
 *   literal, so bundlers leave `ws` out of browser bundles.
 * - Auth: the API key goes in the `token` query parameter (what the server reads first, and the only way a browser
 *   socket can send it). `stream.url` never contains it.
 * - Events are the server's JSON frames, discriminated by `type`, with their keys as on the wire (these streams are
 *   not in the OpenAPI document, so there is no casing map; the fields match Burki's WebSocket docs). A frame whose
 *   `type` the SDK does not know, or that is not a JSON object, is yielded as `{ type: 'unknown', eventType, raw }`.
 * - A socket closed abnormally (any code but 1000, and not by `disconnect()`) is reopened with exponential backoff
 *   (full jitter, 0.5 s doubling up to 8 s). The initial connection is retried the same way. `maxRetries` (default 5)
 *   bounds consecutive failures: failed attempts, and sockets that dropped within 5 s of opening (a server that
 *   accepts and drops at once cannot make the stream loop); a socket that stayed open 5 s resets the count. Close
 *   codes in `fatalCloseCodes` (default 1008 = authentication / access denied, 4004 = campaign not found) end the
 *   stream without retrying. When the stream gives up, a pending `connect()` rejects and the iterator throws a
 *   `WebSocketError` (`code`, `reason` of the last close) once, after the events received before. After a reconnect
 *   the live-transcript server replays the call's status and stored transcripts.
 * - One consumer: events are queued until read, and each is yielded once.
 */
import { type BaseClient, realtimeContext, type RealtimeContext } from './client.js';
import { encodePathSegment } from './encoding.js';
import { BurkiError, WebSocketError } from './errors.js';
import { backoffMs } from './retry.js';
import type { OpenEnum } from './webhooks.js';

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
    'No WebSocket implementation found: this runtime has no global WebSocket. On Node 20 install the `ws` ' +
      'package (npm install ws), or pass one as the `WebSocket` client option.',
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

/** `{"type":"pong"}`, the answer to `sendPing()`. */
export interface PongEvent {
  type: 'pong';
  timestamp?: string | number;
}

/** Sent first on the live-transcript stream (and by the campaign stream as the SDK pages describe it). */
export interface ConnectionEstablishedEvent {
  type: 'connection_established';
  call_sid?: string;
  campaign_id?: number;
  timestamp: string;
  message?: string;
}

/** One transcript segment: stored ones right after connecting, then live ones. */
export interface TranscriptEvent {
  type: 'transcript';
  call_sid: string;
  /** ISO-8601 (UTC, possibly without a zone suffix). */
  timestamp: string;
  data: {
    content: string;
    speaker: OpenEnum<'user' | 'assistant'>;
    is_final: boolean;
    confidence: number;
    segment_start: number;
    segment_end: number;
    created_at: string;
  };
}

/**
 * The call's status: once after connecting and after `requestStatus()` (the stored status: `ongoing`, `completed`,
 * `failed`), and when it changes (`in-progress`, `completed`). `metadata` depends on which.
 */
export interface CallStatusEvent {
  type: 'call_status';
  call_sid: string;
  timestamp: string;
  status: OpenEnum<'ongoing' | 'in-progress' | 'completed' | 'failed'>;
  metadata: {
    assistant_id?: number;
    started_at?: string | null;
    duration?: number | null;
    to_phone_number?: string;
    customer_phone_number?: string;
    to_number?: string;
    from_number?: string;
    call_type?: OpenEnum<'inbound' | 'outbound'>;
    [key: string]: unknown;
  };
}

/** An error reported by the server; `authentication_failed` / `access_denied` are followed by a 1008 close. */
export interface RealtimeErrorEvent {
  type: 'error';
  call_sid?: string;
  campaign_id?: number;
  timestamp?: string | number;
  message: string;
  error?: OpenEnum<'authentication_failed' | 'access_denied'>;
}

/** Everything `client.realtime.liveTranscript(callSid)` yields. */
export type LiveTranscriptEvent =
  | ConnectionEstablishedEvent
  | TranscriptEvent
  | CallStatusEvent
  | RealtimeErrorEvent
  | PongEvent
  | UnknownRealtimeEvent;

/** Campaign counters as the campaign progress stream sends them. */
export interface CampaignProgressCounts {
  total_contacts: number;
  completed: number;
  failed: number;
  processing: number;
  pending: number;
  progress_percentage: number;
  success_rate: number;
}

/** An item of `recent_activity`. */
export interface CampaignActivity {
  execution_id: number;
  contact_phone: string;
  status: string;
  executed_at: string | null;
  call_id: number | null;
}

export interface CampaignProgressData {
  campaign_id: number;
  status: string;
  progress: CampaignProgressCounts;
  started_at: string | null;
  completed_at: string | null;
}

/** First frame of the campaign progress stream. `timestamp` is in epoch seconds. */
export interface CampaignConnectionAckEvent {
  type: 'connection_ack';
  campaign_id: number;
  timestamp: number;
}

/** The progress right after connecting, with recent activity. */
export interface CampaignInitialProgressEvent {
  type: 'initial_progress';
  data: CampaignProgressData & { recent_activity: CampaignActivity[] };
}

/** A progress change, and the answer to `requestStatus()`. */
export interface CampaignProgressUpdateEvent {
  type: 'progress_update';
  data: CampaignProgressData;
}

/** The answer to `requestHistory(hours)`. */
export interface CampaignMetricsHistoryEvent {
  type: 'metrics_history';
  data: Array<{ timestamp: string | number; completed: number; failed: number; success_rate: number }>;
}

/** `progress` as Burki's SDK pages describe the stream (the API reference describes `progress_update`). */
export interface CampaignProgressSummaryEvent {
  type: 'progress';
  campaign_id: number;
  timestamp: string | number;
  data: {
    total_contacts: number;
    completed_contacts: number;
    successful_contacts: number;
    failed_contacts: number;
    pending_contacts: number;
    success_rate: number;
  };
}

/** `contact_completed` as Burki's SDK pages describe it. */
export interface CampaignContactCompletedEvent {
  type: 'contact_completed';
  campaign_id?: number;
  timestamp?: string | number;
  data: {
    phone_number: string;
    name?: string | null;
    outcome: string;
    duration?: number | null;
    call_sid?: string;
  };
}

/** `campaign_completed` as Burki's SDK pages describe it. */
export interface CampaignCompletedEvent {
  type: 'campaign_completed';
  campaign_id?: number;
  timestamp?: string | number;
  data?: Record<string, unknown>;
}

/**
 * Everything `client.realtime.campaignProgress(id)` yields. Burki's API reference and its SDK pages describe two
 * different sets of frames for this stream; both are typed, the API reference's first.
 */
export type CampaignProgressEvent =
  | CampaignConnectionAckEvent
  | CampaignInitialProgressEvent
  | CampaignProgressUpdateEvent
  | CampaignMetricsHistoryEvent
  | PongEvent
  | ConnectionEstablishedEvent
  | CampaignProgressSummaryEvent
  | CampaignContactCompletedEvent
  | CampaignCompletedEvent
  | RealtimeErrorEvent
  | UnknownRealtimeEvent;

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
  /** The frame `requestStatus()` sends. */
  readonly statusRequest: Readonly<Record<string, unknown>>;
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
  readonly #statusRequest: Readonly<Record<string, unknown>>;
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
    this.#statusRequest = init.statusRequest;
    this.#WebSocket = init.WebSocket;
    const options = init.options ?? {};
    this.#maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#connectTimeout = options.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT_MS;
    this.#fatalCodes = new Set(options.fatalCloseCodes ?? DEFAULT_FATAL_CLOSE_CODES);
    this.#sleep = init.sleep ?? abortableSleep;
    this.#random = init.random ?? Math.random;
    if (!Number.isInteger(this.#maxRetries) || this.#maxRetries < 0) {
      throw new BurkiError(
        `The maxRetries option must be a non-negative integer, got ${String(options.maxRetries)}.`,
      );
    }
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

  /** Sends `{"type":"ping"}`; the server answers with a `pong` event. */
  sendPing(): void {
    this.send({ type: 'ping' });
  }

  /** Asks for the current status (`call_status` on the live transcript, `progress_update` for a campaign). */
  requestStatus(): void {
    this.send(this.#statusRequest);
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
          cause: this.#redactCause(error),
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
          reject({ code, reason, cause: this.#redactCause(lastError), fatal } satisfies Failure);
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
    const failure: Failure = { code, reason, cause: this.#redactCause(cause), fatal };
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
    if (typeof type === 'string' && this.#known.has(type)) return parsed as Event;
    return unknownEvent(typeof type === 'string' ? type : undefined, parsed);
  }

  #urlWithToken(): string {
    if (!this.#token) return this.url;
    return `${this.url}${this.url.includes('?') ? '&' : '?'}token=${encodeURIComponent(this.#token)}`;
  }

  #redactCause(cause: unknown): unknown {
    const token = this.#token;
    if (!token || token.length < 4 || cause === undefined) return cause;
    const strip = (text: string): string =>
      text.split(token).join('[redacted]').split(encodeURIComponent(token)).join('[redacted]');
    if (cause instanceof Error) {
      const text = `${cause.message}\n${cause.stack ?? ''}`;
      if (!text.includes(token) && !text.includes(encodeURIComponent(token))) return cause;
      const copy = new Error(strip(cause.message));
      copy.name = cause.name;
      copy.stack = strip(cause.stack ?? '');
      return copy;
    }
    return typeof cause === 'string' ? strip(cause) : cause;
  }
}

/** The campaign progress stream: also `requestHistory(hours)`. */
export class CampaignProgressStream extends RealtimeStream<CampaignProgressEvent> {
  /** Asks for `metrics_history` over the last `hours` (default 24). */
  requestHistory(hours = 24): void {
    this.send({ type: 'request_history', hours });
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

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new WebSocketError('aborted'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new WebSocketError('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Client helper

const LIVE_TRANSCRIPT_TYPES = [
  'connection_established',
  'transcript',
  'call_status',
  'error',
  'pong',
] as const;
const CAMPAIGN_TYPES = [
  'connection_ack',
  'initial_progress',
  'progress_update',
  'metrics_history',
  'pong',
  'connection_established',
  'progress',
  'contact_completed',
  'campaign_completed',
  'error',
] as const;

/**
 * `client.realtime`: opens Burki's WebSocket streams on the client's host (`https:` → `wss:`, `http:` → `ws:`, any
 * base path kept) with the client's API key as `?token=`.
 */
export class Realtime {
  readonly #client: BaseClient;

  constructor(client: BaseClient) {
    this.#client = client;
  }

  /** Live transcript and status of a call: `wss://<host>/live-transcript/{call_sid}`. Nothing is sent until used. */
  liveTranscript(callSid: string, options?: RealtimeStreamOptions): RealtimeStream<LiveTranscriptEvent> {
    const path = `/live-transcript/${encodePathSegment(callSid, 'call_sid', 'realtime.liveTranscript')}`;
    return new RealtimeStream<LiveTranscriptEvent>(
      this.#init(path, 'realtime.liveTranscript', LIVE_TRANSCRIPT_TYPES, { type: 'request_status' }, options),
    );
  }

  /** Progress of a campaign: `wss://<host>/ws/campaigns/{campaign_id}/progress`. Nothing is sent until used. */
  campaignProgress(campaignId: number | string, options?: RealtimeStreamOptions): CampaignProgressStream {
    const id = encodePathSegment(campaignId, 'campaign_id', 'realtime.campaignProgress');
    return new CampaignProgressStream(
      this.#init(
        `/ws/campaigns/${id}/progress`,
        'realtime.campaignProgress',
        CAMPAIGN_TYPES,
        { type: 'request_update' },
        options,
      ),
    );
  }

  /** The `ws:`/`wss:` URL of a path on the client's host (no token). */
  url(path: string): string {
    return toWebSocketUrl(this.#client.baseUrl, path);
  }

  #init(
    path: string,
    operation: string,
    knownTypes: readonly string[],
    statusRequest: Readonly<Record<string, unknown>>,
    options: RealtimeStreamOptions | undefined,
  ): RealtimeStreamInit {
    const context: RealtimeContext = realtimeContext(this.#client);
    if (!context.apiKey) {
      throw new BurkiError(
        `${operation} requires an API key, and none was given. Pass it as \`new ${context.clientName}({ apiKey: '...' })\`` +
          (context.apiKeyEnvVar ? ` or set the ${context.apiKeyEnvVar} environment variable.` : '.'),
      );
    }
    return {
      url: this.url(path),
      token: context.apiKey,
      knownTypes,
      statusRequest,
      WebSocket: context.WebSocket,
      options,
      sleep: context.sleep,
      random: context.random,
    };
  }
}

/** `https://host/base` + `/path` → `wss://host/base/path` (`http:` → `ws:`; `ws:`/`wss:` kept). */
export function toWebSocketUrl(baseUrl: string, path: string): string {
  const url = new URL(baseUrl);
  if (url.protocol === 'https:') url.protocol = 'wss:';
  else if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new BurkiError(`Cannot derive a WebSocket URL from baseUrl ${baseUrl}: expected http(s) or ws(s).`);
  }
  const base = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${base}${path.startsWith('/') ? '' : '/'}${path}`;
}

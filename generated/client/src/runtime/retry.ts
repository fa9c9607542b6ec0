/**
 * Retry policy: which failures are retried and how long to wait between attempts.
 */
import { APIUserAbortError, parseRetryAfterSeconds } from './errors.js';

export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;
/** Upper bound for a server-requested delay (`Retry-After`, `retry-after-ms`). */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Whether a request may be retried at all: an idempotent method, or a POST/PATCH carrying an `Idempotency-Key`. */
export function isRetryableRequest(method: string, headers: Headers): boolean {
  return /^(GET|HEAD|PUT|DELETE|OPTIONS)$/i.test(method) || headers.has('idempotency-key');
}

/** Statuses worth retrying: 408 Request Timeout, 409 Conflict (lock contention), 429, and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Server-requested delay in ms from `retry-after-ms` (preferred) or `Retry-After` (seconds or HTTP-date),
 * capped at 60 s; `undefined` when neither header is usable.
 */
export function retryAfterMs(headers: Headers | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return Math.min(value, MAX_RETRY_AFTER_MS);
  }
  const seconds = parseRetryAfterSeconds(headers.get('retry-after'), now);
  if (seconds !== undefined && Number.isFinite(seconds)) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  return undefined;
}

/**
 * Exponential backoff with full jitter: a uniformly random delay in [0, min(8 s, 0.5 s · 2^retryIndex)),
 * where `retryIndex` is 0 before the first retry. `random` returns a number in [0, 1).
 */
export function backoffMs(retryIndex: number, random: () => number): number {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, INITIAL_RETRY_DELAY_MS * 2 ** Math.max(0, retryIndex));
  const factor = Math.min(Math.max(random(), 0), 1);
  return factor * ceiling;
}

/** The delay before retry number `retryIndex` (0-based): the server's request when present, else backoff. */
export function retryDelayMs(
  retryIndex: number,
  headers: Headers | undefined,
  random: () => number,
  now: number,
): number {
  return retryAfterMs(headers, now) ?? backoffMs(retryIndex, random);
}

/** Waits `ms`, or rejects with `APIUserAbortError` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new APIUserAbortError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

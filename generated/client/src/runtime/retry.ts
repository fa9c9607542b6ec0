/**
 * Retry policy: which failures are retried and how long to wait between attempts.
 */
import { APIConnectionError, APIError, APIUserAbortError, parseRetryAfterSeconds, type SDKError } from './errors.js';

export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;
/** Upper bound for a server-requested delay (`Retry-After`, `retry-after-ms`). */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Whether a request may be retried at all: an idempotent method, or a POST/PATCH carrying an `Idempotency-Key`. */
export function isRetryableRequest(method: string, headers: Headers): boolean {
  return /^(GET|HEAD|PUT|DELETE|OPTIONS)$/i.test(method) || headers.has('idempotency-key');
}

/**
 * The delay in ms before retrying after `failure` (`retryIndex`: 0 before the first retry), or `undefined` when it
 * is not worth retrying. Retried: no response (connection errors and timeouts), and the statuses 408 Request
 * Timeout, 409 Conflict (lock contention), 429 and every 5xx, after the delay the server asks for, if any.
 */
export function retryDelayMs(failure: SDKError, retryIndex: number, random: () => number, now: number): number | undefined {
  if (failure instanceof APIConnectionError) return backoffMs(retryIndex, random);
  if (!(failure instanceof APIError)) return undefined;
  const status = failure.status;
  if (status !== 408 && status !== 409 && status !== 429 && status < 500) return undefined;
  return retryAfterMs(failure.headers, now) ?? backoffMs(retryIndex, random);
}

/**
 * Server-requested delay in ms from `retry-after-ms` (preferred) or `Retry-After` (seconds or HTTP-date),
 * capped at 60 s; `undefined` when neither header is usable.
 */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  // `|| NaN`: an empty header is no number (`Number('')` is 0).
  const ms = Number(headers.get('retry-after-ms')?.trim() || NaN);
  const delay = ms >= 0 && ms < Infinity ? ms : (parseRetryAfterSeconds(headers.get('retry-after'), now) ?? NaN) * 1000;
  return delay >= 0 && delay < Infinity ? Math.min(delay, MAX_RETRY_AFTER_MS) : undefined;
}

/**
 * Exponential backoff with full jitter: a uniformly random delay in [0, min(8 s, 0.5 s · 2^retryIndex)),
 * where `retryIndex` is 0 before the first retry. `random` returns a number in [0, 1).
 */
export function backoffMs(retryIndex: number, random: () => number): number {
  return random() * Math.min(MAX_RETRY_DELAY_MS, INITIAL_RETRY_DELAY_MS * 2 ** retryIndex);
}

/** Waits `ms`, or rejects with `APIUserAbortError` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

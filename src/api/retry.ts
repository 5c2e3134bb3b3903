import type { ApiError } from './errors.ts';

export interface RetryPolicy {
  /** Retries after the first try. */
  retries: number;
  baseMs: number;
  capMs: number;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

// Rejects as fetch does, with the signal's own reason: lib.dom types it `any`, but it is the
// AbortError DOMException that abort() without an argument sets, and no aborter here passes one.
export const abortableSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Bounds on a wait the server asks for (Retry-After), decided for #13 F14:
 * - floor 1 s: a Retry-After of 0, or a date already past, must not become a tight loop;
 * - ceiling 5 min in general, and for a submission never past the attempt's deadline + grace
 *   (the caller passes `ceilingMs`; see the store), so a server that says "come back in an hour"
 *   cannot make the participant miss the time the server itself still accepts.
 * The computed backoff (no Retry-After) is bounded by the policy: at least baseMs / 2, at most capMs.
 */
export const RETRY_FLOOR_MS = 1000;
export const RETRY_CEILING_MS = 5 * 60_000;

/**
 * Capped exponential backoff with "equal jitter" (half fixed, half random), so a thousand
 * phones that lost signal together do not come back in the same second. A server's
 * Retry-After wins over the computed delay, within the bounds above. `serverNow` (the
 * server-anchored clock) turns a Retry-After date into a wait; without it, such a date is
 * ignored and the computed backoff is used.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, error?: ApiError, ceilingMs = RETRY_CEILING_MS, serverNow?: number): number {
  const asked = error?.retryAfterMs ?? (error?.retryAt !== undefined && serverNow !== undefined ? error.retryAt - serverNow : undefined);
  if (asked !== undefined) return Math.max(RETRY_FLOOR_MS, Math.min(asked, ceilingMs));
  const exp = Math.min(policy.capMs, ceilingMs, policy.baseMs * 2 ** attempt);
  return exp / 2 + (policy.random ?? Math.random)() * (exp / 2);
}

/**
 * Run `task` until it succeeds, fails with a non-retryable error, or retries run out. `onWait` hears
 * each wait before it starts (the store shows a countdown to the next try, #14).
 */
export async function withRetry<T>(task: () => Promise<T>, policy: RetryPolicy, signal?: AbortSignal, onWait?: (ms: number) => void): Promise<T> {
  const sleep = policy.sleep ?? abortableSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (e) {
      const error = e as ApiError;
      if (!error.retryable || attempt >= policy.retries || signal?.aborted) throw e;
      const ms = backoffDelay(attempt, policy, error);
      onWait?.(ms);
      await sleep(ms, signal);
    }
  }
}

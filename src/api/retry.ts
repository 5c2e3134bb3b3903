import type { ApiError } from './errors.ts';

export interface RetryPolicy {
  /** Retries after the first try. */
  retries: number;
  baseMs: number;
  capMs: number;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const abortableSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Capped exponential backoff with "equal jitter" (half fixed, half random), so a thousand
 * phones that lost signal together do not come back in the same second. A server's
 * Retry-After wins over the computed delay.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, error?: ApiError): number {
  if (error?.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, 10 * 60_000);
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return exp / 2 + (policy.random ?? Math.random)() * (exp / 2);
}

/** Run `task` until it succeeds, fails with a non-retryable error, or retries run out. */
export async function withRetry<T>(
  task: () => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
): Promise<T> {
  const sleep = policy.sleep ?? abortableSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (e) {
      const error = e as ApiError;
      if (!error.retryable || attempt >= policy.retries || signal?.aborted) throw e;
      await sleep(backoffDelay(attempt, policy, error), signal);
    }
  }
}

import type { ErrorCode } from '../contract/schemas.ts';

/** Failures that are not a server error code. */
export type TransportFailure = 'network' | 'timeout' | 'invalid-response' | 'http';

/** Every failure the element can show: the contract's codes plus transport failures and local ones. */
export type FailureCode = ErrorCode | TransportFailure | 'storage';

/** A typed failure from the api client. Never thrown for a 2xx with a valid body. */
export class ApiError extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly status = 0,
    readonly fields: Record<string, string> = {},
    /** Milliseconds the server asked us to wait (Retry-After), when it did. */
    readonly retryAfterMs?: number,
    /** For `invalid-response`: where the body breaks the contract (`attempt.deadline`; '' for the body itself) and what was expected there. */
    readonly where?: { path: string; message: string },
    /**
     * When the server asked us to come back, on the server's clock (epoch ms): a Retry-After date
     * that could not be read against the response's own Date header. Whoever holds the server
     * clock (the store) turns it into a wait; the device's clock is never used for it.
     */
    readonly retryAt?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Worth sending again unchanged: the request may not have been applied, or the server asked us to wait. */
  get retryable(): boolean {
    return (
      this.code === 'network' ||
      this.code === 'timeout' ||
      this.code === 'rate_limited' ||
      this.code === 'idempotency_in_progress' ||
      (this.status >= 500 && this.code !== 'invalid-response')
    );
  }
}

/**
 * Parse a Retry-After header: delta seconds, or an HTTP date. A date is the server's clock, so it
 * is read against the response's `Date` header (the same clock), never the device's, which may
 * be hours off (#13 F14: a device 2 h fast read "in 30 s" as long past and retried at once, 806
 * times in 5 s). Returns `{ ms }` for a wait, `{ at }` for a server instant when there is no
 * readable `Date` (cross-origin without it exposed), or undefined.
 */
export function parseRetryAfter(value: string | null, serverDate: string | null): { ms: number } | { at: number } | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return { ms: Number(v) * 1000 };
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  const now = serverDate ? Date.parse(serverDate) : NaN;
  return Number.isNaN(now) ? { at } : { ms: Math.max(0, at - now) };
}

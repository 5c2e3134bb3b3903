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

/** Parse a Retry-After header: delta seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

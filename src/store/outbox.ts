/**
 * The submission outbox's rules: which refusals are final, and when a passing failure is sent
 * again. One reason to change: how a sealed submission is retried. The store holds the entry (it
 * is written with the draft) and orders the sends; this decides what a failure means.
 */
import { ApiError } from '../api/errors.ts';
import { backoffDelay } from '../api/retry.ts';

/**
 * Submission refusals that sending again can never turn into an acceptance: the participant
 * keeps a copy for the organisers and the device moves on. Any other refusal (401, a WAF's 403,
 * a proxy's 413, a 400…) may pass once the participant logs in again or the organisers fix it:
 * "Gửi lại" is offered, and a reload tries once more.
 */
const FINAL: readonly string[] = ['attempt_expired', 'attempt_not_found', 'already_submitted', 'idempotency_mismatch'];

/** Whether a refusal (its code) is one of those final ones. */
export const isFinal = (code: string | undefined): boolean => FINAL.includes(code ?? '');

/** Outbox retries: 2 s, 4 s, 8 s… up to a minute, each with jitter. */
const SUBMIT_BACKOFF = { retries: Infinity, baseMs: 2000, capMs: 60_000 };

/**
 * Whether the same entry is sent again by itself: a passing failure, or a garbled answer (a captive
 * portal's login page, a proxy) that may hide an applied submission: with the same key, sending
 * again is safe and replays the result.
 */
export const sendsAgain = (e: unknown): e is ApiError => e instanceof ApiError && (e.retryable || e.code === 'invalid-response');

/**
 * The wait before the next send: capped exponential backoff with jitter, unless the server said
 * when (Retry-After, read on the server's clock); never past the deadline + grace, the last moment
 * the server accepts (#13 F14). `now` is the server-anchored clock's.
 */
export function nextSendIn(failures: number, e: ApiError, deadline: string, graceSeconds: number, now: number): number {
  const lastChance = Date.parse(deadline) + graceSeconds * 1000 - now - 2000;
  return backoffDelay(failures, SUBMIT_BACKOFF, e, lastChance > 0 ? lastChance : undefined, now);
}

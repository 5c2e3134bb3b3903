/** The error envelope and its stable codes. */
import * as z from 'zod/mini';
import { count, LIMITS, list, most, optional } from './common.ts';

/** Stable error codes; the element shows each in plain language with what to do next. */
export const ErrorCode = z.literal([
  'contest_not_open',
  'contest_closed',
  'attempts_exhausted',
  'invalid_participant',
  'attempt_not_found',
  'attempt_expired',
  'already_submitted',
  'stale_revision',
  'rate_limited',
  'idempotency_in_progress',
  'idempotency_mismatch',
  'captcha_required',
  'unauthorized',
  'bad_request',
  'internal',
]);

export const ErrorEnvelope = z.object({
  error: z.object({
    code: ErrorCode,
    /** For logs and backend teams; the element shows its own localised text. */
    message: z.string().check(most(LIMITS.text)),
    /** Per-field problems for `invalid_participant`: `field` is a `Participant` property. */
    fields: optional(list(z.object({ field: z.string().check(most(LIMITS.id)), message: z.string().check(most(LIMITS.text)) }), LIMITS.problems)),
    retryAfterSeconds: optional(count),
  }),
});

export type ErrorCode = z.infer<typeof ErrorCode>;
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

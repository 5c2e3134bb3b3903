/**
 * The calls a receipt advertises (receipt.ts says what a verification shows and why):
 * `GET {endpoint}/verifications/{code}` and `POST {endpoint}/verifications/lookup`.
 */
import * as z from 'zod/mini';
import { count, id, instant, optional, positive, shortText, timed } from './common.ts';
import { RECEIPT_CODE } from './receipt.ts';

/** What a verification tells: the certificate's facts, masked (receipt.ts says why these). */
export const Verification = z.object({
  code: RECEIPT_CODE,
  /** Absent once the organiser's retention has deleted the participant's personal data. */
  fullName: optional(shortText),
  unit: optional(shortText),
  /** The citizen id masked to its last 3 digits, e.g. `*********234`. */
  citizenId: optional(z.string().check(z.regex(/^\*{3,12}\d{3}$/, 'masked: asterisks then the last 3 digits'))),
  roundId: optional(id),
  round: optional(shortText),
  number: positive,
  submittedAt: instant,
  status: z.literal(['graded', 'announced-later']),
  correctCount: optional(count),
  questionCount: optional(positive),
  score: optional(z.number().check(z.minimum(0))),
  maxScore: optional(z.number().check(z.minimum(0))),
});

export const VerificationResponse = z.object({ ...timed, verification: Verification });

/** `POST /verifications/lookup`: who asks. Both must match what the participant registered with. */
export const LookupRequest = z.object({
  citizenId: z.string().check(z.regex(/^(\d{9}|\d{12})$/, '9 or 12 digits')),
  birthDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')),
});

/**
 * The participant's submitted attempts, newest first. The same answer (200, an empty list)
 * whether nobody has that citizen id, the birth date is wrong, or the person has not submitted:
 * a lookup never tells whether someone took part.
 */
export const LookupResponse = z.object({ ...timed, attempts: z.array(Verification) });

export type Verification = z.infer<typeof Verification>;
export type VerificationResponse = z.infer<typeof VerificationResponse>;
export type LookupRequest = z.infer<typeof LookupRequest>;
export type LookupResponse = z.infer<typeof LookupResponse>;

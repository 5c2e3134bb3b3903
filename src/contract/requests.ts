/** What the element sends. The element builds these itself; the server validates them. */
import * as z from 'zod/mini';
import { count, id, LIMITS, list, most, shortText } from './common.ts';

export const Gender = z.literal(['male', 'female', 'other']);

/** What the participant registers with; which keys are present depends on `registration.fields`. */
export const Participant = z.object({
  fullName: z.optional(shortText),
  /** Calendar date `YYYY-MM-DD`. */
  birthDate: z.optional(z.iso.date()),
  gender: z.optional(Gender),
  // 12 digits (CCCD) or 9 (the older CMND, held by most people in 2020).
  citizenId: z.optional(z.string().check(z.regex(/^(\d{9}|\d{12})$/))),
  phone: z.optional(z.string().check(z.regex(/^0\d{9}$/))),
  email: z.optional(z.email()),
  unitId: z.optional(id),
  districtId: z.optional(id),
  communeId: z.optional(id),
  /** The participant agreed to the processing of their personal data. Must be true. */
  consent: z.literal(true),
});

export const StartAttemptRequest = z.object({
  participant: Participant,
  roundId: z.optional(id),
  practice: z.optional(z.boolean()),
  captchaToken: z.optional(z.string().check(most(10_000))),
});

export const AnswerEntry = z.object({
  questionId: id,
  optionIds: list(id, LIMITS.options),
});

export const SaveAnswersRequest = z.object({
  revision: count,
  answers: list(AnswerEntry, LIMITS.questions),
  prediction: z.nullable(count),
});

export const SubmissionRequest = z.object({
  answers: list(AnswerEntry, LIMITS.questions),
  prediction: z.nullable(count),
  /** Why it was sent: the participant confirmed, or the time ran out. */
  reason: z.literal(['confirmed', 'time-up']),
});

export type Gender = z.infer<typeof Gender>;
export type Participant = z.infer<typeof Participant>;
export type StartAttemptRequest = z.infer<typeof StartAttemptRequest>;
export type AnswerEntry = z.infer<typeof AnswerEntry>;
export type SaveAnswersRequest = z.infer<typeof SaveAnswersRequest>;
export type SubmissionRequest = z.infer<typeof SubmissionRequest>;

/** `POST {endpoint}/attempts` and `PUT …/answers`: what the server answers. */
import * as z from 'zod/mini';
import { count, id, instant, LIMITS, list, optional, positive, seconds, text, timed } from './common.ts';

export const Option = z.object({ id, text });

/**
 * A question as the exam shows it. In contest mode the server sends no correct answers;
 * unknown keys are stripped by the schema, so none could reach storage even if it did.
 */
export const AttemptQuestion = z.object({
  id,
  text,
  kind: z.literal(['single', 'multiple']),
  options: list(Option, LIMITS.options).check(z.minLength(2)),
});

export const Attempt = z.object({
  id,
  /** 1-based attempt number of this participant. */
  number: positive,
  /** null = unlimited. */
  attemptsLeft: z.nullable(count),
  practice: z.boolean(),
  roundId: optional(id),
  startedAt: instant,
  /** When the exam time ends, extra time included. */
  deadline: instant,
  /** Extra time granted to this participant (accessibility), already in `deadline`. */
  extraTimeSeconds: optional(seconds),
  questions: list(AttemptQuestion, LIMITS.questions).check(z.minLength(1)),
});

/**
 * A new attempt's deadline must lie after the response's serverTime and within
 * `LIMITS.seconds` of it (#13 F5). Decided: such an attempt is refused as malformed (the
 * participant is told the server's answer is invalid, and a retry replays the same start),
 * rather than shown: an exam whose time is already up would be submitted blank at once, and
 * guessing a deadline from the contest's time limit would let the participant answer an
 * attempt the server then refuses as expired.
 */
export const StartAttemptResponse = z.object({ ...timed, attempt: Attempt }).check(
  z.check((ctx) => {
    const left = Date.parse(ctx.value.attempt.deadline) - Date.parse(ctx.value.serverTime);
    if (left <= 0 || left > LIMITS.seconds * 1000) {
      const message = `a deadline after serverTime, at most ${LIMITS.seconds} s later`;
      ctx.issues.push({ code: 'custom', message, input: ctx.value.attempt.deadline, path: ['attempt', 'deadline'] });
    }
  }),
);

export const SaveAnswersResponse = z.object({ ...timed, revision: count });

export type Option = z.infer<typeof Option>;
export type AttemptQuestion = z.infer<typeof AttemptQuestion>;
export type Attempt = z.infer<typeof Attempt>;
export type StartAttemptResponse = z.infer<typeof StartAttemptResponse>;
export type SaveAnswersResponse = z.infer<typeof SaveAnswersResponse>;

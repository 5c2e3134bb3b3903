/** `POST {endpoint}/attempts` and `PUT …/answers`: what the server answers. */
import * as z from 'zod/mini';
import { count, id, instant, optional, positive, text, timed } from './common.ts';

export const Option = z.object({ id, text });

/**
 * A question as the exam shows it. In contest mode the server sends no correct answers;
 * unknown keys are stripped by the schema, so none could reach storage even if it did.
 */
export const AttemptQuestion = z.object({
  id,
  text,
  kind: z.literal(['single', 'multiple']),
  options: z.array(Option).check(z.minLength(2), z.maxLength(10)),
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
  extraTimeSeconds: optional(count),
  questions: z.array(AttemptQuestion).check(z.minLength(1)),
});

export const StartAttemptResponse = z.object({ ...timed, attempt: Attempt });

export const SaveAnswersResponse = z.object({ ...timed, revision: count });

export type Option = z.infer<typeof Option>;
export type AttemptQuestion = z.infer<typeof AttemptQuestion>;
export type Attempt = z.infer<typeof Attempt>;
export type StartAttemptResponse = z.infer<typeof StartAttemptResponse>;
export type SaveAnswersResponse = z.infer<typeof SaveAnswersResponse>;

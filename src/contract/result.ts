/** `POST {endpoint}/attempts/{id}/submission`: the result. */
import * as z from 'zod/mini';
import { count, id, instant, LIMITS, list, optional, positive, text, timed } from './common.ts';
import { Receipt } from './receipt.ts';

const resultBase = {
  attemptId: id,
  number: positive,
  attemptsLeft: z.nullable(count),
  submittedAt: instant,
  durationSeconds: count,
  /** Proof of participation, when the backend issues it (receipt.ts). */
  receipt: optional(Receipt),
};

export const ReviewItem = z.object({
  questionId: id,
  correctOptionIds: list(id, LIMITS.options),
  chosenOptionIds: list(id, LIMITS.options),
  explanation: optional(text),
});

export const GradedResult = z.object({
  ...resultBase,
  status: z.literal('graded'),
  correctCount: count,
  questionCount: positive,
  score: z.number().check(z.minimum(0)),
  maxScore: z.number().check(z.minimum(0)),
  review: optional(list(ReviewItem, LIMITS.questions)),
});

export const AnnouncedLaterResult = z.object({
  ...resultBase,
  status: z.literal('announced-later'),
});

// A plain union: the literal `status` already tells the two apart, and zod's discriminatedUnion costs 0.5 KB more.
// Its message is what the element's console says of a result that is neither (the checker names the field).
export const AttemptResult = z.union(
  [GradedResult, AnnouncedLaterResult],
  'a graded result (status, correctCount, questionCount, score, maxScore…) or an announced-later one',
);
export const SubmissionResponse = z.object({ ...timed, result: AttemptResult });

export type ReviewItem = z.infer<typeof ReviewItem>;
export type GradedResult = z.infer<typeof GradedResult>;
export type AttemptResult = z.infer<typeof AttemptResult>;
export type SubmissionResponse = z.infer<typeof SubmissionResponse>;

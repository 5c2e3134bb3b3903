/** `GET {endpoint}/bank` and `GET {endpoint}/leaderboard`. */
import * as z from 'zod/mini';
import { count, id, instant, positive, shortText, text, timed } from './common.ts';
import { AttemptQuestion } from './attempt.ts';


export const Topic = z.object({ id, name: shortText });

export const BankQuestion = z.object({
  ...AttemptQuestion.shape,
  topicId: id,
  /** Present only when the organiser published the answers. */
  correctOptionIds: z.optional(z.array(id)),
  explanation: z.optional(text),
});

export const BankResponse = z.object({
  ...timed,
  answersPublished: z.boolean(),
  topics: z.array(Topic),
  questions: z.array(BankQuestion),
});

export const LeaderboardResponse = z.object({
  ...timed,
  roundId: z.optional(id),
  totalParticipants: count,
  totalAttempts: count,
  individuals: z.array(
    z.object({
      rank: positive,
      /** Masked by the server, e.g. "Nguyễn V. A." */
      name: shortText,
      unit: z.optional(shortText),
      score: z.number(),
      maxScore: z.number(),
      durationSeconds: count,
      predictionDistance: z.optional(z.number()),
    }),
  ),
  units: z.array(z.object({ rank: positive, unitId: id, name: shortText, participants: count })),
});

export type Topic = z.infer<typeof Topic>;
export type BankQuestion = z.infer<typeof BankQuestion>;
export type BankResponse = z.infer<typeof BankResponse>;
export type LeaderboardResponse = z.infer<typeof LeaderboardResponse>;

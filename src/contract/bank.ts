/** `GET {endpoint}/bank` and `GET {endpoint}/leaderboard`. */
import * as z from 'zod/mini';
import { count, id, instant, LIMITS, list, optional, positive, shortText, text, timed } from './common.ts';
import { AttemptQuestion } from './attempt.ts';

export const Topic = z.object({ id, name: shortText });

export const BankQuestion = z.object({
  ...AttemptQuestion.shape,
  topicId: id,
  /** Present only when the organiser published the answers. */
  correctOptionIds: optional(list(id, LIMITS.options)),
  explanation: optional(text),
  /**
   * Where the answer comes from, e.g. "Khoản 1 Điều 3 Nghị định 61/2018/NĐ-CP"; shown under the
   * explanation as "Căn cứ: …". Present only with the answers.
   */
  source: optional(text),
});

export const BankResponse = z.object({
  ...timed,
  answersPublished: z.boolean(),
  topics: list(Topic, LIMITS.topics),
  questions: list(BankQuestion, LIMITS.bank),
});

/**
 * `GET {endpoint}/leaderboard[?round={roundId}]`. Practice attempts never count. With
 * `round`, everything below (rows, the number of perfect scores predictions are measured
 * against, units, totals) covers only the attempts of that round; an unknown round is 404.
 */
export const LeaderboardResponse = z.object({
  ...timed,
  /**
   * When this ranking was computed. A server may keep the leaderboard precomputed and
   * refresh it every few seconds rather than rank on every request; absent: just now.
   */
  asOf: optional(instant),
  /** The round asked for with `?round=`; absent for the whole contest. */
  roundId: optional(id),
  /** Distinct participants with a submitted attempt (in the round, with `?round=`). */
  totalParticipants: count,
  /** Submitted attempts. */
  totalAttempts: count,
  /**
   * The top participants (20 in the reference backend), one row each for the attempt that
   * counts (`exam.attempts.counting`), ordered by score, then `predictionDistance` (absent
   * ranks last), then `durationSeconds`, then the earlier submission.
   */
  individuals: list(
    z.object({
      rank: positive,
      /** Masked by the server, e.g. "Nguyễn V. A." */
      name: shortText,
      unit: optional(shortText),
      score: z.number(),
      maxScore: z.number(),
      durationSeconds: count,
      predictionDistance: optional(z.number()),
    }),
    LIMITS.rows,
  ),
  /** Units by participation: distinct participants who submitted, most first; equal numbers by name. */
  /**
   * Units by participation. With `rate` (participants ÷ the unit's staff count, when the organiser
   * gave it), ranked by it, as rules that award the collective prize by participation rate say;
   * units without a staff count follow, by head count. Without any `rate`: by head count.
   */
  units: list(z.object({ rank: positive, unitId: id, name: shortText, participants: count, rate: optional(z.number().check(z.minimum(0))) }), LIMITS.units),
});

export type Topic = z.infer<typeof Topic>;
export type BankQuestion = z.infer<typeof BankQuestion>;
export type BankResponse = z.infer<typeof BankResponse>;
export type LeaderboardResponse = z.infer<typeof LeaderboardResponse>;

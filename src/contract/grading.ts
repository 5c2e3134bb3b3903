/**
 * Server-side grading and ranking, as a pure module that backends written in Node (and
 * the demo's reference backend) can import. The widget never imports it: grading is the
 * server's, and a test asserts that no built bundle contains it.
 */
import type { AnswerEntry } from './requests.ts';
import type { AttemptResult } from './result.ts';

/** A question with its key, as only the server has it. */
export interface KeyedQuestion {
  id: string;
  correctOptionIds: readonly string[];
}

export interface Graded {
  correctCount: number;
  questionCount: number;
}

/** A question counts as correct only when exactly the correct options are chosen. */
export function isCorrect(correct: readonly string[], chosen: readonly string[]): boolean {
  if (correct.length !== chosen.length) return false;
  const set = new Set(chosen);
  return correct.every((id) => set.has(id));
}

export function grade(questions: readonly KeyedQuestion[], answers: ReadonlyMap<string, readonly string[]>): Graded {
  let correctCount = 0;
  for (const q of questions) if (isCorrect(q.correctOptionIds, answers.get(q.id) ?? [])) correctCount++;
  return { correctCount, questionCount: questions.length };
}

/** Score on the contest's scale (e.g. out of 20), rounded to two decimals. */
export function score(g: Graded, maxScore: number): number {
  return Math.round((g.correctCount / g.questionCount) * maxScore * 100) / 100;
}

export interface RankedEntry {
  score: number;
  /** |prediction − actual|; null when the participant made no prediction (ranks last on this criterion). */
  predictionDistance: number | null;
  durationSeconds: number;
  /** Epoch milliseconds of the submission. */
  submittedAt: number;
}

/**
 * The usual order of Vietnamese contest rules: higher score, then the prediction closest
 * to the actual figure, then the shorter time, then the earlier submission.
 */
export function compareEntries(a: RankedEntry, b: RankedEntry): number {
  return (
    b.score - a.score ||
    (a.predictionDistance ?? Infinity) - (b.predictionDistance ?? Infinity) ||
    a.durationSeconds - b.durationSeconds ||
    a.submittedAt - b.submittedAt
  );
}

/** Mask a full name for public lists: "Nguyễn Văn An" → "Nguyễn V. A." */
export function maskName(fullName: string): string {
  // NFC first: a name typed with combining accents ("A\u0301nh") keeps the accent of its initial ("Á.").
  const [family, ...rest] = fullName.normalize('NFC').trim().split(/\s+/);
  return [family, ...rest.map((w) => `${[...w][0]}.`)].join(' ');
}

/** What marking a submitted attempt needs. */
export interface MarkInput {
  attempt: { id: string; number: number; attemptsLeft: number | null; practice: boolean; startedAt: number; deadline: number };
  /** The attempt's questions with their keys (ids as the participant saw them), and explanations for the review. */
  questions: readonly (KeyedQuestion & { explanation?: string })[];
  answers: readonly AnswerEntry[];
  exam: { questionCount: number; result: 'score' | 'review' | 'after-close' };
  /** When the submission was accepted, epoch ms (the server's clock). */
  now: number;
  /** How the server writes instants, e.g. `2020-09-21T09:30:00+07:00`. */
  instant: (ms: number) => string;
}

export interface Marked {
  result: AttemptResult;
  graded: Graded;
  /** The score on the contest's scale, kept even when the participant is told "announced later". */
  score: number;
  maxScore: number;
  durationSeconds: number;
}

/**
 * The result of a submitted attempt as the contract defines it: the score out of the
 * question count; the time from the start to the submission (capped at the deadline);
 * "announced later" when the contest says so (never for practice); the correct answers
 * with `result: "review"` and for practice. Answers to questions not in the attempt are ignored.
 */
export function markAttempt({ attempt, questions, answers, exam, now, instant }: MarkInput): Marked {
  const known = new Set(questions.map((q) => q.id));
  const chosen = new Map(answers.filter((a) => known.has(a.questionId)).map((a) => [a.questionId, a.optionIds]));
  const graded = grade(questions, chosen);
  const maxScore = exam.questionCount;
  const points = score(graded, maxScore);
  const durationSeconds = Math.max(0, Math.round((Math.min(now, attempt.deadline) - attempt.startedAt) / 1000));
  const base = { attemptId: attempt.id, number: attempt.number, attemptsLeft: attempt.attemptsLeft, submittedAt: instant(now), durationSeconds };
  const result: AttemptResult =
    exam.result === 'after-close' && !attempt.practice
      ? { ...base, status: 'announced-later' }
      : {
          ...base,
          status: 'graded',
          ...graded,
          score: points,
          maxScore,
          ...(exam.result === 'review' || attempt.practice
            ? {
                review: questions.map((q) => ({
                  questionId: q.id,
                  correctOptionIds: [...q.correctOptionIds],
                  chosenOptionIds: [...(chosen.get(q.id) ?? [])],
                  ...(q.explanation ? { explanation: q.explanation } : {}),
                })),
              }
            : {}),
        };
  return { result, graded, score: points, maxScore, durationSeconds };
}

/**
 * Server-side grading and ranking, as a pure module that backends written in Node (and
 * the demo's reference backend) can import. The widget never imports it: grading is the
 * server's, and a test asserts that no built bundle contains it.
 */

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
  const [family, ...rest] = fullName.trim().split(/\s+/);
  return [family, ...rest.map((w) => `${[...w][0]}.`)].join(' ');
}

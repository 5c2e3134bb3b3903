import type { QuizStore } from './store.ts';

/**
 * The text a participant can save when a submission cannot be delivered: the sealed submission
 * with the contest, the attempt and when it was saved. Only the submission view needs it, so it
 * loads with that view, not before the first question.
 */
export function answersCopy(store: QuizStore): string {
  const { attempt, contest } = store.state;
  return JSON.stringify({ contest: contest?.id, attempt: attempt?.id, savedAt: new Date(store.clock?.now() ?? 0).toISOString(), submission: store.sealed }, null, 2);
}

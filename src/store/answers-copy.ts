import type { QuizStore } from './store.ts';

/**
 * The text a participant can save when a submission cannot be delivered: the sealed submission
 * with the contest, the attempt and when it was saved. Only the submission view needs it, so it
 * loads with that view, not before the first question.
 */
export function answersCopy(store: QuizStore, parked?: { attemptId: string; body: unknown }): string {
  const { attempt, contest } = store.state;
  const submission = parked ? parked.body : store.sealed;
  return JSON.stringify(
    { contest: contest?.id, attempt: parked?.attemptId ?? attempt?.id, savedAt: new Date(store.clock?.now() ?? 0).toISOString(), submission },
    null,
    2,
  );
}

/**
 * The element's public events, worked out from what changed between two snapshots of the store:
 * a pure function, so the store knows nothing of the DOM and the root only dispatches what this
 * returns. Its imports are types only (erased from the build); it runs no DOM and no Lit. It lives
 * beside the store, not in core/, because it reads the store's snapshot, whose types name the api
 * client's failures: core/ and contract/ import nothing above them (`npm run lint` checks).
 */
import type { FailureCode } from '../api/errors.ts';
import type { AttemptResult } from '../contract/schemas.ts';
import type { Section } from '../core/section.ts';
import type { Phase, Snapshot } from './store.ts';

/** Detail of `ccq-phase-change`. */
export interface PhaseChangeDetail {
  phase: Phase;
  previous: Phase;
}

/** The element's public events and their `detail`. All bubble and are composed. */
export interface CaiCachQuizEventMap {
  /** The contest document arrived and is valid. */
  'ccq-ready': { contestId: string; title: string };
  'ccq-phase-change': PhaseChangeDetail;
  /** The participant opened another section (or went Back to one). */
  'ccq-section-change': { section: Section; previous: Section };
  /** Cancelable: fired before an attempt is started; preventDefault() stops it (e.g. to require a portal login first). */
  'ccq-attempt-start': undefined;
  /** The server started an attempt. */
  'ccq-attempt-started': { attemptId: string; number: number; attemptsLeft: number | null; deadline: string };
  /** An answer was recorded (and is being written to `storage`). */
  'ccq-answer': { attemptId: string; questionId: string; optionIds: string[]; storage: Snapshot['storage'] };
  /** The answers were sealed into the outbox and are being sent (confirmed, or the time ran out). */
  'ccq-submit': { attemptId: string; reason: 'confirmed' | 'time-up' };
  /** The server confirmed the submission. */
  'ccq-result': AttemptResult;
  /**
   * Something failed; the element shows it to the participant. For `invalid-response` (a
   * response that breaks the endpoint contract), also where (`path`, e.g. `attempt.deadline`)
   * and what was expected there (`message`); the console has every problem of that response.
   */
  'ccq-error': { code: FailureCode; phase: Phase; path?: string; message?: string };
}

/** One public event: its type and detail (a pair: the bundle before the first question is at its budget). */
export type PublicEvent = { [K in keyof CaiCachQuizEventMap]: [type: K, detail: CaiCachQuizEventMap[K]] }[keyof CaiCachQuizEventMap];

/**
 * The events that the change from `before` (undefined: the first snapshot) to `after` means, in
 * the order they are dispatched. `ccq-attempt-start` (asked before a start, cancelable) and
 * `ccq-section-change` (the sections' own) are not snapshot changes and are not here.
 */
export function eventsBetween(before: Snapshot | undefined, after: Snapshot): PublicEvent[] {
  const s = after;
  const previous = before?.phase ?? 'loading';
  const events: PublicEvent[] = [];
  if (s.contest && !before?.contest) events.push(['ccq-ready', { contestId: s.contest.id, title: s.contest.title }]);
  if (previous === 'starting' && s.phase === 'exam' && s.attempt) {
    const { id, number, attemptsLeft, deadline } = s.attempt;
    events.push(['ccq-attempt-started', { attemptId: id, number, attemptsLeft, deadline }]);
  }
  if (before && s.answers !== before.answers && s.attempt) {
    for (const [questionId, optionIds] of Object.entries(s.answers)) {
      if (before.answers[questionId] !== optionIds)
        events.push(['ccq-answer', { attemptId: s.attempt.id, questionId, optionIds: [...optionIds], storage: s.storage }]);
    }
  }
  if (s.phase === 'submitting' && (previous === 'exam' || previous === 'review') && s.outbox) {
    events.push(['ccq-submit', { attemptId: s.attempt!.id, reason: s.outbox.reason }]);
  }
  const error = s.outbox?.error ?? s.error;
  if (error && error !== (before?.outbox?.error ?? before?.error)) events.push(['ccq-error', { code: error.code, phase: s.phase, ...error.where }]);
  if (s.phase !== previous) {
    events.push(['ccq-phase-change', { phase: s.phase, previous }]);
    if (s.phase === 'result' && s.result) events.push(['ccq-result', s.result]);
  }
  return events;
}

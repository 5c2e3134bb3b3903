/**
 * The store's state as views read it: the snapshot, its failures and its outbox, the snapshot a
 * store starts from, and how a thrown failure becomes one to show. One reason to change: what the
 * views are told.
 */
import { ApiError, type FailureCode } from '../api/errors.ts';
import type { Attempt, AttemptResult, ContestDocument, SubmissionRequest } from '../contract/schemas.ts';
import { byId } from '../core/by-id.ts';
import type { ServerClock } from '../core/clock.ts';
import { draftFrom, type DraftErrors, type ParticipantDraft } from '../core/validate.ts';
import type { ParkedEntry } from '../storage/drafts.ts';
import type { Phase } from './phases.ts';

export interface UiError {
  code: FailureCode;
  /** Server-side per-field messages, for `invalid_participant`. */
  fields?: Record<string, string>;
  /** When the participant may try again (server time, ms). */
  retryAt?: number;
  /** For `invalid-response`: where the response broke the contract (`path`), and what was expected there (`message`). */
  where?: { path: string; message: string };
}

export interface OutboxState {
  status: 'sending' | 'waiting' | 'failed';
  reason: SubmissionRequest['reason'];
  /** Why the last send did not go through. */
  error?: UiError;
  /** When the next automatic try happens (server time, ms). */
  nextTryAt?: number;
}

export interface Snapshot {
  readonly phase: Phase;
  readonly contest?: ContestDocument;
  /** The form's current values; kept in memory only unless the participant opts in. */
  readonly form: ParticipantDraft;
  readonly formErrors: DraftErrors;
  readonly rememberDetails: boolean;
  /** When the details remembered on this device expire (device clock, ms), if some are (#13 F10). */
  readonly rememberedUntil?: number;
  /** "Tôi dùng máy tính chung": nothing is kept on the device once the submission is confirmed (#13 F10). */
  readonly sharedDevice: boolean;
  /**
   * What this device holds for someone who proves who they are (#13 F11, F12): unfinished
   * attempts of other visits (resumed by "Tiếp tục bài thi của tôi"), and a result shown by
   * "Xem lại kết quả của tôi". Counts and flags only: whose they are stays a salted hash.
   */
  readonly held?: { readonly attempts: number; readonly result: boolean };
  /** True when the host page supplied complete participant details, so the form is skipped. */
  readonly participantFromHost: boolean;
  readonly attempt?: Attempt;
  readonly answers: Readonly<Record<string, readonly string[]>>;
  readonly flagged: readonly string[];
  readonly prediction: number | null;
  /** Current page of the exam: 0..questions-1, and questions.length for the prediction. */
  readonly index: number;
  readonly outbox?: OutboxState;
  /**
   * Starting or submitting is being tried again after a passing failure (429, 503, the network):
   * when the next try goes, on the server's clock (ms); past it, the try is under way. The views
   * count down to it (`retryIn`), never to a clock time of their own (#14).
   */
  readonly retry?: { readonly at: number };
  readonly result?: AttemptResult;
  /** Why the result's submission was sent: confirmed by the participant, or sealed when time ran out (#14). */
  readonly submittedBy?: SubmissionRequest['reason'];
  /** The last failure to show (banner or page, depending on phase). */
  readonly error?: UiError;
  readonly storage: 'indexeddb' | 'memory' | 'unknown';
  readonly online: boolean;
  /** The same attempt is open in another tab, which holds it: this one only shows it. */
  readonly openElsewhere: boolean;
  /**
   * Attempts left, as the server last said (on starting, or in a result), and for which round.
   * Kept in memory only, on purpose: office computers are shared, and a count stored on the
   * device would tell the next colleague someone else's allowance.
   */
  readonly attemptsLeft?: { readonly roundId?: string; readonly left: number | null };
  /** Sealed submissions this device set aside (see `park`), still to be saved or sent. */
  readonly parked?: readonly ParkedEntry[];
}

export const initial: Snapshot = {
  phase: 'loading',
  form: draftFrom(undefined),
  formErrors: {},
  rememberDetails: false,
  sharedDevice: false,
  participantFromHost: false,
  answers: byId(),
  flagged: [],
  prediction: null,
  index: 0,
  storage: 'unknown',
  online: true,
  openElsewhere: false,
};

/** A thrown failure as the views show it; a Retry-After becomes an instant on the server's clock. */
export const toUiError = (e: unknown, clock?: ServerClock): UiError => {
  if (e instanceof ApiError) {
    return {
      code: e.code,
      fields: Object.keys(e.fields).length ? e.fields : undefined,
      retryAt: e.retryAfterMs !== undefined && clock ? clock.now() + e.retryAfterMs : e.retryAt,
      where: e.where,
    };
  }
  return { code: 'internal' };
};

/**
 * The mapping between the store's state and what storage keeps (storage/drafts.ts): the draft that
 * a reload resumes, the result kept for its owner, and the draft that a kept result shows again as.
 * One reason to change: what a reload must find. The store decides when to write; this, what.
 */
import type { AttemptResult } from '../contract/schemas.ts';
import type { Owner } from '../core/identity.ts';
import type { Draft, KeptResult } from '../storage/drafts.ts';
import type { Snapshot } from './snapshot.ts';

/**
 * How long a confirmed result shows again when its tab is reloaded (#13 F11): 15 minutes, long
 * enough for a reload by mistake, short enough for a shared computer; in another tab, or later,
 * only its owner sees it, through "Xem lại kết quả của tôi".
 */
export const RESULT_SHOWN_MS = 15 * 60_000;

/** What a draft holds besides the snapshot: the store keeps it outside, no view reads it. */
export interface DraftExtras {
  outbox?: Draft['outbox'];
  revision: number;
  startKey?: string;
  owner?: Owner;
  updatedAt: number;
}

/** The registration form's place, with the start key a reload must reuse (the form's values stay in memory). */
export const registrationDraft = (startKey: string | undefined, updatedAt: number): Draft => ({
  answers: {},
  flagged: [],
  prediction: null,
  index: 0,
  updatedAt,
  view: 'registration',
  startKey,
});

/** The draft of the attempt on screen (exam, review, submitting): what a reload resumes. */
export function attemptDraft(s: Snapshot, view: Draft['view'], x: DraftExtras): Draft {
  return {
    view,
    attempt: s.attempt,
    answers: s.answers as Record<string, string[]>,
    flagged: [...s.flagged],
    prediction: s.prediction,
    index: s.index,
    ...x,
    deviceAt: Date.now(),
    ...(s.sharedDevice ? { shared: true } : {}),
  };
}

/** A confirmed result as kept for its owner only (F11), without its review, which holds the correct answers (F9). */
export function keptResult(result: AttemptResult, owner: Owner | undefined, updatedAt: number): KeptResult {
  const { review: _key, ...bare } = result as AttemptResult & { review?: unknown };
  return { result: bare, attemptId: bare.attemptId, owner, updatedAt };
}

/**
 * F11: a kept result shows again only on a reload of the tab that showed it, within
 * RESULT_SHOWN_MS, and never over an unfinished attempt: then as this draft.
 */
export function resultShownAgain(kept: KeptResult | undefined, draft: Draft | undefined, visit: string | undefined, now: number): Draft | undefined {
  if (!kept || draft?.attempt || visit !== `result:${kept.attemptId}` || now >= kept.updatedAt + RESULT_SHOWN_MS) return undefined;
  return { view: 'result', result: kept.result, answers: {}, flagged: [], prediction: null, index: 0, updatedAt: kept.updatedAt };
}

/**
 * The views a participant needs only after the first question: the prediction question
 * (the exam's last page), review, submission and result; and server-side autosave. They load in their own chunk, fetched as soon as the exam is on screen (so they
 * are there before the connection can drop), keeping the download before the first
 * question small.
 */
import '../contract/result.ts';
import { define } from '../define.ts';
export { autosave } from '../controllers/autosave.ts';
import { enLate } from '../i18n/en-late.ts';
import { viLate } from '../i18n/vi-late.ts';
import { PredictionView } from './exam/prediction.ts';
import { IdentityView } from './identity/identity.ts';
import { OutboxView } from './outbox/outbox.ts';
import { ParkedView } from './outbox/parked.ts';
import { ResultView } from './result/result.ts';
import { ReviewView } from './review/review.ts';

/** Called by the root once the strings below are in its context, so no view renders without them. */
export function defineLateViews() {
  define([
    ['ccq-prediction', PredictionView],
    ['ccq-review', ReviewView],
    ['ccq-outbox', OutboxView],
    ['ccq-parked', ParkedView],
    ['ccq-result', ResultView],
    ['ccq-identity', IdentityView],
  ]);
}

/** The late views' strings, both languages (small, and switching language must not wait). */
export const late = { vi: viLate, en: enLate };

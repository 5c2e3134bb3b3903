/**
 * The contest-only single-file build's lazy.ts (`vite build --mode iife-contest`): the
 * contest from rules to result is in the file; the bank, practice and leaderboard are not,
 * so a page that only runs the exam does not download them.
 */
import * as diagnosis from './api/diagnose.ts';
import * as result from './contract/result.ts';
import * as english from './i18n/en.ts';
import * as late from './views/after-exam.ts';

export const loadEnglish = async () => english;
export const loadLateViews = async () => late;
export const loadResultSchema = async () => result;
export const loadDiagnosis = async () => diagnosis;
/**
 * Proof of participation is not in the single files: its QR code and certificate would take
 * them past their budgets (scripts/size.js). A result with a receipt shows as before there;
 * the proof is in the ES module build (and on the contest server's /xac-minh page).
 */
export const loadConfirmation = async (): Promise<undefined> => undefined;
/** Never called: this file's sections controller (sections.contest.ts) shows the contest alone. */
export const loadExtras = undefined;

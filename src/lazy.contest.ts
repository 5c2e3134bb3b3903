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
/** Proof of participation: loaded from cai-cach-quiz.confirmation.js beside this script (see there). */
export { loadConfirmation } from './confirmation-beside.ts';
/** Never called: this file's sections controller (sections.contest.ts) shows the contest alone. */
export const loadExtras = undefined;

/** The single-file build's lazy.ts: everything is already in the file. */
import * as diagnosis from './api/diagnose.ts';
import * as result from './contract/result.ts';
import * as english from './i18n/en.ts';
import * as late from './views/after-exam.ts';
import * as extras from './views/extras.ts';

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
export const loadExtras = async () => extras;

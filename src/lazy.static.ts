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
/** Proof of participation: loaded from cai-cach-quiz.confirmation.js beside this script (see there). */
export { loadConfirmation } from './confirmation-beside.ts';
export const loadExtras = async () => extras;

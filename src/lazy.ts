/**
 * What loads on demand in the ES module build: English, the late views (review,
 * submission, result), the result's schema, the extra sections (bank, practice,
 * leaderboard), and what is said of a response that breaks the contract (api/diagnose.ts).
 * The single-file build swaps this module for lazy.static.ts (see vite.config.ts): one file cannot load others, and bundling
 * dynamic imports into it would wrap every module they reach in a lazy initialiser.
 * Only the composition root (cai-cach-quiz.ts) imports this module: it passes each loader down
 * (the api client's options, i18n's loadMessages, the sections controller, the views' context),
 * so the dynamic imports below never close a circle through a lower layer (`npm run lint` checks).
 */
export const loadEnglish = () => import('./i18n/en.ts');
export const loadLateViews = () => import('./views/after-exam.ts');
export const loadResultSchema = () => import('./contract/result.ts');
export const loadExtras = () => import('./views/extras.ts');
export const loadDiagnosis = () => import('./api/diagnose.ts');
/** Proof of participation (issue #14): only after a result that carries a receipt. */
export const loadConfirmation = (): Promise<typeof import('./views/confirmation/index.ts') | undefined> => import('./views/confirmation/index.ts');

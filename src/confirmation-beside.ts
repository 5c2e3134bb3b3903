/**
 * Proof of participation in the single-file scripts (issue #14): lazy.static.ts and
 * lazy.contest.ts load it from cai-cach-quiz.confirmation.js, the file beside the script
 * (built from src/views/confirmation/standalone.ts), so the certificate and its QR code cost the
 * single files only this loader (+90 B gzip in the contest file). A classic script may call
 * import(); the file's URL is the script's own with the last path segment replaced, read while the
 * script runs (document.currentScript is null afterwards).
 *
 * When the file cannot be had, the result shows as it did before the certificate existed (the
 * `<ccq-confirmation>` under it stays an empty, unknown element) and the console gets one warning
 * that names the URL: a 404 (the webmaster copied the single file alone), a Content-Security-Policy
 * without the file's origin, the network gone after the submission, or another origin that sends no
 * Access-Control-Allow-Origin (a module script needs CORS where a classic one does not; the contest
 * server sends it on /dist/). A script with no URL of its own (pasted inline, or run by eval) has no
 * such URL (undefined): import() then fails, with the same warning. The promise is kept: the result
 * view asks on every render, and one failure is one warning.
 *
 * No attribute overrides the URL: it would cost the contest file most of the 16 B its budget has
 * left. A CMS whose media library stores each upload under an address of its own (where nothing lies
 * "beside" the script) is served by putting both files in any other folder, or by the contest
 * server's /dist/, and loading the single file from there.
 */
import { QuizView } from './views/base.ts';

/** The file beside this script; undefined for a script without a URL (see above). */
const url = (document.currentScript as HTMLScriptElement | null)?.src.replace(/[^/]*$/, 'cai-cach-quiz.confirmation.js');
let loading: Promise<{ defineConfirmation(): void } | void> | undefined;

export const loadConfirmation = () =>
  (loading ??= import(/* @vite-ignore */ url!)
    .then((m: typeof import('./views/confirmation/standalone.ts')) => m.load(QuizView))
    .catch((error) => console.warn('cai-cach-quiz: no certificate,', url, error)));

// Prints the gzip sizes of the builds and fails when a budget is exceeded.
// "Before the first question" = the ES entry chunk plus every chunk it imports statically
// (read from Vite's manifest); lazy chunks (English, review/result views) are listed apart.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// DESIGN.md's budget for the download before the first question is 30 KB. It is not met,
// and cannot be with the fixed stack and what issues #2 and #4 put before the first question.
// Measured by removing each source from the built chunk (the gzip bytes it adds): lit 5.2 KB,
// zod/mini with the contract's schemas 6.6 KB, idb 1.2 KB, @lit/context 0.5 KB: 13.5 KB
// before any of ours. Registration alone (the form, its validators, strings and style) is
// 3.2 KB: even without it the chunk would still be over 30 KB. What could move after the
// first question has moved (the review, submission, result and prediction views, English,
// the bank, practice and leaderboard); what is left is the rules, navigation, registration,
// the exam, the store, storage and the API client. This gate is therefore a ratchet at the
// size reached, so nothing grows unnoticed, and every run prints how far the target is.
// History: 33.5 → 35.5 KB for issue #4 (navigation and rounds, +2.1 KB); 35.5 → 34.0 KB
// after session 3's cuts (Intl, decorators, zod literal sets and instants, html`` white
// space, the prediction view and unused strings moved out or removed: 35.1 → 33.8 KB).
// 34.0 → 34.2 KB for issue #12 (a backend written in Java or .NET from the documents alone),
// 34,814 → 35,010 B, each part measured by building without it: instants as those backends
// write them (no seconds, `+0700`, `+07`, rewritten for Safari) and `null` read as absent, 127 B;
// a token the page sets after the element started re-asks for the contest document, 36 B.
// Both are on the path to the first question: without them such a backend's contest document
// does not load at all. What is not on that path loads later (autosave, with the late views; the
// diagnosis of a response that breaks the contract, on its own) or moved there to pay for its
// hooks (the participant's saved copy of the answers, -37 B): 33 B net for the store's autosave
// revision and the hook to the diagnosis.
// 34.2 → 38.3 KB (single files 40 → 46.5 and 48 → 55.5 KB) in session 6, for issues #13, #14 and #17:
// 34,974 → 39,132 B before the first question (contest file 40,828 → 47,436 B; the last 21 B are the
// flag toggle's mark in a box of its own, so pressing it no longer moves the row, #14), each part measured by
// building the tree with and without it (gzip -9): #13's unusual server data (contract limits on every
// count and length, the id pattern, real calendar dates, deadline sanity, Content-Type checked, Age
// bounded, the sanitiser through prototype accessors, null-prototype answer maps) +806 B (+944 B in the
// contest file); #13's shared computers (details remembered only when asked, with a visible 30-day
// expiry; a "shared computer" mode; the result kept apart without its answer key and shown again only to
// its owner; an unfinished attempt resumed only by its owner, whose salted hash is worked out while the
// start is on its way: moved to the late chunk it saved 0.5 KB but left the attempt ownerless until
// that chunk arrived, so it came back; the identity check itself loads later) about +1.5 KB (+2.8 KB); #13's submissions that give up or never stop (a way forward after
// 401/403/413/expired, Retry-After read on the server's clock with a floor and a ceiling, the clock
// carried across reloads, autosave flushed when the tab is hidden, one start across tabs, the draft's
// synchronous copy) and #14's contact on every dead end, about +1.45 KB; #14's exam on a phone (one-line
// header, one-row status, the fixed Câu trước / Câu tiếp bar, the flag toggle, the prediction's tile,
// visible time banners, 3:1 borders) +291 B (+560 B); #14's proof of participation, only its hook
// (the panel, certificate and QR code load after the submission) +58 B; #17's exportparts +102 B and
// loaders passed from the root +116 B; Firefox's and WebKit's legend fixes +19 B. All of it runs before
// or during the first question (it decides whether an attempt may start, on whose behalf, and whether
// its answers reach the server), so none of it can load later in the ES build; the single files carry
// everything by construction. DESIGN.md's 40 KB for the contest file is therefore exceeded: the way
// back is a single file that fetches its late part from beside itself (a classic script may import()),
// which would keep what a CMS page downloads first near 40 KB; not done in this session.
// 38.3 → 40.3 KB (single files 46.5 → 47.8 and 55.5 → 56.6 KB) in session 7, for #14 and #17:
// 39,132 → 41,128 B before the first question (contest file 47,436 → 48,850 B, everything 56,630 →
// 57,827 B), each part measured by its author building the tree with and without it (gzip -9):
// #14's registration that older users finish (the unit as one WAI-ARIA combobox that chooses on a
// single match, a tap or Enter, says the choice, always offers "Không thấy đơn vị của tôi"; the
// attempts allowed said above the fields; the 2025 communes and the thẻ căn cước in the form and its
// validation) +1,401 B (+1,479 B); #14's status panel while a start or submission is retried (a
// countdown to the store's retry time, "vui lòng không tải lại trang") +383 B (+289 B); the
// contract's localGovernment, communes and identityDocument +50 B (+58 B); the section tabs in two
// rows of two on narrow screens +55 B (0); #17's store split by job +111 B (+96 B) and root split
// −143 B (−655 B); the rest (focus left where the participant moved it, lint) about +140 B. The
// registration and the start's retries come before the first question, so in the ES build they
// cannot load later as things stand. The way back for the first download: the registration view
// (form, combobox, validators: about 4.5 KB) as a chunk fetched while the rules are read, which
// needs the chunk-failure handling the sections and late views have; not done in this session.
// 40.3 → 40.5 KB (single files 47.8 → 48.2 and 56.6 → 57.0 KB) in session 8, for #14 and #17:
// 41,126 → 41,373 B before the first question (contest file 48,843 → 49,299 B, everything 57,809 →
// 58,286 B): #14's "login needed" said before the form (the contest document's optional auth and a
// unit's `other` flag in the schema, the notice above "Đăng ký dự thi" and at the top of the form, the
// login link in a 401's message) about +229 B (+343 B), which must be on the landing page to be said
// up front; #14's certificate in the single files (a loader that imports cai-cach-quiz.confirmation.js
// from beside the script and hands it the base view class) 0 B (+90 B); #17's WebKit fix for a page
// that enlarges its root font size +9 B (+9 B); #17's indexed reads checked (noUncheckedIndexedAccess)
// +4 B (+6 B). The confirmation file itself (17.5 KB) loads only after a submission.
// Contest single file 48.2 → 48.3 KB in session 9 (49,344 → 49,357 B, 1 B over 48.2 KB): the
// "waiting to send" screen no longer says the answers are saved on this device when the browser
// keeps them in memory only (+13 B); the store resuming from the tab's copy when IndexedDB does not
// open in time (#17's chaos failure) had taken the rest of the margin. The other limits hold.
const TARGET_INITIAL = 30 * 1024;
const BUDGET_INITIAL = 40.5 * 1024;
/** The contest, rules to result (DESIGN.md's 40 KB; see above for why it is over). */
const BUDGET_SINGLE_FILE = 48.3 * 1024;
/**
 * The single file with the bank, practice and leaderboard as well (issue #4): they add
 * about 7 KB. A page that only runs the exam takes the contest-only file instead.
 */
const BUDGET_SINGLE_FILE_ALL = 57.0 * 1024;
// SIZE_DIST measures a build made elsewhere (`vite build --outDir /tmp/x/dist`), so that
// two people working in one tree do not measure each other's build.
const dist = process.env.SIZE_DIST ? new URL(`file://${process.env.SIZE_DIST.replace(/\/?$/, '/')}`) : new URL('../dist/', import.meta.url);
const gz = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(new URL('.vite/manifest.json', dist))) {
  console.error('dist/.vite/manifest.json is missing: run `npm run build` first.');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const entry = Object.values(manifest).find((c) => c.isEntry);
const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key] ?? Object.values(manifest).find((c) => c.file === key);
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const imp of chunk.imports ?? []) visit(imp);
};
visit(Object.keys(manifest).find((k) => manifest[k] === entry));

let failed = false;
const row = (label, size, budget) => {
  const over = budget !== undefined && size > budget;
  failed ||= over;
  console.log(`${label.padEnd(66)} ${kb(size).padStart(9)}${budget ? `  (limit ${kb(budget)})${over ? '  OVER BUDGET' : '  ok'}` : ''}`);
};

let initialSize = 0;
for (const file of initial) {
  const size = gz(file);
  initialSize += size;
  row(`  ${file}`, size);
}
row('ES module, downloaded before the first question', initialSize, BUDGET_INITIAL);
if (initialSize > TARGET_INITIAL) {
  console.log(`  target from DESIGN.md: ${kb(TARGET_INITIAL)} — still ${kb(initialSize - TARGET_INITIAL)} over (see the comment in scripts/size.js)`);
}
for (const c of Object.values(manifest)) if (!initial.has(c.file) && c.file.endsWith('.js')) row(`  lazy: ${c.file}`, gz(c.file));
row('Single-file script, the contest (cai-cach-quiz.contest.iife.js)', gz('cai-cach-quiz.contest.iife.js'), BUDGET_SINGLE_FILE);
row('Single-file script, everything (cai-cach-quiz.iife.js)', gz('cai-cach-quiz.iife.js'), BUDGET_SINGLE_FILE_ALL);
// Report only: what the single files import from beside them after a submission (#14), with no budget.
const proof = 'cai-cach-quiz.confirmation.js';
if (existsSync(new URL(proof, dist))) row(`  after a submission, beside them: ${proof}`, gz(proof));
if (failed) {
  console.error('\nA size limit is exceeded.');
  process.exit(1);
}

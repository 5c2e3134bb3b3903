// Prints the gzip sizes of the builds and fails when a budget is exceeded.
// "Before the first question" = the ES entry chunk plus every chunk it imports statically
// (read from Vite's manifest); lazy chunks (English, review/result views) are listed apart.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// DESIGN.md's budget for the download before the first question is 30 KB. It is not met:
// the fixed stack alone (zod/mini 8.4 KB, lit 7.5 KB, @lit/context + idb 2.3 KB) takes 18 KB
// of it. This gate is a ratchet at the size reached, so nothing can grow unnoticed, and
// every run prints how far the target still is. It moved once, from 33.5 to 35.5 KB, for
// issue #4: the navigation between sections, its history handling and the rounds on the
// rules page (+2.1 KB) are on screen before the first question; the bank, practice and
// leaderboard themselves load only when opened.
const TARGET_INITIAL = 30 * 1024;
const BUDGET_INITIAL = 35.5 * 1024;
/** DESIGN.md's budget for the single file, applied to what it was set for: the contest, rules to result. */
const BUDGET_SINGLE_FILE = 40 * 1024;
/**
 * The single file with the bank, practice and leaderboard as well (issue #4): they add
 * about 7 KB. A page that only runs the exam takes the contest-only file instead.
 */
const BUDGET_SINGLE_FILE_ALL = 48 * 1024;
const dist = new URL('../dist/', import.meta.url);
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
if (failed) {
  console.error('\nA size limit is exceeded.');
  process.exit(1);
}

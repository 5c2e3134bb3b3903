/**
 * Benchmark of the question bank view ("Bộ đề thi") on a slow phone: `npm run bench`.
 *
 * Not a test: it prints figures and exits 0; it exits non-zero only when something fails
 * to load. It serves the built element (dist/) and a fake endpoint from a local HTTP
 * server, opens a 360 px mobile viewport in Chromium with the CPU slowed 4×, and for each
 * bank size measures
 *   - first render: from inserting <cai-cach-quiz sections="bank"> (after its module has
 *     loaded) to the first animation frame at which the bank's first question is in the DOM
 *     (fetch, validation, the bank chunk, the search index, the first page);
 *   - keystrokes: phrases typed one character at a time into the bank's search field; per
 *     keystroke, the time from the input event to the bank's updateComplete (search and
 *     render), to style and layout done, and to the next animation frame;
 *   - the search alone: src/core/search.ts (bundled here by esbuild) in the same slowed
 *     page, indexing the same texts as the view and answering the same keystrokes.
 *
 * Options: --sizes 500,2000,10000   --runs 3 (page loads per size for the first render)
 *          --rate 4 (CPU slowdown)  --keep-open (serve only; print the URL)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { sampleContest } from '../demo/mocks/contest.ts';
import { SAMPLE_TOPICS } from '../demo/mocks/data/bank.ts';
import { generateBank } from '../demo/mocks/data/generate-bank.ts';
import { BankResponse, ContestDocument } from '../src/contract/schemas.ts';
import { createSearchIndex } from '../src/core/search.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const VIEWPORT = { width: 360, height: 740 };

/** Typed one character at a time, then cleared (the clearing counts as a keystroke too). */
const PHRASES = ['thu tuc hanh chinh', 'dich vu cong truc tuyen', 'dvc', 'mot cua', 'buu chinh', 'Thủ tục', 'ubnd', 'nghi dinh 45'];

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,10000' },
    runs: { type: 'string', default: '3' },
    rate: { type: 'string', default: '4' },
    'keep-open': { type: 'boolean', default: false },
  },
});
const SIZES = options.sizes
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const RUNS = Math.max(1, Number(options.runs) || 1);
const RATE = Math.max(1, Number(options.rate) || 1);

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ------------------------------------------------------------------ the fake endpoint

const now = () => new Date().toISOString();
const contestBody = () => ({ serverTime: now(), ...sampleContest(), features: { ...sampleContest().features, bank: true } });

/** The bank's JSON without serverTime, made once per size (10,000 questions are 4 MB). */
const bankJson = new Map<number, string>();
function bankBody(n: number): string {
  let rest = bankJson.get(n);
  if (rest === undefined) {
    rest = JSON.stringify({ answersPublished: true, topics: SAMPLE_TOPICS, questions: generateBank(n) });
    bankJson.set(n, rest);
  }
  return `{"serverTime":${JSON.stringify(now())},${rest.slice(1)}`;
}

// ------------------------------------------------------------------ the page

const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cai-cach-quiz bench</title>
</head>
<body>
<script type="module" src="/bench-page.js"></script>
</body>
</html>`;

/** Runs in the page; kept as plain JavaScript so it is served as it is written. */
const PAGE_SCRIPT = String.raw`
const n = new URLSearchParams(location.search).get('n') ?? '2000';
const frame = () => new Promise((r) => requestAnimationFrame(r));
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const bench = (window.__bench = {});
const t = performance.now();
try {
  await import('/cai-cach-quiz.js');
} catch (e) {
  bench.error = 'import of /cai-cach-quiz.js failed: ' + e;
  throw e;
}
bench.importMs = performance.now() - t;
bench.isolated = self.crossOriginIsolated;
const el = document.createElement('cai-cach-quiz');
// "sections" is the element's attribute; "parts" is its former name in the brief, harmless.
el.setAttribute('sections', 'bank');
el.setAttribute('parts', 'bank');
el.setAttribute('endpoint', '/api/bench/n/' + n);
const bankEl = () => el.shadowRoot?.querySelector('ccq-bank') ?? null;
const firstQuestion = () => bankEl()?.shadowRoot?.querySelector('ol.questions > li') ?? null;
const inserted = performance.now();
document.body.append(el);
const deadline = inserted + 120000;
for (;;) {
  await frame();
  const now = performance.now();
  if (firstQuestion()) {
    bench.firstRenderMs = now - inserted;
    break;
  }
  if (now > deadline) {
    const bank = bankEl();
    bench.error = 'no question rendered after 120 s; element says: ' +
      JSON.stringify(((bank?.shadowRoot ?? el.shadowRoot)?.textContent ?? '(no shadow root)').replace(/\s+/g, ' ').trim().slice(0, 400));
    break;
  }
}
bench.ready = true;

/** Types each phrase one character at a time, then clears the field. */
window.__type = async (phrases, gapMs) => {
  const bank = bankEl();
  const root = bank.shadowRoot;
  const input = root.querySelector('input[type=search]');
  if (!input) throw new Error('ccq-bank has no input[type=search]');
  // The index is built in slices after the first page shows; time it, then type into a ready index.
  const t = performance.now();
  await bank.searchReady;
  window.__indexWait = performance.now() - t;
  const status = () => (root.querySelector('[role=status]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const samples = [];
  const finals = [];
  for (const phrase of phrases) {
    const values = [...Array.from(phrase, (_, k) => phrase.slice(0, k + 1)), ''];
    for (const value of values) {
      input.value = value;
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await bank.updateComplete;
      const tc = performance.now();
      root.querySelector('ol.questions')?.getBoundingClientRect(); // style and layout, now
      const tl = performance.now();
      await frame();
      const t1 = performance.now();
      samples.push({ value, compute: tc - t0, layout: tl - t0, frame: t1 - t0 });
      if (value === phrase) finals.push({ phrase, status: status(), shown: root.querySelectorAll('ol.questions > li').length });
      await pause(gapMs); // a person types a few characters a second; let idle work run between
    }
  }
  return { samples, finals };
};

/** The search module alone, on the texts the view indexes, answering the same keystrokes. */
window.__searchOnly = async (phrases, gapMs) => {
  const { createSearchIndex } = await import('/bench-search.js');
  const bank = await (await fetch('/api/bench/n/' + n + '/bank')).json();
  const topics = new Map(bank.topics.map((x) => [x.id, x.name]));
  const texts = bank.questions.map((q) => [q.text, ...q.options.map((o) => o.text), topics.get(q.topicId) ?? ''].join('\n'));
  await pause(gapMs);
  // Cold: what the view pays (the code runs for the first time); warm: the cost that grows with n.
  let t0 = performance.now();
  createSearchIndex(texts);
  const buildMs = performance.now() - t0;
  await pause(gapMs);
  t0 = performance.now();
  const index = createSearchIndex(texts);
  const warmBuildMs = performance.now() - t0;
  const times = [];
  for (const phrase of phrases) {
    for (const value of [...Array.from(phrase, (_, k) => phrase.slice(0, k + 1)), '']) {
      const s = performance.now();
      index.search(value);
      times.push(performance.now() - s);
      await pause(gapMs);
    }
  }
  return { buildMs, warmBuildMs, times };
};
`;

// ------------------------------------------------------------------ the server

const JS_TYPE = 'text/javascript; charset=utf-8';
const JSON_TYPE = 'application/json';
/** Content types of the files served from dist/, by extension; other files are not served. */
const TYPES = new Map([
  ['.js', JS_TYPE],
  ['.map', JSON_TYPE],
  ['.json', JSON_TYPE],
]);

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  // Cross-origin isolated, so that performance.now() has 5 µs resolution instead of 100 µs.
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  });
  res.end(body);
}

function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  const api = /^\/api\/bench(?:\/n\/(\d+))?\/([a-z]+)$/.exec(path);
  if (api) {
    const [, size, resource] = api;
    const n = Number(size ?? 2000);
    if (req.method === 'GET' && resource === 'contest') return send(res, 200, JSON_TYPE, JSON.stringify(contestBody()));
    if (req.method === 'GET' && resource === 'bank') return send(res, 200, JSON_TYPE, bankBody(n));
    return send(res, 404, JSON_TYPE, JSON.stringify({ error: { code: 'not_found', message: `${req.method} ${path} is not part of the bench endpoint` } }));
  }
  if (path === '/' || path === '/index.html') return send(res, 200, 'text/html; charset=utf-8', PAGE);
  if (path === '/favicon.ico') return void res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
  if (path === '/bench-page.js') return send(res, 200, JS_TYPE, PAGE_SCRIPT);
  if (path === '/bench-search.js') return send(res, 200, JS_TYPE, searchModule);
  const file = resolve(DIST, '.' + decodeURIComponent(path));
  const type = TYPES.get(extname(file));
  if (file.startsWith(DIST + sep) && existsSync(file) && type) return send(res, 200, type, readFileSync(file));
  return send(res, 404, 'text/plain', 'not found');
}

// ------------------------------------------------------------------ figures

interface Sample {
  value: string;
  compute: number;
  layout: number;
  frame: number;
}

/** Quantile `q` of `values`; NaN when there is none. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
const median = (v: number[]) => quantile(v, 0.5);
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const stats = (v: number[]) => `${ms(median(v))} / ${ms(quantile(v, 0.95))} / ${ms(Math.max(...v))}`;

/** The texts the view indexes, as it builds them: question, options, topic name. */
function searchTexts(n: number): string[] {
  const topics = new Map(SAMPLE_TOPICS.map((t) => [t.id, t.name]));
  return generateBank(n).map((q) => [q.text, ...q.options.map((o) => o.text), topics.get(q.topicId) ?? ''].join('\n'));
}

/** The first number in a status line, thousands separators removed ("Tìm thấy 1.234 trên …" → 1234). */
function firstNumber(text: string): number | undefined {
  const m = /\d[\d.,\u00a0\u202f]*/.exec(text);
  return m ? Number(m[0].replace(/[^\d]/g, '')) : undefined;
}

// ------------------------------------------------------------------ main

if (!existsSync(join(DIST, 'cai-cach-quiz.js'))) fail('dist/cai-cach-quiz.js is missing: run npm run build first (npm run bench does).');

// The fake endpoint answers what the contract says, or the figures mean nothing.
{
  const contest = ContestDocument.safeParse(contestBody());
  if (!contest.success) fail(`the bench contest document is not valid: ${contest.error.message}`);
  for (const n of SIZES) {
    const bank = BankResponse.safeParse(JSON.parse(bankBody(n)));
    if (!bank.success) fail(`the bench bank of ${n} is not valid: ${bank.error.message}`);
  }
}

/** src/core/search.ts for the page, built as the element's bundle would carry it. */
const [searchBundle] = (
  await build({
    entryPoints: [join(ROOT, 'src/core/search.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  })
).outputFiles;
if (!searchBundle) fail('esbuild wrote no bundle of src/core/search.ts');
const searchModule = searchBundle.text;

const server = createServer(handle);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// The server, as the page will see it.
{
  const js = await fetch(`${origin}/cai-cach-quiz.js`);
  if (!js.ok || !/javascript/.test(js.headers.get('content-type') ?? '')) fail(`GET /cai-cach-quiz.js: ${js.status}`);
  const bank = await fetch(`${origin}/api/bench/n/${SIZES[0] ?? 500}/bank`);
  const parsed = BankResponse.safeParse(await bank.json());
  if (!bank.ok || !parsed.success) fail(`GET /api/bench/n/…/bank did not answer a valid bank: ${bank.status}`);
}

if (options['keep-open']) {
  console.log(`Serving ${origin}/?n=2000 (Ctrl-C to stop)`);
  await new Promise(() => {});
}

let browser: Browser | undefined;
try {
  browser = await launchChromium();
} catch (e) {
  fail(`Chromium did not start (${(e as Error).message.split('\n')[0]}); install it: apt-get install -y chromium`);
}

interface Row {
  n: number;
  firstRender: number[];
  importMs: number;
  samples: Sample[];
  indexBuild: number;
  indexBuildWarm: number;
  searches: number[];
  mismatches: string[];
  finals: { phrase: string; status: string; shown: number }[];
  /** From the first render to the search index being ready (it is built in slices meanwhile). */
  indexWaitMs?: number;
}
const rows: Row[] = [];
let isolated = false;
const problems: string[] = [];

try {
  for (const n of SIZES) {
    const expected = createSearchIndex(searchTexts(n));
    const row: Row = { n, firstRender: [], importMs: 0, samples: [], indexBuild: 0, indexBuildWarm: 0, searches: [], mismatches: [], finals: [] };
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
      const response = await page.goto(`${origin}/?n=${n}`);
      if (!response?.ok()) throw new Error(`the bench page did not load: ${response?.status()}`);
      await page.waitForFunction(
        () =>
          (window as unknown as { __bench: { ready?: boolean; error?: string } }).__bench?.ready ||
          (window as unknown as { __bench: { error?: string } }).__bench?.error,
        undefined,
        { timeout: 180_000 },
      );
      const result = await page.evaluate(
        () => (window as unknown as { __bench: { firstRenderMs?: number; importMs: number; isolated?: boolean; error?: string } }).__bench,
      );
      if (result.error || result.firstRenderMs === undefined)
        throw new Error(`n=${n}: ${result.error ?? 'no first render'}${errors.length ? `\n  page errors: ${errors.join('\n  ')}` : ''}`);
      row.firstRender.push(result.firstRenderMs);
      row.importMs = result.importMs;
      isolated = result.isolated === true;
      if (run === RUNS - 1) {
        const typed = await page.evaluate(
          ([phrases, gap]) =>
            (window as unknown as { __type: (p: string[], g: number) => Promise<{ samples: Sample[]; finals: Row['finals'] }> }).__type(phrases, gap),
          [PHRASES, 150] as [string[], number],
        );
        row.samples = typed.samples;
        row.finals = typed.finals;
        row.indexWaitMs = await page.evaluate(() => (window as unknown as { __indexWait: number }).__indexWait);
        // The view must have searched what the index says; otherwise the timing measured something else.
        for (const f of typed.finals) {
          const want = expected.search(f.phrase).length;
          const got = firstNumber(f.status);
          if (got !== want) row.mismatches.push(`"${f.phrase}": the view says "${f.status}", the index finds ${want}`);
        }
        const alone = await page.evaluate(
          ([phrases, gap]) =>
            (
              window as unknown as { __searchOnly: (p: string[], g: number) => Promise<{ buildMs: number; warmBuildMs: number; times: number[] }> }
            ).__searchOnly(phrases, gap),
          [PHRASES, 30] as [string[], number],
        );
        row.indexBuild = alone.buildMs;
        row.indexBuildWarm = alone.warmBuildMs;
        row.searches = alone.times;
      }
      if (errors.length) problems.push(`n=${n}: page errors: ${errors.join(' | ')}`);
      await context.close();
    }
    rows.push(row);
    process.stderr.write(`  measured n=${n}\n`);
  }
} catch (e) {
  console.error(`bench: ${(e as Error).message}`);
  await browser?.close();
  server.close();
  process.exit(1);
}

await browser.close();
server.close();

// ------------------------------------------------------------------ report

const keystrokes = rows[0]?.samples.length ?? 0;
console.log(`\nBank view benchmark — ${RATE}× CPU slowdown, 360 px viewport (DPR 2, mobile), headless Chromium ${browser.version()}`);
console.log(`timer resolution ${isolated ? '5 µs (cross-origin isolated page)' : '100 µs (page not cross-origin isolated)'}`);
console.log(
  `first render: median of ${RUNS} fresh page load(s); keystrokes: ${keystrokes} (${PHRASES.length} phrases typed a character at a time, each then cleared)`,
);
console.log(`figures in ms, keystrokes as median / p95 / max; the last three columns add up from the input event:`);
console.log(`compute+render = until the bank's updateComplete, + style/layout = forced right after, → next frame = at the next requestAnimationFrame\n`);
const header = ['n', 'first render', 'index build cold/warm', 'search alone', 'compute+render', '+ style/layout', '→ next frame'];
const table = rows.map((r) => [
  String(r.n),
  ms(median(r.firstRender)),
  `${ms(r.indexBuild)} / ${ms(r.indexBuildWarm)}`,
  stats(r.searches),
  stats(r.samples.map((s) => s.compute)),
  stats(r.samples.map((s) => s.layout)),
  stats(r.samples.map((s) => s.frame)),
]);
// Each row has a cell per heading; a missing one would count as empty.
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => (t[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  │  ');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('──┼──'));
for (const t of table) console.log(line(t));

if (rows.length > 1) {
  console.log(`\nGrowth (cost ratio against size ratio; linear growth has them equal):`);
  for (const [i, b] of rows.entries()) {
    const a = rows[i - 1];
    if (!a) continue; // the first size has none before it
    const ratio = (f: (r: Row) => number) => (f(a) > 0 ? (f(b) / f(a)).toFixed(2) : '–');
    const compute = (r: Row) => median(r.samples.map((s) => s.compute));
    console.log(
      `  ${a.n} → ${b.n} (size ×${(b.n / a.n).toFixed(2)}): first render ×${ratio((r) => median(r.firstRender))}, ` +
        `index build (warm) ×${ratio((r) => r.indexBuildWarm)}, search median ×${ratio((r) => median(r.searches))}, ` +
        `search p95 ×${ratio((r) => quantile(r.searches, 0.95))}, compute+render median ×${ratio(compute)}`,
    );
  }
}

console.log(`\nSlowest keystrokes (compute+render):`);
for (const r of rows) {
  const worst = [...r.samples].sort((x, y) => y.compute - x.compute).slice(0, 3);
  console.log(`  n=${r.n}: ${worst.map((s) => `${JSON.stringify(s.value)} ${ms(s.compute)}`).join(', ')}`);
}
console.log(`Slowest keystrokes (style/layout alone):`);
for (const r of rows) {
  const worst = [...r.samples].sort((x, y) => y.layout - y.compute - (x.layout - x.compute)).slice(0, 3);
  console.log(`  n=${r.n}: ${worst.map((s) => `${JSON.stringify(s.value)} ${ms(s.layout - s.compute)}`).join(', ')}`);
}
console.log(
  `\nResults at the end of each phrase (n=${rows.at(-1)?.n}): ${rows
    .at(-1)
    ?.finals.map((f) => `${f.phrase} → ${firstNumber(f.status)}`)
    .join(', ')}`,
);
for (const r of rows) for (const m of r.mismatches) problems.push(`n=${r.n}: ${m}`);
if (problems.length) {
  console.log(`\nNotes:`);
  for (const p of problems) console.log(`  - ${p}`);
}
console.log(
  `\nSearch index ready (built in slices after the first page shows, typing stays responsive meanwhile): ${rows.map((r) => `n=${r.n} ${ms(r.indexWaitMs ?? 0)}`).join(', ')} ms after the first render.`,
);
console.log(
  `\nModule import (before insertion, not in the figures): ${rows.map((r) => `n=${r.n} ${ms(r.importMs)}`).join(', ')} ms. Network is local and not throttled.`,
);

/**
 * The built element on hostile hosts, in real Chromium: a page with a strict
 * Content-Security-Policy that requires Trusted Types, the endpoint on another origin
 * (CORS, the Idempotency-Key preflight, with and without credentials), both builds.
 * A participant goes from the rules to the result and its proof of participation (which the
 * single files load from beside themselves); no CSP violation may be reported.
 * Needs `npm run build` first (npm test does it); EMBED_DIST=/tmp/x/dist tests a build made
 * elsewhere (`vite build --outDir`), so that people sharing a tree do not test each other's dist/.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { API_BASE, DIST, startReferenceServer, type ReferenceServer } from '../../scripts/reference-server.ts';

let api: ReferenceServer;
let pages: Server;
let pageOrigin: string;
let apiOrigin: string;
let browser: Browser;
const DIST_DIR = process.env.EMBED_DIST ? resolve(process.env.EMBED_DIST) : DIST;

/** Records CSP violations; an external file, since the policy forbids inline scripts. */
const COLLECT = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));`;

type Build = 'iife' | 'contest' | 'es';

/**
 * Where the page takes the script from (`?from=`): this origin's /dist/ (the default); /alone/, which
 * holds the single files without cai-cach-quiz.confirmation.js beside them (a webmaster who copied
 * one file); or the page's server under its other name (localhost: another origin), whose /dist/
 * sends no Access-Control-Allow-Origin and whose /cors/dist/ sends `*`.
 */
type From = 'dist' | 'alone' | 'other' | 'other-cors';
const scriptBase = (from: From) =>
  from === 'alone' ? '/alone/' : from === 'other' ? `${otherOrigin}/dist/` : from === 'other-cors' ? `${otherOrigin}/cors/dist/` : '/dist/';
let otherOrigin: string;

function page(build: Build, credentials: string, from: From) {
  const script =
    build === 'es'
      ? '<script type="module" src="/dist/cai-cach-quiz.js"></script>'
      : `<script src="${scriptBase(from)}cai-cach-quiz${build === 'contest' ? '.contest' : ''}.iife.js" defer></script>`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CSP</title>
<script src="/collect.js"></script>${script}</head>
<body><cai-cach-quiz endpoint="${apiOrigin}${API_BASE}" credentials="${credentials}"></cai-cach-quiz></body></html>`;
}

function policy() {
  return [
    "default-src 'none'",
    `script-src 'self' ${otherOrigin}`,
    "style-src 'self'",
    `connect-src ${apiOrigin}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html cai-cach-quiz',
  ].join('; ');
}

before(async () => {
  for (const file of ['cai-cach-quiz.iife.js', 'cai-cach-quiz.confirmation.js'])
    assert.ok(existsSync(join(DIST_DIR, file)), `${DIST_DIR} has no ${file}: run npm run build first`);
  api = await startReferenceServer({ port: 0, host: '127.0.0.1', startTime: '2020-09-21T09:30:00+07:00' });
  // The page on 127.0.0.1, the endpoint on localhost: two origins, so every call is cross-origin.
  apiOrigin = `http://localhost:${new URL(api.url).port}`;
  pages = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/collect.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(COLLECT);
    const folder = /^\/(dist|alone|cors\/dist)\//.exec(url.pathname);
    if (folder) {
      const file = join(DIST_DIR, url.pathname.slice(folder[0].length));
      if (!file.startsWith(DIST_DIR) || !existsSync(file)) return void res.writeHead(404).end();
      if (folder[1] === 'alone' && file.endsWith('.confirmation.js')) return void res.writeHead(404).end();
      const cors = folder[1] === 'cors/dist' ? { 'Access-Control-Allow-Origin': '*' } : undefined;
      return void res.writeHead(200, { 'Content-Type': 'text/javascript', ...cors }).end(readFileSync(file));
    }
    const build = (['es', 'contest'].find((b) => b === url.searchParams.get('build')) ?? 'iife') as Build;
    const from = (['alone', 'other', 'other-cors'].find((f) => f === url.searchParams.get('from')) ?? 'dist') as From;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy() });
    res.end(page(build, url.searchParams.get('credentials') ?? 'same-origin', from));
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  otherOrigin = `http://localhost:${(pages.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await api?.close();
  await new Promise((resolve) => pages?.close(resolve));
});

let citizen = 1;

/**
 * Every stylesheet of the element's views on screen reached the page whole: a css`` literal the build
 * minified into an invalid template-literal escape ("\2713" for ✓, "\2690" for the flag's ⚐) came out
 * empty, and the registration form and the exam shipped unstyled (found in session 7).
 */
async function expectWholeStyles(p: Page, where: string) {
  // A string, not a function: tsx would wrap a named function in a helper the page does not have.
  const empty = await p.evaluate<string[]>(`(() => {
    const found = [];
    const walk = (root) => {
      for (const e of root.querySelectorAll('*')) {
        if (!e.shadowRoot) continue;
        // A style whose text is not a string (the invalid escape), or text that gave no rule. (The
        // contest file's sections style is empty on purpose: it has no tabs.)
        (e.constructor.elementStyles || []).forEach((style, i) => {
          const sheet = e.shadowRoot.adoptedStyleSheets[i];
          if (typeof style.cssText !== 'string' || (style.cssText.trim() && sheet && sheet.cssRules.length === 0)) found.push(e.localName + ' style ' + i);
        });
        walk(e.shadowRoot);
      }
    };
    walk(document);
    return found;
  })()`);
  assert.deepEqual(empty, [], `stylesheets without a rule (${where})`);
}

/** From the rules to the result, as a participant, through the element's real controls. */
async function takeTheContest(p: Page) {
  await p.getByRole('button', { name: 'Đăng ký dự thi' }).first().click();
  await p.locator('#fullName').waitFor();
  await expectWholeStyles(p, 'the registration form');
  await p.locator('#fullName').fill('Phạm Thị Lan');
  await p.locator('#birthDate').fill('03/04/1985');
  await p.locator('#citizenId').fill(`02408500${String(citizen++).padStart(4, '0')}`);
  await p.locator('#phone').fill('0912345678');
  await p.getByRole('combobox', { name: 'Đơn vị công tác' }).fill('tu phap');
  await p.getByRole('option', { name: 'Sở Tư pháp', exact: true }).click();
  await p.locator('#consent').check();
  await p.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await p.locator('legend').first().waitFor();
  await expectWholeStyles(p, 'the exam');
  await p.locator('label.option').first().click();
  await p.getByRole('button', { name: 'Xem lại và nộp bài' }).first().click();
  await p.getByRole('button', { name: 'Nộp bài' }).click();
  await p.getByRole('heading', { name: 'Bạn đã nộp bài thành công' }).waitFor();
}

/** The proof of participation under the result: the panel with its verification code, and printing. */
async function expectProof(p: Page) {
  const panel = p.getByRole('region', { name: 'Bài thi của bạn đã được ghi nhận' });
  await panel.waitFor();
  // The reference backend's codes have 10 symbols, shown in two groups of five.
  assert.match(await panel.locator('.code').innerText(), /^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
  await panel.getByRole('button', { name: 'In / Lưu PDF' }).waitFor();
  await expectWholeStyles(p, 'the proof of participation');
}

/** Console messages the page logged, by type; the failed request itself is the browser's log, not the page's. */
function consoleOf(p: Page) {
  const logged = { errors: [] as string[], warnings: [] as string[] };
  p.on('pageerror', (e) => logged.errors.push(e.message));
  p.on('console', (m) => {
    if (m.type() === 'warning') logged.warnings.push(m.text());
    else if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) logged.errors.push(m.text());
  });
  return logged;
}

for (const build of ['iife', 'contest', 'es'] as const) {
  for (const credentials of ['same-origin', 'include'] as const) {
    test(`${build} build, endpoint on another origin, credentials ${credentials}: no CSP violation, contest completed`, async () => {
      const context = await browser.newContext();
      const p = await context.newPage();
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const preflights = api.stats.requests['OPTIONS *'] ?? 0;
      await p.goto(`${pageOrigin}/?build=${build}&credentials=${credentials}`);
      await p.getByRole('heading', { level: 1 }).waitFor();
      await takeTheContest(p);
      await expectProof(p);
      const violations = await p.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      // Starting and submitting send Idempotency-Key: the browser must have asked first.
      assert.ok((api.stats.requests['OPTIONS *'] ?? 0) > preflights, 'a CORS preflight was made');
      await context.close();
    });
  }
}

async function until(done: () => boolean, ms = 10_000) {
  for (const end = Date.now() + ms; !done(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) throw new Error(`not done in ${ms} ms`);
  }
}

/** From the rules to the result with the single file taken `from` somewhere; what the console said. */
async function singleFileFrom(build: 'iife' | 'contest', from: From) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const logged = consoleOf(p);
  await p.goto(`${pageOrigin}/?build=${build}&from=${from}`);
  await p.getByRole('heading', { level: 1 }).waitFor();
  await takeTheContest(p);
  return { p, context, logged, file: `${from === 'alone' ? `${pageOrigin}/alone/` : scriptBase(from)}cai-cach-quiz.confirmation.js` };
}

for (const build of ['iife', 'contest'] as const) {
  test(`${build} build without cai-cach-quiz.confirmation.js beside it (404): the result shows, no certificate, one warning that names the file`, async () => {
    const { p, context, logged, file } = await singleFileFrom(build, 'alone');
    await p.getByText('Số câu trả lời đúng').waitFor();
    await until(() => logged.warnings.length > 0);
    // Whatever re-renders the result (the language, here), the file is asked for once and warned about once.
    await p.evaluate(() => document.querySelector('cai-cach-quiz')!.setAttribute('lang', 'en'));
    await p.getByText('Correct answers').waitFor();
    await p.waitForTimeout(500); // time for a second request to fail, were one made
    assert.equal(await p.locator('ccq-confirmation').count(), 1, 'the result view drew the panel’s place');
    assert.equal(await p.evaluate(() => customElements.get('ccq-confirmation')), undefined);
    assert.equal(logged.warnings.filter((w) => w.includes(file)).length, 1, `one warning naming ${file}: ${logged.warnings.join(' | ')}`);
    assert.deepEqual(logged.errors, []);
    await context.close();
  });
}

test('iife build from another origin: the certificate loads when that origin allows CORS, and is left out with a warning when it does not', async () => {
  const allowed = await singleFileFrom('iife', 'other-cors');
  await expectProof(allowed.p);
  assert.deepEqual(allowed.logged.errors, []);
  assert.deepEqual(allowed.logged.warnings, []);
  await allowed.context.close();

  const refused = await singleFileFrom('iife', 'other');
  await refused.p.getByText('Số câu trả lời đúng').waitFor();
  await until(() => refused.logged.warnings.length > 0);
  assert.equal(await refused.p.evaluate(() => customElements.get('ccq-confirmation')), undefined);
  assert.equal(refused.logged.warnings.filter((w) => w.includes(refused.file)).length, 1, refused.logged.warnings.join(' | '));
  // Chromium says why in an error of its own ("blocked by CORS policy"), not the page's.
  assert.deepEqual(
    refused.logged.errors.filter((e) => !/CORS policy/.test(e)),
    [],
  );
  await refused.context.close();
});

for (const build of ['iife', 'contest', 'es'] as const) {
  test(`${build} build under the policy: the bank, practice and leaderboard${build === 'contest' ? ' are absent' : ' work'}`, async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await p.goto(`${pageOrigin}/?build=${build}`);
    await p.getByRole('heading', { level: 1 }).waitFor();
    const nav = p.getByRole('navigation', { name: 'Các phần của cuộc thi' });
    if (build === 'contest') {
      // The contest-only file has no other section: no navigation, the rules and the start button.
      await p.getByRole('button', { name: 'Đăng ký dự thi' }).first().waitFor();
      assert.equal(await nav.count(), 0);
    } else {
      await nav.getByRole('link', { name: 'Bộ đề thi' }).click();
      await p.getByRole('searchbox', { name: 'Tìm câu hỏi' }).fill('dich vu cong');
      await p.getByText(/^Tìm thấy \d+\/\d+ câu hỏi$/).waitFor();
      await nav.getByRole('link', { name: 'Thi thử' }).click();
      await p.getByRole('button', { name: 'Bắt đầu thi thử' }).click();
      await p.getByText(/Câu 1\/10 \(thi thử\)/).waitFor();
      await nav.getByRole('link', { name: 'Bảng xếp hạng' }).click();
      await p.getByRole('table').first().waitFor();
    }
    const violations = await p.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the policy is really enforced: a forbidden image on the same page is reported', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(`${pageOrigin}/?build=iife`);
  await p.getByRole('heading', { level: 1 }).waitFor();
  await p.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'http://example.invalid/pixel.png';
    document.body.append(img);
  });
  await p.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
  await context.close();
});

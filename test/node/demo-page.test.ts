/**
 * The demo page a webmaster sees first (#14): the snippet to copy is the markup of the element
 * on show, for the scenario and the options chosen, and "Sao chép" puts exactly that on the
 * clipboard; every scenario is one link; the phone view is the same element, 360 px wide.
 * A Node test with playwright-core, as test/node/examples.test.ts: it drives the page served
 * by vite (demo/index.html with its mocked endpoint), which the browser runner does not serve.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { useDemoServer } from './demo-server.ts';
import { SCENARIOS } from '../../demo/mocks/scenarios.ts';
import { must } from '../helpers/must.ts';

const demo = useDemoServer();

async function open(query: string, width = 1366): Promise<{ page: Page; errors: string[] }> {
  const context = await demo.browser.newContext({ viewport: { width, height: 768 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.base });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${demo.base}/${query}`);
  await page.locator('cai-cach-quiz h1').first().waitFor({ timeout: 20_000 });
  return { page, errors };
}

/** The markup a webmaster would write for the element on the page now: its attributes, in the snippet's order. */
async function markupOfShownElement(page: Page): Promise<string> {
  const quizzes = await page
    .locator('cai-cach-quiz')
    .evaluateAll((els) =>
      els.map((el) => ['endpoint', 'lang', 'sections'].flatMap((k) => (el.hasAttribute(k) ? [` ${k}="${el.getAttribute(k)}"`] : [])).join('')),
    );
  assert.equal(quizzes.length, 1, 'one element on the page: the phone view does not load a second one');
  return `<script type="module" src="/assets/cai-cach-quiz/cai-cach-quiz.js"></script>\n<cai-cach-quiz${quizzes[0]}></cai-cach-quiz>`;
}

const snippet = (page: Page) => page.locator('#snippet-code').textContent();

test('the snippet is the markup of the element on show, and follows the language and sections chosen', async () => {
  const { page, errors } = await open('?scenario=open&lang=vi');
  assert.equal(await snippet(page), await markupOfShownElement(page));
  assert.equal(
    await snippet(page),
    '<script type="module" src="/assets/cai-cach-quiz/cai-cach-quiz.js"></script>\n<cai-cach-quiz endpoint="/api/cuoc-thi/cchc-2020" lang="vi"></cai-cach-quiz>',
  );

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Chỉ Bộ đề thi' }).click();
  // The element on show is the one the snippet makes: in English, the bank alone.
  await page.locator('cai-cach-quiz h2', { hasText: 'Question bank' }).first().waitFor({ timeout: 20_000 });
  assert.equal(await snippet(page), await markupOfShownElement(page));
  assert.match((await snippet(page))!, /<cai-cach-quiz endpoint="\/api\/cuoc-thi\/cchc-2020" lang="en" sections="bank"><\/cai-cach-quiz>$/);
  // No reload: the address keeps the options for one.
  assert.match(page.url(), /lang=en/);
  assert.match(page.url(), /sections=bank/);

  // The neutral look is the page's CSS custom properties: the snippet carries them, as the element shows them.
  await page.getByRole('button', { name: 'Mạng nội bộ (trung tính)' }).click();
  const primary = await page.locator('cai-cach-quiz').evaluate((el) => getComputedStyle(el).getPropertyValue('--ccq-color-primary').trim());
  assert.equal(primary, '#2f4f4f');
  assert.match((await snippet(page))!, /^<style>\n {2}cai-cach-quiz \{\n[^]*--ccq-color-primary: #2f4f4f;[^]*<\/style>\n<script/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('"Sao chép" copies the snippet shown and says "Đã sao chép"', async () => {
  const { page, errors } = await open('?scenario=open&lang=vi&sections=bank%20practice');
  const copy = page.getByRole('button', { name: 'Sao chép' });
  await copy.click();
  await page.getByRole('button', { name: 'Đã sao chép' }).waitFor();
  assert.equal(await page.locator('#copy-status').textContent(), 'Đã sao chép mã nhúng.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippet(page));
  assert.equal(copied, await markupOfShownElement(page));
  assert.match(copied, /sections="bank practice"/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('every scenario is one link; following one shows it, with the same snippet and options', async () => {
  const { page, errors } = await open('?scenario=open&lang=en');
  const links = page.locator('a[data-scenario]');
  assert.equal(await links.count(), Object.keys(SCENARIOS).length);
  assert.equal(await page.locator('.scenarios a[aria-current=page]').textContent(), must(SCENARIOS.open, 'scenario open').label);
  const before = await snippet(page);

  await page.getByRole('link', { name: must(SCENARIOS.closed, 'scenario closed').label }).click();
  await page.waitForURL(/scenario=closed/);
  await page.locator('cai-cach-quiz h1').first().waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('#scenario-shown').textContent(), must(SCENARIOS.closed, 'scenario closed').label);
  assert.equal(await page.locator('.scenarios a[aria-current=page]').textContent(), must(SCENARIOS.closed, 'scenario closed').label);
  // The language chosen came along; a scenario is the server's behaviour, so the markup is the same.
  assert.equal(await snippet(page), before);
  assert.equal(await snippet(page), await markupOfShownElement(page));
  await page.locator('cai-cach-quiz [part=status]').first().waitFor({ timeout: 20_000 });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the phone view puts the same element in a 360 px frame', async () => {
  const { page, errors } = await open('?scenario=open&lang=vi');
  await page.getByRole('button', { name: 'Điện thoại (360 px)' }).click();
  assert.equal(await page.getByRole('button', { name: 'Điện thoại (360 px)' }).getAttribute('aria-pressed'), 'true');
  const width = await page.locator('cai-cach-quiz').evaluate((el) => el.getBoundingClientRect().width);
  assert.equal(width, 360);
  assert.equal(await page.locator('cai-cach-quiz').count(), 1);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the page around the element passes axe (WCAG 2.2 AA rules), on a desktop and on a phone', async () => {
  for (const width of [1366, 360]) {
    const { page } = await open('?scenario=open', width);
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      // The page's own parts; the element has its own axe tests (test/a11y).
      const r = await axe.run(
        { include: [['.portal'], ['.intro'], ['.snippet'], ['.view-bar'], ['.scenarios'], ['.settings'], ['.links']] },
        {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        },
      );
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    assert.deepEqual(violations, [], `${width} px`);
    await page.context().close();
  }
});

test("links to the examples, the organisers' page and the verification page", async () => {
  const { page } = await open('?scenario=open');
  const hrefs = await page.locator('nav.links a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  for (const path of ['./examples/cms.html', './examples/react.html', './examples/vue.html', './admin.html', './csp.html'])
    assert.ok(hrefs.includes(path), path);
  assert.ok(
    hrefs.some((h) => /\/xac-minh$/.test(h!)),
    'the verification page',
  );
  for (const path of ['examples/cms.html', 'examples/react.html', 'examples/vue.html', 'admin.html']) {
    const res = await page.request.get(`${demo.base}/${path}`);
    assert.equal(res.status(), 200, path);
  }
  await page.context().close();
});

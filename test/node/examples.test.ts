/**
 * The demo's embedding examples work as written: the old-CMS page (hostile global CSS),
 * React 19 and Vue 3 pages pass a property (participant) and listen to events
 * (ccq-ready, ccq-result), and the strict-CSP page reports no violation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { useDemoServer } from './demo-server.ts';

const demo = useDemoServer();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await demo.browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${demo.base}${path}`);
  await page.getByRole('heading', { level: 1, name: /Cuộc thi trực tuyến/ }).waitFor({ timeout: 20_000 });
  return { page, errors };
}

/** The host page gave complete participant details: the form is skipped, straight to the exam. */
async function skipsTheFormAndSubmits(page: Page) {
  await page.getByRole('button', { name: /^Bắt đầu làm bài \(dự thi với tên/ }).click();
  await page.locator('legend').first().waitFor();
  await page.getByRole('button', { name: 'Xem lại và nộp bài' }).first().click();
  await page.getByRole('button', { name: 'Nộp bài' }).click();
  await page.getByRole('heading', { name: 'Bạn đã nộp bài thành công' }).waitFor();
}

for (const [name, path] of [
  ['React 19', '/examples/react.html'],
  ['Vue 3', '/examples/vue.html'],
] as const) {
  test(`${name}: property in, events out`, async () => {
    const { page, errors } = await open(`${path}?scenario=open`);
    await page.locator('#host-status', { hasText: 'Sẵn sàng: Cuộc thi trực tuyến' }).waitFor();
    await skipsTheFormAndSubmits(page);
    await page.locator('#host-result', { hasText: 'Kết quả lượt 1 đã được ghi nhận.' }).waitFor();
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

test('old CMS page: the contest looks right under its global CSS', async () => {
  const { page, errors } = await open('/examples/cms.html?scenario=open');
  const start = page.getByRole('button', { name: 'Đăng ký dự thi' }).first();
  const style = await start.evaluate((b) => {
    const css = getComputedStyle(b);
    return { transform: css.textTransform, size: parseFloat(css.fontSize) };
  });
  assert.equal(style.transform, 'none');
  assert.ok(style.size >= 15, `button text ${style.size}px`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('strict-CSP demo page: no violation', async () => {
  const { page, errors } = await open('/csp.html?scenario=open');
  assert.equal(await page.locator('#violations').textContent(), 'Chưa có vi phạm chính sách nào.');
  assert.deepEqual(errors, []);
  await page.context().close();
});

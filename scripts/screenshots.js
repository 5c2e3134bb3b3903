// Walks the demo like a participant and saves screenshots, to look at what we render.
// Usage: npm start (in another shell), then `npx tsx scripts/screenshots.js [width=360] [scenario=open]`
// (tsx: Debian's Chromium comes from scripts/chromium.ts, with the same flags as the other scripts).
// Writes to ./screenshots/ (ignored by git).
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.ts';
const browser = await launchChromium();
const width = Number(process.argv[2] ?? 360);
const scenario = process.argv[3] ?? 'open';
mkdirSync('screenshots', { recursive: true });
const ctx = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
const page = await ctx.newPage();
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text());
});
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`http://127.0.0.1:5173/?scenario=${scenario}`);
const shot = async (name, full = true) => {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `screenshots/${width}-${name}.png`, fullPage: full });
  console.log('shot', name);
};
await page
  .getByRole('heading', { level: 1 })
  .waitFor({ timeout: 5000 })
  .catch(() => page.waitForTimeout(1500));
await shot('landing', false);
if (scenario !== 'open') {
  await shot(scenario);
  process.exit(0);
}
await page.getByRole('button', { name: 'Đăng ký dự thi' }).first().click();
await page.getByRole('heading', { name: 'Thông tin người dự thi' }).waitFor();
await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
await shot('register-errors');
await page.locator('#fullName').fill('Nguyễn Thị Hoa');
await page.locator('#birthDate').fill('12/04/1968');
await page.getByLabel('Nữ').check();
await page.locator('#citizenId').fill('024168000321');
await page.locator('#phone').fill('0912 345 678');
// The unit is a combobox (#14): typing a name with one match chooses it.
await page.getByRole('combobox').first().fill('tu phap');
await page.getByLabel(/Tôi đồng ý/).check();
await shot('register-filled');
await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
await page.locator('legend').first().waitFor();
await shot('exam-q1', false);
await page.locator('label.option').nth(1).click();
await page.getByRole('button', { name: 'Câu tiếp' }).click();
await page.getByRole('button', { name: 'Đánh dấu để xem lại' }).click();
await shot('exam-q2');
await page.getByRole('button', { name: /^Câu 20,/ }).click();
await page.getByRole('button', { name: 'Câu tiếp' }).click();
await page.locator('#prediction').fill('35000');
await shot('prediction', false);
await page.getByRole('button', { name: 'Xem lại và nộp bài' }).first().click();
await page.getByRole('heading', { name: 'Kiểm tra trước khi nộp bài' }).waitFor();
await shot('review');
await page.getByRole('button', { name: 'Nộp bài' }).click();
await page.getByRole('heading', { name: 'Bạn đã nộp bài thành công' }).waitFor();
await shot('result');
await browser.close();

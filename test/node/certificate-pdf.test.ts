/**
 * The certificate (giấy xác nhận tham gia, issue #14) through Chromium's own PDF printing:
 * exactly one A4 page, on a portal page that is itself several pages long, with the longest
 * names the contract allows, in Vietnamese and in English. Node-side because only the browser's
 * printing (playwright's `page.pdf()`) can count pages; the module is bundled on the fly from
 * src/, so no build is needed.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { enProof } from '../../src/i18n/en-proof.ts';
import { viProof } from '../../src/i18n/vi-proof.ts';
import type { CertificateFacts } from '../../src/views/confirmation/certificate.ts';
import { nth } from '../helpers/must.ts';

let browser: Browser;
let bundle: string;

before(async () => {
  const out = await build({
    stdin: {
      contents: `import { CertificateView, mountCertificate } from './src/views/confirmation/certificate.ts';
customElements.define('ccq-certificate', CertificateView);
window.mountCertificate = mountCertificate;`,
      resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  bundle = nth(out.outputFiles, 0).text;
  browser = await launchChromium();
});
after(() => browser?.close());

/** A portal's page: a header, a menu and ten screens of text around the element. */
const PORTAL = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng dịch vụ công</title>
<style>body { margin: 0; font: 16px/1.5 sans-serif } header { background: #0b4f9c; color: #fff; padding: 40px } main { padding: 24px }</style></head>
<body><header>CỔNG DỊCH VỤ CÔNG TỈNH</header><nav>Trang chủ · Thủ tục · Cuộc thi</nav><main>
${'<p>Nội dung của cổng thông tin, rất dài, in ra sẽ chiếm nhiều trang giấy nếu không bị ẩn đi khi in giấy xác nhận.</p>'.repeat(120)}
<div id="element-here"></div></main><footer>Bản quyền thuộc về UBND tỉnh</footer></body></html>`;

const long = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

function facts(lang: 'vi' | 'en', longest: boolean): CertificateFacts {
  const s = lang === 'en' ? enProof : viProof;
  return {
    lang,
    organiser: longest ? long('Ủy ban nhân dân tỉnh Bắc Giang', 6) : 'Ủy ban nhân dân tỉnh Bắc Giang',
    contestTitle: longest
      ? long('Cuộc thi trực tuyến tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến', 4)
      : 'Cuộc thi trực tuyến tìm hiểu về cải cách thủ tục hành chính năm 2020',
    code: 'ABCDE-FGH23',
    url: `https://thitructuyen.bacgiang.gov.vn/xac-minh/ABCDEFGH23${longest ? `?${'x'.repeat(300)}` : ''}`,
    rows: [
      [s.fullName, longest ? long('Nguyễn Thị Phương Thảo', 12) : 'Nguyễn Văn An'],
      [s.unit, longest ? long('Trung tâm Phục vụ hành chính công tỉnh', 8) : 'Sở Tư pháp'],
      [s.citizenId, '*********234'],
      [s.round, 'Đợt 1'],
      [s.attempt, '2'],
      [s.submittedAt, s.at('09:30:11', '21/09/2020')],
      [s.result, s.score(18, 20, '18', '20')],
    ],
    // What crosses into the page is JSON: the certificate uses the plain strings only.
    strings: JSON.parse(JSON.stringify(s)),
  };
}

async function portalPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(PORTAL);
  await page.addScriptTag({ content: bundle, type: 'module' });
  await page.waitForFunction(() => 'mountCertificate' in window);
  return page;
}

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('the portal page alone prints on several pages (so a count of 1 below means something)', async () => {
  const page = await portalPage();
  assert.ok(pageCount(await page.pdf({ format: 'A4' })) > 2);
  await page.close();
});

for (const lang of ['vi', 'en'] as const) {
  for (const longest of [false, true]) {
    test(`the certificate prints on exactly 1 A4 page (${lang}${longest ? ', the longest texts' : ''}), the portal hidden`, async () => {
      const page = await portalPage();
      const f = facts(lang, longest);
      await page.evaluate((f) => (window as unknown as { mountCertificate(f: unknown): void }).mountCertificate(f), f as never);
      const printed = await page.evaluate(() => document.querySelector('ccq-certificate')!.shadowRoot!.textContent ?? '');
      assert.ok(printed.includes(f.strings.certTitle), 'the certificate rendered');
      assert.ok(printed.includes('ABCDE-FGH23'));
      assert.equal(await page.evaluate(() => document.querySelector('ccq-certificate')!.shadowRoot!.querySelectorAll('svg path').length), 1, 'the QR code');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      assert.equal(pageCount(pdf), 1);
      // Letter paper (a printer set up elsewhere) keeps to one page too: the page size is the stylesheet's.
      assert.equal(pageCount(await page.pdf({ format: 'Letter', preferCSSPageSize: true })), 1);
      await page.close();
    });
  }
}

test('the portal page prints again once the certificate is taken away', async () => {
  const page = await portalPage();
  await page.evaluate(
    (f) => {
      const unmount = (window as unknown as { mountCertificate(f: unknown): () => void }).mountCertificate(f);
      unmount();
    },
    facts('vi', false) as never,
  );
  assert.equal(await page.evaluate(() => document.querySelectorAll('ccq-certificate').length), 0);
  assert.ok(pageCount(await page.pdf({ format: 'A4' })) > 2);
  await page.close();
});

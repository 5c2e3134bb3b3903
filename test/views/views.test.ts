/**
 * Each view in each of its states: what it shows, and that axe finds no WCAG 2.x A/AA
 * violation in it.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { axeViolations } from '../helpers/axe.ts';
import { clearStorage, ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, settle, text, type, until, untilPhase } from '../helpers/dom.ts';
import { makeBank, testContest } from '../helpers/fixtures.ts';
import { choose, openRegistration, optionInput, register } from '../helpers/participant.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuiz;
afterEach(async () => {
  el?.remove();
  await clearStorage();
});

async function expectAccessible() {
  await settle(el);
  expect(await axeViolations(el)).to.deep.equal([]);
}

async function toReview() {
  await register(el);
  button(el, 'Xem lại và nộp bài').click();
  await untilPhase(el, 'review');
}

describe('views', () => {
  it('loading: says so as a status', async () => {
    await useBackend();
    worker.use(http.get(`${ENDPOINT}/contest`, async () => new Promise(() => undefined)));
    el = await mount(ENDPOINT);
    await until(() => !!el.shadowRoot?.querySelector('[role=status]'), 'loading status');
    expect(text(el)).to.contain('Đang tải cuộc thi…');
    await expectAccessible();
  });

  it('load error: what happened, what to do, and a retry button', async () => {
    await useBackend();
    worker.use(http.get(`${ENDPOINT}/contest`, () => HttpResponse.error()));
    el = await mount(ENDPOINT);
    await untilPhase(el, 'load-error', 8000);
    expect(deep(el, '[role=alert]').textContent).to.contain('Không kết nối được với máy chủ.');
    expect(deep(el, '[role=alert]').textContent).to.contain('Hãy kiểm tra kết nối mạng rồi thử lại.');
    button(el, 'Thử lại');
    await expectAccessible();
  });

  it('landing: title, organiser, dates, exam summary, rules, start button', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    const t = text(el);
    expect(t).to.contain('Đơn vị tổ chức: Ban Tổ chức thử nghiệm');
    expect(t).to.contain('Bài thi gồm 5 câu hỏi trắc nghiệm, làm trong 10 phút.');
    expect(t).to.contain('Mỗi người được thi tối đa 3 lượt.');
    expect(deep(el, 'h1').textContent).to.equal('Cuộc thi thử nghiệm');
    await expectAccessible();
  });

  it('upcoming and closed pages are accessible', async () => {
    const server = await useBackend();
    server.advance(-7 * 86_400_000);
    el = await mount(ENDPOINT);
    await untilPhase(el, 'upcoming');
    expect(text(el)).to.contain('Thời gian còn lại đến khi mở:');
    await expectAccessible();
    el.remove();
    server.advance(60 * 86_400_000);
    el = await mount(ENDPOINT);
    await untilPhase(el, 'closed');
    await expectAccessible();
  });

  it('registration: labelled fields, then errors tied to each field, focus on the first', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await openRegistration(el);
    await expectAccessible();
    const name = deep<HTMLInputElement>(el, '#fullName');
    type(name, 'X');
    type(deep<HTMLInputElement>(el, '#citizenId'), '12345');
    button(el, 'Bắt đầu làm bài').click();
    await settle(el);
    expect(name.getAttribute('aria-describedby')).to.equal('fullName-error');
    expect(deep(el, '#fullName-error').textContent).to.equal('Họ và tên chỉ gồm chữ cái và dấu cách, ít nhất 2 ký tự.');
    expect(deep(el, '#citizenId-error').textContent).to.equal('Số CMND/CCCD gồm 9 hoặc 12 chữ số.');
    expect(deep(el, 'ccq-register').shadowRoot!.activeElement).to.equal(name);
    expect(deep(el, '[role=alert]').textContent).to.match(/Có \d+ mục cần sửa/);
    await expectAccessible();
  });

  it('registration: the unit list is searchable without diacritics', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await openRegistration(el);
    type(deep<HTMLInputElement>(el, '#unitId'), 'so');
    await settle(el);
    // The units that match, then the way out that is always there (#14).
    expect(deepAll<HTMLElement>(el, '#unitId-list [role=option]').map((o) => o.textContent.trim())).to.deep.equal([
      'Sở Tư pháp',
      'Sở Nội vụ',
      'Không thấy đơn vị của tôi',
    ]);
    expect(text(el)).to.contain('2 kết quả phù hợp');
    type(deep<HTMLInputElement>(el, '#unitId'), 'xyz');
    await settle(el);
    expect(text(el)).to.contain('Không tìm thấy kết quả phù hợp.');
  });

  it('exam: single and multiple questions are real radio and checkbox groups in fieldsets', async () => {
    await useBackend({ bank: makeBank(5) });
    el = await mount(ENDPOINT);
    await register(el);
    const types = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const inputs = deepAll<HTMLInputElement>(el, 'fieldset input');
      types.add(nth(inputs, 0).type);
      expect(inputs).to.have.length(4);
      expect(inputs.every((x) => x.closest('fieldset')?.querySelector('legend'))).to.equal(true);
      await expectAccessible();
      button(el, 'Câu tiếp').click();
      await settle(el);
    }
    expect([...types].sort()).to.deep.equal(['checkbox', 'radio']);
    // The prediction page.
    expect(deep(el, '#prediction').closest('section')?.querySelector('h3')?.textContent).to.equal('Câu hỏi dự đoán');
    // Its bounds with the digits grouped, as Vietnamese writes numbers.
    expect(deep(el, 'label[for=prediction]').textContent).to.equal('Con số dự đoán (từ 0 đến 1.000 người)');
    await expectAccessible();
  });

  it('exam: the timer warns before time runs out, in a polite live region', async () => {
    await useBackend({ contest: testContest({ timeLimitSeconds: 61 }) });
    el = await mount(ENDPOINT);
    await register(el);
    await until(() => text(el).includes('Chú ý: còn 1 phút làm bài.'), 'the one-minute warning', 4000);
    const live = deep(el, '.timer [aria-live=polite]');
    expect(live.textContent).to.equal('Chú ý: còn 1 phút làm bài.');
    expect(deep(el, '.timer').classList.contains('warn')).to.equal(true);
  });

  it('review: lists unanswered and flagged questions, each a way back', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    button(el, 'Đánh dấu để xem lại').click();
    button(el, 'Xem lại và nộp bài').click();
    await untilPhase(el, 'review');
    expect(text(el)).to.contain('Câu chưa trả lời: Câu 2 Câu 3 Câu 4 Câu 5');
    expect(text(el)).to.contain('Câu đã đánh dấu để xem lại: Câu 1');
    expect(text(el)).to.contain('Bạn chưa trả lời câu hỏi dự đoán.');
    await expectAccessible();
    button(el, 'Câu 3').click();
    await untilPhase(el, 'exam');
    expect(deep(el, 'legend').textContent).to.contain('Câu 3/5');
  });

  it('submission waiting and failed states tell the truth, with a copy to save', async () => {
    await useBackend();
    worker.use(http.post(`${ENDPOINT}/attempts/:id/submission`, () => HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 500 })));
    el = await mount(ENDPOINT);
    await toReview();
    button(el, 'Nộp bài').click();
    await until(() => text(el).includes('Bài thi đang chờ gửi'), 'waiting');
    // A countdown in seconds, not a clock time (#14; test/flows/busy-status.test.ts has the rest).
    expect(text(el)).to.match(/Thử lại sau \d+ giây/);
    await expectAccessible();
    worker.use(
      http.post(`${ENDPOINT}/attempts/:id/submission`, () => HttpResponse.json({ error: { code: 'attempt_expired', message: 'x' } }, { status: 403 })),
    );
    button(el, 'Gửi lại ngay').click();
    await until(() => text(el).includes('Chưa nộp được bài thi'), 'failed');
    expect(text(el)).to.contain('Lượt thi đã quá hạn nộp bài.');
    button(el, 'Lưu bản sao bài làm');
    await expectAccessible();
  });

  it('result: accessible, with the numbers', async () => {
    await useBackend({ contest: testContest({ result: 'review' }) });
    el = await mount(ENDPOINT);
    await toReview();
    button(el, 'Nộp bài').click();
    await untilPhase(el, 'result');
    expect(text(el)).to.contain('Số câu trả lời đúng 0/5');
    expect(text(el)).to.contain('Đáp án');
    await expectAccessible();
  });
});

describe('views: more states', () => {
  it('offline: a status banner, answering goes on, and the page stays accessible', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    window.dispatchEvent(new Event('offline'));
    await until(() => text(el).includes('Mất kết nối mạng.'), 'the offline banner');
    expect(deep(el, '[part=offline]').getAttribute('role')).to.equal('status');
    await choose(el, 'b');
    expect(optionInput(el, 'b').checked).to.equal(true);
    await expectAccessible();
    delete (navigator as { onLine?: boolean }).onLine;
    window.dispatchEvent(new Event('online'));
    await until(() => !text(el).includes('Mất kết nối mạng.'), 'the banner to go');
  });

  it('offline while the submission waits: the submission says so, and no banner says the test can go on', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    window.dispatchEvent(new Event('offline'));
    await until(() => text(el).includes('Mất kết nối mạng.'), 'the offline banner during the exam');
    try {
      button(el, 'Xem lại và nộp bài').click();
      await untilPhase(el, 'review');
      button(el, 'Nộp bài').click();
      await untilPhase(el, 'submitting');
      await until(() => text(el).includes('Bài thi đang chờ gửi'), 'the waiting submission');
      expect(text(el)).to.contain('Thiết bị đang mất kết nối mạng');
      expect(text(el)).not.to.contain('Bạn vẫn có thể tiếp tục làm bài');
      expect(deepAll(el, '[part=offline]')).to.deep.equal([]);
      await expectAccessible();
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      window.dispatchEvent(new Event('online'));
    }
    await untilPhase(el, 'result');
  });

  it('extra time granted by the server is in the deadline and said beside the timer', async () => {
    await useBackend({ extraTimeSeconds: 600 });
    el = await mount(ENDPOINT);
    await register(el);
    expect(deep(el, '.time').textContent).to.match(/^(20:00|19:5\d)$/);
    expect(text(el)).to.contain('Đã bao gồm 10 phút cộng thêm.');
    await expectAccessible();
  });

  it('the read-only notice of a second tab is accessible', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    const second = await mount(ENDPOINT);
    try {
      await until(() => text(second).includes('đang được làm ở một cửa sổ (tab) khác'), 'the read-only notice');
      expect(await axeViolations(second)).to.deep.equal([]);
    } finally {
      second.remove();
    }
  });

  it('English: every view of the main path is accessible', async () => {
    await useBackend();
    el = await mount(ENDPOINT, { lang: 'en' });
    await untilPhase(el, 'landing');
    await until(() => text(el).includes('Register to take part'), 'English');
    await expectAccessible();
    button(el, 'Register to take part').click();
    await untilPhase(el, 'registration');
    button(el, 'Start the test').click();
    await settle(el);
    await expectAccessible();
  });
});

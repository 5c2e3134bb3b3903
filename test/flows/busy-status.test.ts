/**
 * Honest, visible status while starting or submitting is retried (#14): the server answers 429
 * with Retry-After: 5; on a 360 × 640 phone the panel "Hệ thống đang đông, đang thử lại — vui lòng
 * không tải lại trang" is in view next to what was pressed, counts down in seconds (no clock
 * time), "Đang nộp bài…" shows once, and a time-up submission says so. In Vietnamese and English.
 */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { axeViolations } from '../helpers/axe.ts';
import { ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { button, deep, mount, settle, text, until, untilPhase } from '../helpers/dom.ts';
import { testContest } from '../helpers/fixtures.ts';
import { fillForm } from '../helpers/participant.ts';
import { onAPhone } from '../helpers/phone.ts';

let el: CaiCachQuiz | undefined;
onAPhone(() => el);

const LANGS = {
  vi: {
    begin: 'Đăng ký dự thi',
    start: 'Bắt đầu làm bài',
    toReview: 'Xem lại và nộp bài',
    submit: 'Nộp bài',
    busy: 'Hệ thống đang đông, đang thử lại — vui lòng không tải lại trang',
    countdown: /Thử lại sau (\d+) giây/,
    submitting: /Đang nộp bài/g,
    result: 'Bạn đã nộp bài thành công',
    timeUp: 'Hết giờ làm bài — bài thi đã được nộp tự động',
  },
  en: {
    begin: 'Register to take part',
    start: 'Start the test',
    toReview: 'Review and submit',
    submit: 'Submit',
    busy: 'The system is busy, trying again — please do not reload the page',
    countdown: /Trying again in (\d+) seconds?/,
    submitting: /Submitting/g,
    result: 'Your test has been submitted',
    timeUp: 'Time is up — your test was submitted automatically',
  },
};

/** The server refuses the first request to `path` with 429 Retry-After: 5 (after `waitMs`); later ones pass. */
function busyOnce(method: 'post', path: string, waitMs = 0) {
  worker.use(
    http[method](
      `${ENDPOINT}${path}`,
      async () => {
        await delay(waitMs);
        return HttpResponse.json({ error: { code: 'rate_limited', message: 'busy' } }, { status: 429, headers: { 'Retry-After': '5' } });
      },
      { once: true },
    ),
  );
}

/** Press a button as a person does: scrolled to it, a pointer down first (the element then moves focus with its views). */
function press(label: string) {
  const b = button(el!, label);
  b.scrollIntoView({ block: 'end' });
  b.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  b.click();
}

const panel = () => deep(el!, 'ccq-busy').shadowRoot!.querySelector<HTMLElement>('.notice');
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** The panel shows the message, lies within the phone's viewport, and counts down in seconds. */
async function expectPanelInViewCountingDown(s: (typeof LANGS)['vi'], where: Element) {
  await until(() => !!panel() && text(panel()!).includes(s.busy), 'the busy panel');
  await frames();
  const box = panel()!.getBoundingClientRect();
  expect([box.top >= 0, box.left >= 0, box.bottom <= innerHeight, box.right <= innerWidth], `panel at ${JSON.stringify(box)}`).to.deep.equal([
    true,
    true,
    true,
    true,
  ]);
  expect([innerWidth, innerHeight]).to.deep.equal([360, 640]);
  const seconds = () => Number(s.countdown.exec(text(panel()!))?.[1] ?? NaN);
  const first = seconds();
  expect(first).to.be.within(1, 5);
  // Screen readers hear the message, not every second: the live line does not change as the countdown does.
  const live = () => deep(el!, 'ccq-busy').shadowRoot!.querySelector('[role=status]')!.textContent.trim();
  const heard = live();
  expect(heard).to.contain(s.busy);
  await until(() => seconds() < first, 'the countdown to go down', 2500);
  expect(live()).to.equal(heard);
  expect(s.countdown.test(heard)).to.equal(false);
  // Seconds to wait, never a clock time ("09:30:11").
  expect(text(where)).not.to.match(/\d:\d\d/);
  await settle(el!);
  expect(await axeViolations(el!)).to.deep.equal([]);
}

async function toRegistration(lang: 'vi' | 'en', contest = testContest()) {
  const s = LANGS[lang];
  await useBackend({ contest });
  el = await mount(ENDPOINT, { lang });
  await untilPhase(el, 'landing');
  await until(() => text(el!).includes(s.begin), 'the landing page in its language');
  button(el, s.begin).click();
  await untilPhase(el, 'registration');
  await fillForm(el);
  return s;
}

for (const lang of ['vi', 'en'] as const) {
  describe(`a retried start or submission, on a phone (${lang})`, () => {
    it('starting: the panel next to the start button, in view, counting down; then the exam', async () => {
      const s = await toRegistration(lang);
      busyOnce('post', '/attempts');
      press(s.start);
      await expectPanelInViewCountingDown(s, deep(el!, 'ccq-busy'));
      await untilPhase(el!, 'exam', 10_000);
    });

    it('submitting: "Đang nộp bài" once, then the panel in view, counting down; then the result', async () => {
      const s = await toRegistration(lang);
      press(s.start);
      await untilPhase(el!, 'exam');
      press(s.toReview);
      await untilPhase(el!, 'review');
      busyOnce('post', '/attempts/:id/submission', 1500);
      press(s.submit);
      await untilPhase(el!, 'submitting');
      expect(text(el!).match(s.submitting), text(el!)).to.have.length(1);
      await expectPanelInViewCountingDown(s, deep(el!, 'ccq-outbox'));
      await untilPhase(el!, 'result', 10_000);
      expect(text(el!)).to.contain(s.result);
      expect(text(el!)).not.to.contain(s.timeUp);
    });

    it('time up: the submission says it was sent by itself, while retried and on the result', async () => {
      const s = await toRegistration(lang, testContest({ timeLimitSeconds: 3 }));
      busyOnce('post', '/attempts/:id/submission');
      press(s.start);
      await untilPhase(el!, 'exam');
      await untilPhase(el!, 'submitting', 8000);
      await until(() => text(el!).includes(s.busy), 'the busy panel');
      expect(text(deep(el!, 'ccq-outbox'))).to.contain(s.timeUp);
      await settle(el!);
      expect(await axeViolations(el!)).to.deep.equal([]);
      await untilPhase(el!, 'result', 10_000);
      expect(text(el!)).to.contain(s.result);
      expect(text(el!)).to.contain(s.timeUp);
    });
  });
}

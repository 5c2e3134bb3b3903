/**
 * #13's late screens on a phone, checked with axe and for what a participant saw wrong in them:
 * - the identity view (views/identity) on a shared computer, asking for the citizen id and birth
 *   date after someone else left an attempt: its fields were unstyled (21 px high inputs, plain
 *   labels) and its card touched the rules' text below it;
 * - a submission refused for good (attempt_expired): the paragraph after a row of buttons sat
 *   against the buttons, as if it were the last button's caption; and the rules page's set-aside
 *   answers, whose contact block touched the buttons likewise;
 * - a refusal on the registration form (401): the form's field-error rule made the whole notice,
 *   contact included, red and bold.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { axeViolations } from '../helpers/axe.ts';
import { ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { button, deep, mount, settle, text, type, until, untilPhase } from '../helpers/dom.ts';
import { testContest } from '../helpers/fixtures.ts';
import { onAPhone } from '../helpers/phone.ts';
import { choose, confirmFromExam, fillForm, openRegistration, register } from '../helpers/participant.ts';

let el: CaiCachQuiz | undefined;
onAPhone(() => el);

const CONTACT = { hotline: '0204 3 854 000', email: 'btc@example.org', address: 'Sở Nội vụ tỉnh' };
const refuse = (status: number, code: string) => HttpResponse.json({ error: { code, message: code } }, { status });

/** The vertical gap between an element's bottom edge and the next one's top edge. */
const gap = (a: Element, b: Element) => b.getBoundingClientRect().top - a.getBoundingClientRect().bottom;

it('the identity view on a shared computer: styled fields, a gap under its card, no axe violation', async function () {
  this.timeout(60_000);
  await useBackend();
  el = await mount(ENDPOINT);
  await register(el);
  await choose(el, 'c');
  // The attempt's owner is recorded once the late chunk is here (about 0.3 s after the first question, more on a
  // loaded machine); the next person before that would get the attempt resumed (see the report of this test).
  await new Promise((r) => setTimeout(r, 3000));
  // The next person: a new tab (its sessionStorage empty), the same device.
  el.remove();
  sessionStorage.clear();
  el = await mount(ENDPOINT);
  await untilPhase(el, 'landing', 30_000); // a loaded CI machine: the second page's storage opens slowly
  await until(() => text(el!).includes('Tiếp tục bài thi của tôi'), "the way back for the attempt's owner");
  button(el, 'Tiếp tục bài thi của tôi').click();
  await settle(el);
  type(deep<HTMLInputElement>(el, '#held-citizenId'), '024091005678');
  type(deep<HTMLInputElement>(el, '#held-birthDate'), '02/03/1991');
  button(el, 'Tiếp tục bài thi của tôi').click();
  await until(() => text(el!).includes('không khớp'), 'the refusal');
  await settle(el);

  const input = deep<HTMLInputElement>(el, '#held-citizenId');
  expect(input.getBoundingClientRect().height, 'a touch-sized input, as in the registration form').to.be.at.least(44);
  expect(input.getBoundingClientRect().width, 'the input as wide as the card allows').to.be.at.least(250);
  expect(Number(getComputedStyle(deep(el, 'label[for="held-citizenId"]')).fontWeight)).to.be.at.least(600);
  const card = deep(el, '[part=held]');
  const next = (card.getRootNode() as ShadowRoot).host.nextElementSibling;
  expect(next, 'the rules after the card').to.not.equal(null);
  if (next) expect(gap(card, next), 'the card does not touch what follows').to.be.at.least(12);
  expect(await axeViolations(el)).to.deep.equal([]);
});

it('a submission refused for good: the next steps apart from the buttons, the set-aside answers on the rules page, no axe violation', async () => {
  await useBackend({ contest: { ...testContest(), contact: CONTACT } });
  worker.use(http.post(`${ENDPOINT}/attempts/:id/submission`, () => refuse(403, 'attempt_expired')));
  el = await mount(ENDPOINT);
  await register(el);
  await choose(el, 'c');
  await confirmFromExam(el);
  await until(() => text(el!).includes('Về trang thể lệ'), 'the way back to the rules');
  await settle(el);

  const outbox = deep(el, '[part=submission]');
  for (const row of outbox.querySelectorAll('.actions')) {
    const after = row.nextElementSibling;
    if (after) expect(gap(row, after), `the text after "${row.textContent.trim()}"`).to.be.at.least(12);
  }
  expect(await axeViolations(el)).to.deep.equal([]);

  button(el, 'Về trang thể lệ').click();
  await until(() => text(el!).includes('Thiết bị này còn giữ bài làm chưa nộp được'), 'the set-aside answers');
  await settle(el);
  const parked = deep(el, '[part=parked]');
  const contact = parked.querySelector('[part=contact]')!;
  expect(gap(parked.querySelector('.actions')!, contact), 'the contact apart from the buttons').to.be.at.least(12);
  expect(await axeViolations(el)).to.deep.equal([]);
});

it('a refusal on the registration form: the notice is not all red and bold, its contact in plain text', async () => {
  await useBackend({ contest: { ...testContest(), contact: CONTACT } });
  worker.use(http.post(`${ENDPOINT}/attempts`, () => refuse(401, 'unauthorized')));
  el = await mount(ENDPOINT);
  await openRegistration(el);
  await fillForm(el);
  button(el, 'Bắt đầu làm bài').click();
  await until(() => !!el!.shadowRoot && text(el!).includes('0204 3 854 000'), 'the notice with the contact');
  await settle(el);
  const contact = deep(el, '[part=error] [part=contact]');
  expect(Number(getComputedStyle(contact).fontWeight), 'the contact block').to.be.below(600);
  expect(getComputedStyle(contact).color).to.not.equal(getComputedStyle(deep(el, '[part=error]')).borderInlineStartColor);
  expect(await axeViolations(el)).to.deep.equal([]);
});

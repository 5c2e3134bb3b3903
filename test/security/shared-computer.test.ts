/**
 * #13 must-show 3: two people, one browser profile, one shared computer (a commune office's PC).
 * A person leaves the page (mid-exam, or after the result); the next person opens it in a new
 * tab and must see none of the first person's details, answers or result, and can take their
 * own attempt; the first person's unfinished attempt and result stay theirs, behind their own
 * details. A new tab is a new session: its sessionStorage starts empty (cleared here), while
 * IndexedDB and localStorage are the profile's.
 */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { cleanUpAfterEach, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, settle, text, type, until, untilPhase } from '../helpers/dom.ts';
import { testContest, VALID } from '../helpers/fixtures.ts';
import { choose, fillForm, optionInput, openRegistration, submitFromExam } from '../helpers/participant.ts';
import { storedRecords } from '../helpers/storage.ts';
import { must } from '../helpers/must.ts';

const B = { ...VALID, fullName: 'Trần Thị Bình', birthDate: '02/03/1991', citizenId: '024091005678', phone: '0987654321', email: 'binh@example.com' };

let el: CaiCachQuiz | undefined;
cleanUpAfterEach(() => el);

/** Every record in the element's IndexedDB and every cai-cach-quiz key of localStorage, as text. */
async function deviceDump(): Promise<string> {
  return JSON.stringify([await storedRecords(), Object.entries(localStorage).filter(([k]) => k.startsWith('cai-cach-quiz'))]);
}

/** The page closed, and opened again by whoever sits down next: a new tab, a new session. */
async function nextPerson(): Promise<CaiCachQuiz> {
  el!.remove();
  sessionStorage.clear();
  el = await mount(ENDPOINT);
  await untilPhase(el, 'landing');
  return el;
}

/** What the next person can see or reach: the page's text and the values of every field. */
const visible = (e: CaiCachQuiz) =>
  `${text(e)} ${deepAll<HTMLInputElement>(e, 'input, select')
    .map((i) => i.value)
    .join(' ')}`;

function expectNothingOf(e: CaiCachQuiz, who: typeof VALID) {
  const seen = visible(e);
  for (const detail of [who.fullName, who.citizenId, who.phone, who.email]) expect(seen).not.to.contain(detail);
  // The birth date of the fixture is also the form's example ("ví dụ 20/05/1980"): only the fields count.
  expect(deepAll<HTMLInputElement>(e, 'input').map((i) => i.value)).not.to.include(who.birthDate);
}

/** Tick a box of the registration form by its label's words. */
function tick(e: CaiCachQuiz, words: string) {
  const label = deepAll<HTMLLabelElement>(e, 'label.choice').find((l) => l.textContent.includes(words));
  expect(label, `a box "${words}"`).not.to.equal(undefined);
  label!.querySelector('input')!.click();
}

async function registerAs(e: CaiCachQuiz, who: typeof VALID, boxes: string[] = []) {
  await openRegistration(e);
  await fillForm(e, who);
  for (const words of boxes) tick(e, words);
  await settle(e);
  button(e, 'Bắt đầu làm bài').click();
  await untilPhase(e, 'exam');
}

describe('two people on one shared computer', () => {
  it('F9: with the review shown and the bank unpublished, no correct answer or explanation stays in IndexedDB after the result', async () => {
    await useBackend({ contest: testContest({ result: 'review' }), bankAnswers: 'never' });
    el = await mount(ENDPOINT);
    await registerAs(el, VALID);
    await choose(el, 'b');
    await submitFromExam(el);
    // The review is on screen, for this visit…
    await until(() => text(el!).includes('Giải thích câu'), 'the review');
    // …and nowhere on the device.
    expect(await deviceDump()).not.to.match(/correctOptionIds|explanation|Giải thích/);
  });

  it('the next person sees nothing of an attempt left unfinished, takes their own, and the first gets theirs back with their details', async () => {
    const server = await useBackend();
    el = await mount(ENDPOINT);
    await registerAs(el, VALID);
    await choose(el, 'c');
    const attemptA = must(Object.keys(server.backend.state.attempts)[0], 'attempt A');

    const b = await nextPerson();
    expect(b.phase).to.equal('landing');
    expectNothingOf(b, VALID);
    await until(() => text(b).includes('Tiếp tục bài thi của tôi'), "the way back for the attempt's owner");
    // B takes their own attempt; the form is empty of A's details.
    await openRegistration(b);
    expectNothingOf(b, VALID);
    await fillForm(b, B);
    button(b, 'Bắt đầu làm bài').click();
    await untilPhase(b, 'exam');
    expect(optionInput(b, 'c').checked).to.equal(false);
    await submitFromExam(b);
    const attemptB = Object.keys(server.backend.state.attempts).find((id) => id !== attemptA)!;
    expect(must(server.backend.state.attempts[attemptB], `attempt ${attemptB}`).participantKey).to.equal(B.citizenId);
    expect(must(server.backend.state.attempts[attemptA], `attempt ${attemptA}`).submission).to.equal(undefined);

    // A, back later: their own attempt, with their answer, after typing their details again.
    const a = await nextPerson();
    expectNothingOf(a, B);
    await until(() => text(a).includes('Tiếp tục bài thi của tôi'), 'the way back');
    button(a, 'Tiếp tục bài thi của tôi').click();
    await settle(a);
    type(deep<HTMLInputElement>(a, '#held-citizenId'), B.citizenId);
    type(deep<HTMLInputElement>(a, '#held-birthDate'), B.birthDate);
    button(a, 'Tiếp tục bài thi của tôi').click();
    await until(() => text(a).includes('không khớp'), "the refusal of someone else's details");
    expect(a.phase).to.equal('landing');
    type(deep<HTMLInputElement>(a, '#held-citizenId'), VALID.citizenId);
    type(deep<HTMLInputElement>(a, '#held-birthDate'), VALID.birthDate);
    button(a, 'Tiếp tục bài thi của tôi').click();
    await untilPhase(a, 'exam');
    expect(optionInput(a, 'c').checked).to.equal(true);
    await submitFromExam(a);
    expect(must(server.backend.state.attempts[attemptA], `attempt ${attemptA}`).participantKey).to.equal(VALID.citizenId);
  });

  it('the next person sees no result, and "Xem lại kết quả của tôi" shows it only to its owner', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await registerAs(el, VALID);
    await choose(el, 'b');
    await submitFromExam(el);
    expect(text(el)).to.contain('Bạn đã nộp bài thành công');

    const b = await nextPerson();
    expect(b.phase).to.equal('landing');
    expectNothingOf(b, VALID);
    expect(text(b)).not.to.contain('Số câu trả lời đúng');
    await until(() => text(b).includes('Xem lại kết quả của tôi'), "the way to one's own result");
    button(b, 'Xem lại kết quả của tôi').click();
    await settle(b);
    type(deep<HTMLInputElement>(b, '#held-citizenId'), B.citizenId);
    type(deep<HTMLInputElement>(b, '#held-birthDate'), B.birthDate);
    button(b, 'Xem lại kết quả của tôi').click();
    await until(() => text(b).includes('không khớp'), 'the refusal');
    expect(b.phase).to.equal('landing');
    type(deep<HTMLInputElement>(b, '#held-citizenId'), VALID.citizenId);
    type(deep<HTMLInputElement>(b, '#held-birthDate'), VALID.birthDate);
    button(b, 'Xem lại kết quả của tôi').click();
    await untilPhase(b, 'result');
    expect(text(b)).to.contain('Số câu trả lời đúng');
  });

  it('"Tôi dùng máy tính chung" keeps nothing: the device holds none of the first person\'s details, answers or result', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    // Consent and "remember" start unticked; the shared-computer box greys out "remember".
    await openRegistration(el);
    expect(deep<HTMLInputElement>(el, 'input#consent').checked).to.equal(false);
    tick(el, 'máy tính chung');
    await settle(el);
    const remember = deepAll<HTMLLabelElement>(el, 'label.choice')
      .find((l) => l.textContent.includes('30 ngày'))!
      .querySelector('input')!;
    expect(remember.disabled).to.equal(true);
    expect(remember.checked).to.equal(false);
    await fillForm(el, VALID);
    button(el, 'Bắt đầu làm bài').click();
    await untilPhase(el, 'exam');
    await choose(el, 'b');
    await submitFromExam(el);

    const dump = await deviceDump();
    for (const detail of [VALID.fullName, VALID.citizenId, VALID.phone, VALID.email]) expect(dump).not.to.contain(detail);
    expect(dump).not.to.match(/correctCount|optionIds|"result"/);

    const b = await nextPerson();
    expectNothingOf(b, VALID);
    expect(text(b)).not.to.contain('Xem lại kết quả của tôi');
    await openRegistration(b);
    expectNothingOf(b, VALID);
  });

  it('remembered details show their expiry, never tick consent, and can be deleted', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await registerAs(el, VALID, ['30 ngày']);
    await choose(el, 'b');
    await submitFromExam(el);

    const again = await nextPerson();
    await openRegistration(again);
    expect(deep<HTMLInputElement>(again, '#citizenId').value).to.equal(VALID.citizenId);
    expect(deep<HTMLInputElement>(again, 'input#consent').checked).to.equal(false);
    expect(text(again)).to.match(/lưu trên thiết bị này đến \d\d:\d\d .*\d\d\/\d\d\/\d{4}/);
    button(again, 'Xóa thông tin đã lưu').click();
    await settle(again);
    expectNothingOf(again, VALID);
    expect(await deviceDump()).not.to.contain(VALID.citizenId);
  });
});

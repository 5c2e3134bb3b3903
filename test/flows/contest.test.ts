/** The whole contest in the real element against the reference backend (msw). */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { clearStorage, ENDPOINT, inBankIds, useBackend, worker } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, remount, settle, text, type, until, untilPhase } from '../helpers/dom.ts';
import { testContest, VALID } from '../helpers/fixtures.ts';
import { must, nth } from '../helpers/must.ts';
import { hangIndexedDbOpen, slowIndexedDbOpen, storedRecords } from '../helpers/storage.ts';
import { choose, confirmFromExam, currentLegend, fillForm, openRegistration, register, sendRegistration, submitFromExam } from '../helpers/participant.ts';

let el: CaiCachQuiz;
afterEach(async () => {
  el?.remove();
  await clearStorage();
});

describe('the contest, end to end', () => {
  it('goes from the rules to a graded result', async () => {
    const server = await useBackend();
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    expect(text(el)).to.contain('Cuộc thi thử nghiệm');
    expect(text(el)).to.contain('Thời gian: từ 08:00');
    expect(deep(el, '#rules').innerHTML).to.contain('<strong>thể lệ</strong>');

    button(el, 'Đăng ký dự thi').click();
    await untilPhase(el, 'registration');
    // Submitting the empty form shows errors beside the fields and starts nothing.
    button(el, 'Bắt đầu làm bài').click();
    await settle(el);
    expect(el.phase).to.equal('registration');
    expect(text(el)).to.contain('Vui lòng nhập mục này.');
    expect(deepAll(el, '[aria-invalid="true"]').length).to.be.greaterThan(3);
    expect(server.requests.filter((r) => r.path === '/attempts')).to.have.length(0);

    await fillForm(el);
    button(el, 'Bắt đầu làm bài').click();
    await untilPhase(el, 'exam');
    expect(currentLegend(el)).to.match(/^Câu 1\/5/);

    // Answer every question correctly (the fixture bank: single → b, multiple → a and c).
    const questions = JSON.parse(server.requests.length ? '[]' : '[]');
    void questions;
    for (let i = 0; i < 5; i++) {
      const multiple = deep<HTMLInputElement>(el, 'input[name^="q-"]').type === 'checkbox';
      await choose(el, ...(multiple ? ['a', 'c'] : ['b']));
      if (i === 1) button(el, 'Đánh dấu để xem lại').click();
      button(el, 'Câu tiếp').click();
      await settle(el);
    }
    // The prediction page: its view comes in the late chunk, which a slow device may still be loading ("Đang tải…").
    await until(() => text(el).includes('Câu hỏi dự đoán'), 'the prediction question');
    type(deep<HTMLInputElement>(el, '#prediction'), '1234');
    await settle(el);
    expect(text(el)).to.contain('từ 0 đến 1.000 người');
    expect(text(el)).to.contain('Vui lòng nhập một số nguyên từ 0 đến 1.000.');
    type(deep<HTMLInputElement>(el, '#prediction'), '250');
    await settle(el);
    button(el, 'Xem lại và nộp bài').click();
    await untilPhase(el, 'review');
    expect(text(el)).to.contain('Bạn đã trả lời 5/5 câu hỏi.');
    expect(text(el)).to.contain('Câu đã đánh dấu để xem lại: Câu 2');
    expect(text(el)).to.contain('Câu trả lời dự đoán: 250 người.');

    button(el, 'Nộp bài').click();
    await untilPhase(el, 'result');
    const t = text(el);
    expect(t).to.contain('Bạn đã nộp bài thành công');
    expect(t).to.contain('Số câu trả lời đúng 5/5');
    expect(t).to.contain('Bạn còn 2 lượt thi.');
    const submissions = server.requests.filter((r) => r.path.endsWith('/submission'));
    expect(submissions).to.have.length(1);
    expect(JSON.parse(nth(submissions, 0, 'submission').body).prediction).to.equal(250);
  });

  it('navigates with the numbered navigator, which says what is answered and flagged', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    // Five questions, then the prediction question's own tile (#14), drawn once its late strings
    // arrive, just after the first question (on a loaded machine, after the first answer too).
    await until(() => deepAll(el, 'nav button').length > 5, 'the prediction tile');
    const nav = deepAll<HTMLButtonElement>(el, 'nav button');
    expect(nav).to.have.length(6);
    expect(nth(nav, 5, 'tile').textContent).to.contain('Dự đoán');
    expect(nth(nav, 0, 'tile').getAttribute('aria-label')).to.equal('Câu 1, đã trả lời, đang xem');
    nth(nav, 3, 'tile').click();
    await settle(el);
    expect(currentLegend(el)).to.match(/^Câu 4\/5/);
    expect(nth(deepAll(el, 'nav button'), 3, 'tile').getAttribute('aria-current')).to.equal('step');
    button(el, 'Câu trước').click();
    await settle(el);
    expect(currentLegend(el)).to.match(/^Câu 3\/5/);
  });

  it('seals and submits by itself when the time runs out, and says so', async () => {
    const server = await useBackend({ contest: testContest({ timeLimitSeconds: 2 }) });
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    await untilPhase(el, 'result', 6000);
    const sub = must(
      server.requests.find((r) => r.path.endsWith('/submission')),
      'submission request',
    );
    expect(JSON.parse(sub.body).reason).to.equal('time-up');
    expect(inBankIds(nth(Object.values(server.backend.state.attempts), 0, 'attempt'), JSON.parse(sub.body).answers)[0]).to.deep.equal(['b']);
  });

  it('shows each refusal from the server in plain Vietnamese and keeps the form', async () => {
    await useBackend();
    worker.use(http.post(`${ENDPOINT}/attempts`, () => HttpResponse.json({ error: { code: 'attempts_exhausted', message: 'x' } }, { status: 403 })));
    el = await mount(ENDPOINT);
    await openRegistration(el);
    await sendRegistration(el);
    await until(() => text(el).includes('Bạn đã dùng hết số lượt thi.'), 'exhausted message');
    expect(el.phase).to.equal('registration');
    expect(deep<HTMLInputElement>(el, '#fullName').value).to.equal('Nguyễn Văn An');
    expect(deep(el, '[role=alert]').textContent).to.contain('Kết quả các lượt thi trước');
  });

  it('marks the fields the server rejected', async () => {
    await useBackend();
    worker.use(
      http.post(`${ENDPOINT}/attempts`, () =>
        HttpResponse.json(
          { error: { code: 'invalid_participant', message: 'x', fields: [{ field: 'citizenId', message: 'already registered elsewhere' }] } },
          { status: 422 },
        ),
      ),
    );
    el = await mount(ENDPOINT);
    await register(el).catch(() => undefined);
    await until(() => text(el).includes('Thông tin đăng ký chưa hợp lệ.'), 'invalid participant message');
    expect(deep(el, '#citizenId').getAttribute('aria-invalid')).to.equal('true');
    expect(text(el)).to.contain('Ban Tổ chức chưa chấp nhận thông tin này.');
  });

  it('says clearly when the server sends data that breaks the contract', async () => {
    await useBackend();
    worker.use(http.get(`${ENDPOINT}/contest`, () => HttpResponse.json({ serverTime: 'x', exam: null })));
    el = await mount(ENDPOINT);
    await untilPhase(el, 'load-error');
    expect(text(el)).to.contain('Dữ liệu nhận từ máy chủ không hợp lệ.');
    worker.resetHandlers();
    await useBackend();
    button(el, 'Thử lại').click();
    await untilPhase(el, 'landing');
  });

  it('shows the opening time in Vietnam time with a countdown from the server clock, then opens', async () => {
    const server = await useBackend();
    server.advance(Date.parse('2020-09-15T07:59:58+07:00') - Date.parse('2020-09-21T09:30:00+07:00'));
    el = await mount(ENDPOINT);
    await untilPhase(el, 'upcoming');
    expect(text(el)).to.contain('Cuộc thi chưa bắt đầu');
    expect(text(el)).to.match(/Cuộc thi mở lúc 08:00 Thứ Ba, 15\/09\/2020/);
    expect(deep(el, '[role=timer]').textContent).to.match(/00:00:0[0-2]/);
    await untilPhase(el, 'landing', 5000);
  });

  it('shows a closed contest', async () => {
    const server = await useBackend();
    server.advance(30 * 86_400_000);
    el = await mount(ENDPOINT);
    await untilPhase(el, 'closed');
    expect(text(el)).to.contain('Cuộc thi đã kết thúc');
    expect(deepAll(el, 'button')).to.have.length(0);
  });

  it('shows results announced after the contest', async () => {
    await useBackend({ contest: testContest({ result: 'after-close' }) });
    el = await mount(ENDPOINT);
    await register(el);
    await submitFromExam(el);
    expect(text(el)).to.contain('Kết quả sẽ được công bố sau khi cuộc thi kết thúc.');
    expect(text(el)).not.to.contain('Số câu trả lời đúng');
  });
});

describe('remembered details', () => {
  it('fill the form on the next visit, when the rules showed before storage was read', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await openRegistration(el);
    await fillForm(el);
    deepAll<HTMLLabelElement>(el, 'label.choice')
      .find((l) => l.textContent.includes('Ghi nhớ thông tin'))!
      .querySelector('input')!
      .click();
    await settle(el);
    button(el, 'Bắt đầu làm bài').click();
    await untilPhase(el, 'exam');
    await submitFromExam(el);
    button(el, 'Thi lượt mới').click();
    await untilPhase(el, 'landing');
    // Nothing is left to resume, so the next visit shows the rules at once and reads storage meanwhile.
    // (The hint goes once IndexedDB has deleted the draft, which may finish after the rules show:
    // in WebKit it always did.)
    await until(() => !Object.keys(localStorage).some((k) => k.startsWith('cai-cach-quiz:draft:')), 'the draft hint to be removed');
    el = await remount(el);
    await openRegistration(el);
    expect(deep<HTMLInputElement>(el, '#fullName').value).to.equal(VALID.fullName);
    expect(deep<HTMLInputElement>(el, '#citizenId').value).to.equal(VALID.citizenId);
  });
});

/** An attempt answered and sealed while its submission cannot get through: "Bài thi đang chờ gửi". */
async function sealWhileSubmissionsFail() {
  worker.use(http.post(`${ENDPOINT}/attempts/:id/submission`, () => HttpResponse.error()));
  el = await mount(ENDPOINT);
  await register(el);
  await choose(el, 'b');
  await confirmFromExam(el);
  await until(() => text(el).includes('Bài thi đang chờ gửi'), 'waiting');
}

describe('reload on each phase', () => {
  it('registration: comes back to the form', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await openRegistration(el);
    // A reload comes once the form is on screen, and its place is written a moment after it shows
    // (store.ts #alone asks Web Locks first whether another tab shows an attempt: some ms in WebKit).
    // Removed at once, the element had not written it yet (session 8's WebKit failure, phase landing).
    for (let i = 0; i < 250 && !JSON.stringify(await storedRecords()).includes('"view":"registration"'); i++) await new Promise((r) => setTimeout(r, 20));
    el = await remount(el);
    await untilPhase(el, 'registration');
  });

  it('exam: same attempt, same question, same answers and flags, right time', async () => {
    const server = await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    button(el, 'Câu tiếp').click();
    await settle(el);
    button(el, 'Đánh dấu để xem lại').click();
    await settle(el);
    const legend = currentLegend(el);
    // The rules show before storage is read only when no draft can exist: never on this reload.
    const phases: string[] = [];
    const record = (e: Event) => phases.push((e as CustomEvent<{ phase: string }>).detail.phase);
    document.addEventListener('ccq-phase-change', record);
    el = await remount(el);
    await untilPhase(el, 'exam');
    document.removeEventListener('ccq-phase-change', record);
    expect(phases).to.deep.equal(['exam']);
    expect(currentLegend(el)).to.equal(legend);
    const nav = deepAll(el, 'nav button').map((b) => b.getAttribute('aria-label'));
    expect(nav[0]).to.equal('Câu 1, đã trả lời');
    expect(nav[1]).to.equal('Câu 2, chưa trả lời, đã đánh dấu, đang xem');
    expect(deep(el, '.time').textContent).to.match(/^(10:00|09:5\d)$/);
    expect(server.requests.filter((r) => r.path === '/attempts')).to.have.length(1);
  });

  it('review: comes back to the review screen', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    button(el, 'Xem lại và nộp bài').click();
    await untilPhase(el, 'review');
    el = await remount(el);
    await untilPhase(el, 'review');
    expect(text(el)).to.contain('Kiểm tra trước khi nộp bài');
  });

  it('submitting: a pending submission is sent after the reload with the same key', async () => {
    const server = await useBackend();
    await sealWhileSubmissionsFail();
    expect(text(el)).not.to.contain('nộp bài thành công');
    expect(text(el)).to.contain('Bài làm đã được lưu trên thiết bị này');
    worker.resetHandlers();
    const { backend } = server;
    const again = await useBackend();
    again.backend.state = backend.state;
    el = await remount(el);
    await untilPhase(el, 'result');
    const keys = [...server.requests, ...again.requests].filter((r) => r.path.endsWith('/submission')).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys.length).to.be.greaterThan(1);
    expect(new Set(keys).size).to.equal(1);
  });

  // Chaos against the real server, on a loaded machine (#17): after a reload during the submission,
  // IndexedDB took longer to open than the element waited; it went on in memory, showed the rules
  // and the participant started a second attempt, the sealed one left behind. This tab's own copy
  // (sessionStorage) has the attempt: it is resumed from it.
  it('submitting, IndexedDB not opening after the reload: this tab’s copy goes on, sent with the same key', async () => {
    const server = await useBackend();
    await sealWhileSubmissionsFail();
    worker.resetHandlers();
    const hang = hangIndexedDbOpen();
    try {
      el = await remount(el);
      await until(() => el.phase !== 'loading', 'the element to leave loading', 12_000);
      expect(el.phase).to.be.oneOf(['submitting', 'result']);
      await untilPhase(el, 'result');
    } finally {
      hang.undo();
    }
    expect(hang.calls(), 'the reloaded element asked IndexedDB to open').to.equal(1);
    expect(el.shadowRoot!.querySelector('[part=storage-warning]'), 'the memory-only notice').to.not.equal(null);
    const keys = server.requests.filter((r) => r.path.endsWith('/submission')).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys.length).to.be.greaterThan(1);
    expect(new Set(keys).size).to.equal(1);
    expect(server.requests.filter((r) => r.path === '/attempts')).to.have.length(1);
    // It says that this device no longer keeps the answers.
    expect(text(el)).to.contain('Trình duyệt không cho lưu bài làm trên thiết bị này');
  });

  it('waiting to send, the browser keeping nothing: it does not also say the answers are saved on this device', async () => {
    await useBackend();
    const hang = hangIndexedDbOpen();
    try {
      await sealWhileSubmissionsFail();
    } finally {
      hang.undo();
    }
    expect(text(el)).to.contain('Trình duyệt không cho lưu bài làm trên thiết bị này');
    expect(text(el)).not.to.contain('Bài làm đã được lưu trên thiết bị này');
  });

  it('exam, IndexedDB not opening after the reload: the same attempt and answers from this tab’s copy', async () => {
    const server = await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    button(el, 'Câu tiếp').click();
    await settle(el);
    const legend = currentLegend(el);
    const hang = hangIndexedDbOpen();
    try {
      el = await remount(el);
      await until(() => el.phase !== 'loading', 'the element to leave loading', 12_000);
      expect(el.phase).to.equal('exam');
      await untilPhase(el, 'exam');
    } finally {
      hang.undo();
    }
    expect(hang.calls(), 'the reloaded element asked IndexedDB to open').to.equal(1);
    expect(currentLegend(el)).to.equal(legend);
    expect(deepAll(el, 'nav button').map((b) => b.getAttribute('aria-label'))[0]).to.equal('Câu 1, đã trả lời');
    expect(server.requests.filter((r) => r.path === '/attempts')).to.have.length(1);
  });

  it('a new tab, IndexedDB slow to open: the attempt in progress on this device is waited for, not left out', async function () {
    this.timeout(40_000);
    const server = await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    // A new tab: its sessionStorage (the visit, the tab's copy of the draft) is empty.
    el.remove();
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('cai-cach-quiz:')) sessionStorage.removeItem(key);
    const undo = slowIndexedDbOpen(5000);
    try {
      el = await mount(ENDPOINT);
      await until(() => el.phase !== 'loading', 'the element to leave loading', 30_000);
      await settle(el);
    } finally {
      undo();
    }
    // The attempt is either resumed or offered to its owner ("Tiếp tục bài thi của tôi", #13 F12), never left out.
    expect(el.phase === 'exam' || text(el).includes('Tiếp tục bài thi của tôi'), `phase ${el.phase}: ${text(el).slice(0, 200)}`).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part=storage-warning]'), 'IndexedDB was waited for, not given up').to.equal(null);
    expect(server.requests.filter((r) => r.path === '/attempts')).to.have.length(1);
  });

  it('result: the result is still there', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await submitFromExam(el);
    el = await remount(el);
    await untilPhase(el, 'result');
    expect(text(el)).to.contain('Bạn đã nộp bài thành công');
  });
});

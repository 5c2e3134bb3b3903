/**
 * Fault injection in the real browser: each fault is injected with msw (or by breaking
 * the platform), and each test asserts that no answer was lost and nothing was sent twice.
 */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { clearStorage, ENDPOINT, inBankIds, useBackend, worker, type TestServer } from '../helpers/backend.ts';
import { button, deep, mount, remount, settle, text, until, untilPhase } from '../helpers/dom.ts';
import { choose, optionInput, register, submitFromExam } from '../helpers/participant.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuiz;
let other: CaiCachQuiz | undefined;
afterEach(async () => {
  el?.remove();
  other?.remove();
  other = undefined;
  await clearStorage();
});

const SUBMIT = `${ENDPOINT}/attempts/:id/submission`;

/** Answer the first two questions and open the review; returns what was chosen. */
async function answerAndReview(): Promise<Record<number, string>> {
  await register(el);
  await choose(el, 'b');
  button(el, 'Câu tiếp').click();
  await settle(el);
  const second = deep<HTMLInputElement>(el, 'input[name^="q-"]').type === 'checkbox' ? 'a' : 'c';
  await choose(el, second);
  button(el, 'Xem lại và nộp bài').click();
  await untilPhase(el, 'review');
  return { 0: 'b', 1: second };
}

/** The one submission the server accepted, checked against what was chosen. */
function expectDelivered(server: TestServer, chosen: Record<number, string>) {
  const attempts = Object.values(server.backend.state.attempts);
  expect(attempts, 'attempts created').to.have.length(1);
  const stored = nth(attempts, 0, 'attempt');
  expect(stored.submission, 'accepted submission').to.not.equal(undefined);
  const accepted = server.requests.filter((r) => r.path.endsWith('/submission'));
  expect(new Set(accepted.map((r) => r.headers.get('Idempotency-Key'))).size, 'keys used').to.equal(1);
  expect(new Set(accepted.map((r) => r.body)).size, 'bodies sent').to.equal(1);
  const body = JSON.parse(nth(accepted, 0).body) as { answers: { questionId: string; optionIds: string[] }[] };
  const sent = inBankIds(stored, body.answers);
  for (const [i, option] of Object.entries(chosen)) expect(sent[Number(i)]).to.deep.equal([option]);
}

/** Submit with `fault` answering the first submission request; the next ones reach the backend. */
async function submitThrough(fault: (request: Request, server: TestServer) => Response | Promise<Response>, expectWaiting = true) {
  const server = await useBackend();
  let n = 0;
  worker.use(http.post(SUBMIT, ({ request }) => (n++ === 0 ? fault(request, server) : undefined)));
  el = await mount(ENDPOINT);
  const chosen = await answerAndReview();
  button(el, 'Nộp bài').click();
  if (expectWaiting) {
    await until(() => text(el).includes('Bài thi đang chờ gửi'), 'the waiting state');
    expect(text(el)).not.to.contain('nộp bài thành công');
    button(el, 'Gửi lại ngay').click();
  }
  await untilPhase(el, 'result', 8000);
  expectDelivered(server, chosen);
  return server;
}

describe('faults on submission', () => {
  it('network error: waits, then delivers once', async () => {
    await submitThrough(() => HttpResponse.error());
  });

  it('500: waits, then delivers once', async () => {
    await submitThrough(() => HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 500 }));
  });

  it('429 with Retry-After: waits as long as asked, then delivers by itself', async () => {
    const server = await useBackend();
    let n = 0;
    worker.use(
      http.post(SUBMIT, () =>
        n++ === 0 ? HttpResponse.json({ error: { code: 'rate_limited', message: 'x' } }, { status: 429, headers: { 'Retry-After': '1' } }) : undefined,
      ),
    );
    el = await mount(ENDPOINT);
    const chosen = await answerAndReview();
    button(el, 'Nộp bài').click();
    await untilPhase(el, 'result', 5000);
    expect(n).to.equal(2);
    expectDelivered(server, chosen);
  });

  it('409 in progress: tries again with the same key', async () => {
    await submitThrough(
      () => HttpResponse.json({ error: { code: 'idempotency_in_progress', message: 'x' } }, { status: 409, headers: { 'Retry-After': '1' } }),
      false,
    );
  });

  it('the response is lost after the server applied the submission: the retry gets the stored result', async () => {
    const server = await submitThrough(async (request, srv) => {
      // Let the backend apply it, then lose the answer on the way back.
      const body = await request.clone().json();
      const id = new URL(request.url).pathname.split('/').at(-2)!;
      const applied = await srv.backend.handle({ method: 'POST', path: `/attempts/${id}/submission`, header: (h) => request.headers.get(h), body });
      expect(applied.status).to.equal(201);
      return HttpResponse.error();
    });
    expect(server.requests.filter((r) => r.path.endsWith('/submission'))).to.have.length(2);
  });

  it('a request that never answers is cut by the timeout and retried', async () => {
    const server = await useBackend();
    let n = 0;
    worker.use(
      http.post(SUBMIT, async () => {
        if (n++ === 0) await delay('infinite');
        return undefined;
      }),
    );
    el = await mount(ENDPOINT);
    el.requestTimeout = 500;
    const chosen = await answerAndReview();
    button(el, 'Nộp bài').click();
    await until(() => text(el).includes('Bài thi đang chờ gửi'), 'the waiting state');
    expect(text(el)).to.contain('Máy chủ không phản hồi kịp.');
    button(el, 'Gửi lại ngay').click();
    await untilPhase(el, 'result');
    expectDelivered(server, chosen);
  });

  it('invalid JSON in the answer: waits, never shows a result it could not read', async () => {
    await submitThrough(() => new HttpResponse('{not json', { status: 200, headers: { 'Content-Type': 'application/json' } }));
  });
});

describe('faults around the page', () => {
  it('reload mid-exam keeps every answer and the attempt', async () => {
    const server = await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    el = await remount(el);
    await untilPhase(el, 'exam');
    await submitFromExam(el);
    expectDelivered(server, { 0: 'b' });
  });

  it('storage that fails mid-exam: keeps answering in memory, says so, no unhandled rejection', async () => {
    const server = await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to call with its this or to put back after the test
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await choose(el, 'b');
      await until(() => text(el).includes('Trình duyệt không cho lưu bài làm trên thiết bị này.'), 'the memory-only notice');
      await submitFromExam(el);
      expectDelivered(server, { 0: 'b' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });

  it('IndexedDB that never opens: the element works in memory and says so', async () => {
    const server = await useBackend();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to call with its this or to put back after the test
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      // A request that never fires, as some in-app browsers do.
      return Object.setPrototypeOf(new EventTarget(), IDBOpenDBRequest.prototype) as IDBOpenDBRequest;
    };
    try {
      el = await mount(ENDPOINT);
      // The rules show at once (nothing to resume); the warning comes when storage gives up (3 s).
      await untilPhase(el, 'landing', 1500);
      await until(() => text(el).includes('Nếu tải lại hoặc đóng trang trước khi nộp'), 'the memory-only warning', 6000);
      await register(el);
      await choose(el, 'b');
      await submitFromExam(el);
      expectDelivered(server, { 0: 'b' });
    } finally {
      IDBFactory.prototype.open = open;
    }
  });

  for (const skewHours of [2, -2]) {
    it(`a device clock ${skewHours > 0 ? 'ahead' : 'behind'} by 2 hours changes nothing`, async () => {
      await useBackend();
      const realNow = Date.now;
      Date.now = () => realNow() + skewHours * 3_600_000;
      try {
        el = await mount(ENDPOINT);
        await register(el);
        expect(deep(el, '.time').textContent).to.match(/^(10:00|09:5\d)$/);
        el = await remount(el);
        await untilPhase(el, 'exam');
        expect(deep(el, '.time').textContent).to.match(/^(10:00|09:5\d)$/);
      } finally {
        Date.now = realNow;
      }
    });
  }

  it('the same attempt in a second tab is read-only until the participant continues there', async () => {
    const server = await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    other = await mount(ENDPOINT);
    await untilPhase(other, 'exam');
    await until(() => text(other!).includes('đang được làm ở một cửa sổ (tab) khác'), 'the read-only notice');
    expect(deep<HTMLFieldSetElement>(other, 'fieldset').disabled).to.equal(true);
    expect(text(el)).not.to.contain('đang được làm ở một cửa sổ (tab) khác');

    button(other, 'Làm bài ở cửa sổ này').click();
    await until(() => text(el).includes('đang được làm ở một cửa sổ (tab) khác'), 'the first tab to become read-only');
    await until(() => !text(other!).includes('đang được làm ở một cửa sổ (tab) khác'), 'the second tab to be writable');
    await untilPhase(other, 'exam');
    // The second tab continues from what the first saved.
    expect(optionInput(other, 'b').checked).to.equal(true);
    await submitFromExam(other);
    expectDelivered(server, { 0: 'b' });
  });
});

describe('a copy of the answers when the submission cannot be delivered', () => {
  it('is encrypted with the organisers’ public key, and only their private key opens it', async () => {
    const { DEMO_PUBLIC_KEY, DEMO_PRIVATE_KEY } = await import('../../demo/mocks/demo-keys.ts');
    const { openSealedCopy } = await import('../../src/core/encrypt.ts');
    const { testContest } = await import('../helpers/fixtures.ts');
    const server = await useBackend({ contest: { ...testContest(), submissionKey: DEMO_PUBLIC_KEY } });
    worker.use(http.post(SUBMIT, () => HttpResponse.json({ error: { code: 'attempt_expired', message: 'x' } }, { status: 403 })));
    el = await mount(ENDPOINT);
    const chosen = await answerAndReview();
    button(el, 'Nộp bài').click();
    await until(() => text(el).includes('Chưa nộp được bài thi'), 'the failed state');

    const saved: Blob[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to call with its this or to put back after the test
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => (saved.push(b as Blob), 'blob:test');
    try {
      button(el, 'Lưu bản sao bài làm').click();
      await until(() => saved.length === 1, 'the file');
    } finally {
      URL.createObjectURL = create;
    }
    const file = JSON.parse(await nth(saved, 0).text());
    expect(file.format).to.equal('cai-cach-quiz/encrypted-answers@1');
    expect(JSON.stringify(file)).not.to.contain('optionIds');
    const copy = JSON.parse(await openSealedCopy(file, DEMO_PRIVATE_KEY));
    const sent = inBankIds(nth(Object.values(server.backend.state.attempts), 0), copy.submission.answers);
    expect(sent.slice(0, 2)).to.deep.equal([[chosen[0]], [chosen[1]]]);
  });
});

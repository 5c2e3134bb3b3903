/**
 * Server-side autosave (controllers/autosave.ts) in the element, against the reference backend:
 * used only when the contest offers it, a few seconds after an answer, with the revision rules,
 * going on after a reload, and never in the way of the submission.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { AUTOSAVE_MS } from '../../src/controllers/autosave.ts';
import { clearStorage, ENDPOINT, inBankIds, useBackend, worker, type TestServer } from '../helpers/backend.ts';
import { button, remount, settle, until, untilPhase } from '../helpers/dom.ts';
import { makeBank, testContest } from '../helpers/fixtures.ts';
import { choose, register } from '../helpers/participant.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuiz | undefined;
afterEach(async () => {
  el?.remove();
  el = undefined;
  await clearStorage();
});

const withAutosave = () => useBackend({ contest: testContest({ autosave: true }), bank: makeBank(30) });
const saves = (server: TestServer) => server.requests.filter((r) => r.method === 'PUT');
const bodies = (server: TestServer) =>
  saves(server).map((r) => JSON.parse(r.body) as { revision: number; answers: { questionId: string; optionIds: string[] }[]; prediction: number | null });
const stored = (server: TestServer) => nth(Object.values(server.backend.state.attempts), 0, 'attempt on the server');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('autosave', () => {
  it('sends the answers a few seconds after they change, with the revision the server last confirmed', async () => {
    const server = await withAutosave();
    el = mount();
    await register(el);
    // Nothing answered, nothing sent.
    await wait(AUTOSAVE_MS + 300);
    expect(saves(server)).to.have.length(0);
    await choose(el, 'b');
    await until(() => saves(server).length === 1, 'the first save', AUTOSAVE_MS + 3000);
    const first = nth(bodies(server), 0, 'save');
    const attempt = stored(server).attempt;
    expect(first.revision).to.equal(0);
    expect(nth(first.answers, 0).questionId).to.equal(nth(attempt.questions, 0).id);
    expect(nth(inBankIds(stored(server), first.answers), 0)).to.deep.equal(['b']);
    expect(first.answers).to.have.length(attempt.questions.length);
    // Two changes in a row go together, in one request.
    button(el, 'Câu tiếp').click();
    // The next question drawn first: its options are found by their text (#13 F8).
    await settle(el);
    await choose(el, 'a');
    await choose(el, 'c');
    await until(() => saves(server).length === 2, 'the second save', AUTOSAVE_MS + 3000);
    await wait(AUTOSAVE_MS + 300);
    expect(saves(server)).to.have.length(2);
    expect(nth(bodies(server), 1).revision).to.equal(1);
    expect(nth(inBankIds(stored(server), nth(bodies(server), 1).answers), 1)).to.deep.equal(nth(attempt.questions, 1).kind === 'single' ? ['c'] : ['a', 'c']);
    expect(stored(server).revision).to.equal(2);
  });

  it('is not used when the contest does not offer it', async () => {
    const server = await useBackend();
    el = mount();
    await register(el);
    await choose(el, 'b');
    await wait(AUTOSAVE_MS + 500);
    expect(saves(server)).to.have.length(0);
  });

  it('goes on from the confirmed revision after a reload, and takes the next one when a save was applied but its answer lost', async () => {
    const server = await withAutosave();
    el = mount();
    await register(el);
    await choose(el, 'b');
    await until(() => stored(server).revision === 1, 'the first save', AUTOSAVE_MS + 3000);
    // The next save reaches the server, its answer does not.
    let lose = true;
    worker.use(
      http.put(`${ENDPOINT}/attempts/:id/answers`, async ({ request, params }) => {
        if (!lose) return undefined;
        lose = false;
        await server.backend.handle({ method: 'PUT', path: `/attempts/${params.id as string}/answers`, header: () => null, body: await request.json() });
        return HttpResponse.error();
      }),
    );
    await choose(el, 'c');
    await until(() => stored(server).revision === 2 && !lose, 'the save whose answer is lost', AUTOSAVE_MS + 3000);
    el = await remount(el);
    await untilPhase(el, 'exam');
    await choose(el, 'd');
    // Revision 1 from the draft is stale (2 was applied): the next one, 2, goes through.
    await until(() => stored(server).revision === 3, 'a save after the reload', AUTOSAVE_MS * 2 + 3000);
    const sent = bodies(server).map((b) => b.revision);
    expect(sent).to.deep.equal([0, 1, 1, 2]);
    expect(stored(server).revision).to.equal(3);
  });

  it('never holds up the submission: nothing waits for a save, and nothing is saved once the answers are sealed', async () => {
    const server = await withAutosave();
    // Saves that never answer.
    worker.use(http.put(`${ENDPOINT}/attempts/:id/answers`, () => new Promise<never>(() => undefined)));
    el = mount();
    await register(el);
    await choose(el, 'b');
    await until(() => saves(server).length === 1, 'a save in flight', AUTOSAVE_MS + 3000);
    await choose(el, 'c');
    button(el, 'Xem lại và nộp bài').click();
    await untilPhase(el, 'review');
    button(el, 'Nộp bài').click();
    await untilPhase(el, 'result');
    const submitted = server.requests.findIndex((r) => r.path.endsWith('/submission'));
    await wait(AUTOSAVE_MS + 500);
    expect(server.requests.slice(submitted).filter((r) => r.method === 'PUT')).to.deep.equal([]);
  });

  it('stops for an attempt the server refuses to save for good', async () => {
    const server = await withAutosave();
    worker.use(
      http.put(`${ENDPOINT}/attempts/:id/answers`, () => HttpResponse.json({ error: { code: 'bad_request', message: 'No autosave here.' } }, { status: 404 })),
    );
    const errors: unknown[] = [];
    document.addEventListener('ccq-error', (e) => errors.push(e.detail));
    el = mount();
    await register(el);
    await choose(el, 'b');
    await until(() => saves(server).length === 1, 'the refused save', AUTOSAVE_MS + 3000);
    button(el, 'Câu tiếp').click();
    await choose(el, 'a');
    await wait(AUTOSAVE_MS + 500);
    expect(saves(server)).to.have.length(1);
    // Autosave is a backup: its failures are not the participant's to see.
    expect(errors).to.deep.equal([]);
    expect(el.phase).to.equal('exam');
  });
});

function mount() {
  const node = document.createElement('cai-cach-quiz');
  node.endpoint = ENDPOINT;
  document.body.append(node);
  return node;
}

/**
 * #13 F16: a tab frozen for 300 s across a 30 s deadline submitted on thaw, was refused as
 * expired, and lost 5/5 answers. With `exam.autosave`, a change waiting for its few seconds now
 * goes as the tab is hidden or the page goes away, and the server counts the answers it holds,
 * saved in time, when the submission comes too late.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { ReferenceBackend } from '../../demo/mocks/backend.ts';
import type { ContestApi } from '../../src/api/client.ts';
import { autosave } from '../../src/controllers/autosave.ts';
import { serverClock } from '../../src/core/clock.ts';
import { MemoryStorage } from '../../src/storage/drafts.ts';
import { QuizStore, type StorePorts } from '../../src/store/store.ts';
import { seeded } from '../helpers/backend.ts';
import { DURING, makeBank, testContest, VALID } from '../helpers/fixtures.ts';
import { callBackend, storeApi } from '../helpers/in-process.ts';
import { must, nth } from '../helpers/must.ts';

function setup() {
  const now = { t: DURING };
  const backend = new ReferenceBackend({ contest: testContest({ autosave: true }), bank: makeBank(20), now: () => now.t, random: seeded(9) });
  const call = callBackend(backend);
  const ports: StorePorts = {
    api: storeApi(call),
    openStorage: (id) => Promise.resolve(new MemoryStorage(id)),
    clock: (serverTime) => serverClock(serverTime, () => now.t, now.t),
    newKey: () => crypto.randomUUID(),
    schedule: () => () => undefined,
  };
  const puts: { keepalive?: boolean }[] = [];
  const api = {
    call: (c: { method: string; path: string; body: unknown; keepalive?: boolean }) => (puts.push(c), call(c.method, c.path, c.body)),
  } as unknown as ContestApi;
  return { store: new QuizStore(ports), backend, now, api, puts };
}

async function toExam(store: QuizStore) {
  await store.load();
  await store.begin();
  store.updateForm(VALID);
  expect(await store.register()).to.equal(true);
}

describe('A frozen or killed tab (#13 F16)', () => {
  it('sends the waiting autosave at once when the page goes away, with keepalive', async () => {
    const s = setup();
    await toExam(s.store);
    let controller: ReactiveController | undefined;
    const host = {
      addController: (c: ReactiveController) => ((controller = c), c.hostConnected?.()),
      requestUpdate: () => controller?.hostUpdate?.(),
      removeController() {},
      updateComplete: Promise.resolve(true),
    };
    autosave(host, () => ({ store: s.store, api: s.api }));
    await s.store.answer(nth(s.store.state.attempt!.questions, 0).id, ['b']);
    controller!.hostUpdate!();
    expect(s.puts, 'nothing before the few seconds').to.have.length(0);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(s.puts).to.have.length(1);
    expect(nth(s.puts, 0).keepalive).to.equal(true);
    controller!.hostDisconnected!();
  });

  it('counts the answers autosaved in time when the submission comes after the deadline and grace', async () => {
    const s = setup();
    await toExam(s.store);
    const attempt = s.store.state.attempt!;
    const answers = attempt.questions.slice(0, 5).map((q) => ({ questionId: q.id, optionIds: [nth(q.options, 0).id] }));
    for (const a of answers) await s.store.answer(a.questionId, a.optionIds);
    // The autosave before the freeze, as the controller sends it.
    const saved = await s.backend.handle({
      method: 'PUT',
      path: `/attempts/${attempt.id}/answers`,
      body: { revision: 0, answers: s.store.answerEntries(), prediction: null },
      header: () => null,
    });
    expect(saved.status).to.equal(200);
    // Frozen for 300 s across the deadline; on thaw the element submits.
    s.now.t = Date.parse(attempt.deadline) + 300_000;
    await s.store.expire();
    expect(s.store.state.phase, s.store.state.outbox?.error?.code).to.equal('result');
    // As submitted at the deadline, with what was saved before it.
    expect(Date.parse((s.store.state.result as { submittedAt: string }).submittedAt)).to.equal(Date.parse(attempt.deadline));
    expect(must(s.backend.state.attempts[attempt.id], 'the attempt on the server').submission).to.not.equal(undefined);
  });
});

/**
 * #13 F2: question ids are the server's strings. Ids that are also names on Object.prototype
 * (`constructor`, `toString`, `hasOwnProperty`, `__proto__`) must work as ordinary ids in the
 * exam, the submission, the time-up submit, a reload and practice.
 */
import { expect } from '@open-wc/testing';
import type { Attempt, SubmissionRequest } from '../../src/contract/schemas.ts';
import { serverClock } from '../../src/core/clock.ts';
import { MemoryStorage } from '../../src/storage/drafts.ts';
import { QuizStore, type StorePorts } from '../../src/store/store.ts';
import type { PracticeView } from '../../src/views/practice/practice.ts';
import { clearStorage, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, settle, until, untilPhase } from '../helpers/dom.ts';
import { DURING, testContest, VALID } from '../helpers/fixtures.ts';
import { nth } from '../helpers/must.ts';

const IDS = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];
const at = (ms: number) => new Date(ms).toISOString();
const questions = IDS.map((id) => ({
  id,
  text: `Câu ${id}?`,
  kind: 'single' as const,
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
}));

function setup(records = new Map<string, unknown>()) {
  const now = { t: DURING };
  const sent: SubmissionRequest[] = [];
  const attempt: Attempt = { id: 'att-1', number: 1, attemptsLeft: null, practice: false, startedAt: at(DURING), deadline: at(DURING + 600_000), questions };
  const ports: StorePorts = {
    api: {
      getContest: () => Promise.resolve({ serverTime: at(now.t), ...testContest() }),
      startAttempt: () => Promise.resolve({ serverTime: at(now.t), attempt }),
      submit: (attemptId, body) => {
        sent.push(body);
        const result = { attemptId, number: 1, attemptsLeft: null, submittedAt: at(now.t), durationSeconds: 1, status: 'announced-later' as const };
        return Promise.resolve({ serverTime: at(now.t), result });
      },
    },
    openStorage: (id) => Promise.resolve(new MemoryStorage(id, records)),
    clock: (serverTime) => serverClock(serverTime, () => now.t, now.t),
    newKey: () => `key-${Math.random()}`,
    schedule: () => () => undefined,
  };
  return { store: new QuizStore(ports), sent, now, records };
}

async function toExam(s: ReturnType<typeof setup>) {
  await s.store.load();
  await s.store.begin();
  s.store.updateForm(VALID);
  await s.store.register();
  expect(s.store.state.phase).to.equal('exam');
}

describe('ids that are Object.prototype names (#13 F2)', () => {
  it('start unanswered, take answers, and are submitted as they were chosen', async () => {
    const s = setup();
    await toExam(s);
    expect(IDS.map((id) => s.store.state.answers[id])).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(s.store.answerEntries()).to.deep.equal(IDS.map((questionId) => ({ questionId, optionIds: [] })));
    await s.store.answer('__proto__', ['b']);
    await s.store.answer('constructor', ['a']);
    await s.store.openReview();
    await s.store.confirmSubmit();
    expect(nth(s.sent, 0).answers).to.deep.equal([
      { questionId: 'constructor', optionIds: ['a'] },
      { questionId: 'toString', optionIds: [] },
      { questionId: 'hasOwnProperty', optionIds: [] },
      { questionId: '__proto__', optionIds: ['b'] },
    ]);
    expect(s.store.state.phase).to.equal('result');
  });

  it('survive a reload, and the time-up submit sends them', async () => {
    const s = setup();
    await toExam(s);
    await s.store.answer('__proto__', ['a']);
    await s.store.answer('toString', ['b']);
    const again = setup(s.records);
    await again.store.load();
    expect(again.store.state.phase).to.equal('exam');
    expect(again.store.state.answers.constructor).to.equal(undefined);
    again.now.t += 600_000;
    await again.store.expire();
    expect(nth(again.sent, 0).reason).to.equal('time-up');
    expect(nth(again.sent, 0).answers.map((a) => a.optionIds)).to.deep.equal([[], ['b'], [], ['a']]);
  });

  it('work in practice: nothing is chosen at first, and a choice is kept', async function () {
    this.timeout(20_000);
    const bank = questions.map((q) => ({ ...q, topicId: 'dvc', correctOptionIds: ['b'] }));
    await useBackend({ bank });
    const el = await mount(ENDPOINT, { sections: 'bank practice' });
    try {
      await untilPhase(el, 'landing');
      deepAll<HTMLAnchorElement>(el, 'nav a')
        .find((a) => a.textContent.includes('Thi thử'))!
        .click();
      const shown = () => deepAll<PracticeView>(el, 'ccq-practice').find((x) => !x.hidden && x.shadowRoot?.querySelector('form'));
      await until(() => !!shown(), 'the practice setup');
      const practice = shown()!;
      practice.questionIds = IDS;
      for (const id of IDS) {
        await until(() => practice.shadowRoot!.querySelector(`input[name="p-${id}"]`) !== null, `question ${id}`);
        expect(deepAll<HTMLInputElement>(practice, 'input:checked')).to.have.length(0);
        deep<HTMLInputElement>(practice, 'input[value="b"]').click();
        await settle(el);
        expect(deep<HTMLInputElement>(practice, 'input[value="b"]').checked).to.equal(true);
        button(practice, 'Kiểm tra').click();
        await settle(el);
        expect(deep(practice, '.feedback').textContent).to.contain('Chính xác');
        deepAll<HTMLButtonElement>(practice, '.nav button').at(-1)!.click();
        await settle(el);
      }
    } finally {
      el.remove();
      await clearStorage();
    }
  });
});

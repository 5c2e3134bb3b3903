/**
 * Personal data on shared computers (#13 F9–F12), at the store: what stays on the device after
 * an attempt and a result, and what another visit (another person in the same browser profile)
 * gets of it. A visit is the tab's session: the same records with the tab's visit mark is a
 * reload; without it, someone else opening the page.
 */
import { expect } from '@open-wc/testing';
import { ReferenceBackend } from '../../demo/mocks/backend.ts';
import { serverClock } from '../../src/core/clock.ts';
import { MemoryStorage, REMEMBER_DAYS } from '../../src/storage/drafts.ts';
import { QuizStore, RESULT_SHOWN_MS, type StorePorts } from '../../src/store/store.ts';
import { seeded } from '../helpers/backend.ts';
import { DURING, makeBank, testContest, VALID } from '../helpers/fixtures.ts';
import { callBackend, storeApi } from '../helpers/in-process.ts';
import { must, nth } from '../helpers/must.ts';

const SCOPE = 'test-contest';
const B = { ...VALID, fullName: 'Trần Thị Bình', birthDate: '02/03/1991', citizenId: '024091005678', phone: '0987654321', email: 'binh@example.com' };

/** One device (its records), one backend, one server clock: each `visit()` is a page opened on it. */
function device(exam: Partial<ReturnType<typeof testContest>['exam']> = {}) {
  const now = { t: DURING };
  const backend = new ReferenceBackend({ contest: testContest(exam), bank: makeBank(20), now: () => now.t, random: seeded(3), bankAnswers: 'never' });
  const records = new Map<string, unknown>();
  let keyN = 0;
  const call = callBackend(backend);
  const ports: StorePorts = {
    api: storeApi(call),
    openStorage: (id) => Promise.resolve(new MemoryStorage(id, records)),
    clock: (serverTime) => serverClock(serverTime, () => now.t, now.t),
    newKey: () => `key-${++keyN}`,
    schedule: () => () => undefined,
  };
  return {
    backend,
    now,
    records,
    /** The page opened again: in the same tab (a reload) or, `newTab`, by whoever sits down next. */
    async visit({ newTab = false } = {}) {
      if (newTab) records.delete(`visit:${SCOPE}`);
      const store = new QuizStore(ports);
      await store.load();
      return store;
    },
    /** Everything on the device, as text. */
    dump: () => JSON.stringify([...records.values()]),
    storage: () => new MemoryStorage(SCOPE, records),
  };
}

async function register(store: QuizStore, who: typeof VALID, options: { remember?: boolean; shared?: boolean } = {}) {
  await store.begin();
  store.updateForm(who);
  if (options.shared) store.setSharedDevice(true);
  if (options.remember) store.setRememberDetails(true);
  expect(await store.register()).to.equal(true);
  expect(store.state.phase).to.equal('exam');
}

/** Answer every question with the backend's key: a perfect score, so that a leaked result would be plain. */
async function answerAll(store: QuizStore, d: ReturnType<typeof device>) {
  const { keys } = must(d.backend.state.attempts[store.state.attempt!.id], 'the attempt on the server');
  for (const q of store.state.attempt!.questions) await store.answer(q.id, must(keys[q.id], `the key of ${q.id}`));
}

describe('on a shared computer', () => {
  describe('F9: the answer key', () => {
    it('leaves no correct answers or explanations on the device after a result with review', async () => {
      const d = device({ result: 'review' });
      const a = await d.visit();
      await register(a, VALID);
      await answerAll(a, d);
      await a.confirmSubmit();
      expect(a.state.phase).to.equal('result');
      // On screen, in this visit, the review is there…
      const r = a.state.result!;
      expect(r.status === 'graded' && r.review?.length).to.equal(5);
      // …but not on the device.
      expect(d.dump()).not.to.match(/correctOptionIds|explanation|Giải thích/);
    });
  });

  describe('F10: remembered details', () => {
    it('remembers only when asked, for REMEMBER_DAYS, and fills the form without ticking consent or "remember"', async () => {
      const d = device();
      const a = await d.visit();
      await register(a, VALID);
      expect(await d.storage().getProfile()).to.equal(undefined);

      const again = await d.visit({ newTab: true });
      await register(again, VALID, { remember: true });
      const kept = (await d.storage().getProfile())!;
      expect(kept.citizenId).to.equal(VALID.citizenId);
      expect(kept.consent).to.equal(false);
      expect(kept.expiresAt - Date.now()).to.be.within((REMEMBER_DAYS - 0.01) * 86_400_000, REMEMBER_DAYS * 86_400_000);

      const next = await d.visit({ newTab: true });
      expect(next.state.form.citizenId).to.equal(VALID.citizenId);
      expect(next.state.form.consent).to.equal(false);
      expect(next.state.rememberDetails).to.equal(false);
      expect(next.state.rememberedUntil).to.equal(kept.expiresAt);
    });

    it('deletes details past their expiry, and details kept before there was one', async () => {
      const d = device();
      d.records.set(`profile:${SCOPE}`, { ...VALID, expiresAt: Date.now() - 1000 });
      expect(await d.storage().getProfile()).to.equal(undefined);
      expect(d.records.has(`profile:${SCOPE}`)).to.equal(false);
      d.records.set(`profile:${SCOPE}`, { ...VALID });
      const s = await d.visit({ newTab: true });
      expect(s.state.form.citizenId).to.equal('');
      expect(d.dump()).not.to.contain(VALID.citizenId);
    });

    it('wipes the form after the result unless the participant asked to be remembered', async () => {
      const d = device();
      const a = await d.visit();
      await register(a, VALID);
      await a.confirmSubmit();
      await a.finish();
      expect(a.state.form.citizenId).to.equal('');
      expect(a.state.form.fullName).to.equal('');
    });

    it('"Tôi dùng máy tính chung" keeps nothing: no details, no result, no answers', async () => {
      const d = device({ result: 'review' });
      const a = await d.visit();
      await a.begin();
      a.updateForm(VALID);
      a.setRememberDetails(true);
      a.setSharedDevice(true);
      expect(a.state.rememberDetails).to.equal(false);
      a.setRememberDetails(true);
      expect(a.state.rememberDetails).to.equal(false);
      await a.register();
      await answerAll(a, d);
      await a.confirmSubmit();
      expect(a.state.phase).to.equal('result');
      expect(d.dump()).not.to.match(new RegExp(`${VALID.citizenId}|${VALID.fullName}|correctCount|"result"`));
      expect(await d.storage().getResult()).to.equal(undefined);
      expect(await d.storage().getDraft()).to.equal(undefined);
      // A reload of the same tab does not bring it back either.
      expect((await d.visit()).state.phase).to.equal('landing');
    });
  });

  describe('F11: a finished result', () => {
    it('shows again on a reload of its tab for RESULT_SHOWN_MS, then only to its owner', async () => {
      const d = device();
      const a = await d.visit();
      await register(a, VALID);
      await answerAll(a, d);
      await a.confirmSubmit();
      expect(a.state.phase).to.equal('result');

      // A reload by mistake, in the same tab: the result again.
      expect((await d.visit()).state.phase).to.equal('result');
      // Later than that: the rules, and "Xem lại kết quả của tôi".
      d.now.t += RESULT_SHOWN_MS + 1000;
      const later = await d.visit();
      expect(later.state.phase).to.equal('landing');
      expect(later.state.result).to.equal(undefined);
      expect(later.state.held).to.deep.equal({ attempts: 0, result: true });
    });

    it("another visit sees the rules, and the result only with the owner's citizen id and birth date", async () => {
      const d = device();
      const a = await d.visit();
      await register(a, VALID);
      await answerAll(a, d);
      await a.confirmSubmit();

      const b = await d.visit({ newTab: true });
      expect(b.state.phase).to.equal('landing');
      expect(b.state.result).to.equal(undefined);
      expect(b.state.held?.result).to.equal(true);
      // Stored as a salted hash, not as the details.
      expect(d.dump()).not.to.contain(VALID.citizenId);
      expect(await b.reclaim({ citizenId: B.citizenId, birthDate: B.birthDate }, 'result')).to.equal(false);
      expect(await b.reclaim({ citizenId: VALID.citizenId, birthDate: '21/05/1980' }, 'result')).to.equal(false);
      expect(await b.reclaim({}, 'result')).to.equal(false);
      expect(b.state.phase).to.equal('landing');
      // The owner, typing the details a little differently.
      expect(await b.reclaim({ citizenId: ` ${VALID.citizenId.slice(0, 6)} ${VALID.citizenId.slice(6)}`, birthDate: '20/5/1980' }, 'result')).to.equal(true);
      expect(b.state.phase).to.equal('result');
      const r = b.state.result!;
      expect(r.status === 'graded' && r.correctCount).to.equal(5);
    });
  });

  describe('F12: an unfinished attempt', () => {
    it('is not resumed by another visit, stays for its owner while the next person takes their own, and resumes for its owner', async () => {
      const d = device();
      const a = await d.visit();
      await register(a, VALID);
      const attemptA = a.state.attempt!.id;
      const q = a.state.attempt!.questions;
      await a.answer(nth(q, 0).id, [nth(nth(q, 0).options, 2).id]);
      await a.toggleFlag(nth(q, 1).id);

      // A reload in A's tab resumes A's attempt as before.
      const reload = await d.visit();
      expect(reload.state.phase).to.equal('exam');
      expect(reload.state.attempt?.id).to.equal(attemptA);

      // B opens the page: the rules, none of A's attempt, a way to take their own.
      const b = await d.visit({ newTab: true });
      expect(b.state.phase).to.equal('landing');
      expect(b.state.attempt).to.equal(undefined);
      expect(b.state.answers).to.deep.equal({});
      expect(b.state.held).to.deep.equal({ attempts: 1, result: false });
      expect(await b.reclaim({ citizenId: B.citizenId, birthDate: B.birthDate }, 'attempt')).to.equal(false);
      await register(b, B);
      expect(b.state.attempt!.id).not.to.equal(attemptA);
      await b.confirmSubmit();
      expect(b.state.phase).to.equal('result');
      // The server accepted B's submission as B's, and A's attempt is untouched there.
      expect(must(d.backend.state.attempts[attemptA], 'the attempt on the server').submission).to.equal(undefined);

      // A comes back later, on another visit: their attempt, with their answer and flag.
      const back = await d.visit({ newTab: true });
      expect(back.state.phase).to.equal('landing');
      expect(back.state.held?.attempts).to.equal(1);
      expect(await back.reclaim({ citizenId: VALID.citizenId, birthDate: VALID.birthDate }, 'attempt')).to.equal(true);
      expect(back.state.phase).to.equal('exam');
      expect(back.state.attempt?.id).to.equal(attemptA);
      expect(back.state.answers[nth(q, 0).id]).to.deep.equal([nth(nth(q, 0).options, 2).id]);
      expect(back.state.flagged).to.deep.equal([nth(q, 1).id]);
      expect(back.state.held?.attempts).to.equal(0);
    });

    it('keeps a sealed submission of its owner when the next person starts', async () => {
      const d = device();
      const a = await d.visit();
      await register(a, VALID);
      const attemptA = a.state.attempt!.id;
      // The submission cannot get through (offline): sealed, in the outbox.
      a.setOnline(false);
      await a.confirmSubmit();
      expect(a.state.phase).to.equal('submitting');

      const b = await d.visit({ newTab: true });
      expect(b.state.phase).to.equal('landing');
      await register(b, B);
      const held = (await d.storage().getHeld())!;
      expect(held.map((h) => h.attempt?.id)).to.deep.equal([attemptA]);
      expect(nth(held, 0).outbox?.body.reason).to.equal('confirmed');
    });
  });
});

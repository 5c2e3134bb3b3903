/** The store's state machine with fake ports: no DOM, no network. */
import { expect } from '@open-wc/testing';
import { ReferenceBackend } from '../../demo/mocks/backend.ts';
import { ApiError } from '../../src/api/errors.ts';
import type { SubmissionRequest } from '../../src/contract/schemas.ts';
import { serverClock } from '../../src/core/clock.ts';
import { MemoryStorage } from '../../src/storage/drafts.ts';
import { answersCopy } from '../../src/store/answers-copy.ts';
import { QuizStore, type StorePorts } from '../../src/store/store.ts';
import { seeded } from '../helpers/backend.ts';
import { DURING, makeBank, testContest, VALID } from '../helpers/fixtures.ts';
import { must, nth } from '../helpers/must.ts';

/** A store wired to the reference backend in-process, with a manual clock and manual timers. */
function setup(
  opts: {
    records?: Map<string, unknown>;
    now?: { t: number };
    fail?: (path: string) => Error | undefined;
    keyPrefix?: string;
    /** The storage hint (StorePorts.nothingToResume), and a gate the storage opens behind. */
    nothingToResume?: boolean;
    storageGate?: Promise<unknown>;
  } = {},
) {
  const now = opts.now ?? { t: DURING };
  const backend = new ReferenceBackend({ contest: testContest(), bank: makeBank(20), now: () => now.t, random: seeded(1) });
  const calls: { path: string; key?: string; body?: unknown }[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const call = async (method: string, path: string, body?: unknown, key?: string) => {
    calls.push({ path, key, body });
    const f = opts.fail?.(path);
    if (f) throw f;
    const res = await backend.handle({ method, path, body, header: (n) => (n === 'Idempotency-Key' ? (key ?? null) : null) });
    if (res.status >= 400) {
      const e = (res.body as { error: { code: never; message: string; fields?: Record<string, string> } }).error;
      throw new ApiError(e.code, e.message, res.status, e.fields ?? {});
    }
    return res.body as never;
  };
  let keyN = 0;
  const records = opts.records ?? new Map();
  const ports: StorePorts = {
    api: {
      getContest: () => call('GET', '/contest'),
      startAttempt: (body, key) => call('POST', '/attempts', body, key),
      submit: (id, body, key) => call('POST', `/attempts/${id}/submission`, body, key),
    },
    openStorage: async (id) => {
      await opts.storageGate;
      return new MemoryStorage(id, records);
    },
    ...(opts.nothingToResume === undefined ? {} : { nothingToResume: () => opts.nothingToResume! }),
    clock: (serverTime) => serverClock(serverTime, () => now.t, now.t),
    newKey: () => `${opts.keyPrefix ?? 'key'}-${++keyN}`,
    schedule: (fn, ms) => {
      const t = { fn, ms };
      timers.push(t);
      return () => timers.splice(timers.indexOf(t), 1);
    },
  };
  return { store: new QuizStore(ports), backend, calls, timers, now, records };
}

async function toExam(s: ReturnType<typeof setup>) {
  await s.store.load();
  await s.store.begin();
  s.store.updateForm(VALID);
  expect(await s.store.register()).to.equal(true);
  expect(s.store.state.phase).to.equal('exam');
}

describe('QuizStore', () => {
  it('loads the contest and lands on the rules when it is open', async () => {
    const s = setup();
    expect(s.store.state.phase).to.equal('loading');
    await s.store.load();
    expect(s.store.state.phase).to.equal('landing');
    expect(s.store.state.contest?.id).to.equal('test-contest');
  });

  it('is upcoming before opensAt and closed after closesAt, by the server clock', async () => {
    const early = setup({ now: { t: Date.parse('2020-09-15T07:59:00+07:00') } });
    await early.store.load();
    expect(early.store.state.phase).to.equal('upcoming');
    const late = setup({ now: { t: Date.parse('2020-10-15T08:00:00+07:00') } });
    await late.store.load();
    expect(late.store.state.phase).to.equal('closed');
  });

  it('shows a load error with the failure code when the contest cannot be fetched', async () => {
    const s = setup({ fail: () => new ApiError('network', 'offline') });
    await s.store.load();
    expect(s.store.state.phase).to.equal('load-error');
    expect(s.store.state.error?.code).to.equal('network');
  });

  it('keeps the participant on the form with field errors when the form is invalid', async () => {
    const s = setup();
    await s.store.load();
    await s.store.begin();
    s.store.updateForm({ ...VALID, citizenId: '12345', phone: '0123', consent: false });
    expect(await s.store.register()).to.equal(false);
    expect(s.store.state.phase).to.equal('registration');
    expect(s.store.state.formErrors).to.deep.equal({ citizenId: 'citizenIdInvalid', phone: 'phoneInvalid', consent: 'consentRequired' });
    expect(s.calls.filter((c) => c.path === '/attempts')).to.have.length(0);
  });

  it('starts an attempt with an idempotency key and records answers, flags and the prediction', async () => {
    const s = setup();
    await toExam(s);
    const start = s.calls.find((c) => c.path === '/attempts')!;
    expect(start.key).to.match(/^key-/);
    const [q1, q2] = [nth(s.store.state.attempt!.questions, 0), nth(s.store.state.attempt!.questions, 1)];
    await s.store.answer(q1.id, ['b']);
    await s.store.toggleFlag(q2.id);
    await s.store.setPrediction(42);
    expect(s.store.state.answers).to.deep.equal({ [q1.id]: ['b'] });
    expect(s.store.state.flagged).to.deep.equal([q2.id]);
    const draft = (await new MemoryStorage('test-contest', s.records).getDraft())!;
    expect(draft.answers).to.deep.equal({ [q1.id]: ['b'] });
    expect(draft.flagged).to.deep.equal([q2.id]);
    expect(draft.prediction).to.equal(42);
  });

  it('navigates pages including the prediction page and clamps at the ends', async () => {
    const s = setup();
    await toExam(s);
    expect(s.store.pageCount()).to.equal(6);
    await s.store.goTo(99);
    expect(s.store.state.index).to.equal(5);
    await s.store.goTo(-3);
    expect(s.store.state.index).to.equal(0);
  });

  it('submits once through the outbox and shows the graded result', async () => {
    const s = setup();
    await toExam(s);
    // The attempt's ids are its own (#13 F8): the right answers are in the backend's key.
    const { keys } = must(s.backend.state.attempts[s.store.state.attempt!.id], 'the attempt on the server');
    for (const q of s.store.state.attempt!.questions) await s.store.answer(q.id, must(keys[q.id], `the key of ${q.id}`));
    await s.store.openReview();
    await s.store.confirmSubmit();
    expect(s.store.state.phase).to.equal('result');
    const r = s.store.state.result!;
    expect(r.status).to.equal('graded');
    if (r.status === 'graded') expect([r.correctCount, r.questionCount]).to.deep.equal([5, 5]);
    expect(r.attemptsLeft).to.equal(2);
    const submits = s.calls.filter((c) => c.path.endsWith('/submission'));
    expect(submits).to.have.length(1);
    expect((nth(submits, 0).body as SubmissionRequest).reason).to.equal('confirmed');
  });

  it('retries a failed submission later with the same key and body', async () => {
    let failures = 2;
    const s = setup({ fail: (p) => (p.endsWith('/submission') && failures-- > 0 ? new ApiError('internal', 'down', 500) : undefined) });
    await toExam(s);
    await s.store.answer(nth(s.store.state.attempt!.questions, 0).id, ['b']);
    await s.store.confirmSubmit();
    expect(s.store.state.phase).to.equal('submitting');
    expect(s.store.state.outbox?.status).to.equal('waiting');
    expect(s.timers).to.have.length(1);
    s.timers.shift()!.fn();
    await new Promise((r) => setTimeout(r));
    s.timers.shift()!.fn();
    await new Promise((r) => setTimeout(r));
    expect(s.store.state.phase).to.equal('result');
    const submits = s.calls.filter((c) => c.path.endsWith('/submission'));
    expect(submits).to.have.length(3);
    expect(new Set(submits.map((c) => c.key)).size).to.equal(1);
    expect(new Set(submits.map((c) => JSON.stringify(c.body))).size).to.equal(1);
  });

  it('waits while offline and sends as soon as the connection returns', async () => {
    const s = setup();
    await toExam(s);
    s.store.setOnline(false);
    await s.store.confirmSubmit();
    expect(s.store.state.outbox?.status).to.equal('waiting');
    expect(s.calls.filter((c) => c.path.endsWith('/submission'))).to.have.length(0);
    s.store.setOnline(true);
    await new Promise((r) => setTimeout(r));
    expect(s.store.state.phase).to.equal('result');
  });

  it('seals and submits at the deadline with reason time-up, and refuses later answers', async () => {
    const s = setup();
    await toExam(s);
    const q = nth(s.store.state.attempt!.questions, 0);
    await s.store.answer(q.id, ['a']);
    s.now.t += 600_000;
    expect(s.store.msLeft()).to.equal(0);
    await s.store.answer(q.id, ['b']);
    expect(s.store.state.answers[q.id]).to.deep.equal(['a']);
    await s.store.expire();
    expect(s.store.state.phase).to.equal('result');
    const body = s.calls.find((c) => c.path.endsWith('/submission'))!.body as SubmissionRequest;
    expect(body.reason).to.equal('time-up');
    expect(body.answers.find((a) => a.questionId === q.id)?.optionIds).to.deep.equal(['a']);
  });

  it('marks the submission failed, keeping the answers, when the server says the attempt expired', async () => {
    const s = setup();
    await toExam(s);
    await s.store.answer(nth(s.store.state.attempt!.questions, 0).id, ['c']);
    s.now.t += 700_000; // past deadline + grace
    await s.store.confirmSubmit().catch(() => undefined);
    expect(s.store.state.phase).to.equal('submitting');
    expect(s.store.state.outbox?.status).to.equal('failed');
    expect(s.store.state.outbox?.error?.code).to.equal('attempt_expired');
    expect(JSON.parse(answersCopy(s.store)).submission.answers[0].optionIds).to.deep.equal(['c']);
  });

  it('resumes the same attempt on the same page after a reload', async () => {
    const first = setup();
    await toExam(first);
    const q = nth(first.store.state.attempt!.questions, 2);
    await first.store.goTo(2);
    await first.store.answer(q.id, ['d']);
    const again = setup({ records: first.records, now: first.now });
    // The new store talks to a new backend: share the old one's state as a real server would.
    again.backend.state = first.backend.state;
    await again.store.load();
    expect(again.store.state.phase).to.equal('exam');
    expect(again.store.state.index).to.equal(2);
    expect(again.store.state.answers[q.id]).to.deep.equal(['d']);
    expect(again.store.state.attempt?.id).to.equal(first.store.state.attempt?.id);
  });

  it('keeps the autosave revision the server confirmed with the draft, for the attempt it belongs to', async () => {
    const first = setup();
    await toExam(first);
    expect(first.store.revision).to.equal(0);
    await first.store.answer(nth(first.store.state.attempt!.questions, 0).id, ['b']);
    await first.store.autosaved(3);
    // The answers as the contract sends them: every question, the unanswered ones with no option.
    expect(first.store.answerEntries().map((a) => a.optionIds)).to.deep.equal([['b'], [], [], [], []]);
    const again = setup({ records: first.records, now: first.now });
    again.backend.state = first.backend.state;
    await again.store.load();
    expect(again.store.state.phase).to.equal('exam');
    expect(again.store.revision).to.equal(3);
    // A new attempt starts again from 0.
    await again.store.confirmSubmit();
    await again.store.finish();
    await again.store.begin();
    again.store.updateForm(VALID);
    expect(await again.store.register()).to.equal(true);
    expect(again.store.revision).to.equal(0);
  });

  describe('when the device says it has nothing to resume', () => {
    /** A gate to open the storage by hand. */
    const gate = () => {
      let open!: () => void;
      return { promise: new Promise<void>((r) => (open = r)), open: () => open() };
    };
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 50 && !ok(); i++) await new Promise((r) => setTimeout(r));
      expect(ok()).to.equal(true);
    };

    it('shows the rules before storage has opened, then applies the remembered details', async () => {
      const expiresAt = Date.now() + 86_400_000;
      const records = new Map<string, unknown>([['profile:test-contest', { ...VALID, fullName: 'Nguyễn Văn Nhớ', expiresAt }]]);
      const g = gate();
      const s = setup({ records, nothingToResume: true, storageGate: g.promise });
      const loading = s.store.load();
      await until(() => s.store.state.phase === 'landing');
      expect(s.store.state.storage).to.equal('unknown');
      expect(s.store.state.form.fullName).to.equal('');
      g.open();
      await loading;
      expect(s.store.state.storage).to.equal('memory');
      expect(s.store.state.form.fullName).to.equal('Nguyễn Văn Nhớ');
      // Filled in, but neither consent nor "remember" ticked for whoever is at the screen (#13 F10).
      expect(s.store.state.form.consent).to.equal(false);
      expect(s.store.state.rememberDetails).to.equal(false);
      expect(s.store.state.rememberedUntil).to.equal(expiresAt);
    });

    it('resumes the attempt after all when storage holds one (the hint was wrong)', async () => {
      const first = setup();
      await toExam(first);
      const q = nth(first.store.state.attempt!.questions, 1);
      await first.store.answer(q.id, ['b']);
      const g = gate();
      const again = setup({ records: first.records, now: first.now, nothingToResume: true, storageGate: g.promise });
      again.backend.state = first.backend.state;
      const loading = again.store.load();
      await until(() => again.store.state.phase === 'landing');
      g.open();
      await loading;
      expect(again.store.state.phase).to.equal('exam');
      expect(again.store.state.answers[q.id]).to.deep.equal(['b']);
    });

    it('lets "Đăng ký dự thi" wait for storage, and not go ahead when storage holds an attempt', async () => {
      const first = setup();
      await toExam(first);
      const g = gate();
      const again = setup({ records: first.records, now: first.now, nothingToResume: true, storageGate: g.promise });
      again.backend.state = first.backend.state;
      const loading = again.store.load();
      await until(() => again.store.state.phase === 'landing');
      const begun = again.store.begin();
      g.open();
      await Promise.all([loading, begun]);
      expect(again.store.state.phase).to.equal('exam');

      const fresh = gate();
      const empty = setup({ nothingToResume: true, storageGate: fresh.promise });
      const loaded = empty.store.load();
      await until(() => empty.store.state.phase === 'landing');
      const begin = empty.store.begin();
      expect(empty.store.state.phase).to.equal('landing');
      fresh.open();
      await Promise.all([loaded, begin]);
      expect(empty.store.state.phase).to.equal('registration');
    });
  });

  it('resumes a pending submission after a reload and sends it with the same key', async () => {
    const first = setup({ fail: (p) => (p.endsWith('/submission') ? new ApiError('network', 'lost') : undefined) });
    await toExam(first);
    await first.store.confirmSubmit();
    const key = first.calls.find((c) => c.path.endsWith('/submission'))!.key;
    const again = setup({ records: first.records, now: first.now });
    again.backend.state = first.backend.state;
    await again.store.load();
    await new Promise((r) => setTimeout(r));
    expect(again.store.state.phase).to.equal('result');
    expect(again.calls.find((c) => c.path.endsWith('/submission'))!.key).to.equal(key);
  });

  it('keeps only the result after a confirmed submission, and no personal data unless asked', async () => {
    const s = setup();
    await toExam(s);
    await s.store.confirmSubmit();
    const storage = new MemoryStorage('test-contest', s.records);
    // The draft goes; the result stays apart, for its owner (#13 F11).
    expect(await storage.getDraft()).to.equal(undefined);
    expect((await storage.getResult())?.result.attemptId).to.equal(s.store.state.result!.attemptId);
    expect(await storage.getProfile()).to.equal(undefined);
    expect(JSON.stringify([...s.records.values()])).not.to.contain(VALID.citizenId);
  });

  it('remembers the participant only when asked to', async () => {
    const s = setup();
    await s.store.load();
    await s.store.begin();
    s.store.updateForm(VALID);
    s.store.setRememberDetails(true);
    await s.store.register();
    expect((await new MemoryStorage('test-contest', s.records).getProfile())?.citizenId).to.equal(VALID.citizenId);
  });

  it('maps server refusals: attempts used up keeps the form; closed goes to closed', async () => {
    const s = setup();
    for (let i = 0; i < 3; i++) {
      await toExam(s);
      await s.store.confirmSubmit();
      await s.store.finish();
    }
    await s.store.begin();
    s.store.updateForm(VALID);
    await s.store.register();
    expect(s.store.state.phase).to.equal('registration');
    expect(s.store.state.error?.code).to.equal('attempts_exhausted');
    expect(s.store.state.form.citizenId).to.equal(VALID.citizenId);

    s.now.t = Date.parse('2020-10-16T00:00:00+07:00');
    s.store.updateForm({ citizenId: '001099000001' });
    await s.store.register();
    expect(s.store.state.phase).to.equal('closed');
  });

  it('keeps the start key after a garbled answer, so trying again replays the attempt the server made', async () => {
    let garble = true;
    const s = setup();
    await s.store.load();
    await s.store.begin();
    s.store.updateForm(VALID);
    // The server applies the start, but the answer arrives garbled.
    const original = s.backend.handle.bind(s.backend);
    s.backend.handle = async (req) => {
      const res = await original(req);
      if (garble && req.path === '/attempts') {
        garble = false;
        throw new ApiError('invalid-response', 'garbled', 200);
      }
      return res;
    };
    await s.store.register();
    expect(s.store.state.phase).to.equal('registration');
    expect(s.store.state.error?.code).to.equal('invalid-response');
    await s.store.register();
    expect(s.store.state.phase).to.equal('exam');
    expect(Object.keys(s.backend.state.attempts)).to.have.length(1);
    const keys = s.calls.filter((c) => c.path === '/attempts').map((c) => c.key);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  /** A start request the server applied, then a reload before its answer came back. */
  async function reloadWhileStarting() {
    const first = setup();
    await first.store.load();
    await first.store.begin();
    first.store.updateForm(VALID);
    const original = first.backend.handle.bind(first.backend);
    first.backend.handle = async (req) => {
      await original(req);
      return new Promise(() => undefined);
    };
    void first.store.register();
    await new Promise((r) => setTimeout(r, 10));
    // A new page makes new keys; the fake's counter restarts, so it gets another prefix.
    const again = setup({ records: first.records, now: first.now, keyPrefix: 'reloaded' });
    again.backend.state = first.backend.state;
    await again.store.load();
    const firstKey = first.calls.find((c) => c.path === '/attempts')!.key;
    return { again, firstKey };
  }

  it('keeps the start key across a reload while the start is pending', async () => {
    const { again, firstKey } = await reloadWhileStarting();
    expect(again.store.state.phase).to.equal('registration');
    again.store.updateForm(VALID);
    await again.store.register();
    expect(again.store.state.phase).to.equal('exam');
    expect(Object.keys(again.backend.state.attempts)).to.have.length(1);
    expect(again.calls.find((c) => c.path === '/attempts')!.key).to.equal(firstKey);
  });

  it('starts afresh when the details changed after a reload (the kept key went with the old ones)', async () => {
    const { again, firstKey } = await reloadWhileStarting();
    again.store.updateForm({ ...VALID, phone: '0987654321' });
    await again.store.register();
    expect(again.store.state.error).to.equal(undefined);
    expect(again.store.state.phase).to.equal('exam');
    const keys = again.calls.filter((c) => c.path === '/attempts').map((c) => c.key);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(firstKey);
    expect(keys[1]).not.to.equal(keys[0]);
  });

  it('skips the form when the host supplies complete participant details', async () => {
    const s = setup();
    s.store.setHostParticipant(VALID);
    await s.store.load();
    expect(s.store.state.participantFromHost).to.equal(true);
    await s.store.begin();
    expect(s.store.state.phase).to.equal('exam');
  });

  it('refuses illegal transitions', async () => {
    const s = setup();
    await s.store.load();
    let error: unknown;
    try {
      await s.store.openReview();
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.contain('Illegal transition landing → review');
  });
});

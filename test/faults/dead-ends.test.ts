/**
 * #13 F13 and #14 "a contact for every dead end": a submission refused with a status that is not
 * final (401, a WAF's 403, a proxy's 413) gets a way on (log in again and resend, also after a
 * reload); one refused for good (attempt_expired) keeps its answers and lets the device serve the
 * next person; every error the participant cannot fix alone says whom to contact.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { ReferenceBackend } from '../../demo/mocks/backend.ts';
import { ApiError } from '../../src/api/errors.ts';
import { serverClock } from '../../src/core/clock.ts';
import { vi } from '../../src/i18n/vi.ts';
import { MemoryStorage, type Draft } from '../../src/storage/drafts.ts';
import { answersCopy } from '../../src/store/answers-copy.ts';
import { QuizStore, type StorePorts } from '../../src/store/store.ts';
import { ErrorNotice } from '../../src/views/error-notice.ts';
import { seeded } from '../helpers/backend.ts';
import { DURING, makeBank, testContest, VALID } from '../helpers/fixtures.ts';
import { callBackend, storeApi, type BackendCall } from '../helpers/in-process.ts';
import { must, nth } from '../helpers/must.ts';

/** A store on the reference backend in-process; `refuse` makes the next submissions fail with that error. */
function device(shared?: { records: Map<string, unknown>; backend: ReferenceBackend; now: { t: number }; tab: { copy?: Draft } }) {
  const now = shared?.now ?? { t: DURING };
  // This tab's synchronous copy of the draft (sessionStorage in the element), which a reload keeps.
  const tab: { copy?: Draft } = shared?.tab ?? {};
  const backend = shared?.backend ?? new ReferenceBackend({ contest: testContest(), bank: makeBank(20), now: () => now.t, random: seeded(1) });
  const records = shared?.records ?? new Map<string, unknown>();
  const control: { refuse?: ApiError; submissions: number } = { submissions: 0 };
  const direct = callBackend(backend);
  const call: BackendCall = async (method, path, body, key) => {
    if (path.endsWith('/submission')) {
      control.submissions++;
      if (control.refuse) throw control.refuse;
    }
    return direct(method, path, body, key);
  };
  let n = 0;
  const ports: StorePorts = {
    api: storeApi(call),
    openStorage: (id) => Promise.resolve(new MemoryStorage(id, records)),
    clock: (serverTime) => serverClock(serverTime, () => now.t, now.t),
    newKey: () => `key-${Math.random()}-${++n}`,
    schedule: () => () => undefined,
    mirror: { put: (d) => void (tab.copy = structuredClone(d)), get: () => structuredClone(tab.copy) },
  };
  return { store: new QuizStore(ports), backend, records, now, control, tab };
}

async function toExam(store: QuizStore) {
  await store.load();
  await store.begin();
  store.updateForm(VALID);
  expect(await store.register()).to.equal(true);
}

const settle = () => new Promise((r) => setTimeout(r));

describe('Submissions that give up (#13 F13)', () => {
  for (const [what, error] of [
    ['401 unauthorized', new ApiError('unauthorized', 'login expired', 401)],
    ["a WAF's 403 without the envelope", new ApiError('http', 'HTTP 403', 403)],
    ["a proxy's 413", new ApiError('http', 'HTTP 413', 413)],
  ] as const) {
    it(`${what}: the participant logs in again and resends, with the same key`, async () => {
      const d = device();
      await toExam(d.store);
      await d.store.answer(nth(d.store.state.attempt!.questions, 0).id, ['b']);
      d.control.refuse = error;
      await d.store.confirmSubmit();
      expect(d.store.state.outbox?.status).to.equal('failed');
      expect(d.store.refusedForGood()).to.equal(false);
      d.control.refuse = undefined; // logged in again
      await d.store.resend();
      expect(d.store.state.phase).to.equal('result');
    });
  }

  it('401, log in, reload: the reload sends it again by itself (as the message says)', async () => {
    const first = device();
    await toExam(first.store);
    first.control.refuse = new ApiError('unauthorized', 'login expired', 401);
    await first.store.confirmSubmit();
    expect(first.store.state.outbox?.status).to.equal('failed');
    const reloaded = device(first);
    await reloaded.store.load();
    await settle();
    expect(reloaded.store.state.phase).to.equal('result');
  });

  it('attempt_expired: the answers are kept aside, the next person can take the contest, the copy can still be saved', async () => {
    const a = device();
    await toExam(a.store);
    const attemptId = a.store.state.attempt!.id;
    await a.store.answer(nth(a.store.state.attempt!.questions, 0).id, ['c']);
    a.now.t += 700_000; // past deadline + grace
    await a.store.confirmSubmit();
    expect(a.store.state.outbox?.error?.code).to.equal('attempt_expired');
    expect(a.store.refusedForGood()).to.equal(true);
    await a.store.park();
    expect(a.store.state.phase).to.equal('landing');

    // The next person, after a reload: the rules, a new attempt, and the set-aside answers still there.
    // (The storage is memory here, where a reload takes the attempt up from the tab's copy: once
    // set aside, the copy must not bring it back.)
    const b = device(a);
    await b.store.load();
    expect(b.store.state.phase).to.equal('landing');
    expect(b.store.state.parked?.map((p) => p.attemptId)).to.deep.equal([attemptId]);
    const parked = b.store.state.parked![0];
    expect(JSON.parse(answersCopy(b.store, parked)).submission.answers[0].optionIds).to.deep.equal(['c']);
    await b.store.begin();
    b.store.updateForm({ ...VALID, citizenId: '024080001235' });
    expect(await b.store.register()).to.equal(true);
    expect(b.store.state.attempt!.id).to.not.equal(attemptId);
    expect(nth(nth(must(await new MemoryStorage('test-contest', b.records).getParked(), 'parked submissions'), 0).body.answers, 0).optionIds).to.deep.equal([
      'c',
    ]);
  });
});

describe('A contact for every dead end (#14)', () => {
  const storeWith = (contact?: object) => ({ state: { contest: { ...testContest(), contact } }, clock: undefined }) as unknown as QuizStore;

  it("shows the contest's contact on an error the participant cannot fix alone", async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(ErrorNotice(vi, { code: 'attempt_expired' }, storeWith({ hotline: '0204 3 854 000', email: 'btc@example.org', address: 'Sở Nội vụ' })), el);
    expect(el.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:02043854000');
    expect(el.querySelector('a[href^="mailto:"]')?.textContent).to.equal('btc@example.org');
    expect(el.textContent).to.contain('Sở Nội vụ');
  });

  it('says to contact the organisers when the contest gives no contact, and nothing for an error one can fix', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(ErrorNotice(vi, { code: 'http' }, storeWith()), el);
    expect(el.textContent).to.contain('liên hệ Ban Tổ chức');
    render(ErrorNotice(vi, { code: 'invalid_participant' }, storeWith()), el);
    expect(el.textContent).to.not.contain('liên hệ Ban Tổ chức');
  });
});

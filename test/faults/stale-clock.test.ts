/**
 * #13 F15: after a reload the clock came only from the contest document, which a cache had kept
 * for 60 s (its Age not readable cross-origin): 1:30 was shown against 29 s real, the exam was
 * submitted after the deadline and refused. The draft's own clock now corrects it.
 */
import { expect } from '@open-wc/testing';
import { ReferenceBackend } from '../../demo/mocks/backend.ts';
import type { ContestDocument } from '../../src/contract/schemas.ts';
import { serverClock } from '../../src/core/clock.ts';
import { MemoryStorage } from '../../src/storage/drafts.ts';
import { QuizStore, type StorePorts } from '../../src/store/store.ts';
import { seeded } from '../helpers/backend.ts';
import { DURING, makeBank, testContest, VALID } from '../helpers/fixtures.ts';
import { callBackend, storeApi } from '../helpers/in-process.ts';
import { nth } from '../helpers/must.ts';

const backend = () => new ReferenceBackend({ contest: testContest(), bank: makeBank(20), now: () => server.t, random: seeded(5) });
const server = { t: DURING };

/** A tab whose contest document comes from a cache `staleMs` old (serverTime as it was then, no Age). */
function tab(b: ReferenceBackend, records: Map<string, unknown>, staleMs = 0) {
  const call = callBackend(b);
  const ports: StorePorts = {
    api: {
      ...storeApi(call),
      getContest: async () => {
        const doc = (await call('GET', '/contest')) as ContestDocument;
        return { ...doc, serverTime: new Date(Date.parse(doc.serverTime) - staleMs).toISOString() };
      },
    },
    openStorage: (id) => Promise.resolve(new MemoryStorage(id, records)),
    // Server time runs with the device's: both follow `server.t` here, as real time would.
    clock: (serverTime) => serverClock(serverTime, () => server.t, server.t),
    newKey: () => crypto.randomUUID(),
    schedule: () => () => undefined,
  };
  return new QuizStore(ports);
}

describe('A cached contest document after a reload (#13 F15)', () => {
  it("shows the real time left, not the cached clock's, and does not submit late", async () => {
    server.t = DURING;
    const realNow = Date.now;
    const device0 = realNow();
    Date.now = () => device0 + (server.t - DURING);
    try {
      const b = backend();
      const records = new Map<string, unknown>();
      const first = tab(b, records);
      await first.load();
      await first.begin();
      first.updateForm(VALID);
      await first.register();
      const deadline = Date.parse(first.state.attempt!.deadline);
      // 29 s before the deadline, an answer, then a reload that gets a 61 s old copy of /contest.
      server.t = deadline - 29_000;
      await first.answer(nth(first.state.attempt!.questions, 0).id, ['a']);
      first.dispose();
      const reloaded = tab(b, records, 61_000);
      await reloaded.load();
      expect(reloaded.state.phase).to.equal('exam');
      expect(Math.round(reloaded.msLeft() / 1000), 'seconds left shown').to.equal(29);
      // At the real deadline the element submits, inside the grace: accepted, nothing lost.
      server.t = deadline + 1000;
      await reloaded.expire();
      expect(reloaded.state.phase).to.equal('result');
    } finally {
      Date.now = realNow;
    }
  });
});

/**
 * #13 F17: two tabs pressing "Bắt đầu" used up two attempts and their drafts overwrote each
 * other; a reload in the same frame as a click lost answers whose IndexedDB write had not
 * committed. Two stores share one device's storage (as two tabs do) and the real Web Lock.
 */
import { expect } from '@open-wc/testing';
import { ReferenceBackend } from '../../demo/mocks/backend.ts';
import { AttemptLockController, attemptElsewhere, draftMirror, exclusive } from '../../src/controllers/attempt-lock.ts';
import { serverClock } from '../../src/core/clock.ts';
import { MemoryStorage, type Draft } from '../../src/storage/drafts.ts';
import { QuizStore, type StorePorts } from '../../src/store/store.ts';
import { seeded } from '../helpers/backend.ts';
import { DURING, makeBank, testContest, VALID } from '../helpers/fixtures.ts';
import { callBackend, storeApi, type BackendCall } from '../helpers/in-process.ts';
import { nth } from '../helpers/must.ts';

/** Storage whose writes can be made to never land (the page went away before they committed). */
class Device extends MemoryStorage {
  dropWrites = false;
  override putDraft = (d: Draft) => (this.dropWrites ? Promise.resolve() : this.write('draft', d));
}

function tab(device: { records: Map<string, unknown>; backend: ReferenceBackend; lock: string }, extra: Partial<StorePorts> = {}) {
  const now = { t: DURING };
  const storage = new Device('test-contest', device.records);
  const direct = callBackend(device.backend);
  const call: BackendCall = async (method, path, body, key) => {
    // A network delay, so that two tabs' starts overlap.
    await new Promise((r) => setTimeout(r, 20));
    return direct(method, path, body, key);
  };
  const ports: StorePorts = {
    api: storeApi(call),
    openStorage: () => Promise.resolve(storage),
    clock: (serverTime) => serverClock(serverTime, () => now.t, now.t),
    newKey: () => crypto.randomUUID(),
    schedule: () => () => undefined,
    exclusive: (fn) => exclusive(device.lock, fn),
    attemptElsewhere,
    ...extra,
  };
  return { store: new QuizStore(ports), storage, now };
}

function newDevice() {
  const backend = new ReferenceBackend({ contest: testContest(), bank: makeBank(20), now: () => DURING, random: seeded(3) });
  return { records: new Map<string, unknown>(), backend, lock: `test-start-${crypto.randomUUID()}` };
}

async function toForm(store: QuizStore) {
  await store.load();
  await store.begin();
  store.updateForm(VALID);
}

describe('Two tabs, one attempt (#13 F17)', () => {
  it('two tabs pressing "Bắt đầu" at once use one attempt', async () => {
    const device = newDevice();
    const a = tab(device);
    const b = tab(device);
    await toForm(a.store);
    await toForm(b.store);
    const [okA, okB] = await Promise.all([a.store.register(), b.store.register()]);
    expect([okA, okB]).to.deep.equal([true, true]);
    expect(a.store.state.attempt!.id).to.equal(b.store.state.attempt!.id);
    expect(Object.keys(device.backend.state.attempts).length, 'attempts the server started').to.equal(1);
  });

  it('a second tab starting later takes over the same attempt with its answers, never blanking them', async () => {
    const device = newDevice();
    const a = tab(device);
    const b = tab(device);
    await b.store.load(); // the second tab shows the rules, then its participant reads them a while
    await toForm(a.store);
    await a.store.register();
    // Tab A's element holds its attempt's lock while the attempt is on screen.
    const lock = new AttemptLockController({ addController() {} } as never, () => undefined);
    lock.follow(a.store.state.attempt!.id);
    const { questions } = a.store.state.attempt!;
    const [q1, q2] = [nth(questions, 0), nth(questions, 1)];
    await a.store.answer(q1.id, ['b']);
    await a.store.answer(q2.id, ['c']);
    await b.store.begin();
    b.store.updateForm(VALID);
    await b.store.register();
    expect(b.store.state.attempt!.id).to.equal(a.store.state.attempt!.id);
    expect(Object.keys(device.backend.state.attempts).length).to.equal(1);
    const saved = (await new MemoryStorage('test-contest', device.records).getDraft())!;
    expect(saved.answers).to.deep.include({ [q1.id]: ['b'], [q2.id]: ['c'] });
    expect(b.store.state.answers).to.deep.include({ [q1.id]: ['b'], [q2.id]: ['c'] });
    lock.follow(undefined);
  });

  it('a reload before the last writes committed loses no answer (the tab keeps a synchronous copy)', async () => {
    const device = newDevice();
    const mirror = draftMirror<Draft>(`test-${crypto.randomUUID()}`);
    const before = tab(device, { mirror });
    await toForm(before.store);
    await before.store.register();
    const questions = before.store.state.attempt!.questions.slice(0, 3);
    // The page goes away in the same frame as these clicks: storage never gets them.
    before.storage.dropWrites = true;
    for (const q of questions) void before.store.answer(q.id, ['a']);
    before.store.dispose();
    const after = tab(device, { mirror });
    await after.store.load();
    expect(after.store.state.phase).to.equal('exam');
    for (const q of questions) expect(after.store.state.answers[q.id], q.id).to.deep.equal(['a']);
    mirror.put(undefined);
  });
});

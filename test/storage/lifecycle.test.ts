/** The element's IndexedDB connection over its life on the page. */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { clearStorage, ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { mount, text, until, untilPhase } from '../helpers/dom.ts';
import { holdStore } from '../helpers/storage.ts';
import { noDraftHere, openDraftDatabase, type Draft } from '../../src/storage/drafts.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuiz;
afterEach(async () => {
  el?.remove();
  await clearStorage();
});

/**
 * Delete the database; 'blocked' if a connection is still open (at once, or still after
 * `graceMs` when a close may be on its way).
 */
function deleteDatabase(graceMs = 0): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase('cai-cach-quiz');
    req.onsuccess = () => resolve('deleted');
    req.onblocked = () => setTimeout(() => resolve('blocked'), graceMs);
  });
}

/**
 * Watch the connections this page opens from now on: each, once open, and whether close()
 * was called on it. (Deleting the database cannot tell: its versionchange makes the element
 * close a connection that it had otherwise left open.)
 */
function watchConnections() {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to call with its this or to put back after the test
  const open = indexedDB.open;
  const connections: { closed: boolean }[] = [];
  indexedDB.open = function (...args: Parameters<IDBFactory['open']>) {
    const request = open.apply(this, args);
    // Heard before the element hears it, so the spy is in place before it can close.
    request.addEventListener('success', () => {
      const db = request.result;
      const connection = { closed: false };
      connections.push(connection);
      // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to call with its this or to put back after the test
      const close = db.close;
      db.close = () => {
        connection.closed = true;
        close.call(db);
      };
    });
    return request;
  };
  return { connections, stop: () => (indexedDB.open = open) };
}

/**
 * Create the database and keep its upgrade running until `finish()`: an open issued meanwhile
 * (the element's) waits behind it, as on a slow phone.
 */
function holdOpening() {
  let held = true;
  const done = new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('cai-cach-quiz', 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('records');
      const spin = () => {
        if (held) store.get('hold').onsuccess = spin;
      };
      spin();
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
  });
  return {
    finish: () => {
      held = false;
      return done;
    },
  };
}

describe('the hint that a draft may exist', () => {
  it('is set by the first draft written, removed when the draft is deleted, and read by noDraftHere', async () => {
    const database = await openDraftDatabase(() => expect.fail('no degrade expected'));
    const storage = database.scoped('https://example.gov.vn/api#c1');
    expect(noDraftHere('https://example.gov.vn/api#c1')).to.equal(true);
    await storage.putDraft({ view: 'registration', answers: {}, flagged: [], prediction: null, index: 0, updatedAt: 0 });
    expect(noDraftHere('https://example.gov.vn/api#c1')).to.equal(false);
    expect(noDraftHere('https://example.gov.vn/api#c2')).to.equal(true);
    await storage.deleteDraft();
    expect(noDraftHere('https://example.gov.vn/api#c1')).to.equal(true);
    storage.close();
  });

  it('lets the rules show before IndexedDB has answered when no draft exists', async () => {
    await useBackend();
    // IndexedDB that never opens: the rules still show (the store waits for it only when a draft may exist).
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to call with its this or to put back after the test
    const open = indexedDB.open;
    indexedDB.open = function (...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(this, args);
      // Nobody hears it answer: for the element, IndexedDB is still opening. (The test closes
      // the connection that does open, so it cannot block deleting the database later.)
      request.addEventListener = () => undefined;
      request.onsuccess = () => request.result.close();
      return request;
    };
    try {
      el = await mount(ENDPOINT);
      // Well before storage's own 3 s timeout would have let the element go on in memory.
      await untilPhase(el, 'landing', 1500);
      expect(text(el)).not.to.contain('Trình duyệt không cho lưu');
    } finally {
      indexedDB.open = open;
    }
  });
});

describe('the IndexedDB connection', () => {
  const draft: Draft = { view: 'registration', answers: {}, flagged: [], prediction: null, index: 0, updatedAt: 0 };

  for (const work of ['a read', 'a write'] as const) {
    it(`lets the database be deleted when closed with ${work} still running`, async () => {
      const database = await openDraftDatabase(() => undefined);
      const storage = database.scoped('https://example.gov.vn/api#c1');
      await storage.getProfile();
      const slow = await holdStore();
      const running = work === 'a read' ? storage.getDraft() : storage.putDraft(draft);
      // One turn of the event loop: the work has reached IndexedDB, where it waits behind the other connection.
      await new Promise((r) => setTimeout(r));
      storage.close();
      const deleting = deleteDatabase();
      await slow.finish();
      await running;
      expect(await deleting).to.equal('deleted');
    });
  }

  it('keeps a write asked for just before closing', async () => {
    const storage = (await openDraftDatabase(() => expect.fail('no degrade expected'))).scoped('https://example.gov.vn/api#c1');
    const writing = storage.putDraft({ ...draft, index: 3 });
    storage.close();
    await writing;
    const again = (await openDraftDatabase(() => expect.fail('no degrade expected'))).scoped('https://example.gov.vn/api#c1');
    const kept = await again.getDraft();
    again.close();
    expect(kept?.index).to.equal(3);
  });

  it('is not left open when the element leaves before its contest arrived', async () => {
    await useBackend();
    worker.use(http.get(`${ENDPOINT}/contest`, () => new Promise(() => undefined)));
    el = await mount(ENDPOINT);
    // Long enough for the early open to complete.
    await new Promise((r) => setTimeout(r, 300));
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(await deleteDatabase()).to.equal('deleted');
  });

  it('is closed when the element leaves after the contest arrived', async () => {
    await useBackend();
    const watch = watchConnections();
    try {
      el = await mount(ENDPOINT);
      // The rules show while storage may still be opening (nothing to resume here).
      await untilPhase(el, 'landing');
      el.remove();
      await until(() => watch.connections.length === 1 && nth(watch.connections, 0).closed, 'the element to close the connection it opened');
    } finally {
      watch.stop();
    }
    // The spy above is the check that the element closed its connection. A delete sent right
    // after that close() was answered 'blocked' in one of four runs of the suite (#17), although
    // the spy had seen the close: most likely the close reaches the browser's IndexedDB after the
    // delete (they travel separately). A connection closed on its way lets the delete through
    // within moments; one left open by anything on the page keeps it blocked.
    expect(await deleteDatabase(2000)).to.equal('deleted');
  });

  it('is closed when the element leaves while IndexedDB is still opening', async () => {
    await useBackend();
    const opening = holdOpening();
    const watch = watchConnections();
    try {
      el = await mount(ENDPOINT);
      await untilPhase(el, 'landing');
      expect(watch.connections, 'the element is still waiting for its connection').to.have.length(0);
      el.remove();
      await opening.finish();
      await until(() => watch.connections.length === 1 && nth(watch.connections, 0).closed, 'the element to close the connection that opened after it left');
    } finally {
      watch.stop();
    }
    // At once: neither the element nor the store it left behind holds the database.
    expect(await deleteDatabase()).to.equal('deleted');
  });
});

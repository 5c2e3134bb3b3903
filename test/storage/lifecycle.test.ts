/** The element's IndexedDB connection over its life on the page. */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { clearStorage, ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { mount, text, untilPhase } from '../helpers/dom.ts';
import { noDraftHere, openDraftDatabase } from '../../src/storage/drafts.ts';

let el: CaiCachQuiz;
afterEach(async () => {
  el?.remove();
  await clearStorage();
});

/** Delete the database; 'blocked' if a connection is still open. */
function deleteDatabase(): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase('cai-cach-quiz');
    req.onsuccess = () => resolve('deleted');
    req.onblocked = () => resolve('blocked');
  });
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
      expect(text(el)).not.to.contain('Trình duyệt không cho lưu dữ liệu');
    } finally {
      indexedDB.open = open;
    }
  });
});

describe('the IndexedDB connection', () => {
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
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(await deleteDatabase()).to.equal('deleted');
  });
});

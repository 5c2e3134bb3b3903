/** The element's IndexedDB connection over its life on the page. */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { clearStorage, ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { mount, untilPhase } from '../helpers/dom.ts';

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

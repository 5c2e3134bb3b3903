/**
 * In contest mode the answer key never reaches the browser: not in any response the
 * element receives before submitting, not in anything it stores.
 */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { clearStorage, ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { mount } from '../helpers/dom.ts';
import { choose, register, submitFromExam } from '../helpers/participant.ts';
import { storedRecords } from '../helpers/storage.ts';
import { must } from '../helpers/must.ts';

/** Every record in the element's IndexedDB, as JSON text. */
const dumpIndexedDb = async () => JSON.stringify(await storedRecords());

let el: CaiCachQuiz;
afterEach(async () => {
  el?.remove();
  await clearStorage();
});

describe('the answer key in contest mode', () => {
  it('is in no response before submission and in no stored record', async () => {
    const server = await useBackend();
    const bodies: { url: string; body: string }[] = [];
    worker.events.on('response:mocked', async ({ request, response }) => {
      bodies.push({ url: request.url, body: await response.clone().text() });
    });
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    const during = await dumpIndexedDb();
    await submitFromExam(el);
    const after = await dumpIndexedDb();

    const attempt = must(Object.values(server.backend.state.attempts)[0], 'attempt on the server');
    // The server did hold a key for each question...
    expect(Object.keys(attempt.keys)).to.have.length(5);
    // ...and the browser saw none of it.
    expect(bodies.length).to.be.greaterThan(2);
    for (const { url, body } of bodies) {
      expect(body, url).not.to.match(/correctOptionIds|explanation/);
    }
    for (const stored of [during, after]) {
      // Something was stored: the draft during the exam, the result (without its review) after it.
      expect(stored).to.match(/"view"|"result"/);
      expect(stored).not.to.match(/correctOptionIds|explanation/);
    }
  });
});

/**
 * Code that loads on demand and does not arrive (the connection dropped at that moment).
 * In a file of its own, so that no other test has loaded these modules into this page
 * before; each test refuses a different one.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { cleanUpAfterEach, ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { button, deepAll, mount, settle, text, until, untilPhase } from '../helpers/dom.ts';
import { choose, register } from '../helpers/participant.ts';

let el: CaiCachQuiz;
cleanUpAfterEach(() => el);

describe('code loaded on demand that does not arrive', () => {
  it('an extra section: says what happened, and "Thử lại" loads it', async () => {
    await useBackend();
    let refused = 0;
    // The extra sections' module (in the built element, their chunk), refused once.
    worker.use(
      http.get(
        /\/src\/views\/extras\.ts/,
        () => {
          refused++;
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    deepAll<HTMLAnchorElement>(el, 'nav[part=sections] a')
      .find((a) => a.textContent.trim() === 'Bộ đề thi')!
      .click();
    await until(() => text(el).includes('Không kết nối được với máy chủ.'), 'the failure to be shown');
    expect(refused).to.equal(1);
    expect(deepAll(el, 'ccq-bank')).to.have.length(0);

    button(el, 'Thử lại').click();
    await until(() => deepAll(el, 'ccq-bank').some((b) => !!b.shadowRoot?.querySelector('h2')), 'the bank on screen');
    await settle(el);
    expect(text(el)).to.contain('Bộ đề thi');
    expect(text(el)).not.to.contain('Không kết nối được với máy chủ.');
  });

  it('the late views: fetched again at the next answer, and the review opens', async () => {
    const server = await useBackend();
    let refused = 0;
    worker.use(
      http.get(
        /\/src\/views\/after-exam\.ts/,
        () => {
          refused++;
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    el = await mount(ENDPOINT);
    await register(el);
    await until(() => refused === 1, 'the late views to be refused');
    await choose(el, 'b');
    button(el, 'Xem lại và nộp bài').click();
    await untilPhase(el, 'review');
    expect(text(el)).to.contain('Kiểm tra trước khi nộp bài');
    button(el, 'Nộp bài').click();
    await untilPhase(el, 'result');
    expect(server.requests.filter((r) => r.path.endsWith('/submission'))).to.have.length(1);
  });
});

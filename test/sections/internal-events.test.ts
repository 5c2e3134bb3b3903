/**
 * The views' own events (src/views/internal-events.ts: ccq-navigate, ccq-practise) stay inside the
 * element (#17): the host page hears only the public events. Each action still does its work, so the
 * events do reach the root inside.
 */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import type { InternalEventMap } from '../../src/views/internal-events.ts';
import { cleanUpAfterEach, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, settle, until, untilPhase } from '../helpers/dom.ts';
import { makeBank } from '../helpers/fixtures.ts';
import { currentLegend, register } from '../helpers/participant.ts';

let el: CaiCachQuiz;
cleanUpAfterEach(() => el);

const INTERNAL: (keyof InternalEventMap)[] = ['ccq-navigate', 'ccq-practise'];

/** Every internal event that reaches the host page: on the element itself, or bubbling to the document. */
function hostListener() {
  const heard: string[] = [];
  const hear = (e: Event) => heard.push(`${e.currentTarget === document ? 'document' : 'element'}: ${e.type}`);
  for (const type of INTERNAL) document.addEventListener(type, hear);
  return {
    heard,
    watch: (element: Element) => INTERNAL.forEach((type) => element.addEventListener(type, hear)),
    stop: () => INTERNAL.forEach((type) => document.removeEventListener(type, hear)),
  };
}

describe('internal events', () => {
  it('the exam and the review turn pages without ccq-navigate reaching the page', async () => {
    await useBackend();
    const host = hostListener();
    try {
      el = await mount(ENDPOINT);
      host.watch(el);
      await register(el);
      button(el, 'Câu tiếp').click();
      await until(() => currentLegend(el).includes('Câu 2'), 'the second question');
      deep<HTMLButtonElement>(deep(el, 'ccq-navigator'), 'button').click();
      await until(() => currentLegend(el).includes('Câu 1'), 'the first question from the navigator');
      button(el, 'Xem lại và nộp bài').click();
      await untilPhase(el, 'review');
      await settle(el);
      button(deep(el, 'ccq-review'), 'Câu 2').click();
      await untilPhase(el, 'exam');
      await until(() => currentLegend(el).includes('Câu 2'), 'the question chosen in the review');
      expect(host.heard).to.deep.equal([]);
    } finally {
      host.stop();
    }
  });

  it("the bank's 'Thi thử câu này' opens the practice without ccq-practise reaching the page", async () => {
    await useBackend({ bank: makeBank(3) });
    const host = hostListener();
    try {
      el = await mount(ENDPOINT);
      host.watch(el);
      await untilPhase(el, 'landing');
      deep<HTMLAnchorElement>(el, 'nav a[href*="ccq=bank"]').click();
      await until(() => deepAll(el, 'ccq-bank').some((b) => !!b.shadowRoot?.querySelector('ol.questions > li')), 'the bank');
      button(deep(el, 'ccq-bank').shadowRoot!.querySelector('ol.questions > li')!, 'Thi thử câu này').click();
      await until(() => deepAll(el, 'ccq-practice').some((p) => !p.hidden && !!p.shadowRoot?.querySelector('legend')), 'the practice question');
      expect(host.heard).to.deep.equal([]);
    } finally {
      host.stop();
    }
  });
});

/**
 * A view change moves focus (to the new question's legend, a view's heading) only if the
 * participant has not moved it meanwhile: a move carried out late, after they pressed Tab or
 * clicked an answer, would pull them back. (Seen in CI: the keyboard test found the legend at a
 * Tab stop, focused by the exam's focus request landing after the test's first Tab.)
 */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { cleanUpAfterEach, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { deepAll, mount, until } from '../helpers/dom.ts';
import { openRegistration, sendRegistration } from '../helpers/participant.ts';
import { deepActiveElement } from './a11y-helpers.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuiz;
cleanUpAfterEach(() => el);

type Gated = { getUpdateComplete(): Promise<boolean> };

describe('focus after a view change', () => {
  it('stays where the participant moved it before the exam was drawn', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await openRegistration(el);
    // A participant using the keyboard (the element moves focus only for them).
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'Tab' }));

    // When the exam begins, the root's next update is held: its focus request waits for it, as
    // on a slow phone while the first question is being drawn.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const gated = el as unknown as Gated;
    const original = gated.getUpdateComplete.bind(el);
    el.addEventListener('ccq-phase-change', (e) => {
      if (e.detail.phase === 'exam') gated.getUpdateComplete = () => original().then(async (r) => (await held, r));
    });
    await sendRegistration(el);
    await until(() => deepAll<HTMLInputElement>(el, 'input[name^="q-"]').length > 0, 'the first question on screen');

    // Meanwhile the participant moves on: the second option (as a Tab and arrow key would).
    const option = nth(deepAll<HTMLInputElement>(el, 'input[name^="q-"]'), 1, 'option');
    option.focus();
    release();
    gated.getUpdateComplete = original;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    // Compared as text: a failed comparison of two elements makes the runner serialise them whole, which never ends.
    const where = (e: Element | null) =>
      e === option ? 'the option the participant focused' : `<${e?.localName ?? 'nothing'}> "${e?.textContent?.trim().slice(0, 30) ?? ''}"`;
    expect(where(deepActiveElement()), 'focus after the exam was drawn').to.equal('the option the participant focused');
  });

  it('still goes to the first question when the participant did not move it', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await openRegistration(el);
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'Enter' }));
    await sendRegistration(el);
    await until(() => deepActiveElement()?.localName === 'legend', 'focus on the first question’s legend');
    expect((deepActiveElement() as HTMLElement).textContent).to.match(/^Câu 1\/5 /);
  });
});

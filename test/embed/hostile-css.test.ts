/** A page with aggressive global CSS, as old CMS themes have, cannot break the element. */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { clearStorage, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { deep, mount } from '../helpers/dom.ts';
import { register } from '../helpers/participant.ts';

const HOSTILE = `
  html { font-size: 10px; }
  * { color: #f0f !important; font-family: "Comic Sans MS", fantasy !important; line-height: 0.8 !important;
      letter-spacing: 4px !important; text-transform: uppercase !important; box-sizing: content-box !important; }
  button, input, label, legend, fieldset { display: none !important; }
  cai-cach-quiz * { display: none !important; }
  div { padding: 40px !important; }
`;

let el: CaiCachQuiz;
let style: HTMLStyleElement;
beforeEach(() => {
  style = document.createElement('style');
  style.textContent = HOSTILE;
  document.head.append(style);
});
afterEach(async () => {
  style.remove();
  el?.remove();
  await clearStorage();
});

describe('a page with hostile global CSS', () => {
  it('does not reach inside: the exam keeps its colours, font, size and controls', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    const legend = deep(el, 'legend');
    const css = getComputedStyle(legend);
    expect(css.color).to.equal('rgb(27, 36, 48)');
    expect(css.textTransform).to.equal('none');
    expect(css.letterSpacing).to.equal('normal');
    expect(css.fontFamily).not.to.contain('Comic');
    // medium (16 px) times the legend's 1.1em (exam.styles.ts), not the page's 10 px root (11 px).
    expect(parseFloat(css.fontSize)).to.be.closeTo(17.6, 0.1);
    const next = deep(el, 'button.primary');
    expect(getComputedStyle(next).display).not.to.equal('none');
    expect(next.getBoundingClientRect().height).to.be.at.least(44);
  });
});

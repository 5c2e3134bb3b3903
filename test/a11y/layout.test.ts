/**
 * Reflow and target size (WCAG 2.1 1.4.10, 1.4.4, 2.2 2.5.8): at 320 CSS px the element never
 * needs horizontal scrolling, also with the text at 200%, and every control is at least 24×24 px
 * (for a radio or checkbox, its clickable label is the target).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '../helpers/viewport.ts';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { clearStorage, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { button, mount, settle, untilPhase } from '../helpers/dom.ts';
import { choose, openRegistration, register, submitFromExam } from '../helpers/participant.ts';
import { flatElements, renderedText } from './a11y-helpers.ts';

const WIDTH = 320;

let el: CaiCachQuiz;
beforeEach(async () => {
  await setViewport({ width: WIDTH, height: 640 });
  // A phone page: the element spans the viewport.
  document.body.style.margin = '0';
});
afterEach(async () => {
  el?.remove();
  document.documentElement.style.fontSize = '';
  document.body.style.margin = '';
  await setViewport({ width: 800, height: 600 });
  await clearStorage();
});

function label(e: Element): string {
  const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().replace(/\s+/g, '.')}` : '';
  const t = renderedText(e).slice(0, 30);
  return `<${e.localName}${e.id ? `#${e.id}` : ''}${cls}>${t ? ` "${t}"` : ''}`;
}

function flatParent(e: Element): Element | null {
  if (e.parentElement) return e.parentElement;
  const r = e.getRootNode();
  return r instanceof ShadowRoot ? r.host : null;
}

/** Inside a box that scrolls or clips horizontally (its own overflow is then contained). */
function clippedByAncestor(e: Element): boolean {
  for (let p = flatParent(e); p && p !== el; p = flatParent(p)) {
    const o = getComputedStyle(p).overflowX;
    if (o !== 'visible') return true;
  }
  return false;
}

/** What sticks out of the viewport horizontally, or makes the element or the page scroll sideways. */
async function horizontalOverflow(): Promise<string[]> {
  await settle(el);
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const problems: string[] = [];
  if (el.scrollWidth > el.clientWidth) problems.push(`the element scrolls: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
  // The layout viewport: the 320 px window less a classic scrollbar where the engine draws one
  // (Firefox: 12 px when the page scrolls).
  const doc = document.documentElement;
  const width = doc.clientWidth;
  if (doc.scrollWidth > width) problems.push(`the page scrolls: scrollWidth ${doc.scrollWidth} > ${width}`);
  for (const e of flatElements(el)) {
    if (['style', 'script', 'option', 'optgroup'].includes(e.localName)) continue;
    const r = e.getBoundingClientRect();
    if (!r.width && !r.height) continue;
    if ((r.right > width + 1 || r.left < -1) && !clippedByAncestor(e)) {
      problems.push(`${label(e)}: left ${Math.round(r.left)}, right ${Math.round(r.right)}`);
    }
  }
  return problems;
}

/** Controls whose target is smaller than 24×24 px. */
function smallTargets(): string[] {
  const small: string[] = [];
  const controls = flatElements(el).filter((e) => ['button', 'input', 'select', 'textarea'].includes(e.localName));
  expect(controls.length, 'controls found').to.be.greaterThan(0);
  for (const c of controls) {
    if (!(c as HTMLElement).checkVisibility()) continue;
    const input = c as HTMLInputElement;
    const toggle = c.localName === 'input' && (input.type === 'radio' || input.type === 'checkbox');
    // The clickable label is the target of a radio or checkbox.
    const target = toggle ? (input.labels?.[0] ?? c) : c;
    const r = target.getBoundingClientRect();
    if (r.width < 24 || r.height < 24) {
      small.push(`${label(c)}${target !== c ? ` (label ${label(target)})` : ''}: ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
    }
  }
  return small;
}

async function toRegistrationWithErrors() {
  await openRegistration(el);
  button(el, 'Bắt đầu làm bài').click();
  await settle(el);
  expect(el.phase).to.equal('registration');
}

describe('layout at 320 CSS px', () => {
  it('the viewport really is 320 px wide', () => {
    expect(window.innerWidth).to.equal(WIDTH);
  });

  it('landing: no horizontal overflow, targets at least 24×24', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    // The element spans the layout viewport (the window less a classic scrollbar, see horizontalOverflow).
    expect(el.getBoundingClientRect().width).to.equal(document.documentElement.clientWidth);
    expect(await horizontalOverflow()).to.deep.equal([]);
    expect(smallTargets()).to.deep.equal([]);
  });

  it('registration with errors shown: no horizontal overflow, targets at least 24×24', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await toRegistrationWithErrors();
    expect(await horizontalOverflow()).to.deep.equal([]);
    expect(smallTargets()).to.deep.equal([]);
  });

  it('exam (a single and a multiple question, the prediction page): no horizontal overflow, targets at least 24×24', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    for (let page = 0; page < 6; page++) {
      expect(await horizontalOverflow(), `page ${page + 1}`).to.deep.equal([]);
      expect(smallTargets(), `page ${page + 1}`).to.deep.equal([]);
      button(el, page < 5 ? 'Câu tiếp' : 'Câu trước').click();
      await settle(el);
    }
  });

  it('review: no horizontal overflow, targets at least 24×24', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    button(el, 'Đánh dấu để xem lại').click();
    await settle(el);
    button(el, 'Xem lại và nộp bài').click();
    await untilPhase(el, 'review');
    expect(await horizontalOverflow()).to.deep.equal([]);
    expect(smallTargets()).to.deep.equal([]);
  });

  it('with text at 200%: the exam still has no horizontal overflow', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    document.documentElement.style.fontSize = '200%';
    await settle(el);
    // The zoom reaches the element's content (its base size is max(1rem, medium), its sizes in em).
    expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.frame')!).fontSize)).to.be.at.least(31);
    for (let page = 0; page < 6; page++) {
      expect(await horizontalOverflow(), `page ${page + 1} at 200%`).to.deep.equal([]);
      button(el, page < 5 ? 'Câu tiếp' : 'Câu trước').click();
      await settle(el);
    }
  });

  it('with text at 200%: the landing and the review have no horizontal overflow', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    document.documentElement.style.fontSize = '200%';
    await untilPhase(el, 'landing');
    expect(await horizontalOverflow(), 'landing at 200%').to.deep.equal([]);
    await register(el);
    await choose(el, 'b');
    button(el, 'Đánh dấu để xem lại').click();
    await settle(el);
    button(el, 'Xem lại và nộp bài').click();
    await untilPhase(el, 'review');
    expect(await horizontalOverflow(), 'review at 200%').to.deep.equal([]);
  });

  it('result: no horizontal overflow, targets at least 24×24; and with text at 200%, still no overflow', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    await submitFromExam(el);
    expect(await horizontalOverflow(), 'result').to.deep.equal([]);
    expect(smallTargets(), 'result').to.deep.equal([]);
    document.documentElement.style.fontSize = '200%';
    expect(await horizontalOverflow(), 'result at 200%').to.deep.equal([]);
  });

  it('with text at 200%: registration with errors has no horizontal overflow', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    document.documentElement.style.fontSize = '200%';
    await toRegistrationWithErrors();
    expect(await horizontalOverflow()).to.deep.equal([]);
  });
});

describe('the frame follows the width it is given', () => {
  it('tightens its padding and title on a phone, not on a desktop', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    const h1 = el.shadowRoot!.querySelector('h1')!;
    const px = (v: string) => Number.parseFloat(v);
    const base = px(getComputedStyle(frame).fontSize);
    expect(px(getComputedStyle(frame).paddingLeft)).to.equal(0.75 * base);
    expect(px(getComputedStyle(h1).fontSize)).to.be.closeTo(1.2 * base, 0.5);
    await setViewport({ width: 1024, height: 640 });
    await settle(el);
    expect(px(getComputedStyle(frame).paddingLeft)).to.equal(base);
    expect(px(getComputedStyle(h1).fontSize)).to.be.closeTo(1.4 * base, 0.5);
  });
});

/**
 * The section tabs on a narrow element (#14): four tabs never leave one alone on a second row.
 * Where the four labels do not fit one row (under 354 px of element width in Vietnamese, 424 px
 * in English) they sit in two rows of two, the same width each; wider, in one row.
 */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { cleanUpAfterEach, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { deepAll, mount, settle, until, untilPhase } from '../helpers/dom.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuiz;
cleanUpAfterEach(() => el);

const LAST_TAB = { vi: 'Bảng xếp hạng', en: 'Leaderboard' };
const TWO_BY_TWO = { vi: [280, 304, 320, 340, 352], en: [280, 320, 360, 400, 420] };
const ONE_ROW = { vi: [360, 600], en: [430, 600] };

async function tabsAt(lang: 'vi' | 'en', width: number): Promise<DOMRect[][]> {
  el = await mount(ENDPOINT, { lang, style: `width: ${width}px` });
  await untilPhase(el, 'landing');
  // English strings load on demand: measure the labels the participant will read.
  await until(() => deepAll(el, 'nav[part=sections] a')[3]?.textContent?.trim() === LAST_TAB[lang], `${lang} labels`);
  await settle(el);
  const boxes = deepAll<HTMLElement>(el, 'nav[part=sections] li').map((li) => li.getBoundingClientRect());
  const rows = new Map<number, DOMRect[]>();
  for (const b of boxes) rows.set(Math.round(b.top), [...(rows.get(Math.round(b.top)) ?? []), b]);
  return [...rows.values()];
}

for (const lang of ['vi', 'en'] as const) {
  describe(`section tabs on a narrow element, lang="${lang}"`, () => {
    for (const width of TWO_BY_TWO[lang]) {
      it(`at ${width} px: two rows of two tabs, in two columns of one width`, async () => {
        await useBackend();
        const rows = await tabsAt(lang, width);
        expect(rows.map((row) => row.length)).to.deep.equal([2, 2]);
        const widths = rows.flat().map((b) => Math.round(b.width));
        expect(Math.max(...widths) - Math.min(...widths)).to.be.at.most(1);
        expect(Math.round(nth(nth(rows, 0), 0).left)).to.equal(Math.round(nth(nth(rows, 1), 0).left));
        expect(Math.round(nth(nth(rows, 0), 1).left)).to.equal(Math.round(nth(nth(rows, 1), 1).left));
      });
    }

    it(`at ${ONE_ROW[lang].join(' and ')} px: one row`, async () => {
      await useBackend();
      for (const width of ONE_ROW[lang]) {
        const rows = await tabsAt(lang, width);
        expect(
          rows.map((row) => row.length),
          `${width} px`,
        ).to.deep.equal([4]);
        el.remove();
      }
    });
  });
}

/** The extra sections pass axe (WCAG 2.2 AA rules) in both languages, in each of their states, and work with the keyboard alone. */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { seedSubmissions } from '../../demo/mocks/seed.ts';
import { axeViolations } from '../helpers/axe.ts';
import { cleanUpAfterEach, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, settle, text, until, untilPhase } from '../helpers/dom.ts';
import { makeBank } from '../helpers/fixtures.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuiz;
cleanUpAfterEach(() => el);

const shown = (tag: string) => deepAll(el, tag).find((x) => !x.hidden && x.shadowRoot?.querySelector('h2'));

// One test per section, not one for all: six axe runs in one test took more than its 30 s on a
// machine loaded fifteen times over (scripts/stability.sh, session 8), and a failure then names the section.
async function open(lang: 'vi' | 'en') {
  const server = await useBackend({ bank: makeBank(30) });
  seedSubmissions(server.backend, { count: 40, seed: 4 });
  el = await mount(ENDPOINT, { lang });
  await untilPhase(el, 'landing');
}

for (const lang of ['vi', 'en'] as const) {
  describe(`extra sections, lang="${lang}"`, () => {
    it('have no axe violations: the landing, and the bank with answers open', async function () {
      this.timeout(30_000);
      await open(lang);
      expect(await axeViolations(el)).to.deep.equal([]);
      nth(deepAll<HTMLAnchorElement>(el, 'nav a'), 1).click();
      await until(() => !!shown('ccq-bank')?.shadowRoot?.querySelector('ol li'), 'the bank');
      deep<HTMLDetailsElement>(shown('ccq-bank')!, 'details').open = true;
      await settle(el);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('have no axe violations: practice set up, checked and back', async function () {
      this.timeout(30_000);
      await open(lang);
      nth(deepAll<HTMLAnchorElement>(el, 'nav a'), 2).click();
      await until(() => !!shown('ccq-practice')?.shadowRoot?.querySelector('form'), 'the practice setup');
      expect(await axeViolations(el)).to.deep.equal([]);
      const practice = shown('ccq-practice')!;
      deep<HTMLButtonElement>(practice, 'form button').click();
      await settle(el);
      deep<HTMLInputElement>(practice, 'input[value="d"]').click();
      await settle(el);
      nth(deepAll<HTMLButtonElement>(practice, '.nav button'), 1).click();
      await settle(el);
      expect(deep(practice, '.feedback').textContent.trim()).not.to.equal('');
      expect(await axeViolations(el)).to.deep.equal([]);
      nth(deepAll<HTMLButtonElement>(practice, '.nav button'), 0).click();
      await settle(el);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('have no axe violations: the leaderboard', async function () {
      this.timeout(30_000);
      await open(lang);
      nth(deepAll<HTMLAnchorElement>(el, 'nav a'), 3).click();
      await until(() => !!shown('ccq-leaderboard')?.shadowRoot?.querySelector('table'), 'the leaderboard');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });
}

describe('extra sections with the keyboard', () => {
  it('moves focus to each new page of the bank and to each practice question', async () => {
    await useBackend({ bank: makeBank(30) });
    el = await mount(ENDPOINT, { sections: 'bank practice' });
    await until(() => !!shown('ccq-bank')?.shadowRoot?.querySelector('ol li'), 'the bank');
    const bank = shown('ccq-bank')!;
    button(bank, 'Trang sau').focus();
    button(bank, 'Trang sau').click();
    await settle(el);
    expect(bank.shadowRoot!.activeElement?.textContent).to.contain('30 câu hỏi');
    button(nth(bank.shadowRoot!.querySelectorAll('ol li'), 0), 'Thi thử câu này').click();
    await until(() => !!shown('ccq-practice')?.shadowRoot?.querySelector('legend'), 'the practice question');
    await until(() => shown('ccq-practice')!.shadowRoot!.activeElement?.tagName === 'LEGEND', 'focus on the question');
    expect(text(shown('ccq-practice')!)).to.contain('Câu hỏi thử số 21');
  });
});

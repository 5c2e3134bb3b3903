/**
 * The whole contest driven only through roles and accessible names, as assistive technology
 * sees the element, in Vietnamese and in English. Nothing is found by CSS selector or id.
 */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { en } from '../../src/i18n/en.ts';
import { formatNumber } from '../../src/i18n/index.ts';
import { enLate } from '../../src/i18n/en-late.ts';
import { vi } from '../../src/i18n/vi.ts';
import { viLate } from '../../src/i18n/vi-late.ts';
import { clearStorage, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { mount, settle, text, type, untilPhase } from '../helpers/dom.ts';
import { testContest, VALID } from '../helpers/fixtures.ts';
import { nth } from '../helpers/must.ts';
import { accessibleDescription, accessibleName, findByRole, getByRole, norm, queryAllByRole, renderedText, unnamedControls } from './a11y-helpers.ts';

let el: CaiCachQuiz;
afterEach(async () => {
  el?.remove();
  await clearStorage();
});

const contest = testContest();

/** What each language must say; the English from en.ts / en-late.ts, spelled out for the key ones. */
const LANGS = {
  vi: {
    t: { ...vi, ...viLate },
    nav: {
      firstCurrentAnswered: 'Câu 1, đã trả lời, đang xem',
      firstAnswered: 'Câu 1, đã trả lời',
      secondCurrent: 'Câu 2, chưa trả lời, đang xem',
      secondCurrentAnswered: 'Câu 2, đã trả lời, đang xem',
      third: 'Câu 3, chưa trả lời',
      firstAnsweredFlagged: 'Câu 1, đã trả lời, đã đánh dấu',
    },
    questionOf: (n: number) => `Câu ${n}/5`,
    male: 'Nam',
  },
  en: {
    t: { ...en, ...enLate },
    nav: {
      firstCurrentAnswered: 'Question 1, answered, currently shown',
      firstAnswered: 'Question 1, answered',
      secondCurrent: 'Question 2, not answered, currently shown',
      secondCurrentAnswered: 'Question 2, answered, currently shown',
      third: 'Question 3, not answered',
      firstAnsweredFlagged: 'Question 1, answered, flagged',
    },
    questionOf: (n: number) => `Question ${n} of 5`,
    male: 'Male',
  },
} as const;

function click(e: HTMLElement) {
  e.click();
  return settle(el);
}

function fill(e: HTMLElement, value: string) {
  type(e as HTMLInputElement, value);
  return settle(el);
}

/** Choose an option of a combobox by its name, as a screen reader user does: type in it, then the option in its listbox. */
async function chooseByName(combobox: HTMLElement, name: string) {
  await fill(combobox, name);
  const listbox = getByRole(el, 'listbox', { name: accessibleName(combobox) });
  await click(getByRole(listbox, 'option', { name }));
}

async function expectAllControlsNamed(where: string) {
  await settle(el);
  expect(unnamedControls(el), `controls without an accessible name in ${where}`).to.deep.equal([]);
}

for (const lang of ['vi', 'en'] as const) {
  const L = LANGS[lang];
  const t = L.t;

  describe(`by role and accessible name (lang="${lang}")`, () => {
    it('completes the contest from the rules to the result', async function () {
      this.timeout(60_000);
      await useBackend();
      el = await mount(ENDPOINT, { lang });

      // The rules page.
      await findByRole(el, 'button', { name: t.begin });
      expect(accessibleName(getByRole(el, 'heading', { level: 1 }))).to.equal(contest.title);
      getByRole(el, 'heading', { level: 2, name: t.rulesHeading });
      getByRole(el, 'region', { name: t.rulesHeading });
      await expectAllControlsNamed('the rules page');
      await click(getByRole(el, 'button', { name: t.begin }));

      // Registration.
      await untilPhase(el, 'registration');
      getByRole(el, 'heading', { level: 2, name: t.registerHeading });
      await expectAllControlsNamed('the registration form');

      // An empty submission: an alert, and each required field invalid and described by its error.
      await click(getByRole(el, 'button', { name: t.startExam }));
      const alert = getByRole(el, 'alert');
      expect(renderedText(alert)).to.equal(t.formInvalid(6));
      const name = getByRole(el, 'textbox', { name: t.fields.fullName });
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(accessibleDescription(name)).to.equal(t.errors.required);
      expect(accessibleDescription(getByRole(el, 'textbox', { name: t.fields.birthDate }))).to.equal(`${t.hints.birthDate} ${t.errors.required}`);
      expect(accessibleDescription(getByRole(el, 'checkbox', { name: contest.registration.consentText }))).to.equal(t.errors.consentRequired);

      await fill(name, VALID.fullName);
      await fill(getByRole(el, 'textbox', { name: t.fields.birthDate }), VALID.birthDate);
      const genderGroup = getByRole(el, 'group', { name: t.fields.gender });
      await click(getByRole(genderGroup, 'radio', { name: L.male }));
      await fill(getByRole(el, 'textbox', { name: t.fields.citizenId }), VALID.citizenId);
      await fill(getByRole(el, 'textbox', { name: t.fields.phone }), VALID.phone);
      await fill(getByRole(el, 'textbox', { name: t.fields.email }), VALID.email);
      await chooseByName(getByRole(el, 'combobox', { name: t.fields.unit }), 'Sở Tư pháp');
      await click(getByRole(el, 'checkbox', { name: contest.registration.consentText }));
      expect(queryAllByRole(el, 'alert'), 'no alert once every field is fixed').to.deep.equal([]);
      await click(getByRole(el, 'button', { name: t.startExam }));

      // The exam: each question a group named by its legend, options named by their labels.
      await untilPhase(el, 'exam');
      for (let i = 1; i <= 5; i++) {
        const group = await findByRole(el, 'group', { name: new RegExp(`^${escapeRe(L.questionOf(i))} `) });
        const legend = [...group.children].find((c) => c.localName === 'legend')!;
        // The legend's text, not innerText: WebKit's innerText drops the space after the out-of-flow
        // number, while its accessible name keeps it (see test/a11y/keyboard.test.ts).
        expect(accessibleName(group), 'the group name is its legend text').to.equal(norm(legend.textContent ?? ''));
        const bankNo = /Câu hỏi thử số (\d+) về thủ tục hành chính\?$/.exec(accessibleName(group))?.[1];
        expect(bankNo, `the question text ends the group name "${accessibleName(group)}"`).to.be.a('string');

        const radios = queryAllByRole<HTMLInputElement>(group, 'radio');
        const boxes = queryAllByRole<HTMLInputElement>(group, 'checkbox');
        expect(radios.length + boxes.length, 'four options in the group').to.equal(4);
        const multiple = boxes.length > 0;
        for (const o of [...radios, ...boxes]) {
          expect(accessibleDescription(o), 'each option says how many to choose').to.equal(multiple ? t.chooseMany : t.chooseOne);
        }
        // The fixture bank: single → B, multiple → A and C.
        for (const letter of multiple ? ['A', 'C'] : ['B']) {
          await click(getByRole(group, multiple ? 'checkbox' : 'radio', { name: `Phương án ${letter} của câu ${bankNo}` }));
        }

        const navigation = getByRole(el, 'navigation', { name: t.navigator });
        getByRole(navigation, 'heading', { level: 3, name: t.navigator });
        const navNames = queryAllByRole(navigation, 'button').map(accessibleName);
        // Five question tiles; the prediction's tile follows once the late strings are here (#14).
        expect(navNames.filter((n) => /^(Câu|Question) \d/.test(n))).to.have.length(5);
        if (i === 1) {
          expect(navNames[0]).to.equal(L.nav.firstCurrentAnswered);
          expect(navNames[2]).to.equal(L.nav.third);
        }
        if (i === 2) {
          expect(navNames[0]).to.equal(L.nav.firstAnswered);
          expect(navNames[1]).to.equal(L.nav.secondCurrentAnswered);
        }
        if (i === 1) {
          await click(getByRole(el, 'button', { name: t.next }));
          const second = getByRole(el, 'navigation', { name: t.navigator });
          expect(queryAllByRole(second, 'button').map(accessibleName).slice(0, 2)).to.deep.equal([L.nav.firstAnswered, L.nav.secondCurrent]);
          continue;
        }
        await expectAllControlsNamed(`question ${i}`);
        await click(getByRole(el, 'button', { name: t.next }));
      }

      // The prediction page.
      await findByRole(el, 'heading', { level: 3, name: t.predictionHeading });
      const p = contest.exam.prediction!;
      await fill(getByRole(el, 'textbox', { name: t.predictionLabel(formatNumber(t, p.min), formatNumber(t, p.max), p.unit ?? '') }), '250');
      await click(getByRole(el, 'button', { name: t.toReview }));

      // Review.
      await untilPhase(el, 'review');
      getByRole(el, 'heading', { level: 2, name: t.reviewHeading });
      expect(text(el)).to.contain(t.reviewAnswered(5, 5));
      await expectAllControlsNamed('the review');
      await click(getByRole(el, 'button', { name: t.submit }));

      // The result.
      await untilPhase(el, 'result');
      getByRole(el, 'heading', { level: 2, name: t.resultHeading });
      expect(text(el)).to.contain(`${t.resultCorrect} 5/5`);
      getByRole(el, 'button', { name: t.again });
      await expectAllControlsNamed('the result');
    });

    it('names the navigator buttons by their state: answered, flagged, current', async function () {
      this.timeout(30_000);
      await useBackend();
      el = await mount(ENDPOINT, { lang });
      await click(await findByRole(el, 'button', { name: t.begin }));
      await untilPhase(el, 'registration');
      await fill(getByRole(el, 'textbox', { name: t.fields.fullName }), VALID.fullName);
      await fill(getByRole(el, 'textbox', { name: t.fields.birthDate }), VALID.birthDate);
      await fill(getByRole(el, 'textbox', { name: t.fields.citizenId }), VALID.citizenId);
      await fill(getByRole(el, 'textbox', { name: t.fields.phone }), VALID.phone);
      await chooseByName(getByRole(el, 'combobox', { name: t.fields.unit }), 'Sở Nội vụ');
      await click(getByRole(el, 'checkbox', { name: contest.registration.consentText }));
      await click(getByRole(el, 'button', { name: t.startExam }));
      await untilPhase(el, 'exam');

      const group = await findByRole(el, 'group', { name: new RegExp(`^${escapeRe(L.questionOf(1))} `) });
      const option = nth([...queryAllByRole<HTMLInputElement>(group, 'radio'), ...queryAllByRole<HTMLInputElement>(group, 'checkbox')], 0, 'option');
      await click(option);
      const flag = getByRole(el, 'button', { name: t.flag });
      expect(flag.getAttribute('aria-pressed')).to.equal('false');
      await click(flag);
      // A toggle keeps its name; its state is aria-pressed (nothing moves when it is pressed).
      expect(getByRole(el, 'button', { name: t.flag }).getAttribute('aria-pressed')).to.equal('true');
      await click(getByRole(el, 'button', { name: t.next }));
      const names = queryAllByRole(getByRole(el, 'navigation', { name: t.navigator }), 'button').map(accessibleName);
      expect(names.slice(0, 3)).to.deep.equal([L.nav.firstAnsweredFlagged, L.nav.secondCurrent, L.nav.third]);
      // Only the current question is marked as the current step.
      const current = queryAllByRole(getByRole(el, 'navigation', { name: t.navigator }), 'button').filter((b) => b.getAttribute('aria-current') === 'step');
      expect(current.map(accessibleName)).to.deep.equal([L.nav.secondCurrent]);
    });
  });
}

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

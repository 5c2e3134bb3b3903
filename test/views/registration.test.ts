/**
 * Registration that older users finish (#14): one autocomplete for the unit (the WAI-ARIA combobox
 * pattern) that selects on a single match and on a tap, says what was chosen, always offers
 * "Không thấy đơn vị của tôi", and an error that says what happened; the attempts allowed said
 * before the fields; the 2025 two-level local government and the thẻ căn cước; the form's height
 * on a phone. In Vietnamese and in English.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import type { ContestSettings } from '../../demo/mocks/contest.ts';
import { axeViolations } from '../helpers/axe.ts';
import { clearStorage, ENDPOINT, useBackend, type TestServer } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, settle, text, type, until, untilPhase } from '../helpers/dom.ts';
import { testContest, VALID } from '../helpers/fixtures.ts';
import { nth } from '../helpers/must.ts';
import { fillForm } from '../helpers/participant.ts';
import { setViewport } from '../helpers/viewport.ts';

let el: CaiCachQuiz;
afterEach(async () => {
  el?.remove();
  await clearStorage();
});

const S = {
  vi: {
    begin: 'Đăng ký dự thi',
    start: 'Bắt đầu làm bài',
    chosen: (n: string) => `Đã chọn: ${n}`,
    other: 'Không thấy đơn vị của tôi',
    notChosen: 'Vui lòng chọn đơn vị trong danh sách.',
    required: 'Vui lòng nhập mục này.',
    attempts: 'Mỗi người được thi tối đa 3 lượt.',
    commune: 'Xã, phường, đặc khu',
    communeNotChosen: 'Vui lòng chọn xã, phường trong danh sách.',
    canCuoc: 'Số định danh cá nhân (thẻ căn cước)',
    canCuocError: 'Số định danh cá nhân gồm 12 chữ số; không dùng số CMND 9 chữ số.',
  },
  en: {
    begin: 'Register to take part',
    start: 'Start the test',
    chosen: (n: string) => `Selected: ${n}`,
    other: 'My organisation is not listed',
    notChosen: 'Please choose your organisation from the list.',
    required: 'Please fill in this field.',
    attempts: 'Each person may take the test up to 3 times.',
    commune: 'Commune, ward or special zone',
    communeNotChosen: 'Please choose your commune or ward from the list.',
    canCuoc: 'Personal identification number (citizen identity card)',
    canCuocError: 'A personal identification number has 12 digits; a 9-digit CMND number is not accepted.',
  },
};

/** A province of today: no districts, its communes and wards in one list (long enough for the autocomplete). */
function communeContest(): ContestSettings {
  const c = testContest();
  const communes = [
    { id: 'kinh-bac', name: 'Phường Kinh Bắc' },
    { id: 'vo-cuong', name: 'Phường Võ Cường' },
    { id: 'bac-giang', name: 'Phường Bắc Giang' },
    { id: 'da-mai', name: 'Phường Đa Mai' },
    ...Array.from({ length: 16 }, (_, i) => ({ id: `xa-${i + 1}`, name: `Xã Mẫu Số ${i + 1}` })),
  ];
  return {
    ...c,
    registration: {
      ...c.registration,
      fields: c.registration.fields.filter((f) => f.name !== 'district').map((f) => (f.name === 'commune' ? { ...f, required: true } : f)),
      districts: [],
      localGovernment: 'commune',
      communes,
      identityDocument: 'can-cuoc',
    },
  };
}

async function open(lang: 'vi' | 'en', contest?: ContestSettings): Promise<TestServer> {
  const server = await useBackend(contest ? { contest } : {});
  el = await mount(ENDPOINT, { lang });
  await untilPhase(el, 'landing');
  await until(() => text(el).includes(S[lang].begin), `the ${lang} strings`);
  button(el, S[lang].begin).click();
  await untilPhase(el, 'registration');
  return server;
}

const combo = (id = 'unitId') => deep<HTMLInputElement>(el, `#${id}`);
const optionsOf = (id = 'unitId') => deepAll<HTMLElement>(el, `#${id}-list [role=option]`);
const optionTexts = (id = 'unitId') => optionsOf(id).map((o) => o.textContent.replace(/\s+/g, ' ').trim());
const status = (id = 'unitId') => deep<HTMLElement>(el, `#${id}-status`).textContent.replace(/\s+/g, ' ').trim();

async function typeInto(input: HTMLInputElement, value: string) {
  input.focus();
  type(input, value);
  await settle(el);
}

async function expectAccessible(state: string) {
  await settle(el);
  expect(await axeViolations(el), state).to.deep.equal([]);
}

for (const lang of ['vi', 'en'] as const) {
  const s = S[lang];
  describe(`registration (${lang})`, () => {
    it('the unit is a combobox with a listbox; one match is selected as typed, and said in words', async () => {
      const server = await open(lang);
      const input = combo();
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-autocomplete')).to.equal('list');
      const list = deep(el, `#${input.getAttribute('aria-controls')}`);
      expect(list.getAttribute('role')).to.equal('listbox');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      await expectAccessible('empty');

      await typeInto(input, 'tu phap');
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(optionTexts()).to.deep.equal(['Sở Tư pháp', s.other]);
      // Selected as typed, said under the field, in a live region and in the field's description.
      expect(status()).to.equal(s.chosen('Sở Tư pháp'));
      const live = deep(el, '#unitId-status');
      expect(live.getAttribute('aria-live') ?? live.getAttribute('role')).to.match(/polite|status/);
      expect(input.getAttribute('aria-describedby')).to.contain('unitId-status');
      expect(nth(optionsOf(), 0, 'option').getAttribute('aria-selected')).to.equal('true');
      await expectAccessible('filtering, one match chosen');

      // What was chosen is what the server gets.
      await fillForm(el, { ...VALID, unitId: undefined });
      button(el, s.start).click();
      await untilPhase(el, 'exam');
      const start = server.requests.find((r) => r.method === 'POST' && r.path === '/attempts')!;
      expect(JSON.parse(start.body).participant.unitId).to.equal('so-tu-phap');
    });

    it('a tap on an option chooses it, closes the list and puts its name in the field', async () => {
      await open(lang);
      const input = combo();
      await typeInto(input, 'so');
      expect(optionTexts()).to.deep.equal(['Sở Tư pháp', 'Sở Nội vụ', s.other]);
      expect(status()).to.not.contain(s.chosen(''));
      optionsOf()
        .find((o) => o.textContent.includes('Sở Nội vụ'))!
        .click();
      await settle(el);
      expect(status()).to.equal(s.chosen('Sở Nội vụ'));
      expect(input.value).to.equal('Sở Nội vụ');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      await expectAccessible('chosen');
    });

    it('"Không thấy đơn vị của tôi" is in the list whatever the filter, and chooses the contest\'s other unit', async () => {
      await open(lang);
      const input = combo();
      for (const q of ['so', 'tu phap', 'xyz', 'khac', 'ubnd luc nam']) {
        await typeInto(input, q);
        expect(optionTexts().at(-1), `filter "${q}"`).to.equal(s.other);
      }
      optionsOf().at(-1)!.click();
      await settle(el);
      expect(status()).to.equal(s.chosen('Khác / Người dân'));
    });

    it('the error says what happened: typed but not chosen, or nothing typed', async () => {
      await open(lang);
      const input = combo();
      button(el, s.start).click();
      await settle(el);
      expect(deep(el, '#unitId-error').textContent).to.equal(s.required);
      await typeInto(input, 'so');
      button(el, s.start).click();
      await settle(el);
      expect(deep(el, '#unitId-error').textContent).to.equal(s.notChosen);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      await expectAccessible('error');
    });

    it('keyboard only: arrows move through the options (aria-activedescendant), Enter chooses without sending the form, Escape closes', async () => {
      await open(lang);
      const input = combo();
      input.focus();
      await sendKeys({ type: 'so' });
      await settle(el);
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      const first = input.getAttribute('aria-activedescendant')!;
      expect(deep(el, `#${first}`).textContent).to.contain('Sở Tư pháp');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      const second = input.getAttribute('aria-activedescendant')!;
      expect(deep(el, `#${second}`).textContent).to.contain('Sở Nội vụ');
      await expectAccessible('an option active');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.phase).to.equal('registration');
      expect(deepAll(el, '.error').length, 'Enter did not send the form').to.equal(0);
      expect(status()).to.equal(s.chosen('Sở Nội vụ'));
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      // ArrowUp from the field opens the list at its end: the other path is one key away.
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect(deep(el, `#${input.getAttribute('aria-activedescendant')}`).textContent).to.contain(s.other);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(status()).to.equal(s.chosen('Sở Nội vụ'));
    });

    it('the attempts allowed are said before the first field', async () => {
      await open(lang);
      const sentence = deepAll<HTMLElement>(el, 'p').find((p) => p.textContent.includes(s.attempts));
      expect(sentence, 'the eligibility sentence').to.exist;
      expect(sentence!.compareDocumentPosition(deep(el, '#fullName')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it("'commune' (2025): no district field, the commune chosen with the same autocomplete from the flat list", async () => {
      const server = await open(lang, communeContest());
      expect(deepAll(el, '#districtId')).to.have.length(0);
      const input = combo('communeId');
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(deep(el, 'label[for=communeId]').textContent).to.contain(s.commune);
      await typeInto(input, 'phuong');
      expect(optionTexts('communeId')).to.deep.equal(['Phường Kinh Bắc', 'Phường Võ Cường', 'Phường Bắc Giang', 'Phường Đa Mai']);
      await typeInto(input, 'xyz');
      button(el, s.start).click();
      await settle(el);
      expect(deep(el, '#communeId-error').textContent).to.equal(s.communeNotChosen);
      await typeInto(input, 'vo cuong');
      expect(status('communeId')).to.equal(s.chosen('Phường Võ Cường'));
      await expectAccessible('commune chosen');
      await fillForm(el, { ...VALID, districtId: undefined, communeId: undefined });
      button(el, s.start).click();
      await untilPhase(el, 'exam').catch((e) => {
        throw new Error(`${e.message}: ${text(el).slice(0, 2000)}`);
      });
      const p = JSON.parse(server.requests.find((r) => r.method === 'POST' && r.path === '/attempts')!.body).participant;
      expect(p.communeId).to.equal('vo-cuong');
      expect(p).to.not.have.property('districtId');
    });

    it("'can-cuoc': the field asks for the personal identification number and refuses a 9-digit CMND", async () => {
      await open(lang, communeContest());
      expect(deep(el, 'label[for=citizenId]').textContent).to.contain(s.canCuoc);
      await typeInto(combo('citizenId'), '121456789');
      button(el, s.start).click();
      await settle(el);
      expect(deep(el, '#citizenId-error').textContent).to.equal(s.canCuocError);
      await expectAccessible('can-cuoc error');
    });
  });
}

describe('registration on a phone', () => {
  afterEach(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  it("the form at 360 × 640: its height is logged, and is under two screens (1,474 px before #14's changes)", async () => {
    await setViewport({ width: 360, height: 640 });
    document.body.style.margin = '0';
    await open('vi');
    const form = deep(el, 'ccq-register').shadowRoot!.querySelector('form')!;
    const height = Math.round(form.getBoundingClientRect().height);
    const toStart = Math.round(button(el, 'Bắt đầu làm bài').getBoundingClientRect().bottom - el.getBoundingClientRect().top);
    console.log(
      `registration form at 360 × 640: ${height} px tall (${(height / 640).toFixed(2)} screens); element top to the start button's bottom: ${toStart} px`,
    );
    expect(height).to.be.below(2 * 640);
  });
});

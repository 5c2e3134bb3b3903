/**
 * Registration that older users finish (#14), the rest of it: a contest that needs a login says so
 * before the form is filled (the front page by its button, the form's top), with a link to the
 * portal's login page, and the 401 of a start offers the same link; the unit marked `other` in the
 * contest document is "Không thấy đơn vị của tôi" whatever its name; at 360 px every required mark
 * "*" stays on the line of its label's last word. In Vietnamese and in English.
 */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import type { ContestSettings } from '../../demo/mocks/contest.ts';
import { axeViolations } from '../helpers/axe.ts';
import { clearStorage, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, settle, text, type, until, untilPhase } from '../helpers/dom.ts';
import { testContest } from '../helpers/fixtures.ts';
import { nth } from '../helpers/must.ts';
import { fillForm } from '../helpers/participant.ts';
import { setViewport } from '../helpers/viewport.ts';

let el: CaiCachQuiz;
afterEach(async () => {
  el?.remove();
  await clearStorage();
});

const LOGIN_URL = '/dang-nhap?next=/cuoc-thi';
const S = {
  vi: {
    begin: 'Đăng ký dự thi',
    start: 'Bắt đầu làm bài',
    needed: 'Cuộc thi yêu cầu đăng nhập (tài khoản VNeID) trước khi dự thi.',
    login: 'Đăng nhập',
    refused: 'Bạn cần đăng nhập để dự thi.',
    other: 'Không thấy đơn vị của tôi',
    chosen: (n: string) => `Đã chọn: ${n}`,
  },
  en: {
    begin: 'Register to take part',
    start: 'Start the test',
    needed: 'You must sign in (VNeID account) before taking part.',
    login: 'Sign in',
    refused: 'You need to sign in to take part.',
    other: 'My organisation is not listed',
    chosen: (n: string) => `Selected: ${n}`,
  },
};

const withAuth = (): ContestSettings => ({ ...testContest(), auth: { required: true, loginUrl: LOGIN_URL, provider: 'VNeID' } });

async function landing(lang: 'vi' | 'en', contest: ContestSettings) {
  await useBackend({ contest });
  el = await mount(ENDPOINT, { lang });
  await untilPhase(el, 'landing');
  await until(() => text(el).includes(S[lang].begin), `the ${lang} strings`);
}

async function registration(lang: 'vi' | 'en', contest: ContestSettings) {
  await landing(lang, contest);
  button(el, S[lang].begin).click();
  await untilPhase(el, 'registration');
  await settle(el);
}

const flat = (n: Node) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The login statement: its paragraph and its link. */
const statement = () => deepAll<HTMLElement>(el, '[part=login]');
const loginLinks = () => deepAll<HTMLAnchorElement>(el, 'a').filter((a) => a.getAttribute('href') === LOGIN_URL);

async function expectAccessible(state: string) {
  await settle(el);
  expect(await axeViolations(el), state).to.deep.equal([]);
}

for (const lang of ['vi', 'en'] as const) {
  const s = S[lang];
  describe(`a contest that needs a login (${lang})`, () => {
    it('the front page says so by its button, with a link to the login page in the same tab', async () => {
      await landing(lang, withAuth());
      const p = nth(statement(), 0, 'login statement');
      expect(flat(p)).to.equal(`${s.needed} ${s.login}`);
      const link = nth(loginLinks(), 0, 'login link');
      expect(p.contains(link)).to.equal(true);
      expect(flat(link)).to.equal(s.login);
      expect(link.hasAttribute('target'), 'same tab').to.equal(false);
      // Before the button, in the same block: read before "Đăng ký dự thi" is pressed.
      const begin = button(el, s.begin);
      expect(p.compareDocumentPosition(begin) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(begin.getBoundingClientRect().top - p.getBoundingClientRect().bottom).to.be.below(60);
      await expectAccessible('landing with auth');
    });

    it('the registration form says so at its top, before the first field', async () => {
      await registration(lang, withAuth());
      const p = nth(statement(), 0, 'login statement');
      expect(flat(p)).to.equal(`${s.needed} ${s.login}`);
      expect(loginLinks()).to.have.length(1);
      expect(p.compareDocumentPosition(deep(el, '#fullName')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expectAccessible('registration with auth');
    });

    it('says nothing of a login when the contest needs none (or says required: false)', async () => {
      await registration(lang, { ...testContest(), auth: { required: false, loginUrl: LOGIN_URL } });
      expect(statement()).to.have.length(0);
      expect(loginLinks()).to.have.length(0);
    });

    it('a 401 on "Bắt đầu làm bài" offers the same login link, the form kept', async () => {
      await registration(lang, withAuth());
      await fillForm(el);
      button(el, s.start).click();
      await until(() => deepAll(el, '[role=alert]').some((a) => flat(a).includes(s.refused)), 'the 401 notice');
      const alert = deepAll<HTMLElement>(el, '[role=alert]').find((a) => flat(a).includes(s.refused))!;
      const link = [...alert.querySelectorAll('a')].find((a) => a.getAttribute('href') === LOGIN_URL);
      expect(link, 'the login link in the notice').to.exist;
      expect(flat(link!)).to.equal(s.login);
      expect(deep<HTMLInputElement>(el, '#fullName').value).to.not.equal('');
      await expectAccessible('401 with the login link');
    });

    it('the unit marked `other` is "Không thấy đơn vị của tôi", whatever its name', async () => {
      const c = testContest();
      const units = c.registration.units.map((u) => (u.id === 'khac' ? { ...u, name: 'Người dân, người lao động tự do', group: undefined, other: true } : u));
      await registration(lang, { ...c, registration: { ...c.registration, units } });
      const input = deep<HTMLInputElement>(el, '#unitId');
      input.focus();
      type(input, 'xyz');
      await settle(el);
      const options = deepAll<HTMLElement>(el, '#unitId-list [role=option]');
      expect(options.map(flat).at(-1)).to.equal(s.other);
      options.at(-1)!.click();
      await settle(el);
      expect(flat(deep(el, '#unitId-status'))).to.equal(s.chosen('Người dân, người lao động tự do'));
    });
  });
}

/**
 * Each required mark "*" with the line box of its label's last word: the top of the last
 * character before the mark (a Range over it) against the mark's own top.
 */
function marksOffTheirWord(): string[] {
  const off: string[] = [];
  const marks = deepAll<HTMLElement>(el, 'label [aria-hidden="true"], legend [aria-hidden="true"]').filter((m) => m.textContent.trim() === '*');
  expect(marks.length, 'required marks').to.be.above(4);
  for (const mark of marks) {
    const label = mark.closest('label, legend')!;
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    let last: { node: Text; index: number } | undefined;
    for (let n = walker.nextNode() as Text | null; n && !mark.contains(n); n = walker.nextNode() as Text | null) {
      if (!(mark.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_PRECEDING)) break;
      const i = n.data.search(/\S\s*$/);
      if (i >= 0) last = { node: n, index: i };
    }
    expect(last, `text before the mark of "${flat(label)}"`).to.exist;
    const range = document.createRange();
    range.setStart(last!.node, last!.index);
    range.setEnd(last!.node, last!.index + 1);
    const word = range.getBoundingClientRect();
    const star = mark.getBoundingClientRect();
    if (Math.abs(word.top - star.top) > 2) off.push(`"${flat(label)}": last word at top ${Math.round(word.top)}, "*" at ${Math.round(star.top)}`);
  }
  return off;
}

describe('required marks at 360 px', () => {
  afterEach(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['vi', 'en'] as const) {
    for (const identity of ['cmnd-cccd', 'can-cuoc'] as const) {
      // The portal page's own side margins narrow the form: 0 (the element edge to edge) to 24 px. Before
      // the fix, "Số CMND/CCCD *" broke before its "*" from 12 px on, "Phone number *" from 20 px.
      it(`every "*" sits on the line of its label's last word (${lang}, ${identity}), page margins 0–24 px`, async () => {
        await setViewport({ width: 360, height: 740 });
        const c = testContest();
        const off: string[] = [];
        for (const margin of [0, 8, 12, 16, 20, 24]) {
          document.body.style.margin = `0 ${margin}px`;
          await registration(lang, { ...c, registration: { ...c.registration, identityDocument: identity } });
          off.push(...marksOffTheirWord().map((m) => `margin ${margin}px: ${m}`));
          el.remove();
          await clearStorage();
        }
        expect(off).to.deep.equal([]);
      });
    }
  }
});

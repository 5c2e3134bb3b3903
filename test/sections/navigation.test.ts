/** The sections of the contest: the `sections` attribute, the navigation, and the browser's Back button. */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { cleanUpAfterEach, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { deep, deepAll, mount, settle, text, until, untilPhase } from '../helpers/dom.ts';
import { testContest } from '../helpers/fixtures.ts';
import { register, submitFromExam } from '../helpers/participant.ts';

let el: CaiCachQuiz;
cleanUpAfterEach(() => el);

const links = () => deepAll<HTMLAnchorElement>(el, 'nav[part=sections] a');
const link = (label: string) => links().find((a) => a.textContent.trim() === label)!;
const current = () =>
  links()
    .find((a) => a.getAttribute('aria-current') === 'page')
    ?.textContent!.trim();
const visible = (tag: string) => deepAll(el, tag).some((x) => !x.hidden);
const param = () => new URL(location.href).searchParams.get('ccq');

async function untilSection(tag: string) {
  await until(() => deepAll(el, tag).some((x) => !x.hidden && !!x.shadowRoot?.querySelector('h2')), `${tag} on screen`);
  await settle(el);
}

describe('sections and navigation', () => {
  it('switches sections with links, and Back and Forward follow them', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    expect(links().map((a) => a.textContent.trim())).to.deep.equal(['Dự thi', 'Bộ đề thi', 'Thi thử', 'Bảng xếp hạng']);
    expect(current()).to.equal('Dự thi');
    // Real links: focusable with the keyboard, and openable in a new tab.
    expect(links().every((a) => a.href.startsWith('http'))).to.equal(true);
    expect(new URL(link('Bộ đề thi').href).searchParams.get('ccq')).to.equal('bank');

    const changes: string[] = [];
    el.addEventListener('ccq-section-change', (e) => changes.push(`${e.detail.previous}→${e.detail.section}`));
    const historyLength = history.length;
    link('Bộ đề thi').click();
    await untilSection('ccq-bank');
    expect(current()).to.equal('Bộ đề thi');
    expect(param()).to.equal('bank');
    // One entry more (each test file has a tab of its own: web-test-runner.config.js).
    expect(history.length).to.equal(historyLength + 1);
    expect(deepAll(el, '.view')).to.have.length(0);
    // Focus moves to the section's heading.
    await until(() => deep(el, 'ccq-bank').shadowRoot!.activeElement?.tagName === 'H2', 'focus on the bank heading', 2000);

    link('Bảng xếp hạng').click();
    await untilSection('ccq-leaderboard');
    expect(param()).to.equal('leaderboard');

    history.back();
    await until(() => param() === 'bank', 'the address to go back');
    await untilSection('ccq-bank');
    expect(visible('ccq-leaderboard')).to.equal(false);
    history.back();
    await until(() => param() === null, 'the address to go back to the start');
    await until(() => current() === 'Dự thi', 'the contest to show again');
    expect(text(el)).to.contain('Đăng ký dự thi');
    history.forward();
    await until(() => current() === 'Bộ đề thi', 'Forward to the bank');
    expect(changes).to.deep.equal(['contest→bank', 'bank→leaderboard', 'leaderboard→bank', 'bank→contest', 'contest→bank']);
  });

  it("leaves the host page's address and history state alone", async () => {
    await useBackend();
    history.replaceState({ router: 'host', idx: 3 }, '', '?page=cuoc-thi&id=7#top');
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    link('Thi thử').click();
    await untilSection('ccq-practice');
    const url = new URL(location.href);
    expect(url.searchParams.get('page')).to.equal('cuoc-thi');
    expect(url.searchParams.get('id')).to.equal('7');
    expect(url.hash).to.equal('#top');
    expect(url.searchParams.get('ccq')).to.equal('practice');
    expect(history.state).to.deep.equal({ router: 'host', idx: 3 });
  });

  it('opens the section named in the address (a shared link, a reload)', async () => {
    await useBackend();
    history.replaceState(null, '', '?ccq=leaderboard');
    el = await mount(ENDPOINT);
    await untilSection('ccq-leaderboard');
    expect(current()).to.equal('Bảng xếp hạng');
  });

  it('shows one section alone, without navigation, when the page asks for it', async () => {
    await useBackend();
    el = await mount(ENDPOINT, { sections: 'bank' });
    await untilSection('ccq-bank');
    expect(links()).to.have.length(0);
    expect(text(el)).not.to.contain('Đăng ký dự thi');
    // Only the contest's header and the bank: no landing page underneath.
    expect(deepAll(el, 'ccq-landing')).to.have.length(0);
  });

  it('shows only the sections the contest offers, and says so when none is left', async () => {
    await useBackend({ contest: { ...testContest(), features: { bank: false, practice: true, leaderboard: true } } });
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    // Practice draws from the bank: without a bank there is no practice either.
    expect(links().map((a) => a.textContent.trim())).to.deep.equal(['Dự thi', 'Bảng xếp hạng']);
    el.remove();
    el = await mount(ENDPOINT, { sections: 'bank practice' });
    await until(() => text(el).includes('không có phần được yêu cầu'), 'the missing-section notice');
  });

  it('keeps a running attempt on screen: no navigation, and the address cannot take it away', async () => {
    await useBackend();
    el = await mount(ENDPOINT);
    await register(el);
    expect(links()).to.have.length(0);
    const changes: string[] = [];
    el.addEventListener('ccq-section-change', (e) => changes.push(e.detail.section));
    history.pushState(null, '', '?ccq=bank');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(el);
    expect(el.phase).to.equal('exam');
    expect(deepAll(el, 'ccq-exam')).to.have.length(1);
    expect(visible('ccq-bank')).to.equal(false);
    expect(changes).to.deep.equal([]);
    // After the attempt, the contest's result shows, not the section the address named meanwhile.
    await submitFromExam(el);
    expect(deepAll(el, 'ccq-result')).to.have.length(1);
    expect(deepAll(el, 'ccq-bank')).to.have.length(0);
  });
});

/**
 * The pages around the exam on a phone (#14): the landing page's start button on the first
 * screen, the section tabs on one row at 360 px, the leaderboard's unit names in at most two
 * lines; and the result's answer review says right or wrong in words and marks, not colour alone.
 */
import { expect } from '@open-wc/testing';
import { sampleContest } from '../../demo/mocks/contest.ts';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { axeViolations } from '../helpers/axe.ts';
import { ENDPOINT, serveLeaderboard, useBackend } from '../helpers/backend.ts';
import { deep, deepAll, mount, settle, text, until, untilPhase } from '../helpers/dom.ts';
import { testContest } from '../helpers/fixtures.ts';
import { onAPhone } from '../helpers/phone.ts';
import { choose, register, submitFromExam } from '../helpers/participant.ts';

let el: CaiCachQuiz;
onAPhone(() => el);

/** Lines of text in an element: the distinct tops of its text's boxes. */
function lines(e: Element): number {
  const range = document.createRange();
  range.selectNodeContents(e);
  return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
}

for (const lang of ['vi', 'en'] as const) {
  it(`${lang}: the sample contest's landing page has its start button on the first screen, and the tabs on one row`, async () => {
    // The sample contest: a five-line title, rounds, long rules.
    await useBackend({ contest: sampleContest() });
    el = await mount(ENDPOINT, { lang });
    await untilPhase(el, 'landing');
    await until(() => deepAll(el, '[part=start-button]').length > 0, 'the start button');
    await settle(el);
    const top = el.getBoundingClientRect().top;
    const start = deep(el, '[part=start-button]').getBoundingClientRect();
    console.log(`${lang}: the start button's bottom edge ${Math.round(start.bottom - top)} px from the element's top`);
    expect(start.bottom - top).to.be.at.most(640);
    const tabs = deepAll(el, 'nav[part=sections] a, [part=sections] a');
    expect(tabs.length).to.equal(4);
    const rows = new Set(tabs.map((a) => Math.round(a.getBoundingClientRect().top))).size;
    // Vietnamese on one row; English ("Leaderboard" is one word) may take two, never wider than the screen.
    if (lang === 'vi') expect(rows, 'one row of tabs').to.equal(1);
    expect(Math.max(...tabs.map((a) => a.getBoundingClientRect().right)), 'no tab past the screen').to.be.at.most(360);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
}

it('the leaderboard: a long unit name takes at most two lines at 360 px', async () => {
  await useBackend();
  serveLeaderboard({
    individuals: [{ rank: 1, name: 'Lê V.', unit: 'Ban Quản lý các khu công nghiệp tỉnh', score: 20, maxScore: 20, durationSeconds: 600 }],
    units: [{ rank: 1, unitId: 'bql', name: 'Ban Quản lý các khu công nghiệp tỉnh', participants: 1234, rate: 0.5 }],
  });
  el = await mount(ENDPOINT, { sections: 'leaderboard' });
  await until(() => text(el).includes('Ban Quản lý các khu công nghiệp tỉnh'), 'the units');
  await settle(el);
  const cell = deepAll<HTMLTableCellElement>(el, 'td').find((td) => td.textContent.trim() === 'Ban Quản lý các khu công nghiệp tỉnh')!;
  expect(lines(cell)).to.be.at.most(2);
  expect(await axeViolations(el)).to.deep.equal([]);
});

it('the result’s answer review says right or wrong with ✓/✗ and a word, in both languages', async () => {
  await useBackend({ contest: testContest({ result: 'review' }) });
  el = await mount(ENDPOINT);
  await register(el);
  await choose(el, 'b'); // the right answer of a single question in the test bank
  await submitFromExam(el);
  const verdicts = deepAll(el, '.review p.ok, .review p.ko').map((p) => p.querySelector('strong')?.textContent ?? '');
  expect(verdicts).to.include('✓ Đúng.');
  expect(verdicts).to.include('✗ Sai.');
  expect(await axeViolations(el)).to.deep.equal([]);
  el.lang = 'en';
  await settle(el);
  await until(() => text(el).includes('✗ Incorrect.'), 'the English verdicts');
  expect(text(el)).to.contain('✓ Correct.');
});

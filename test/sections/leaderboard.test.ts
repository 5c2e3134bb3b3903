/** Bảng xếp hạng and rounds (đợt thi) in the real element, against the reference backend. */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { LeaderboardResponse } from '../../src/contract/schemas.ts';
import { seedSubmissions } from '../../demo/mocks/seed.ts';
import { cleanUpAfterEach, ENDPOINT, serveLeaderboard, useBackend } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, settle, text, type, until, untilPhase } from '../helpers/dom.ts';
import { testContest } from '../helpers/fixtures.ts';
import { register, submitFromExam } from '../helpers/participant.ts';
import { nth } from '../helpers/must.ts';

let el: CaiCachQuiz;
cleanUpAfterEach(() => el);

const ROUNDS = [
  { id: 'r1', name: 'Đợt 1', opensAt: '2020-09-15T08:00:00+07:00', closesAt: '2020-09-22T08:00:00+07:00' },
  { id: 'r2', name: 'Đợt 2', opensAt: '2020-09-22T08:00:00+07:00', closesAt: '2020-10-15T08:00:00+07:00' },
];
/** The test backend's clock starts at 21/9/2020 09:30, inside round 1. */
const withRounds = (rounds = ROUNDS, per: 'round' | 'contest' = 'round') => {
  const c = testContest({ attempts: { max: 2, per, counting: 'best' } });
  return { ...c, rounds };
};

const board = () => deep(el, 'ccq-leaderboard');
const rows = (table: number): HTMLTableRowElement[] => [...(deepAll<HTMLTableElement>(board(), 'table')[table]?.tBodies[0]?.rows ?? [])];

describe('Bảng xếp hạng', () => {
  it("shows the server's ranking of the current round, and the whole contest on request", async () => {
    const server = await useBackend({ contest: withRounds() });
    seedSubmissions(server.backend, { count: 60, seed: 3 });
    const expected = LeaderboardResponse.parse(
      (await server.backend.handle({ method: 'GET', path: '/leaderboard', query: new URLSearchParams('round=r1'), header: () => null })).body,
    );
    el = await mount(ENDPOINT, { sections: 'leaderboard' });
    await until(() => deepAll(el, 'ccq-leaderboard').length > 0 && rows(0).length > 0, 'the leaderboard');
    await settle(el);
    expect(deep<HTMLSelectElement>(board(), 'select#round').value).to.equal('r1');
    expect(server.requests.filter((r) => r.path.startsWith('/leaderboard')).map((r) => r.path)).to.deep.equal(['/leaderboard']);
    expect(text(board())).to.contain(`${expected.totalParticipants} người dự thi`);
    // Rows in the server's order, with masked names and units; nothing re-sorted by the element.
    expect(rows(0).length).to.equal(expected.individuals.length);
    expected.individuals.slice(0, 5).forEach((p, i) => {
      const cells = nth(rows(0), i).cells;
      expect(nth(cells, 0).textContent.trim()).to.equal(String(p.rank));
      expect(nth(cells, 1).textContent).to.contain(p.name);
      if (p.unit) expect(nth(cells, 1).textContent).to.contain(p.unit);
      expect(nth(cells, 2).textContent).to.contain(`${p.score}/${p.maxScore}`);
    });
    expect(rows(1).length).to.equal(expected.units.length);
    expect(nth(nth(rows(1), 0).cells, 1).textContent.trim()).to.equal(nth(expected.units, 0).name);
    expect(nth(nth(rows(1), 0).cells, 2).textContent.trim()).to.equal(String(nth(expected.units, 0).participants));
    expect(text(board())).to.contain('Xếp theo điểm; bằng điểm thì xét dự đoán gần đúng nhất');

    type(deep<HTMLSelectElement>(board(), 'select#round'), '');
    await until(() => server.requests.some((r) => r.path === '/leaderboard' && r.method === 'GET') && !text(board()).includes('Đang tải'), 'the whole contest');
    const whole = LeaderboardResponse.parse((await server.backend.handle({ method: 'GET', path: '/leaderboard', header: () => null })).body);
    await until(() => text(board()).includes(`${whole.totalAttempts} lượt thi`), 'the whole-contest totals');
  });

  it('shows units ranked by participation rate when the server gives one, under a caption that says so', async () => {
    await useBackend({ contest: withRounds() });
    serveLeaderboard({
      // A name with a right-to-left override (U+202E), as a backend that does not strip it would send.
      individuals: [{ rank: 1, name: 'Lê V. \u202e02/02 :mểiĐ', score: 0, maxScore: 20, durationSeconds: 600 }],
      units: [
        { rank: 1, unitId: 'nho', name: 'Đảng ủy Khối Doanh nghiệp tỉnh', participants: 1, rate: 1 / 18 },
        { rank: 2, unitId: 'lon', name: 'Văn phòng Tỉnh ủy', participants: 2, rate: 2 / 95 },
        { rank: 3, unitId: 'khac', name: 'Khác / Người dân', participants: 5 },
      ],
    });
    el = await mount(ENDPOINT, { sections: 'leaderboard' });
    await until(() => deepAll(el, 'ccq-leaderboard').length > 0 && text(board()).includes('Văn phòng Tỉnh ủy'), 'the units');
    const table = deepAll<HTMLTableElement>(board(), 'table').at(-1)!;
    expect(table.caption!.textContent.trim()).to.equal('Đơn vị có tỉ lệ tham gia cao nhất');
    // The override stays inside the name: isolated in <bdi>, apart from the score's cell.
    const person = nth(rows(0), 0);
    expect(nth(person.cells, 1).querySelector('bdi')!.textContent).to.equal('Lê V. \u202e02/02 :mểiĐ');
    expect(nth(person.cells, 2).textContent).to.contain('0/20');
    const cells = [...nth(table.tBodies, 0).rows].map((r) => [...r.cells].map((c) => c.textContent.trim()));
    expect(cells).to.deep.equal([
      ['1', 'Đảng ủy Khối Doanh nghiệp tỉnh', '1', '5,6%'],
      ['2', 'Văn phòng Tỉnh ủy', '2', '2,1%'],
      ['3', 'Khác / Người dân', '5', ''],
    ]);
  });

  it('says so when nobody has been marked yet, and refreshes on request', async () => {
    const server = await useBackend({ contest: withRounds() });
    el = await mount(ENDPOINT, { sections: 'leaderboard' });
    await until(() => text(el).includes('Chưa có bài thi nào được chấm'), 'the empty board');
    seedSubmissions(server.backend, { count: 10, seed: 5 });
    button(board(), 'Cập nhật số liệu').click();
    await until(() => rows(0).length > 0, 'the refreshed board');
  });
});

describe('Đợt thi', () => {
  it('names the current round and the next one, and counts attempts per round', async () => {
    await useBackend({ contest: withRounds() });
    el = await mount(ENDPOINT);
    await untilPhase(el, 'landing');
    expect(text(el)).to.contain('Mỗi người được thi tối đa 2 lượt trong mỗi đợt.');
    expect(text(el)).to.contain('Đang diễn ra: Đợt 1, từ 08:00 Thứ Ba, 15/09/2020 đến 08:00 Thứ Ba, 22/09/2020.');
    expect(text(el)).to.contain('Đợt tiếp theo: Đợt 2, mở lúc 08:00 Thứ Ba, 22/09/2020.');
    expect(text(el)).not.to.contain('Bạn còn');
    await register(el);
    await submitFromExam(el);
    expect(text(el)).to.contain('Bạn còn 1 lượt thi trong đợt này.');
    button(el, /Thi lượt mới|Về trang thể lệ/).click();
    await untilPhase(el, 'landing');
    expect(text(el)).to.contain('Bạn còn 1 lượt thi trong đợt này.');
  });

  it('counts down to the next round between two rounds', async () => {
    const gap = [
      { ...nth(ROUNDS, 0), closesAt: '2020-09-20T08:00:00+07:00' },
      { ...nth(ROUNDS, 1), opensAt: '2020-09-22T08:00:00+07:00' },
    ];
    await useBackend({ contest: withRounds(gap) });
    el = await mount(ENDPOINT);
    await untilPhase(el, 'upcoming');
    expect(deep(el, 'h2').textContent).to.equal('Đợt thi tiếp theo chưa bắt đầu');
    expect(text(el)).to.contain('Đợt 2 mở lúc 08:00 Thứ Ba, 22/09/2020 (giờ Việt Nam).');
    // 22/9 08:00 − 21/9 09:30 = 22 h 30 min.
    expect(deep(el, '[role=timer]').textContent).to.match(/^22:(29|30):\d\d$/);
    expect(deepAll(el, 'button').map((b) => b.textContent.trim())).not.to.include('Đăng ký dự thi');
  });

  it('is closed after the last round', async () => {
    await useBackend({ contest: withRounds([{ ...nth(ROUNDS, 0), closesAt: '2020-09-20T08:00:00+07:00' }]) });
    el = await mount(ENDPOINT);
    await untilPhase(el, 'closed');
  });
});

describe('Bảng xếp hạng when results come after the contest', () => {
  it('lists units and totals but nobody’s score until the contest ends', async () => {
    const server = await useBackend({ contest: testContest({ result: 'after-close' }) });
    seedSubmissions(server.backend, { count: 30, seed: 2 });
    el = await mount(ENDPOINT, { sections: 'leaderboard' });
    await until(() => deepAll(el, 'ccq-leaderboard').length > 0 && rows(0).length > 0, 'the units table');
    expect(text(board())).to.contain('Kết quả của từng người dự thi sẽ được công bố sau khi cuộc thi kết thúc.');
    expect(deepAll(board(), 'table')).to.have.length(1);
    expect(deep(board(), 'caption').textContent).to.equal('Đơn vị có nhiều người dự thi nhất');
    expect(text(board())).not.to.match(/\d+\/5/);
  });
});

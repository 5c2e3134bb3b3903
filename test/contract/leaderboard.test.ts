/**
 * `GET /leaderboard` of the reference backend, for the whole contest and per round: one row
 * per participant in the contest's order, masked names, units by participation, totals;
 * the query string through msw; and the sample submissions that fill the demo's board.
 */
import { expect } from '@open-wc/testing';
import { nth } from '../helpers/must.ts';
import { ReferenceBackend, type BackendResponse } from '../../demo/mocks/backend.ts';
import { sampleContest, type ContestSettings } from '../../demo/mocks/contest.ts';
import { SAMPLE_BANK } from '../../demo/mocks/data/bank.ts';
import { seedSubmissions, withoutSamples } from '../../demo/mocks/seed.ts';
import { Attempt, AttemptResult, ErrorEnvelope, LeaderboardResponse, StartAttemptResponse } from '../../src/contract/schemas.ts';
import { validateName } from '../../src/core/validate.ts';
import { ENDPOINT, seeded, useBackend } from '../helpers/backend.ts';
import { makeBank, testContest } from '../helpers/fixtures.ts';

const at = (s: string) => Date.parse(s);
const ROUNDS = [
  { id: 'r1', name: 'Đợt 1', opensAt: '2020-09-15T08:00:00+07:00', closesAt: '2020-09-22T08:00:00+07:00' },
  { id: 'r2', name: 'Đợt 2', opensAt: '2020-09-22T08:00:00+07:00', closesAt: '2020-10-15T08:00:00+07:00' },
];
const IN_R1 = at('2020-09-21T09:30:00+07:00');
const IN_R2 = at('2020-09-24T10:00:00+07:00');
/** Units whose names sort differently by code point ("Đ" after "S") and in Vietnamese ("Đ" after "D"). */
const UNITS = [
  { id: 'so-noi-vu', name: 'Sở Nội vụ' },
  { id: 'dai-pt-th', name: 'Đài Phát thanh và Truyền hình tỉnh' },
  { id: 'khac', name: 'Khác / Người dân' },
  { id: 'so-tu-phap', name: 'Sở Tư pháp' },
];

function contest(patch: Partial<ContestSettings['exam']> = {}): ContestSettings {
  const c = testContest({ questionCount: 4, attempts: { max: 3, per: 'round', counting: 'best' }, ...patch });
  return { ...c, rounds: ROUNDS, registration: { ...c.registration, units: UNITS } };
}

type Board = LeaderboardResponse;

/** A backend with a settable clock, and a participant who takes an attempt from start to submission. */
function server(settings: ContestSettings = contest()) {
  const clock = { now: IN_R1 };
  // makeBank: single questions are right with 'b' ("Phương án B …"); every 5th is multiple (a, c). 4 single ones here.
  const backend = new ReferenceBackend({ contest: settings, bank: makeBank(4), now: () => clock.now, random: seeded(11) });
  let ids = 0;
  const take = async (who: { name: string; unit?: string; id?: string }, correct: number, seconds: number, prediction: number | null, practice = false) => {
    const citizenId = who.id ?? `0240800${String(++ids).padStart(5, '0')}`;
    const participant = { fullName: who.name, birthDate: '1980-01-01', citizenId, phone: '0912345678', unitId: who.unit ?? 'so-tu-phap', consent: true };
    const started = await backend.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant, practice } });
    expect(started.status, JSON.stringify(started.body)).to.equal(201);
    const attempt = StartAttemptResponse.parse(started.body).attempt;
    clock.now += seconds * 1000;
    // An attempt's option ids are its own (#13 F8): the bank's 'b' (right) and 'd' (wrong) are found by their text.
    const answers = attempt.questions.map((q, i) => ({
      questionId: q.id,
      optionIds: q.options.filter((o) => o.text.startsWith(i < correct ? 'Phương án B' : 'Phương án D')).map((o) => o.id),
    }));
    const res = await backend.handle({
      method: 'POST',
      path: `/attempts/${attempt.id}/submission`,
      header: () => `k-${attempt.id}`,
      body: { answers, prediction, reason: 'confirmed' },
    });
    expect(res.status).to.equal(201);
    clock.now += 60_000;
    return citizenId;
  };
  const board = async (round?: string): Promise<Board> => {
    const res = await backend.handle({
      method: 'GET',
      path: '/leaderboard',
      query: new URLSearchParams(round === undefined ? '' : { round }),
      header: () => null,
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    return LeaderboardResponse.parse(res.body);
  };
  return { backend, clock, take, board };
}

const rows = (b: Board) => b.individuals.map((r) => [r.rank, r.name, r.score, r.predictionDistance ?? null, r.durationSeconds]);

describe('the leaderboard', () => {
  it('ranks equal scores by the closer prediction, then the shorter time, then the earlier submission', async () => {
    const s = server();
    // Six perfect scores (4 of 4), so a prediction of 6 is exact.
    await s.take({ name: 'Nguyễn Văn An' }, 4, 300, 6); //        distance 0
    await s.take({ name: 'Trần Thị Bình' }, 4, 100, 8); //        distance 2, the fastest of all
    await s.take({ name: 'Lê Văn Cường' }, 4, 200, 5); //         distance 1, 200 s
    await s.take({ name: 'Phạm Thị Dung' }, 4, 150, 7); //        distance 1, 150 s, submitted first
    await s.take({ name: 'Hoàng Văn Em' }, 4, 150, 5); //         distance 1, 150 s, submitted later
    await s.take({ name: 'Vũ Thị Giang' }, 4, 50, null); //       no prediction: after any distance
    await s.take({ name: 'Đặng Văn Hùng' }, 3, 30, 6); //         a lower score: last, whatever else
    const board = await s.board();
    expect(rows(board)).to.deep.equal([
      [1, 'Nguyễn V. A.', 4, 0, 300],
      [2, 'Phạm T. D.', 4, 1, 150],
      [3, 'Hoàng V. E.', 4, 1, 150],
      [4, 'Lê V. C.', 4, 1, 200],
      [5, 'Trần T. B.', 4, 2, 100],
      [6, 'Vũ T. G.', 4, null, 50],
      [7, 'Đặng V. H.', 3, 0, 30],
    ]);
    expect(board.individuals.every((r) => r.maxScore === 4)).to.equal(true);
  });

  it('masks every name: family name, then initials', async () => {
    const s = server();
    await s.take({ name: 'Nguyễn Thị Thu Hà' }, 4, 100, 2);
    await s.take({ name: 'Âu Dương Ánh' }, 4, 100, 2);
    const board = await s.board();
    expect(board.individuals.map((r) => r.name)).to.deep.equal(['Nguyễn T. T. H.', 'Âu D. Á.']);
    const json = JSON.stringify(board);
    expect(json).to.not.contain('Thu Hà');
    expect(json).to.not.contain('Ánh');
    expect(json).to.not.contain('Dương');
  });

  it('counts one row per participant, by the attempt that counts (best, first or last)', async () => {
    for (const [counting, expected] of [
      ['best', [4, 100]],
      ['first', [2, 300]],
      ['last', [3, 200]],
    ] as const) {
      const s = server(contest({ attempts: { max: 3, per: 'round', counting } }));
      const id = await s.take({ name: 'Nguyễn Văn An' }, 2, 300, 1);
      await s.take({ name: 'Nguyễn Văn An', id }, 4, 100, 1);
      await s.take({ name: 'Nguyễn Văn An', id }, 3, 200, 1);
      const board = await s.board();
      expect(
        board.individuals.map((r) => [r.score, r.durationSeconds]),
        counting,
      ).to.deep.equal([expected]);
      expect([board.totalParticipants, board.totalAttempts], counting).to.deep.equal([1, 3]);
    }
  });

  it('ranks units by participants (not attempts), equal ones by name in Vietnamese order', async () => {
    const s = server();
    const a = await s.take({ name: 'Nguyễn Văn An', unit: 'so-tu-phap' }, 4, 100, 1);
    await s.take({ name: 'Nguyễn Văn An', unit: 'so-tu-phap', id: a }, 4, 100, 1);
    await s.take({ name: 'Trần Thị Bình', unit: 'so-tu-phap' }, 2, 100, 1);
    await s.take({ name: 'Lê Văn Cường', unit: 'so-noi-vu' }, 4, 100, 1);
    const d = await s.take({ name: 'Phạm Thị Dung', unit: 'so-noi-vu' }, 4, 100, 1);
    await s.take({ name: 'Phạm Thị Dung', unit: 'so-noi-vu', id: d }, 4, 100, 1);
    await s.take({ name: 'Phạm Thị Dung', unit: 'so-noi-vu', id: d }, 4, 100, 1);
    await s.take({ name: 'Hoàng Văn Em', unit: 'khac' }, 1, 100, 1);
    await s.take({ name: 'Vũ Thị Giang', unit: 'dai-pt-th' }, 1, 100, 1);
    // Practice attempts count for nothing.
    await s.take({ name: 'Đặng Văn Hùng', unit: 'khac' }, 4, 100, 1, true);
    await s.take({ name: 'Bùi Thị Lan', unit: 'khac' }, 4, 100, 1, true);
    const board = await s.board();
    expect(board.units.map((u) => [u.rank, u.unitId, u.name, u.participants])).to.deep.equal([
      [1, 'so-noi-vu', 'Sở Nội vụ', 2],
      [2, 'so-tu-phap', 'Sở Tư pháp', 2],
      [3, 'dai-pt-th', 'Đài Phát thanh và Truyền hình tỉnh', 1],
      [4, 'khac', 'Khác / Người dân', 1],
    ]);
    expect([board.totalParticipants, board.totalAttempts]).to.deep.equal([6, 9]);
    expect(board.individuals.map((r) => r.unit)).to.deep.equal([
      'Sở Tư pháp',
      'Sở Nội vụ',
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Khác / Người dân',
      'Đài Phát thanh và Truyền hình tỉnh',
    ]);
  });

  it('leaves out attempts started but not submitted', async () => {
    const s = server();
    await s.take({ name: 'Nguyễn Văn An' }, 4, 100, 1);
    const participant = { fullName: 'Trần Thị Bình', birthDate: '1980-01-01', citizenId: '024080099999', phone: '0912345678', unitId: 'khac', consent: true };
    expect((await s.backend.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant } })).status).to.equal(201);
    const board = await s.board();
    expect([board.totalParticipants, board.totalAttempts, board.individuals.length, board.units.length]).to.deep.equal([1, 1, 1, 1]);
  });

  it('per round: only that round’s attempts, its own perfect count, units and totals; the whole contest takes each one’s best', async () => {
    const s = server();
    const an = await s.take({ name: 'Nguyễn Văn An', unit: 'so-tu-phap' }, 4, 400, 3);
    const binh = await s.take({ name: 'Trần Thị Bình', unit: 'so-noi-vu' }, 3, 100, 1);
    await s.take({ name: 'Lê Văn Cường', unit: 'so-noi-vu' }, 4, 200, 9);
    s.clock.now = IN_R2;
    await s.take({ name: 'Trần Thị Bình', unit: 'so-noi-vu', id: binh }, 4, 150, 1);
    await s.take({ name: 'Nguyễn Văn An', unit: 'so-tu-phap', id: an }, 2, 50, 3);
    await s.take({ name: 'Phạm Thị Dung', unit: 'khac' }, 4, 300, 3);
    await s.take({ name: 'Hoàng Văn Em', unit: 'khac' }, 4, 300, 3);

    const r1 = await s.board('r1');
    expect(r1.roundId).to.equal('r1');
    // Đợt 1: two perfect scores (An, Cường).
    expect(rows(r1)).to.deep.equal([
      [1, 'Nguyễn V. A.', 4, 1, 400],
      [2, 'Lê V. C.', 4, 7, 200],
      [3, 'Trần T. B.', 3, 1, 100],
    ]);
    expect([r1.totalParticipants, r1.totalAttempts]).to.deep.equal([3, 3]);
    expect(r1.units.map((u) => [u.unitId, u.participants])).to.deep.equal([
      ['so-noi-vu', 2],
      ['so-tu-phap', 1],
    ]);

    const r2 = await s.board('r2');
    expect(r2.roundId).to.equal('r2');
    // Đợt 2: three perfect scores (Bình, Dung, Em).
    expect(rows(r2)).to.deep.equal([
      [1, 'Phạm T. D.', 4, 0, 300],
      [2, 'Hoàng V. E.', 4, 0, 300],
      [3, 'Trần T. B.', 4, 2, 150],
      [4, 'Nguyễn V. A.', 2, 0, 50],
    ]);
    expect([r2.totalParticipants, r2.totalAttempts]).to.deep.equal([4, 4]);
    expect(r2.units.map((u) => [u.unitId, u.participants])).to.deep.equal([
      ['khac', 2],
      ['so-noi-vu', 1],
      ['so-tu-phap', 1],
    ]);

    const all = await s.board();
    expect('roundId' in all).to.equal(false);
    // The whole contest: five perfect participants, so the prediction 3 is 2 away, 1 and 9 are 4 away;
    // each participant's best attempt (An's of Đợt 1).
    expect(rows(all)).to.deep.equal([
      [1, 'Phạm T. D.', 4, 2, 300],
      [2, 'Hoàng V. E.', 4, 2, 300],
      [3, 'Nguyễn V. A.', 4, 2, 400],
      [4, 'Trần T. B.', 4, 4, 150],
      [5, 'Lê V. C.', 4, 4, 200],
    ]);
    expect([all.totalParticipants, all.totalAttempts]).to.deep.equal([5, 7]);
    expect(all.units.map((u) => [u.unitId, u.participants])).to.deep.equal([
      ['khac', 2],
      ['so-noi-vu', 2],
      ['so-tu-phap', 1],
    ]);
  });

  it('answers 404 for a round the contest does not have, and for a contest without a leaderboard', async () => {
    const s = server();
    const res = await s.backend.handle({ method: 'GET', path: '/leaderboard', query: new URLSearchParams('round=r9'), header: () => null });
    expect(res.status).to.equal(404);
    const { error } = ErrorEnvelope.parse(res.body);
    expect(error.code).to.equal('bad_request');
    expect(error.message).to.equal('No round "r9" in this contest (its rounds: r1, r2).');
    // An empty ?round= is the whole contest.
    expect('roundId' in (await s.board(''))).to.equal(false);
    const off = new ReferenceBackend({
      contest: { ...contest(), features: { bank: true, practice: true, leaderboard: false } },
      bank: makeBank(4),
      now: () => IN_R1,
    });
    const closed = await off.handle({ method: 'GET', path: '/leaderboard', header: () => null });
    expect([closed.status, ErrorEnvelope.parse(closed.body).error.code]).to.deep.equal([404, 'bad_request']);
  });

  it('lists the top 20 and counts everyone', async () => {
    const s = server();
    for (let i = 0; i < 23; i++) await s.take({ name: `Nguyễn Văn ${String.fromCharCode(65 + i)}` }, i % 5, 100 + i, 1);
    const board = await s.board();
    expect(board.individuals.map((r) => r.rank)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
    expect([board.totalParticipants, board.totalAttempts]).to.deep.equal([23, 23]);
    // The three left out have the lowest score (0: 100, 105, 110, 115, 120 s) and the longest times.
    expect(board.individuals.at(-1)).to.include({ score: 0, durationSeconds: 105 });
  });

  it('reads ?round= from the URL behind msw (and from a path that still carries it)', async () => {
    const srv = await useBackend({ contest: contest(), bank: makeBank(4) });
    const r1 = await (await fetch(`${ENDPOINT}/leaderboard?round=r1`)).json();
    expect(r1.roundId).to.equal('r1');
    const whole = await (await fetch(`${ENDPOINT}/leaderboard`)).json();
    expect('roundId' in whole).to.equal(false);
    const unknown = await fetch(`${ENDPOINT}/leaderboard?round=nope`);
    expect(unknown.status).to.equal(404);
    const inPath: BackendResponse = await srv.backend.handle({ method: 'GET', path: '/leaderboard?round=r2', header: () => null });
    expect((inPath.body as Board).roundId).to.equal('r2');
  });
});

describe('sample submissions (demo/mocks/seed.ts)', () => {
  const backendAt = (when: string, seed = 1) => {
    const backend = new ReferenceBackend({ contest: sampleContest(), bank: SAMPLE_BANK, now: () => at(when) });
    return { backend, added: seedSubmissions(backend, { count: 400, seed }) };
  };
  const boardOf = async (backend: ReferenceBackend, round?: string) =>
    LeaderboardResponse.parse(
      (await backend.handle({ method: 'GET', path: '/leaderboard', query: new URLSearchParams(round ? { round } : {}), header: () => null })).body,
    );

  it('fill the leaderboard of the sample contest: 400 graded submissions, 20 rows, units that clearly lead', async () => {
    const { backend, added } = backendAt('2020-09-21T09:30:00+07:00');
    expect(added).to.equal(400);
    const board = await boardOf(backend);
    expect(board.totalAttempts).to.equal(400);
    expect(board.totalParticipants).to.be.within(200, 330);
    expect(board.individuals).to.have.length(20);
    // Mostly perfect scores at the top, ranked by the closeness of the prediction.
    expect(board.individuals[0]).to.include({ score: 20, maxScore: 20 });
    const distances = board.individuals.filter((r) => r.score === 20).map((r) => r.predictionDistance!);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(board.units.length).to.be.greaterThan(25);
    expect(nth(board.units, 0).participants).to.be.greaterThan(2 * nth(board.units, 4).participants);
    for (const r of board.individuals) expect(r.name).to.match(/^\p{Lu}\p{Ll}* (\p{Lu}\. ?)+$/u);
  });

  it('look like real submissions: valid attempts and results, plausible names, scores, times and limits', () => {
    const { backend } = backendAt('2020-10-01T09:30:00+07:00');
    const now = at('2020-10-01T09:30:00+07:00');
    const stored = Object.values(backend.state.attempts);
    expect(stored).to.have.length(400);
    const perRound = new Map<string, number>();
    for (const a of stored) {
      Attempt.parse(a.attempt);
      AttemptResult.parse(a.submission!.result);
      expect(a.sample).to.equal(true);
      expect(a.participantKey).to.match(/^mau-1-\d+$/);
      expect(validateName(a.fullName!), a.fullName).to.equal(null);
      expect(a.fullName!.split(' ').length).to.be.within(3, 4);
      expect(a.attempt.practice).to.equal(false);
      const { score, maxScore, prediction, result } = a.submission!;
      expect(maxScore).to.equal(20);
      expect(score).to.be.within(8, 20);
      expect(prediction).to.be.a('number');
      expect(result.durationSeconds).to.be.within(180, 1200);
      const round = sampleContest().rounds.find((r) => r.id === a.attempt.roundId)!;
      const submitted = Date.parse(result.submittedAt);
      expect(Date.parse(a.attempt.startedAt)).to.be.at.least(Date.parse(round.opensAt));
      expect(submitted).to.be.below(Math.min(Date.parse(round.closesAt), now) + 1);
      expect(submitted - Date.parse(a.attempt.startedAt)).to.equal(result.durationSeconds * 1000);
      expect(a.attempt.questions).to.have.length(20);
      expect(Object.keys(a.keys)).to.deep.equal(a.attempt.questions.map((q) => q.id));
      const key = `${a.participantKey} ${a.attempt.roundId}`;
      perRound.set(key, (perRound.get(key) ?? 0) + 1);
      expect(a.attempt.number).to.equal(perRound.get(key));
      expect(a.attempt.attemptsLeft).to.equal(3 - a.attempt.number);
    }
    expect(Math.max(...perRound.values())).to.equal(3);
    expect(new Set(stored.map((a) => a.attempt.roundId))).to.deep.equal(new Set(['dot-1', 'dot-2', 'dot-3']));
    // Scores skewed high: most submissions at 18 or more, a fair share perfect.
    const high = stored.filter((a) => a.submission!.score >= 18).length;
    expect(high).to.be.greaterThan(200);
    expect(stored.filter((a) => a.submission!.score === 20).length).to.be.within(80, 250);
    // Some names carry diacritics beyond the family name, and more than a handful of family names appear.
    expect(new Set(stored.map((a) => a.fullName!.split(' ')[0])).size).to.be.greaterThan(10);
  });

  it('are the same for the same seed and moment, and differ for another seed', () => {
    const a = backendAt('2020-09-21T09:30:00+07:00', 1).backend.state;
    const b = backendAt('2020-09-21T09:30:00+07:00', 1).backend.state;
    const c = backendAt('2020-09-21T09:30:00+07:00', 2).backend.state;
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(Object.values(c.attempts).map((x) => x.fullName)).to.not.deep.equal(Object.values(a.attempts).map((x) => x.fullName));
  });

  it('add nothing before the contest opens; never use up a real participant’s attempts; are left out of what the demo saves', async () => {
    expect(backendAt('2020-09-15T07:00:00+07:00').added).to.equal(0);
    const { backend } = backendAt('2020-09-21T09:30:00+07:00');
    const participant = {
      fullName: 'Nguyễn Văn An',
      birthDate: '1980-01-01',
      citizenId: '024080000001',
      phone: '0912345678',
      unitId: 'so-tu-phap',
      consent: true,
    };
    const started = await backend.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant } });
    const attempt = StartAttemptResponse.parse(started.body).attempt;
    expect([attempt.number, attempt.attemptsLeft, attempt.roundId]).to.deep.equal([1, 2, 'dot-1']);
    const kept = withoutSamples(backend.state);
    expect(Object.keys(kept.attempts)).to.deep.equal([attempt.id]);
    expect(Object.keys(backend.state.attempts)).to.have.length(401);
  });
});

/**
 * Rounds (đợt thi) in the reference backend: an attempt belongs to the round open when it
 * starts, attempt limits per round or per contest, refusals between rounds and after the
 * last one; the sample contest's rounds and the demo scenarios built on them.
 */
import { expect } from '@open-wc/testing';
import { must } from '../helpers/must.ts';
import { ReferenceBackend, roundsAt, type BackendResponse } from '../../demo/mocks/backend.ts';
import { CLOSES_AT, OPENS_AT, SAMPLE_ROUNDS, sampleContest, type ContestSettings } from '../../demo/mocks/contest.ts';
import { SCENARIOS } from '../../demo/mocks/scenarios.ts';
import { scenarioBackend } from '../../demo/mocks/start.ts';
import { BankResponse, ContestDocument, ErrorEnvelope, StartAttemptResponse, type Attempt } from '../../src/contract/schemas.ts';
import { seeded } from '../helpers/backend.ts';
import { makeBank, testContest } from '../helpers/fixtures.ts';

const at = (s: string) => Date.parse(s);
/** Three rounds with a day's gap between the first two; the contest runs on four days after the last. */
const ROUNDS = [
  { id: 'r1', name: 'Đợt 1', opensAt: '2020-09-15T08:00:00+07:00', closesAt: '2020-09-22T08:00:00+07:00' },
  { id: 'r2', name: 'Đợt 2', opensAt: '2020-09-23T08:00:00+07:00', closesAt: '2020-09-30T08:00:00+07:00' },
  { id: 'r3', name: 'Đợt 3', opensAt: '2020-09-30T08:00:00+07:00', closesAt: '2020-10-11T08:00:00+07:00' },
];
const IN_R1 = at('2020-09-21T09:30:00+07:00');
const IN_R2 = at('2020-09-24T10:00:00+07:00');
const GAP = at('2020-09-22T15:00:00+07:00');
const AFTER_LAST = at('2020-10-12T09:00:00+07:00');

function roundsContest(per: 'round' | 'contest' = 'round'): ContestSettings {
  return { ...testContest({ attempts: { max: 3, per, counting: 'best' } }), rounds: ROUNDS };
}

const participant = (citizenId = '024080000001') => ({
  fullName: 'Nguyễn Văn An',
  birthDate: '1980-05-20',
  citizenId,
  phone: '0912345678',
  unitId: 'so-tu-phap',
  consent: true,
});

function server(contest: ContestSettings, start = IN_R1) {
  const clock = { now: start };
  const backend = new ReferenceBackend({ contest, bank: makeBank(10), now: () => clock.now, random: seeded(7) });
  const start_ = (body: Record<string, unknown> = {}, citizenId?: string) =>
    backend.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant: participant(citizenId), ...body } });
  return { backend, clock, start: start_ };
}

const attemptOf = (res: BackendResponse): Attempt => {
  expect(res.status, JSON.stringify(res.body)).to.equal(201);
  return StartAttemptResponse.parse(res.body).attempt;
};
const errorOf = (res: BackendResponse) => ({ status: res.status, ...ErrorEnvelope.parse(res.body).error });

describe('rounds in the reference backend', () => {
  it('finds the round open at a moment, and the next one, with a gap between rounds', () => {
    expect(roundsAt(ROUNDS, IN_R1)).to.deep.equal({ current: ROUNDS[0], next: ROUNDS[1] });
    expect(roundsAt(ROUNDS, GAP)).to.deep.equal({ current: undefined, next: ROUNDS[1] });
    // A round's closing instant belongs to the next round only if that one opens then.
    expect(roundsAt(ROUNDS, at(must(ROUNDS[1], 'round 2').closesAt)).current?.id).to.equal('r3');
    expect(roundsAt(ROUNDS, at(must(ROUNDS[0], 'round 1').closesAt)).current).to.equal(undefined);
    expect(roundsAt([...ROUNDS].reverse(), IN_R2)).to.deep.equal({ current: ROUNDS[1], next: ROUNDS[2] });
  });

  it('gives the attempt the round open now, whatever roundId the request names', async () => {
    const s = server(roundsContest());
    const first = attemptOf(await s.start({ roundId: 'r2' }));
    expect(first.roundId).to.equal('r1');
    expect([first.number, first.attemptsLeft]).to.deep.equal([1, 2]);
    const second = attemptOf(await s.start({ roundId: 'no-such-round' }));
    expect(second.roundId).to.equal('r1');
    expect([second.number, second.attemptsLeft]).to.deep.equal([2, 1]);
  });

  it('allows three attempts in a round, then attempts_exhausted; the next round brings three more', async () => {
    const s = server(roundsContest());
    const r1 = [attemptOf(await s.start()), attemptOf(await s.start()), attemptOf(await s.start())];
    expect(r1.map((a) => [a.roundId, a.number, a.attemptsLeft])).to.deep.equal([
      ['r1', 1, 2],
      ['r1', 2, 1],
      ['r1', 3, 0],
    ]);
    const refused = errorOf(await s.start());
    expect(refused.status).to.equal(403);
    expect(refused.code).to.equal('attempts_exhausted');
    expect(refused.message).to.contain('r1');
    // Practice never counts, and another participant has their own three.
    const practice = attemptOf(await s.start({ practice: true }));
    expect([practice.practice, practice.roundId, practice.number, practice.attemptsLeft]).to.deep.equal([true, 'r1', 1, 0]);
    expect(attemptOf(await s.start({}, '024080000002')).number).to.equal(1);
    expect(Object.keys(s.backend.state.attempts)).to.have.length(5);

    s.clock.now = IN_R2;
    const r2 = [attemptOf(await s.start()), attemptOf(await s.start()), attemptOf(await s.start())];
    expect(r2.map((a) => [a.roundId, a.number, a.attemptsLeft])).to.deep.equal([
      ['r2', 1, 2],
      ['r2', 2, 1],
      ['r2', 3, 0],
    ]);
    expect(errorOf(await s.start()).code).to.equal('attempts_exhausted');
  });

  it('with per: "contest", counts attempts across rounds', async () => {
    const s = server(roundsContest('contest'));
    attemptOf(await s.start());
    attemptOf(await s.start());
    s.clock.now = IN_R2;
    const third = attemptOf(await s.start());
    expect([third.roundId, third.number, third.attemptsLeft]).to.deep.equal(['r2', 3, 0]);
    expect(errorOf(await s.start()).code).to.equal('attempts_exhausted');
  });

  it('refuses a start between two rounds with contest_not_open naming the next round; practice still starts', async () => {
    const s = server(roundsContest(), GAP);
    const refused = errorOf(await s.start());
    expect(refused.status).to.equal(403);
    expect(refused.code).to.equal('contest_not_open');
    expect(refused.message).to.contain('Đợt 2').and.contain('2020-09-23T08:00:00+07:00');
    expect(s.backend.state.attempts).to.deep.equal({});
    const practice = attemptOf(await s.start({ practice: true }));
    expect(practice.practice).to.equal(true);
    expect(practice.roundId).to.equal(undefined);
  });

  it('after the last round (the contest still open) is contest_closed; before the contest, contest_not_open', async () => {
    const s = server(roundsContest(), AFTER_LAST);
    expect(errorOf(await s.start())).to.include({ status: 403, code: 'contest_closed' });
    s.clock.now = at('2020-09-15T07:59:59+07:00');
    expect(errorOf(await s.start())).to.include({ status: 403, code: 'contest_not_open' });
    s.clock.now = at('2020-09-15T08:00:00+07:00');
    expect(attemptOf(await s.start()).roundId).to.equal('r1');
  });

  it('a contest without rounds gives no roundId and counts attempts over the whole contest', async () => {
    const s = server({ ...testContest({ attempts: { max: 2, per: 'round', counting: 'best' } }), rounds: [] });
    const a = attemptOf(await s.start({ roundId: 'r1' }));
    expect('roundId' in a).to.equal(false);
    attemptOf(await s.start());
    s.clock.now = IN_R2;
    expect(errorOf(await s.start()).code).to.equal('attempts_exhausted');
  });
});

describe('the sample contest’s rounds and the demo scenarios', () => {
  it('the sample contest has four weekly rounds from the opening to the closing, three attempts in each', () => {
    const doc = ContestDocument.parse({ serverTime: '2020-09-21T09:30:00+07:00', ...sampleContest() });
    expect(doc.rounds.map((r) => [r.id, r.name, r.opensAt, r.closesAt])).to.deep.equal([
      ['dot-1', 'Đợt 1', OPENS_AT, '2020-09-22T08:00:00+07:00'],
      ['dot-2', 'Đợt 2', '2020-09-22T08:00:00+07:00', '2020-09-29T08:00:00+07:00'],
      ['dot-3', 'Đợt 3', '2020-09-29T08:00:00+07:00', '2020-10-06T08:00:00+07:00'],
      ['dot-4', 'Đợt 4', '2020-10-06T08:00:00+07:00', CLOSES_AT],
    ]);
    expect(doc.exam.attempts).to.deep.equal({ max: 3, per: 'round', counting: 'best' });
    // The reference server's and the demo's usual time is in Đợt 1.
    expect(roundsAt(doc.rounds, at('2020-09-21T09:30:00+07:00')).current?.id).to.equal('dot-1');
    // sampleContest() hands out copies: a scenario changing its rounds changes nothing else.
    must(sampleContest().rounds[0], 'a round').name = 'x';
    expect(SAMPLE_ROUNDS[0]?.name).to.equal('Đợt 1');
  });

  it('“between-rounds”: the clock is in a gap, a start is refused naming Đợt 2, the leaderboard shows Đợt 1', async () => {
    const scenario = must(SCENARIOS['between-rounds'], 'scenario between-rounds');
    expect(scenario.label).to.equal('Giữa hai đợt thi (Đợt 2 mở sau Đợt 1 một ngày)');
    const backend = scenarioBackend(scenario, () => Date.parse(scenario.startsAt));
    const doc = ContestDocument.parse((await backend.handle({ method: 'GET', path: '/contest', header: () => null })).body);
    expect(roundsAt(doc.rounds, Date.parse(doc.serverTime))).to.deep.include({ current: undefined });
    expect(roundsAt(doc.rounds, Date.parse(doc.serverTime)).next?.opensAt).to.equal('2020-09-23T08:00:00+07:00');
    const res = await backend.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant: participant() } });
    expect(errorOf(res)).to.include({ status: 403, code: 'contest_not_open' });
    expect(errorOf(res).message).to.contain('Đợt 2');
    const board = (await backend.handle({ method: 'GET', path: '/leaderboard', query: new URLSearchParams('round=dot-1'), header: () => null })).body as {
      roundId: string;
      totalAttempts: number;
    };
    expect(board.roundId).to.equal('dot-1');
    expect(board.totalAttempts).to.equal(400);
  });

  it('“bank-unpublished”: the bank comes without answers', async () => {
    const scenario = must(SCENARIOS['bank-unpublished'], 'scenario bank-unpublished');
    expect(scenario.label).to.equal('Bộ đề chưa công bố đáp án');
    const backend = scenarioBackend(scenario, () => Date.parse(scenario.startsAt));
    const bank = BankResponse.parse((await backend.handle({ method: 'GET', path: '/bank', header: () => null })).body);
    expect(bank.answersPublished).to.equal(false);
    expect(bank.questions.length).to.be.greaterThan(100);
    expect(bank.questions.filter((q) => q.correctOptionIds || q.explanation)).to.deep.equal([]);
  });

  it('“no-extras”: no bank, practice or leaderboard, and the backend serves neither list', async () => {
    const scenario = must(SCENARIOS['no-extras'], 'scenario no-extras');
    expect(scenario.label).to.equal('Không có bộ đề, thi thử, bảng xếp hạng');
    const backend = scenarioBackend(scenario, () => Date.parse(scenario.startsAt));
    const doc = ContestDocument.parse((await backend.handle({ method: 'GET', path: '/contest', header: () => null })).body);
    expect(doc.features).to.deep.equal({ bank: false, practice: false, leaderboard: false });
    for (const path of ['/bank', '/leaderboard']) {
      const res = await backend.handle({ method: 'GET', path, header: () => null });
      expect(errorOf(res), path).to.include({ status: 404, code: 'bad_request' });
    }
    // Nothing seeded when there is no leaderboard to show it.
    expect(backend.state.attempts).to.deep.equal({});
  });

  it('“large-bank”: 2,000 questions in the bank, an exam of 20 drawn from all of them', async () => {
    const scenario = must(SCENARIOS['large-bank'], 'scenario large-bank');
    expect(scenario.label).to.equal('Bộ đề lớn (2.000 câu)');
    const backend = scenarioBackend(scenario, () => Date.parse(scenario.startsAt));
    const bank = BankResponse.parse((await backend.handle({ method: 'GET', path: '/bank', header: () => null })).body);
    expect(bank.questions).to.have.length(2000);
    expect(new Set(bank.questions.map((q) => q.id)).size).to.equal(2000);
    const attempt = attemptOf(await backend.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant: participant() } }));
    expect(attempt.questions).to.have.length(20);
    expect(attempt.roundId).to.equal('dot-1');
  });

  it('“later-round”: Đợt 3 is open and the sample leaderboard has results in Đợt 1, 2 and 3', async () => {
    const scenario = must(SCENARIOS['later-round'], 'scenario later-round');
    const backend = scenarioBackend(scenario, () => Date.parse(scenario.startsAt));
    const started = attemptOf(await backend.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant: participant() } }));
    expect(started.roundId).to.equal('dot-3');
    const totals: number[] = [];
    for (const round of ['dot-1', 'dot-2', 'dot-3', 'dot-4']) {
      const res = await backend.handle({ method: 'GET', path: `/leaderboard?round=${round}`, header: () => null });
      totals.push((res.body as { totalAttempts: number }).totalAttempts);
    }
    expect(totals[0]).to.be.greaterThan(50);
    expect(totals[1]).to.be.greaterThan(50);
    expect(totals[2]).to.be.greaterThan(10);
    expect(totals[3]).to.equal(0);
    expect(totals.reduce((a, b) => a + b)).to.equal(400);
  });
});

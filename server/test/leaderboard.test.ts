/**
 * The leaderboard: its SQL ranking order is the order of `compareEntries` in
 * src/contract/grading.ts (one definition of the rules' order, held to the other), with ties
 * at every level; and through HTTP, its totals, perfect scores, prediction distances, units
 * and the attempt that counts follow the submissions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { compareEntries, maskName } from '../../src/contract/grading.ts';
import { openPglite, type Db } from '../src/db.ts';
import { sampleDefinition, type ContestDefinition } from '../src/definition.ts';
import { Leaderboards, LEADERBOARD_SIZE } from '../src/leaderboard.ts';
import { migrate } from '../src/migrate.ts';
import { call, databaseKinds, freshSettings, participant, removeDir, startServer, tempDir, type RunningServer } from './harness.ts';
import { nth } from './must.ts';

describe('the ranking order in SQL', () => {
  let db: Db;
  let dir: string;
  let def: ContestDefinition;
  before(async () => {
    dir = tempDir();
    db = await openPglite(dir);
    await migrate(db);
    def = await sampleDefinition();
  });
  after(async () => {
    await db?.close();
    removeDir(dir);
  });

  it('is compareEntries: score, then prediction closest to the perfect count, then shorter time, then earlier submission', async () => {
    // 24 participants with ties on every level: 3 scores × 2 predictions × 2 durations × 2 submission times.
    const rows: { id: number; score: number; prediction: number | null; duration: number; submittedAt: number; name: string }[] = [];
    const perfectCount = 7;
    let n = 0;
    for (const score of [20, 19, 18])
      for (const prediction of [perfectCount + 1, null, perfectCount - 3])
        for (const duration of [300, 120])
          for (const at of [Date.parse('2026-12-01T10:00:00Z'), Date.parse('2026-12-01T09:00:00Z')]) {
            if (n >= 30) break;
            rows.push({ id: ++n, score, prediction, duration, submittedAt: at, name: `Người Số ${n} Thử` });
          }
    for (const r of rows) {
      await db.query(`insert into participants (id, contest_id, key_hash, full_name) overriding system value values ($1, $2, $3, $4)`, [
        r.id,
        def.contest.id,
        `k${r.id}`,
        r.name,
      ]);
      await db.query(
        `insert into standings (contest_id, round_key, participant_id, attempt_id, score, max_score, prediction, duration_seconds, started_at, submitted_at)
         values ($1, '*', $2, $3, $4, 20, $5, $6, to_timestamp($7 / 1000.0), to_timestamp($7 / 1000.0))`,
        [def.contest.id, r.id, `a${r.id}`, r.score, r.prediction, r.duration, r.submittedAt],
      );
    }
    await db.query(`insert into round_counters (contest_id, round_key, slot, attempts, participants, perfect) values ($1, '*', 0, $2, $2, $3)`, [
      def.contest.id,
      rows.length,
      perfectCount,
    ]);
    const boards = new Leaderboards({ db, definition: def, maxAgeSeconds: 60 });
    const reply = await boards.get(undefined);
    const body = reply.body as { individuals: { name: string; score: number; durationSeconds: number; predictionDistance?: number }[] };
    const expected = [...rows]
      .sort((a, b) =>
        compareEntries(
          {
            score: a.score,
            predictionDistance: a.prediction === null ? null : Math.abs(a.prediction - perfectCount),
            durationSeconds: a.duration,
            submittedAt: a.submittedAt,
          },
          {
            score: b.score,
            predictionDistance: b.prediction === null ? null : Math.abs(b.prediction - perfectCount),
            durationSeconds: b.duration,
            submittedAt: b.submittedAt,
          },
        ),
      )
      .slice(0, LEADERBOARD_SIZE);
    assert.deepEqual(
      body.individuals.map((i) => i.name),
      expected.map((r) => maskName(r.name)),
    );
    // Every level of the order decided something in this fixture.
    assert.equal(nth(body.individuals, 0).predictionDistance, 1);
    assert.equal(nth(body.individuals, 0).durationSeconds, 120);
  });
});

for (const kind of databaseKinds()) {
  describe(`the leaderboard over HTTP on ${kind}`, () => {
    let server: RunningServer;
    let bank: { text: string; options: { id: string; text: string }[]; correctOptionIds: string[] }[];
    before(async () => {
      server = await startServer({ ...(await freshSettings(kind)), env: { LEADERBOARD_MAX_AGE_SECONDS: '1' } });
      bank = (await call(server.endpoint, 'GET', '/bank')).body.questions;
    });
    after(() => server?.kill());

    /** Start and submit with `right` questions answered correctly. */
    async function take(person: Record<string, unknown>, right: number, prediction: number | null) {
      const start = await call(server.endpoint, 'POST', '/attempts', { participant: person });
      assert.equal(start.status, 201, JSON.stringify(start.body));
      const answers = start.body.attempt.questions.map((q: { id: string; text: string; options: { id: string; text: string }[] }, i: number) => {
        const b = bank.find((x) => x.text === q.text)!;
        const correct = new Set(b.correctOptionIds.map((c) => b.options.find((o) => o.id === c)!.text));
        const chosen = q.options.filter((o) => (i < right ? correct.has(o.text) : !correct.has(o.text))).slice(0, i < right ? undefined : 1);
        return { questionId: q.id, optionIds: chosen.map((o) => o.id) };
      });
      const sub = await call(
        server.endpoint,
        'POST',
        `/attempts/${start.body.attempt.id}/submission`,
        { answers, prediction, reason: 'confirmed' },
        { 'Idempotency-Key': `k-${Math.random()}` },
      );
      assert.equal(sub.status, 201, JSON.stringify(sub.body));
      assert.equal(sub.body.result.correctCount, right);
      return sub.body.result;
    }

    it('counts people, attempts, perfect scores and units, and ranks the best attempt of each person', async () => {
      const a = participant({ fullName: 'Phạm Minh Anh', unitId: 'van-phong-tinh-uy' });
      const b = participant({ fullName: 'Hoàng Văn Bảo', unitId: 'van-phong-tinh-uy' });
      // A small unit (18 staff in the sample): one person is a higher rate than two of Văn phòng Tỉnh ủy's 95.
      const c = participant({ fullName: 'Đỗ Thị Cúc', unitId: 'dang-uy-khoi-doanh-nghiep-tinh' });
      await take(a, 12, 5);
      await take(a, 20, 5); // a's best
      await take(b, 20, 1); // b: perfect, prediction 1 (the actual number of perfect scores is 2)
      await take(c, 15, null);
      await take(c, 9, 2); // worse: c's first attempt counts
      await new Promise((r) => setTimeout(r, 1200));
      await call(server.endpoint, 'GET', '/leaderboard'); // starts a refresh of the stale ranking
      await new Promise((r) => setTimeout(r, 1200));
      const board = (await call(server.endpoint, 'GET', '/leaderboard')).body;
      assert.equal(board.totalAttempts, 5);
      assert.equal(board.totalParticipants, 3);
      assert.deepEqual(
        board.individuals.map((i: { name: string; score: number; predictionDistance?: number }) => [i.name, i.score, i.predictionDistance]),
        [
          ['Hoàng V. B.', 20, 1],
          ['Phạm M. A.', 20, 3],
          ['Đỗ T. C.', 15, undefined],
        ],
      );
      // Ranked by participation rate (the collective prize's order), not by head count.
      assert.deepEqual(
        board.units.map((u: { rank: number; unitId: string; participants: number; rate?: number }) => [u.rank, u.unitId, u.participants, u.rate]),
        [
          [1, 'dang-uy-khoi-doanh-nghiep-tinh', 1, 1 / 18],
          [2, 'van-phong-tinh-uy', 2, 2 / 95],
        ],
      );
      assert.match(board.asOf, /^\d{4}-\d\d-\d\dT/);
      const round = (await call(server.endpoint, 'GET', `/leaderboard?round=${board.individuals.length ? 'dot-1' : ''}`)).body;
      assert.equal(round.roundId, 'dot-1');
      const unknown = await call(server.endpoint, 'GET', '/leaderboard?round=dot-9');
      assert.equal(unknown.status, 404);
    });
  });
}

/**
 * Personal data, on each database: a whole flow at LOG_LEVEL=debug (start, autosave, submit,
 * replay, leaderboard) and its error paths (an invalid participant, hostile bodies, a server
 * error) leave no citizen id, phone, email, birth date or name in the server's output; then
 * the retention command (a dry run, then --confirm) deletes them from the database while the
 * scores, standings and the leaderboard stay whole.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { LeaderboardResponse } from '../../src/contract/schemas.ts';
import { openDb, type Db } from '../src/db.ts';
import { sampleDefinition } from '../src/definition.ts';
import { migrate } from '../src/migrate.ts';
import {
  runServerCommand,
  answersFor,
  call,
  databaseKinds,
  freshSettings,
  removeDir,
  startServer,
  tempDir,
  type RunningServer,
  type ServerSettings,
} from './harness.ts';
import { nth } from './must.ts';

const folders: string[] = [];
after(() => folders.forEach(removeDir));

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/** A fresh, empty database of a kind (harness.ts copies a migrated PGlite folder). */
const fresh = freshSettings;

const database = (s: ServerSettings) => openDb({ databaseUrl: s.databaseUrl, dataDir: s.dataDir ?? '' });

async function withDb<T>(s: ServerSettings, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await database(s);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** `node --import tsx server/src/retention.ts …args` on the server's database. */
function retention(s: ServerSettings, ...args: string[]): Promise<{ code: number | null; output: string }> {
  return runServerCommand('retention.ts', args, { DATABASE_URL: s.databaseUrl ?? '', DATA_DIR: s.dataDir ?? '' }, 120_000);
}

/** Someone whose every detail is unmistakable in a log. */
function person(fullName: string, overrides: Record<string, unknown> = {}) {
  return {
    fullName,
    birthDate: `19${10 + Math.floor(Math.random() * 80)}-0${1 + Math.floor(Math.random() * 9)}-2${Math.floor(Math.random() * 8) + 1}`,
    gender: 'female',
    // A province code (001–096), then the century and gender, the year of birth, six digits.
    citizenId: `0${String(1 + Math.floor(Math.random() * 96)).padStart(2, '0')}${digits(9)}`,
    phone: `09${digits(8)}`,
    email: `ho.so.${digits(8)}@example.vn`,
    unitId: 'van-phong-tinh-uy',
    consent: true,
    ...overrides,
  };
}
type Person = ReturnType<typeof person>;

/** Every form of a person's details that would betray them in a log. */
function traces(p: Person): string[] {
  const [y, m, d] = p.birthDate.split('-');
  const words = p.fullName.split(' ');
  return [
    p.citizenId,
    p.citizenId.slice(-9),
    p.phone,
    p.phone.slice(1),
    p.email,
    nth(p.email.split('@'), 0),
    p.birthDate,
    `${d}/${m}/${y}`,
    p.fullName,
    JSON.stringify(p.fullName).slice(1, -1),
    words.slice(1).join(' '),
    ...words.slice(1).filter((w) => w.length > 3),
  ];
}

function assertNoTrace(text: string, people: Person[], where: string) {
  for (const p of people) {
    for (const t of traces(p)) assert.ok(!text.includes(t), `${where} contains ${JSON.stringify(t)} of ${p.fullName}`);
  }
}

for (const kind of databaseKinds()) {
  describe(`on ${kind}`, () => {
    let server: RunningServer;
    let settings: ServerSettings;
    let env: Record<string, string>;
    // Distinctive names: their given names appear nowhere else (the bank, the units, the logs).
    const quynh = person('Lương Thị Diễm Quỳnh');
    const khoa = person('Tạ Đăng Khoa Vĩnh', { gender: 'male' });
    /** Whose start fails inside the database (a constraint added for the test): a 500. */
    const broken = person('Ông Thị Phượng Xuyến');
    const before0: { standings?: unknown[]; submissions?: unknown[]; counters?: unknown } = {};
    /** The submissions accepted in the flow, to replay after the retention. */
    const accepted: { id: string; key: string; body: unknown; result: unknown }[] = [];

    before(async () => {
      settings = await fresh(kind);
      await withDb(settings, async (db) => {
        await migrate(db);
        // A server error with personal data at hand: PostgreSQL's detail ("Failing row contains …") holds all of it.
        await db.query(`alter table participants add constraint privacy_test_failure check (citizen_id is distinct from '${broken.citizenId}')`);
      });
      const def = JSON.parse(JSON.stringify(await sampleDefinition()));
      def.contest.exam.autosave = true;
      const dir = tempDir();
      folders.push(dir);
      writeFileSync(join(dir, 'contest.json'), JSON.stringify(def));
      env = { LOG_LEVEL: 'debug', LEADERBOARD_MAX_AGE_SECONDS: '1', CONTEST_FILE: join(dir, 'contest.json') };
      server = await startServer({ ...settings, env });
    });
    after(() => server?.kill());

    it("a whole flow at LOG_LEVEL=debug leaves no personal data in the server's output", async () => {
      const contest = await call(server.endpoint, 'GET', '/contest');
      assert.equal(contest.status, 200);
      assert.equal(contest.body.exam.autosave, true);
      for (const [who, key] of [
        [quynh, 'privacy-1'],
        [khoa, 'privacy-2'],
      ] as const) {
        const start = await call(server.endpoint, 'POST', '/attempts', { participant: who }, { 'Idempotency-Key': `start-${key}` });
        assert.equal(start.status, 201, JSON.stringify(start.body));
        const again = await call(server.endpoint, 'POST', '/attempts', { participant: who }, { 'Idempotency-Key': `start-${key}` });
        assert.equal(again.status, 201);
        assert.equal(again.body.attempt.id, start.body.attempt.id);
        const attempt = start.body.attempt;
        const body = answersFor(attempt);
        const saved = await call(server.endpoint, 'PUT', `/attempts/${attempt.id}/answers`, {
          revision: 0,
          answers: body.answers,
          prediction: body.prediction,
        });
        assert.equal(saved.status, 200, JSON.stringify(saved.body));
        const submitted = await call(server.endpoint, 'POST', `/attempts/${attempt.id}/submission`, body, { 'Idempotency-Key': key });
        assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
        const replay = await call(server.endpoint, 'POST', `/attempts/${attempt.id}/submission`, body, { 'Idempotency-Key': key });
        assert.equal(replay.status, 200);
        accepted.push({ id: attempt.id, key, body, result: submitted.body.result });
      }
      const board = await leaderboardWith(server, ['Lương T. D. Q.', 'Tạ Đ. K. V.']);
      assert.equal(board.totalParticipants, 2);
      assertNoTrace(JSON.stringify(board), [quynh, khoa], 'the leaderboard');
      // The server did log the flow (so silence is not what passes this test).
      assert.match(server.output(), /"url":"\/api\/cuoc-thi\/[^"]+\/attempts\/[^"]+\/submission"/);
      assertNoTrace(server.output(), [quynh, khoa], "the server's output");
    });

    it('the error paths (invalid participant, hostile bodies, a server error) log no personal data either', async () => {
      // Invalid: each field's problem is named, the values are not echoed, nor logged.
      for (const [change, field] of [
        [{ birthDate: '2099-12-31' }, 'birthDate'],
        [{ phone: `1${quynh.phone}` }, 'phone'],
        [{ citizenId: `${quynh.citizenId}9` }, 'citizenId'],
        [{ email: `${quynh.email}@` }, 'email'],
      ] as const) {
        const invalid = await call(server.endpoint, 'POST', '/attempts', { participant: { ...quynh, ...change } });
        assert.equal(invalid.status, 422, JSON.stringify(invalid.body));
        assert.equal(invalid.body.error.code, 'invalid_participant');
        assert.deepEqual(
          invalid.body.error.fields.map((f: { field: string }) => f.field),
          [field],
        );
        assertNoTrace(JSON.stringify(invalid.body), [quynh], 'the refusal');
      }
      const badName = await call(server.endpoint, 'POST', '/attempts', { participant: { ...quynh, fullName: `${quynh.fullName}\u202E` } });
      assert.equal(badName.status, 422);
      // Bodies the parser refuses, with personal data in them.
      const url = `${server.endpoint}/attempts`;
      for (const body of [
        `{"participant": ${JSON.stringify(quynh)}, "__proto__": {}}`,
        `{"participant": ${JSON.stringify(quynh)}`,
        JSON.stringify({ participant: quynh, padding: 'x'.repeat(150_000) }),
      ]) {
        const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        assert.ok(r.status === 400 || r.status === 413, String(r.status));
      }
      // A server error while storing someone: 500 in the envelope, logged, without their data.
      const failed = await call(server.endpoint, 'POST', '/attempts', { participant: broken });
      assert.equal(failed.status, 500, JSON.stringify(failed.body));
      assert.deepEqual(failed.body, { error: { code: 'internal', message: 'Server error.' } });
      for (const t0 = Date.now(); !/"msg":"request failed"/.test(server.output()) && Date.now() - t0 < 10_000;) await sleep(50);
      const output = server.output();
      assert.match(output, /"level":50,.*"msg":"request failed"/, 'the server error is logged');
      assert.match(output, /privacy_test_failure/, 'with what failed');
      assertNoTrace(output, [quynh, khoa, broken], "the server's output");
    });

    it('the retention command: a dry run changes nothing; --confirm deletes the personal data and keeps every score', async () => {
      if (kind === 'pglite') {
        // One process opens an embedded data folder: not while the server runs.
        const busy = await retention(settings);
        assert.equal(busy.code, 1, busy.output);
        assert.match(busy.output, /is in use by process \d+/);
      }
      assert.equal(await server.kill(), 0);
      assertNoTrace(server.output(), [quynh, khoa, broken], "the server's output");

      await withDb(settings, async (db) => {
        before0.standings = (
          await db.query('select participant_id, round_key, attempt_id, score, duration_seconds, submitted_at from standings order by 1, 2')
        ).rows;
        before0.submissions = (await db.query('select attempt_id, idempotency_key, score, result from submissions order by 1')).rows;
        before0.counters = (
          await db.query('select round_key, sum(attempts)::int as a, sum(participants)::int as p from round_counters group by 1 order by 1')
        ).rows;
      });
      assert.equal(before0.submissions!.length, 2);

      const dry = await retention(settings);
      assert.equal(dry.code, 0, dry.output);
      assert.match(dry.output, /^2 participants still have personal data\. Nothing was changed: run again with --confirm to delete it\.$/m);
      await withDb(settings, async (db) => {
        const { rows } = await db.query<{ n: number }>(
          'select count(*)::int as n from participants where citizen_id is not null and personal_data_deleted_at is null',
        );
        assert.equal(nth(rows, 0).n, 2, 'the dry run changed nothing');
      });

      const done = await retention(settings, '--confirm');
      assert.equal(done.code, 0, done.output);
      assert.match(done.output, /^Deleted the personal data of 2 participants/m);

      await withDb(settings, async (db) => {
        const { rows: people } = await db.query<Record<string, unknown>>('select * from participants order by id');
        assert.equal(people.length, 2);
        for (const p of people) {
          for (const column of ['citizen_id', 'phone', 'email', 'birth_date', 'gender', 'district_id', 'commune_id']) assert.equal(p[column], null, column);
          assert.ok(p.personal_data_deleted_at, 'personal_data_deleted_at is set');
          assert.ok(p.key_hash, 'the keyed hash stays (uniqueness)');
          assert.equal(p.unit_id, 'van-phong-tinh-uy', 'the unit stays (participation by unit)');
        }
        assert.deepEqual(people.map((p) => p.full_name).sort(), ['Lương T. D. Q.', 'Tạ Đ. K. V.']);
        // Nothing anywhere in the database still holds any of it.
        const { rows: tables } = await db.query<{ name: string }>(
          "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
        );
        for (const { name } of tables) {
          const { rows } = await db.query<{ t: string }>(`select row_to_json(x)::text as t from ${name} x`);
          assertNoTrace(rows.map((r) => r.t).join('\n'), [quynh, khoa], `table ${name}`);
        }
        // The scores and standings are whole.
        assert.deepEqual(
          (await db.query('select participant_id, round_key, attempt_id, score, duration_seconds, submitted_at from standings order by 1, 2')).rows,
          before0.standings,
        );
        assert.deepEqual((await db.query('select attempt_id, idempotency_key, score, result from submissions order by 1')).rows, before0.submissions);
        assert.deepEqual(
          (await db.query('select round_key, sum(attempts)::int as a, sum(participants)::int as p from round_counters group by 1 order by 1')).rows,
          before0.counters,
        );
      });

      const again = await retention(settings);
      assert.equal(again.code, 0, again.output);
      assert.match(again.output, /^0 participants still have personal data\./m);
    });

    it('after the retention, the server restarts and the leaderboard still works (masked names, same totals)', async () => {
      server = await startServer({ ...settings, env });
      // The ranking is computed again from the database (it is refreshed when older than 1 s).
      const t0 = Date.now();
      let board: LeaderboardResponse;
      do {
        const r = await call(server.endpoint, 'GET', '/leaderboard');
        assert.equal(r.status, 200, JSON.stringify(r.body));
        board = r.body;
        if (Date.parse(board.asOf ?? '') >= t0 - 1000) break;
        await sleep(300);
      } while (Date.now() - t0 < 15_000);
      assert.ok(Date.parse(board.asOf ?? '') >= t0 - 1000, `recomputed since the restart (asOf ${board.asOf})`);
      assert.equal(board.totalParticipants, 2);
      assert.equal(board.totalAttempts, 2);
      assert.deepEqual(board.individuals.map((i: { name: string }) => i.name).sort(), ['Lương T. D. Q.', 'Tạ Đ. K. V.']);
      // Their submissions still replay.
      assert.equal(accepted.length, 2);
      for (const a of accepted) {
        const replay = await call(server.endpoint, 'POST', `/attempts/${a.id}/submission`, a.body, { 'Idempotency-Key': a.key });
        assert.equal(replay.status, 200);
        assert.deepEqual(replay.body.result, a.result);
      }
      assertNoTrace(server.output(), [quynh, khoa, broken], "the server's output");
    });
  });
}

/** The leaderboard, asked again until every name in `names` is on it (it is refreshed in the background). */
async function leaderboardWith(server: RunningServer, names: string[]): Promise<LeaderboardResponse> {
  let last: LeaderboardResponse | undefined;
  for (const t0 = Date.now(); Date.now() - t0 < 15_000; await sleep(250)) {
    const r = await call<LeaderboardResponse>(server.endpoint, 'GET', '/leaderboard');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    last = r.body;
    const shown = r.body.individuals.map((i) => i.name);
    if (names.every((n) => shown.includes(n))) return r.body;
  }
  assert.fail(`the leaderboard never showed ${names.join(', ')}: ${JSON.stringify(last?.individuals)}`);
}

/**
 * The organisers' results (server/src/results.ts) and their spreadsheets (results-sheet.ts)
 * against a fixture checked by hand, on PGlite and on PostgreSQL:
 * - a ranking with ties at every level of the rules' order (equal scores told apart by the
 *   prediction distance, equal distances by duration, equal durations by submission time, and
 *   two rows equal on everything), where the whole contest's ranking differs from the round's
 *   because the real number of perfect scores differs; prizes; contact details of winners only;
 *   a winner whose personal data the retention command deleted;
 * - participation by unit: rates, a tie in rate at the collective prize's edge, a unit without a
 *   staff count, a unit nobody from took part, people without a unit; per Vietnam day across
 *   midnight (23:30 and 00:30 in Vietnam are one UTC day), per round; the overview;
 * - the .xlsx files read back with exceljs, the CSV's BOM, line ends and formula neutralisation.
 * Every expected value below is written out by hand, not computed by the code under test.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { openDb, type Db } from '../src/db.ts';
import { parseDefinition, sampleDefinition, DefinitionError, type ContestDefinition } from '../src/definition.ts';
import { migrate } from '../src/migrate.ts';
import { overview, participation, ranking, UnknownRoundError, type Ranking } from '../src/results.ts';
import { participationXlsx, resultsCsv, resultsXlsx, RESULT_HEADERS, PARTICIPATION_HEADERS } from '../src/results-sheet.ts';
import { databaseKinds, freshSettings, removeDir } from './harness.ts';
import { nth } from './must.ts';

// ───────────────────────────────────────────── the fixture

const UNITS = [
  { id: 'so-noi-vu', name: 'Sở Nội vụ', group: 'Sở, ban, ngành tỉnh' },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', group: 'Sở, ban, ngành tỉnh' },
  { id: 'van-phong-ubnd-tinh', name: 'Văn phòng UBND tỉnh', group: 'Sở, ban, ngành tỉnh' },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', group: 'Sở, ban, ngành tỉnh' },
  { id: 'so-y-te', name: 'Sở Y tế', group: 'Sở, ban, ngành tỉnh' },
  { id: 'khac', name: 'Khác / Người dân', group: 'Khác' },
];

async function testDefinition(): Promise<ContestDefinition> {
  const sample = await sampleDefinition();
  return parseDefinition(
    {
      ...sample,
      contest: { ...sample.contest, registration: { ...sample.contest.registration, units: UNITS } },
      prizes: {
        perRound: [
          { name: 'Giải Nhất', count: 1 },
          { name: 'Giải Nhì', count: 2 },
          { name: 'Giải Ba', count: 1 },
          { name: 'Giải Khuyến khích', count: 2 },
        ],
        overall: [{ name: 'Giải Đặc biệt', count: 1 }],
        units: [{ name: 'Giải tập thể', count: 3 }],
      },
      // 'khac' has no staff count; nobody from 'so-y-te' took part.
      unitStaff: { 'so-noi-vu': 4, 'so-tu-phap': 8, 'van-phong-ubnd-tinh': 2, 'so-tai-chinh': 4, 'so-y-te': 50 },
    },
    'test',
  );
}

interface Person {
  key: string;
  name: string;
  unit: string | null;
  /** The counting attempt. */
  score: number;
  prediction: number | null;
  duration: number;
  /** Vietnam time, microseconds allowed. */
  at: string;
  round?: string;
  deleted?: boolean;
}

// Submissions on 16/09/2020 (Vietnam) unless said otherwise. 'I' at 23:30 and 'J' at 00:30 the
// next day are both on 16/09 in UTC (16:30Z and 17:30Z).
const PEOPLE: Person[] = [
  { key: 'a', name: 'Nguyễn Thị Ánh', unit: 'so-noi-vu', score: 20, prediction: 3, duration: 300, at: '2020-09-16T10:00:00+07:00' },
  { key: 'b', name: 'Trần Thị Bích', unit: 'so-noi-vu', score: 20, prediction: 5, duration: 200, at: '2020-09-16T10:00:00+07:00', deleted: true },
  { key: 'c', name: 'Lê Văn Cường', unit: 'so-tu-phap', score: 20, prediction: null, duration: 100, at: '2020-09-16T11:00:00+07:00' },
  { key: 'd', name: 'Phạm Đức Dũng', unit: 'so-tu-phap', score: 19, prediction: 4, duration: 250, at: '2020-09-16T09:00:00+07:00' },
  { key: 'e', name: 'Hoàng Thị Én', unit: 'van-phong-ubnd-tinh', score: 19, prediction: 2, duration: 240, at: '2020-09-16T09:15:01+07:00' },
  { key: 'f', name: 'Vũ Văn Phúc', unit: 'van-phong-ubnd-tinh', score: 19, prediction: 4, duration: 240, at: '2020-09-16T09:15:00.123456+07:00' },
  { key: 'g', name: 'Đặng Thị Giang', unit: 'so-tai-chinh', score: 19, prediction: 2, duration: 240, at: '2020-09-16T09:15:00.123456+07:00' },
  {
    key: 'h',
    name: '=HYPERLINK("http://example.com","Nhận quà")',
    unit: 'so-tai-chinh',
    score: 18,
    prediction: 1000,
    duration: 600,
    at: '2020-09-16T14:00:00+07:00',
  },
  { key: 'i', name: 'Bùi Văn Ích', unit: 'so-tu-phap', score: 18, prediction: null, duration: 600, at: '2020-09-16T23:30:00+07:00' },
  { key: 'j', name: 'Đỗ Thị Huyền', unit: 'so-tu-phap', score: 17, prediction: 3, duration: 700, at: '2020-09-17T00:30:00+07:00' },
  { key: 'k', name: '+Ngô Văn Khải', unit: 'khac', score: 10, prediction: 3, duration: 1200, at: '2020-09-17T08:00:00+07:00' },
  { key: 'l', name: 'Dương Văn Lâm', unit: null, score: 20, prediction: 4, duration: 500, at: '2020-09-19T10:00:00+07:00', round: 'dot-2' },
];

const ids = new Map(PEOPLE.map((p, i) => [p.key, i + 1]));
const citizenId = (key: string) => `0241900000${String(ids.get(key)).padStart(2, '0')}`;
const phone = (key: string) => `09120000${String(ids.get(key)).padStart(2, '0')}`;
const email = (key: string) => `nguoi-${key}@example.vn`;

async function insertFixture(db: Db, contestId: string) {
  const attempt = async (
    id: string,
    p: Person,
    o: { round: string; practice?: boolean; number?: number; score?: number; at?: string; submitted?: boolean },
  ) => {
    const participantId = ids.get(p.key)!;
    const at = o.at ?? p.at;
    await db.query(
      `insert into attempts (id, contest_id, participant_id, round_id, round_key, unit_id, practice, number, attempts_left, started_at, deadline, questions, answer_key)
       values ($1, $2, $3, $4, $4, $5, $6, $7, 2, $8::timestamptz - make_interval(secs => $9::int), $8::timestamptz + interval '10 minutes', '[]', '{}')`,
      [id, contestId, participantId, o.round, p.unit, o.practice ?? false, o.number ?? 1, at, p.duration],
    );
    if (o.submitted === false) return;
    const score = o.score ?? p.score;
    await db.query(
      `insert into submissions (attempt_id, idempotency_key, request_hash, answers, prediction, correct_count, question_count, score, max_score, duration_seconds, submitted_at, result)
       values ($1, 'k', 'h', '[]', $2, $3::int, 20, $3::int, 20, $4, $5::timestamptz, '{}')`,
      [id, p.prediction, score, p.duration, at],
    );
  };
  // Inserted last first, so that an order that forgot the final tiebreak (attempt id) would
  // likely meet Giang's rows before Phúc's.
  for (const p of [...PEOPLE].reverse()) {
    const id = ids.get(p.key)!;
    const deleted = p.deleted === true;
    await db.query(
      `insert into participants (id, contest_id, key_hash, full_name, birth_date, citizen_id, phone, email, unit_id, personal_data_deleted_at)
       overriding system value values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        contestId,
        `hash-${p.key}`,
        // What the retention command leaves: the masked name, no contact details.
        deleted ? 'Trần T. B.' : p.name,
        deleted ? null : `1990-05-${String(id).padStart(2, '0')}`,
        deleted ? null : citizenId(p.key),
        deleted ? null : phone(p.key),
        deleted ? null : email(p.key),
        p.unit,
        deleted ? '2020-11-01T00:00:00+07:00' : null,
      ],
    );
    const round = p.round ?? 'dot-1';
    await attempt(`att-${p.key}`, p, { round });
    for (const key of [round, '*']) {
      await db.query(
        `insert into standings (contest_id, round_key, participant_id, attempt_id, unit_id, score, max_score, prediction, duration_seconds, started_at, submitted_at)
         values ($1, $2, $3, $4, $5, $6, 20, $7, $8::int, $9::timestamptz - make_interval(secs => $8::int), $9::timestamptz)`,
        [contestId, key, id, `att-${p.key}`, p.unit, p.score, p.prediction, p.duration, p.at],
      );
      if (p.score === 20) await db.query('insert into perfect_scores (contest_id, round_key, participant_id) values ($1, $2, $3)', [contestId, key, id]);
    }
  }
  const person = (key: string) => PEOPLE.find((p) => p.key === key)!;
  // A's second attempt of round 1, worse: an attempt, not a second person.
  await attempt('att-a2', person('a'), { round: 'dot-1', number: 2, score: 15, at: '2020-09-16T10:30:00+07:00' });
  // Practice (C) and an attempt never submitted (D): neither counts anywhere.
  await attempt('att-c-practice', person('c'), { round: 'dot-1', practice: true, score: 20, at: '2020-09-17T09:00:00+07:00' });
  await attempt('att-d2', person('d'), { round: 'dot-1', number: 2, submitted: false });
  // The counters as the submission statement keeps them: 13 attempts, 12 people, 4 perfect in all.
  for (const [key, attempts, participants, perfect] of [
    ['*', 13, 12, 4],
    ['dot-1', 12, 11, 3],
    ['dot-2', 1, 1, 1],
  ] as const) {
    await db.query('insert into round_counters (contest_id, round_key, slot, attempts, participants, perfect) values ($1, $2, 3, $3, $4, $5)', [
      contestId,
      key,
      attempts,
      participants,
      perfect,
    ]);
  }
}

/** The rows as [rank, name, prize, tied] for compact comparison. */
const brief = (r: Ranking) => r.rows.map((x) => [x.rank, x.fullName, x.prize ?? null, x.tiedWithPrevious]);

/** A row's cell values from column A on, empty cells as undefined (exceljs leaves holes). */
const valuesOf = (row: ExcelJS.Row) => Array.from(row.values as unknown[]).slice(1);

/** The Vietnam wall-clock time an exceljs date cell holds (stored without a zone). */
const wallClock = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 19) : `not a date: ${String(d)}`);

// ───────────────────────────────────────────── the definition's new fields

describe('prizes and unitStaff in the contest definition', () => {
  it('the sample has the Bắc Giang rules’ individual prizes per round, a collective prize and staff counts for its units', async () => {
    const def = await sampleDefinition();
    assert.deepEqual(def.prizes?.perRound, [
      { name: 'Giải Nhất', count: 1 },
      { name: 'Giải Nhì', count: 2 },
      { name: 'Giải Ba', count: 3 },
      { name: 'Giải Khuyến khích', count: 10 },
    ]);
    assert.equal(def.prizes?.overall, undefined);
    assert.deepEqual(def.prizes?.units, [{ name: 'Giải tập thể', count: 3 }]);
    const units = def.contest.registration.units.map((u) => u.id);
    const staffed = Object.keys(def.unitStaff ?? {});
    assert.equal(staffed.length, units.length - 1);
    assert.deepEqual(
      units.filter((u) => !staffed.includes(u)),
      ['khac'],
    );
  });

  it('refuses counts that are not positive whole numbers, repeated prize names, staff of unknown units, per-round prizes without rounds', async () => {
    const sample = await sampleDefinition();
    const problems = (value: unknown) => {
      try {
        parseDefinition(value, 'test');
        return [];
      } catch (e) {
        assert.ok(e instanceof DefinitionError, String(e));
        return e.problems;
      }
    };
    assert.deepEqual(problems({ ...sample, prizes: { perRound: [{ name: 'Giải Nhất', count: 0 }], units: [{ name: 'Giải tập thể', count: 1.5 }] } }), [
      'prizes.perRound[0].count: Too small: expected number to be >0',
      'prizes.units[0].count: Invalid input: expected int, received number',
    ]);
    assert.deepEqual(
      problems({
        ...sample,
        contest: { ...sample.contest, rounds: [] },
        prizes: {
          perRound: [
            { name: 'Giải Ba', count: 1 },
            { name: 'Giải Ba ', count: 2 },
          ],
          overall: [{ name: '  ', count: 1 }],
        },
        unitStaff: { 'so-noi-vu': 90, 'so-khong-co': 10 },
      }),
      [
        'prizes.perRound[1].name: "Giải Ba" is used by another tier of prizes.perRound',
        'prizes.overall[0].name: must not be blank',
        'prizes.perRound: the contest has no rounds (contest.rounds is empty); give the prizes in prizes.overall',
        'unitStaff.so-khong-co: no unit "so-khong-co" in contest.registration.units',
      ],
    );
    assert.deepEqual(problems({ ...sample, unitStaff: { 'so-noi-vu': 0 } }), ['unitStaff.so-noi-vu: Too small: expected number to be >0']);
  });
});

// ───────────────────────────────────────────── on each database

for (const kind of databaseKinds()) {
  describe(`results on ${kind}`, () => {
    let db: Db;
    let dataDir: string | undefined;
    let def: ContestDefinition;
    before(async () => {
      const settings = await freshSettings(kind);
      dataDir = settings.dataDir;
      db = await openDb({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir ?? '' });
      await migrate(db);
      def = await testDefinition();
      await insertFixture(db, def.contest.id);
    });
    after(async () => {
      await db?.close();
      removeDir(dataDir);
    });

    it("ranks a round in the rules' order with ties at every level, and assigns its prizes", async () => {
      const r = await ranking(db, def, 'dot-1');
      assert.equal(r.round, 'dot-1');
      assert.equal(r.roundName, 'Đợt 1');
      assert.equal(r.actualPerfect, 3);
      assert.equal(r.ranked, 11);
      assert.equal(r.prizeCount, 6);
      assert.deepEqual(brief(r), [
        [1, 'Nguyễn Thị Ánh', 'Giải Nhất', false], // 20, distance 0
        [2, 'Trần T. B.', 'Giải Nhì', false], // 20, distance 2: after Ánh though faster
        [3, 'Lê Văn Cường', 'Giải Nhì', false], // 20, no prediction: after every prediction, though fastest
        [4, 'Vũ Văn Phúc', 'Giải Ba', false], // 19, distance 1, 240 s, 09:15:00.123456, attempt att-f
        [5, 'Đặng Thị Giang', 'Giải Khuyến khích', true], // equal to Phúc on every key: att-g after att-f
        [6, 'Hoàng Thị Én', 'Giải Khuyến khích', false], // 19, distance 1, 240 s, 09:15:01: one second later
        [7, 'Phạm Đức Dũng', null, false], // 19, distance 1, 250 s: longer, though submitted earliest
        [8, '=HYPERLINK("http://example.com","Nhận quà")', null, false], // 18, distance 997
        [9, 'Bùi Văn Ích', null, false], // 18, no prediction
        [10, 'Đỗ Thị Huyền', null, false], // 17, distance 0: score first
        [11, '+Ngô Văn Khải', null, false], // 10
      ]);
      assert.deepEqual(
        r.rows.map((x) => [x.score, x.prediction, x.predictionDistance, x.durationSeconds]),
        [
          [20, 3, 0, 300],
          [20, 5, 2, 200],
          [20, null, null, 100],
          [19, 4, 1, 240],
          [19, 2, 1, 240],
          [19, 2, 1, 240],
          [19, 4, 1, 250],
          [18, 1000, 997, 600],
          [18, null, null, 600],
          [17, 3, 0, 700],
          [10, 3, 0, 1200],
        ],
      );
      const phuc = nth(r.rows, 3);
      assert.equal(phuc.submittedAt, '2020-09-16T09:15:00.123+07:00');
      assert.equal(phuc.submittedAtMs, Date.parse('2020-09-16T02:15:00.123Z'));
      assert.equal(phuc.attemptId, 'att-f');
      assert.equal(phuc.unit, 'Văn phòng UBND tỉnh');
      assert.equal(phuc.maxScore, 20);
    });

    it('gives contact details only on rows with a prize, and says so where the retention command deleted them', async () => {
      const r = await ranking(db, def, 'dot-1');
      const contact = (i: number) => {
        const x = nth(r.rows, i);
        return [x.citizenId, x.phone, x.email, x.birthDate];
      };
      assert.deepEqual(contact(0), [citizenId('a'), phone('a'), email('a'), '1990-05-01']);
      assert.deepEqual(contact(2), [citizenId('c'), phone('c'), email('c'), '1990-05-03']);
      assert.deepEqual(contact(3), [citizenId('f'), phone('f'), email('f'), '1990-05-06']);
      assert.deepEqual(contact(4), [citizenId('g'), phone('g'), email('g'), '1990-05-07']);
      assert.deepEqual(contact(5), [citizenId('e'), phone('e'), email('e'), '1990-05-05']);
      // A winner whose data is gone: the masked name, no contact, and a flag.
      assert.deepEqual(contact(1), [undefined, undefined, undefined, undefined]);
      assert.equal(nth(r.rows, 1).personalDataDeleted, true);
      assert.equal(r.personalDataDeleted, 1);
      // No prize, no contact details, though they are stored.
      for (let i = 6; i < r.rows.length; i++) {
        assert.deepEqual(contact(i), [undefined, undefined, undefined, undefined], nth(r.rows, i).fullName);
        assert.equal(Object.hasOwn(nth(r.rows, i), 'citizenId'), false);
      }
      assert.equal(r.notes.length, 2, r.notes.join('\n'));
      assert.match(nth(r.notes, 0), /^Các vị trí hạng 4 \(Giải Ba\), hạng 5 \(Giải Khuyến khích\) bằng nhau ở cả bốn tiêu chí/);
      assert.match(nth(r.notes, 0), /quyết định giải thưởng: đề nghị Ban Tổ chức xem xét, quyết định\.$/);
      assert.match(nth(r.notes, 1), /^Dữ liệu cá nhân của 1 người trong danh sách đã được xoá theo thời hạn lưu trữ/);
    });

    it("ranks the whole contest against the whole contest's perfect scores (4, not 3), with its own prizes", async () => {
      const r = await ranking(db, def, '*');
      assert.equal(r.roundName, 'Toàn cuộc thi');
      assert.equal(r.actualPerfect, 4);
      assert.equal(r.ranked, 12);
      assert.deepEqual(
        r.rows.map((x) => [x.rank, x.fullName, x.predictionDistance, x.prize ?? null, x.tiedWithPrevious]),
        [
          [1, 'Dương Văn Lâm', 0, 'Giải Đặc biệt', false],
          [2, 'Trần T. B.', 1, null, false], // distance 1 like Ánh, faster
          [3, 'Nguyễn Thị Ánh', 1, null, false],
          [4, 'Lê Văn Cường', null, null, false],
          [5, 'Vũ Văn Phúc', 0, null, false], // no longer tied with Giang: distances 0 and 2 now
          [6, 'Phạm Đức Dũng', 0, null, false],
          [7, 'Đặng Thị Giang', 2, null, false],
          [8, 'Hoàng Thị Én', 2, null, false],
          [9, '=HYPERLINK("http://example.com","Nhận quà")', 996, null, false],
          [10, 'Bùi Văn Ích', null, null, false],
          [11, 'Đỗ Thị Huyền', 1, null, false],
          [12, '+Ngô Văn Khải', 1, null, false],
        ],
      );
      assert.equal(nth(r.rows, 0).unit, undefined);
      assert.equal(nth(r.rows, 0).citizenId, citizenId('l'));
      assert.equal(nth(r.rows, 2).citizenId, undefined);
      assert.deepEqual(r.notes.length, 1);
    });

    it('with a limit, keeps the order and names a tie that runs past the list', async () => {
      const r = await ranking(db, def, 'dot-1', { limit: 4 });
      assert.deepEqual(
        r.rows.map((x) => x.fullName),
        ['Nguyễn Thị Ánh', 'Trần T. B.', 'Lê Văn Cường', 'Vũ Văn Phúc'],
      );
      assert.equal(r.ranked, 11);
      assert.match(
        nth(r.notes, 0),
        /^Các vị trí hạng 4 \(Giải Ba\) và người xếp ngay sau danh sách này \(có thể nhiều hơn một người\) bằng nhau ở cả bốn tiêu chí.*quyết định giải thưởng/,
      );
      const one = await ranking(db, def, 'dot-1', { limit: 1 });
      assert.deepEqual(one.notes, []);
      await assert.rejects(ranking(db, def, 'dot-1', { limit: 0 }), RangeError);
    });

    it('answers an empty round with no rows and says the prizes have no winners; an unknown round is refused in Vietnamese', async () => {
      const r = await ranking(db, def, 'dot-3');
      assert.deepEqual(r.rows, []);
      assert.equal(r.actualPerfect, 0);
      assert.deepEqual(r.notes, ['Chỉ có 0 người được xếp hạng, ít hơn số giải của Thể lệ (6 giải); các giải còn lại chưa có người nhận.']);
      await assert.rejects(ranking(db, def, 'dot-9'), (e: unknown) => e instanceof UnknownRoundError && /Cuộc thi không có đợt thi “dot-9”/.test(e.message));
      await assert.rejects(participation(db, def, 'dot-9'), UnknownRoundError);
    });

    it('counts participation by unit, ranks units by rate with the collective prize, and lists units without staff or people', async () => {
      const p = await participation(db, def, '*');
      assert.deepEqual(
        p.rows.map((u) => [
          u.unitId,
          u.staff ?? null,
          u.participants,
          u.attempts,
          u.perfect,
          u.rate ?? null,
          u.rank ?? null,
          u.tiedWithPrevious ?? null,
          u.prize ?? null,
        ]),
        [
          ['van-phong-ubnd-tinh', 2, 2, 2, 0, 1, 1, false, 'Giải tập thể'], // Én, Phúc: 2 of 2, fewer people than the next but a higher rate
          ['so-tu-phap', 8, 4, 4, 1, 0.5, 2, false, 'Giải tập thể'], // Cường, Dũng, Ích, Huyền (practice and unsubmitted not counted): the same rate as the next two, more people
          ['so-noi-vu', 4, 2, 3, 2, 0.5, 3, false, 'Giải tập thể'], // Ánh (2 attempts), Bích
          ['so-tai-chinh', 4, 2, 2, 0, 0.5, 4, true, null], // Giang, H: the same rate and head count as Nội vụ: after it by name only, and no prize
          ['so-y-te', 50, 0, 0, 0, 0, 5, false, null], // nobody
          ['khac', null, 1, 1, 0, null, null, null, null], // Khải: no staff count, not ranked
          [null, null, 1, 1, 1, null, null, null, null], // Lâm named no unit
        ],
      );
      assert.equal(nth(p.rows, 6).unit, 'Không ghi đơn vị');
      assert.equal(nth(p.rows, 0).unit, 'Văn phòng UBND tỉnh');
      assert.equal(nth(p.rows, 0).group, 'Sở, ban, ngành tỉnh');
      assert.deepEqual(p.totals, { participants: 12, attempts: 13, perfect: 4, staff: 68 });
      assert.deepEqual(p.perDay, [
        { day: '2020-09-16', attempts: 10, participants: 9 }, // Ánh twice; Ích at 23:30
        { day: '2020-09-17', attempts: 2, participants: 2 }, // Huyền at 00:30, Khải
        { day: '2020-09-18', attempts: 0, participants: 0 },
        { day: '2020-09-19', attempts: 1, participants: 1 },
      ]);
      assert.deepEqual(p.perRound, [
        { roundId: 'dot-1', title: 'Đợt 1', attempts: 12, participants: 11, perfect: 3 },
        { roundId: 'dot-2', title: 'Đợt 2', attempts: 1, participants: 1, perfect: 1 },
        { roundId: 'dot-3', title: 'Đợt 3', attempts: 0, participants: 0, perfect: 0 },
        { roundId: 'dot-4', title: 'Đợt 4', attempts: 0, participants: 0, perfect: 0 },
      ]);
      assert.deepEqual(p.notes, [
        'Các đơn vị Sở Nội vụ (hạng 3), Sở Tài chính (hạng 4) có cùng tỷ lệ tham gia và cùng số người dự thi; thứ tự giữa các đơn vị này chỉ xếp theo tên đơn vị, và việc này quyết định giải tập thể: đề nghị Ban Tổ chức xem xét, quyết định.',
        '1 đơn vị chưa có số cán bộ, công chức, viên chức, người lao động nên chưa tính được tỷ lệ tham gia và không được xếp hạng.',
      ]);
    });

    it('counts one round by itself, without the collective prize', async () => {
      const p = await participation(db, def, 'dot-1');
      assert.deepEqual(
        p.rows.map((u) => [u.unitId, u.participants, u.attempts, u.perfect, u.rank ?? null, u.prize ?? null]),
        [
          ['van-phong-ubnd-tinh', 2, 2, 0, 1, null],
          ['so-tu-phap', 4, 4, 1, 2, null],
          ['so-noi-vu', 2, 3, 2, 3, null],
          ['so-tai-chinh', 2, 2, 0, 4, null],
          ['so-y-te', 0, 0, 0, 5, null],
          ['khac', 1, 1, 0, null, null],
        ],
      );
      assert.deepEqual(p.perDay, [
        { day: '2020-09-16', attempts: 10, participants: 9 },
        { day: '2020-09-17', attempts: 2, participants: 2 },
      ]);
      assert.equal(p.perRound.length, 4);
      assert.match(
        nth(p.notes, 0),
        /^Các đơn vị Sở Nội vụ \(hạng 3\), Sở Tài chính \(hạng 4\) có cùng tỷ lệ tham gia và cùng số người dự thi; thứ tự giữa các đơn vị này chỉ xếp theo tên đơn vị\.$/,
      );
    });

    it('gives the overview of docs/admin-api.md: totals, per day in Vietnam time, per round, the score distribution', async () => {
      const o = await overview(db, def);
      assert.equal(o.contest.id, def.contest.id);
      assert.deepEqual(nth(o.contest.rounds, 0), {
        id: 'dot-1',
        title: 'Đợt 1',
        opensAt: nth(def.contest.rounds, 0).opensAt,
        closesAt: nth(def.contest.rounds, 0).closesAt,
      });
      assert.deepEqual(o.totals, { participants: 12, attempts: 13, perfect: 4 });
      assert.deepEqual(
        o.perDay.map((d) => [d.day, d.attempts, d.participants]),
        [
          ['2020-09-16', 10, 9],
          ['2020-09-17', 2, 2],
          ['2020-09-18', 0, 0],
          ['2020-09-19', 1, 1],
        ],
      );
      assert.equal(nth(o.perRound, 1).attempts, 1);
      const counts = Object.fromEntries(o.scoreDistribution.map((s) => [s.score, s.count]));
      assert.equal(o.scoreDistribution.length, 21);
      assert.deepEqual(counts, {
        0: 0,
        1: 0,
        2: 0,
        3: 0,
        4: 0,
        5: 0,
        6: 0,
        7: 0,
        8: 0,
        9: 0,
        10: 1,
        11: 0,
        12: 0,
        13: 0,
        14: 0,
        15: 1,
        16: 0,
        17: 1,
        18: 2,
        19: 4,
        20: 4,
      });
      assert.match(o.asOf, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    });

    it('exports the ranking as .xlsx that reads back with its title, frozen Vietnamese headers, values and neutralised formulas', async () => {
      const r = await ranking(db, def, 'dot-1');
      const exportedAt = Date.parse('2020-10-15T08:05:00+07:00');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await resultsXlsx(r, def, { exportedAt })) as unknown as ExcelJS.Buffer);
      const sheet = wb.getWorksheet('Kết quả')!;
      assert.ok(sheet, 'the sheet "Kết quả"');
      assert.equal(sheet.getCell('A1').value, def.contest.title);
      assert.equal(sheet.getCell('A2').value, 'Kết quả xếp hạng cá nhân — Đợt 1');
      assert.match(
        sheet.getCell('A3').text,
        /^Số người đạt điểm tối đa \(20 điểm\), dùng để tính chênh lệch dự đoán: 3\. Số người được xếp hạng: 11; danh sách này gồm 11 người$/,
      );
      assert.equal(sheet.getCell('A4').value, 'Xuất lúc 15/10/2020 08:05 (giờ Việt Nam, UTC+7) từ hệ thống thi trực tuyến.');
      assert.deepEqual(valuesOf(sheet.getRow(6)), [...RESULT_HEADERS]);
      assert.deepEqual(RESULT_HEADERS.slice(0, 13), [
        'Hạng',
        'Giải',
        'Họ và tên',
        'Đơn vị',
        'Điểm',
        'Dự đoán',
        'Chênh lệch dự đoán',
        'Thời gian làm bài',
        'Thời điểm nộp bài',
        'Số CCCD/CMND',
        'Số điện thoại',
        'Thư điện tử',
        'Ngày sinh',
      ]);
      const view = sheet.views[0] as { state: string; ySplit: number };
      assert.equal(view.state, 'frozen');
      assert.equal(view.ySplit, 6);
      assert.ok((sheet.getColumn(3).width ?? 0) >= 20, 'the name column is wide');

      const row = (n: number) => valuesOf(sheet.getRow(6 + n));
      const first = row(1);
      assert.deepEqual(first.slice(0, 7), [1, 'Giải Nhất', 'Nguyễn Thị Ánh', 'Sở Nội vụ', 20, 3, 0]);
      // 5:00 as Excel holds a duration: a fraction of a day (exceljs reads it back as a time after Excel's epoch).
      assert.equal(wallClock(first[7]), '1899-12-30T00:05:00');
      assert.equal(sheet.getRow(7).getCell(8).numFmt, '[m]:ss');
      assert.equal(wallClock(first[8]), '2020-09-16T10:00:00');
      assert.equal(sheet.getRow(7).getCell(9).numFmt, 'dd/mm/yyyy hh:mm:ss');
      assert.deepEqual(first.slice(9, 12), ['024190000001', '0912000001', 'nguoi-a@example.vn']);
      assert.equal(wallClock(first[12]), '1990-05-01T00:00:00');
      assert.equal(sheet.getRow(7).getCell(13).numFmt, 'dd/mm/yyyy');
      // The deleted winner: masked name, no contact, a remark.
      const second = row(2);
      assert.deepEqual([second[2], second[9], second[10], second[11], second[12]], ['Trần T. B.', undefined, undefined, undefined, undefined]);
      assert.equal(second[13], 'Dữ liệu cá nhân đã xoá theo thời hạn lưu trữ');
      // The tie, remarked on the second row of it.
      assert.equal(row(5)[2], 'Đặng Thị Giang');
      assert.equal(row(5)[13], 'Bằng người xếp hạng 4 ở mọi tiêu chí xếp hạng; thứ tự chỉ theo mã lượt thi');
      assert.equal(row(5)[14], 'att-g');
      // No prize: no contact details in the file either.
      assert.deepEqual(row(7).slice(9, 13), [undefined, undefined, undefined, undefined]);
      // A name that is a formula stays text, with its apostrophe; so does one starting with +.
      const h = sheet.getRow(6 + 8).getCell(3);
      assert.equal(h.value, `'=HYPERLINK("http://example.com","Nhận quà")`);
      assert.equal(h.type, ExcelJS.ValueType.String);
      assert.equal(row(11)[2], "'+Ngô Văn Khải");
      // The notes below the table.
      const texts: string[] = [];
      sheet.eachRow((rw) => texts.push(rw.getCell(1).text));
      assert.ok(texts.includes('Ghi chú:'));
      assert.ok(texts.some((t) => t.startsWith('Các vị trí hạng 4 (Giải Ba), hạng 5 (Giải Khuyến khích) bằng nhau')));
    });

    it('exports the ranking as CSV: BOM, CRLF, the Vietnamese headers, dd/mm/yyyy HH:mm:ss in Vietnam time, formulas neutralised', async () => {
      const r = await ranking(db, def, 'dot-1');
      const text = resultsCsv(r, def);
      assert.ok(text.startsWith('\uFEFF'), 'a UTF-8 BOM');
      assert.ok(text.endsWith('\r\n'));
      assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'every line ends with CRLF');
      const lines = text.slice(1).split('\r\n');
      assert.equal(lines.length, 1 + 11 + 1);
      assert.equal(
        lines[0],
        'Hạng,Giải,Họ và tên,Đơn vị,Điểm,Dự đoán,Chênh lệch dự đoán,Thời gian làm bài,Thời điểm nộp bài,Số CCCD/CMND,Số điện thoại,Thư điện tử,Ngày sinh,Ghi chú,Mã lượt thi',
      );
      assert.equal(
        lines[1],
        '1,Giải Nhất,Nguyễn Thị Ánh,Sở Nội vụ,20,3,0,5:00,16/09/2020 10:00:00,024190000001,0912000001,nguoi-a@example.vn,01/05/1990,,att-a',
      );
      assert.equal(
        lines[4],
        '4,Giải Ba,Vũ Văn Phúc,Văn phòng UBND tỉnh,19,4,1,4:00,16/09/2020 09:15:00,024190000006,0912000006,nguoi-f@example.vn,06/05/1990,,att-f',
      );
      assert.equal(lines[8], `8,,"'=HYPERLINK(""http://example.com"",""Nhận quà"")",Sở Tài chính,18,1000,997,10:00,16/09/2020 14:00:00,,,,,,att-h`);
      assert.equal(lines[9], '9,,Bùi Văn Ích,Sở Tư pháp,18,,,10:00,16/09/2020 23:30:00,,,,,,att-i');
      assert.equal(lines[11], `11,,'+Ngô Văn Khải,Khác / Người dân,10,3,0,20:00,17/09/2020 08:00:00,,,,,,att-k`);
      const semicolon = resultsCsv(r, def, { delimiter: ';' });
      assert.ok(nth(semicolon.split('\r\n'), 0).startsWith('\uFEFFHạng;Giải;Họ và tên;'));
    });

    it('exports participation as .xlsx: units by rate with the collective prize and a total, per day, per round', async () => {
      const p = await participation(db, def, '*');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await participationXlsx(p, def, { exportedAt: Date.parse('2020-10-15T08:05:00+07:00') })) as unknown as ExcelJS.Buffer);
      assert.deepEqual(
        wb.worksheets.map((w) => w.name),
        ['Theo đơn vị', 'Theo ngày', 'Theo đợt'],
      );
      const units = wb.getWorksheet('Theo đơn vị')!;
      assert.equal(units.getCell('A2').value, 'Thống kê tham gia theo đơn vị — Toàn cuộc thi');
      assert.equal(units.getCell('A3').value, 'Xuất lúc 15/10/2020 08:05 (giờ Việt Nam, UTC+7) từ hệ thống thi trực tuyến.');
      assert.deepEqual(valuesOf(units.getRow(5)), [...PARTICIPATION_HEADERS]);
      assert.equal((units.views[0] as { ySplit: number }).ySplit, 5);
      const row = (n: number) => valuesOf(units.getRow(5 + n));
      assert.deepEqual(row(1).slice(0, 9), [1, 'Văn phòng UBND tỉnh', 'Sở, ban, ngành tỉnh', 2, 2, 1, 2, 0, 'Giải tập thể']);
      assert.equal(units.getRow(6).getCell(6).numFmt, '0.00%');
      assert.deepEqual(row(3), [3, 'Sở Nội vụ', 'Sở, ban, ngành tỉnh', 4, 2, 0.5, 3, 2, 'Giải tập thể']);
      assert.deepEqual(row(4).slice(0, 10), [
        4,
        'Sở Tài chính',
        'Sở, ban, ngành tỉnh',
        4,
        2,
        0.5,
        2,
        0,
        undefined,
        'Cùng tỷ lệ và cùng số người dự thi với đơn vị xếp hạng 3',
      ]);
      assert.deepEqual(row(6).slice(0, 10), [
        undefined,
        'Khác / Người dân',
        'Khác',
        undefined,
        1,
        undefined,
        1,
        0,
        undefined,
        'Chưa có số CB, CC, VC, NLĐ: không xếp hạng',
      ]);
      assert.deepEqual(row(7).slice(0, 8), [undefined, 'Không ghi đơn vị', undefined, undefined, 1, undefined, 1, 1]);
      assert.deepEqual(row(8).slice(0, 8), [undefined, 'Tổng cộng', undefined, 68, 12, undefined, 13, 4]);
      const notes: string[] = [];
      units.eachRow((r) => notes.push(r.getCell(1).text));
      assert.ok(notes.some((n) => n.startsWith('Các đơn vị Sở Nội vụ (hạng 3), Sở Tài chính (hạng 4)')));

      const days = wb.getWorksheet('Theo ngày')!;
      const dayRows: unknown[][] = [];
      days.eachRow((r, n) => {
        if (n > 5) dayRows.push(valuesOf(r).map((v) => (v instanceof Date ? wallClock(v).slice(0, 10) : v)));
      });
      assert.deepEqual(dayRows, [
        ['2020-09-16', 10, 9],
        ['2020-09-17', 2, 2],
        ['2020-09-18', 0, 0],
        ['2020-09-19', 1, 1],
      ]);
      assert.equal(days.getRow(6).getCell(1).numFmt, 'dd/mm/yyyy');
      const rounds = wb.getWorksheet('Theo đợt')!;
      assert.deepEqual(valuesOf(rounds.getRow(6)), ['Đợt 1', 12, 11, 3]);
    });
  });
}

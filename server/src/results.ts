/**
 * The organisers' figures: the ranking and its winners per round and for the whole contest,
 * participation by unit, and the dashboard's overview. A library (no HTTP): the /admin routes
 * call these and turn `UnknownRoundError` into a 404.
 *
 * Sources. Everything is read from the tables the submission transaction writes, never from
 * this process's memory, so every server process gives the same answer:
 * - `standings`: the counting attempt per participant, per round and for the contest ('*');
 * - `perfect_scores`: who scored full marks, the number the prediction question is about
 *   (the same number `round_counters.perfect` adds up, by the same insert);
 * - `attempts` ⋈ `submissions`: submitted contest attempts (practice excluded), for counts per
 *   unit, per day, per round and the score distribution. Attempts started and never
 *   submitted are not counted anywhere (a "lượt thi" is a submitted attempt, as in the
 *   public totals of `round_counters`).
 *
 * The ranking order is the rules' (Thể lệ): score, then the prediction closest to the real
 * number of perfect scores (no prediction ranks after every prediction), then shorter
 * duration, then earlier submission — `RANKING_ORDER` of leaderboard.ts, itself held to
 * `compareEntries` of the contract by a test. The rules stop there, so two rows equal on all
 * four keys are a real tie: they are put in a fixed order by attempt id (arbitrary, but the
 * same on every export), the second is marked `tiedWithPrevious`, and a Vietnamese note names
 * the ranks, especially where the tie decides a prize; the Ban Tổ chức decides such cases.
 *
 * Days are Vietnam days (UTC+7, no daylight saving), whatever the database's time zone.
 */
import type { Db, Queryable } from './db.ts';
import type { ContestDefinition, PrizeTier } from './definition.ts';
import { vnIso } from './definition.ts';
import { RANKING_ORDER } from './leaderboard.ts';
import { publicText } from './text.ts';

/** The round key of the whole contest's ranking, as in `standings`. */
export const WHOLE_CONTEST = '*';

/** A round id that is not one of the contest's rounds; its message is Vietnamese, for the organiser. */
export class UnknownRoundError extends Error {
  constructor(
    readonly roundKey: string,
    known: readonly string[],
  ) {
    super(
      `Cuộc thi không có đợt thi “${roundKey}”. ` +
        (known.length ? `Các đợt thi: ${known.join(', ')}; dùng “*” cho toàn cuộc thi.` : 'Cuộc thi không chia đợt; dùng “*” cho toàn cuộc thi.'),
    );
    this.name = 'UnknownRoundError';
  }
}

/** The round's display name ("Đợt 1", or "Toàn cuộc thi" for '*'), after checking the key. */
export function roundName(definition: ContestDefinition, roundKey: string): string {
  if (roundKey === WHOLE_CONTEST) return 'Toàn cuộc thi';
  const round = definition.contest.rounds.find((r) => r.id === roundKey);
  if (!round)
    throw new UnknownRoundError(
      roundKey,
      definition.contest.rounds.map((r) => r.id),
    );
  return round.name;
}

/** The prize tiers of a ranking: `perRound` for a round, `overall` for the whole contest. */
export function prizeTiers(definition: ContestDefinition, roundKey: string): PrizeTier[] {
  return (roundKey === WHOLE_CONTEST ? definition.prizes?.overall : definition.prizes?.perRound) ?? [];
}

/** The prize of the `position`-th (1-based) place under `tiers`, in order; undefined past the last prize. */
export function prizeAt(tiers: readonly PrizeTier[], position: number): string | undefined {
  let upTo = 0;
  for (const t of tiers) {
    upTo += t.count;
    if (position <= upTo) return t.name;
  }
  return undefined;
}

const totalPrizes = (tiers: readonly PrizeTier[]) => tiers.reduce((n, t) => n + t.count, 0);

// ───────────────────────────────────────────── ranking

export interface RankingRow {
  /** The place, 1, 2, 3 … (distinct even for tied rows: see `tiedWithPrevious`). */
  rank: number;
  /** Equal to the row above on every key of the rules' order: ordered by attempt id only. */
  tiedWithPrevious: boolean;
  /** The prize tier's name ("Giải Nhất"), when this place wins one. */
  prize?: string;
  /** The attempt that counts, so an organiser can look it up. */
  attemptId: string;
  /** The full name as registered ('—' when none); masked ("Nguyễn V. A.") once the personal data is deleted. */
  fullName: string;
  unitId?: string;
  /** The unit's name from the definition (its id when the definition no longer lists it). */
  unit?: string;
  score: number;
  maxScore: number;
  prediction: number | null;
  /** |prediction − actualPerfect|; null without a prediction. */
  predictionDistance: number | null;
  durationSeconds: number;
  /** ISO 8601 in Vietnam time, e.g. 2020-09-21T09:30:05.123+07:00. */
  submittedAt: string;
  /** Epoch milliseconds of `submittedAt` (for formatting; the database keeps microseconds). */
  submittedAtMs: number;
  /** Only on rows with a prize, and only while the personal data is kept. */
  citizenId?: string;
  phone?: string;
  email?: string;
  /** YYYY-MM-DD. */
  birthDate?: string;
  /** The retention command has deleted this person's personal data. */
  personalDataDeleted: boolean;
}

interface Contact {
  citizen_id: string | null;
  phone: string | null;
  email: string | null;
  birth_date: string | null;
}

export interface Ranking {
  /** The round id, or '*' for the whole contest. */
  round: string;
  roundName: string;
  /** The real number of participants with a perfect score in this ranking's scope. */
  actualPerfect: number;
  /** How many participants this ranking has in all (rows may be fewer, with `limit`). */
  ranked: number;
  /** How many prizes the definition gives for this ranking. */
  prizeCount: number;
  rows: RankingRow[];
  /** Rows whose personal data the retention command had deleted. */
  personalDataDeleted: number;
  /** For the organisers, in Vietnamese: ties that need a decision, deleted data, prizes left unawarded. */
  notes: string[];
  /** When this was read (Vietnam time). */
  asOf: string;
}

export interface RankingOptions {
  /** At most this many rows (default: every ranked participant, which at a real contest's size is hundreds of thousands). */
  limit?: number;
}

interface StandingRow {
  participant_id: string;
  attempt_id: string;
  score: number | string;
  max_score: number | string;
  prediction: number | string | null;
  distance: number | string | null;
  duration_seconds: number;
  submitted_us: number;
  unit_id: string | null;
  full_name: string | null;
  deleted: boolean;
}

/** Equal on every key of the rules' order (the database's microseconds for the submission time). */
const sameKeys = (a: StandingRow, b: StandingRow) =>
  Number(a.score) === Number(b.score) &&
  (a.distance === null ? null : Number(a.distance)) === (b.distance === null ? null : Number(b.distance)) &&
  a.duration_seconds === b.duration_seconds &&
  a.submitted_us === b.submitted_us;

/**
 * The ranking of `roundKey` (a round id or '*') in the rules' order, with the prizes of the
 * definition assigned in order and the winners' contact details. Personal data of anyone
 * without a prize is not even read.
 */
export async function ranking(db: Db, definition: ContestDefinition, roundKey: string, options: RankingOptions = {}): Promise<Ranking> {
  const name = roundName(definition, roundKey);
  const { limit } = options;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new RangeError('limit: expected a positive whole number');
  const contestId = definition.contest.id;
  const tiers = prizeTiers(definition, roundKey);
  const prizeCount = totalPrizes(tiers);
  const units = new Map(definition.contest.registration.units.map((u) => [u.id, u.name]));

  const { byKey, rows, contacts } = await snapshot(db, async (tx) => {
    const byKey = await counters(tx, contestId);
    const { perfect } = byKey.get(roundKey) ?? ZERO;
    // One row more than asked: whether the first row left out ties with the last one shown.
    const fetch = limit === undefined ? null : limit + 1;
    // With a limit, only the rows scoring at least the fetch-th best score can be in it: an
    // index range (standings_results) instead of sorting a whole round by prediction distance.
    let cut = -1;
    if (fetch !== null) {
      const { rows } = await tx.query<{ score: number | string }>(
        'select score from standings where contest_id = $1 and round_key = $2 order by score desc offset $3 limit 1',
        [contestId, roundKey, fetch - 1],
      );
      if (rows[0]) cut = Number(rows[0].score);
    }
    // With a limit: sorted and cut on the standings alone (an index-only scan of standings_results),
    // then joined to the participants for the names of the rows kept. Without one, every row is
    // kept anyway: joined first and sorted once.
    const columns = `s.participant_id, s.attempt_id, s.score, s.max_score, s.prediction, abs(s.prediction - $3::bigint) as distance,
           s.duration_seconds, s.submitted_at, s.unit_id`;
    const source =
      fetch === null
        ? `(select ${columns} from standings s where s.contest_id = $1 and s.round_key = $2)`
        : `(select ${columns} from standings s where s.contest_id = $1 and s.round_key = $2 and s.score >= $4
            order by ${RANKING_ORDER}, s.attempt_id asc limit $5::bigint)`;
    const { rows } = await tx.query<StandingRow>(
      `select s.participant_id::text as participant_id, s.attempt_id, s.score, s.max_score, s.prediction, s.distance, s.duration_seconds,
         (extract(epoch from s.submitted_at) * 1000000)::float8 as submitted_us,
         s.unit_id, p.full_name, p.personal_data_deleted_at is not null as deleted
       from ${source} s join participants p on p.id = s.participant_id
       order by ${RANKING_ORDER}, s.attempt_id asc`,
      fetch === null ? [contestId, roundKey, perfect] : [contestId, roundKey, perfect, cut, fetch],
    );
    // Contact details of the winners only, and only of those whose data is still kept.
    const winners = rows.slice(0, Math.min(prizeCount, limit ?? Infinity)).filter((r) => !r.deleted);
    const contacts = new Map<string, Contact>();
    if (winners.length) {
      const { rows: found } = await tx.query<Contact & { id: string }>(
        `select id::text as id, citizen_id, phone, email, to_char(birth_date, 'YYYY-MM-DD') as birth_date
         from participants where id = any($1::bigint[]) and personal_data_deleted_at is null`,
        [winners.map((w) => w.participant_id)],
      );
      for (const c of found) contacts.set(c.id, c);
    }
    return { byKey, rows, contacts };
  });
  const { perfect: actualPerfect, participants: ranked } = byKey.get(roundKey) ?? ZERO;
  const shown = limit === undefined ? rows : rows.slice(0, limit);

  const out: RankingRow[] = shown.map((r, i, all) => {
    const previous = all[i - 1];
    const rank = i + 1;
    const prize = prizeAt(tiers, rank);
    const c = prize ? contacts.get(r.participant_id) : undefined;
    const submittedAtMs = Math.floor(r.submitted_us / 1000);
    const unit = r.unit_id ? (units.get(r.unit_id) ?? r.unit_id) : undefined;
    return {
      rank,
      tiedWithPrevious: previous !== undefined && sameKeys(previous, r),
      ...(prize ? { prize } : {}),
      attemptId: r.attempt_id,
      fullName: (r.full_name && publicText(r.full_name)) || '—',
      ...(r.unit_id ? { unitId: r.unit_id, unit } : {}),
      score: Number(r.score),
      maxScore: Number(r.max_score),
      prediction: r.prediction === null ? null : Number(r.prediction),
      predictionDistance: r.distance === null ? null : Number(r.distance),
      durationSeconds: r.duration_seconds,
      submittedAt: vnIsoMs(submittedAtMs),
      submittedAtMs,
      ...(c?.citizen_id ? { citizenId: c.citizen_id } : {}),
      ...(c?.phone ? { phone: c.phone } : {}),
      ...(c?.email ? { email: c.email } : {}),
      ...(c?.birth_date ? { birthDate: c.birth_date } : {}),
      personalDataDeleted: r.deleted,
    };
  });

  const notes: string[] = [];
  // Tie groups: consecutive rows equal on every key, including one that runs past the limit.
  const tiedWithNext = rows.map((r, k, all) => {
    const next = all[k + 1];
    return next !== undefined && sameKeys(r, next);
  });
  for (let i = 0; i < rows.length - 1;) {
    let j = i;
    while (tiedWithNext[j]) j++;
    if (j > i && i < shown.length) notes.push(tieNote(i + 1, j + 1, tiers, shown.length));
    i = j + 1;
  }
  const deleted = out.filter((r) => r.personalDataDeleted).length;
  if (deleted) {
    notes.push(
      `Dữ liệu cá nhân của ${grouped(deleted)} người trong danh sách đã được xoá theo thời hạn lưu trữ: chỉ còn họ tên viết tắt, ` +
        'không còn số CCCD/CMND, số điện thoại, thư điện tử và ngày sinh để liên hệ, xác minh.',
    );
  }
  if (prizeCount > ranked) {
    notes.push(`Chỉ có ${grouped(ranked)} người được xếp hạng, ít hơn số giải của Thể lệ (${grouped(prizeCount)} giải); các giải còn lại chưa có người nhận.`);
  }
  return { round: roundKey, roundName: name, actualPerfect, ranked, prizeCount, rows: out, personalDataDeleted: deleted, notes, asOf: vnIso(Date.now()) };
}

/** A note for places `from`…`to` (1-based) that are equal on every key of the rules. */
function tieNote(from: number, to: number, tiers: readonly PrizeTier[], shown: number): string {
  const places = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const listed = places.filter((p) => p <= shown);
  // A list cut by a limit is read one row past it, so a tie running past the cut shows as one more place.
  const beyond = places.length > listed.length;
  const label = (p: number) => `hạng ${p} (${prizeAt(tiers, p) ?? 'không có giải'})`;
  const prizes = new Set(places.map((p) => prizeAt(tiers, p) ?? ''));
  const who =
    listed.map(tiers.length ? label : (p: number) => `hạng ${p}`).join(', ') +
    (beyond ? ' và người xếp ngay sau danh sách này (có thể nhiều hơn một người)' : '');
  const base = `Các vị trí ${who} bằng nhau ở cả bốn tiêu chí xếp hạng của Thể lệ (điểm, độ chênh lệch dự đoán, thời gian làm bài, thời điểm nộp bài); thứ tự giữa họ chỉ được xếp theo mã lượt thi để cố định`;
  return prizes.size > 1 ? `${base}, và việc này quyết định giải thưởng: đề nghị Ban Tổ chức xem xét, quyết định.` : `${base}.`;
}

// ───────────────────────────────────────────── counts of submitted attempts

/** Submitted contest attempts per (unit, round, Vietnam day of submission, score). */
interface Cell {
  unitId: string | null;
  roundId: string | null;
  day: string;
  score: number;
  maxScore: number;
  attempts: number;
}

interface Counters {
  attempts: number;
  participants: number;
  perfect: number;
}

/**
 * Runs `fn` in one read-only snapshot (REPEATABLE READ: every figure of one report counts the
 * same submissions), with memory for the hash joins and aggregates over a whole contest's
 * attempts (the default 4 MB spills 1.8 million rows to disk) and without JIT (compiling
 * these one-off aggregates costs more than it saves).
 */
function snapshot<T>(db: Db, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read, read only');
    await tx.query(`set local work_mem = '${db.kind === 'postgres' ? '192MB' : '64MB'}'`);
    await tx.query('set local jit = off');
    return fn(tx);
  });
}

/** The day of a submission in Vietnam: UTC+7 whatever the session's time zone. */
const VN_DAY = `((s.submitted_at at time zone 'UTC') + interval '7 hours')::date`;

/**
 * One pass over the contest's submitted attempts (practice excluded; of one round, or all), grouped finely enough
 * that every count per unit, day, round and score is a sum of its cells (a few tens of
 * thousands at a real contest's size). The unit is the one named when the attempt started.
 */
async function cells(tx: Queryable, contestId: string, roundId: string | undefined): Promise<Cell[]> {
  const { rows } = await tx.query<{
    unit_id: string | null;
    round_id: string | null;
    day: string;
    score: number | string;
    max_score: number | string;
    attempts: number;
  }>(
    `select unit_id, round_id, to_char(day, 'YYYY-MM-DD') as day, score, max_score, attempts from (
       select a.unit_id, a.round_id, ${VN_DAY} as day, s.score, max(s.max_score) as max_score, count(*)::int as attempts
       from attempts a join submissions s on s.attempt_id = a.id
       where a.contest_id = $1 and not a.practice ${roundId === undefined ? '' : 'and a.round_id = $2'}
       group by 1, 2, 3, 4
     ) g`,
    roundId === undefined ? [contestId] : [contestId, roundId],
  );
  return rows.map((r) => ({ unitId: r.unit_id, roundId: r.round_id, day: r.day, score: Number(r.score), maxScore: Number(r.max_score), attempts: r.attempts }));
}

/** Distinct participants who submitted a contest attempt, per Vietnam day (of one round, or all). */
async function peoplePerDay(tx: Queryable, contestId: string, roundId: string | undefined): Promise<Map<string, number>> {
  const { rows } = await tx.query<{ day: string; participants: number }>(
    `select to_char(day, 'YYYY-MM-DD') as day, count(*)::int as participants from (
       select distinct a.participant_id, ${VN_DAY} as day
       from attempts a join submissions s on s.attempt_id = a.id
       where a.contest_id = $1 and not a.practice ${roundId === undefined ? '' : 'and a.round_id = $2'}
     ) x group by day`,
    roundId === undefined ? [contestId] : [contestId, roundId],
  );
  return new Map(rows.map((r) => [r.day, r.participants]));
}

/**
 * Attempts, participants and perfect scores per round key, from `round_counters`: written in
 * the submission's own statement, with the standings row and the perfect score it counts
 * (participants = standings rows, perfect = perfect_scores rows), and read as a few rows
 * instead of counting hundreds of thousands. The public leaderboard reads the same numbers.
 */
async function counters(tx: Queryable, contestId: string): Promise<Map<string, Counters>> {
  const { rows } = await tx.query<{ round_key: string } & Counters>(
    `select round_key, sum(attempts)::int as attempts, sum(participants)::int as participants, sum(perfect)::int as perfect
     from round_counters where contest_id = $1 group by round_key`,
    [contestId],
  );
  return new Map(rows.map((r) => [r.round_key, { attempts: r.attempts, participants: r.participants, perfect: r.perfect }]));
}

const ZERO: Counters = { attempts: 0, participants: 0, perfect: 0 };

export interface DayCount {
  /** YYYY-MM-DD, a Vietnam (UTC+7) day. */
  day: string;
  attempts: number;
  /** Distinct participants who submitted that day. */
  participants: number;
}

export interface RoundCount {
  roundId: string;
  title: string;
  attempts: number;
  participants: number;
  perfect: number;
}

/** Every day from the first to the last with a submission, those without any at zero (a chart's axis has no gaps). */
function perDay(scope: readonly Cell[], people: ReadonlyMap<string, number>): DayCount[] {
  const attempts = new Map<string, number>();
  for (const c of scope) attempts.set(c.day, (attempts.get(c.day) ?? 0) + c.attempts);
  if (!attempts.size) return [];
  const sorted = [...attempts.keys()].sort();
  const out: DayCount[] = [];
  for (let t = Date.parse(`${sorted[0]}T00:00:00Z`), end = Date.parse(`${sorted[sorted.length - 1]}T00:00:00Z`); t <= end; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push({ day, attempts: attempts.get(day) ?? 0, participants: people.get(day) ?? 0 });
  }
  return out;
}

function perRound(definition: ContestDefinition, byKey: ReadonlyMap<string, Counters>): RoundCount[] {
  return definition.contest.rounds.map((r) => ({ roundId: r.id, title: r.name, ...(byKey.get(r.id) ?? ZERO) }));
}

// ───────────────────────────────────────────── participation by unit

export interface UnitParticipation {
  /** null: attempts whose participant named no unit. */
  unitId: string | null;
  unit: string;
  group?: string;
  /** From the definition's `unitStaff`. */
  staff?: number;
  /** People whose counting attempt names this unit. */
  participants: number;
  /** Submitted attempts started under this unit. */
  attempts: number;
  /** People counted in this unit who scored full marks at least once. */
  perfect: number;
  /** participants ÷ staff (1 = 100 %; above 1 when more people named the unit than it has staff). */
  rate?: number;
  /** The place in the collective ranking by rate; only units with a staff count are ranked. */
  rank?: number;
  /** The same rate and the same number of participants as the unit above: after it by name only. */
  tiedWithPrevious?: boolean;
  /** The collective prize (prizes.units), for the whole contest only. */
  prize?: string;
}

export interface Participation {
  round: string;
  roundName: string;
  rows: UnitParticipation[];
  totals: { participants: number; attempts: number; perfect: number; staff: number };
  perDay: DayCount[];
  /** Every round of the contest, whichever `round` this is. */
  perRound: RoundCount[];
  notes: string[];
  asOf: string;
}

const NO_UNIT = 'Không ghi đơn vị';

/**
 * Participation by unit for `roundKey` (a round id or '*'): people, attempts, perfect scores,
 * staff and rate; units ranked by rate, then by participants (the sample rules: "Nếu bằng tỷ
 * lệ, đơn vị có nhiều người dự thi hơn xếp trên"); those without a staff count after them, unranked;
 * the collective prize (prizes.units) assigned in order on the whole contest's ranking to
 * units with at least one participant. Every unit of the definition has a row, those with
 * nobody too; ids found in the data but no longer in the definition, and "no unit", come last.
 *
 * A person is counted once, in the unit of their counting attempt (`standings.unit_id`);
 * attempts are counted in the unit each was started under. Rates compare exactly.
 */
export async function participation(db: Db, definition: ContestDefinition, roundKey: string): Promise<Participation> {
  const name = roundName(definition, roundKey);
  const contestId = definition.contest.id;
  const staffOf = definition.unitStaff ?? {};
  const { scope, people, perDayPeople, byKey } = await snapshot(db, async (tx) => {
    const roundId = roundKey === WHOLE_CONTEST ? undefined : roundKey;
    const scope = await cells(tx, contestId, roundId);
    const perDayPeople = await peoplePerDay(tx, contestId, roundId);
    const { rows: people } = await tx.query<{ unit_id: string | null; participants: number; perfect: number }>(
      `select s.unit_id, count(*)::int as participants, count(p.participant_id)::int as perfect
       from standings s
       left join perfect_scores p on p.contest_id = s.contest_id and p.round_key = s.round_key and p.participant_id = s.participant_id
       where s.contest_id = $1 and s.round_key = $2
       group by s.unit_id`,
      [contestId, roundKey],
    );
    return { scope, people, perDayPeople, byKey: await counters(tx, contestId) };
  });
  const attemptsOf = new Map<string | null, number>();
  for (const c of scope) attemptsOf.set(c.unitId, (attemptsOf.get(c.unitId) ?? 0) + c.attempts);
  const peopleOf = new Map(people.map((p) => [p.unit_id, p]));

  const rows: UnitParticipation[] = definition.contest.registration.units.map((u) => ({
    unitId: u.id,
    unit: u.name,
    ...(u.group ? { group: u.group } : {}),
    ...(staffOf[u.id] ? { staff: staffOf[u.id] } : {}),
    participants: peopleOf.get(u.id)?.participants ?? 0,
    attempts: attemptsOf.get(u.id) ?? 0,
    perfect: peopleOf.get(u.id)?.perfect ?? 0,
  }));
  const listed = new Set<string | null>(rows.map((r) => r.unitId));
  const strays = new Set([...peopleOf.keys(), ...attemptsOf.keys()].filter((id) => !listed.has(id)));
  const extra: UnitParticipation[] = [...strays].map((id) => ({
    unitId: id,
    unit: id === null ? NO_UNIT : `${id} (không có trong danh sách đơn vị)`,
    participants: peopleOf.get(id)?.participants ?? 0,
    attempts: attemptsOf.get(id) ?? 0,
    perfect: peopleOf.get(id)?.perfect ?? 0,
  }));

  // Rates compared exactly (a/b against c/d as a·d against c·b), not as rounded floats.
  const byRate = (a: UnitParticipation, b: UnitParticipation) => b.participants * a.staff! - a.participants * b.staff!;
  // Nothing in the rules tells two units apart past rate and head count: the name only fixes the order.
  const tied = (a: UnitParticipation, b: UnitParticipation) => byRate(a, b) === 0 && a.participants === b.participants;
  const collator = new Intl.Collator('vi');
  const ranked = rows.filter((r) => r.staff).sort((a, b) => byRate(a, b) || b.participants - a.participants || collator.compare(a.unit, b.unit));
  const unranked = rows.filter((r) => !r.staff).sort((a, b) => b.participants - a.participants || collator.compare(a.unit, b.unit));
  extra.sort((a, b) => (a.unitId === null ? 1 : 0) - (b.unitId === null ? 1 : 0) || b.participants - a.participants);
  const tiers = roundKey === WHOLE_CONTEST ? (definition.prizes?.units ?? []) : [];
  ranked.forEach((r, i) => {
    const previous = ranked[i - 1];
    r.rate = r.participants / r.staff!;
    r.rank = i + 1;
    r.tiedWithPrevious = previous !== undefined && tied(previous, r);
    const prize = r.participants > 0 ? prizeAt(tiers, i + 1) : undefined;
    if (prize) r.prize = prize;
  });

  const notes: string[] = [];
  for (let i = 0; i < ranked.length - 1;) {
    let j = i;
    while (ranked[j + 1]?.tiedWithPrevious) j++;
    if (j > i && (ranked[i]?.participants ?? 0) > 0) {
      const group = ranked.slice(i, j + 1);
      const decides = new Set(group.map((r) => r.prize ?? '')).size > 1;
      notes.push(
        `Các đơn vị ${group.map((r) => `${r.unit} (hạng ${r.rank})`).join(', ')} có cùng tỷ lệ tham gia và cùng số người dự thi; thứ tự giữa các đơn vị này chỉ xếp theo tên đơn vị` +
          (decides ? ', và việc này quyết định giải tập thể: đề nghị Ban Tổ chức xem xét, quyết định.' : '.'),
      );
    }
    i = j + 1;
  }
  if (unranked.length) {
    notes.push(`${unranked.length} đơn vị chưa có số cán bộ, công chức, viên chức, người lao động nên chưa tính được tỷ lệ tham gia và không được xếp hạng.`);
  }
  const over = ranked.filter((r) => r.rate! > 1);
  if (over.length)
    notes.push(
      `${over.length} đơn vị có số người dự thi nhiều hơn số cán bộ, công chức, viên chức, người lao động (tỷ lệ trên 100%): đề nghị kiểm tra lại số liệu.`,
    );

  const list = [...ranked, ...unranked, ...extra];
  const sum = (f: (r: UnitParticipation) => number) => list.reduce((n, r) => n + f(r), 0);
  return {
    round: roundKey,
    roundName: name,
    rows: list,
    totals: { participants: sum((r) => r.participants), attempts: sum((r) => r.attempts), perfect: sum((r) => r.perfect), staff: sum((r) => r.staff ?? 0) },
    perDay: perDay(scope, perDayPeople),
    perRound: perRound(definition, byKey),
    notes,
    asOf: vnIso(Date.now()),
  };
}

// ───────────────────────────────────────────── overview

export interface Overview {
  contest: { id: string; title: string; opensAt: string; closesAt: string; rounds: { id: string; title: string; opensAt: string; closesAt: string }[] };
  totals: { participants: number; attempts: number; perfect: number };
  perDay: DayCount[];
  perRound: RoundCount[];
  /** Submitted contest attempts per score; with whole-number scores, every score from 0 to the maximum is listed. */
  scoreDistribution: { score: number; count: number }[];
  asOf: string;
}

/** `GET /admin/api/overview` (docs/admin-api.md): totals, per day (UTC+7), per round and the score distribution. */
export async function overview(db: Db, definition: ContestDefinition): Promise<Overview> {
  const { contest } = definition;
  const { all, people, byKey } = await snapshot(db, async (tx) => ({
    all: await cells(tx, contest.id, undefined),
    people: await peoplePerDay(tx, contest.id, undefined),
    byKey: await counters(tx, contest.id),
  }));
  const counts = new Map<number, number>();
  for (const c of all) counts.set(c.score, (counts.get(c.score) ?? 0) + c.attempts);
  let scoreDistribution = [...counts].map(([score, count]) => ({ score, count })).sort((a, b) => a.score - b.score);
  const max = Math.max(0, ...all.map((c) => c.maxScore));
  if (all.length && Number.isInteger(max) && max <= 1000 && scoreDistribution.every((s) => Number.isInteger(s.score))) {
    scoreDistribution = Array.from({ length: max + 1 }, (_, score) => ({ score, count: counts.get(score) ?? 0 }));
  }
  const whole = byKey.get(WHOLE_CONTEST) ?? ZERO;
  return {
    contest: {
      id: contest.id,
      title: contest.title,
      opensAt: contest.opensAt,
      closesAt: contest.closesAt,
      rounds: contest.rounds.map((r) => ({ id: r.id, title: r.name, opensAt: r.opensAt, closesAt: r.closesAt })),
    },
    totals: { participants: whole.participants, attempts: whole.attempts, perfect: whole.perfect },
    perDay: perDay(all, people),
    perRound: perRound(definition, byKey),
    scoreDistribution,
    asOf: vnIso(Date.now()),
  };
}

// ───────────────────────────────────────────── small helpers

/** 5000000 → "5.000.000", as Vietnamese write numbers. */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Like vnIso, with the milliseconds. */
function vnIsoMs(ms: number): string {
  const d = new Date(ms + 7 * 3600_000);
  return `${d.toISOString().slice(0, 23)}+07:00`;
}

/**
 * Starting, autosaving and submitting attempts. The guarantees of the contract are in the
 * database, not in this process's memory, so several processes on one database act as one:
 * - the attempt limit: an attempt's number is the person's count of attempts plus one, and
 *   `unique (participant_id, round_key, practice, number)` refuses a second attempt with the
 *   same number, so two concurrent starts that counted the same attempts cannot both pass;
 *   the loser counts again (after two lost races, under the participant's row lock);
 * - a retried start: `start_key` is unique per contest; a concurrent twin that loses the
 *   race hits the unique index, and the call runs again and replays the winner's attempt;
 * - exactly one accepted submission: `submissions.attempt_id` is the primary key, and the
 *   idempotency key and body hash are stored in the same statement as the submission, the
 *   grade, the standings and the counters (ACCEPT_SQL), which stores nothing when the attempt
 *   already has a submission; the call then replays it or refuses;
 * - deadlines: the deadline plus the grace period is checked against the database's clock.
 * A start is one statement and a submission two, each its own transaction, rather than a
 * transaction of four to six: on a busy machine the round trips and transactions were half
 * of the database's and the server's CPU (bench:server).
 */
import { randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import { markAttempt } from '../../src/contract/grading.ts';
import { placeAndIdentityErrors } from '../../src/contract/local-government.ts';
import {
  SaveAnswersRequest,
  StartAttemptRequest,
  SubmissionRequest,
  type Attempt,
  type AttemptQuestion,
  type AttemptResult,
  type Participant,
} from '../../src/contract/schemas.ts';
import { roundsAt } from '../../src/core/rounds.ts';
import { shuffle } from '../../src/core/shuffle.ts';
import { validateBirthDate, validateCitizenId, validateName, validatePhone } from '../../src/core/validate.ts';
import { onlyRow, sqlState, type Db, type Queryable } from './db.ts';
import type { ContestDefinition, KeyedBankQuestion } from './definition.ts';
import { vnIso } from './definition.ts';
import { ContractError, type CallResult } from './http-result.ts';
import { identityHash, opaqueId, requestHash } from './text.ts';
import { receiptCode } from './verify.ts';

/** Per question of an attempt: the bank's question and, per opaque option id, the bank's option id. */
interface KeyEntry {
  bankId: string;
  options: Record<string, string>;
  correct: string[];
}
type AnswerKey = Record<string, KeyEntry>;

interface AttemptRow {
  id: string;
  participant_id: number;
  round_id: string | null;
  unit_id: string | null;
  practice: boolean;
  number: number;
  attempts_left: number | null;
  started_at: Date;
  deadline: Date;
  extra_time_seconds: number;
  /** Read only to replay a start. */
  questions?: AttemptQuestion[];
  answer_key: AnswerKey;
  revision: number;
  start_hash: string | null;
  now_ms: number;
  /** The accepted submission, if there is one (only read with the lock). */
  submitted_key?: string | null;
  submitted_hash?: string | null;
  submitted_result?: AttemptResult | null;
}

/** What saving and submitting read of an attempt (not its questions: about 10 KB of JSON nobody needs there). */
const ATTEMPT_COLUMNS = `id, participant_id, round_id, unit_id, practice, number, attempts_left, started_at, deadline,
  extra_time_seconds, answer_key, revision, start_hash, (extract(epoch from now()) * 1000)::float8 as now_ms`;

/**
 * The participant's row, created or updated with the details just given ($1–$11, see
 * `participantParams`), with the database's clock. In a transaction, the upsert locks the
 * row until the end, so one participant's starts run one at a time.
 */
const UPSERT_PARTICIPANT_SQL = `insert into participants as p (contest_id, key_hash, full_name, birth_date, gender, citizen_id, phone, email, unit_id, district_id, commune_id)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
  on conflict (contest_id, key_hash) do update set
    full_name = excluded.full_name, birth_date = excluded.birth_date, gender = excluded.gender,
    citizen_id = excluded.citizen_id, phone = excluded.phone, email = excluded.email, unit_id = excluded.unit_id,
    district_id = excluded.district_id, commune_id = excluded.commune_id, updated_at = now(), personal_data_deleted_at = null
  returning id, (extract(epoch from now()) * 1000)::float8 as now_ms`;

/** What replaying a start needs of an attempt `a`, as one JSON value (read inside another statement). */
const ATTEMPT_JSON = `json_build_object('id', a.id, 'number', a.number, 'attempts_left', a.attempts_left, 'practice', a.practice,
  'round_id', a.round_id, 'started_ms', extract(epoch from a.started_at) * 1000, 'deadline_ms', extract(epoch from a.deadline) * 1000,
  'extra_time_seconds', a.extra_time_seconds, 'questions', a.questions, 'start_hash', a.start_hash)`;

interface AttemptJson {
  id: string;
  number: number;
  attempts_left: number | null;
  practice: boolean;
  round_id: string | null;
  started_ms: number;
  deadline_ms: number;
  extra_time_seconds: number;
  questions: AttemptQuestion[];
  start_hash: string | null;
}

/** What replaying a start reads of an attempt's row. */
type StartRow = Pick<
  AttemptRow,
  'id' | 'number' | 'attempts_left' | 'practice' | 'round_id' | 'started_at' | 'deadline' | 'extra_time_seconds' | 'questions' | 'start_hash'
>;

const fromJson = ({ started_ms, deadline_ms, ...rest }: AttemptJson): StartRow => ({
  ...rest,
  started_at: new Date(started_ms),
  deadline: new Date(deadline_ms),
});

/** A person's attempts, counted per round key and kind (`select round_key, practice, count(*) … group by 1, 2`). */
interface AttemptCount {
  round_key: string;
  practice: boolean;
  n: number;
}

/** SQLSTATEs after which a whole transaction may simply run again: deadlock, serialisation failure. */
const RETRYABLE = ['40P01', '40001'];

/** How many slots the counters are spread over (see round_counters in the first migration). */
const COUNTER_SLOTS = 16;

export interface AttemptServiceOptions {
  db: Db;
  definition: ContestDefinition;
  /** The key of the participants' identity hashes. */
  secret: string;
  /** Verifies a captcha token for a contest attempt; absent: no captcha. */
  verifyCaptcha?: (token: string | undefined) => Promise<boolean>;
}

const fieldKey: Record<string, keyof Participant> = { unit: 'unitId', district: 'districtId', commune: 'communeId' };

/** 409 with a second to wait: the attempt's row is held by another request, or lost the race too often. */
const inProgress = () =>
  new ContractError(
    409,
    'idempotency_in_progress',
    'This attempt is being processed; try again in a second.',
    { retryAfterSeconds: 1 },
    { 'Retry-After': '1' },
  );

export class AttemptService {
  private readonly db: Db;
  private readonly def: ContestDefinition;
  private readonly bankById: Map<string, KeyedBankQuestion>;

  constructor(private readonly options: AttemptServiceOptions) {
    this.db = options.db;
    this.def = options.definition;
    this.bankById = new Map(this.def.bank.map((q) => [q.id, q]));
  }

  private get contest() {
    return this.def.contest;
  }

  // ------------------------------------------------------------------ start

  async start(raw: unknown, key: string | undefined): Promise<CallResult> {
    if (key && key.length > 200) throw new ContractError(400, 'bad_request', 'The Idempotency-Key header is longer than 200 characters.');
    const request = parseStart(raw);
    const { participant, practice = false } = request;
    const fields = this.participantErrors(participant);
    if (fields.length) throw new ContractError(422, 'invalid_participant', 'Invalid participant.', { fields });
    // A captcha token is single-use, so a retried start may carry a fresh one: it is not part of "the same body".
    const { captchaToken, ...rest } = raw as Record<string, unknown>;
    const hash = requestHash(rest);
    if (!practice && this.options.verifyCaptcha && !(await this.options.verifyCaptcha(typeof captchaToken === 'string' ? captchaToken : undefined))) {
      // A retried start after a success replays it without a fresh token being checked again.
      const replay = key ? await this.replayStart(this.db, key, hash) : undefined;
      if (replay) return replay;
      throw new ContractError(403, 'captcha_required', 'A valid captcha token is required to start an attempt.');
    }
    for (let tries = 1; ; tries++) {
      try {
        // First optimistically, in two statements without a transaction around them (see
        // startOptimistic); after two lost races, under the participant's row lock, where
        // concurrent starts of one person queue instead of colliding.
        return tries <= 2
          ? await this.startOptimistic(participant, practice, key, hash)
          : await this.db.transaction((tx) => this.startLocked(tx, participant, practice, key, hash));
      } catch (e) {
        // A twin start with the same key, or another start of the same person, that committed
        // first: this one hit a unique index, and the next round replays the twin's attempt or
        // counts again. A deadlock or serialisation failure: run again.
        if (tries < 6 && ['23505', ...RETRYABLE].includes(sqlState(e) ?? '')) continue;
        throw e;
      }
    }
  }

  /**
   * A start in one statement, its own transaction: the participant's upsert (which also reads
   * the database's clock), the person's attempts counted by round, the attempt an earlier start
   * with this key made, and the attempt's insert, done only when there is no such attempt, the
   * database's `now` lies in the window this process expected (`plan`) and the allowance is not
   * used up. Nothing is locked: two starts of one person that count the same attempts both take
   * the same number, and `unique (participant_id, round_key, practice, number)` refuses the second
   * (23505, the caller counts again), so the limit holds without the lock. A twin with the same
   * key hits the unique start key the same way, and replays. When nothing was inserted for any
   * other reason (closed, exhausted, a round boundary between this process's clock and the
   * database's), `insertAttempt` decides from the counts and the clock just read, as before.
   * One statement instead of two: a commit and a round trip less per attempt (bench:server).
   */
  private async startOptimistic(participant: Participant, practice: boolean, key: string | undefined, hash: string): Promise<CallResult> {
    const plan = this.plan(practice, Date.now());
    const drawn = plan ? this.draw() : undefined;
    const id = opaqueId();
    const { max } = this.contest.exam.attempts;
    const seconds = this.contest.exam.timeLimitSeconds;
    const { rows } = await this.db.query<{
      id: number;
      now_ms: number;
      counts: AttemptCount[];
      replay: AttemptJson | null;
      inserted: { number: number; attempts_left: number | null } | null;
    }>(
      `with p as (${UPSERT_PARTICIPANT_SQL}),
       c as (select round_key, practice, count(*)::int as n from attempts a where a.participant_id = (select id from p) group by 1, 2),
       r as (select ${ATTEMPT_JSON} as replay from attempts a where a.contest_id = $1 and a.start_key = $12),
       u as (select coalesce(sum(n) filter (where practice = $14::boolean and ($14::boolean or round_key = $15::text)), 0)::int as used,
                    coalesce(sum(n) filter (where not practice and round_key = $15::text), 0)::int as used_real from c),
       ins as (
         insert into attempts (id, contest_id, participant_id, round_id, round_key, unit_id, practice, number, attempts_left,
           started_at, deadline, extra_time_seconds, questions, answer_key, start_key, start_hash)
         select $13, $1, p.id, $16::text, $15::text, $9, $14::boolean, u.used + 1,
           case when $17::int is null then null when $14::boolean then greatest(0, $17::int - u.used_real) else greatest(0, $17::int - u.used - 1) end,
           to_timestamp(p.now_ms / 1000.0), to_timestamp((p.now_ms + $18::float8 * 1000) / 1000.0), 0, $19::jsonb, $20::jsonb, $12, $21::text
         from p, u
         where $19::jsonb is not null and not exists (select 1 from r)
           and p.now_ms >= $22::float8 and p.now_ms < $23::float8
           and ($17::int is null or $14::boolean or u.used < $17::int)
         returning number, attempts_left)
       select p.id, p.now_ms, (select coalesce(json_agg(c), '[]'::json) from c) as counts, (select replay from r) as replay,
         (select row_to_json(ins) from ins) as inserted
       from p`,
      [
        ...this.participantParams(participant),
        key ?? null,
        id,
        practice,
        plan?.roundKey ?? '',
        plan?.roundId ?? null,
        max,
        seconds,
        drawn ? JSON.stringify(drawn.questions) : null,
        drawn ? JSON.stringify(drawn.answerKey) : null,
        key ? hash : null,
        plan?.from ?? 0,
        plan?.to ?? 0,
      ],
    );
    // One row: the statement selects from p, the participant's upsert.
    const { id: participantId, now_ms: now, replay, counts, inserted } = onlyRow({ rows }, 'the participant upsert');
    if (replay) return this.replayOf(fromJson(replay), hash, now);
    if (inserted && plan && drawn) {
      return this.started(id, inserted.number, inserted.attempts_left, practice, plan.roundId, now, now + seconds * 1000, drawn.questions);
    }
    return this.insertAttempt(this.db, participant, practice, key, hash, Number(participantId), now, counts);
  }

  /**
   * The round and window a start at `now` (this process's clock) falls in, for the one-statement
   * start to check against the database's clock; undefined when no attempt can start now (the
   * slow path then gives the reason).
   */
  private plan(practice: boolean, now: number): { roundId: string | null; roundKey: string; from: number; to: number } | undefined {
    const c = this.contest;
    const { current } = roundsAt(c.rounds, now);
    if (c.rounds.length && !current) return undefined;
    // roundsAt picks the earliest-opening round open at `now`: the window starts where every
    // earlier-opening round has closed, so the database's clock sees the same round.
    let from = current ? Date.parse(current.opensAt) : -1e15;
    let to = current ? Date.parse(current.closesAt) : 1e15;
    if (current)
      for (const r of c.rounds) if (r !== current && Date.parse(r.opensAt) <= Date.parse(current.opensAt)) from = Math.max(from, Date.parse(r.closesAt));
    if (!practice) {
      from = Math.max(from, Date.parse(c.opensAt));
      to = Math.min(to, Date.parse(c.closesAt));
    }
    if (!(from <= now && now < to)) return undefined;
    return { roundId: current?.id ?? null, roundKey: c.exam.attempts.per === 'round' && current ? current.id : '', from, to };
  }

  /** A started attempt, as the contract's 201. */
  private started(
    id: string,
    number: number,
    attemptsLeft: number | null,
    practice: boolean,
    roundId: string | null,
    now: number,
    deadline: number,
    questions: AttemptQuestion[],
  ): CallResult {
    const attempt: Attempt = {
      id,
      number,
      attemptsLeft,
      practice,
      ...(roundId ? { roundId } : {}),
      startedAt: vnIso(now),
      deadline: vnIso(deadline),
      questions,
    };
    return { status: 201, body: { serverTime: vnIso(now), attempt } };
  }

  /** The same start in one transaction, under the participant's row lock (taken by the upsert). */
  private async startLocked(tx: Queryable, participant: Participant, practice: boolean, key: string | undefined, hash: string): Promise<CallResult> {
    if (key) {
      const replay = await this.replayStart(tx, key, hash);
      if (replay) return replay;
    }
    const upserted = onlyRow(
      await tx.query<{ id: number; now_ms: number }>(UPSERT_PARTICIPANT_SQL, this.participantParams(participant)),
      'the participant upsert',
    );
    const participantId = Number(upserted.id);
    const { rows: counts } = await tx.query<AttemptCount>(
      'select round_key, practice, count(*)::int as n from attempts where participant_id = $1 group by 1, 2',
      [participantId],
    );
    return this.insertAttempt(tx, participant, practice, key, hash, participantId, upserted.now_ms, counts);
  }

  /**
   * Checks the window and the allowance at the database's `now`, draws the questions and
   * inserts the attempt. `counts`: the person's attempts as the caller read them.
   */
  private async insertAttempt(
    q: Queryable,
    participant: Participant,
    practice: boolean,
    key: string | undefined,
    hash: string,
    participantId: number,
    now: number,
    counts: readonly AttemptCount[],
  ): Promise<CallResult> {
    // Of one kind: real attempts in the round key, practice ones over the whole contest.
    const count = (roundKey: string, isPractice: boolean) =>
      counts.filter((c) => c.practice === isPractice && (isPractice || c.round_key === roundKey)).reduce((n, c) => n + c.n, 0);
    if (!practice) this.checkWindow(now);
    const round = roundsAt(this.contest.rounds, now).current;
    const { max, per } = this.contest.exam.attempts;
    const roundKey = per === 'round' && round ? round.id : '';
    const used = count(roundKey, practice);
    if (!practice && max !== null && used >= max) {
      throw new ContractError(403, 'attempts_exhausted', `All ${max} attempts${roundKey ? ` of round ${roundKey}` : ''} are used.`);
    }
    // A practice attempt leaves the allowance of real attempts as it was.
    const attemptsLeft = max === null ? null : Math.max(0, max - (practice ? count(roundKey, false) : used + 1));
    const { questions, answerKey } = this.draw();
    const id = opaqueId();
    const extra = 0;
    const deadline = now + (this.contest.exam.timeLimitSeconds + extra) * 1000;
    await q.query(
      `insert into attempts (id, contest_id, participant_id, round_id, round_key, unit_id, practice, number, attempts_left,
         started_at, deadline, extra_time_seconds, questions, answer_key, start_key, start_hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, to_timestamp($10 / 1000.0), to_timestamp($11 / 1000.0), $12, $13, $14, $15, $16)`,
      [
        id,
        this.contest.id,
        participantId,
        round?.id ?? null,
        roundKey,
        participant.unitId ?? null,
        practice,
        used + 1,
        attemptsLeft,
        now,
        deadline,
        extra,
        JSON.stringify(questions),
        JSON.stringify(answerKey),
        key ?? null,
        key ? hash : null,
      ],
    );
    return this.started(id, used + 1, attemptsLeft, practice, round?.id ?? null, now, deadline, questions);
  }

  /** The attempt an earlier start with this key made (201 again, as the first time), or undefined. */
  private async replayStart(q: Queryable, key: string, hash: string): Promise<CallResult | undefined> {
    const { rows } = await q.query<AttemptRow>(`select ${ATTEMPT_COLUMNS}, questions from attempts where contest_id = $1 and start_key = $2`, [
      this.contest.id,
      key,
    ]);
    return rows[0] ? this.replayOf(rows[0], hash, rows[0].now_ms) : undefined;
  }

  private replayOf(row: StartRow, hash: string, now: number): CallResult {
    if (row.start_hash !== hash) throw new ContractError(422, 'idempotency_mismatch', 'This Idempotency-Key was used with a different body.');
    return { status: 201, body: { serverTime: vnIso(now), attempt: this.attemptOf(row) } };
  }

  private attemptOf(row: StartRow): Attempt {
    return {
      id: row.id,
      number: row.number,
      attemptsLeft: row.attempts_left,
      practice: row.practice,
      ...(row.round_id ? { roundId: row.round_id } : {}),
      startedAt: vnIso(row.started_at.getTime()),
      deadline: vnIso(row.deadline.getTime()),
      ...(row.extra_time_seconds ? { extraTimeSeconds: row.extra_time_seconds } : {}),
      questions: row.questions ?? [],
    };
  }

  /** Why an attempt cannot start at `now`, as the contract's refusal. */
  private checkWindow(now: number) {
    const c = this.contest;
    if (now < Date.parse(c.opensAt)) throw new ContractError(403, 'contest_not_open', `The contest opens at ${c.opensAt}.`);
    if (now >= Date.parse(c.closesAt)) throw new ContractError(403, 'contest_closed', 'The contest is closed.');
    if (!c.rounds.length) return;
    const { current, next } = roundsAt(c.rounds, now);
    if (current) return;
    if (next) throw new ContractError(403, 'contest_not_open', `No round is open now; the next, ${next.name} (${next.id}), opens at ${next.opensAt}.`);
    throw new ContractError(403, 'contest_closed', 'The last round has closed.');
  }

  /** The contest's registration rules, beyond the schema. */
  private participantErrors(p: Participant): { field: string; message: string }[] {
    const fields: Record<string, string> = {};
    const reg = this.contest.registration;
    for (const { name, required } of reg.fields) {
      const key = fieldKey[name] ?? (name as keyof Participant);
      if (required && !p[key]) fields[key] = 'required';
    }
    if (p.fullName && validateName(p.fullName)) fields.fullName = 'invalid name';
    if (p.birthDate && validateBirthDate(p.birthDate, new Date())) fields.birthDate = 'invalid birth date';
    if (p.citizenId && validateCitizenId(p.citizenId)) fields.citizenId = 'invalid citizen id';
    if (p.phone && validatePhone(p.phone)) fields.phone = 'invalid mobile number';
    if (p.unitId && !reg.units.some((u) => u.id === p.unitId)) fields.unitId = 'unknown unit';
    // Districts and communes as the contest's local government has them; a 12-digit number when it asks for the thẻ căn cước.
    Object.assign(fields, placeAndIdentityErrors(reg, p));
    return Object.entries(fields).map(([field, message]) => ({ field, message }));
  }

  /** The parameters of UPSERT_PARTICIPANT_SQL ($1–$11) for these details. */
  private participantParams(p: Participant): unknown[] {
    const identity = p.citizenId
      ? `citizen:${p.citizenId}`
      : p.phone
        ? `phone:${p.phone}`
        : p.email
          ? `email:${p.email.toLowerCase()}`
          : `name:${(p.fullName ?? '').trim().toLowerCase()}|${p.birthDate ?? ''}`;
    return [
      this.contest.id,
      identityHash(this.options.secret, identity),
      p.fullName?.trim() ?? null,
      p.birthDate ?? null,
      p.gender ?? null,
      p.citizenId ?? null,
      p.phone ?? null,
      p.email ?? null,
      p.unitId ?? null,
      p.districtId ?? null,
      p.communeId ?? null,
    ];
  }

  /**
   * The attempt's questions, drawn at random and shuffled, under ids of their own: nothing
   * in an attempt can be looked up in the published bank by id.
   */
  private draw(): { questions: AttemptQuestion[]; answerKey: AnswerKey } {
    const picked = shuffle(this.def.bank).slice(0, this.contest.exam.questionCount);
    // One draw of random bytes for every id of the attempt, cut into ids (a call per id cost ~4% of the server's CPU).
    const ids = randomBytes(picked.length * 9 + picked.reduce((n, q) => n + q.options.length, 0) * 6);
    let at = 0;
    const next = (bytes: number) => ids.subarray(at, (at += bytes)).toString('base64url');
    const answerKey: AnswerKey = {};
    const questions = picked.map((q) => {
      const qid = next(9);
      const options: Record<string, string> = {};
      const byBank = new Map<string, string>();
      const shown = shuffle(q.options).map((o) => {
        const oid = next(6);
        options[oid] = o.id;
        byBank.set(o.id, oid);
        return { id: oid, text: o.text };
      });
      answerKey[qid] = { bankId: q.id, options, correct: q.correctOptionIds.map((c) => byBank.get(c)!) };
      return { id: qid, text: q.text, kind: q.kind, options: shown };
    });
    return { questions, answerKey };
  }

  // ------------------------------------------------------------------ autosave

  async save(id: string, raw: unknown): Promise<CallResult> {
    const exam = this.contest.exam;
    if (!exam.autosave) throw new ContractError(404, 'bad_request', 'This contest has no autosave (exam.autosave is false).');
    const parsed = SaveAnswersRequest.safeParse(raw);
    if (!parsed.success) throw new ContractError(400, 'bad_request', z.prettifyError(parsed.error));
    const { prediction, answers, revision } = parsed.data;
    this.checkPrediction(prediction);
    return this.db.transaction(async (tx) => {
      const row = await this.lockAttempt(tx, id);
      if (row.submitted_key) throw new ContractError(409, 'already_submitted', 'This attempt was submitted.');
      if (row.now_ms > row.deadline.getTime() + exam.graceSeconds * 1000) throw new ContractError(403, 'attempt_expired', 'The time for this attempt is over.');
      if (revision !== row.revision) throw new ContractError(409, 'stale_revision', `The current revision is ${row.revision}.`);
      await tx.query('update attempts set revision = revision + 1, saved_answers = $2, saved_prediction = $3 where id = $1', [
        id,
        JSON.stringify(answers),
        prediction,
      ]);
      return { status: 200, body: { serverTime: vnIso(row.now_ms), revision: row.revision + 1 } };
    });
  }

  private checkPrediction(prediction: number | null) {
    const p = this.contest.exam.prediction;
    if (prediction !== null && p && (prediction < p.min || prediction > p.max)) {
      throw new ContractError(400, 'bad_request', `The prediction must be from ${p.min} to ${p.max}.`);
    }
  }

  /** The attempt's row, locked; a lock held by a submission or save in flight is 409 at once. */
  private async lockAttempt(tx: Queryable, id: string): Promise<AttemptRow> {
    try {
      const { rows } = await tx.query<AttemptRow>(
        `select ${ATTEMPT_COLUMNS}, s.idempotency_key as submitted_key, s.request_hash as submitted_hash, s.result as submitted_result
         from attempts a left join submissions s on s.attempt_id = a.id where a.id = $1 and a.contest_id = $2 for update of a nowait`,
        [id, this.contest.id],
      );
      if (!rows[0]) throw new ContractError(404, 'attempt_not_found', 'No such attempt.');
      return rows[0];
    } catch (e) {
      if (sqlState(e) === '55P03') throw inProgress();
      throw e;
    }
  }

  // ------------------------------------------------------------------ submission

  async submit(id: string, raw: unknown, key: string | undefined): Promise<CallResult> {
    if (!key) throw new ContractError(400, 'bad_request', 'The Idempotency-Key header is required.');
    if (key.length > 200) throw new ContractError(400, 'bad_request', 'The Idempotency-Key header is longer than 200 characters.');
    const parsed = SubmissionRequest.safeParse(raw);
    if (!parsed.success) throw new ContractError(400, 'bad_request', z.prettifyError(parsed.error));
    const body = parsed.data;
    const hash = requestHash(raw);
    for (let tries = 1; ; tries++) {
      try {
        const done = await this.submitOnce(id, body, key, hash);
        if (done) return done;
        // Another submission of this attempt was stored between the read and the insert: the next
        // round reads it and replays it (the same key and body) or refuses this one.
        if (tries >= 4) throw inProgress();
      } catch (e) {
        if (tries < 4 && RETRYABLE.includes(sqlState(e) ?? '')) continue;
        throw e;
      }
    }
  }

  /**
   * A submission in two statements, each its own transaction: the attempt and its accepted
   * submission, if any, read without a lock; then, graded here, the submission with its
   * standings and counters in one statement (ACCEPT_SQL) that does nothing when the attempt
   * already has one: `submissions.attempt_id` is the primary key, so of two concurrent
   * submissions exactly one is stored, and the other waits for it and then inserts nothing.
   * Undefined when this one lost that race.
   */
  private async submitOnce(id: string, body: z.infer<typeof SubmissionRequest>, key: string, hash: string): Promise<CallResult | undefined> {
    const { rows } = await this.db.query<AttemptRow>(
      `select ${ATTEMPT_COLUMNS}, s.idempotency_key as submitted_key, s.request_hash as submitted_hash, s.result as submitted_result
       from attempts a left join submissions s on s.attempt_id = a.id where a.id = $1 and a.contest_id = $2`,
      [id, this.contest.id],
    );
    const row = rows[0];
    if (!row) throw new ContractError(404, 'attempt_not_found', 'No such attempt.');
    if (row.submitted_key) {
      if (row.submitted_key !== key) throw new ContractError(409, 'already_submitted', 'This attempt was already submitted with another key.');
      if (row.submitted_hash !== hash) throw new ContractError(422, 'idempotency_mismatch', 'This Idempotency-Key was used with a different body.');
      return { status: 200, body: { serverTime: vnIso(row.now_ms), result: row.submitted_result }, headers: { 'Idempotent-Replayed': 'true' } };
    }
    const exam = this.contest.exam;
    const deadline = row.deadline.getTime();
    if (row.now_ms > deadline + exam.graceSeconds * 1000) {
      // Too late, but answers autosaved in time count, as submitted at the deadline (#13 F16: a
      // frozen tab thawed past it). Autosave is refused after deadline + grace, so they cannot change now.
      const { rows: saved } = await this.db.query<{ answers: z.infer<typeof SubmissionRequest>['answers'] | null; prediction: string | null }>(
        'select saved_answers as answers, saved_prediction as prediction from attempts where id = $1',
        [id],
      );
      const late = saved[0];
      if (!late?.answers) throw new ContractError(403, 'attempt_expired', 'The time for this attempt is over.');
      const prediction = late.prediction === null ? null : Number(late.prediction);
      return this.accept(this.db, { ...row, now_ms: deadline }, { answers: late.answers, prediction, reason: 'time-up' }, key, hash);
    }
    this.checkPrediction(body.prediction);
    return this.accept(this.db, row, body, key, hash);
  }

  private async accept(q: Queryable, row: AttemptRow, body: z.infer<typeof SubmissionRequest>, key: string, hash: string): Promise<CallResult | undefined> {
    const exam = this.contest.exam;
    const now = row.now_ms;
    const { result, graded, score, maxScore, durationSeconds } = markAttempt({
      attempt: {
        id: row.id,
        number: row.number,
        attemptsLeft: row.attempts_left,
        practice: row.practice,
        startedAt: row.started_at.getTime(),
        deadline: row.deadline.getTime(),
      },
      questions: Object.entries(row.answer_key).map(([id, k]) => ({ id, correctOptionIds: k.correct, explanation: this.bankById.get(k.bankId)?.explanation })),
      answers: body.answers,
      exam,
      now,
      instant: vnIso,
    });
    // The verification code of a contest attempt (#14), in the stored result so a replay carries it;
    // the route adds its address on the way out (verify.ts).
    const code = row.practice ? null : receiptCode(this.options.secret, row.id);
    if (code) result.receipt = { code };
    // The submission, the standings and the counters in one statement: one round trip.
    const accepted = await q.query<{ n: number }>(ACCEPT_SQL[exam.attempts.counting], [
      this.contest.id,
      row.practice ? [] : row.round_id ? [row.round_id, '*'] : ['*'],
      row.participant_id,
      row.id,
      row.unit_id,
      score,
      maxScore,
      body.prediction,
      durationSeconds,
      row.started_at,
      now,
      score >= maxScore,
      Math.floor(Math.random() * COUNTER_SLOTS),
      key,
      hash,
      // Only answers to this attempt's questions are kept: anything else was never part of it.
      JSON.stringify(body.answers.filter((a) => Object.hasOwn(row.answer_key, a.questionId))),
      graded.correctCount,
      graded.questionCount,
      JSON.stringify(result),
      code,
    ]);
    if (Number(onlyRow(accepted, 'the submission').n) === 0) return undefined;
    return { status: 201, body: { serverTime: vnIso(now), result } };
  }
}

/** The request, or the contract's refusal: invalid participant fields are 422 with each field named. */
function parseStart(raw: unknown): z.infer<typeof StartAttemptRequest> {
  const parsed = StartAttemptRequest.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues
    .filter((i) => i.path[0] === 'participant' && i.path[1] !== undefined)
    .map((i) => ({ field: String(i.path[1]), message: i.message }));
  if (fields.length) throw new ContractError(422, 'invalid_participant', 'Invalid participant.', { fields });
  throw new ContractError(400, 'bad_request', z.prettifyError(parsed.error));
}

/**
 * Accepting a submission, as one statement: the submission row, then per round key (the
 * attempt's round and '*' for the whole contest; none for practice) the participant's
 * standings row (inserted, or replaced when the new attempt is the one that counts), the
 * perfect score, and the counters. `counting`: best = higher score, then shorter time, then
 * earlier submission (the prediction ranks participants, not one participant's attempts);
 * first/last by start time.
 */
const betterThan: Record<'best' | 'first' | 'last', string> = {
  best: '(s.score, excluded.duration_seconds, excluded.submitted_at) < (excluded.score, s.duration_seconds, s.submitted_at)',
  first: 'excluded.started_at < s.started_at',
  last: 'excluded.started_at > s.started_at',
};

const acceptSql = (counting: keyof typeof betterThan) => `
with sub as (
  insert into submissions (attempt_id, idempotency_key, request_hash, answers, prediction, correct_count, question_count,
    score, max_score, duration_seconds, submitted_at, result, receipt_code)
  values ($4::text, $14::text, $15::text, $16::jsonb, $8::bigint, $17::int, $18::int, $6::numeric, $7::numeric, $9::int,
    to_timestamp($11::float8 / 1000.0), $19::json, $20::text)
  on conflict (attempt_id) do nothing
  returning attempt_id
), keys as (
  -- Nothing below happens unless the submission above was stored.
  select k from unnest($2::text[]) as k where exists (select 1 from sub)
), st as (
  insert into standings as s (contest_id, round_key, participant_id, attempt_id, unit_id, score, max_score, prediction,
    duration_seconds, started_at, submitted_at)
  select $1::text, keys.k, $3::bigint, $4::text, $5::text, $6::numeric, $7::numeric, $8::bigint, $9::int, $10::timestamptz,
    to_timestamp($11::float8 / 1000.0)
  from keys
  on conflict (contest_id, round_key, participant_id) do update set
    attempt_id = excluded.attempt_id, unit_id = excluded.unit_id, score = excluded.score, max_score = excluded.max_score,
    prediction = excluded.prediction, duration_seconds = excluded.duration_seconds, started_at = excluded.started_at,
    submitted_at = excluded.submitted_at
  where ${betterThan[counting]}
  returning s.round_key, (xmax = 0) as inserted
), pf as (
  insert into perfect_scores (contest_id, round_key, participant_id)
  select $1::text, keys.k, $3::bigint from keys where $12::boolean
  on conflict do nothing
  returning round_key
), rc as (
  insert into round_counters as c (contest_id, round_key, slot, attempts, participants, perfect)
  select $1::text, keys.k, $13::smallint, 1,
    (select count(*) from st where st.round_key = keys.k and st.inserted), (select count(*) from pf where pf.round_key = keys.k)
  from keys
  on conflict (contest_id, round_key, slot) do update set
    attempts = c.attempts + 1, participants = c.participants + excluded.participants, perfect = c.perfect + excluded.perfect
), uc as (
  insert into unit_counters as u (contest_id, round_key, unit_id, slot, participants, attempts)
  select $1::text, keys.k, $5::text, $13::smallint, (select count(*) from st where st.round_key = keys.k and st.inserted), 1
  from keys where $5::text is not null
  on conflict (contest_id, round_key, unit_id, slot) do update set
    participants = u.participants + excluded.participants, attempts = u.attempts + 1
)
select count(*)::int as n from sub`;

const ACCEPT_SQL = { best: acceptSql('best'), first: acceptSql('first'), last: acceptSql('last') };

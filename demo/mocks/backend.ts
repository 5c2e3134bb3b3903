/**
 * A reference backend that implements the endpoint contract, in plain TypeScript with no
 * transport: the demo runs it in the browser behind msw, the tests drive it the same way,
 * and it is the model a portal's backend team can read. It grades on its side: the answer
 * key never leaves it in contest mode. Each attempt shows its questions and options under
 * ids of its own, random and mapped back to the bank's here (as the contest server does, see
 * server/src/attempts.ts `draw`), so that an attempt cannot be answered by looking its ids up
 * in a published bank.
 */
import * as z from 'zod/mini';
import { compareEntries, markAttempt, maskName, type RankedEntry } from '../../src/contract/grading.ts';
import { placeAndIdentityErrors } from '../../src/contract/local-government.ts';
import {
  SaveAnswersRequest,
  StartAttemptRequest,
  SubmissionRequest,
  type Attempt,
  type AttemptResult,
  type BankQuestion,
  type ContestDocument,
  type ErrorCode,
  type Participant,
  type Topic,
} from '../../src/contract/schemas.ts';
import { roundsAt } from '../../src/core/rounds.ts';
import { shuffle } from '../../src/core/shuffle.ts';
import { validateBirthDate, validateCitizenId, validateName, validatePhone } from '../../src/core/validate.ts';
import type { ContestSettings } from './contest.ts';
import { newReceipt, verificationCall, type ReceiptContext } from './receipts.ts';

export interface BackendRequest {
  method: string;
  /** Path below the endpoint, without the query string, e.g. `/attempts/abc/submission`. */
  path: string;
  /** The query string, e.g. `round=dot-1` for `GET /leaderboard`. Absent: none. */
  query?: URLSearchParams;
  header(name: string): string | null;
  body?: unknown;
}

export interface BackendResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface StoredAttempt {
  attempt: Attempt;
  participantKey: string;
  unitId?: string;
  fullName?: string;
  /** For `POST /verifications/lookup` (receipts.ts): the birth date the participant gave. */
  birthDate?: string;
  /** Ids of the correct options per question (the attempt's ids): server-only. */
  keys: Record<string, string[]>;
  /**
   * Per question of the attempt (its own id), the bank's question id and, per option id of the
   * attempt, the bank's option id. Absent: the bank's ids, as in the seeded sample attempts.
   */
  bankIds?: Record<string, { id: string; options: Record<string, string> }>;
  revision: number;
  /** The answers and prediction of the last autosave: a submission that comes too late counts these (#13 F16). */
  saved?: { answers: SubmissionRequest['answers']; prediction: number | null };
  /** Made up by demo/mocks/seed.ts (sample data), not by a request: the demo does not persist it. */
  sample?: boolean;
  submission?: {
    key: string;
    bodyHash: string;
    result: AttemptResult;
    prediction: number | null;
    /** The grade, kept even when the participant is told "announced later". */
    score: number;
    maxScore: number;
  };
}

/** Everything the backend remembers; plain JSON so the demo can keep it across reloads. */
export interface BackendState {
  seq: number;
  attempts: Record<string, StoredAttempt>;
  /** Start requests by Idempotency-Key: a retried start returns the same attempt. */
  starts: Record<string, { attemptId: string; bodyHash: string }>;
}

export interface BackendOptions {
  contest: ContestSettings;
  bank: readonly BankQuestion[];
  /** Server time, epoch ms. */
  now: () => number;
  random?: () => number;
  /** Extra seconds granted to every participant (an accessibility accommodation). */
  extraTimeSeconds?: number;
  /**
   * When `GET /bank` carries the answers, as the contest server's definition says it
   * (`bankAnswers` in server/src/definition.ts): `published` (always, for study and
   * practice; the default, as there), `after-close` (once the contest has closed), `never`.
   */
  bankAnswers?: BankAnswers;
  /** The same as a boolean (true: `published`, false: `never`); `bankAnswers` wins when both are given. */
  publishBankAnswers?: boolean;
  /** Display names of the bank's topics. */
  topics?: readonly Topic[];
  /** The verification page a receipt's `url` points to, the code appended (receipts.ts); absent: receipts carry no `url`. */
  verifyPage?: string;
}

export type BankAnswers = 'published' | 'after-close' | 'never';

/** Random numbers from the platform's CSPRNG, for ids nobody may guess (Node 20 and browsers have `crypto`). */
const secureRandom = () => {
  const [n = 0] = crypto.getRandomValues(new Uint32Array(1));
  return n / 2 ** 32;
};
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** How many individuals `GET /leaderboard` lists. */
export const LEADERBOARD_SIZE = 20;

export const emptyState = (): BackendState => ({ seq: 0, attempts: {}, starts: {} });

const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

const fail = (status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): BackendResponse => ({
  status,
  body: { error: { code, message, ...extra } },
});

const asList = (fields: Record<string, string>) => Object.entries(fields).map(([field, message]) => ({ field, message }));

/** Stable JSON for comparing request bodies under one idempotency key. */
const stableHash = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
  );

/** Shared with the element, so the two cannot disagree on which round is open. */
export { roundsAt };

export class ReferenceBackend {
  private readonly random: () => number;
  /** For ids: the CSPRNG, unless a test gave its own `random` (to get the same ids every run). */
  private readonly idRandom: () => number;
  /** Submissions being processed now, by key: a concurrent retry gets 409. */
  private readonly inFlight = new Set<string>();

  constructor(
    readonly options: BackendOptions,
    public state: BackendState = emptyState(),
  ) {
    this.random = options.random ?? Math.random;
    this.idRandom = options.random ?? secureRandom;
  }

  /** A random id of `length` base64url characters (8 carry 48 bits). */
  private opaqueId(length: number): string {
    let id = '';
    for (let i = 0; i < length; i++) id += ID_CHARS[Math.floor(this.idRandom() * 64)];
    return id;
  }

  /** Whether `GET /bank` carries the answers now (`bankAnswers`). */
  answersPublished(now = this.options.now()): boolean {
    const when = this.options.bankAnswers ?? (this.options.publishBankAnswers === false ? 'never' : 'published');
    return when === 'published' || (when === 'after-close' && now >= Date.parse(this.contest.closesAt));
  }

  private get contest() {
    return this.options.contest;
  }

  private get receipts(): ReceiptContext {
    return { state: this.state, contest: this.contest, now: this.options.now, random: this.options.random, verifyPage: this.options.verifyPage };
  }

  contestDocument(): ContestDocument {
    return { serverTime: iso(this.options.now()), ...this.contest };
  }

  async handle(req: BackendRequest): Promise<BackendResponse> {
    // A caller that left the query string on the path still gets it read.
    const [path = '', search = ''] = req.path.split('?', 2);
    const query = req.query ?? new URLSearchParams(search);
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'verifications') return verificationCall(this.receipts, req.method, parts.slice(1), req.body);
    const route = `${req.method} /${parts.map((p, i) => (i === 1 && parts[0] === 'attempts' ? ':id' : p)).join('/')}`;
    // The `:id` of the attempt routes (there only when the route has one).
    const [, attemptId = ''] = parts;
    // A contest that needs a login (`auth.required`, docs/contract.md "Logins"): starting, saving and
    // submitting without one are 401 unauthorized, before anything is read or spent. The reference
    // takes any Authorization header or Cookie as a login; a portal checks its own tokens or session.
    if (this.contest.auth?.required && parts[0] === 'attempts' && !req.header('authorization') && !req.header('cookie')) {
      return fail(401, 'unauthorized', 'This contest needs a login: sign in on the portal first.');
    }
    switch (route) {
      case 'GET /contest':
        return { status: 200, body: this.contestDocument(), headers: { 'Cache-Control': 'public, max-age=60' } };
      case 'POST /attempts':
        return this.start(req);
      case 'PUT /attempts/:id/answers':
        return this.save(attemptId, req);
      case 'POST /attempts/:id/submission':
        return this.submit(attemptId, req);
      case 'GET /bank':
        return this.bank();
      case 'GET /leaderboard':
        return this.leaderboard(query);
      default:
        return fail(404, 'bad_request', `No route ${req.method} ${req.path}`);
    }
  }

  /**
   * Why a (non-practice) attempt cannot start now, if it cannot: the contest's window, then,
   * when the contest has rounds, the round's: between two rounds nothing is open.
   */
  private windowError(now: number): BackendResponse | undefined {
    if (now < Date.parse(this.contest.opensAt)) return fail(403, 'contest_not_open', 'The contest has not opened yet.');
    if (now >= Date.parse(this.contest.closesAt)) return fail(403, 'contest_closed', 'The contest is closed.');
    if (!this.contest.rounds.length) return undefined;
    const { current, next } = roundsAt(this.contest.rounds, now);
    if (current) return undefined;
    if (next) return fail(403, 'contest_not_open', `No round is open now; the next, ${next.name} (${next.id}), opens at ${next.opensAt}.`);
    return fail(403, 'contest_closed', 'The last round has closed.');
  }

  /** Server-side checks of the participant, beyond the schema. */
  private participantErrors(p: Participant): Record<string, string> {
    const fields: Record<string, string> = {};
    const today = new Date(this.options.now());
    for (const { name, required } of this.contest.registration.fields) {
      const key = ({ unit: 'unitId', district: 'districtId', commune: 'communeId' } as Record<string, string>)[name] ?? name;
      if (required && !(p as Record<string, unknown>)[key]) fields[key] = 'required';
    }
    if (p.fullName && validateName(p.fullName)) fields.fullName = 'invalid name';
    if (p.birthDate && validateBirthDate(p.birthDate, today)) fields.birthDate = 'invalid birth date';
    if (p.citizenId && validateCitizenId(p.citizenId)) fields.citizenId = 'invalid citizen id';
    if (p.phone && validatePhone(p.phone)) fields.phone = 'invalid mobile number';
    const units = this.contest.registration.units;
    if (p.unitId && !units.some((u) => u.id === p.unitId)) fields.unitId = 'unknown unit';
    // Districts and communes as the contest's local government has them; a 12-digit number when it asks for the thẻ căn cước.
    Object.assign(fields, placeAndIdentityErrors(this.contest.registration, p));
    return fields;
  }

  /**
   * The participant's attempts that count against the limit: never practice ones; with
   * `attempts.per: 'round'`, only those of `roundId` (a contest without rounds is one round).
   */
  private attemptsOf(participantKey: string, roundId: string | undefined): StoredAttempt[] {
    const perRound = this.contest.exam.attempts.per === 'round' && roundId !== undefined;
    return Object.values(this.state.attempts).filter(
      (a) => a.participantKey === participantKey && !a.attempt.practice && (!perRound || a.attempt.roundId === roundId),
    );
  }

  private start(req: BackendRequest): BackendResponse {
    const key = req.header('Idempotency-Key');
    const seen = key ? this.state.starts[key] : undefined;
    // A captcha token is single-use, so a retried start may carry a fresh one: it is not part of "the same body".
    const { captchaToken: _token, ...compared } = (req.body ?? {}) as Record<string, unknown>;
    if (seen) {
      // The same key and body: a retry, answered with the attempt already made. Another body: a misuse.
      if (seen.bodyHash !== stableHash(compared)) return fail(422, 'idempotency_mismatch', 'This key was used with a different body.');
      const earlier = this.state.attempts[seen.attemptId];
      // The key's attempt is gone only from a state restored incomplete (the demo's saved copy): nothing to replay.
      if (!earlier) return fail(500, 'internal', 'The attempt this key started is no longer stored.');
      return { status: 201, body: { serverTime: iso(this.options.now()), attempt: earlier.attempt } };
    }
    const parsed = StartAttemptRequest.safeParse(req.body);
    if (!parsed.success) {
      const fields = Object.fromEntries(parsed.error.issues.filter((i) => i.path[0] === 'participant' && i.path[1]).map((i) => [String(i.path[1]), i.message]));
      return Object.keys(fields).length
        ? fail(422, 'invalid_participant', 'Invalid participant.', { fields: asList(fields) })
        : fail(400, 'bad_request', z.prettifyError(parsed.error));
    }
    // A roundId in the request is not trusted: the attempt belongs to the round open now.
    const { participant, practice = false } = parsed.data;
    const now = this.options.now();
    const closed = this.windowError(now);
    if (closed && !practice) return closed;
    const roundId = roundsAt(this.contest.rounds, now).current?.id;
    const fields = this.participantErrors(participant);
    if (Object.keys(fields).length) return fail(422, 'invalid_participant', 'Invalid participant.', { fields: asList(fields) });

    const participantKey = participant.citizenId ?? participant.phone ?? participant.email ?? participant.fullName ?? 'anonymous';
    const { max } = this.contest.exam.attempts;
    const used = this.attemptsOf(participantKey, roundId).length;
    if (!practice && max !== null && used >= max) {
      return fail(403, 'attempts_exhausted', `All ${max} attempts${roundId && this.contest.exam.attempts.per === 'round' ? ` of round ${roundId}` : ''} used.`);
    }
    const practiced = Object.values(this.state.attempts).filter((a) => a.participantKey === participantKey && a.attempt.practice).length;
    const extra = this.options.extraTimeSeconds ?? 0;
    const picked = shuffle(this.options.bank, this.random).slice(0, this.contest.exam.questionCount);
    // Under ids of the attempt's own: the bank's ids (published with the answers, perhaps) say nothing here.
    const keys: Record<string, string[]> = {};
    const bankIds: NonNullable<StoredAttempt['bankIds']> = {};
    const questions = picked.map((q) => {
      const qid = this.opaqueId(12);
      const byBank = new Map(q.options.map((o) => [o.id, this.opaqueId(8)]));
      bankIds[qid] = { id: q.id, options: Object.fromEntries([...byBank].map(([bank, own]) => [own, bank])) };
      keys[qid] = (q.correctOptionIds ?? []).map((c) => byBank.get(c) ?? c);
      return { id: qid, text: q.text, kind: q.kind, options: shuffle(q.options, this.random).map((o) => ({ id: byBank.get(o.id)!, text: o.text })) };
    });
    const id = `att-${(++this.state.seq).toString(36)}-${Math.floor(this.random() * 1e9).toString(36)}`;
    const attempt: Attempt = {
      id,
      // A practice attempt is numbered among the participant's practice attempts and leaves the allowance as it was.
      number: practice ? practiced + 1 : used + 1,
      attemptsLeft: max === null ? null : Math.max(0, max - used - (practice ? 0 : 1)),
      practice,
      ...(roundId ? { roundId } : {}),
      startedAt: iso(now),
      deadline: iso(now + (this.contest.exam.timeLimitSeconds + extra) * 1000),
      ...(extra ? { extraTimeSeconds: extra } : {}),
      questions,
    };
    this.state.attempts[id] = {
      attempt,
      participantKey,
      unitId: participant.unitId,
      fullName: participant.fullName,
      birthDate: participant.birthDate,
      keys,
      bankIds,
      revision: 0,
    };
    if (key) this.state.starts[key] = { attemptId: id, bodyHash: stableHash(compared) };
    return { status: 201, body: { serverTime: iso(now), attempt } };
  }

  private save(id: string, req: BackendRequest): BackendResponse {
    const exam = this.contest.exam;
    if (!exam.autosave) return fail(404, 'bad_request', 'This contest has no autosave (exam.autosave is false).');
    const stored = this.state.attempts[id];
    if (!stored) return fail(404, 'attempt_not_found', 'No such attempt.');
    if (stored.submission) return fail(409, 'already_submitted', 'This attempt was submitted.');
    if (this.options.now() > Date.parse(stored.attempt.deadline) + exam.graceSeconds * 1000) {
      return fail(403, 'attempt_expired', 'The time for this attempt is over.');
    }
    const parsed = SaveAnswersRequest.safeParse(req.body);
    if (!parsed.success) return fail(400, 'bad_request', z.prettifyError(parsed.error));
    const { prediction } = parsed.data;
    if (prediction !== null && exam.prediction && (prediction < exam.prediction.min || prediction > exam.prediction.max)) {
      return fail(400, 'bad_request', `The prediction must be from ${exam.prediction.min} to ${exam.prediction.max}.`);
    }
    if (parsed.data.revision !== stored.revision) return fail(409, 'stale_revision', `Current revision is ${stored.revision}.`);
    stored.revision++;
    stored.saved = { answers: parsed.data.answers, prediction };
    return { status: 200, body: { serverTime: iso(this.options.now()), revision: stored.revision } };
  }

  private async submit(id: string, req: BackendRequest): Promise<BackendResponse> {
    const key = req.header('Idempotency-Key');
    if (!key) return fail(400, 'bad_request', 'Idempotency-Key header is required.');
    const stored = this.state.attempts[id];
    if (!stored) return fail(404, 'attempt_not_found', 'No such attempt.');
    const parsed = SubmissionRequest.safeParse(req.body);
    if (!parsed.success) return fail(400, 'bad_request', z.prettifyError(parsed.error));
    const bodyHash = stableHash(parsed.data);
    const done = stored.submission;
    if (done) {
      if (done.key !== key) return fail(409, 'already_submitted', 'This attempt was already submitted with another key.');
      if (done.bodyHash !== bodyHash) return fail(422, 'idempotency_mismatch', 'This key was used with a different body.');
      // A retry of the same submission: replay the stored result.
      return { status: 200, body: { serverTime: iso(this.options.now()), result: done.result }, headers: { 'Idempotent-Replayed': 'true' } };
    }
    if (this.inFlight.has(id)) {
      return { ...fail(409, 'idempotency_in_progress', 'This submission is being processed.', { retryAfterSeconds: 1 }), headers: { 'Retry-After': '1' } };
    }
    this.inFlight.add(id);
    try {
      // Yield once, as a real server would between receiving and committing.
      await Promise.resolve();
      let now = this.options.now();
      const { attempt } = stored;
      let { answers, prediction } = parsed.data;
      if (now > Date.parse(attempt.deadline) + this.contest.exam.graceSeconds * 1000) {
        // Too late, but answers autosaved in time are here (#13 F16: a frozen tab thawed past the
        // deadline): they count, as submitted at the deadline. Without any, the attempt expired.
        if (!stored.saved) return fail(403, 'attempt_expired', 'The time for this attempt is over.');
        ({ answers, prediction } = stored.saved);
        now = Date.parse(attempt.deadline);
      }
      const questions = [];
      for (const q of attempt.questions) {
        const correctOptionIds = stored.keys[q.id];
        // The key is made with the attempt, one entry a question; one missing is a state restored incomplete, not a mark of 0.
        if (!correctOptionIds) return fail(500, 'internal', `The answer key of this attempt has no entry for question "${q.id}".`);
        const explanation = this.options.bank.find((b) => b.id === (stored.bankIds?.[q.id]?.id ?? q.id))?.explanation;
        questions.push({ id: q.id, correctOptionIds, explanation });
      }
      const {
        result,
        score: points,
        maxScore,
      } = markAttempt({
        attempt: { ...attempt, startedAt: Date.parse(attempt.startedAt), deadline: Date.parse(attempt.deadline) },
        questions,
        answers,
        exam: this.contest.exam,
        now,
        instant: iso,
      });
      // Proof of participation for a contest attempt (receipts.ts); practice proves nothing.
      if (!attempt.practice) result.receipt = newReceipt(this.receipts);
      stored.submission = { key, bodyHash, result, prediction, score: points, maxScore };
      return { status: 201, body: { serverTime: iso(now), result } };
    } finally {
      this.inFlight.delete(id);
    }
  }

  private bank(): BackendResponse {
    if (!this.contest.features.bank) return fail(404, 'bad_request', 'This contest publishes no bank.');
    const publish = this.answersPublished();
    return {
      status: 200,
      body: {
        serverTime: iso(this.options.now()),
        answersPublished: publish,
        topics: [...new Set(this.options.bank.map((q) => q.topicId))].map((id) => this.options.topics?.find((t) => t.id === id) ?? { id, name: id }),
        questions: this.options.bank.map((q) => (publish ? q : { id: q.id, topicId: q.topicId, text: q.text, kind: q.kind, options: q.options })),
      },
    };
  }

  /**
   * One row per participant, for the attempt that counts (`exam.attempts.counting`), in the
   * contest's order: score, then the prediction closest to the actual number of participants
   * with a perfect score, then the shorter time, then the earlier submission. `?round=` limits
   * everything (the attempts, that number, the units, the totals) to the attempts of one round.
   */
  private leaderboard(query: URLSearchParams): BackendResponse {
    if (!this.contest.features.leaderboard) return fail(404, 'bad_request', 'This contest publishes no leaderboard.');
    const roundId = query.get('round') || undefined;
    if (roundId !== undefined && !this.contest.rounds.some((r) => r.id === roundId)) {
      const known = this.contest.rounds.map((r) => r.id).join(', ');
      return fail(404, 'bad_request', `No round "${roundId}" in this contest${known ? ` (its rounds: ${known})` : ' (it has no rounds)'}.`);
    }
    const submitted = Object.values(this.state.attempts).filter(
      (a) => a.submission && !a.attempt.practice && (roundId === undefined || a.attempt.roundId === roundId),
    );
    const perfect = new Set(submitted.filter((a) => a.submission!.score === a.submission!.maxScore).map((a) => a.participantKey)).size;
    const entry = (a: StoredAttempt): RankedEntry => ({
      score: a.submission!.score,
      predictionDistance: a.submission!.prediction === null ? null : Math.abs(a.submission!.prediction - perfect),
      durationSeconds: a.submission!.result.durationSeconds,
      submittedAt: Date.parse(a.submission!.result.submittedAt),
    });
    const { counting } = this.contest.exam.attempts;
    const counted = new Map<string, StoredAttempt>();
    const order = (a: StoredAttempt) => Date.parse(a.attempt.startedAt);
    for (const a of submitted) {
      const current = counted.get(a.participantKey);
      // First and last by start time: attempt numbers restart in each round when attempts are per round.
      // Best as the contest server has it: the prediction ranks participants, not one participant's attempts.
      const better =
        !current ||
        (counting === 'best' && compareEntries({ ...entry(a), predictionDistance: null }, { ...entry(current), predictionDistance: null }) < 0) ||
        (counting === 'first' && order(a) < order(current)) ||
        (counting === 'last' && order(a) > order(current));
      if (better) counted.set(a.participantKey, a);
    }
    const ranked = [...counted.values()].sort((x, y) => compareEntries(entry(x), entry(y)));
    const units = new Map<string, Set<string>>();
    for (const a of submitted) if (a.unitId) units.set(a.unitId, (units.get(a.unitId) ?? new Set()).add(a.participantKey));
    const unitName = (id: string) => this.contest.registration.units.find((u) => u.id === id)?.name ?? id;
    // Participants are told their result comes after the contest: nobody's score is public before then.
    const hidden = this.contest.exam.result === 'after-close' && this.options.now() < Date.parse(this.contest.closesAt);
    return {
      status: 200,
      body: {
        serverTime: iso(this.options.now()),
        ...(roundId === undefined ? {} : { roundId }),
        totalParticipants: counted.size,
        totalAttempts: submitted.length,
        individuals: (hidden ? [] : ranked.slice(0, LEADERBOARD_SIZE)).map((a, i) => {
          const e = entry(a);
          return {
            rank: i + 1,
            name: maskName(a.fullName ?? '—'),
            ...(a.unitId ? { unit: unitName(a.unitId) } : {}),
            score: e.score,
            maxScore: a.submission!.maxScore,
            durationSeconds: e.durationSeconds,
            ...(e.predictionDistance === null ? {} : { predictionDistance: e.predictionDistance }),
          };
        }),
        units: [...units]
          .map(([unitId, people]) => ({ unitId, name: unitName(unitId), participants: people.size }))
          .sort((a, b) => b.participants - a.participants || a.name.localeCompare(b.name, 'vi'))
          .map((u, i) => ({ rank: i + 1, ...u })),
      },
    };
  }
}

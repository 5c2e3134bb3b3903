/**
 * DỮ LIỆU MẪU — made-up submissions so the demo's leaderboard is not empty: participants with
 * Vietnamese names, from the contest's units (a few units far ahead of the rest, as in a real
 * contest), over the rounds already open at the backend's clock; scores mostly high, 3–20
 * minutes, predictions scattered around the actual number of perfect scores.
 *
 * They are written straight into the backend's state in the shape of a real, graded
 * submission, so the leaderboard ranks them like any other; each is marked `sample: true`
 * (and its participant key starts with `mau-`, which no citizen id, phone or email can), so
 * the demo can leave them out of what it persists and nobody can mistake them for real data.
 * The same seed, contest, bank and moment (`asOf`) give the same submissions.
 */
import { score } from '../../src/contract/grading.ts';
import type { Attempt, AttemptResult } from '../../src/contract/schemas.ts';
import type { ReferenceBackend, StoredAttempt } from './backend.ts';
import { shuffle } from '../../src/core/shuffle.ts';
import { makeFullName } from './data/names.ts';
import { seeded, swap } from './random.ts';

export interface SeedOptions {
  /** How many submitted attempts to add (fewer when the contest has not been open long enough). */
  count: number;
  /** Seed of the pseudo-random choices: the same seed gives the same submissions. */
  seed?: number;
  /** The moment the submissions are made up to, epoch ms; default the backend's clock now. */
  asOf?: number;
}

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

/** Adds up to `count` sample submissions to `backend.state`; returns how many it added. */
export function seedSubmissions(backend: ReferenceBackend, { count, seed = 1, asOf }: SeedOptions): number {
  const { contest, bank } = backend.options;
  const now = asOf ?? backend.options.now();
  const { exam } = contest;
  const random = seeded(seed);
  /** An index into `weights`, drawn in proportion to them. */
  const weighted = (weights: readonly number[]) => {
    let r = random() * weights.reduce((a, b) => a + b, 0);
    const i = weights.findIndex((w) => (r -= w) < 0);
    return i < 0 ? weights.length - 1 : i;
  };

  // Where submissions can fall: each round open so far, up to now (or the whole contest so far).
  const end = (closesAt: string) => Math.min(Date.parse(closesAt), Date.parse(contest.closesAt), now);
  const windows = (
    contest.rounds.length
      ? contest.rounds.map((r) => ({ roundId: r.id, from: Date.parse(r.opensAt), to: end(r.closesAt) }))
      : [{ roundId: undefined, from: Date.parse(contest.opensAt), to: end(contest.closesAt) }]
  ).filter((w) => w.to - w.from >= 60 * MINUTE);
  const questionCount = Math.min(exam.questionCount, bank.length);
  if (!windows.length || !questionCount || count <= 0) return 0;

  // Units: a seeded order, then weights 1, 1/2, 1/3…: the first few clearly lead.
  const units = shuffle(contest.registration.units, random);
  const unitWeights = units.map((_, i) => 1 / (i + 1));

  const timeLimit = exam.timeLimitSeconds;
  const minSeconds = Math.min(180, Math.round(timeLimit / 4));
  const maxSeconds = Math.min(1200, timeLimit);
  const max = exam.attempts.max ?? 3;
  const perRound = exam.attempts.per === 'round';
  /** Hours (UTC+7) when few people take a contest: a draw there is drawn again once. */
  const night = (t: number) => (new Date(t).getUTCHours() + 7) % 24 < 6;

  interface Draft {
    stored: StoredAttempt;
    predictionFactor: number;
  }
  const drafts: Draft[] = [];
  for (let n = 0; drafts.length < count && n < count * 4; n++) {
    const participantKey = `mau-${seed}-${n}`;
    const fullName = makeFullName(random);
    const unitId = units.length ? units[weighted(unitWeights)]?.id : undefined;
    /** 0 = answers everything right, 1 = often misses a few. */
    const skill = random();
    /** How far this participant's guess is from the truth: log-normal around 1. */
    const guess = Math.exp((random() + random() + random() - 1.5) * 1.2);
    // A first round (the longer it has run, the likelier), sometimes others too.
    const first = weighted(windows.map((w) => w.to - w.from));
    const joined = windows.filter((_, i) => i === first || random() < 0.3);
    let usedInContest = 0;
    for (const w of joined) {
      const allowed = perRound ? max : max - usedInContest;
      const wanted = Math.min(allowed, 1 + weighted([60, 25, 15]), count - drafts.length);
      // The submission times of this participant's attempts in this round, in order.
      const times = Array.from({ length: wanted }, () => {
        let t = w.from + random() * (w.to - w.from);
        if (night(t)) t = w.from + random() * (w.to - w.from);
        return t;
      }).sort((a, b) => a - b);
      let previous = w.from;
      let number = 0;
      for (const t of times) {
        const durationSeconds = Math.round(minSeconds + random() ** 1.3 * (maxSeconds - minSeconds));
        const startedAt = Math.max(previous + MINUTE, Math.round(t) - durationSeconds * 1000);
        const submittedAt = startedAt + durationSeconds * 1000;
        if (submittedAt > w.to) break;
        previous = submittedAt;
        number++;
        usedInContest++;
        const n0 = perRound ? number : usedInContest;
        // Mostly none or a few wrong; never more than 60 % (nobody sits a public-bank contest blind).
        const wrong = Math.min(Math.floor(questionCount * 0.6), Math.floor(-Math.log(1 - random()) * (0.5 + 4 * skill)));
        const id = `att-mau-${seed}-${drafts.length.toString(36)}`;
        // The questions drawn for this attempt, as the backend would (without shuffling options).
        const pool = [...bank];
        for (let i = 0; i < questionCount; i++) swap(pool, i, i + Math.floor(random() * (pool.length - i)));
        const picked = pool.slice(0, questionCount);
        const keys = Object.fromEntries(picked.map((q) => [q.id, [...(q.correctOptionIds ?? [])]]));
        const attempt: Attempt = {
          id,
          number: n0,
          attemptsLeft: exam.attempts.max === null ? null : Math.max(0, max - n0),
          practice: false,
          ...(w.roundId ? { roundId: w.roundId } : {}),
          startedAt: iso(startedAt),
          deadline: iso(startedAt + timeLimit * 1000),
          questions: picked.map((q) => ({ id: q.id, text: q.text, kind: q.kind, options: q.options })),
        };
        const graded = { correctCount: questionCount - wrong, questionCount };
        const base = { attemptId: id, number: n0, attemptsLeft: attempt.attemptsLeft, submittedAt: iso(submittedAt), durationSeconds };
        const maxScore = exam.questionCount;
        const result: AttemptResult =
          exam.result === 'after-close'
            ? { ...base, status: 'announced-later' }
            : { ...base, status: 'graded', ...graded, score: score(graded, maxScore), maxScore };
        drafts.push({
          predictionFactor: guess * (0.9 + random() * 0.2),
          stored: {
            attempt,
            participantKey,
            ...(unitId ? { unitId } : {}),
            fullName,
            keys,
            revision: 0,
            sample: true,
            submission: { key: `mau-${id}`, bodyHash: '', result, prediction: null, score: score(graded, maxScore), maxScore },
          },
        });
      }
    }
  }

  // Predictions around the number of participants with a perfect score among these submissions.
  const perfect = new Set(drafts.filter((d) => d.stored.submission!.score === d.stored.submission!.maxScore).map((d) => d.stored.participantKey)).size;
  for (const d of drafts) {
    if (!exam.prediction) continue;
    let p = Math.round(perfect * d.predictionFactor);
    // Many people guess a round number.
    if (random() < 0.3) p = Math.round(p / 10) * 10;
    d.stored.submission!.prediction = Math.min(exam.prediction.max, Math.max(exam.prediction.min, p));
  }
  for (const d of drafts) backend.state.attempts[d.stored.attempt.id] = d.stored;
  return drafts.length;
}

/** The state without the sample submissions: what the demo persists across reloads. */
export function withoutSamples<S extends { attempts: Record<string, StoredAttempt> }>(state: S): S {
  return { ...state, attempts: Object.fromEntries(Object.entries(state.attempts).filter(([, a]) => !a.sample)) };
}

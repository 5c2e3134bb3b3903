/**
 * `GET /leaderboard`: computed from `standings` and the counters (never from the attempts),
 * stored in `leaderboard_cache`, and refreshed in the background by one process at a time
 * when it is older than `maxAgeSeconds`. A request reads one row (or this process's copy of
 * it, for up to a second); `asOf` says when the ranking was computed.
 */
import { maskName } from '../../src/contract/grading.ts';
import type { LeaderboardResponse } from '../../src/contract/schemas.ts';
import { onlyRow, type Db, type Queryable } from './db.ts';
import type { ContestDefinition } from './definition.ts';
import { vnIso } from './definition.ts';
import { ContractError, type CallResult } from './http-result.ts';
import { publicText } from './text.ts';

/** How many individuals a leaderboard lists. */
export const LEADERBOARD_SIZE = 20;

type Body = Omit<LeaderboardResponse, 'serverTime'>;

interface Cached {
  body: Body;
  computedAt: number;
  /** When this process read it (epoch ms of this process's clock). */
  readAt: number;
}

export interface LeaderboardOptions {
  db: Db;
  definition: ContestDefinition;
  /** A ranking older than this is recomputed in the background. */
  maxAgeSeconds: number;
}

/** The standings' order, as `compareEntries` in src/contract/grading.ts (a test holds them to each other). */
export const RANKING_ORDER = 's.score desc, abs(s.prediction - $3::bigint) asc nulls last, s.duration_seconds asc, s.submitted_at asc';

export class Leaderboards {
  private readonly memory = new Map<string, Cached>();
  private readonly refreshing = new Map<string, Promise<void>>();
  private readonly unitNames: Map<string, string>;

  constructor(private readonly options: LeaderboardOptions) {
    this.unitNames = new Map(options.definition.contest.registration.units.map((u) => [u.id, u.name]));
  }

  private get contest() {
    return this.options.definition.contest;
  }

  async get(roundId: string | undefined): Promise<CallResult> {
    const contest = this.contest;
    if (!contest.features.leaderboard) throw new ContractError(404, 'bad_request', 'This contest publishes no leaderboard.');
    if (roundId !== undefined && !contest.rounds.some((r) => r.id === roundId)) {
      const known = contest.rounds.map((r) => r.id).join(', ');
      throw new ContractError(404, 'bad_request', `No round "${roundId}" in this contest${known ? ` (its rounds: ${known})` : ' (it has no rounds)'}.`);
    }
    const key = roundId ?? '*';
    let cached = this.memory.get(key);
    if (!cached || Date.now() - cached.readAt > 1000) {
      cached = (await this.read(key)) ?? (await this.refresh(key, true), await this.read(key));
      if (!cached) throw new Error('The leaderboard could not be computed.');
      this.memory.set(key, cached);
    }
    if (Date.now() - cached.computedAt > this.options.maxAgeSeconds * 1000) void this.refreshInBackground(key);
    const now = Date.now();
    return {
      status: 200,
      body: { serverTime: vnIso(now), ...cached.body, asOf: vnIso(cached.computedAt) },
      headers: { 'Cache-Control': `public, max-age=${Math.min(5, this.options.maxAgeSeconds)}` },
    };
  }

  private async read(key: string): Promise<Cached | undefined> {
    const { rows } = await this.options.db.query<{ body: Body; computed_ms: number }>(
      'select body, (extract(epoch from computed_at) * 1000)::float8 as computed_ms from leaderboard_cache where contest_id = $1 and round_key = $2',
      [this.contest.id, key],
    );
    return rows[0] ? { body: rows[0].body, computedAt: rows[0].computed_ms, readAt: Date.now() } : undefined;
  }

  private refreshInBackground(key: string): Promise<void> {
    let running = this.refreshing.get(key);
    if (!running) {
      running = this.refresh(key, false)
        .catch(() => {
          /* the next request tries again; the stale ranking is still served */
        })
        .finally(() => this.refreshing.delete(key));
      this.refreshing.set(key, running);
    }
    return running;
  }

  /**
   * Recomputes one leaderboard. Only one process computes a given board at a time (an
   * advisory lock); another that finds it taken leaves it, unless it has nothing to serve
   * (`wait`), in which case it waits for the lock.
   */
  async refresh(key: string, wait: boolean): Promise<void> {
    const { db } = this.options;
    await db.transaction(async (tx) => {
      const name = `leaderboard:${this.contest.id}:${key}`;
      if (wait) {
        await tx.query('select pg_advisory_xact_lock(hashtext($1))', [name]);
        // Someone else may have computed it while we waited.
        const { rows: fresh } = await tx.query('select 1 from leaderboard_cache where contest_id = $1 and round_key = $2', [this.contest.id, key]);
        if (fresh.length) return;
      } else {
        const { locked } = onlyRow(
          await tx.query<{ locked: boolean }>('select pg_try_advisory_xact_lock(hashtext($1)) as locked', [name]),
          'the leaderboard lock',
        );
        if (!locked) return;
      }
      const body = await this.compute(tx, key);
      await tx.query(
        `insert into leaderboard_cache (contest_id, round_key, body, computed_at) values ($1, $2, $3, now())
         on conflict (contest_id, round_key) do update set body = excluded.body, computed_at = excluded.computed_at`,
        [this.contest.id, key, JSON.stringify(body)],
      );
    });
    this.memory.delete(key);
  }

  private async compute(tx: Queryable, key: string): Promise<Body> {
    const contestId = this.contest.id;
    const { attempts, participants, perfect } = onlyRow(
      await tx.query<{ attempts: number; participants: number; perfect: number }>(
        `select coalesce(sum(attempts), 0)::int as attempts, coalesce(sum(participants), 0)::int as participants, coalesce(sum(perfect), 0)::int as perfect
       from round_counters where contest_id = $1 and round_key = $2`,
        [contestId, key],
      ),
      'the round totals',
    );
    // Participants are told their result comes after the contest: nobody's score is public before then.
    const hidden = this.contest.exam.result === 'after-close' && Date.now() < Date.parse(this.contest.closesAt);
    const individuals: Body['individuals'] = [];
    if (!hidden) {
      // Only the rows that can be in the top: those scoring at least the LEADERBOARD_SIZE-th best score (an index range).
      const { rows: cut } = await tx.query<{ score: number }>(
        'select score from standings s where contest_id = $1 and round_key = $2 order by score desc offset $3 limit 1',
        [contestId, key, LEADERBOARD_SIZE - 1],
      );
      const { rows } = await tx.query<{
        score: number;
        max_score: number;
        prediction: number | null;
        duration_seconds: number;
        unit_id: string | null;
        full_name: string | null;
      }>(
        `select s.score, s.max_score, s.prediction, s.duration_seconds, s.unit_id, p.full_name
         from standings s join participants p on p.id = s.participant_id
         where s.contest_id = $1 and s.round_key = $2 and s.score >= $4
         order by ${RANKING_ORDER}
         limit ${LEADERBOARD_SIZE}`,
        [contestId, key, perfect, cut[0]?.score ?? 0],
      );
      rows.forEach((r, i) => {
        const unit = r.unit_id ? this.unitNames.get(r.unit_id) : undefined;
        individuals.push({
          rank: i + 1,
          name: r.full_name ? publicText(maskName(publicText(r.full_name)), 120) || '—' : '—',
          ...(unit ? { unit } : {}),
          score: Number(r.score),
          maxScore: Number(r.max_score),
          durationSeconds: r.duration_seconds,
          ...(r.prediction === null ? {} : { predictionDistance: Math.abs(Number(r.prediction) - perfect) }),
        });
      });
    }
    const { rows: units } = await tx.query<{ unit_id: string; participants: number }>(
      `select unit_id, sum(participants)::int as participants from unit_counters
       where contest_id = $1 and round_key = $2 group by unit_id having sum(participants) > 0`,
      [contestId, key],
    );
    return {
      ...(key === '*' ? {} : { roundId: key }),
      totalParticipants: participants,
      totalAttempts: attempts,
      individuals,
      // By participation rate where the definition gives the unit's staff count (the collective
      // prize's order, as results.ts ranks it), then the others by head count.
      units: units
        .map((u) => {
          const staff = this.options.definition.unitStaff?.[u.unit_id];
          return {
            unitId: u.unit_id,
            name: this.unitNames.get(u.unit_id) ?? u.unit_id,
            participants: u.participants,
            ...(staff ? { rate: u.participants / staff } : {}),
          };
        })
        .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.participants - a.participants || a.name.localeCompare(b.name, 'vi'))
        .map((u, i) => ({ rank: i + 1, ...u })),
    };
  }
}

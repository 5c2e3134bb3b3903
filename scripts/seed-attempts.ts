/**
 * Fills a contest server's PostgreSQL database with a real contest's volume of submitted
 * attempts, to measure what must stay cheap at that size (the leaderboard). Written in SQL
 * with generate_series, so 1.8 million attempts take a minute, not hours of HTTP.
 *
 *   DATABASE_URL=postgres://… npx tsx scripts/seed-attempts.ts --attempts 1800000
 *
 * The rows are shaped as the server writes them (participants, attempts, submissions,
 * standings per round and for the contest, perfect scores, counters), for the sample contest
 * (its id, rounds and units): a third as many participants as attempts, each attempt in one
 * of the four rounds, scores skewed high as in a real contest (many perfect scores, which is
 * what the prediction question is about). The server's migrations must have run (start it once).
 */
import pg from 'pg';
import { sampleDefinition } from '../server/src/definition.ts';

/** `--name N` from a command line: a positive whole number, or `fallback` when absent (the benchmarks' options). */
export function positiveArg(argv: readonly string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  const v = at >= 0 ? Number(argv[at + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name}: expected a positive whole number`);
  return v;
}

export interface SeedOptions {
  databaseUrl: string;
  attempts: number;
  log?: (line: string) => void;
}

export async function seedAttempts({ databaseUrl, attempts, log = console.log }: SeedOptions): Promise<{ participants: number; seconds: number }> {
  const def = await sampleDefinition();
  const contestId = def.contest.id;
  const rounds = def.contest.rounds.map((r) => r.id);
  const units = def.contest.registration.units.map((u) => u.id);
  const participants = Math.max(1, Math.ceil(attempts / 3));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const t0 = performance.now();
  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    const r = await client.query(sql, params);
    log(`  ${what}: ${r.rowCount ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  try {
    await client.query('begin');
    const { rows } = await client.query<{ base: number }>('select coalesce(max(id), 0)::bigint as base from participants');
    // An aggregate answers one row; none would mean no participants yet, as coalesce says.
    const base = Number(rows[0]?.base ?? 0);
    await step(
      'participants',
      `insert into participants (contest_id, key_hash, full_name, unit_id)
       select $1, 'seed-' || ($4::bigint + g), 'Người Dự Thi ' || g, ($2::text[])[1 + g % array_length($2::text[], 1)]
       from generate_series(1, $3::int) g`,
      [contestId, units, participants, base],
    );
    // Attempt g belongs to participant (g - 1) % P + 1 and to round (g - 1) / P (its 1st, 2nd, 3rd … attempt).
    await step(
      'attempts',
      `insert into attempts (id, contest_id, participant_id, round_id, round_key, unit_id, practice, number, attempts_left,
         started_at, deadline, questions, answer_key)
       select 'seed-' || ($6::bigint + g), $1, $6::bigint + ((g - 1) % $3) + 1, r.id, r.id, p.unit_id, false, 1, 2,
         $5::timestamptz + ((g::bigint * 7919) % 2592000) * interval '1 second',
         $5::timestamptz + ((g::bigint * 7919) % 2592000) * interval '1 second' + interval '20 minutes', '[]', '{}'
       from generate_series(1, $4::int) g
       cross join lateral (select ($2::text[])[1 + ((g - 1) / $3) % array_length($2::text[], 1)] as id) r
       join participants p on p.id = $6::bigint + ((g - 1) % $3) + 1`,
      [contestId, rounds, participants, attempts, def.contest.opensAt, base],
    );
    await step(
      'submissions',
      `insert into submissions (attempt_id, idempotency_key, request_hash, answers, prediction, correct_count, question_count,
         score, max_score, duration_seconds, submitted_at, result)
       select a.id, 'seed', 'seed', '[]', case when s.v % 10 = 0 then null else (s.v::bigint * 37) % 200000 end, s.score, 20, s.score, 20,
         60 + s.v % 1140, a.started_at + (60 + s.v % 1140) * interval '1 second', '{}'
       from attempts a
       cross join lateral (select hashtext(a.id) & 2147483647 as v) h
       cross join lateral (select h.v as v, least(20, 10 + (h.v % 13)) as score) s
       where a.id like 'seed-%' and not exists (select 1 from submissions x where x.attempt_id = a.id)`,
    );
    const standings = (roundKey: string, partition: string) => `
      insert into standings (contest_id, round_key, participant_id, attempt_id, unit_id, score, max_score, prediction,
        duration_seconds, started_at, submitted_at)
      select distinct on (a.participant_id${partition}) a.contest_id, ${roundKey}, a.participant_id, a.id, a.unit_id, s.score, s.max_score,
        s.prediction, s.duration_seconds, a.started_at, s.submitted_at
      from attempts a join submissions s on s.attempt_id = a.id
      where a.id like 'seed-%'
      order by a.participant_id${partition}, s.score desc, s.duration_seconds, s.submitted_at
      on conflict do nothing`;
    await step('standings per round', standings('a.round_id', ', a.round_id'));
    await step('standings for the contest', standings(`'*'`, ''));
    await step(
      'perfect scores',
      `insert into perfect_scores (contest_id, round_key, participant_id)
       select contest_id, round_key, participant_id from standings where contest_id = $1 and score >= max_score on conflict do nothing`,
      [contestId],
    );
    await client.query('delete from round_counters where contest_id = $1', [contestId]);
    await step(
      'round counters',
      `insert into round_counters (contest_id, round_key, slot, attempts, participants, perfect)
       select $1, k.round_key, 0,
         (select count(*) from attempts a join submissions s on s.attempt_id = a.id where a.contest_id = $1 and not a.practice and (k.round_key = '*' or a.round_id = k.round_key)),
         (select count(*) from standings st where st.contest_id = $1 and st.round_key = k.round_key),
         (select count(*) from perfect_scores ps where ps.contest_id = $1 and ps.round_key = k.round_key)
       from (select distinct round_key from standings where contest_id = $1) k`,
      [contestId],
    );
    await client.query('delete from unit_counters where contest_id = $1', [contestId]);
    await step(
      'unit counters',
      `insert into unit_counters (contest_id, round_key, unit_id, slot, participants, attempts)
       select $1, round_key, unit_id, 0, count(*), count(*) from standings where contest_id = $1 and unit_id is not null group by round_key, unit_id`,
      [contestId],
    );
    await client.query('delete from leaderboard_cache where contest_id = $1', [contestId]);
    await client.query('commit');
    await client.query('analyze');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
  return { participants, seconds: (performance.now() - t0) / 1000 };
}

const invokedDirectly = process.argv[1]?.endsWith('seed-attempts.ts');
if (invokedDirectly) {
  const at = process.argv.indexOf('--attempts');
  const attempts = at >= 0 ? Number(process.argv[at + 1]) : 1_800_000;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !Number.isInteger(attempts) || attempts < 1) {
    console.error('Usage: DATABASE_URL=postgres://… npx tsx scripts/seed-attempts.ts [--attempts 1800000]');
    process.exit(2);
  }
  const { participants, seconds } = await seedAttempts({ databaseUrl, attempts });
  console.log(`seeded ${attempts} submitted attempts of ${participants} participants in ${seconds.toFixed(0)} s`);
}

/**
 * The organisers' figures at a real contest's size: a throwaway PostgreSQL, the migrations,
 * N submitted attempts seeded (scripts/seed-attempts.ts), then `ranking`, `participation` and
 * `overview` of server/src/results.ts timed, each run a few times (the first run reads cold
 * pages; the median is printed with the first). Prints the figures; not a test.
 *
 *   npx tsx scripts/bench-results.ts                      # 1,800,000 attempts
 *   npx tsx scripts/bench-results.ts --attempts 200000 --runs 5
 *   DATABASE_URL=postgres://… npx tsx scripts/bench-results.ts --no-seed   # an existing, seeded database
 *   … --wide                # pad the seeded rows to a real attempt's width (answer key, answers)
 *   … --without-indexes     # drop the covering indexes of migration 002 first, to compare
 *   … --explain             # also EXPLAIN ANALYZE the join behind participation and the overview
 *
 * The seed writes narrow rows ('{}' for the answer key, '[]' for the answers), about a tenth
 * of the width the server writes (an attempt's answer key is ~1.4 KB inline, a submission's
 * answers ~1.5 KB; the questions, ~5 KB, are TOASTed out of line): `--wide` rewrites them with
 * random content of about that size, so that scans of the tables' heaps cost what they would.
 */
import { openPostgres } from '../server/src/db.ts';
import { sampleDefinition } from '../server/src/definition.ts';
import { migrate } from '../server/src/migrate.ts';
import { overview, participation, ranking, type Ranking } from '../server/src/results.ts';
import { participationXlsx, resultsCsv, resultsXlsx } from '../server/src/results-sheet.ts';
import { must } from '../test/helpers/must.ts';
import { startPgTemp, type PgTemp } from './pg-temp.ts';
import { positiveArg, seedAttempts } from './seed-attempts.ts';

const arg = (name: string, fallback: number) => positiveArg(process.argv, name, fallback);
const attempts = arg('--attempts', 1_800_000);
const runs = arg('--runs', 3);
const seed = !process.argv.includes('--no-seed');
const explain = process.argv.includes('--explain');
const wide = process.argv.includes('--wide');
const withoutIndexes = process.argv.includes('--without-indexes');

let pgTemp: PgTemp | undefined;
const url = process.env.DATABASE_URL || (pgTemp = await startPgTemp({ database: 'results', fsync: false })).url;
const db = await openPostgres({ url, poolSize: 4 });
try {
  await migrate(db);
  if (seed) {
    console.log(`seeding ${attempts.toLocaleString('en')} submitted attempts …`);
    const seeded = await seedAttempts({ databaseUrl: url, attempts, log: () => {} });
    console.log(`seeded in ${seeded.seconds.toFixed(0)} s (${seeded.participants.toLocaleString('en')} participants)`);
    if (wide) {
      const t = performance.now();
      // md5 text barely compresses, as the opaque ids of a real answer key do not; 5 entries of
      // this make about the 1.4 KB a real 20-question key takes (8 were over 2 KB and went out of line).
      await db.exec(`update attempts set answer_key = (
          select jsonb_object_agg(md5(id || i), jsonb_build_object('bankId', 'q' || i, 'correct', jsonb_build_array(md5(i || id)),
            'options', jsonb_build_object(md5(id || i || 'a'), 'a', md5(id || i || 'b'), 'b', md5(id || i || 'c'), 'c')))
          from generate_series(1, 5) i)`);
      await db.exec(`update submissions set answers = (
          select jsonb_agg(jsonb_build_object('questionId', md5(attempt_id || i), 'optionIds', jsonb_build_array(md5(i || attempt_id))))
          from generate_series(1, 20) i)`);
      await db.exec('vacuum full attempts');
      await db.exec('vacuum full submissions');
      console.log(`rows widened in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    }
    // What autovacuum would do soon after a bulk load: the visibility map lets the scans read indexes only.
    await db.exec('vacuum analyze');
  }
  if (withoutIndexes) await db.exec('drop index if exists attempts_counted; drop index if exists submissions_counted');
  const def = await sampleDefinition();
  const sizes = await db.query<{ name: string; size: string }>(
    `select c.relname as name, pg_size_pretty(pg_relation_size(c.oid)) as size from pg_class c
     where c.relname in ('attempts', 'submissions', 'standings', 'attempts_counted', 'submissions_counted', 'standings_results') order by c.relname`,
  );
  console.log(sizes.rows.map((r) => `${r.name} ${r.size}`).join(', '));
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from submissions');
  console.log(
    `${must(rows[0], 'row of count(*)').n.toLocaleString('en')} submissions stored; PostgreSQL ${must((await db.query<{ server_version: string }>('show server_version')).rows[0], 'row of show server_version').server_version}`,
  );

  const time = async (label: string, fn: () => Promise<unknown>) => {
    const ms: number[] = [];
    let out: unknown;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      out = await fn();
      ms.push(performance.now() - t);
    }
    const sorted = [...ms].sort((a, b) => a - b);
    // --runs is at least 1 (positiveArg), so there is a first run and a median; NaN would say there was none.
    const first = ms[0] ?? NaN;
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    console.log(`${label.padEnd(44)} first ${first.toFixed(0).padStart(6)} ms, median ${median.toFixed(0).padStart(6)} ms`);
    return out;
  };
  await time("ranking('*', { limit: 100 })", () => ranking(db, def, '*', { limit: 100 }));
  await time("ranking('dot-1', { limit: 100 })", () => ranking(db, def, 'dot-1', { limit: 100 }));
  const all = (await time("ranking('dot-1') (every participant)", () => ranking(db, def, 'dot-1'))) as Ranking;
  console.log(`  (${all.rows.length.toLocaleString('en')} rows)`);
  await time(`resultsXlsx of those ${all.rows.length.toLocaleString('en')} rows`, () => resultsXlsx(all, def));
  await time(`resultsCsv of those ${all.rows.length.toLocaleString('en')} rows`, () => Promise.resolve(resultsCsv(all, def)));
  await time("participation('*')", () => participation(db, def, '*'));
  await time("participation('dot-1')", () => participation(db, def, 'dot-1'));
  const figures = await participation(db, def, '*');
  await time("participationXlsx('*')", () => participationXlsx(figures, def));
  await time('overview()', () => overview(db, def));
  if (explain) {
    // The statement behind participation('*') and the overview, with the settings results.ts gives it.
    const plan = await db.transaction(async (tx) => {
      await tx.query("set local work_mem = '192MB'");
      await tx.query('set local jit = off');
      const { rows } = await tx.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) select a.unit_id, a.round_id, ((s.submitted_at at time zone 'UTC') + interval '7 hours')::date as day, s.score,
           max(s.max_score), count(*)
         from attempts a join submissions s on s.attempt_id = a.id
         where a.contest_id = $1 and not a.practice group by 1, 2, 3, 4`,
        [def.contest.id],
      );
      return rows;
    });
    console.log(plan.map((p) => p['QUERY PLAN']).join('\n'));
  }
} finally {
  await db.close();
  await pgTemp?.stop();
}

/**
 * The leaderboard at a real contest's size: a throwaway PostgreSQL, the contest server on it,
 * 1.8 million submitted attempts seeded (scripts/seed-attempts.ts), then `GET /leaderboard`
 * (the whole contest and each round) measured over HTTP. Prints the figures; not a test.
 *
 *   npm run bench:leaderboard                    # 1,800,000 attempts, 4,000 requests at concurrency 20
 *   npm run bench:leaderboard -- --attempts 200000 --requests 2000
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'undici';
import { nth } from '../test/helpers/must.ts';
import { startPgTemp } from './pg-temp.ts';
import { positiveArg, seedAttempts } from './seed-attempts.ts';

const arg = (name: string, fallback: number) => positiveArg(process.argv, name, fallback);
const attempts = arg('--attempts', 1_800_000);
const requests = arg('--requests', 4000);
const concurrency = arg('--concurrency', 20);

/** Percentile `p` of `sorted`; NaN when there is no sample. */
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function startServer(databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'server', 'src', 'main.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      SERVER_SECRET: 'bench',
      LEADERBOARD_MAX_AGE_SECONDS: '10',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const endpoint = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const endpoint = /^endpoint (\S+)$/m.exec(out)?.[1];
      if (endpoint) ok(endpoint);
    });
    child.once('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
  return { endpoint, stop: () => new Promise((ok) => (child.once('exit', ok), child.kill('SIGTERM'))) };
}

const pgTemp = await startPgTemp({ database: 'leaderboard' });
let server: Awaited<ReturnType<typeof startServer>> | undefined;
try {
  // Start once to run the migrations, then seed while it waits.
  server = await startServer(pgTemp.url);
  console.log(`seeding ${attempts.toLocaleString('en')} submitted attempts …`);
  const seeded = await seedAttempts({ databaseUrl: pgTemp.url, attempts });
  console.log(`seeded in ${seeded.seconds.toFixed(0)} s (${seeded.participants.toLocaleString('en')} participants)`);

  const url = new URL(server.endpoint);
  const pool = new Pool(url.origin, { connections: concurrency, pipelining: 1 });
  const get = async (path: string) => {
    const t = performance.now();
    const res = await pool.request({ path: `${url.pathname}${path}`, method: 'GET' });
    const body = (await res.body.json()) as { asOf?: string; totalAttempts?: number };
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${JSON.stringify(body)}`);
    return { ms: performance.now() - t, body };
  };
  const paths = ['/leaderboard', '/leaderboard?round=dot-1', '/leaderboard?round=dot-2', '/leaderboard?round=dot-3'];
  // The first request of each board computes it (nothing cached yet): the cost of one refresh.
  for (const path of paths) {
    const first = await get(path);
    console.log(`first ${path}: ${first.ms.toFixed(0)} ms (computed; totalAttempts ${first.body.totalAttempts?.toLocaleString('en')})`);
  }
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const i = next++;
        times.push((await get(nth(paths, i % paths.length, 'path'))).ms);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  console.log(
    `GET /leaderboard with ${attempts.toLocaleString('en')} attempts stored: ${requests} requests at concurrency ${concurrency} in ${seconds.toFixed(1)} s ` +
      `(${(requests / seconds).toFixed(0)}/s): p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms, max ${(times.at(-1) ?? NaN).toFixed(1)} ms`,
  );
  await pool.close();
} finally {
  await server?.stop();
  await pgTemp.stop();
}

/**
 * `kill -9` loses nothing the server answered 2xx to, on each database. Eight participants'
 * loops (start → submit, each with an Idempotency-Key, retried with the same key and body
 * until answered) run while the server is killed twice at a random moment, with submissions
 * in flight, and restarted on the same port and database. Afterwards every accepted
 * submission replays with its result, no attempt has a second accepted submission, and the
 * database holds exactly what was answered: one submission per answered attempt under its
 * key, no attempt nobody was told of, counters that agree with the submissions.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomInt } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { openDb } from '../src/db.ts';
import { answersFor, databaseKinds, freshSettings, participant, removeDir, startServer, type Reply, type RunningServer } from './harness.ts';
import { nth } from './must.ts';

const folders: string[] = [];
after(() => folders.forEach(removeDir));

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const LOOPS = 8;
/** At most this many participants in all: the stream is bounded. */
const MAX_PARTICIPANTS = 400;

/** A fresh, empty database of a kind (harness.ts copies a migrated PGlite folder). */
const fresh = freshSettings;

/** One request; a network failure (the server killed, not yet back) is thrown. */
async function send(origin: string, method: string, path: string, body: unknown, key: string): Promise<Reply> {
  const res = await fetch(`${origin}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* kept as text */
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

interface Accepted {
  attemptId: string;
  key: string;
  body: unknown;
  /** The first answer: 201, or 200 when the first try was committed but its answer lost with the process. */
  status: number;
  result: unknown;
}

for (const kind of databaseKinds()) {
  describe(`on ${kind}`, () => {
    let server: RunningServer | undefined;
    after(() => server?.kill('SIGKILL'));

    it('kill -9 twice during a stream of submissions: everything answered 2xx survives, nothing is accepted twice', async () => {
      const settings = await fresh(kind);
      server = await startServer(settings);
      const endpoint = server.endpoint;
      const prefix = new URL(endpoint).pathname;
      const origin = server.origin;

      const accepted: Accepted[] = [];
      /** Every attempt a loop was told of (its start answered 201). */
      const attemptIds = new Set<string>();
      const anomalies: string[] = [];
      let submissionsInFlight = 0;
      let startsInFlight = 0;
      let participants = 0;
      let stopping = false;
      let retries = 0;

      /** Sends until the server answers with one of `done` (network failures, 5xx and 409 in progress: the same request again). */
      async function untilAnswered(what: string, method: string, path: string, body: unknown, key: string, done: number[]): Promise<Reply | undefined> {
        for (let i = 0; ; i++) {
          try {
            const r = await send(origin, method, `${prefix}${path}`, body, key);
            if (done.includes(r.status)) return r;
            const transient = r.status >= 500 || (r.status === 409 && r.body?.error?.code === 'idempotency_in_progress');
            if (!transient) {
              anomalies.push(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
              return undefined;
            }
          } catch {
            /* refused or reset: the server is down */
          }
          retries++;
          if (i > 1500) {
            anomalies.push(`${what}: never answered`);
            return undefined;
          }
          await sleep(40 + randomInt(40));
        }
      }

      async function loop() {
        while (!stopping && participants < MAX_PARTICIPANTS) {
          participants++;
          const startKey = `start-${randomBytes(9).toString('base64url')}`;
          startsInFlight++;
          const start = await untilAnswered('start', 'POST', '/attempts', { participant: participant() }, startKey, [201]);
          startsInFlight--;
          if (!start) continue;
          const attempt = start.body.attempt;
          attemptIds.add(attempt.id);
          const body = answersFor(attempt);
          const key = `submit-${randomBytes(9).toString('base64url')}`;
          submissionsInFlight++;
          const reply = await untilAnswered('submission', 'POST', `/attempts/${attempt.id}/submission`, body, key, [200, 201]);
          submissionsInFlight--;
          if (reply) accepted.push({ attemptId: attempt.id, key, body, status: reply.status, result: reply.body.result });
        }
      }

      /** Waits until `ok()`, at most `ms`. */
      const until = async (ok: () => boolean, ms: number, what: string) => {
        for (const t0 = Date.now(); !ok(); await sleep(1)) if (Date.now() - t0 > ms) assert.fail(`${what} within ${ms} ms`);
      };

      const loops = Array.from({ length: LOOPS }, () => loop());
      for (const kill of [1, 2]) {
        // 200–1500 ms into the stream: counted from the first submission this process answered.
        const answered = accepted.length;
        await until(() => accepted.length > answered, 120_000, 'the server answers submissions');
        await sleep(200 + randomInt(1300));
        // At a moment with submissions in flight (there nearly always are; this waits for one at most).
        await until(() => submissionsInFlight >= 2, 10_000, 'submissions in flight');
        const inFlight = submissionsInFlight;
        const starts = startsInFlight;
        const before = accepted.length;
        await server.kill('SIGKILL');
        console.log(`# ${kind}, kill -9 #${kill}: ${inFlight} submissions and ${starts} starts in flight; ${before} submissions answered before`);
        server = await startServer({ ...settings, port: server.port });
        assert.equal(server.origin, origin);
      }
      // The restarted server serves the stream a while, then the loops finish what they began.
      const answered = accepted.length;
      await until(() => accepted.length >= answered + 2 * LOOPS, 120_000, 'the restarted server answers');
      stopping = true;
      await Promise.all(loops);
      console.log(
        `# ${kind}: ${participants} participants, ${accepted.length} submissions answered (${accepted.filter((a) => a.status === 200).length} of them first answered by a replay), ${retries} retries`,
      );

      assert.deepEqual(anomalies, []);
      assert.equal(accepted.length, attemptIds.size, 'every attempt started was submitted and answered');
      assert.ok(accepted.length >= LOOPS, `a stream, not a trickle: ${accepted.length}`);

      // Every submission answered replays, with the same result; a second key is refused.
      for (let i = 0; i < accepted.length; i += 16) {
        await Promise.all(
          accepted.slice(i, i + 16).map(async (a) => {
            const replay = await send(origin, 'POST', `${prefix}/attempts/${a.attemptId}/submission`, a.body, a.key);
            assert.equal(replay.status, 200, `${a.attemptId}: ${JSON.stringify(replay.body)}`);
            assert.deepEqual(replay.body.result, a.result);
            const other = await send(origin, 'POST', `${prefix}/attempts/${a.attemptId}/submission`, a.body, `${a.key}-other`);
            assert.equal(other.status, 409, JSON.stringify(other.body));
            assert.equal(other.body.error.code, 'already_submitted');
          }),
        );
      }

      // The database holds exactly that.
      assert.equal(await server.kill('SIGTERM'), 0);
      server = undefined;
      const db = await openDb({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir ?? '' });
      try {
        const { rows: subs } = await db.query<{ attempt_id: string; idempotency_key: string }>('select attempt_id, idempotency_key from submissions');
        assert.equal(subs.length, accepted.length, 'one submission per answered attempt, no more');
        const byAttempt = new Map(accepted.map((a) => [a.attemptId, a.key]));
        for (const s of subs) assert.equal(s.idempotency_key, byAttempt.get(s.attempt_id), `submission of ${s.attempt_id}`);
        const { rows: attempts } = await db.query<{ id: string }>('select id from attempts');
        assert.deepEqual(attempts.map((a) => a.id).sort(), [...attemptIds].sort(), 'no attempt that nobody was told of (retried starts replayed)');
        const { rows: counters } = await db.query<{ attempts: number; participants: number }>(
          "select coalesce(sum(attempts), 0)::int as attempts, coalesce(sum(participants), 0)::int as participants from round_counters where round_key = '*'",
        );
        assert.deepEqual(counters[0], { attempts: accepted.length, participants: accepted.length }, 'the counters agree with the submissions');
        const { rows: standings } = await db.query<{ n: number }>("select count(*)::int as n from standings where round_key = '*'");
        assert.equal(nth(standings, 0).n, accepted.length);
      } finally {
        await db.close();
      }
    });
  });
}

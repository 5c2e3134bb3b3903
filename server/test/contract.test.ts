/**
 * The server against the contract, on each database: the conformance checker passes, and
 * the guarantees hold under concurrency: 50 concurrent starts of one participant, retried
 * starts, and submissions sent concurrently and interleaved to two server processes on
 * one PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { checkEndpoint } from '../../scripts/check-endpoint.ts';
import { answersFor, call, databaseKinds, freshSettings, participant, startServer, type Reply, type RunningServer, type ServerSettings } from './harness.ts';
import { nth } from './must.ts';

const ORIGIN = 'https://portal.example';

for (const kind of databaseKinds()) {
  describe(`on ${kind}`, () => {
    let server: RunningServer;
    let settings: ServerSettings;
    before(async () => {
      settings = await freshSettings(kind);
      server = await startServer({ ...settings, env: { CORS_ORIGINS: ORIGIN } });
    });
    after(() => server?.kill());

    it('passes the conformance checker with 0 failed', async () => {
      const report = await checkEndpoint(server.endpoint, { origin: ORIGIN });
      assert.deepEqual(
        report.results.filter((r) => r.outcome === 'fail').map((r) => r.line),
        [],
      );
      assert.equal(report.failed, 0);
      assert.ok(report.passed >= 19, report.summary);
    });

    it('50 concurrent starts of one participant make exactly the 3 attempts the round allows', async () => {
      const person = participant();
      const replies = await Promise.all(Array.from({ length: 50 }, () => call(server.endpoint, 'POST', '/attempts', { participant: person })));
      const created = replies.filter((r) => r.status === 201);
      assert.equal(created.length, 3, replies.map((r) => r.status).join(' '));
      assert.deepEqual(created.map((r) => r.body.attempt.number).sort(), [1, 2, 3]);
      assert.equal(new Set(created.map((r) => r.body.attempt.id)).size, 3);
      const refused = replies.filter((r) => r.status !== 201);
      assert.equal(refused.length, 47);
      for (const r of refused) assert.equal(r.body.error.code, 'attempts_exhausted');
    });

    it('50 concurrent starts with one Idempotency-Key make one attempt, and a different body under it is 422', async () => {
      const person = participant();
      const key = `start-${Math.random()}`;
      const replies = await Promise.all(
        Array.from({ length: 50 }, () => call(server.endpoint, 'POST', '/attempts', { participant: person }, { 'Idempotency-Key': key })),
      );
      assert.deepEqual([...new Set(replies.map((r) => r.status))], [201]);
      assert.equal(new Set(replies.map((r) => r.body.attempt.id)).size, 1);
      const other = await call(server.endpoint, 'POST', '/attempts', { participant: { ...person, fullName: 'Trần Văn Cường' } }, { 'Idempotency-Key': key });
      assert.equal(other.status, 422);
      assert.equal(other.body.error.code, 'idempotency_mismatch');
      // The attempt made counts once against the allowance: two more, then none.
      const more = [];
      for (let i = 0; i < 3; i++) more.push((await call(server.endpoint, 'POST', '/attempts', { participant: person })).status);
      assert.deepEqual(more, [201, 201, 403]);
    });

    it("attempts carry their own ids: none of the bank's question or option ids appear in an attempt", async () => {
      const bank = await call(server.endpoint, 'GET', '/bank');
      const bankIds = new Set<string>(bank.body.questions.flatMap((q: { id: string; options: { id: string }[] }) => [q.id, ...q.options.map((o) => o.id)]));
      const start = await call(server.endpoint, 'POST', '/attempts', { participant: participant() });
      assert.equal(start.status, 201);
      const ids: string[] = start.body.attempt.questions.flatMap((q: { id: string; options: { id: string }[] }) => [q.id, ...q.options.map((o) => o.id)]);
      assert.equal(ids.length, 20 + start.body.attempt.questions.reduce((n: number, q: { options: unknown[] }) => n + q.options.length, 0));
      assert.deepEqual(
        ids.filter((id) => bankIds.has(id)),
        [],
      );
    });

    it("grades through the attempt's own ids: answering from the published bank scores full marks only through the server's map", async () => {
      const bank = await call(server.endpoint, 'GET', '/bank');
      assert.equal(bank.body.answersPublished, true);
      // With the answers, each sample question's legal basis (the element shows "Căn cứ: …").
      assert.ok(bank.body.questions.every((q: { source?: string }) => typeof q.source === 'string' && q.source.length > 0));
      const byText = new Map<string, { options: { id: string; text: string }[]; correctOptionIds: string[] }>(
        bank.body.questions.map((q: { text: string }) => [q.text, q]),
      );
      const start = await call(server.endpoint, 'POST', '/attempts', { participant: participant() });
      const attempt = start.body.attempt;
      // Looking the attempt's ids up in the bank finds nothing to send…
      const byId = answersFor(attempt);
      byId.answers = attempt.questions.map((q: { id: string }) => ({
        questionId: q.id,
        optionIds: bank.body.questions.find((b: { id: string }) => b.id === q.id)?.correctOptionIds ?? [],
      }));
      // …while a participant who studied the bank (matching by text) answers right.
      const studied = {
        ...byId,
        answers: attempt.questions.map((q: { id: string; text: string; options: { id: string; text: string }[] }) => {
          const b = byText.get(q.text)!;
          const right = new Set(b.correctOptionIds.map((c) => b.options.find((o) => o.id === c)!.text));
          return { questionId: q.id, optionIds: q.options.filter((o) => right.has(o.text)).map((o) => o.id) };
        }),
      };
      const lookup = await call(server.endpoint, 'POST', `/attempts/${attempt.id}/submission`, byId, { 'Idempotency-Key': 'k-id' });
      assert.equal(lookup.status, 201);
      assert.equal(lookup.body.result.correctCount, 0);
      const again = await call(server.endpoint, 'POST', '/attempts', { participant: participant() });
      const studiedFor = {
        ...studied,
        answers: again.body.attempt.questions.map((q: { id: string; text: string; options: { id: string; text: string }[] }) => {
          const b = byText.get(q.text)!;
          const right = new Set(b.correctOptionIds.map((c) => b.options.find((o) => o.id === c)!.text));
          return { questionId: q.id, optionIds: q.options.filter((o) => right.has(o.text)).map((o) => o.id) };
        }),
      };
      const full = await call(server.endpoint, 'POST', `/attempts/${again.body.attempt.id}/submission`, studiedFor, { 'Idempotency-Key': 'k-text' });
      assert.equal(full.status, 201);
      assert.equal(full.body.result.correctCount, 20);
      assert.equal(full.body.result.score, 20);
    });

    it('replays a submission after a restart of the server', async () => {
      const start = await call(server.endpoint, 'POST', '/attempts', { participant: participant() });
      const body = answersFor(start.body.attempt);
      const first = await call(server.endpoint, 'POST', `/attempts/${start.body.attempt.id}/submission`, body, { 'Idempotency-Key': 'restart-key' });
      assert.equal(first.status, 201);
      await server.kill('SIGTERM');
      server = await startServer({ ...settings, port: server.port, env: { CORS_ORIGINS: ORIGIN } });
      const replay = await call(server.endpoint, 'POST', `/attempts/${start.body.attempt.id}/submission`, body, { 'Idempotency-Key': 'restart-key' });
      assert.equal(replay.status, 200);
      assert.deepEqual(replay.body.result, first.body.result);
    });
  });
}

if (databaseKinds().includes('postgres')) {
  describe('two server processes on one PostgreSQL', () => {
    let a: RunningServer;
    let b: RunningServer;
    let databaseUrl: string;
    before(async () => {
      ({ databaseUrl } = (await freshSettings('postgres')) as { databaseUrl: string });
      // Both have the harness's PUBLIC_URL, as behind a reverse proxy: a receipt's address is the same whichever answers.
      [a, b] = await Promise.all([startServer({ databaseUrl }), startServer({ databaseUrl })]);
    });
    after(async () => {
      await Promise.all([a?.kill(), b?.kill()]);
    });

    it('accept exactly one submission per attempt when the same submissions reach both, concurrently and interleaved', async () => {
      const attempts = [];
      for (let i = 0; i < 20; i++) {
        const server = i % 2 ? a : b;
        const start = await call(server.endpoint, 'POST', '/attempts', { participant: participant() });
        assert.equal(start.status, 201);
        attempts.push(start.body.attempt);
      }
      const sent: Promise<{ attemptId: string; key: string; reply: Reply }>[] = [];
      for (const [i, attempt] of attempts.entries()) {
        const body = answersFor(attempt);
        // The same key and body, four times, to both processes; and two other keys (another device), concurrently.
        for (const [j, key] of ['same', 'same', 'same', 'same', 'other-1', 'other-2'].entries()) {
          const server = (i + j) % 2 ? a : b;
          const k = `${attempt.id}-${key}`;
          sent.push(
            call(server.endpoint, 'POST', `/attempts/${attempt.id}/submission`, body, { 'Idempotency-Key': k }).then((reply) => ({
              attemptId: attempt.id,
              key: k,
              reply,
            })),
          );
        }
      }
      const replies = await Promise.all(sent);
      for (const attempt of attempts) {
        const mine = replies.filter((r) => r.attemptId === attempt.id);
        const accepted = mine.filter((r) => r.reply.status === 201);
        assert.equal(accepted.length, 1, `attempt ${attempt.id}: ${mine.map((r) => r.reply.status).join(' ')}`);
        for (const r of mine.filter((x) => x.reply.status !== 201)) {
          if (r.key === nth(accepted, 0).key) {
            // A twin of the accepted one: replayed, or told to retry while the first is in flight.
            assert.ok(
              r.reply.status === 200 || (r.reply.status === 409 && r.reply.body.error.code === 'idempotency_in_progress'),
              `${r.reply.status} ${JSON.stringify(r.reply.body)}`,
            );
            if (r.reply.status === 200) assert.deepEqual(r.reply.body.result, nth(accepted, 0).reply.body.result);
          } else {
            assert.equal(r.reply.status, 409, JSON.stringify(r.reply.body));
            assert.ok(['already_submitted', 'idempotency_in_progress'].includes(r.reply.body.error.code));
          }
        }
      }
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const { rows } = await client.query('select count(*)::int as n from submissions where attempt_id = any($1)', [attempts.map((x) => x.id)]);
      await client.end();
      assert.equal(rows[0].n, 20);
    });

    it('count 50 concurrent starts of one participant spread over both against one allowance', async () => {
      const person = participant();
      const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => call((i % 2 ? a : b).endpoint, 'POST', '/attempts', { participant: person })));
      assert.equal(replies.filter((r) => r.status === 201).length, 3);
      assert.equal(replies.filter((r) => r.status === 403 && r.body.error.code === 'attempts_exhausted').length, 47);
    });

    it('agree on one leaderboard', async () => {
      const [la, lb] = await Promise.all([call(a.endpoint, 'GET', '/leaderboard'), call(b.endpoint, 'GET', '/leaderboard')]);
      assert.equal(la.status, 200);
      assert.equal(la.body.totalAttempts, 20);
      assert.deepEqual({ ...la.body, serverTime: 0 }, { ...lb.body, serverTime: 0 });
    });
  });
}

/**
 * The endpoint conformance checker (scripts/check-endpoint.ts) against the reference
 * server: the reference passes; a server that breaks the contract in three ways is caught
 * on each of them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkEndpoint, type CheckReport } from '../../scripts/check-endpoint.ts';
import { API_BASE, startReferenceServer, type FaultHook, type ReferenceServer } from '../../scripts/reference-server.ts';

const START_TIME = '2020-09-21T09:30:00+07:00';
const ORIGIN = 'https://portal.example';

const endpoint = (server: ReferenceServer) => `${server.url.replace(/\/$/, '')}${API_BASE}`;
const failures = (report: CheckReport) => report.results.filter((r) => r.outcome === 'fail').map((r) => r.line);

describe('endpoint conformance checker', () => {
  const servers: ReferenceServer[] = [];
  after(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  describe('against the reference server', () => {
    let report: CheckReport;
    before(async () => {
      const server = await startReferenceServer({ port: 0, startTime: START_TIME });
      servers.push(server);
      report = await checkEndpoint(endpoint(server), { origin: ORIGIN });
    });

    it('reports no failures', () => {
      assert.deepEqual(failures(report), []);
      assert.equal(report.failed, 0);
    });

    it('ran every group of checks', () => {
      const calls = new Set(report.results.filter((r) => r.outcome === 'pass').map((r) => r.call));
      for (const call of [
        'GET /contest',
        'OPTIONS /attempts (CORS preflight)',
        'POST /attempts (invalid participant)',
        'POST /attempts',
        'POST /attempts (same Idempotency-Key again)',
        'POST /attempts/{id}/submission (no Idempotency-Key)',
        'POST /attempts/{id}/submission',
        'POST /attempts/{id}/submission (replay: same key and body)',
        'POST /attempts/{id}/submission (same key, other body)',
        'POST /attempts/{id}/submission (new key, already submitted)',
        'POST /attempts/{id}/submission (unknown attempt)',
        'GET /bank',
        'GET /leaderboard',
        // The sample contest has rounds: the attempt's round, and that round's leaderboard.
        'GET /leaderboard?round={id}',
        'CORS (responses)',
      ]) {
        assert.ok(calls.has(call), `no passing check for ${call}`);
      }
    });

    it('only warns that the server runs on contest time', () => {
      const warnings = report.results.filter((r) => r.outcome === 'warn');
      assert.equal(warnings.length, 1, warnings.map((w) => w.line).join('\n'));
      assert.match(warnings[0].line, /^! warning GET \/contest: serverTime .* behind the local clock/);
      assert.equal(report.summary, `${report.checks} checks, ${report.passed} passed, 0 failed, 1 warnings`);
    });
  });

  describe('against a server that breaks the contract', () => {
    let report: CheckReport;
    before(async () => {
      let server: ReferenceServer | undefined;
      const submissions = new Set<string>();
      const faults: FaultHook = async (req) => {
        const backend = server!.backend;
        // 1. The contest document without serverTime.
        if (req.route === 'GET /contest') {
          const { serverTime: _drop, ...doc } = backend.contestDocument();
          return { status: 200, body: doc, headers: { 'Cache-Control': 'public, max-age=60' } };
        }
        // 2. The answer key leaks into the started attempt.
        if (req.route === 'POST /attempts') {
          const out = await backend.handle({ method: req.method, path: req.path, header: (n) => req.header(n) ?? null, body: req.body });
          if (out.status !== 201) return { status: out.status, body: out.body, headers: out.headers };
          const body = structuredClone(out.body) as { attempt: { id: string; questions: Record<string, unknown>[] } };
          const { keys } = backend.state.attempts[body.attempt.id];
          for (const q of body.attempt.questions) q.correctOptionIds = keys[q.id as string];
          return { status: 201, body, headers: out.headers };
        }
        // 3. A repeated submission (same key and body) is not replayed: a bare 500.
        if (req.route === 'POST /attempts/:id/submission' && req.header('Idempotency-Key')) {
          const seen = `${req.path} ${req.header('Idempotency-Key')} ${JSON.stringify(req.body)}`;
          if (submissions.has(seen)) return { status: 500, body: 'Internal Server Error', headers: { 'Content-Type': 'text/plain' } };
          submissions.add(seen);
        }
        return undefined;
      };
      server = await startReferenceServer({ port: 0, startTime: START_TIME, faults });
      servers.push(server);
      report = await checkEndpoint(endpoint(server), { origin: ORIGIN });
    });

    it('fails', () => {
      assert.ok(report.failed > 0);
      assert.match(report.summary, new RegExp(`^${report.checks} checks, ${report.passed} passed, ${report.failed} failed, \\d+ warnings$`));
    });

    it('reports the contest document without serverTime', () => {
      assert.ok(
        failures(report).some((l) => /^✗ GET \/contest: not a valid ContestDocument: serverTime: missing/.test(l)),
        failures(report).join('\n'),
      );
    });

    it('reports the answer key in the started attempt', () => {
      assert.ok(
        failures(report).some((l) => /^✗ POST \/attempts: attempt\.questions\[0\]\.correctOptionIds \(and \d+ more\): "correctOptionIds" present before submission/.test(l)),
        failures(report).join('\n'),
      );
      assert.ok(
        failures(report).some((l) => /^✗ POST \/attempts \(same Idempotency-Key again\): attempt\.questions\[0\]\.correctOptionIds/.test(l)),
        failures(report).join('\n'),
      );
    });

    it('reports the replay answered with a bare 500', () => {
      const lines = failures(report);
      const replay = lines.filter((l) => l.startsWith('✗ POST /attempts/{id}/submission (replay: same key and body): '));
      assert.ok(replay.some((l) => /error response 500 is not a JSON error envelope/.test(l)), lines.join('\n'));
      assert.ok(replay.some((l) => /expected 200 or 201, got 500 "Internal Server Error"/.test(l)), lines.join('\n'));
    });

    it('reports nothing else', () => {
      const unexpected = failures(report).filter(
        (l) =>
          !l.startsWith('✗ GET /contest: ') &&
          !l.startsWith('✗ POST /attempts: ') &&
          !l.startsWith('✗ POST /attempts (same Idempotency-Key again): ') &&
          !l.startsWith('✗ POST /attempts/{id}/submission (replay: same key and body): '),
      );
      assert.deepEqual(unexpected, []);
    });
  });
});

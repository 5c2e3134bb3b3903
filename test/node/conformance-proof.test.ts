/**
 * The conformance checker's proof-of-participation checks (issue #14): run when the result
 * carries a receipt (the reference server issues them), skipped when it does not, and failing a
 * backend that shows a citizen id in full or tells a wrong birth date apart.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEndpoint, type CheckReport } from '../../scripts/check-endpoint.ts';
import { API_BASE, startReferenceServer, type FaultHook, type ReferenceServer } from '../../scripts/reference-server.ts';
import { must, nth } from '../helpers/must.ts';

const START_TIME = '2020-09-21T09:30:00+07:00';
const failures = (report: CheckReport) => report.results.filter((r) => r.outcome === 'fail').map((r) => r.line);
const passed = (report: CheckReport) => new Set(report.results.filter((r) => r.outcome === 'pass').map((r) => r.call));

async function check(faults?: (server: ReferenceServer) => FaultHook) {
  let hook: FaultHook | undefined;
  // Called for requests only, once `server` is set.
  const wrapped = faults ? (req: Parameters<FaultHook>[0]) => (hook ??= faults(server))(req) : undefined;
  const server = await startReferenceServer({ port: 0, startTime: START_TIME, faults: wrapped });
  const info: string[] = [];
  try {
    const report = await checkEndpoint(`${server.url.replace(/\/$/, '')}${API_BASE}`, { onInfo: (l) => info.push(l) });
    return { report, info };
  } finally {
    await server.close();
  }
}

/** The reference backend's own answer, for a hook that changes it. */
const apply = async (server: ReferenceServer, req: Parameters<FaultHook>[0]) => {
  const out = await server.backend.handle({
    method: req.method,
    path: req.path,
    query: req.query,
    header: (n) => (req.headers[n.toLowerCase()] as string) ?? null,
    body: req.body,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the hooks break the backend's answers on purpose, anywhere in the body
  return { status: out.status, body: structuredClone(out.body) as Record<string, any>, headers: out.headers };
};

describe('the checker on proof of participation', () => {
  it('checks the verification and the lookup of a backend that issues receipts, and passes the reference', async () => {
    const { report } = await check();
    assert.deepEqual(failures(report), []);
    for (const call of ['GET /verifications/{code}', 'GET /verifications/{code} (unknown code)', 'POST /verifications/lookup']) {
      assert.ok(passed(report).has(call), `no passing check for ${call}`);
    }
  });

  it('skips them, without failing, for a backend without receipts (they are optional)', async () => {
    const { report, info } = await check((server) => async (req) => {
      if (req.route !== 'POST /attempts/:id/submission') return undefined;
      const out = await apply(server, req);
      if (out.body.result) delete out.body.result.receipt;
      return out;
    });
    assert.deepEqual(failures(report), []);
    assert.ok(!passed(report).has('GET /verifications/{code}'));
    assert.ok(
      info.some((l) => l.includes('GET /verifications/{code}: skipped, the result carries no receipt')),
      info.join('\n'),
    );
  });

  it('fails a verification that shows the citizen id in full', async () => {
    const { report } = await check((server) => async (req) => {
      if (!req.path.startsWith('/verifications/') || req.method !== 'GET') return undefined;
      const out = await apply(server, req);
      if (out.status === 200) out.body.verification.fullName += ` (${must(nth(Object.values(server.backend.state.attempts), 0), 'an attempt').participantKey})`;
      return out;
    });
    const lines = failures(report);
    assert.ok(
      lines.some((l) => /^✗ GET \/verifications\/\{code\}: the verification shows 1 of the participant's details in full/.test(l)),
      lines.join('\n') || '(no failures)',
    );
  });

  it('fails a lookup that answers a wrong birth date differently from "nothing found"', async () => {
    const { report } = await check((server) => async (req) => {
      if (req.route !== 'POST /verifications/lookup') return undefined;
      const out = await apply(server, req);
      if (out.status === 200 && !out.body.attempts.length) return { status: 403, body: { error: { code: 'unauthorized', message: 'Wrong birth date.' } } };
      return out;
    });
    const lines = failures(report);
    assert.ok(
      lines.some((l) => /^✗ POST \/verifications\/lookup: a wrong birth date answered 403/.test(l)),
      lines.join('\n') || '(no failures)',
    );
  });
});

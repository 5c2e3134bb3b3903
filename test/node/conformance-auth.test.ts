/**
 * The checker and a contest that says it needs a login (`auth.required`, #14): the reference
 * backend refuses a start without one (401 unauthorized) and passes, the checker stopping there
 * (it has no login); a backend that says so but starts the attempt anyway is caught, with the fix;
 * a `javascript:` login page is refused by the schema, by its path.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEndpoint, printed, type CheckReport } from '../../scripts/check-endpoint.ts';
import { API_BASE, startReferenceServer, type FaultHook, type ReferenceServer } from '../../scripts/reference-server.ts';

const START_TIME = '2020-09-21T09:30:00+07:00';
const AUTH = { required: true, loginUrl: '/dang-nhap?next=/cuoc-thi', provider: 'VNeID' };

const lines = (report: CheckReport, outcome: 'pass' | 'fail') =>
  report.results.filter((r) => r.outcome === outcome).map((r) => (outcome === 'fail' ? printed(r) : r.line));

async function check(setup: (server: ReferenceServer) => void, faults?: (server: ReferenceServer) => FaultHook) {
  let hook: FaultHook | undefined;
  const server = await startReferenceServer({
    port: 0,
    startTime: START_TIME,
    faults: faults ? (req) => (hook ??= faults(server))(req) : undefined,
  });
  try {
    setup(server);
    return await checkEndpoint(`${server.url.replace(/\/$/, '')}${API_BASE}`);
  } finally {
    await server.close();
  }
}

describe('the checker on a contest that needs a login', () => {
  it('the reference backend with auth.required: 401 to a start without a login, and the checker stops there with 0 failed', async () => {
    const report = await check((server) => {
      server.backend.options.contest = { ...server.backend.options.contest, auth: AUTH };
    });
    assert.deepEqual(lines(report, 'fail'), []);
    assert.equal(report.failed, 0);
    assert.ok(
      lines(report, 'pass').some(
        (l) => l === '✓ POST /attempts (without a login, contest says auth.required): 401 unauthorized (login page: /dang-nhap?next=/cuoc-thi)',
      ),
      lines(report, 'pass').join('\n'),
    );
    // Nothing was started: the checks that need an attempt did not run.
    assert.ok(!report.results.some((r) => r.call === 'POST /attempts'), 'no start with a login it does not have');
  });

  it('catches a backend that says auth.required but starts the attempt without a login', async () => {
    const report = await check(
      () => undefined,
      (server) => (req) => {
        if (req.route !== 'GET /contest') return undefined;
        return { status: 200, body: { ...server.backend.contestDocument(), auth: AUTH }, headers: { 'Cache-Control': 'public, max-age=60' } };
      },
    );
    const failed = lines(report, 'fail').join('\n');
    assert.match(failed, /✗ POST \/attempts \(without a login, contest says auth\.required\): expected 401/);
    assert.match(failed, /fix: with auth\.required, refuse a start that carries no login with 401 unauthorized/);
  });

  it('refuses a javascript: login page, naming auth.loginUrl', async () => {
    const report = await check(
      () => undefined,
      (server) => (req) => {
        if (req.route !== 'GET /contest') return undefined;
        return { status: 200, body: { ...server.backend.contestDocument(), auth: { required: true, loginUrl: 'javascript:alert(1)' } } };
      },
    );
    assert.match(lines(report, 'fail').join('\n'), /GET \/contest: not a valid ContestDocument: auth\.loginUrl/);
  });
});

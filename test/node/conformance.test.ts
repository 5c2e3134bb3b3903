/**
 * The endpoint conformance checker (scripts/check-endpoint.ts) against the reference server:
 * the reference passes; each server below is the reference broken in one way, the way a backend
 * written from the documents alone was, and the checker must catch every one, with a fix.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { checkEndpoint, printed, type CheckReport } from '../../scripts/check-endpoint.ts';
import { API_BASE, startReferenceServer, type FaultHook, type ReferenceServer, type ReferenceServerOptions } from '../../scripts/reference-server.ts';
import { must, nth } from '../helpers/must.ts';

const START_TIME = '2020-09-21T09:30:00+07:00';
const ORIGIN = 'https://portal.example';

const endpoint = (server: ReferenceServer) => `${server.url.replace(/\/$/, '')}${API_BASE}`;
const failures = (report: CheckReport) => report.results.filter((r) => r.outcome === 'fail').map((r) => r.line);

/** Run the checker against the reference server with `options`; `setup` may change the server before the run. */
async function checkServer(
  options: Omit<Partial<ReferenceServerOptions>, 'faults'> & {
    faults?: (server: ReferenceServer) => FaultHook;
    setup?: (server: ReferenceServer) => void;
  } = {},
) {
  let hook: FaultHook | undefined;
  // The hook is made once, when the first request comes (it needs the server, and may keep state).
  const faults = options.faults ? (req: Parameters<FaultHook>[0]) => (hook ??= options.faults!(server))(req) : undefined;
  const server = await startReferenceServer({ port: 0, startTime: START_TIME, ...options, faults });
  try {
    options.setup?.(server);
    return await checkEndpoint(endpoint(server), { origin: ORIGIN });
  } finally {
    await server.close();
  }
}

/** The backend's answer to a request, for a hook that changes it. */
const apply = async (server: ReferenceServer, req: Parameters<FaultHook>[0]) => {
  const out = await server.backend.handle({ method: req.method, path: req.path, query: req.query, header: (n) => req.header(n) ?? null, body: req.body });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the hooks break the backend's answers on purpose, anywhere in the body
  return { status: out.status, body: structuredClone(out.body) as Record<string, any>, headers: out.headers };
};

describe('endpoint conformance checker', () => {
  describe('against the reference server', () => {
    let report: CheckReport;
    before(async () => {
      report = await checkServer();
    });

    it('reports no failures', () => {
      assert.deepEqual(failures(report), []);
      assert.equal(report.failed, 0);
    });

    it('ran every group of checks', () => {
      const calls = new Set(report.results.filter((r) => r.outcome === 'pass').map((r) => r.call));
      for (const call of [
        'GET /contest',
        'OPTIONS /contest (CORS preflight, with Authorization)',
        'OPTIONS /attempts (CORS preflight)',
        'OPTIONS /attempts/{id}/submission (CORS preflight)',
        'POST /attempts (invalid participant)',
        'POST /attempts',
        'POST /attempts (same Idempotency-Key again)',
        'POST /attempts/{id}/submission (no Idempotency-Key)',
        'POST /attempts/{id}/submission (seven at once)',
        'POST /attempts/{id}/submission',
        'POST /attempts/{id}/submission (replay: same key and body)',
        'POST /attempts/{id}/submission (same key, other body)',
        'POST /attempts/{id}/submission (new key, already submitted)',
        'POST /attempts/{id}/submission (unknown attempt)',
        // #13 F8: the bank's published answers do not answer an attempt by id.
        'POST /attempts (answered from the bank by id)',
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
      assert.match(nth(warnings, 0).line, /^! warning GET \/contest: serverTime .* behind the local clock/);
      assert.equal(report.summary, `${report.checks} checks, ${report.passed} passed, 0 failed, 1 warnings`);
    });

    it('checks autosave when the contest offers it, and passes it', async () => {
      const withAutosave = await checkServer({ setup: (s) => (s.backend.options.contest.exam.autosave = true) });
      assert.deepEqual(failures(withAutosave), []);
      const passed = withAutosave.results.filter((r) => r.outcome === 'pass').map((r) => r.call);
      for (const call of ['OPTIONS /attempts/{id}/answers (CORS preflight)', 'PUT /attempts/{id}/answers', 'PUT /attempts/{id}/answers (stale revision)'])
        assert.ok(passed.includes(call), call);
    });

    it('warns of instants the element accepts but that are not RFC 3339, and passes them', async () => {
      const loose = await checkServer({
        faults: (server) => async (req) => {
          if (req.route !== 'GET /contest') return undefined;
          const out = await apply(server, req);
          // Java's OffsetDateTime.toString() on a whole minute, and an offset without its colon.
          out.body.opensAt = '2020-09-15T08:00+07:00';
          out.body.closesAt = '2020-10-15T08:00:00+0700';
          return out;
        },
      });
      assert.deepEqual(failures(loose), []);
      const warning = loose.results.find((r) => r.outcome === 'warn' && r.message.includes('not RFC 3339'));
      assert.ok(warning, loose.results.map((r) => r.line).join('\n'));
      assert.match(warning.line, /opensAt "2020-09-15T08:00\+07:00" \(and 1 more\): accepted by the element, but not RFC 3339/);
      assert.match(warning.fix ?? '', /ISO_OFFSET_DATE_TIME/);
    });
  });

  /** Servers broken in one way each, and the failure line the checker must report for it. */
  const broken: { defect: string; server: Parameters<typeof checkServer>[0]; caught: RegExp }[] = [
    {
      defect: 'the contest document without serverTime',
      server: {
        faults: (server) => (req) => {
          if (req.route !== 'GET /contest') return undefined;
          const { serverTime: _drop, ...doc } = server.backend.contestDocument();
          return { status: 200, body: doc, headers: { 'Cache-Control': 'public, max-age=60' } };
        },
      },
      caught: /^✗ GET \/contest: not a valid ContestDocument: serverTime: missing/,
    },
    {
      defect: "an instant without an offset (Java's LocalDateTime)",
      server: {
        faults: (server) => async (req) => {
          if (req.route !== 'GET /contest') return undefined;
          const out = await apply(server, req);
          out.body.opensAt = '2020-09-15T08:00:00';
          return out;
        },
      },
      caught: /^✗ GET \/contest: not a valid ContestDocument: opensAt: "2020-09-15T08:00:00" is not a date-time with an offset .*: it has no offset/,
    },
    // #13 F3, F4, F5, F7: ids, counts, calendar dates and the Content-Type outside the contract.
    {
      defect: 'a day that is not on the calendar',
      server: {
        faults: (server) => async (req) => {
          if (req.route !== 'GET /contest') return undefined;
          const out = await apply(server, req);
          out.body.opensAt = '2020-09-31T08:00:00+07:00';
          return out;
        },
      },
      caught: /^✗ GET \/contest: not a valid ContestDocument: opensAt: "2020-09-31T08:00:00\+07:00" is not .*: that day is not on the calendar/,
    },
    {
      defect: 'an attempt id of ..',
      server: {
        faults: (server) => async (req) => {
          if (req.route !== 'POST /attempts') return undefined;
          const out = await apply(server, req);
          if (out.status === 201) out.body.attempt.id = '..';
          return out;
        },
      },
      caught: /^✗ POST \/attempts: not a valid StartAttemptResponse: attempt\.id: "\.\." is not an id of 1 to 128 characters/,
    },
    {
      defect: 'an attempt of 501 questions',
      server: {
        faults: (server) => async (req) => {
          if (req.route !== 'POST /attempts') return undefined;
          const out = await apply(server, req);
          if (out.status === 201) out.body.attempt.questions = Array.from({ length: 501 }, (_, i) => ({ ...out.body.attempt.questions[0], id: `q${i}` }));
          return out;
        },
      },
      caught: /^✗ POST \/attempts: not a valid StartAttemptResponse: attempt\.questions: 501 items, at most 500/,
    },
    {
      defect: 'the contest document as text/html',
      server: {
        faults: (server) => async (req) => {
          if (req.route !== 'GET /contest') return undefined;
          const out = await apply(server, req);
          return { ...out, headers: { ...out.headers, 'Content-Type': 'text/html; charset=utf-8' } };
        },
      },
      caught: /^✗ GET \/contest: Content-Type is text\/html; charset=utf-8: the element reads only application\/json/,
    },
    {
      defect: 'the questions of a started attempt carry their answers as correct: [ids]',
      server: {
        faults: (server) => async (req) => {
          if (req.route !== 'POST /attempts') return undefined;
          const out = await apply(server, req);
          if (out.status !== 201) return out;
          const { keys } = must(server.backend.state.attempts[out.body.attempt.id], 'the attempt on the server');
          for (const q of out.body.attempt.questions) q.correct = keys[q.id];
          return out;
        },
      },
      caught: /^✗ POST \/attempts: attempt\.questions\[0\]\.correct \(and \d+ more\): "correct" is not a member of StartAttemptResponse/,
    },
    {
      defect: 'the options of a started attempt carry isCorrect',
      server: {
        faults: (server) => async (req) => {
          if (req.route !== 'POST /attempts') return undefined;
          const out = await apply(server, req);
          if (out.status !== 201) return out;
          const { keys } = must(server.backend.state.attempts[out.body.attempt.id], 'the attempt on the server');
          for (const q of out.body.attempt.questions) for (const o of q.options) o.isCorrect = must(keys[q.id], `the key of ${q.id}`).includes(o.id);
          return out;
        },
      },
      caught: /^✗ POST \/attempts: attempt\.questions\[0\]\.options\[0\]\.isCorrect \(and \d+ more\): "isCorrect" is not a member/,
    },
    {
      defect: 'a started attempt carries the key under a name of its own, as an object',
      server: {
        faults: (server) => async (req) => {
          if (req.route !== 'POST /attempts') return undefined;
          const out = await apply(server, req);
          if (out.status === 201) out.body.attempt.meta = { k: must(server.backend.state.attempts[out.body.attempt.id], 'the attempt on the server').keys };
          return out;
        },
      },
      caught: /^✗ POST \/attempts( \(same Idempotency-Key again\))?: attempt\.meta: "meta" is not a member of StartAttemptResponse/,
    },
    {
      defect: 'five concurrent submissions with different keys all accepted',
      server: {
        faults: (server) => (req) => {
          // Each submission forgets the one before: no constraint holds one per attempt.
          if (req.route === 'POST /attempts/:id/submission') {
            const stored = server.backend.state.attempts[decodeURIComponent(nth(req.path.split('/'), 2))];
            if (stored) delete stored.submission;
          }
          return undefined;
        },
      },
      caught: /^✗ POST \/attempts\/\{id\}\/submission \(seven at once\): [2-7] submissions with different keys were all accepted for one attempt/,
    },
    {
      defect: 'a 500 where 409 idempotency_in_progress belongs (a unique-key violation let through)',
      server: {
        faults: () => {
          const inFlight = new Set<string>();
          return (req) => {
            if (req.route !== 'POST /attempts/:id/submission' || !req.header('Idempotency-Key')) return undefined;
            if (inFlight.has(req.path))
              return { status: 500, body: { error: { code: 'internal', message: 'duplicate key value violates unique constraint "submissions_pkey"' } } };
            inFlight.add(req.path);
            setTimeout(() => inFlight.delete(req.path), 400);
            return { delayMs: 200 };
          };
        },
      },
      caught: /^✗ POST \/attempts\/\{id\}\/submission \(seven at once\): 6 of 7 answered 500 where 409 belongs/,
    },
    {
      defect: 'a repeated submission (same key and body) answered with a bare 500',
      server: {
        faults: () => {
          const seen = new Set<string>();
          return (req) => {
            if (req.route !== 'POST /attempts/:id/submission' || !req.header('Idempotency-Key')) return undefined;
            const id = `${req.path} ${req.header('Idempotency-Key')} ${JSON.stringify(req.body)}`;
            if (seen.has(id)) return { status: 500, body: 'Internal Server Error', headers: { 'Content-Type': 'text/plain' } };
            seen.add(id);
            return undefined;
          };
        },
      },
      caught: /^✗ POST \/attempts\/\{id\}\/submission \(replay: same key and body\): expected 200 or 201, got 500 "Internal Server Error"/,
    },
    {
      // #13 F8, as the reference backend was: attempts under the bank's own question and option ids.
      defect: "attempts under the bank's ids, so that the published answers answer them by lookup",
      server: {
        faults: (server) => {
          /** Per attempt: the bank's ids → the attempt's own, to translate a submission back. */
          const own = new Map<string, Map<string, string>>();
          return async (req) => {
            if (req.route === 'POST /attempts/:id/submission') {
              const ids = own.get(decodeURIComponent(nth(req.path.split('/'), 2)));
              const body = req.body as { answers?: { questionId: string; optionIds: string[] }[] } | undefined;
              for (const a of ids ? (body?.answers ?? []) : []) {
                a.questionId = ids!.get(a.questionId) ?? a.questionId;
                a.optionIds = a.optionIds.map((o) => ids!.get(`${a.questionId} ${o}`) ?? o);
              }
              return undefined;
            }
            if (req.route !== 'POST /attempts') return undefined;
            const out = await apply(server, req);
            if (out.status !== 201) return out;
            const { bankIds } = must(server.backend.state.attempts[out.body.attempt.id], 'the attempt on the server');
            const ids = new Map<string, string>();
            for (const q of out.body.attempt.questions) {
              const bank = must(bankIds![q.id], `the bank ids of ${q.id}`);
              ids.set(bank.id, q.id);
              for (const o of q.options) (ids.set(`${q.id} ${bank.options[o.id]}`, o.id), (o.id = bank.options[o.id]));
              q.id = bank.id;
            }
            own.set(out.body.attempt.id, ids);
            return out;
          };
        },
      },
      caught:
        /^✗ POST \/attempts \(answered from the bank by id\): answered by looking its ids up in GET \/bank's correctOptionIds, an attempt scored (\d+)\/\1 \(guessing: about [\d.]+\)/,
    },
    {
      defect: 'the same submission key with another body accepted',
      server: {
        faults: (server) => async (req) => {
          if (req.route !== 'POST /attempts/:id/submission') return undefined;
          const out = await apply(server, req);
          // Not compared: whatever the body, the key's stored result.
          if (out.status === 422)
            return {
              status: 200,
              body: {
                serverTime: new Date(server.now()).toISOString(),
                result: must(server.backend.state.attempts[decodeURIComponent(nth(req.path.split('/'), 2))], 'the attempt on the server').submission!.result,
              },
            };
          return out;
        },
      },
      caught: /^✗ POST \/attempts\/\{id\}\/submission \(same key, other body\): expected 422 idempotency_mismatch, got 200/,
    },
    {
      defect: 'a retried start makes another attempt',
      server: {
        faults: (server) => (req) => {
          if (req.route === 'POST /attempts') server.backend.state.starts = {};
          return undefined;
        },
      },
      caught: /^✗ POST \/attempts \(same Idempotency-Key again\): returned attempt \S+, not \S+: a retried start must return the same attempt/,
    },
    {
      defect: 'autosave offered, and a stale revision saved all the same',
      server: {
        setup: (server) => (server.backend.options.contest.exam.autosave = true),
        faults: (server) => (req) => {
          if (req.route === 'PUT /attempts/:id/answers') {
            const stored = server.backend.state.attempts[decodeURIComponent(nth(req.path.split('/'), 2))];
            if (stored) (req.body as { revision: number }).revision = stored.revision;
          }
          return undefined;
        },
      },
      caught: /^✗ PUT \/attempts\/\{id\}\/answers \(stale revision\): expected 409 stale_revision, got 200/,
    },
    {
      defect: 'an unknown attempt answered with a code of its own',
      server: {
        faults: () => (req) =>
          req.route === 'POST /attempts/:id/submission' && req.path.includes('conformance-missing')
            ? { status: 404, body: { error: { code: 'not_found', message: 'No such attempt.' } } }
            : undefined,
      },
      caught: /^✗ POST \/attempts\/\{id\}\/submission \(unknown attempt\): error code "not_found" is not one of the contract's error codes/,
    },
    {
      defect: "an error page of the framework's instead of the envelope",
      server: {
        faults: () => (req) =>
          req.route === 'POST /attempts/:id/submission' && req.path.includes('conformance-missing')
            ? { status: 404, body: '<html><body>Whitelabel Error Page</body></html>', headers: { 'Content-Type': 'text/html' } }
            : undefined,
      },
      caught: /^✗ POST \/attempts\/\{id\}\/submission \(unknown attempt\): error response 404 is not a JSON error envelope/,
    },
    {
      defect: 'full names on the leaderboard',
      server: {
        faults: (server) => async (req) => {
          if (req.route !== 'GET /leaderboard') return undefined;
          const out = await apply(server, req);
          for (const row of out.body.individuals) row.name = 'Nguyễn Thị Kiểm Tra';
          return out;
        },
      },
      caught: /^✗ GET \/leaderboard: individuals carry the full name "Nguyễn Thị Kiểm Tra": names must be masked/,
    },
    {
      defect: 'Authorization missing from Access-Control-Allow-Headers',
      server: { cors: { allowHeaders: 'Content-Type, Idempotency-Key' } },
      caught:
        /^✗ OPTIONS \/contest \(CORS preflight, with Authorization\): Access-Control-Allow-Headers \(Content-Type, Idempotency-Key\) does not allow authorization/,
    },
    {
      defect: 'Age not exposed',
      server: { cors: { exposeHeaders: 'Retry-After' } },
      caught: /^✗ CORS \(responses\): Age is not in Access-Control-Expose-Headers/,
    },
    {
      defect: 'Retry-After not exposed',
      server: { cors: { exposeHeaders: 'Age' } },
      caught: /^✗ CORS \(responses\): Retry-After is not in Access-Control-Expose-Headers/,
    },
  ];

  describe('against servers broken in one way each', () => {
    for (const { defect, server, caught } of broken) {
      it(`catches ${defect}`, async () => {
        const report = await checkServer(server);
        const lines = failures(report);
        assert.ok(
          lines.some((l) => caught.test(l)),
          `not caught; the failures were:\n${lines.join('\n') || '(none)'}`,
        );
        assert.match(report.summary, new RegExp(`^${report.checks} checks, ${report.passed} passed, ${report.failed} failed, \\d+ warnings$`));
        // Every failure says what to change.
        for (const r of report.results.filter((x) => x.outcome === 'fail')) {
          assert.ok(r.fix && r.fix.length > 20, `no fix for: ${r.line}`);
          assert.equal(printed(r), `${r.line}\n    fix: ${r.fix}`);
        }
      });
    }
  });
});

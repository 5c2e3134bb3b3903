/**
 * The server's HTTP behaviour in production, on each database, through real server
 * processes: CORS for the portal's origin only, security headers and the page's CSP, body
 * limits and hostile JSON, rate limits per IP and per participant, health and readiness,
 * a graceful shutdown that finishes what is in flight, names on the leaderboard (masked,
 * without control or bidirectional characters), the deadline and autosave of a contest
 * definition file, and definition files with mistakes.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { LeaderboardResponse } from '../../src/contract/schemas.ts';
import { openDb } from '../src/db.ts';
import { sampleDefinition } from '../src/definition.ts';
import {
  runServerCommand,
  answersFor,
  call,
  databaseKinds,
  freshSettings,
  participant,
  removeDir,
  startServer,
  tempDir,
  type RunningServer,
  type ServerSettings,
} from './harness.ts';
import { nth } from './must.ts';

const PORTAL = 'https://portal.example';
const EVIL = 'https://evil.example';
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

const folders: string[] = [];
after(() => folders.forEach(removeDir));

/** The sample contest as a CONTEST_FILE, with `change` applied to its JSON. */
async function contestFile(change: (def: Awaited<ReturnType<typeof sampleDefinition>>) => void): Promise<string> {
  const def = JSON.parse(JSON.stringify(await sampleDefinition()));
  change(def);
  const dir = tempDir();
  folders.push(dir);
  const file = join(dir, 'contest.json');
  writeFileSync(file, JSON.stringify(def, null, 2));
  return file;
}

/** A fresh, empty database of a kind (harness.ts copies a migrated PGlite folder). */
const fresh = freshSettings;

/** Starts servers together; if one fails, the others are stopped before the error is thrown. */
async function startAll(list: Parameters<typeof startServer>[0][]): Promise<RunningServer[]> {
  const settled = await Promise.allSettled(list.map((s) => startServer(s)));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) {
    await Promise.all(settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value.kill()] : [])));
    throw failed.reason;
  }
  return settled.map((r) => (r as PromiseFulfilledResult<RunningServer>).value);
}

/** Runs the server's main with `env` until it exits (it is expected to refuse to start). */
function runMain(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const dataDir = tempDir();
  folders.push(dataDir);
  return runServerCommand('main.ts', [], { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', DATA_DIR: dataDir, SERVER_SECRET: 'test-secret', ...env }, 60_000);
}

/** A request with any body and headers: status, headers, text, and the JSON if it is JSON. */
async function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const res = await fetch(url, { method: init.method ?? 'GET', headers: init.headers, body: init.body });
  const text = await res.text();
  /** The contract's error envelope: what these tests read of a JSON answer. */
  let json: { error: { code: string; message: string; retryAfterSeconds?: number } } | undefined;
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: json! };
}

/** Whether a new TCP connection to the server's port is refused. */
function refused(origin: string): Promise<boolean> {
  const { hostname, port } = new URL(origin);
  return new Promise((ok) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.setTimeout(5000, () => (socket.destroy(), ok(false)));
    socket.once('connect', () => (socket.destroy(), ok(false)));
    socket.once('error', (e: NodeJS.ErrnoException) => ok(e.code === 'ECONNREFUSED'));
  });
}

/** The right answers to an attempt, found by text in the published bank (as a participant who studied it would). */
async function correctAnswers(server: RunningServer, attempt: { questions: { id: string; text?: string; options: { id: string; text?: string }[] }[] }) {
  const bank = await call(server.endpoint, 'GET', '/bank');
  const byText = new Map<string, { options: { id: string; text: string }[]; correctOptionIds: string[] }>(
    bank.body.questions.map((q: { text: string }) => [q.text, q]),
  );
  return {
    answers: attempt.questions.map((q) => {
      const b = byText.get(q.text!)!;
      const right = new Set(b.correctOptionIds.map((id) => b.options.find((o) => o.id === id)!.text));
      return { questionId: q.id, optionIds: q.options.filter((o) => right.has(o.text!)).map((o) => o.id) };
    }),
    prediction: 1,
    reason: 'confirmed' as const,
  };
}

/** A participant's start, asserted 201; returns the attempt. */
async function started(server: RunningServer, who = participant()) {
  const r = await call(server.endpoint, 'POST', '/attempts', { participant: who });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.attempt as {
    id: string;
    number: number;
    practice: boolean;
    deadline: string;
    questions: { id: string; text: string; options: { id: string; text: string }[] }[];
  };
}

/** What these tests read of a submission's answer: its result, or the contract's error envelope. */
interface Submission {
  result: { attemptId: string; status: string };
  error: { code: string; message: string; retryAfterSeconds?: number };
}

// \p{Cc}: the C0 and C1 controls, U+0000–U+001F and U+007F–U+009F.
const UNSAFE_IN_NAMES = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('a contest definition file with mistakes', () => {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let files: { schema: string; consistency: string; broken: string; missing: string };
  let runs: Promise<Record<keyof typeof files, { code: number | null; output: string }>>;
  before(async () => {
    const dir = tempDir();
    folders.push(dir);
    files = {
      // Problems the schema finds…
      schema: await contestFile((def) => {
        def.bank = def.bank.slice(0, 10);
        nth(def.bank, 3).correctOptionIds = ['khong-co'];
        nth(def.bank, 5).options = [];
        def.contest.exam.timeLimitSeconds = 0;
      }),
      // …and, the schema satisfied, those the consistency checks find.
      consistency: await contestFile((def) => {
        def.bank = def.bank.slice(0, 10);
        nth(def.bank, 3).correctOptionIds = ['khong-co'];
      }),
      broken: join(dir, 'broken.json'),
      missing: join(dir, 'absent.json'),
    };
    writeFileSync(files.broken, '{ "contest": { "id": "x", }');
    // The four servers at once (each is a process that stops at once).
    const names = Object.keys(files) as (keyof typeof files)[];
    runs = Promise.all(names.map((n) => runMain({ CONTEST_FILE: files[n] }))).then((r) => Object.fromEntries(names.map((n, i) => [n, r[i]])) as never);
  });

  it('stops the server (exit 1) with each problem named by its path: an answer not among the options, too few questions, a wrong setting', async () => {
    const { schema, consistency } = await runs;
    assert.equal(schema.code, 1, schema.output);
    assert.match(schema.output, new RegExp(`The contest definition ${escape(files.schema)} is not valid`));
    assert.match(schema.output, /contest\.exam\.timeLimitSeconds: Too small: expected number to be >=1/);
    assert.match(schema.output, /bank\[5\]\.options: Too small: expected array to have >=2 items/);
    assert.doesNotMatch(schema.output, /^\s+at /m, 'a message, not a stack trace');
    assert.doesNotMatch(schema.output, /endpoint http/);

    assert.equal(consistency.code, 1, consistency.output);
    assert.match(consistency.output, new RegExp(`The contest definition ${escape(files.consistency)} is not valid`));
    assert.match(consistency.output, /bank\[3\]\.correctOptionIds: "khong-co" is not one of its options/);
    assert.match(consistency.output, /bank: 10 questions, fewer than contest\.exam\.questionCount \(20\)/);
    assert.doesNotMatch(consistency.output, /^\s+at /m);
  });

  it('stops the server (exit 1) when the file is not JSON, or missing, naming the file', async () => {
    const { broken, missing } = await runs;
    assert.equal(broken.code, 1, broken.output);
    assert.match(broken.output, new RegExp(`The contest definition ${escape(files.broken)} is not valid:\n {2}- is not JSON: `));
    assert.doesNotMatch(broken.output, /^\s+at /m);
    assert.equal(missing.code, 1, missing.output);
    assert.match(missing.output, new RegExp(`The contest definition ${escape(files.missing)} is not valid:\n {2}- cannot be read: `));
  });
});

// A PGlite folder is made once (an initdb) while the first tests run.
if (databaseKinds().includes('pglite')) freshSettings('pglite').catch(() => {});

for (const kind of databaseKinds()) {
  describe(`on ${kind}`, () => {
    /** The sample contest (20 minutes) with autosave: CORS for the portal, 2 starts per participant a minute, a leaderboard at most 1 s old. */
    let a: RunningServer;
    let aSettings: ServerSettings;
    let aEnv: Record<string, string> = { CORS_ORIGINS: PORTAL, STARTS_PER_PARTICIPANT_PER_MINUTE: '2', LEADERBOARD_MAX_AGE_SECONDS: '1' };
    /** 5 requests a minute per client IP behind one proxy; the contest: 1 s to answer, 1 s of grace, autosave. */
    let b: RunningServer;
    /** Who is on a's leaderboard with full marks (their name is changed in the database later). */
    let tran: ReturnType<typeof participant>;

    before(async () => {
      const fast = await contestFile((def) => {
        def.contest.exam.timeLimitSeconds = 1;
        def.contest.exam.graceSeconds = 1;
        def.contest.exam.autosave = true;
      });
      const withAutosave = await contestFile((def) => {
        def.contest.exam.autosave = true;
      });
      const [sa, sb] = await Promise.all([fresh(kind), fresh(kind)]);
      aSettings = sa;
      aEnv = { ...aEnv, CONTEST_FILE: withAutosave };
      const started = await startAll([
        { ...sa, env: aEnv },
        { ...sb, env: { CORS_ORIGINS: PORTAL, RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: '1', CONTEST_FILE: fast } },
      ]);
      [a, b] = [nth(started, 0, 'server'), nth(started, 1, 'server')];
    });
    after(() => Promise.all([a?.kill(), b?.kill()]));

    /** A call to b from a client IP of its own (b allows 5 a minute per IP). */
    let clients = 0;
    const viaB = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const n = ++clients;
      return call(b.endpoint, method, path, body, { 'X-Forwarded-For': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`, ...headers });
    };
    const startedB = async () => {
      const r = await viaB('POST', '/attempts', { participant: participant() });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.attempt as Awaited<ReturnType<typeof started>>;
    };

    // ------------------------------------------------------------------ CORS and headers

    it('CORS: a preflight from the portal allows POST and PUT with Content-Type, Idempotency-Key and Authorization, with credentials, for that exact origin', async () => {
      for (const method of ['POST', 'PUT']) {
        const r = await raw(`${a.endpoint}/attempts/x/answers`, {
          method: 'OPTIONS',
          headers: { Origin: PORTAL, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type,idempotency-key,authorization' },
        });
        assert.equal(r.status, 204);
        assert.equal(r.headers.get('access-control-allow-origin'), PORTAL);
        assert.equal(r.headers.get('access-control-allow-credentials'), 'true');
        const methods = r.headers.get('access-control-allow-methods')!.split(/,\s*/);
        assert.ok(methods.includes('POST') && methods.includes('PUT'), methods.join());
        assert.deepEqual(
          r.headers
            .get('access-control-allow-headers')!
            .split(/,\s*/)
            .map((h) => h.toLowerCase())
            .sort(),
          ['authorization', 'content-type', 'idempotency-key'],
        );
        assert.match(r.headers.get('vary') ?? '', /Origin/);
      }
    });

    it('CORS: responses to the portal expose Retry-After and Age; another origin gets no Access-Control-Allow-Origin', async () => {
      const ok = await raw(`${a.endpoint}/contest`, { headers: { Origin: PORTAL } });
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('access-control-allow-origin'), PORTAL);
      assert.equal(ok.headers.get('access-control-allow-credentials'), 'true');
      const exposed = ok.headers
        .get('access-control-expose-headers')!
        .split(/,\s*/)
        .map((h) => h.toLowerCase());
      assert.ok(exposed.includes('retry-after') && exposed.includes('age'), exposed.join());

      const evil = await raw(`${a.endpoint}/contest`, { headers: { Origin: EVIL } });
      assert.equal(evil.headers.get('access-control-allow-origin'), null);
      const evilPreflight = await raw(`${a.endpoint}/attempts`, {
        method: 'OPTIONS',
        headers: { Origin: EVIL, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
      assert.equal(evilPreflight.headers.get('access-control-allow-origin'), null);
      // Nor the page's origin itself by accident, nor a look-alike.
      const lookalike = await raw(`${a.endpoint}/contest`, { headers: { Origin: 'https://portal.example.evil.example' } });
      assert.equal(lookalike.headers.get('access-control-allow-origin'), null);
    });

    it('sets the security headers (helmet) on the API, and the page at / carries its CSP with Trusted Types', async () => {
      const api = await raw(`${a.endpoint}/contest`);
      assert.equal(api.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(api.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(api.headers.get('x-frame-options'), 'SAMEORIGIN');
      assert.equal(api.headers.get('cross-origin-resource-policy'), 'cross-origin');
      assert.equal(api.headers.get('x-powered-by'), null);
      const page = await raw(`${a.origin}/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type')!, /^text\/html/);
      const csp = page.headers.get('content-security-policy')!;
      assert.ok(csp, 'the page has a Content-Security-Policy');
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /object-src 'none'/);
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    });

    // ------------------------------------------------------------------ bodies

    it('refuses a body over the limit with 413 in the envelope', async () => {
      const r = await raw(`${a.endpoint}/attempts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: PORTAL },
        body: JSON.stringify({ participant: participant(), padding: 'x'.repeat(200_000) }),
      });
      assert.equal(r.status, 413);
      assert.equal(r.json.error.code, 'bad_request');
      assert.equal(typeof r.json.error.message, 'string');
      assert.deepEqual(Object.keys(r.json), ['error']);
      // The portal can read it.
      assert.equal(r.headers.get('access-control-allow-origin'), PORTAL);
    });

    it('refuses invalid JSON, an empty JSON body and another content type with 400/415 bad_request', async () => {
      const url = `${a.endpoint}/attempts`;
      const broken = await raw(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"participant": {"fullName": "Nguyễn' });
      assert.equal(broken.status, 400);
      assert.equal(broken.json.error.code, 'bad_request');
      const empty = await raw(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '' });
      assert.equal(empty.status, 400);
      assert.equal(empty.json.error.code, 'bad_request');
      const text = await raw(url, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: '<a/>' });
      assert.equal(text.status, 415);
      assert.equal(text.json.error.code, 'bad_request');
      const notAnObject = await raw(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'null' });
      assert.equal(notAnObject.status, 400);
      assert.equal(notAnObject.json.error.code, 'bad_request');
    });

    it('refuses __proto__ and constructor.prototype keys with 400, and they reach nothing', async () => {
      const who = participant();
      const bodies = [
        `{"participant": ${JSON.stringify(who)}, "__proto__": {"practice": true}}`,
        `{"participant": {"__proto__": {"consent": true}, "fullName": "Nguyễn Văn An"}}`,
        `{"participant": ${JSON.stringify(who)}, "constructor": {"prototype": {"practice": true}}}`,
      ];
      for (const body of bodies) {
        const r = await raw(`${a.endpoint}/attempts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        assert.equal(r.status, 400, body);
        assert.equal(r.json.error.code, 'bad_request');
      }
      // No attempt was made, and no object in the server became a practice request.
      const attempt = await started(a, who);
      assert.equal(attempt.number, 1);
      assert.equal(attempt.practice, false);
    });

    it('refuses text PostgreSQL cannot store (U+0000, a lone surrogate) with 400, not a server error', async () => {
      const attempt = await started(a);
      const bodies = [
        `{"answers":[{"questionId":"q\\u0000","optionIds":[]}],"prediction":1,"reason":"confirmed"}`,
        `{"answers":[{"questionId":"\\ud800","optionIds":["\\udc00x"]}],"prediction":1,"reason":"confirmed"}`,
        `{"answers":[],"prediction":1,"reason":"confirmed","x\\u0000":1}`,
      ];
      for (const [i, body] of bodies.entries()) {
        const r = await raw(`${a.endpoint}/attempts/${attempt.id}/submission`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `nul-${i}` },
          body,
        });
        assert.equal(r.status, 400, `${body}: ${r.text}`);
        assert.equal(r.json.error.code, 'bad_request');
      }
      // An emoji is not in the contract's id pattern (#13 F4): 400 as well; an id in the pattern that is
      // not one of the attempt's questions is simply not counted: 201.
      const emoji = await call(
        a.endpoint,
        'POST',
        `/attempts/${attempt.id}/submission`,
        { answers: [{ questionId: 'q😀', optionIds: [] }], prediction: 1, reason: 'confirmed' },
        { 'Idempotency-Key': 'emoji' },
      );
      assert.equal(emoji.status, 400, JSON.stringify(emoji.body));
      const ok = await call(
        a.endpoint,
        'POST',
        `/attempts/${attempt.id}/submission`,
        { answers: [{ questionId: 'q-not-asked', optionIds: [] }], prediction: 1, reason: 'confirmed' },
        { 'Idempotency-Key': 'unknown-id' },
      );
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
    });

    it('refuses an Idempotency-Key longer than 200 characters with 400 on a start (not a 500 from the index)', async () => {
      const key = Array.from({ length: 30 }, () => Math.random().toString(36).slice(2))
        .join('')
        .padEnd(3000, 'z');
      const r = await call(a.endpoint, 'POST', '/attempts', { participant: participant() }, { 'Idempotency-Key': key });
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.equal(r.body.error.code, 'bad_request');
      const ok = await call(a.endpoint, 'POST', '/attempts', { participant: participant() }, { 'Idempotency-Key': 'k'.repeat(200) });
      assert.equal(ok.status, 201);
    });

    it('answers an unknown route under the API with 404 in the envelope, readable by the portal', async () => {
      for (const [method, path] of [
        ['GET', '/khong-co'],
        ['POST', '/attempts/x/khong-co'],
        ['DELETE', '/attempts/x'],
      ]) {
        const r = await raw(`${a.endpoint}${path}`, { method, headers: { Origin: PORTAL } });
        assert.equal(r.status, 404, `${method} ${path}`);
        assert.equal(r.json.error.code, 'bad_request');
        assert.match(r.json.error.message, /No route/);
        assert.equal(r.headers.get('access-control-allow-origin'), PORTAL);
      }
      const outside = await raw(`${a.origin}/khong-co`);
      assert.equal(outside.status, 404);
    });

    // ------------------------------------------------------------------ rate limits

    it('limits one client IP to RATE_LIMIT_PER_MINUTE (5): the 6th is 429 rate_limited with Retry-After; another IP and the health checks still pass', async () => {
      const from = (ip: string) => ({ 'X-Forwarded-For': ip, Origin: PORTAL });
      for (let i = 1; i <= 5; i++) {
        const r = await raw(`${b.endpoint}/contest`, { headers: from('203.0.113.7') });
        assert.equal(r.status, 200, `request ${i}`);
        assert.equal(r.headers.get('x-ratelimit-remaining'), String(5 - i));
      }
      const sixth = await raw(`${b.endpoint}/contest`, { headers: from('203.0.113.7') });
      assert.equal(sixth.status, 429);
      const retryAfter = sixth.headers.get('retry-after');
      assert.match(retryAfter ?? '', /^\d+$/);
      assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 60, retryAfter!);
      assert.equal(sixth.json.error.code, 'rate_limited');
      assert.equal(sixth.json.error.retryAfterSeconds, Number(retryAfter));
      assert.equal(typeof sixth.json.error.message, 'string');
      // The element on the portal reads it (CORS, Retry-After exposed).
      assert.equal(sixth.headers.get('access-control-allow-origin'), PORTAL);
      assert.match(sixth.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
      // A submission from that IP is limited too; another IP is not.
      const post = await call(b.endpoint, 'POST', '/attempts', { participant: participant() }, from('203.0.113.7'));
      assert.equal(post.status, 429);
      assert.equal(post.body.error.code, 'rate_limited');
      const other = await raw(`${b.endpoint}/contest`, { headers: from('203.0.113.8') });
      assert.equal(other.status, 200);
      const health = await raw(`${b.origin}/healthz`, { headers: from('203.0.113.7') });
      assert.equal(health.status, 200);
    });

    it('limits starts per participant (STARTS_PER_PARTICIPANT_PER_MINUTE=2): the third is 429 while another participant starts', async () => {
      const who = participant();
      const first = await call(a.endpoint, 'POST', '/attempts', { participant: who });
      const second = await call(a.endpoint, 'POST', '/attempts', { participant: who });
      assert.deepEqual([first.status, second.status], [201, 201]);
      // The round allows 3 attempts: the third start is refused by the rate limit, not the allowance.
      const third = await call(a.endpoint, 'POST', '/attempts', { participant: who });
      assert.equal(third.status, 429);
      assert.equal(third.body.error.code, 'rate_limited');
      assert.match(third.headers.get('retry-after') ?? '', /^\d+$/);
      assert.equal(third.body.error.retryAfterSeconds, Number(third.headers.get('retry-after')));
      const other = await call(a.endpoint, 'POST', '/attempts', { participant: participant() });
      assert.equal(other.status, 201);
    });

    // ------------------------------------------------------------------ health

    it('/healthz is 200; /readyz is 200 with the database kind', async () => {
      const health = await raw(`${a.origin}/healthz`);
      assert.equal(health.status, 200);
      assert.deepEqual(health.json, { status: 'ok' });
      for (const server of [a, b]) {
        const ready = await raw(`${server.origin}/readyz`);
        assert.equal(ready.status, 200);
        assert.deepEqual(ready.json, { status: 'ready', database: kind });
      }
    });

    // ------------------------------------------------------------------ names

    it('refuses names with control or bidirectional-override characters: 422 invalid_participant naming fullName', async () => {
      for (const fullName of ['Nguyễn \u202EThị Bình', 'Nguyễn Thị\u0007 Bình', 'Nguyễn\u2066 Văn An\u2069', 'Nguyễn\u200F Văn An']) {
        const r = await call(a.endpoint, 'POST', '/attempts', { participant: participant({ fullName }) });
        assert.equal(r.status, 422, JSON.stringify(fullName));
        assert.equal(r.body.error.code, 'invalid_participant');
        assert.deepEqual(
          r.body.error.fields.map((f: { field: string }) => f.field),
          ['fullName'],
        );
      }
    });

    it('masks names on the leaderboard ("Nguyễn Thị Bình" → "Nguyễn T. B.")', async () => {
      tran = participant({ fullName: 'Trần Văn An' });
      for (const [who, key] of [
        [participant({ fullName: 'Nguyễn Thị Bình' }), 'mask'],
        [tran, 'bidi'],
      ] as const) {
        const attempt = await started(a, who);
        // Full marks, so that the name is in the top 20 whatever the others score.
        const done = await call(a.endpoint, 'POST', `/attempts/${attempt.id}/submission`, await correctAnswers(a, attempt), { 'Idempotency-Key': key });
        assert.equal(done.status, 201);
        assert.equal(done.body.result.score, 20);
      }
      const board = await leaderboardWith(a, (names) => names.includes('Nguyễn T. B.') && names.includes('Trần V. A.'));
      for (const name of board.individuals.map((i: { name: string }) => i.name)) {
        assert.doesNotMatch(name, /Thị|Bình|Văn|An\b/);
        assert.doesNotMatch(name, UNSAFE_IN_NAMES);
      }
    });

    // ------------------------------------------------------------------ the deadline and autosave

    it('the deadline (1 s + 1 s grace): on time 201, in the grace 201, 3 s after the start 403 attempt_expired', async (t) => {
      const [late, onTime] = await Promise.all([startedB(), startedB()]);
      const back = Date.now();
      const onTimeReply = await viaB('POST', `/attempts/${onTime.id}/submission`, answersFor(onTime), { 'Idempotency-Key': 'on-time' });
      assert.equal(onTimeReply.status, 201, JSON.stringify(onTimeReply.body));

      // In the grace period. The server's clock is this machine's, and an attempt starts between
      // `sent` and `startedBy`: 1.1 s after `startedBy` is surely after the deadline, and before the
      // grace ends if the start and the submission are quick (a loaded machine gets a few tries).
      let graceTested = false;
      for (let i = 0; i < 4 && !graceTested; i++) {
        const sent = Date.now();
        const inGrace = await startedB();
        const startedBy = Date.now();
        if (startedBy - sent > 300) continue;
        await sleep(startedBy + 1100 - Date.now());
        const before = Date.now();
        const graceReply = await viaB('POST', `/attempts/${inGrace.id}/submission`, answersFor(inGrace), { 'Idempotency-Key': 'grace' });
        if (graceReply.status !== 201 && Date.now() - before > 500) continue;
        assert.equal(graceReply.status, 201, JSON.stringify(graceReply.body));
        assert.equal(graceReply.body.result.durationSeconds, 1, 'the time counted stops at the deadline');
        graceTested = true;
      }
      if (!graceTested) t.diagnostic('this machine is too busy to time a submission within the 1 s grace period');

      await sleep(back + 3000 - Date.now());
      const lateReply = await viaB('POST', `/attempts/${late.id}/submission`, answersFor(late), { 'Idempotency-Key': 'late' });
      assert.equal(lateReply.status, 403);
      assert.equal(lateReply.body.error.code, 'attempt_expired');
      const lateSave = await viaB('PUT', `/attempts/${late.id}/answers`, { revision: 0, answers: [], prediction: null });
      assert.equal(lateSave.status, 403);
      assert.equal(lateSave.body.error.code, 'attempt_expired');
      // What was accepted still replays after its deadline.
      const replay = await viaB('POST', `/attempts/${onTime.id}/submission`, answersFor(onTime), { 'Idempotency-Key': 'on-time' });
      assert.equal(replay.status, 200);
      assert.deepEqual(replay.body.result, onTimeReply.body.result);
    });

    it('a submission after deadline + grace counts the answers autosaved in time, as at the deadline (#13 F16)', async () => {
      const attempt = await startedB();
      const saved = await viaB('PUT', `/attempts/${attempt.id}/answers`, { revision: 0, answers: answersFor(attempt).answers, prediction: null });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      await sleep(3000); // frozen past the 1 s deadline and the 1 s grace
      const thawed = await viaB('POST', `/attempts/${attempt.id}/submission`, { ...answersFor(attempt), reason: 'time-up' }, { 'Idempotency-Key': 'thawed' });
      assert.equal(thawed.status, 201, JSON.stringify(thawed.body));
      assert.equal(Date.parse(thawed.body.result.submittedAt), Date.parse(attempt.deadline));
      const none = await startedB();
      await sleep(3000);
      const expired = await viaB('POST', `/attempts/${none.id}/submission`, answersFor(none), { 'Idempotency-Key': 'none-saved' });
      assert.equal(expired.body.error?.code, 'attempt_expired', 'without an autosave, expired as before');
    });

    it('autosave (exam.autosave: true): revisions 0 → 1 → 2, a stale revision is 409 stale_revision, after submission 409 already_submitted', async () => {
      const attempt = await started(a);
      const { answers, prediction } = answersFor(attempt);
      const first = await call(a.endpoint, 'PUT', `/attempts/${attempt.id}/answers`, { revision: 0, answers: answers.slice(0, 3), prediction: null });
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.equal(first.body.revision, 1);
      assert.equal(typeof first.body.serverTime, 'string');
      const stale = await call(a.endpoint, 'PUT', `/attempts/${attempt.id}/answers`, { revision: 0, answers, prediction });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'stale_revision');
      const second = await call(a.endpoint, 'PUT', `/attempts/${attempt.id}/answers`, { revision: 1, answers, prediction });
      assert.equal(second.status, 200);
      assert.equal(second.body.revision, 2);
      const submitted = await call(a.endpoint, 'POST', `/attempts/${attempt.id}/submission`, answersFor(attempt), { 'Idempotency-Key': 'autosave' });
      assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
      const after = await call(a.endpoint, 'PUT', `/attempts/${attempt.id}/answers`, { revision: 2, answers, prediction });
      assert.equal(after.status, 409);
      assert.equal(after.body.error.code, 'already_submitted');
      const unknown = await call(a.endpoint, 'PUT', `/attempts/khong-co/answers`, { revision: 0, answers, prediction });
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'attempt_not_found');
    });

    // ------------------------------------------------------------------ shutdown, then a restart

    it('SIGTERM: requests in flight finish with their real answers, new connections are refused, the process exits 0', async () => {
      const attempts: Awaited<ReturnType<typeof started>>[] = [];
      for (let i = 0; i < 3; i++) attempts.push(...(await Promise.all(Array.from({ length: 8 }, () => started(a)))));
      const slowAttempt = await started(a);
      const path = (id: string) => `${new URL(a.endpoint).pathname}/attempts/${id}/submission`;
      const logged = (id: string, output = a.output()) => output.includes(`"url":"${path(id)}"`);

      // One submission whose body is still arriving when the signal comes: certainly in flight, on a
      // connection the client would keep alive afterwards (the server must close it to exit).
      const slowBody = JSON.stringify(answersFor(slowAttempt));
      const agent = new http.Agent({ keepAlive: true });
      let finish!: () => void;
      const slow = new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Submission }>((ok, fail) => {
        const req = http.request(
          {
            agent,
            host: '127.0.0.1',
            port: a.port,
            path: path(slowAttempt.id),
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(slowBody), 'Idempotency-Key': 'slow' },
          },
          (res) => {
            let text = '';
            res.on('data', (d) => (text += d));
            res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }));
          },
        );
        req.on('error', fail);
        req.write(slowBody.slice(0, 20));
        finish = () => req.end(slowBody.slice(20));
      });
      // And a burst: the signal comes once a few of them have reached the server, the rest still coming.
      const answered = new Set<string>();
      const burst = attempts.map((attempt) =>
        call<Submission>(a.endpoint, 'POST', `/attempts/${attempt.id}/submission`, answersFor(attempt), { 'Idempotency-Key': `burst-${attempt.id}` }).then(
          (r): { attempt: typeof attempt; status: number; body: Submission | string } => (
            answered.add(attempt.id),
            { attempt, status: r.status, body: r.body }
          ),
          (e: Error) => ({ attempt, status: 0, body: e.message }),
        ),
      );
      const ready = () => logged(slowAttempt.id) && attempts.filter((x) => logged(x.id)).length >= 4;
      for (const t0 = Date.now(); !ready(); await sleep(2)) if (Date.now() - t0 > 60_000) assert.fail('the submissions did not reach the server');
      a.process.kill('SIGTERM');
      const atSignal = a.output();
      const arrived = attempts.filter((x) => logged(x.id, atSignal));
      const inFlight = arrived.filter((x) => !answered.has(x.id)).length + 1;
      console.log(
        `# ${kind}: SIGTERM with ${inFlight} submissions in flight (one still sending its body), ${attempts.length - arrived.length} not arrived yet`,
      );

      await sleep(400);
      assert.equal(a.process.exitCode, null, 'the process waits for the request in flight');
      assert.ok(await refused(a.origin), 'a new connection is refused while the server finishes');
      finish();
      const slowReply = await slow;
      assert.equal(slowReply.status, 201, JSON.stringify(slowReply.body));
      assert.equal(slowReply.headers.connection, 'close', 'an answer given while closing closes its connection');
      assert.equal(slowReply.body.result.attemptId, slowAttempt.id);
      assert.equal(slowReply.body.result.status, 'graded');
      const replies = await Promise.all(burst);
      for (const { attempt, status, body } of replies) {
        if (arrived.includes(attempt)) {
          // Arrived before the signal: its real answer.
          assert.equal(status, 201, JSON.stringify(body));
          assert.equal((body as Submission).result.attemptId, attempt.id);
        } else {
          // Arrived after: answered, or turned away (503, or the connection closed) to be sent again.
          assert.ok([0, 201, 503].includes(status), `${status} ${JSON.stringify(body)}`);
          // A 503 is the contract's envelope with a time to come back, not Fastify's own body.
          if (status === 503)
            assert.deepEqual([(body as Submission).error.code, (body as Submission).error.retryAfterSeconds], ['internal', 2], JSON.stringify(body));
        }
      }
      // It exits by itself, at once (main.ts gives up after 15 s with exit 1).
      const answeredAt = Date.now();
      const code = await new Promise<number | null>((ok) => (a.process.exitCode !== null ? ok(a.process.exitCode) : a.process.once('exit', ok)));
      assert.equal(code, 0);
      assert.ok(Date.now() - answeredAt < 10_000, `exited ${Date.now() - answeredAt} ms after the last answer`);
      agent.destroy();
      assert.match(a.output(), /shutting down: finishing requests in flight/);
      assert.ok(await refused(a.origin), 'nothing listens after the exit');

      // While it is stopped: the name of a participant on the leaderboard gains control and
      // bidirectional characters in the database (an import, an older version, a hand edit).
      const db = await openDb({ databaseUrl: aSettings.databaseUrl, dataDir: aSettings.dataDir ?? '' });
      try {
        const { rowCount } = await db.query('update participants set full_name = $1 where citizen_id = $2', [
          '\u202ETrần\u0007 Văn\u2066 \u200FAn\u2069\u001b',
          tran.citizenId,
        ]);
        assert.equal(rowCount, 1);
        await db.query('delete from leaderboard_cache');
      } finally {
        await db.close();
      }

      // Everything answered was kept: after a restart each replays.
      a = await startServer({ ...aSettings, port: a.port, env: aEnv });
      const replay = await call(a.endpoint, 'POST', `/attempts/${slowAttempt.id}/submission`, JSON.parse(slowBody), { 'Idempotency-Key': 'slow' });
      assert.equal(replay.status, 200);
      assert.deepEqual(replay.body.result, slowReply.body.result);
      // What was answered replays (200); what was turned away had not run, and is accepted now (201).
      for (const { attempt, status, body } of replies) {
        const again = await call(a.endpoint, 'POST', `/attempts/${attempt.id}/submission`, answersFor(attempt), { 'Idempotency-Key': `burst-${attempt.id}` });
        assert.equal(again.status, status === 201 ? 200 : 201, `${status} then ${again.status}`);
        if (status === 201) assert.deepEqual(again.body.result, (body as Submission).result);
      }
    });

    it('strips control and bidirectional characters from names in the database, and masks them', async () => {
      const board = await leaderboardWith(a, (names) => names.some((n) => n.startsWith('Tr')));
      const names: string[] = board.individuals.map((i: { name: string }) => i.name);
      assert.ok(names.includes('Trần V. A.'), JSON.stringify(names));
      assert.ok(names.includes('Nguyễn T. B.'), JSON.stringify(names));
      for (const name of names) assert.doesNotMatch(name, UNSAFE_IN_NAMES, JSON.stringify(name));
    });
  });
}

/** The leaderboard, asked again until `ok(names)` (it is refreshed in the background). */
async function leaderboardWith(server: RunningServer, ok: (names: string[]) => boolean): Promise<LeaderboardResponse> {
  let last: LeaderboardResponse | undefined;
  for (const t0 = Date.now(); Date.now() - t0 < 15_000; await sleep(250)) {
    const r = await call<LeaderboardResponse>(server.endpoint, 'GET', '/leaderboard');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    last = r.body;
    if (ok(r.body.individuals.map((i) => i.name))) return r.body;
  }
  assert.fail(`the leaderboard never showed the name: ${JSON.stringify(last?.individuals)}`);
}

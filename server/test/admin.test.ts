/**
 * The organisers' side over HTTP (docs/admin-api.md), through real server processes on each
 * database: sign-in (the same 401 for a wrong password and an unknown name, in about the same
 * time), the throttle per username and per IP, the session cookie's flags, CSRF (token and
 * Origin), roles enforced by the server, the audit log, sign-out and session expiry, the bank
 * imported from the dashboard (a dry run that changes nothing; an import that every process
 * serves while an attempt started before it still submits), retention, the page, no CORS,
 * the `admin:create` command, and no password, cookie or personal data in the server's log.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { writeBankCsv } from '../src/bank-sheet.ts';
import { sampleDefinition, type KeyedBankQuestion } from '../src/definition.ts';
import {
  answersFor,
  call,
  databaseKinds,
  freshSettings,
  participant,
  removeDir,
  runServerCommand,
  startServer,
  tempDir,
  type RunningServer,
  type ServerSettings,
} from './harness.ts';
import { must, nth } from './must.ts';

const PORTAL = 'https://portal.example';
const EVIL = 'https://evil.example';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Passwords of the accounts every suite creates (≥ 12 characters; one with Vietnamese marks). */
const PASSWORDS = {
  quantri: 'Mật-khẩu-quản-trị-2020',
  thongke: 'chi-xem-so-lieu-tong-hop',
  canbo: 'mat-khau-cua-can-bo-9',
} as const;

const folders: string[] = [];
after(() => folders.forEach(removeDir));

/** Environment of the server's commands for a database (the server's own DATABASE_URL / DATA_DIR). */
const dbEnv = (s: ServerSettings): Record<string, string> => (s.databaseUrl ? { DATABASE_URL: s.databaseUrl } : { DATABASE_URL: '', DATA_DIR: s.dataDir! });

async function createAccount(s: ServerSettings, username: string, role: 'admin' | 'viewer', password: string) {
  const r = await runServerCommand('admin-create.ts', ['--username', username, '--role', role], { ...dbEnv(s), ADMIN_PASSWORD: password }, 120_000);
  assert.equal(r.code, 0, r.output);
  assert.match(r.output, new RegExp(`Đã tạo tài khoản “${username}”`));
}

/** A dist folder whose admin bundle is a stand-in file (the real one is built by the dashboard's vite config). */
function fakeDist(withAdmin: boolean): string {
  const dir = tempDir();
  folders.push(dir);
  if (withAdmin) {
    mkdirSync(join(dir, 'admin'));
    writeFileSync(join(dir, 'admin', 'cai-cach-quiz-admin.js'), 'customElements.define("cai-cach-quiz-admin", class extends HTMLElement {});\n');
  }
  return dir;
}

/** A row of the dashboard's lists (audit log, participation, results, erasure), with the fields these tests read. */
interface Row {
  [field: string]: unknown;
  at: string;
  action: string;
  username: string;
  detail: string;
  unitId: string;
  participants: number;
  fullName: string;
  citizenId: string;
  phone: string;
  score: number;
  maxScore: number;
  rank: number;
  prize: string | null;
}

/** The admin API's JSON answers, as far as these tests read them (docs/admin-api.md). */
interface AdminJson {
  csrfToken: string;
  user: { username: string; role: string };
  error: { code: string; message: string; retryAfterSeconds?: number };
  rows: Row[];
  problems: { row: number; column: string; severity: 'error' | 'warning'; message: string }[];
  applied: boolean;
  summary: unknown;
  version: number;
  deleted: boolean;
  participants: number;
  totals: { attempts: number };
  perDay: unknown;
  perRound: unknown;
  scoreDistribution: unknown;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; undefined when it is not JSON (the tests check the status before they read it). */
  json: AdminJson;
  bytes: Buffer;
}

interface Credentials {
  cookie: string;
  csrf: string;
}

/** A request to the server's /admin side, as the dashboard (or an attacker) would send it. */
async function admin(
  server: RunningServer,
  method: string,
  path: string,
  options: {
    auth?: Credentials;
    csrf?: string | null;
    origin?: string | null;
    body?: unknown;
    type?: string;
    ip?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'X-Forwarded-For': options.ip ?? '198.51.100.1', ...options.headers };
  if (options.auth) headers.Cookie = options.auth.cookie;
  const csrf = options.csrf === undefined ? options.auth?.csrf : options.csrf;
  if (csrf && method !== 'GET') headers['X-CSRF-Token'] = csrf;
  // A browser sends Origin on a same-origin POST: the dashboard's requests carry the server's own.
  const origin = options.origin === undefined ? (method === 'GET' ? null : server.origin) : options.origin;
  if (origin) headers.Origin = origin;
  let body: string | Blob | undefined;
  if (Buffer.isBuffer(options.body) || typeof options.body === 'string') {
    body = typeof options.body === 'string' ? options.body : new Blob([new Uint8Array(options.body)]);
    headers['Content-Type'] = options.type ?? 'text/csv';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(`${server.origin}${path}`, { method, headers, body });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString('utf8');
  let json: AdminJson | undefined;
  try {
    json = JSON.parse(text) as AdminJson;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: json!, bytes };
}

/** Signs in; returns the answer and, on success, the cookie and CSRF token. */
async function signIn(server: RunningServer, username: string, password: string, ip = '198.51.100.1', origin?: string | null) {
  const r = await admin(server, 'POST', '/admin/api/session', { body: { username, password }, ip, origin });
  const setCookie = r.headers.getSetCookie();
  const value = /^ccq_admin=([^;]*)/.exec(setCookie[0] ?? '')?.[1];
  return { ...r, setCookie, auth: value ? { cookie: `ccq_admin=${value}`, csrf: r.json?.csrfToken } : undefined };
}

async function signedIn(server: RunningServer, username: keyof typeof PASSWORDS, ip?: string): Promise<Credentials> {
  const r = await signIn(server, username, PASSWORDS[username], ip);
  assert.equal(r.status, 200, r.text);
  return r.auth!;
}

const median = (xs: number[]) =>
  nth(
    [...xs].sort((a, b) => a - b),
    Math.floor(xs.length / 2),
    'timing',
  );

/** The right answers to an attempt, by question text in a bank with its answers (as a participant who studied it would). */
function rightAnswers(
  bank: { questions: { text: string; options: { id: string; text: string }[]; correctOptionIds: string[] }[] },
  attempt: { questions: { id: string; text: string; options: { id: string; text: string }[] }[] },
) {
  const byText = new Map(bank.questions.map((q) => [q.text, q]));
  return {
    answers: attempt.questions.map((q) => {
      const b = byText.get(q.text)!;
      const right = new Set(b.correctOptionIds.map((id) => b.options.find((o) => o.id === id)!.text));
      return { questionId: q.id, optionIds: q.options.filter((o) => right.has(o.text)).map((o) => o.id) };
    }),
    prediction: 1,
    reason: 'confirmed' as const,
  };
}

/** A replacement bank: 25 questions of the sample under new codes and new texts (one with an accent-heavy text). */
async function newBank(): Promise<{ questions: KeyedBankQuestion[]; csv: string }> {
  const def = await sampleDefinition();
  const questions = def.bank.slice(0, 25).map((q, i) => ({ ...q, id: `moi-${String(i + 1).padStart(2, '0')}`, text: `(Bộ mới) ${q.text}` }));
  return { questions, csv: writeBankCsv(questions, def.topics ?? []) };
}

// A PGlite folder is made once (an initdb) while the first suite starts.
if (databaseKinds().includes('pglite')) freshSettings('pglite').catch(() => {});

for (const kind of databaseKinds()) {
  describe(`on ${kind}`, () => {
    /** The main server: TRUST_PROXY so each test signs in from an address of its own; CORS for a portal; a stand-in admin bundle. */
    let a: RunningServer;
    /** A second process on the same PostgreSQL (PostgreSQL only). */
    let b: RunningServer | undefined;
    /** Sessions of 3 s idle / 6 s in all; no admin bundle built. */
    let brief: RunningServer;
    let settings: ServerSettings;
    /** Everything that must never reach a log: passwords, cookies, CSRF tokens, participants' details. */
    const secrets = new Set<string>(Object.values(PASSWORDS));
    const remember = (auth: Credentials) => {
      secrets.add(auth.cookie.slice('ccq_admin='.length));
      secrets.add(auth.csrf);
      return auth;
    };

    before(async () => {
      settings = await freshSettings(kind);
      const briefSettings = await freshSettings(kind);
      // On PGlite the command must run before the server opens the data folder, one at a time per folder.
      await Promise.all([
        (async () => {
          for (const [name, role] of [
            ['quantri', 'admin'],
            ['thongke', 'viewer'],
            ['canbo', 'admin'],
          ] as const)
            await createAccount(settings, name, role, PASSWORDS[name]);
        })(),
        createAccount(briefSettings, 'quantri', 'admin', PASSWORDS.quantri),
      ]);
      const env = { TRUST_PROXY: '1', CORS_ORIGINS: PORTAL, DIST_DIR: fakeDist(true) };
      const started = await Promise.allSettled([
        startServer({ ...settings, env }),
        startServer({
          ...briefSettings,
          env: { TRUST_PROXY: '1', DIST_DIR: fakeDist(false), ADMIN_SESSION_IDLE_SECONDS: '3', ADMIN_SESSION_MAX_SECONDS: '6' },
        }),
        kind === 'postgres' ? startServer({ ...settings, env }) : Promise.resolve(undefined),
      ]);
      const failed = started.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      [a, brief, b] = started.map((r) => (r as PromiseFulfilledResult<RunningServer>).value) as [RunningServer, RunningServer, RunningServer | undefined];
    });
    after(() => Promise.all([a?.kill(), b?.kill(), brief?.kill()]));

    // ------------------------------------------------------------------ sign-in

    it('signs in with the right password (200: the user, its role and a CSRF token); a wrong password and an unknown name get the same 401', async () => {
      const ok = await signIn(a, 'quantri', PASSWORDS.quantri, '198.51.100.10');
      assert.equal(ok.status, 200, ok.text);
      assert.deepEqual(ok.json.user, { username: 'quantri', role: 'admin' });
      assert.match(ok.json.csrfToken, /^[\w-]{43}$/);
      remember(ok.auth!);
      // The same password typed in NFD (as a Mac may send Vietnamese marks) and the name in capitals sign in too.
      const nfd = await signIn(a, ' QuanTri ', PASSWORDS.quantri.normalize('NFD'), '198.51.100.10');
      assert.equal(nfd.status, 200, nfd.text);
      remember(nfd.auth!);

      const wrong = await signIn(a, 'quantri', 'mat-khau-sai-hoan-toan', '198.51.100.11');
      const unknown = await signIn(a, 'khong-co-ai', PASSWORDS.quantri, '198.51.100.12');
      for (const r of [wrong, unknown]) {
        assert.equal(r.status, 401, r.text);
        assert.deepEqual(r.setCookie, []);
      }
      assert.deepEqual(wrong.json, unknown.json);
      assert.equal(wrong.json.error.code, 'invalid_credentials');
      assert.equal(wrong.json.error.message, 'Tên đăng nhập hoặc mật khẩu không đúng.');
      // Neither answer can be told from the other by content: only the status line and the envelope.
      assert.equal(wrong.text, unknown.text);

      const bad = await admin(a, 'POST', '/admin/api/session', { body: { username: 'quantri' }, ip: '198.51.100.13' });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.error.code, 'bad_request');
    });

    it('takes about as long for an unknown name as for a wrong password (a dummy scrypt hash, not an early return)', async () => {
      const time = async (username: string, ip: string) => {
        const t0 = performance.now();
        const r = await signIn(a, username, 'mat-khau-sai-hoan-toan', ip);
        assert.equal(r.status, 401);
        return performance.now() - t0;
      };
      const wrong: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 5; i++) {
        wrong.push(await time('thongke', `198.51.100.${20 + i}`));
        unknown.push(await time(`khong-co-ai-${i}`, `198.51.100.${30 + i}`));
      }
      // scrypt (N=2^15) costs tens of milliseconds; an unknown name answered without it would take a few.
      assert.ok(median(unknown) > 0.5 * median(wrong), `unknown ${median(unknown).toFixed(1)} ms vs wrong password ${median(wrong).toFixed(1)} ms`);
      assert.ok(median(wrong) > 0.5 * median(unknown), `wrong password ${median(wrong).toFixed(1)} ms vs unknown ${median(unknown).toFixed(1)} ms`);
    });

    it('sets the cookie HttpOnly, SameSite=Strict, Path=/admin, without Secure over HTTP and with it behind an HTTPS proxy', async () => {
      const plain = await signIn(a, 'quantri', PASSWORDS.quantri, '198.51.100.40');
      assert.equal(plain.setCookie.length, 1);
      const attributes = nth(plain.setCookie, 0).split(/;\s*/);
      assert.match(nth(attributes, 0), /^ccq_admin=[\w-]{43}$/);
      assert.ok(attributes.includes('HttpOnly'), nth(plain.setCookie, 0));
      assert.ok(attributes.includes('SameSite=Strict'), nth(plain.setCookie, 0));
      assert.ok(attributes.includes('Path=/admin'), nth(plain.setCookie, 0));
      assert.ok(!attributes.includes('Secure'), nth(plain.setCookie, 0));
      assert.ok(!attributes.some((x) => /^(Domain|Max-Age|Expires)=/i.test(x)), 'a session cookie of this host only');
      remember(plain.auth!);
      // Behind the portal's TLS proxy (trusted: TRUST_PROXY=1) the request came over HTTPS; the Origin is then https too.
      const tls = await admin(a, 'POST', '/admin/api/session', {
        body: { username: 'quantri', password: PASSWORDS.quantri },
        ip: '198.51.100.41',
        origin: `https://${new URL(a.origin).host}`,
        headers: { 'X-Forwarded-Proto': 'https' },
      });
      assert.equal(tls.status, 200, tls.text);
      assert.ok(nth(tls.headers.getSetCookie(), 0).split(/;\s*/).includes('Secure'), nth(tls.headers.getSetCookie(), 0));
      secrets.add(nth(must(/^ccq_admin=([^;]*)/.exec(nth(tls.headers.getSetCookie(), 0)), 'session cookie'), 1));
      secrets.add(tls.json.csrfToken);
    });

    it('throttles sign-in: after 10 failures for one username, the 11th is 429 with Retry-After, even with the right password and from another address', async () => {
      for (let i = 0; i < 10; i++) {
        const r = await signIn(a, 'canbo', 'sai-mat-khau-lan-nua', `198.51.100.${50 + i}`);
        assert.equal(r.status, 401, `failure ${i + 1}: ${r.text}`);
      }
      const locked = await signIn(a, 'canbo', PASSWORDS.canbo, '198.51.100.70');
      assert.equal(locked.status, 429, locked.text);
      assert.equal(locked.json.error.code, 'rate_limited');
      assert.match(locked.json.error.message, /Đăng nhập sai quá nhiều lần/);
      const retryAfter = Number(locked.headers.get('retry-after'));
      assert.ok(retryAfter > 800 && retryAfter <= 900, String(retryAfter));
      assert.equal(locked.json.error.retryAfterSeconds, retryAfter);
      assert.deepEqual(locked.setCookie, []);
      // Another account is not locked by it.
      const other = await signIn(a, 'thongke', PASSWORDS.thongke, '198.51.100.71');
      assert.equal(other.status, 200, other.text);
      remember(other.auth!);
    });

    it('throttles sign-in per address: after 10 failures from one IP, the 11th is 429 whatever the name, while other addresses sign in', async () => {
      const ip = '203.0.113.99';
      for (let i = 0; i < 10; i++) {
        const r = await signIn(a, `doan-ten-${i}`, 'doan-mat-khau-bat-ky', ip);
        assert.equal(r.status, 401, `failure ${i + 1}: ${r.text}`);
      }
      const locked = await signIn(a, 'quantri', PASSWORDS.quantri, ip);
      assert.equal(locked.status, 429, locked.text);
      assert.equal(locked.json.error.code, 'rate_limited');
      const elsewhere = await signIn(a, 'quantri', PASSWORDS.quantri, '203.0.113.100');
      assert.equal(elsewhere.status, 200, elsewhere.text);
      remember(elsewhere.auth!);
    });

    // ------------------------------------------------------------------ the session

    it('GET /admin/api/session: 401 unauthenticated without a cookie or with a made-up one; 200 with the same body as the sign-in', async () => {
      for (const auth of [undefined, { cookie: 'ccq_admin=' + 'A'.repeat(43), csrf: 'x' }, { cookie: 'ccq_admin=nonsense', csrf: 'x' }]) {
        const r = await admin(a, 'GET', '/admin/api/session', { auth });
        assert.equal(r.status, 401, r.text);
        assert.equal(r.json.error.code, 'unauthenticated');
      }
      const auth = remember(await signedIn(a, 'thongke', '198.51.100.80'));
      const r = await admin(a, 'GET', '/admin/api/session', { auth });
      assert.equal(r.status, 200, r.text);
      assert.deepEqual(r.json, { user: { username: 'thongke', role: 'viewer' }, csrfToken: auth.csrf });
      assert.equal(r.headers.get('cache-control'), 'no-store');
    });

    it("CSRF: a POST without the token, with another session's token, or from a foreign Origin is 403 csrf and does nothing; a sign-in from a foreign Origin too", async () => {
      const auth = remember(await signedIn(a, 'quantri', '198.51.100.90'));
      const other = remember(await signedIn(a, 'quantri', '198.51.100.91'));
      const refused = [
        await admin(a, 'POST', '/admin/api/retention?dryRun=1', { auth, csrf: null }),
        await admin(a, 'POST', '/admin/api/retention?dryRun=1', { auth, csrf: other.csrf }),
        await admin(a, 'POST', '/admin/api/retention?dryRun=1', { auth, origin: EVIL }),
        await admin(a, 'POST', '/admin/api/retention?dryRun=1', { auth, origin: 'null' }),
        await admin(a, 'POST', '/admin/api/retention?dryRun=1', { auth, origin: `${a.origin}.evil.example` }),
        await admin(a, 'DELETE', '/admin/api/session', { auth, csrf: null }),
        await admin(a, 'POST', '/admin/api/bank', { auth, csrf: null, body: 'x' }),
      ];
      for (const r of refused) {
        assert.equal(r.status, 403, r.text);
        assert.equal(r.json.error.code, 'csrf');
      }
      // Still signed in (the DELETE did nothing), and nothing was recorded as done.
      assert.equal((await admin(a, 'GET', '/admin/api/session', { auth })).status, 200);
      const log = await admin(a, 'GET', '/admin/api/audit?limit=1000', { auth });
      const mine = log.json.rows.filter((row) => ['retention_checked', 'sign_out', 'bank_checked'].includes(row.action));
      assert.deepEqual(mine, []);
      // With the token and the server's own Origin (or no Origin, as some browsers do on same-origin requests) it is done.
      assert.equal((await admin(a, 'POST', '/admin/api/retention?dryRun=1', { auth })).status, 200);
      assert.equal((await admin(a, 'POST', '/admin/api/retention?dryRun=1', { auth, origin: null })).status, 200);

      const foreignSignIn = await signIn(a, 'quantri', PASSWORDS.quantri, '198.51.100.92', EVIL);
      assert.equal(foreignSignIn.status, 403, foreignSignIn.text);
      assert.equal(foreignSignIn.json.error.code, 'csrf');
      assert.deepEqual(foreignSignIn.setCookie, []);
    });

    // ------------------------------------------------------------------ roles, results, audit

    describe('with submitted attempts', () => {
      /** The round's winner (full marks); 17 others answer the first option everywhere, so some rank past the round's 16 prizes. */
      let who: ReturnType<typeof participant>;
      let others: ReturnType<typeof participant>[];
      /** The round the attempts count in (the sample gives prizes per round, none on the whole contest). */
      let round: string;
      before(async () => {
        who = participant({ fullName: 'Lê Thị Quỳnh Hoa', email: 'quynhhoa.le@example.vn' });
        const given = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hải', 'Hùng', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Quang', 'Sơn', 'Tâm', 'Vinh'];
        others = given.map((g) => participant({ fullName: `Trần Văn ${g}` }));
        for (const p of [who, ...others]) for (const v of [p.fullName, p.citizenId, p.phone, p.email]) secrets.add(v);
        const bank = (await call(a.endpoint, 'GET', '/bank')).body;
        for (const [i, p] of [who, ...others].entries()) {
          const start = await call(a.endpoint, 'POST', '/attempts', { participant: p });
          assert.equal(start.status, 201, JSON.stringify(start.body));
          round = start.body.attempt.roundId;
          const answers = i === 0 ? rightAnswers(bank, start.body.attempt) : { ...answersFor(start.body.attempt), prediction: 1000 + i };
          const submit = await call(a.endpoint, 'POST', `/attempts/${start.body.attempt.id}/submission`, answers, { 'Idempotency-Key': `k-${i}` });
          assert.equal(submit.status, 201, JSON.stringify(submit.body));
        }
        assert.ok(round, 'the sample contest is in a round');
      });

      const personal = [
        ['GET', '/admin/api/results?round=*'],
        ['GET', '/admin/api/results.xlsx?round=*'],
        ['GET', '/admin/api/results.csv?round=*'],
        ['GET', '/admin/api/bank.xlsx'],
        ['POST', '/admin/api/bank?dryRun=1'],
        ['POST', '/admin/api/retention?dryRun=1'],
        ['GET', '/admin/api/audit'],
      ] as const;

      it('a viewer gets 403 forbidden on results, results.xlsx, results.csv, bank.xlsx, the bank import, retention and the audit log, with no personal data in the answer', async () => {
        const viewer = remember(await signedIn(a, 'thongke', '198.51.100.100'));
        const { csv } = await newBank();
        for (const [method, path] of personal) {
          const r = await admin(a, method, path, { auth: viewer, ...(method === 'POST' ? { body: csv } : {}) });
          assert.equal(r.status, 403, `${method} ${path}: ${r.text}`);
          assert.equal(r.json.error.code, 'forbidden', path);
          assert.match(r.headers.get('content-type')!, /^application\/json/, path);
          assert.ok(!r.text.includes(who.fullName) && !r.text.includes(who.citizenId), path);
        }
        // The bank was not changed by the viewer's import.
        const bank = await call(a.endpoint, 'GET', '/bank');
        assert.ok(!bank.body.questions.some((q: { id: string }) => q.id.startsWith('moi-')));
      });

      it('a viewer gets the aggregates: overview, participation and participation.xlsx (no names in them)', async () => {
        const viewer = remember(await signedIn(a, 'thongke', '198.51.100.101'));
        const overview = await admin(a, 'GET', '/admin/api/overview', { auth: viewer });
        assert.equal(overview.status, 200, overview.text);
        assert.equal(overview.json.totals.attempts >= 1, true);
        assert.ok(Array.isArray(overview.json.perDay) && Array.isArray(overview.json.perRound) && Array.isArray(overview.json.scoreDistribution));
        const participation = await admin(a, 'GET', '/admin/api/participation?round=*', { auth: viewer });
        assert.equal(participation.status, 200, participation.text);
        assert.ok(
          participation.json.rows.some((r) => r.unitId === who.unitId && r.participants >= 1),
          participation.text,
        );
        const unknownRound = await admin(a, 'GET', '/admin/api/participation?round=khong-co', { auth: viewer });
        assert.equal(unknownRound.status, 404);
        assert.equal(unknownRound.json.error.code, 'not_found');
        const sheet = await admin(a, 'GET', '/admin/api/participation.xlsx?round=*', { auth: viewer });
        assert.equal(sheet.status, 200, sheet.text.slice(0, 300));
        assert.equal(sheet.headers.get('content-type'), XLSX);
        assert.match(sheet.headers.get('content-disposition')!, /^attachment; filename="[\w.-]+\.xlsx"/);
        for (const r of [overview, participation]) assert.ok(!r.text.includes(who.fullName) && !r.text.includes(who.citizenId));
      });

      it('an admin gets results (names, and contact details on prize rows only), results.xlsx, results.csv and bank.xlsx; each is written in the audit log', async () => {
        const auth = remember(await signedIn(a, 'quantri', '198.51.100.102'));
        const results = await admin(a, 'GET', `/admin/api/results?round=${round}&limit=50`, { auth });
        assert.equal(results.status, 200, results.text);
        assert.equal(results.json.rows.length, 18);
        const first = nth(results.json.rows, 0, 'row');
        assert.equal(first.fullName, who.fullName);
        assert.equal(first.score, first.maxScore);
        assert.equal(first.rank, 1);
        assert.ok(first.prize, 'the first place wins a prize');
        assert.equal(first.citizenId, who.citizenId);
        assert.equal(first.phone, who.phone);
        const unprized = results.json.rows.filter((r) => !r.prize);
        assert.ok(unprized.length >= 2, 'rows past the prizes');
        for (const r of unprized) {
          assert.ok(r.fullName.startsWith('Trần Văn '), r.fullName);
          for (const field of ['citizenId', 'phone', 'email', 'birthDate']) assert.equal(r[field], undefined, `${field} of a row without a prize`);
        }
        const limited = await admin(a, 'GET', `/admin/api/results?round=${round}`, { auth });
        assert.equal(limited.status, 200);
        assert.equal((await admin(a, 'GET', `/admin/api/results?round=${round}&limit=0`, { auth })).status, 400);

        const xlsx = await admin(a, 'GET', `/admin/api/results.xlsx?round=${round}`, { auth });
        assert.equal(xlsx.status, 200, xlsx.text.slice(0, 300));
        assert.equal(xlsx.headers.get('content-type'), XLSX);
        assert.match(xlsx.headers.get('content-disposition')!, /^attachment; filename="[\w.-]+\.xlsx"/);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(xlsx.bytes as never);
        const cells = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
        assert.ok(
          cells.some((c) => c.includes(who.fullName)),
          "the winner's name, with its Vietnamese marks, is in the workbook",
        );
        assert.ok(
          cells.some((c) => c.includes(who.citizenId)),
          "and the winner's citizen id",
        );
        for (const r of unprized) {
          const person = others.find((p) => p.fullName === r.fullName)!;
          assert.ok(
            cells.some((c) => c.includes(person.fullName)),
            'every ranked name is in the workbook',
          );
          assert.ok(!cells.some((c) => c.includes(person.citizenId) || c.includes(person.phone)), `no contact details of ${person.fullName}, who has no prize`);
        }

        const csv = await admin(a, 'GET', `/admin/api/results.csv?round=${round}`, { auth });
        assert.equal(csv.status, 200, csv.text.slice(0, 300));
        assert.match(csv.headers.get('content-type')!, /^text\/csv/);
        assert.ok(csv.text.includes(who.fullName) && csv.text.includes(who.citizenId));
        assert.ok(csv.text.startsWith('\uFEFF'), 'a BOM, so Excel reads UTF-8');
        const semicolons = await admin(a, 'GET', `/admin/api/results.csv?round=${round}&delimiter=%3B`, { auth });
        assert.equal(semicolons.status, 200);
        assert.equal(nth(semicolons.text.split('\r\n'), 0), nth(csv.text.split('\r\n'), 0).replaceAll(',', ';'));

        const bank = await admin(a, 'GET', '/admin/api/bank.xlsx', { auth });
        assert.equal(bank.status, 200, bank.text.slice(0, 300));
        assert.equal(bank.headers.get('content-type'), XLSX);

        const log = await admin(a, 'GET', '/admin/api/audit?limit=20', { auth });
        assert.equal(log.status, 200, log.text);
        const actions = log.json.rows.map((r) => `${r.username} ${r.action}`);
        // Newest first: bank.xlsx, the two CSV, results.xlsx, results (JSON) twice, the sign-in.
        assert.deepEqual(actions.slice(0, 7), [
          'quantri bank_exported',
          'quantri results_exported',
          'quantri results_exported',
          'quantri results_exported',
          'quantri results_viewed',
          'quantri results_viewed',
          'quantri sign_in',
        ]);
        assert.match(nth(log.json.rows, 1).detail, /csv/);
        assert.match(nth(log.json.rows, 3).detail, /xlsx/);
        assert.match(nth(log.json.rows, 0).at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
        // The audit log itself carries no personal data.
        assert.ok(!log.text.includes(who.fullName) && !log.text.includes(who.citizenId) && !log.text.includes(who.phone));
      });

      it('the audit log has the failed sign-ins (an unknown name is not written down) and the sign-outs', async () => {
        assert.equal((await signIn(a, 'quantri', 'mat-khau-sai-lan-nay', '198.51.100.105')).status, 401);
        assert.equal((await signIn(a, 'khong-co-ai-ca', 'mat-khau-sai-lan-nay', '198.51.100.106')).status, 401);
        const leaving = remember(await signedIn(a, 'thongke', '198.51.100.107'));
        assert.equal((await admin(a, 'DELETE', '/admin/api/session', { auth: leaving })).status, 204);
        const auth = remember(await signedIn(a, 'quantri', '198.51.100.103'));
        const log = await admin(a, 'GET', '/admin/api/audit?limit=1000', { auth });
        assert.ok(
          log.json.rows.some((r) => r.action === 'sign_out' && r.username === 'thongke'),
          log.text,
        );
        const failed = log.json.rows.filter((r) => r.action === 'sign_in_failed');
        assert.ok(
          failed.some((r) => r.username === 'quantri' && r.detail === 'Sai mật khẩu.'),
          log.text,
        );
        assert.ok(
          failed.some((r) => r.username === '' && r.detail === 'Tên đăng nhập không thuộc tài khoản nào.'),
          log.text,
        );
        assert.ok(!log.text.includes('khong-co-ai') && !log.text.includes('doan-ten-'), 'typed names of no account are not kept');
        assert.ok(!log.text.includes('mat-khau-sai') && !log.text.includes(PASSWORDS.quantri));
        const tooMany = await admin(a, 'GET', '/admin/api/audit?limit=100000', { auth });
        assert.equal(tooMany.status, 400);
      });

      it('retention from the dashboard: a dry run counts and changes nothing; the real run masks the names, both audit-logged', async () => {
        const auth = remember(await signedIn(a, 'quantri', '198.51.100.104'));
        const dry = await admin(a, 'POST', '/admin/api/retention?dryRun=1', { auth });
        assert.equal(dry.status, 200, dry.text);
        assert.equal(dry.json.deleted, false);
        assert.ok(dry.json.participants >= 1);
        const still = await admin(a, 'GET', `/admin/api/results?round=${round}`, { auth });
        assert.ok(still.json.rows.some((r) => r.fullName === who.fullName && r.citizenId === who.citizenId));

        const run = await admin(a, 'POST', '/admin/api/retention', { auth });
        assert.equal(run.status, 200, run.text);
        assert.deepEqual(run.json, { participants: dry.json.participants, deleted: true });
        const after = await admin(a, 'GET', `/admin/api/results?round=${round}`, { auth });
        assert.ok(!after.text.includes(who.fullName) && !after.text.includes(who.citizenId), 'the full name is masked and the contact details gone');
        assert.equal(nth(after.json.rows, 0).fullName, 'Lê T. Q. H.', after.text);
        const log = await admin(a, 'GET', '/admin/api/audit?limit=10', { auth });
        const actions = log.json.rows.map((r) => r.action);
        assert.ok(actions.includes('retention_checked') && actions.includes('personal_data_deleted'), actions.join());
      });
    });

    // ------------------------------------------------------------------ sign-out, expiry

    it('signs out: DELETE /admin/api/session is 204 and clears the cookie; the old cookie is refused afterwards', async () => {
      const auth = remember(await signedIn(a, 'quantri', '198.51.100.110'));
      const out = await admin(a, 'DELETE', '/admin/api/session', { auth });
      assert.equal(out.status, 204, out.text);
      const cleared = nth(out.headers.getSetCookie(), 0, 'Set-Cookie');
      assert.match(cleared, /^ccq_admin=;/);
      assert.match(cleared, /Max-Age=0/);
      assert.match(cleared, /Path=\/admin/);
      for (const [method, path] of [
        ['GET', '/admin/api/session'],
        ['GET', '/admin/api/overview'],
        ['POST', '/admin/api/retention?dryRun=1'],
      ] as const) {
        const r = await admin(a, method, path, { auth });
        assert.equal(r.status, 401, `${method} ${path}: ${r.text}`);
        assert.equal(r.json.error.code, 'unauthenticated');
      }
      // Signing out without a session is harmless (204, the cookie cleared).
      assert.equal((await admin(a, 'DELETE', '/admin/api/session', {})).status, 204);
    });

    it('a session ends after ADMIN_SESSION_IDLE_SECONDS (3 s) without a request', async () => {
      const auth = await signedIn(brief, 'quantri', '198.51.100.120');
      assert.equal((await admin(brief, 'GET', '/admin/api/session', { auth })).status, 200);
      await sleep(4500);
      const r = await admin(brief, 'GET', '/admin/api/session', { auth });
      assert.equal(r.status, 401, r.text);
      assert.equal(r.json.error.code, 'unauthenticated');
    });

    it('a session ends ADMIN_SESSION_MAX_SECONDS (6 s) after sign-in, however active it is', async () => {
      const auth = await signedIn(brief, 'quantri', '198.51.100.121');
      const t0 = Date.now();
      // A request every second keeps the idle clock (3 s) from running out, past the idle time…
      while (Date.now() - t0 < 4500) {
        assert.equal((await admin(brief, 'GET', '/admin/api/session', { auth })).status, 200, `${Date.now() - t0} ms after sign-in`);
        await sleep(1000);
      }
      // …but not the absolute one.
      while (Date.now() - t0 < 7500) {
        await admin(brief, 'GET', '/admin/api/session', { auth });
        await sleep(1000);
      }
      const r = await admin(brief, 'GET', '/admin/api/session', { auth });
      assert.equal(r.status, 401, r.text);
    });

    // ------------------------------------------------------------------ the bank from the dashboard

    it('a bank import dry run lists every problem by row and column and changes nothing; so does an import with errors', async () => {
      const auth = remember(await signedIn(a, 'quantri', '198.51.100.130'));
      const before = await call(a.endpoint, 'GET', '/bank');
      // A sheet of the template typed by hand: 25 questions, cells without commas; row 4 has no
      // correct answer, row 7 names option F, which its question does not have.
      const header = [
        'Mã câu',
        'Chủ đề',
        'Câu hỏi',
        'Phương án A',
        'Phương án B',
        'Phương án C',
        'Phương án D',
        'Phương án E',
        'Phương án F',
        'Đáp án đúng',
        'Giải thích',
        'Nguồn/căn cứ pháp lý',
      ];
      const rows = Array.from({ length: 25 }, (_, i) => [
        `th-${i + 1}`,
        'Thủ tục hành chính',
        `Câu hỏi thử số ${i + 1}: cơ quan nào tiếp nhận hồ sơ?`,
        'Bộ phận Một cửa',
        'Văn phòng UBND',
        'Sở Nội vụ',
        '',
        '',
        '',
        i === 2 ? '' : i === 5 ? 'F' : 'A',
        '',
        'Nghị định 61/2018/NĐ-CP',
      ]);
      const noAnswer = { row: 4 };
      const noOption = { row: 7 };
      const csv = `\uFEFF${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;

      for (const path of ['/admin/api/bank?dryRun=1', '/admin/api/bank']) {
        const r = await admin(a, 'POST', path, { auth, body: csv, type: 'text/csv' });
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json.applied, false);
        const errors = r.json.problems.filter((p) => p.severity === 'error');
        assert.deepEqual(
          errors.map((p) => [p.row, p.column]),
          [
            [noAnswer.row, 'Đáp án đúng (cột J)'],
            [noOption.row, 'Đáp án đúng (cột J)'],
          ],
          r.text,
        );
        for (const p of errors) assert.match(p.message, /[ạảãáàâăđêôơư]/i, 'Vietnamese');
      }
      const after = await call(a.endpoint, 'GET', '/bank');
      assert.deepEqual(after.body.questions, before.body.questions);
      // A clean file, dry run: the summary of what would change, still nothing changed.
      const { csv: clean } = await newBank();
      const dry = await admin(a, 'POST', '/admin/api/bank?dryRun=1', { auth, body: clean });
      assert.equal(dry.status, 200, dry.text);
      assert.deepEqual(dry.json.summary, { added: 25, changed: 0, removed: before.body.questions.length, unchanged: 0 });
      assert.equal(dry.json.applied, false);
      assert.deepEqual((await call(a.endpoint, 'GET', '/bank')).body.questions, before.body.questions);
      // Not a spreadsheet at all: an old .xls, and an unknown content type.
      const xls = await admin(a, 'POST', '/admin/api/bank?dryRun=1', {
        auth,
        body: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        type: 'application/vnd.ms-excel',
      });
      assert.equal(xls.status, 415, xls.text);
      const json = await admin(a, 'POST', '/admin/api/bank?dryRun=1', { auth, body: '{}', type: 'application/xml' });
      assert.equal(json.status, 415, json.text);
      assert.equal(json.json.error.code, 'unsupported_media_type');
    });

    it(`an import changes what GET /bank answers on ${kind === 'postgres' ? 'both processes' : 'the server'}, new attempts draw from it, and an attempt started before it still submits with its own key`, async () => {
      const auth = remember(await signedIn(a, 'quantri', '198.51.100.140'));
      const oldBank = (await call(a.endpoint, 'GET', '/bank')).body;
      const running = await call(a.endpoint, 'POST', '/attempts', { participant: participant() });
      assert.equal(running.status, 201);

      const { questions, csv } = await newBank();
      const applied = await admin(a, 'POST', '/admin/api/bank', { auth, body: Buffer.from(csv), type: 'text/csv' });
      assert.equal(applied.status, 200, applied.text);
      assert.equal(applied.json.applied, true, applied.text);
      assert.equal(applied.json.problems.filter((p) => p.severity === 'error').length, 0);
      assert.ok(applied.json.version >= 1);

      const ids = questions.map((q) => q.id);
      const served = async (server: RunningServer) => (await call(server.endpoint, 'GET', '/bank')).body.questions.map((q: { id: string }) => q.id);
      assert.deepEqual(await served(a), ids, 'the importing process serves the new bank at once');
      if (b) {
        // The other process looks for a newer bank every 2 s.
        let seen: string[] = [];
        for (const t0 = Date.now(); Date.now() - t0 < 10_000; await sleep(250)) {
          seen = await served(b);
          if (seen[0] === ids[0]) break;
        }
        assert.deepEqual(seen, ids, 'the second process serves the imported bank');
      }
      // A new attempt (on the other process where there is one) is drawn from the new bank.
      const fresh = await call((b ?? a).endpoint, 'POST', '/attempts', { participant: participant() });
      assert.equal(fresh.status, 201);
      assert.ok(fresh.body.attempt.questions.every((q: { text: string }) => q.text.startsWith('(Bộ mới) ')));

      // The attempt started before the import: marked with its own key (the old bank's answers) — full marks.
      const submitted = await call((b ?? a).endpoint, 'POST', `/attempts/${running.body.attempt.id}/submission`, rightAnswers(oldBank, running.body.attempt), {
        'Idempotency-Key': 'truoc-khi-nhap',
      });
      assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
      assert.equal(submitted.body.result.score, submitted.body.result.maxScore);
      assert.ok(submitted.body.result.maxScore > 0);

      // The bank exported again is the imported one; the import is in the audit log.
      const exported = await admin(a, 'GET', '/admin/api/bank.xlsx', { auth });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(exported.bytes as never);
      assert.ok(
        nth(book.worksheets, 0)
          .getSheetValues()
          .flat()
          .map(String)
          .some((c) => c === 'moi-01'),
      );
      const log = await admin(a, 'GET', '/admin/api/audit?limit=5', { auth });
      assert.ok(
        log.json.rows.some((r) => r.action === 'bank_imported' && r.username === 'quantri'),
        log.text,
      );
    });

    // ------------------------------------------------------------------ page, CORS, command, logs

    it('GET /admin: the dashboard page under a strict CSP with Trusted Types, its bundle from dist/admin/; a Vietnamese note when it is not built', async () => {
      const page = await admin(a, 'GET', '/admin');
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type')!, /^text\/html/);
      const csp = page.headers.get('content-security-policy')!;
      for (const directive of [
        "script-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "require-trusted-types-for 'script'",
        "connect-src 'self'",
      ]) {
        assert.ok(csp.includes(directive), `${directive} in ${csp}`);
      }
      assert.match(page.text, /<script type="module" src="\/admin\/assets\/cai-cach-quiz-admin\.js"><\/script>/);
      assert.match(page.text, /<cai-cach-quiz-admin><\/cai-cach-quiz-admin>/);
      assert.equal(page.headers.get('x-frame-options'), 'DENY');
      const script = await admin(a, 'GET', '/admin/assets/cai-cach-quiz-admin.js');
      assert.equal(script.status, 200);
      assert.match(script.headers.get('content-type')!, /javascript/);
      assert.match(script.text, /cai-cach-quiz-admin/);

      const unbuilt = await admin(brief, 'GET', '/admin');
      assert.equal(unbuilt.status, 200);
      assert.match(unbuilt.text, /Trang quản trị chưa được dựng/);
      assert.doesNotMatch(unbuilt.text, /<script/);
      assert.equal((await admin(brief, 'GET', '/admin/assets/cai-cach-quiz-admin.js')).status, 404);
    });

    it('the /admin side sends no CORS headers, not even to the portal the participant API allows, and is same-origin for resources', async () => {
      const auth = remember(await signedIn(a, 'quantri', '198.51.100.150'));
      const r = await admin(a, 'GET', '/admin/api/session', { auth, headers: { Origin: PORTAL } });
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('access-control-allow-origin'), null);
      assert.equal(r.headers.get('access-control-allow-credentials'), null);
      assert.equal(r.headers.get('cross-origin-resource-policy'), 'same-origin');
      const preflight = await admin(a, 'OPTIONS', '/admin/api/retention', {
        origin: PORTAL,
        headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-csrf-token' },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      assert.equal(preflight.headers.get('access-control-allow-headers'), null);
      // The participant API still answers the portal.
      const api = await fetch(`${a.endpoint}/contest`, { headers: { Origin: PORTAL } });
      assert.equal(api.headers.get('access-control-allow-origin'), PORTAL);
      // Unknown admin routes: 404 in the envelope, in Vietnamese.
      const missing = await admin(a, 'GET', '/admin/api/khong-co', { auth });
      assert.equal(missing.status, 404);
      assert.equal(missing.json.error.code, 'not_found');
    });

    it('admin:create refuses a password under 12 characters, a taken name, and a bad name; --reset-password sets a new one and signs the account out', async () => {
      const short = await runServerCommand(
        'admin-create.ts',
        ['--username', 'moi', '--role', 'viewer'],
        { ...dbEnv(settings), ADMIN_PASSWORD: 'ngan-qua-11' },
        60_000,
      );
      assert.equal(short.code, 1, short.output);
      assert.match(short.output, /ít nhất 12 ký tự/);
      const badName = await runServerCommand(
        'admin-create.ts',
        ['--username', 'Nguyễn Văn A', '--role', 'viewer'],
        { ...dbEnv(settings), ADMIN_PASSWORD: 'du-dai-roi-day' },
        60_000,
      );
      assert.equal(badName.code, 1, badName.output);
      assert.match(badName.output, /Tên đăng nhập chỉ gồm/);
      const badRole = await runServerCommand(
        'admin-create.ts',
        ['--username', 'moi', '--role', 'root'],
        { ...dbEnv(settings), ADMIN_PASSWORD: 'du-dai-roi-day' },
        60_000,
      );
      assert.equal(badRole.code, 2, badRole.output);
      assert.ok(!short.output.includes('ngan-qua-11') && !badRole.output.includes('du-dai-roi-day'), 'the password is never printed');
      if (kind !== 'postgres') return; // On PGlite the running server holds the data folder; the rest needs a second process on the database.

      const taken = await runServerCommand(
        'admin-create.ts',
        ['--username', 'thongke', '--role', 'admin'],
        { ...dbEnv(settings), ADMIN_PASSWORD: 'mot-mat-khau-khac' },
        60_000,
      );
      assert.equal(taken.code, 1, taken.output);
      assert.match(taken.output, /đã có/);
      const auth = remember(await signedIn(a, 'thongke', '198.51.100.160'));
      const next = 'mat-khau-moi-cua-thong-ke';
      secrets.add(next);
      const reset = await runServerCommand(
        'admin-create.ts',
        ['--username', 'thongke', '--reset-password'],
        { ...dbEnv(settings), ADMIN_PASSWORD: next },
        60_000,
      );
      assert.equal(reset.code, 0, reset.output);
      assert.equal((await admin(a, 'GET', '/admin/api/session', { auth })).status, 401, 'signed out everywhere');
      assert.equal((await signIn(a, 'thongke', PASSWORDS.thongke, '198.51.100.161')).status, 401);
      const fresh = await signIn(a, 'thongke', next, '198.51.100.162');
      assert.equal(fresh.status, 200, fresh.text);
      assert.equal(fresh.json.user.role, 'viewer');
      remember(fresh.auth!);
      const missing = await runServerCommand(
        'admin-create.ts',
        ['--username', 'khong-co-ai', '--reset-password'],
        { ...dbEnv(settings), ADMIN_PASSWORD: next },
        60_000,
      );
      assert.equal(missing.code, 1, missing.output);
    });

    it('the server logs requests to /admin (method, path, status) but never a password, a cookie, a CSRF token, a query string or personal data', () => {
      const outputs = [a, b, brief].filter((s): s is RunningServer => !!s).map((s) => s.output());
      const output = outputs.join('\n');
      assert.match(output, /"url":"\/admin\/api\/session"/, 'admin requests are logged');
      assert.ok(secrets.size > 10, `${secrets.size} secrets checked`);
      for (const secret of secrets) {
        for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1), secret.normalize('NFD')])) {
          assert.ok(!output.includes(form), `the server's output holds "${secret.slice(0, 6)}…"`);
        }
      }
      assert.doesNotMatch(output, /dryRun|round=|ccq_admin|x-csrf-token|cookie/i);
    });
  });
}

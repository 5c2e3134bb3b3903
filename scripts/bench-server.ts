/**
 * The contest server under load (`npm run bench:server`): figures printed, not a timed test.
 *
 * Starts the server (server/src/main.ts) as child processes, on embedded PGlite and/or a throwaway
 * PostgreSQL (scripts/pg-temp.ts), and drives it over HTTP on 127.0.0.1 with what participants do:
 * each simulated participant reads the contest, starts an attempt as a new, valid participant,
 * submits answers (with an Idempotency-Key) and, one in two, looks at the leaderboard (half of
 * those for the current round). It prints completed attempts a second, latency percentiles per
 * call, errors by status and code, where the CPU went, and then verifies what was accepted:
 * re-sending a submission with its key and body replays it (200, the same result), a second key
 * on the same attempt is 409 `already_submitted`, no attempt was accepted twice, and the
 * leaderboard counts every accepted attempt. Exits non-zero on any error or violation.
 *
 * With several processes (`--processes`, PostgreSQL only) each request goes to the next process in
 * turn, as a reverse proxy without sticky sessions would send them: a start on one, its submission on
 * another, the replay on a third.
 *
 *   npm run bench:server                                   # both databases, 50 participants at a time, 30 s each
 *   npm run bench:server -- --db postgres --processes 2 --seconds 60
 *   npm run bench:server -- --db postgres --attempts 100000          # a soak bounded by count
 *   npm run bench:server -- --leaderboard-only --endpoint http://127.0.0.1:8080/api/cuoc-thi/<id>
 *
 * The client runs on the same 2-core machine as the server and the database, so it is kept cheap:
 * undici pools with keep-alive, no validation of documents beyond what the checks need.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Pool } from 'undici';
import type { Attempt, ContestDocument, Participant } from '../src/contract/schemas.ts';
import { roundsAt } from '../src/core/rounds.ts';
import { nth } from '../test/helpers/must.ts';
import { startPgTemp, type PgTemp } from './pg-temp.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------- options

type DbKind = 'pglite' | 'postgres';
type ServerKind = 'server' | 'reference';

interface Options {
  dbs: DbKind[];
  server: ServerKind;
  concurrency: number;
  /** Timed phase length; with `attempts`, the time cap. */
  seconds?: number;
  attempts?: number;
  processes: number;
  warmupSeconds: number;
  /** Accepted submissions re-checked at the end; Infinity = all. */
  verify: number;
  leaderboardShare: number;
  maxErrors: number;
  leaderboardOnly: boolean;
  endpoint?: string;
  requests: number;
  json?: string;
  /** Write a V8 CPU profile of each server process into this folder. */
  profileDir?: string;
  /** PostgreSQL: load pg_stat_statements and print the statements that took the database's time. */
  pgStatements: boolean;
  /** PostgreSQL: how the server reaches it (a server on the same machine: its Unix socket). */
  pgTransport: 'socket' | 'tcp';
}

const USAGE = `Usage: tsx scripts/bench-server.ts [options]

  --db pglite|postgres|both   database(s) to run on, one after the other (default both)
  --concurrency N             participants in flight at once (default 50; 20 with --leaderboard-only)
  --seconds S                 length of the measured phase (default 30); with --attempts, a time cap
  --attempts N                measure exactly N participants (a soak), capped by --seconds (default 2 h)
  --processes N               server processes on one PostgreSQL, each on its own port (default 1)
  --warmup S                  traffic before measuring, not counted (default 2)
  --verify N|all              accepted submissions re-sent at the end (default 2000)
  --leaderboard-share F       share of participants who open the leaderboard (default 0.5)
  --max-errors N              stop the phase early after N errors (default 200)
  --endpoint URL              a running server on 127.0.0.1 instead of starting one
  --leaderboard-only          only GET /leaderboard latency against --endpoint (e.g. a seeded server)
  --requests N                requests for --leaderboard-only (default 2000)
  --server server|reference   what to start: the contest server (default) or the in-memory
                              reference server (scripts/reference-server.ts), to check this client
  --json FILE                 also write the figures as JSON
  --profile DIR               run the server processes with --cpu-prof, profiles into DIR
  --pg-statements             on PostgreSQL, print the statements that took its time (pg_stat_statements)
  --pg-transport socket|tcp   how the server reaches PostgreSQL on this machine: its Unix socket
                              (default, as a database on the same machine is reached) or TCP on 127.0.0.1`;

function parseOptions(argv: string[]): Options {
  const o: Options = {
    dbs: ['pglite', 'postgres'],
    server: 'server',
    concurrency: 50,
    processes: 1,
    warmupSeconds: 2,
    verify: 2000,
    leaderboardShare: 0.5,
    maxErrors: 200,
    leaderboardOnly: false,
    requests: 2000,
    pgStatements: false,
    pgTransport: 'socket',
  };
  let concurrencyGiven = false;
  // One iterator for the flags and the values that follow them: `--seconds 5` takes the next item.
  const args = argv.values();
  for (const arg of args) {
    if (arg === '--') continue;
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? args.next().value;
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const number = (min: number, max = Number.MAX_SAFE_INTEGER, integer = true) => {
      const raw = value();
      const n = Number(raw);
      if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n)))
        throw new Error(`${flag}: expected a number from ${min} to ${max}, got ${raw}`);
      return n;
    };
    switch (flag) {
      case '--db': {
        const v = value();
        if (v === 'both') o.dbs = ['pglite', 'postgres'];
        else if (v === 'pglite' || v === 'postgres') o.dbs = [v];
        else throw new Error(`--db: pglite, postgres or both, not ${v}`);
        break;
      }
      case '--server': {
        const v = value();
        if (v !== 'server' && v !== 'reference') throw new Error(`--server: server or reference, not ${v}`);
        o.server = v;
        break;
      }
      case '--concurrency':
        o.concurrency = number(1, 2000);
        concurrencyGiven = true;
        break;
      case '--seconds':
        o.seconds = number(1, 24 * 3600, false);
        break;
      case '--attempts':
        o.attempts = number(1, 100_000_000);
        break;
      case '--processes':
        o.processes = number(1, 16);
        break;
      case '--warmup':
        o.warmupSeconds = number(0, 600, false);
        break;
      case '--verify': {
        const v = value();
        o.verify = v === 'all' ? Infinity : Number(v);
        if (!(o.verify >= 0)) throw new Error(`--verify: a number or all, not ${v}`);
        break;
      }
      case '--leaderboard-share':
        o.leaderboardShare = number(0, 1, false);
        break;
      case '--max-errors':
        o.maxErrors = number(0);
        break;
      case '--endpoint':
        o.endpoint = value().replace(/\/+$/, '');
        break;
      case '--leaderboard-only':
        o.leaderboardOnly = true;
        break;
      case '--requests':
        o.requests = number(1, 10_000_000);
        break;
      case '--json':
        o.json = value();
        break;
      case '--profile':
        o.profileDir = path.resolve(value());
        break;
      case '--pg-statements':
        o.pgStatements = true;
        break;
      case '--pg-transport': {
        const v = value();
        if (v !== 'socket' && v !== 'tcp') throw new Error(`--pg-transport: socket or tcp, not ${v}`);
        o.pgTransport = v;
        break;
      }
      case '--help':
      case '-h':
        console.log(USAGE);
        return process.exit(0);
      default:
        throw new Error(`Unknown option ${arg}\n\n${USAGE}`);
    }
  }
  if (o.leaderboardOnly && !o.endpoint) throw new Error('--leaderboard-only needs --endpoint URL (the server to measure, e.g. a seeded one)');
  if (o.leaderboardOnly && !concurrencyGiven) o.concurrency = 20;
  if (o.endpoint) {
    const host = new URL(o.endpoint).hostname;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`--endpoint: this benchmark only sends traffic to 127.0.0.1, not ${host}`);
  }
  return o;
}

// ---------------------------------------------------------------------- the server under test

/** The command that starts one server process (cwd = the repository). The one place to change to bench another server. */
function serverCommand(kind: ServerKind, nodeFlags: string[] = []): [string, ...string[]] {
  return kind === 'reference'
    ? [process.execPath, ...nodeFlags, '--import', 'tsx', 'scripts/reference-server.ts', '--port', '0', '--time', '2020-09-21T09:30:00+07:00']
    : [process.execPath, ...nodeFlags, '--import', 'tsx', 'server/src/main.ts'];
}

interface ServerProcess {
  endpoint: string;
  pid: number;
  child: ChildProcess;
  /** Pino lines at warn (40) and error (50) and above, and other lines, after the endpoint line. */
  logs: { warn: number; error: number; other: number; tail: string[] };
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  exited: boolean;
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; forced: boolean }>;
}

const running = new Set<ServerProcess>();

async function startServer(kind: ServerKind, env: Record<string, string | undefined>, profileDir?: string): Promise<ServerProcess> {
  const [cmd, ...args] = serverCommand(kind, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  delete childEnv.DATABASE_URL;
  delete childEnv.DATA_DIR;
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  const child = spawn(cmd, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs = { warn: 0, error: 0, other: 0, tail: [] as string[] };
  let resolveEndpoint!: (url: string) => void;
  const endpointLine = new Promise<string>((r) => (resolveEndpoint = r));
  let endpoint: string | undefined;
  const onLine = (line: string) => {
    if (!line.trim()) return;
    logs.tail.push(line.length > 600 ? `${line.slice(0, 600)}…` : line);
    if (logs.tail.length > 40) logs.tail.shift();
    if (!endpoint) {
      const announced = /\bendpoint (https?:\/\/[^\s)]+)/.exec(line)?.[1];
      if (announced) {
        endpoint = announced.replace(/\/+$/, '');
        resolveEndpoint(endpoint);
      }
      return;
    }
    const level = /"level":(\d+)/.exec(line);
    if (level && Number(level[1]) >= 50) logs.error++;
    else if (level && Number(level[1]) >= 40) logs.warn++;
    else logs.other++;
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const server: ServerProcess = {
    endpoint: '',
    pid: child.pid ?? 0,
    child,
    logs,
    exited: false,
    exit: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
    async stop() {
      if (server.exited) return { ...(await server.exit), forced: false };
      child.kill('SIGTERM');
      let forced = false;
      const timer = setTimeout(() => {
        forced = true;
        child.kill('SIGKILL');
      }, 20_000);
      const result = await server.exit;
      clearTimeout(timer);
      return { ...result, forced };
    },
  };
  void server.exit.then(() => {
    server.exited = true;
    running.delete(server);
  });
  running.add(server);
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no endpoint line within 120 s')), 120_000).unref());
  const died = server.exit.then(({ code, signal }) => {
    throw new Error(`exited (${signal ?? `code ${code}`}) before listening`);
  });
  try {
    server.endpoint = await Promise.race([endpointLine, timeout, died]);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`The server (${[cmd, ...args].join(' ')}) did not start: ${(e as Error).message}\n${logs.tail.join('\n')}`, { cause: e });
  }
  if (kind === 'server') {
    const url = new URL(server.endpoint);
    const ready = await waitReady(`${url.origin}/readyz`);
    if (!ready) {
      child.kill('SIGKILL');
      throw new Error(`GET /readyz did not answer 200 within 30 s\n${logs.tail.join('\n')}`);
    }
  }
  return server;
}

async function waitReady(url: string): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.status === 200) return true;
    } catch {
      /* not yet */
    }
    await sleep(500);
  }
  return false;
}

// Server processes never outlive the benchmark (pg-temp stops PostgreSQL on exit itself).
const tempDirs = new Set<string>();
process.on('exit', () => {
  for (const s of running) s.child.kill('SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping`);
    process.exit(128 + number);
  });
}

// ---------------------------------------------------------------------- HTTP client

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Target {
  pool: Pool;
  /** The endpoint's path, e.g. `/api/cuoc-thi/cchc-2020`. */
  base: string;
}

function target(endpoint: string, connections: number): Target {
  const url = new URL(endpoint);
  return {
    pool: new Pool(url.origin, { connections, pipelining: 1, keepAliveTimeout: 30_000, headersTimeout: 30_000, bodyTimeout: 30_000, connectTimeout: 10_000 }),
    base: url.pathname.replace(/\/+$/, ''),
  };
}

interface Reply {
  status: number;
  text: string;
  ms: number;
}

/**
 * One request; the body is read to the end either way (the latency includes it), but decoded only
 * when needed: `discardOk` skips decoding a 200 the caller does not read (the contest document, a
 * leaderboard), which keeps the client cheap.
 */
async function call(t: Target, method: 'GET' | 'POST', path: string, body?: string, key?: string, discardOk = false): Promise<Reply> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (key) headers['idempotency-key'] = key;
  const t0 = performance.now();
  const res = await t.pool.request({ method, path: `${t.base}${path}`, headers, body });
  if (discardOk && res.statusCode === 200) {
    await res.body.dump({ limit: 64 * 1024 * 1024 });
    return { status: 200, text: '', ms: performance.now() - t0 };
  }
  const text = await res.body.text();
  return { status: res.statusCode, text, ms: performance.now() - t0 };
}

const errorCode = (text: string): string => {
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? 'no-code';
  } catch {
    return 'not-json';
  }
};

// ---------------------------------------------------------------------- participants and answers

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Thu', 'Xuân'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hương',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Sơn',
  'Thảo',
  'Trang',
  'Tuấn',
  'Việt',
  'Yến',
];
/** Mobile prefixes valid since the 2018 renumbering (src/core/validate.ts). */
const MOBILE_PREFIXES = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '056',
  '058',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '083',
  '084',
  '085',
  '086',
  '088',
  '089',
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
];

const pick = <T>(list: readonly T[]): T => nth(list, Math.floor(Math.random() * list.length), 'item to pick');
const int = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Each run numbers its participants from a random point, so reruns against one server stay new participants. */
const runSalt = int(0, 99_999_999);
let participantSeq = 0;

/**
 * A new participant that src/core/validate.ts accepts: a CCCD with a province code 001–096 and a
 * century-and-sex digit, a mobile number with a current prefix, a Vietnamese name, a birth date
 * between 1950 and 2005; unit, district and commune from the contest's lists. Optional fields are
 * filled one time in two.
 */
function newParticipant(contest: ContestDocument): Participant {
  const n = (runSalt + participantSeq++) % 100_000_000;
  const year = int(1950, 2005);
  const female = Math.random() < 0.5;
  const values: Record<string, [keyof Participant, unknown]> = {
    fullName: ['fullName', `${pick(FAMILY)} ${female ? 'Thị' : pick(MIDDLE)} ${pick(GIVEN)}`],
    birthDate: ['birthDate', `${year}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`],
    gender: ['gender', female ? 'female' : 'male'],
    // Province (3 digits), century-and-sex (0/1 for the 1900s, 2/3 for the 2000s), then 8 digits unique in this run.
    citizenId: ['citizenId', `${pad(int(1, 96), 3)}${(year >= 2000 ? 2 : 0) + (female ? 1 : 0)}${pad(n, 8)}`],
    phone: ['phone', `${pick(MOBILE_PREFIXES)}${pad(n % 10_000_000, 7)}`],
    email: ['email', `thi-sinh-${runSalt}-${n}@example.com`],
  };
  const out: Record<string, unknown> = {};
  const { fields, units, districts } = contest.registration;
  const district = districts.length ? pick(districts) : undefined;
  for (const { name, required } of fields) {
    if (!required && Math.random() < 0.5) continue;
    if (name === 'unit') {
      if (units.length) out.unitId = pick(units).id;
    } else if (name === 'district') {
      if (district) out.districtId = district.id;
    } else if (name === 'commune') {
      if (district?.communes.length) {
        out.districtId = district.id;
        out.communeId = pick(district.communes).id;
      }
    } else {
      // A field with no generated value (none today) is left out, as an optional one would be.
      const entry = values[name];
      if (entry) out[entry[0]] = entry[1];
    }
  }
  out.consent = true;
  return out as Participant;
}

/** Random options for every question (one for single choice, one to three for multiple), and a prediction when the contest asks for one. */
function answersFor(attempt: Attempt, contest: ContestDocument): string {
  const answers = attempt.questions.map((q) => {
    if (q.kind === 'single') return { questionId: q.id, optionIds: [pick(q.options).id] };
    const ids = q.options.map((o) => o.id).sort(() => Math.random() - 0.5);
    return { questionId: q.id, optionIds: ids.slice(0, int(1, Math.min(3, ids.length))) };
  });
  const p = contest.exam.prediction;
  return JSON.stringify({ answers, prediction: p ? int(p.min, p.max) : null, reason: 'confirmed' });
}

/** JSON with sorted keys: a database may store the result with its keys in another order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );

// ---------------------------------------------------------------------- figures

type Route = 'contest' | 'start' | 'submission' | 'leaderboard';
const ROUTES: Route[] = ['contest', 'start', 'submission', 'leaderboard'];
const ROUTE_NAMES: Record<Route, string> = {
  contest: 'GET /contest',
  start: 'POST /attempts',
  submission: 'POST /attempts/:id/submission',
  leaderboard: 'GET /leaderboard',
};

interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

function percentiles(samples: number[]): Percentiles {
  const n = samples.length;
  if (!n) return { n: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  const s = Float64Array.from(samples).sort();
  const at = (q: number) => s[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))] ?? NaN;
  let sum = 0;
  for (const v of s) sum += v;
  return { n, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1), mean: sum / n };
}

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

function latencyTable(rows: [string, Percentiles][]): string {
  const head = `  ${'latency, ms'.padEnd(32)}${['n', 'p50', 'p95', 'p99', 'max'].map((h) => h.padStart(9)).join('')}`;
  const lines = rows.map(
    ([name, p]) => `  ${name.padEnd(32)}${String(p.n).padStart(9)}${[p.p50, p.p95, p.p99, p.max].map((v) => fmt(v).padStart(9)).join('')}`,
  );
  return [head, ...lines].join('\n');
}

/** CPU seconds (user + system) of a process, from /proc; undefined where there is no /proc. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return undefined;
  }
}

/** The postmaster and its children (backends, checkpointer, walwriter…). */
function postgresPids(postmaster: number): number[] {
  const pids = [postmaster];
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === postmaster) pids.push(Number(entry));
      } catch {
        /* gone */
      }
    }
  } catch {
    /* no /proc */
  }
  return pids;
}

/** CPU seconds the whole machine spent busy (all cores), from /proc/stat. */
function machineBusySeconds(): number | undefined {
  try {
    const [cpuLine = ''] = readFileSync('/proc/stat', 'utf8').split('\n');
    // A field missing from the line makes the figure NaN (unknown), as no /proc does.
    const [user = NaN, nice = NaN, system = NaN, idle, iowait, irq = NaN, softirq = NaN, steal] = cpuLine.trim().split(/\s+/).slice(1).map(Number);
    void idle;
    void iowait;
    return (user + nice + system + irq + softirq + (steal || 0)) / 100;
  } catch {
    return undefined;
  }
}

class CpuMeter {
  private start = new Map<string, number>();
  private machine = 0;
  private client = process.cpuUsage();
  private t0 = performance.now();
  constructor(private readonly groups: () => Record<string, number[]>) {
    this.reset();
  }
  private sample(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [group, pids] of Object.entries(this.groups())) for (const pid of pids) out.set(`${group}:${pid}`, cpuSeconds(pid) ?? 0);
    return out;
  }
  reset() {
    this.start = this.sample();
    this.machine = machineBusySeconds() ?? NaN;
    this.client = process.cpuUsage();
    this.t0 = performance.now();
  }
  /** Share of one core per group, over the time since reset(). */
  read(): Record<string, number> {
    const wall = (performance.now() - this.t0) / 1000;
    const now = this.sample();
    const shares: Record<string, number> = {};
    for (const [key, value] of now) {
      const group = key.slice(0, key.lastIndexOf(':'));
      shares[group] = (shares[group] ?? 0) + (value - (this.start.get(key) ?? 0)) / wall;
    }
    const c = process.cpuUsage(this.client);
    shares.client = (c.user + c.system) / 1e6 / wall;
    // What the rest of the machine used meanwhile (other programs skew the figures).
    const machine = ((machineBusySeconds() ?? NaN) - this.machine) / wall;
    if (Number.isFinite(machine)) shares.others = Math.max(0, machine - Object.values(shares).reduce((a, b) => a + b, 0));
    return shares;
  }
}

/**
 * How fast this machine's CPU is right now: milliseconds for 50 million additions in a loop
 * (about 50 ms on an idle, current x86 core). A shared or throttled machine shows several times
 * that, and every figure of the run is slower in proportion.
 */
function cpuCheck(): number {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 50_000_000; i++) x += i;
  if (x < 0) console.log(x);
  return performance.now() - t0;
}

// ---------------------------------------------------------------------- the load phase

interface Accepted {
  attemptId: string;
  key: string;
  body: string;
  result: string;
  server: number;
}

interface RunFigures {
  label: string;
  processes: number;
  concurrency: number;
  measuredSeconds: number;
  completed: number;
  attemptsPerSecond: number;
  latency: Record<Route, Percentiles>;
  errors: Record<string, number>;
  violations: string[];
  cpu?: Record<string, number>;
  /** cpuCheck() before the run, ms. */
  cpuCheckMs?: number;
  /** With --pg-statements: where PostgreSQL's time went (warm-up and verification included). */
  statements?: { query: string; calls: number; totalMs: number; meanMs: number; planMs: number; rows: number }[];
  /** A soak's tenths: throughput and latency as the tables grow. */
  timeline: string[];
  /** With --pg-statements: what the server's database connections were doing, sampled every 100 ms. */
  waits?: Record<string, number>;
  serverLogs: { warn: number; error: number };
  verification: { checked: number; accepted: number; replayed: number; secondKeyRefused: number; leaderboardTotals?: string };
}

async function loadPhase(
  opts: Options,
  endpoints: string[],
  label: string,
  cpu: CpuMeter | undefined,
  serverAlive: () => string | undefined,
  /** Called when the load ends, before the verification. */
  onLoadEnd?: () => Promise<void>,
): Promise<RunFigures> {
  const targets = endpoints.map((e) => target(e, opts.concurrency));
  /** The process that takes turn `i`, round-robin over them. */
  const targetAt = (i: number) => nth(targets, i % targets.length, 'server process');
  let rr = 0;
  /** Requests go round-robin over the processes, as a reverse proxy without sticky sessions would send them. */
  const next = () => {
    const i = rr++ % targets.length;
    return { t: targetAt(i), i };
  };

  const contestReply = await call(targetAt(0), 'GET', '/contest');
  if (contestReply.status !== 200) throw new Error(`GET /contest answered ${contestReply.status}: ${contestReply.text.slice(0, 300)}`);
  const contest = JSON.parse(contestReply.text) as ContestDocument;
  const roundId = roundsAt(contest.rounds, Date.parse(contest.serverTime)).current?.id;
  const roundIds = contest.rounds.map((r) => r.id);
  const totalsBefore = await leaderboardTotals(targetAt(0));

  const samples: Record<Route, number[]> = { contest: [], start: [], submission: [], leaderboard: [] };
  const errors: Record<string, number> = {};
  let errorCount = 0;
  const violations: string[] = [];
  const acceptedIds = new Set<string>();
  const startedIds = new Set<string>();
  const reservoir: Accepted[] = [];
  let acceptedTotal = 0;
  let completed = 0;
  /** Timed: the participants who finished inside the measured window (those finishing after it add latency samples only). */
  let completedInWindow = 0;
  /** A soak (--attempts) reports each tenth of the run, to show whether it slows down as the tables grow. */
  const sliceSize = opts.attempts !== undefined && opts.attempts >= 1000 ? Math.floor(opts.attempts / 10) : 0;
  const timeline: string[] = [];
  let slice = { t0: 0, start: [] as number[], submission: [] as number[] };

  const addError = (key: string) => {
    errors[key] = (errors[key] ?? 0) + 1;
    errorCount++;
  };

  const warmupMs = opts.warmupSeconds * 1000;
  const timed = opts.attempts === undefined;
  const capMs = (opts.seconds ?? (timed ? 30 : 2 * 3600)) * 1000;
  const began = performance.now();
  let t0 = began + warmupMs;
  let measuring = warmupMs === 0;
  let tickets = opts.attempts ?? Infinity;
  let stopReason: string | undefined;
  let lastMeasuredFinish = t0;
  let cpuShares: Record<string, number> | undefined;

  const stopNow = () => {
    if (stopReason) return true;
    const now = performance.now();
    const dead = serverAlive();
    if (dead) stopReason = dead;
    else if (errorCount > opts.maxErrors) stopReason = `more than ${opts.maxErrors} errors`;
    else if (measuring && now - t0 >= capMs) stopReason = timed ? 'time' : `the time cap (${capMs / 1000} s)`;
    else if (measuring && tickets <= 0) stopReason = 'count';
    // A timed phase's CPU shares are those of the window, not of the drain after it.
    if (stopReason && timed) cpuShares = cpu?.read();
    return !!stopReason;
  };

  /** One participant: the contest, a start, a submission, sometimes the leaderboard. Returns when done or failed. */
  async function participant(measured: boolean) {
    const record = (route: Route, ms: number) => {
      if (!measured) return;
      samples[route].push(ms);
      if (route === 'start' || route === 'submission') slice[route].push(ms);
    };
    const fail = (route: Route, r: Reply) => addError(`${ROUTE_NAMES[route]} ${r.status} ${errorCode(r.text)}`);
    const guard = async <T>(route: Route, f: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await f();
      } catch (e) {
        addError(`${ROUTE_NAMES[route]} ${(e as { code?: string }).code ?? (e as Error).name}`);
        return undefined;
      }
    };

    const c = await guard('contest', () => call(next().t, 'GET', '/contest', undefined, undefined, true));
    if (!c) return;
    record('contest', c.ms);
    if (c.status !== 200) return fail('contest', c);

    const participant = newParticipant(contest);
    const startBody = JSON.stringify({ participant, ...(roundId ? { roundId } : {}) });
    const s = await guard('start', () => call(next().t, 'POST', '/attempts', startBody, randomUUID()));
    if (!s) return;
    record('start', s.ms);
    if (s.status !== 201) return fail('start', s);
    const attempt = (JSON.parse(s.text) as { attempt: Attempt }).attempt;
    if (startedIds.has(attempt.id)) violations.push(`attempt ${attempt.id} was handed to two participants`);
    startedIds.add(attempt.id);

    const key = randomUUID();
    const body = answersFor(attempt, contest);
    const { t, i } = next();
    const sub = await guard('submission', () => call(t, 'POST', `/attempts/${encodeURIComponent(attempt.id)}/submission`, body, key));
    if (!sub) return;
    record('submission', sub.ms);
    if (sub.status !== 201) return fail('submission', sub);
    if (acceptedIds.has(attempt.id)) violations.push(`attempt ${attempt.id} got a second 201`);
    acceptedIds.add(attempt.id);
    acceptedTotal++;
    if (measured) {
      completed++;
      lastMeasuredFinish = performance.now();
      if (sliceSize && completed % sliceSize === 0) {
        const start = percentiles(slice.start);
        const submission = percentiles(slice.submission);
        const seconds = (lastMeasuredFinish - slice.t0) / 1000;
        timeline.push(
          `    ${thousands(completed).padStart(11)} attempts  ${fmt(sliceSize / seconds).padStart(7)}/s   start p50 ${fmt(start.p50).padStart(7)} p99 ${fmt(start.p99).padStart(7)}   submission p50 ${fmt(submission.p50).padStart(7)} p99 ${fmt(submission.p99).padStart(7)} ms`,
        );
        slice = { t0: lastMeasuredFinish, start: [], submission: [] };
      }
      if (!timed || lastMeasuredFinish - t0 <= capMs) completedInWindow++;
    }
    // Reservoir sampling: an even sample of every accepted submission, of at most `verify`.
    const entry = () => ({ attemptId: attempt.id, key, body, result: canonical((JSON.parse(sub.text) as { result: unknown }).result), server: i });
    if (reservoir.length < opts.verify) reservoir.push(entry());
    else {
      const j = Math.floor(Math.random() * acceptedTotal);
      if (j < reservoir.length) reservoir[j] = entry();
    }

    if (Math.random() < opts.leaderboardShare) {
      const round = roundIds.length && Math.random() < 0.5 ? `?round=${encodeURIComponent(roundId ?? pick(roundIds))}` : '';
      const l = await guard('leaderboard', () => call(next().t, 'GET', `/leaderboard${round}`, undefined, undefined, true));
      if (!l) return;
      record('leaderboard', l.ms);
      if (l.status !== 200) return fail('leaderboard', l);
    }
  }

  async function worker() {
    // Bounded: each turn takes a ticket (count) or checks the clock (time); requests time out after 30 s.
    while (!stopNow()) {
      const now = performance.now();
      if (!measuring && now >= t0) {
        measuring = true;
        t0 = now;
        slice.t0 = now;
        cpu?.reset();
      }
      const measured = measuring;
      if (measured) tickets--;
      await participant(measured);
    }
  }

  let ticks = 0;
  const progress = setInterval(() => {
    const elapsed = (performance.now() - t0) / 1000;
    if (!measuring || elapsed <= 0) return;
    const line = `  ${label}: ${thousands(completed)} attempts in ${elapsed.toFixed(0)} s (${(completed / elapsed).toFixed(0)}/s), ${errorCount} errors`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}   `);
    else if (++ticks % 10 === 0) process.stderr.write(`${line}\n`);
  }, 2000);
  progress.unref();
  await Promise.all(Array.from({ length: opts.concurrency }, () => worker()));
  clearInterval(progress);
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  if (!timed) cpuShares = cpu?.read();
  await onLoadEnd?.();
  const end = timed ? Math.min(performance.now(), t0 + capMs) : lastMeasuredFinish;
  const measuredSeconds = Math.max(0.001, (end - t0) / 1000);
  if (!timed && stopReason !== 'count') violations.push(`stopped by ${stopReason} after ${thousands(completed)} of ${thousands(opts.attempts!)} attempts`);
  else if (timed && stopReason !== 'time') violations.push(`stopped early: ${stopReason}`);

  // ---- verification, after the load, with the processes crossed (a replay goes to another process than the original)
  let replayed = 0;
  let secondKeyRefused = 0;
  const queue = [...reservoir];
  // Bounded: ten minutes, plus 10 ms a submission for --verify all on a long soak.
  const verifyDeadline = performance.now() + 10 * 60_000 + 10 * queue.length;
  async function verifier() {
    for (let a = queue.pop(); a && performance.now() < verifyDeadline; a = queue.pop()) {
      const t = targetAt(a.server + 1);
      const path = `/attempts/${encodeURIComponent(a.attemptId)}/submission`;
      try {
        const again = await call(t, 'POST', path, a.body, a.key);
        if (again.status === 201) violations.push(`attempt ${a.attemptId}: the replay got a second 201`);
        else if (again.status !== 200) violations.push(`attempt ${a.attemptId}: the replay got ${again.status} ${errorCode(again.text)}, not 200`);
        else if (canonical((JSON.parse(again.text) as { result: unknown }).result) !== a.result)
          violations.push(`attempt ${a.attemptId}: the replay's result differs from the first: ${a.result} vs ${again.text.slice(0, 400)}`);
        else replayed++;
        const other = await call(t, 'POST', path, a.body, randomUUID());
        if (other.status === 409 && errorCode(other.text) === 'already_submitted') secondKeyRefused++;
        else violations.push(`attempt ${a.attemptId}: a second key got ${other.status} ${errorCode(other.text)}, not 409 already_submitted`);
      } catch (e) {
        violations.push(`attempt ${a.attemptId}: verification request failed: ${(e as Error).message}`);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(20, opts.concurrency) }, () => verifier()));
  if (queue.length) violations.push(`verification ran out of time with ${queue.length} submissions unchecked`);

  // ---- the leaderboard counts every accepted attempt (its ranking may lag: it is refreshed in the background)
  let totalsNote: string | undefined;
  if (!totalsBefore) totalsNote = 'leaderboard: not available, so its totals were not checked';
  else {
    const want = { attempts: totalsBefore.attempts + acceptedTotal, participants: totalsBefore.participants + acceptedTotal };
    let got: typeof totalsBefore | undefined = totalsBefore;
    for (let i = 0; i < 40 && !serverAlive(); i++) {
      got = await leaderboardTotals(targetAt(i));
      if (got && got.attempts === want.attempts && got.participants === want.participants) break;
      await sleep(1000);
    }
    totalsNote = `leaderboard: ${thousands(got?.attempts ?? NaN)} attempts, ${thousands(got?.participants ?? NaN)} participants (expected ${thousands(want.attempts)}, ${thousands(want.participants)})`;
    if (!got || got.attempts !== want.attempts || got.participants !== want.participants) {
      const message = `the leaderboard does not count every accepted attempt: ${totalsNote}`;
      if (opts.endpoint) totalsNote += ' (informational: a shared server)';
      else violations.push(message);
    }
  }

  for (const t of targets) await t.pool.close();
  const latency = Object.fromEntries(ROUTES.map((r) => [r, percentiles(samples[r])])) as Record<Route, Percentiles>;
  return {
    label,
    processes: endpoints.length,
    concurrency: opts.concurrency,
    measuredSeconds,
    completed: completedInWindow,
    attemptsPerSecond: completedInWindow / measuredSeconds,
    latency,
    errors,
    violations,
    cpu: cpuShares,
    serverLogs: { warn: 0, error: 0 },
    verification: { checked: reservoir.length, accepted: acceptedTotal, replayed, secondKeyRefused, leaderboardTotals: totalsNote },
    timeline,
  };
}

async function leaderboardTotals(t: Target): Promise<{ attempts: number; participants: number } | undefined> {
  try {
    const r = await call(t, 'GET', '/leaderboard');
    if (r.status !== 200) return undefined;
    const body = JSON.parse(r.text) as { totalAttempts: number; totalParticipants: number };
    return { attempts: body.totalAttempts, participants: body.totalParticipants };
  } catch {
    return undefined;
  }
}

function report(f: RunFigures, opts: Options): string {
  const lines = [
    '',
    `== ${f.label}: ${f.processes} server process${f.processes > 1 ? 'es' : ''}, ${f.concurrency} participants at a time ==`,
    `  completed attempts: ${thousands(f.completed)} in ${f.measuredSeconds.toFixed(1)} s = ${fmt(f.attemptsPerSecond)} a second (after ${opts.warmupSeconds} s of warm-up)`,
    latencyTable(ROUTES.map((r) => [ROUTE_NAMES[r], f.latency[r]])),
  ];
  if (f.timeline.length) lines.push('  each tenth of the soak:', ...f.timeline);
  const errorKeys = Object.keys(f.errors).sort();
  lines.push(errorKeys.length ? `  errors (${Object.values(f.errors).reduce((a, b) => a + b, 0)}):` : '  errors: none');
  for (const k of errorKeys) lines.push(`    ${String(f.errors[k]).padStart(7)}  ${k}`);
  if (f.cpu) {
    const share = (k: string) => (f.cpu![k] !== undefined ? `${Math.round(f.cpu![k] * 100)}%` : '–');
    if (f.cpuCheckMs !== undefined) {
      lines.push(
        `  CPU check before the run: 50 million additions in ${Math.round(f.cpuCheckMs)} ms (about 50 ms on an idle core${f.cpuCheckMs > 100 ? `: this machine ran about ${Math.round(f.cpuCheckMs / 50)} times slower` : ''})`,
      );
    }
    lines.push(
      `  CPU, share of one core (${os.cpus().length} cores): server ${share('server')}, PostgreSQL ${share('postgres')}, this client ${share('client')}, other programs ${share('others')}`,
    );
    if (f.attemptsPerSecond > 0) {
      const per = (k: string) => (f.cpu![k] !== undefined ? (f.cpu![k] * 1000) / f.attemptsPerSecond : 0);
      const serverSide = per('server') + per('postgres');
      lines.push(
        `  CPU per completed attempt (its 2–4 requests): server ${fmt(per('server'), 2)} ms, PostgreSQL ${fmt(per('postgres'), 2)} ms, client ${fmt(per('client'), 2)} ms` +
          ` → ${os.cpus().length} cores given to server and database alone would hold about ${thousands((os.cpus().length * 1000) / serverSide)} attempts a second`,
      );
    }
    if ((f.cpu.others ?? 0) > 0.2 || (f.cpuCheckMs ?? 0) > 100)
      lines.push('  NOTE: other programs took CPU during the run: these figures understate the server. Rerun on a quiet machine.');
  }
  if (f.statements?.length) {
    const total = f.statements.reduce((a, q) => a + q.totalMs, 0);
    const calls = f.statements.reduce((a, q) => a + q.calls, 0);
    const planning = f.statements.reduce((a, q) => a + q.planMs, 0);
    lines.push(
      `  PostgreSQL statements (pg_stat_statements, warm-up and verification included): ${thousands(calls)} calls, ${thousands(total)} ms executing (lock waits included), ${thousands(planning)} ms planning; about ${fmt(calls / Math.max(1, f.verification.accepted + 2 * f.verification.checked), 1)} per accepted attempt`,
    );
    lines.push(`  ${'calls'.padStart(9)}${'exec ms'.padStart(10)}${'mean ms'.padStart(9)}${'share'.padStart(7)}${'plan ms'.padStart(9)}  statement`);
    for (const q of f.statements.slice(0, 15)) {
      lines.push(
        `  ${thousands(q.calls).padStart(9)}${thousands(q.totalMs).padStart(10)}${fmt(q.meanMs, 3).padStart(9)}${`${Math.round((q.totalMs / total) * 100)}%`.padStart(7)}${thousands(q.planMs).padStart(9)}  ${q.query}`,
      );
    }
  }
  if (f.waits) {
    const total = Object.values(f.waits).reduce((a, b) => a + b, 0);
    const top = Object.entries(f.waits)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, n]) => `${k} ${Math.round((n / total) * 100)}%`);
    lines.push(`  the server's database connections during the load, sampled every 100 ms: ${top.join(', ')}`);
  }
  lines.push(`  server log lines after start: ${f.serverLogs.warn} warn, ${f.serverLogs.error} error`);
  const v = f.verification;
  lines.push(
    `  verification: ${thousands(v.checked)} of ${thousands(v.accepted)} accepted submissions re-sent: ${thousands(v.replayed)} replayed (200, same result), ${thousands(v.secondKeyRefused)} refused a second key (409 already_submitted)`,
  );
  if (v.leaderboardTotals) lines.push(`  ${v.leaderboardTotals}`);
  if (f.violations.length) {
    lines.push(`  VIOLATIONS (${f.violations.length}):`);
    for (const m of f.violations.slice(0, 20)) lines.push(`    ${m}`);
    if (f.violations.length > 20) lines.push(`    … and ${f.violations.length - 20} more`);
  } else lines.push('  violations: none');
  return lines.join('\n');
}

// ---------------------------------------------------------------------- one run per database

async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/**
 * What the server's connections are doing, every 100 ms until stop(): `active` on the CPU, waiting on a
 * lock or on WAL; `idle in transaction` = waiting for the server's next statement in an open
 * transaction (locks held while the Node process is busy elsewhere); `idle` = in the pool.
 */
async function sampleWaits(url: string): Promise<{ stop(): Promise<Record<string, number>> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  let running = true;
  const loop = (async () => {
    // Bounded by the load phase: stop() ends it; at most one sample every 100 ms.
    for (let i = 0; running && i < 10 * 24 * 3600; i++) {
      const { rows } = await client.query<{ state: string | null; wait: string | null }>(
        `select state, wait_event_type || '/' || wait_event as wait from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
      );
      for (const r of rows) {
        const k = `${r.state ?? '?'}${r.wait && !(r.state === 'idle' || r.state === 'idle in transaction') ? ` (${r.wait})` : ''}`;
        counts[k] = (counts[k] ?? 0) + 1;
      }
      await sleep(100);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop.catch(() => {});
      await client.end();
      return counts;
    },
  };
}

async function topStatements(url: string): Promise<NonNullable<RunFigures['statements']>> {
  const rows = await sql<{ query: string; calls: string; total: number; mean: number; plan: number; rows: string }>(
    url,
    `select query, calls, total_exec_time as total, mean_exec_time as mean, total_plan_time as plan, rows from pg_stat_statements
     where dbid = (select oid from pg_database where datname = current_database()) order by total_exec_time desc`,
  );
  return rows.map((r) => ({
    query: r.query.replace(/\s+/g, ' ').slice(0, 110),
    calls: Number(r.calls),
    totalMs: r.total,
    meanMs: r.mean,
    planMs: r.plan,
    rows: Number(r.rows),
  }));
}

async function benchDb(opts: Options, db: DbKind | 'external'): Promise<RunFigures> {
  let database: PgTemp | undefined;
  let dataDir: string | undefined;
  const servers: ServerProcess[] = [];
  let label: string;
  try {
    let endpoints: string[];
    let cpu: CpuMeter | undefined;
    if (db === 'external') {
      endpoints = [opts.endpoint!];
      label = `the server at ${opts.endpoint}`;
    } else {
      const env: Record<string, string | undefined> = {
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '0',
        SERVER_SECRET: 'bench-server-secret',
        // One public address for every process, as behind a proxy: a receipt's address (#14) is then the
        // same whichever process answers a replay.
        PUBLIC_URL: 'https://cuocthi.example.gov.vn',
      };
      let processes = opts.processes;
      if (opts.server === 'reference') {
        label = 'reference server (in memory)';
        processes = 1;
      } else if (db === 'postgres') {
        database = await startPgTemp({
          database: 'contest',
          ...(opts.pgStatements
            ? { settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all', 'pg_stat_statements.track_planning': true } }
            : {}),
        });
        if (opts.pgStatements) await sql(database.url, 'create extension if not exists pg_stat_statements');
        // A database on the same machine is reached through its Unix socket (libpq's default too):
        // TCP on loopback costs each query two trips through the network stack.
        env.DATABASE_URL =
          opts.pgTransport === 'socket'
            ? `postgres://postgres@/${database.database}?host=${encodeURIComponent(database.dir)}&port=${database.port}`
            : database.url;
        label = `PostgreSQL ${database.version} (scripts/pg-temp.ts, fsync on, ${opts.pgTransport === 'socket' ? 'Unix socket' : 'TCP'})`;
      } else {
        dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-pglite-'));
        tempDirs.add(dataDir);
        env.DATA_DIR = dataDir;
        label = 'PGlite (embedded)';
        if (processes > 1) {
          console.error("  PGlite is one process's database: --processes is 1 for it");
          processes = 1;
        }
      }
      console.error(`Starting ${processes} server process${processes > 1 ? 'es' : ''} on ${label}…`);
      // The first one alone (it runs the migrations), then the others together.
      servers.push(await startServer(opts.server, env, opts.profileDir));
      servers.push(...(await Promise.all(Array.from({ length: processes - 1 }, () => startServer(opts.server, env, opts.profileDir)))));
      endpoints = servers.map((s) => s.endpoint);
      for (const s of servers) s.logs.warn = s.logs.error = 0;
      const postmaster = database?.pid;
      cpu = new CpuMeter(() => ({ server: servers.map((s) => s.pid), ...(postmaster ? { postgres: postgresPids(postmaster) } : {}) }));
    }
    const serverAlive = () => {
      const dead = servers.find((s) => s.exited);
      return dead ? `server process ${dead.pid} exited` : undefined;
    };
    const cpuCheckMs = cpuCheck();
    if (database && opts.pgStatements) await sql(database.url, 'select pg_stat_statements_reset()');
    const sampler = database && opts.pgStatements ? await sampleWaits(database.url) : undefined;
    let waits: Record<string, number> | undefined;
    const figures = await loadPhase(opts, endpoints, label, cpu, serverAlive, async () => {
      waits = await sampler?.stop();
    });
    figures.cpuCheckMs = cpuCheckMs;
    figures.waits = waits;
    if (database && opts.pgStatements) figures.statements = await topStatements(database.url);
    figures.serverLogs = { warn: servers.reduce((a, s) => a + s.logs.warn, 0), error: servers.reduce((a, s) => a + s.logs.error, 0) };
    for (const s of servers) {
      const { code, signal, forced } = await s.stop();
      if (forced) figures.violations.push(`server process ${s.pid} did not stop within 20 s of SIGTERM`);
      else if (code !== 0 && opts.server === 'server') figures.violations.push(`server process ${s.pid} exited with ${signal ?? `code ${code}`} on SIGTERM`);
      if (s.logs.error || (code !== 0 && opts.server === 'server'))
        figures.violations.push(`server process ${s.pid}, last log lines:\n      ${s.logs.tail.slice(-8).join('\n      ')}`);
    }
    return figures;
  } finally {
    for (const s of servers) if (!s.exited) await s.stop();
    await database?.stop();
    if (dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
      tempDirs.delete(dataDir);
    }
  }
}

// ---------------------------------------------------------------------- leaderboard only (e.g. a seeded server)

async function leaderboardOnly(opts: Options): Promise<boolean> {
  const t = target(opts.endpoint!, opts.concurrency);
  const contestReply = await call(t, 'GET', '/contest');
  if (contestReply.status !== 200) throw new Error(`GET /contest answered ${contestReply.status}: ${contestReply.text.slice(0, 300)}`);
  const contest = JSON.parse(contestReply.text) as ContestDocument;
  const roundIds = contest.rounds.map((r) => r.id);
  const paths = (i: number) =>
    i % 2 === 0 || !roundIds.length ? '/leaderboard' : `/leaderboard?round=${encodeURIComponent(nth(roundIds, Math.floor(i / 2) % roundIds.length, 'round'))}`;

  const warm = Math.min(100, opts.requests);
  const samples = { all: [] as number[], round: [] as number[] };
  const errors: Record<string, number> = {};
  let totals = '';
  let nextIndex = -warm;
  const deadline = performance.now() + (opts.seconds ?? 600) * 1000;
  async function worker() {
    while (nextIndex < opts.requests && performance.now() < deadline) {
      const i = nextIndex++;
      const path = paths(Math.abs(i));
      try {
        const r = await call(t, 'GET', path);
        if (r.status !== 200) {
          const k = `GET ${path.split('=')[0]} ${r.status} ${errorCode(r.text)}`;
          errors[k] = (errors[k] ?? 0) + 1;
        } else if (i >= 0) {
          (path.includes('round=') ? samples.round : samples.all).push(r.ms);
          if (!totals && !path.includes('round=')) {
            const b = JSON.parse(r.text) as { totalAttempts: number; totalParticipants: number; asOf?: string };
            totals = `${thousands(b.totalAttempts)} attempts by ${thousands(b.totalParticipants)} participants${b.asOf ? `, ranking as of ${b.asOf}` : ''}`;
          }
        }
      } catch (e) {
        const k = `GET /leaderboard ${(e as { code?: string }).code ?? (e as Error).name}`;
        errors[k] = (errors[k] ?? 0) + 1;
      }
    }
  }
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.concurrency }, () => worker()));
  const seconds = (performance.now() - t0) / 1000;
  await t.pool.close();
  const done = samples.all.length + samples.round.length;
  const all = percentiles([...samples.all, ...samples.round]);
  console.log(`\n== GET /leaderboard at ${opts.endpoint}: ${opts.concurrency} at a time ==`);
  console.log(`  the leaderboard holds ${totals || '(unknown)'}`);
  console.log(`  ${thousands(done)} requests (after ${warm} unmeasured) in ${seconds.toFixed(1)} s = ${fmt(done / seconds)} a second`);
  console.log(
    latencyTable([
      ['whole contest', percentiles(samples.all)],
      ...(roundIds.length ? ([[`?round= (${roundIds.length} rounds)`, percentiles(samples.round)]] as [string, Percentiles][]) : []),
      ['all', all],
    ]),
  );
  const errorKeys = Object.keys(errors);
  console.log(errorKeys.length ? '  errors:' : '  errors: none');
  for (const k of errorKeys) console.log(`    ${String(errors[k]).padStart(7)}  ${k}`);
  if (done < opts.requests) console.log(`  stopped by the time cap after ${done} of ${opts.requests} requests`);
  if (opts.json)
    writeFileSync(
      opts.json,
      JSON.stringify(
        {
          endpoint: opts.endpoint,
          concurrency: opts.concurrency,
          requests: done,
          seconds,
          latency: { all, wholeContest: percentiles(samples.all), round: percentiles(samples.round) },
          errors,
        },
        null,
        2,
      ),
    );
  return errorKeys.length === 0 && done === opts.requests;
}

// ---------------------------------------------------------------------- main

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.leaderboardOnly) return (await leaderboardOnly(opts)) ? 0 : 1;

  const runs: (DbKind | 'external')[] = opts.endpoint ? ['external'] : opts.server === 'reference' ? ['pglite'] : opts.dbs;
  const mode = opts.attempts !== undefined ? `${thousands(opts.attempts)} participants` : `${opts.seconds ?? 30} s`;
  console.log(
    `bench:server — ${mode} per database, ${opts.concurrency} at a time, ${opts.processes} process${opts.processes > 1 ? 'es' : ''}; Node ${process.version}, ${os.cpus().length} cores; client, server and database share this machine`,
  );
  const all: RunFigures[] = [];
  for (const db of runs) {
    const figures = await benchDb(opts, db);
    console.log(report(figures, opts));
    all.push(figures);
  }
  if (all.length > 1) {
    console.log('\n== summary ==');
    console.log(`  ${''.padEnd(44)}${['attempts/s', 'start p99', 'submit p99', 'board p99', 'errors'].map((h) => h.padStart(12)).join('')}`);
    for (const f of all) {
      const errorsN = Object.values(f.errors).reduce((a, b) => a + b, 0) + f.violations.length;
      console.log(
        `  ${f.label.slice(0, 43).padEnd(44)}${[fmt(f.attemptsPerSecond), fmt(f.latency.start.p99), fmt(f.latency.submission.p99), fmt(f.latency.leaderboard.p99), String(errorsN)].map((v) => v.padStart(12)).join('')}`,
      );
    }
  }
  console.log('\nBudget (DESIGN.md), on PostgreSQL: at least 300 completed attempts a second, submission p99 under 200 ms.');
  if (opts.json)
    writeFileSync(opts.json, JSON.stringify({ options: { ...opts, verify: Number.isFinite(opts.verify) ? opts.verify : 'all' }, runs: all }, null, 2));
  const failed = all.some((f) => Object.keys(f.errors).length || f.violations.length);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`bench:server: ${(e as Error).message}`);
    process.exit(1);
  },
);

/**
 * Chaos run: simulated participants take the contest through the REAL built element
 * (dist/) in Chromium, against the reference server, while a seeded fault injector breaks
 * the network, the server, the page and the device clock. Afterwards every session is
 * checked against what the server accepted: the answers and the prediction the participant
 * chose, at most one accepted submission per attempt, and no second attempt for one start.
 *
 *   npm run build && npm run chaos -- --sessions 12 --seed 1
 *
 * Options: --sessions N (12) · --seed S (1) · --concurrency N (3) · --only I[,J] (run only
 * these session numbers, same plan as in the full run) · --session-timeout SECONDS (120) ·
 * --time-limit SECONDS (900) · --verbose (log every step and injected fault as it happens) ·
 * --plan (print each session's planned faults and exit).
 *
 * The last lines are always: sessions run, faults injected, lost answers, duplicate
 * submissions. Exit 1 when answers were lost, a submission was duplicated, or a session
 * did not reach its result.
 *
 * Against the real contest server (server/, on PostgreSQL):
 *
 *   npm run build && npm run chaos -- --server real --db postgres --sessions 6 --seed 1
 *
 * --server real starts `node --import tsx server/src/main.ts` as a child process (a fixed free
 * port, LOG_LEVEL=warn, no rate limit) on a fresh database: --db pglite (default: an embedded
 * PGlite in a new temporary folder) or --db postgres (a throwaway PostgreSQL, scripts/pg-temp.ts).
 * The faults are injected by a reverse proxy in front of it (scripts/fault-proxy.ts), which also
 * serves the page; one fault kind more, server-kill: `kill -9` of the server at a moment of a
 * session (while its start or its submission is being processed, during its exam, or just after
 * its submission was accepted), then the same server again on the same port and database
 * (--kill-every N: one session in N plans a kill, default 2; 0: none). Requests meanwhile meet a
 * dead upstream (refused: 502 from the proxy; cut off mid-request: the socket is dropped).
 * The verdict uses nothing of the server's memory: only what passed through the proxy (every
 * attempt a start answered with, every 201 and 200 submission with its key and body) and, at
 * the end, after one more kill -9 and restart, black-box replays straight to the server: every
 * accepted submission again (same key, same body: must be 200 with the same result) and every
 * start again (same key, same body: must be the same attempt). --server reference-process runs
 * the same machinery against the reference server as a child process, which forgets everything
 * when killed: a check that this verdict does see losses (it must fail).
 * The server's output goes to a temporary folder with its data, kept when the run fails.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { forward, freePort, startFaultProxy, UpstreamProcess, type FaultProxy, type ObservedSubmission, type UpstreamAnswer } from './fault-proxy.ts';
import type { SubmissionRequest } from '../src/contract/schemas.ts';
import { UNITS } from '../demo/mocks/data/units.ts';
import { must, nth } from '../test/helpers/must.ts';
import { DIST, ROOT, startReferenceServer, type FaultDecision, type FaultRequest, type ReferenceServer, type ServerStats } from './reference-server.ts';

// ---------------------------------------------------------------------- options

type ServerKind = 'reference' | 'real' | 'reference-process';

interface Options {
  /** reference: the in-process reference server (its memory is the verdict); the others: behind the fault proxy. */
  server: ServerKind;
  db: 'pglite' | 'postgres';
  /** One session in this many plans a server kill (proxy modes only); 0: none. */
  killEvery: number;
  sessions: number;
  seed: number;
  concurrency: number;
  only?: number[];
  sessionTimeoutMs: number;
  timeLimitMs: number;
  verbose: boolean;
  /** Print the sessions' fault plans and exit. */
  planOnly: boolean;
}

function parseOptions(argv: string[]): Options {
  const o: Options = {
    server: 'reference',
    db: 'pglite',
    killEvery: 2,
    sessions: 12,
    seed: 1,
    concurrency: 3,
    sessionTimeoutMs: 120_000,
    timeLimitMs: 15 * 60_000,
    verbose: false,
    planOnly: false,
  };
  // One iterator for the flags and the values that follow them: `--seed 7` takes the next item.
  const args = argv.values();
  for (const arg of args) {
    const [flag, inline] = arg.split('=', 2);
    const value = () => {
      const v = inline ?? args.next().value;
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = (v: string, min: number) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag}: expected an integer ≥ ${min}, got ${v}`);
      return n;
    };
    if (flag === '--server') {
      const v = value();
      if (v !== 'reference' && v !== 'real' && v !== 'reference-process') throw new Error(`--server: reference, real or reference-process, not ${v}`);
      o.server = v;
    } else if (flag === '--db') {
      const v = value();
      if (v !== 'pglite' && v !== 'postgres') throw new Error(`--db: pglite or postgres, not ${v}`);
      o.db = v;
    } else if (flag === '--kill-every') o.killEvery = int(value(), 0);
    else if (flag === '--sessions') o.sessions = int(value(), 1);
    else if (flag === '--seed') o.seed = int(value(), 0);
    else if (flag === '--concurrency') o.concurrency = int(value(), 1);
    else if (flag === '--only')
      o.only = value()
        .split(',')
        .map((v) => int(v, 1));
    else if (flag === '--session-timeout') o.sessionTimeoutMs = int(value(), 10) * 1000;
    else if (flag === '--time-limit') o.timeLimitMs = int(value(), 30) * 1000;
    else if (flag === '--verbose' || flag === '-v') o.verbose = true;
    else if (flag === '--plan') o.planOnly = true;
    else throw new Error(`Unknown option ${arg} (see the header of scripts/chaos.ts)`);
  }
  return o;
}

// ---------------------------------------------------------------------- seeded randomness

/** mulberry32: small, fast, good enough to pick faults reproducibly. */
function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream per (seed, session, purpose): what one session does does not shift another's choices. */
function rngFor(seed: number, ...parts: (string | number)[]): () => number {
  let h = 2166136261 ^ seed;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return mulberry32(h >>> 0);
}

const pick = <T>(rng: () => number, items: readonly T[]): T => nth(items, Math.floor(rng() * items.length), 'item to pick');
const between = (rng: () => number, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
function shuffled<T>(rng: () => number, items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [nth(a, j), nth(a, i)];
  }
  return a;
}

// ---------------------------------------------------------------------- fault plan

const REQUEST_KINDS = ['drop', 'http-500', 'http-429', 'in-progress-409', 'lost-response', 'delay-20s', 'invalid-json'] as const;
const PAGE_KINDS = ['reload-exam', 'reload-submitting', 'offline', 'clock-skew'] as const;
type RequestKind = (typeof REQUEST_KINDS)[number];
type PageKind = (typeof PAGE_KINDS)[number];
/** Planned apart from the others (only where the server is a process of its own), so the other kinds' plans stay as they are. */
const SERVER_KILL = 'server-kill' as const;
type Kind = RequestKind | PageKind | typeof SERVER_KILL;
const ALL_KINDS: readonly Kind[] = [...REQUEST_KINDS, ...PAGE_KINDS];
const isRequestKind = (k: Kind): k is RequestKind => (REQUEST_KINDS as readonly string[]).includes(k);

const CONTEST = 'GET /contest';
const START = 'POST /attempts';
const SUBMIT = 'POST /attempts/:id/submission';
/** The routes a participant's browser calls (autosave is off in the sample contest). */
const ROUTES = [CONTEST, START, SUBMIT] as const;

/** Request faults injected per session at most (a participant can only take so much). */
const MAX_REQUEST_FAULTS = 4;
/** Chance that any API request of a session gets one of its extra request faults. */
const EXTRA_FAULT_RATE = 0.2;

interface Participant {
  fullName: string;
  birthDate: string;
  gender: 'male' | 'female' | 'other' | '';
  citizenId: string;
  phone: string;
  unit: (typeof UNITS)[number];
}

interface Plan {
  n: number;
  id: string;
  /** The kind this session is sure to meet (every kind is someone's primary over a full run). */
  primary: Kind;
  /** For a primary request fault: the route it hits first. */
  primaryRoute?: string;
  kinds: Kind[];
  requestKinds: RequestKind[];
  /** Reload the page after answering this many questions. */
  reloadAfter?: number;
  offline?: { after: number; across: 'exam' | 'submit'; forMs: number };
  skewMs?: number;
  participant: Participant;
  prediction: number;
  /** kill -9 of the server (proxy modes): when, how long after the trigger, how long it stays down. */
  kill?: KillPlan;
}

/** The moments a kill comes at, the first ones first (each planned kill takes the next). */
const KILL_MOMENTS = ['submission', 'exam', 'start', 'after-accept'] as const;
type KillMoment = (typeof KILL_MOMENTS)[number];

interface KillPlan {
  /**
   * start / submission: that request has been forwarded and is being processed; exam: after
   * answering `afterAnswers` questions (no request in flight); after-accept: the submission's
   * 201 has just passed the proxy.
   */
  moment: KillMoment;
  afterAnswers: number;
  /**
   * From the trigger to the kill, ms. 0–120: on this 2-core machine a submission's transaction
   * commits some 40–60 ms after it is forwarded (PostgreSQL, warm), so a kill may come before,
   * during, or after the commit but before the answer left.
   */
  delayMs: number;
  /** From the kill to the restart, ms. */
  downMs: number;
}

/** Every `every`-th session (the 1st, the 1+every-th, …) plans a kill; its details come from the seed. */
function planKill(seed: number, n: number, every: number): KillPlan | undefined {
  if (every <= 0 || (n - 1) % every !== 0) return undefined;
  const rng = rngFor(seed, 'kill', n);
  return {
    moment: nth(KILL_MOMENTS, ((n - 1) / every) % KILL_MOMENTS.length, 'kill moment'),
    afterAnswers: between(rng, 3, QUESTIONS - 3),
    delayMs: between(rng, 0, 120),
    downMs: between(rng, 300, 2000),
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const GIVEN = ['An', 'Bình', 'Hoa', 'Lan', 'Hùng', 'Dũng', 'Hương', 'Tuấn', 'Thảo', 'Long', 'Nga', 'Sơn', 'Yến'];
/** Province codes of birth registration (CCCD digits 1–3), all within 001–096. */
const PROVINCES = ['001', '024', '026', '027', '030', '031', '033', '034', '036', '038', '040', '079'];
const QUESTIONS = 20;

function makePlan(seed: number, n: number): Plan {
  const rng = rngFor(seed, 'plan', n);
  const order = shuffled(rngFor(seed, 'primaries'), ALL_KINDS);
  const primary = nth(order, (n - 1) % order.length, 'kind');
  const kinds = new Set<Kind>([primary]);
  for (const k of ALL_KINDS) if (rng() < 0.2) kinds.add(k);
  const list = ALL_KINDS.filter((k) => kinds.has(k));
  const requestKinds = list.filter(isRequestKind);
  const primaryRoute = isRequestKind(primary) ? pick(rng, primary === 'in-progress-409' ? [START, SUBMIT] : ROUTES) : undefined;

  const male = rng() < 0.5;
  const year = between(rng, 1960, 2000);
  const participant: Participant = {
    fullName: `${pick(rng, FAMILY)} ${male ? pick(rng, ['Văn', 'Đức', 'Quang', 'Hữu', 'Minh']) : pick(rng, ['Thị', 'Thu', 'Ngọc', 'Thanh'])} ${pick(rng, GIVEN)}`,
    birthDate: `${String(between(rng, 1, 28)).padStart(2, '0')}/${String(between(rng, 1, 12)).padStart(2, '0')}/${year}`,
    gender: pick(rng, ['male', 'female', 'other', ''] as const),
    // Province, century-and-sex digit, year of birth, then six digits unique in this run.
    citizenId: `${pick(rng, PROVINCES)}${male ? 0 : 1}${String(year % 100).padStart(2, '0')}${String(seed % 1000).padStart(3, '0')}${String(n).padStart(3, '0')}`,
    phone: `09${String(between(rng, 0, 99_999_999)).padStart(8, '0')}`,
    unit: pick(rng, UNITS),
  };
  return {
    n,
    id: `s${String(n).padStart(2, '0')}`,
    primary,
    primaryRoute,
    kinds: list,
    requestKinds,
    reloadAfter: kinds.has('reload-exam') ? between(rng, 2, QUESTIONS - 1) : undefined,
    offline: kinds.has('offline')
      ? { after: between(rng, 2, QUESTIONS - 3), across: rng() < 0.5 ? 'exam' : 'submit', forMs: between(rng, 1500, 4000) }
      : undefined,
    skewMs: kinds.has('clock-skew') ? (rng() < 0.5 ? -1 : 1) * 2 * 3600_000 : undefined,
    participant,
    prediction: between(rng, 0, 2_000_000),
  };
}

/** A session's plan; with kills, the same plan plus its kill (the other faults do not move). */
function planFor(opts: Options, n: number): Plan {
  const plan = makePlan(opts.seed, n);
  if (opts.server === 'reference') return plan;
  const kill = planKill(opts.seed, n, opts.killEvery);
  return kill ? { ...plan, kill, kinds: [...plan.kinds, SERVER_KILL] } : plan;
}

// ---------------------------------------------------------------------- the injector (server side)

interface InjectedFault {
  kind: Kind;
  where: string;
  at: number;
}

interface SessionFaultState {
  plan: Plan;
  rng: () => number;
  injected: InjectedFault[];
  requestFaults: number;
  primaryDone: boolean;
  delayUsed: boolean;
  /** reload-submitting: the first submission request is held this long, so a reload finds it pending. */
  heldSubmission?: number;
  requests: number;
  /** The planned server kill has been set off. */
  killDone: boolean;
  /** Sets off a server kill `delayMs` from now (proxy modes; undefined against the in-process server). */
  kill?: (why: string, delayMs: number, route?: string) => void;
}

/** One kill -9 of the server and what the request it aimed at (if any) met. */
interface KillRecord {
  session: string;
  why: string;
  /** The route whose request was in flight when the kill was set off. */
  route?: string;
  armedAt: number;
  killedAt?: number;
  /** The planned pause between the kill and the restart: no other server can answer before it ends. */
  pauseMs: number;
  pid?: number;
  /** From the kill until it answered /readyz again, ms. */
  downMs?: number;
  /** What that request got from the server: an answer before the kill, or the broken connection. */
  outcome?: string;
  error?: string;
}

const err = (code: string, message: string, extra: Record<string, unknown> = {}) => ({ error: { code, message, ...extra } });

function decisionFor(kind: RequestKind, afterApply: boolean): FaultDecision {
  switch (kind) {
    case 'drop':
      return 'drop';
    case 'lost-response':
      return 'lose-response';
    case 'http-500':
      return { status: 500, body: err('internal', 'Injected server error.') };
    case 'http-429':
      return { status: 429, body: err('rate_limited', 'Injected rate limit.', { retryAfterSeconds: 1 }), headers: { 'Retry-After': '1' } };
    case 'in-progress-409':
      return {
        status: 409,
        body: err('idempotency_in_progress', 'Injected: this request is being processed.', { retryAfterSeconds: 1 }),
        headers: { 'Retry-After': '1' },
      };
    case 'delay-20s':
      return { delayMs: 20_000 };
    case 'invalid-json':
      // Half the time the server has applied the request and only the answer is garbled.
      return { status: 200, body: '{not json', afterApply };
  }
}

const applicable = (kind: RequestKind, route: string, s: SessionFaultState) =>
  (kind !== 'in-progress-409' || route.startsWith('POST')) && (kind !== 'delay-20s' || !s.delayUsed);

class Injector {
  readonly sessions = new Map<string, SessionFaultState>();
  /** Sets off a server kill for a session (proxy modes). */
  killer?: (s: SessionFaultState, why: string, delayMs: number, route?: string) => void;
  constructor(
    private readonly seed: number,
    private readonly log: (line: string) => void,
  ) {}

  register(plan: Plan): SessionFaultState {
    const state: SessionFaultState = {
      plan,
      rng: rngFor(this.seed, 'faults', plan.n),
      injected: [],
      requestFaults: 0,
      primaryDone: false,
      delayUsed: false,
      requests: 0,
      killDone: false,
    };
    const killer = this.killer;
    if (killer) state.kill = (why, delayMs, route) => killer(state, why, delayMs, route);
    this.sessions.set(plan.id, state);
    return state;
  }

  hook = (req: FaultRequest): FaultDecision => {
    const decision = this.decide(req);
    this.killOn(req, decision);
    return decision;
  };

  /** A kill planned "while the start / the submission is processed": once such a request goes on to the server. */
  private killOn(req: FaultRequest, decision: FaultDecision) {
    const s = this.sessions.get(req.header('x-chaos-session') ?? '');
    const kill = s?.plan.kill;
    if (!s || !kill || s.killDone || !s.kill) return;
    if (req.route !== (kill.moment === 'start' ? START : kill.moment === 'submission' ? SUBMIT : undefined)) return;
    // A request dropped or answered by the injector never reaches the server: wait for one that does.
    if (decision === 'drop' || (decision && typeof decision === 'object' && 'status' in decision && !decision.afterApply)) return;
    const held = decision && typeof decision === 'object' && 'delayMs' in decision ? decision.delayMs : 0;
    s.killDone = true;
    s.kill(
      `while its ${kill.moment} request is processed (${kill.delayMs} ms after it went on${held ? `, held ${held / 1000} s first` : ''})`,
      held + kill.delayMs,
      req.route,
    );
  }

  private decide(req: FaultRequest): FaultDecision {
    const s = this.sessions.get(req.header('x-chaos-session') ?? '');
    if (!s) return undefined;
    s.requests++;
    const { plan } = s;
    const route = req.route;
    if (!(ROUTES as readonly string[]).includes(route)) return undefined;
    if (plan.kinds.includes('reload-submitting') && route === SUBMIT && s.heldSubmission === undefined) {
      s.heldSubmission = Date.now();
      this.log(`${plan.id} holding the first submission 3 s (a reload comes while it is pending)`);
      return { delayMs: 3000 };
    }
    let kind: RequestKind | undefined;
    if (isRequestKind(plan.primary) && !s.primaryDone && route === plan.primaryRoute && applicable(plan.primary, route, s)) {
      kind = plan.primary;
      s.primaryDone = true;
    } else if (s.requestFaults < MAX_REQUEST_FAULTS && plan.requestKinds.length) {
      // Draw on every request so the stream does not depend on which faults were applicable.
      const roll = s.rng();
      const candidate = pick(s.rng, plan.requestKinds);
      if (roll < EXTRA_FAULT_RATE && applicable(candidate, route, s)) kind = candidate;
    }
    if (!kind) return undefined;
    s.requestFaults++;
    if (kind === 'delay-20s') s.delayUsed = true;
    const afterApply = s.rng() < 0.5;
    s.injected.push({ kind, where: kind === 'invalid-json' && afterApply ? `${route} (applied)` : route, at: Date.now() });
    this.log(`${plan.id} inject ${kind} on ${route}${kind === 'invalid-json' && afterApply ? ' after applying it' : ''}`);
    return decisionFor(kind, afterApply);
  }
}

// ---------------------------------------------------------------------- in the page

/** Runs in the page: installs a device clock off by `skew` ms (Date.now and new Date()). */
const skewScript = (skewMs: number) => `(() => {
  const skew = ${skewMs};
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  function SkewedDate(...args) {
    if (!new.target) return new RealDate(realNow() + skew).toString();
    return Reflect.construct(RealDate, args.length ? args : [realNow() + skew], new.target);
  }
  SkewedDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: SkewedDate, writable: true, configurable: true });
  SkewedDate.now = () => realNow() + skew;
  SkewedDate.parse = RealDate.parse;
  SkewedDate.UTC = RealDate.UTC;
  globalThis.Date = SkewedDate;
})();`;

/** Runs in the page: keeps the last ccq-result and every phase change. */
const listenScript = `(() => {
  window.__ccq = { result: undefined, phases: [] };
  document.addEventListener('ccq-result', (e) => { window.__ccq.result = e.detail; });
  document.addEventListener('ccq-phase-change', (e) => { window.__ccq.phases.push(e.detail.phase); });
})();`;

interface View {
  phase: string | null;
  question?: { id: string; type: string; options: { value: string; checked: boolean }[]; n: number; total: number };
  prediction?: string;
  timer?: string;
  formFilled?: boolean;
  busy?: boolean;
  alerts: string[];
  heading?: string;
  online: boolean;
  /** The element says the attempt is open in another tab. */
  elsewhere?: boolean;
  /** The element shows its "no connection" notice. */
  offlineNotice?: boolean;
  /** The element says the browser keeps nothing (IndexedDB unusable, or slower to open than it waits). */
  memoryOnly?: boolean;
  result?: { attemptId: string; status: string; correctCount?: number };
  deviceNow: number;
}

/** Runs in the page (as a string: tsx would inject helpers into a serialised function). */
const observeScript = `(() => {
  const el = document.querySelector('cai-cach-quiz');
  const all = (root, sel) => {
    const found = [...root.querySelectorAll(sel)];
    const walk = (r) => {
      for (const e of r.querySelectorAll('*')) if (e.shadowRoot) { found.push(...e.shadowRoot.querySelectorAll(sel)); walk(e.shadowRoot); }
    };
    if (root.shadowRoot) { found.push(...root.shadowRoot.querySelectorAll(sel)); walk(root.shadowRoot); }
    walk(root);
    return found;
  };
  const text = (n) => (n && n.textContent ? n.textContent.replace(/\\s+/g, ' ').trim() : undefined);
  const out = { phase: el ? (el.phase ?? null) : null, alerts: [], online: navigator.onLine, deviceNow: Date.now() };
  const r = window.__ccq && window.__ccq.result;
  if (r) out.result = { attemptId: r.attemptId, status: r.status, correctCount: r.correctCount };
  if (!el) return out;
  const inputs = all(el, 'input[name^="q-"]');
  if (inputs.length) {
    const m = /(\\d+)\\/(\\d+)/.exec(text(all(el, '.qnum')[0]) || '');
    out.question = {
      id: inputs[0].name.slice(2),
      type: inputs[0].type,
      options: inputs.map((i) => ({ value: i.value, checked: i.checked })),
      n: m ? Number(m[1]) : 0,
      total: m ? Number(m[2]) : 0,
    };
  }
  const p = all(el, 'input#prediction')[0];
  if (p) out.prediction = p.value;
  const t = all(el, '[part=timer] .time')[0];
  if (t) out.timer = text(t);
  const name = all(el, 'input#fullName')[0];
  if (name) out.formFilled = name.value !== '';
  const form = all(el, 'form[aria-busy]')[0];
  if (form) out.busy = form.getAttribute('aria-busy') === 'true';
  out.alerts = all(el, '[role=alert]').map(text).filter(Boolean);
  out.heading = text(all(el, '.view h2')[0]);
  out.elsewhere = all(el, '[part=elsewhere]').length > 0;
  out.offlineNotice = all(el, '[part=offline]').length > 0;
  out.memoryOnly = all(el, '[part=storage-warning]').length > 0;
  return out;
})()`;

// ---------------------------------------------------------------------- one participant

interface SessionResult {
  plan: Plan;
  ok: boolean;
  failure?: string;
  ms: number;
  chosen: Map<string, string[]>;
  /** Question number (1-based) → id, as the participant saw them. */
  order: Map<number, string>;
  prediction: number | null;
  startClicks: number;
  submitClicks: number;
  reached?: View['result'];
  pageFaults: InjectedFault[];
  /** Times the countdown disagreed with the server's clock by more than 3 s. */
  timerWarnings: number;
  notes: string[];
  pageErrors: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
const mmss = (s: string | undefined) => {
  const m = /^(?:(\d+):)?(\d+):(\d+)$/.exec(s ?? '');
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
};

function newResult(plan: Plan): SessionResult {
  return {
    plan,
    ok: false,
    ms: 0,
    chosen: new Map(),
    order: new Map(),
    prediction: null,
    startClicks: 0,
    submitClicks: 0,
    pageFaults: [],
    timerWarnings: 0,
    notes: [],
    pageErrors: [],
  };
}

/** What a session needs of the server under test. */
interface SessionTarget {
  /** The test page. */
  url: string;
  /** Server time now, epoch ms. */
  now(): number;
  /** The deadline of the participant's latest attempt, as the server made it. */
  latestDeadline(participantKey: string): string | undefined;
}

async function runSession(
  browser: Browser,
  server: SessionTarget,
  faults: SessionFaultState,
  opts: Options,
  log: (line: string) => void,
  abort: AbortSignal,
  res: SessionResult,
): Promise<SessionResult> {
  const { plan } = faults;
  const rng = rngFor(opts.seed, 'driver', plan.n);
  const t0 = Date.now();
  const note = (line: string) => {
    res.notes.push(line);
    log(`${plan.id} ${line}`);
  };
  const pageFault = (kind: PageKind, where: string) => {
    res.pageFaults.push({ kind, where, at: Date.now() });
    log(`${plan.id} ${kind} (${where})`);
  };

  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ viewport: { width: 1000, height: 900 }, extraHTTPHeaders: { 'x-chaos-session': plan.id } });
    if (plan.skewMs) {
      await context.addInitScript({ content: skewScript(plan.skewMs) });
      pageFault('clock-skew', `device clock ${plan.skewMs > 0 ? '+' : '−'}2 h`);
    }
    await context.addInitScript({ content: listenScript });
    const page: Page = await context.newPage();
    page.setDefaultTimeout(5000);
    page.on('pageerror', (e) => res.pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource|net::ERR_/.test(m.text())) res.pageErrors.push(`console: ${m.text()}`);
    });
    await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 30_000 });

    const observe = () => page.evaluate<View>(observeScript);
    const button = (name: string) => page.getByRole('button', { name, exact: true }).first();
    const deadline = t0 + opts.sessionTimeoutMs;
    let offline = false;
    let offlineSince = 0;
    let offlineDone = false;
    let reloadDone = false;
    let reloadSubmitDone = false;
    let memoryNoted = false;
    let startedAt = 0;
    let lastPhase: string | null = null;
    let failedSince = 0;
    let timerChecked = false;
    let actionErrors = 0;
    let total = QUESTIONS;

    const goOffline = async (where: string) => {
      await context!.setOffline(true);
      offline = true;
      offlineSince = Date.now();
      pageFault('offline', where);
      // The element must notice (navigator.onLine and the offline event), or the fault did not happen.
      for (let i = 0; ; i++) {
        const w = await observe().catch(() => undefined);
        if (w && !w.online && w.offlineNotice) break;
        if (i === 40) {
          note(`WARNING: offline for 2 s but ${w?.online ? 'navigator.onLine is still true' : 'the element shows no offline notice'}`);
          break;
        }
        await sleep(50);
      }
    };
    const goOnline = async () => {
      await context!.setOffline(false);
      offline = false;
      offlineDone = true;
      log(`${plan.id} back online after ${((Date.now() - offlineSince) / 1000).toFixed(1)} s`);
    };

    const fillForm = async () => {
      const p = plan.participant;
      await page.locator('#fullName').fill(p.fullName);
      await page.locator('#birthDate').fill(p.birthDate);
      if (p.gender) await page.locator(`input[name=gender][value=${p.gender}]`).check();
      await page.locator('#citizenId').fill(p.citizenId);
      await page.locator('#phone').fill(p.phone);
      // The unit, as people choose it (#14): type the first words of its name in the autocomplete, then
      // tap it in the list, or "Không thấy đơn vị của tôi" for the contest's "Khác…" unit, which the list
      // offers only that way.
      await page.getByRole('combobox', { name: 'Đơn vị công tác' }).fill(p.unit.name.split(' ').slice(0, 3).join(' ').toLowerCase());
      const other = page.getByRole('option', { name: 'Không thấy đơn vị của tôi' });
      await other.waitFor(); // the list is open (that option is always in it)
      const option = page.getByRole('option', { name: p.unit.name, exact: true });
      await ((await option.count()) ? option : other).click();
      await page.locator('input#consent').check();
    };

    while (true) {
      if (abort.aborted) throw new Error('stopped: the overall time limit was reached');
      if (Date.now() > deadline) {
        const v = await observe().catch(() => undefined);
        throw new Error(
          `no result after ${opts.sessionTimeoutMs / 1000} s: phase ${v?.phase ?? '?'}${v?.heading ? ` "${v.heading}"` : ''}${v?.alerts.length ? ` alert "${v.alerts.join(' | ')}"` : ''}`,
        );
      }
      const v = await observe().catch(() => undefined);
      if (!v) {
        await sleep(200);
        continue;
      }
      if (v.phase !== lastPhase) {
        if (opts.verbose) log(`${plan.id} phase ${v.phase}`);
        lastPhase = v.phase;
      }
      if (v.memoryOnly && !memoryNoted) {
        // Chromium's IndexedDB works here: only a slow open gives it up (the cause of session 8's failure).
        memoryNoted = true;
        note(`WARNING: in phase ${v.phase} the element keeps answers in memory only (IndexedDB did not open in time)`);
      }
      try {
        if (v.elsewhere) {
          // There is only one tab in this context: say so, and do what a participant would.
          note(`WARNING: in phase ${v.phase} the element says the attempt is open in another tab (there is only one)`);
          await button('Tiếp tục làm bài ở thẻ này').click();
          await sleep(300);
          continue;
        }
        switch (v.phase) {
          case null:
          case 'loading':
          case 'starting':
            await sleep(150);
            break;
          case 'load-error':
            note(`load error shown (${v.alerts.join(' | ') || 'no text'}): clicking “Thử lại”`);
            await button('Thử lại').click();
            await sleep(300);
            break;
          case 'upcoming':
          case 'closed':
            throw new Error(`the element shows phase ${v.phase} although the server's contest is open`);
          case 'landing':
            await button('Đăng ký dự thi').click();
            await sleep(100);
            break;
          case 'registration': {
            if (v.busy) {
              await sleep(150);
              break;
            }
            if (res.startClicks >= 8) throw new Error(`could not start after ${res.startClicks} tries: ${v.alerts.join(' | ')}`);
            if (res.startClicks > 0) note(`start failed (${v.alerts.join(' | ') || 'no message'}): trying again`);
            if (!v.formFilled) await fillForm();
            res.startClicks++;
            startedAt = Date.now();
            await button('Bắt đầu làm bài').click();
            // Until the element has taken the click (phase starting), do not click again.
            for (let i = 0; i < 20; i++) {
              const w = await observe().catch(() => undefined);
              if (w && (w.phase !== 'registration' || w.busy === true || w.alerts.length)) break;
              await sleep(100);
            }
            break;
          }
          case 'exam': {
            if (!timerChecked && v.timer && startedAt) {
              // The countdown must follow the server's clock, whatever the device's says.
              timerChecked = true;
              const shown = mmss(v.timer);
              const deadline = server.latestDeadline(plan.participant.citizenId);
              if (shown !== undefined && deadline) {
                const actual = Math.round((Date.parse(deadline) - server.now()) / 1000);
                if (Math.abs(shown - actual) > 3) {
                  res.timerWarnings++;
                  note(`WARNING: the timer shows ${v.timer} (${shown} s) but the server says ${actual} s are left${reloadDone ? ' (after a reload)' : ''}`);
                }
              }
            }
            const answered = res.chosen.size;
            if (plan.kill?.moment === 'exam' && !faults.killDone && faults.kill && answered >= plan.kill.afterAnswers) {
              faults.killDone = true;
              faults.kill(`during the exam, after ${answered} answers`, plan.kill.delayMs);
            }
            if (plan.offline && !offline && !offlineDone && plan.offline.across === 'exam' && answered >= plan.offline.after) {
              await goOffline(`during the exam, after ${answered} answers`);
            }
            if (offline && plan.offline!.across === 'exam' && Date.now() - offlineSince >= plan.offline!.forMs && answered >= plan.offline!.after + 2) {
              await goOnline();
            }
            if (v.question) {
              const q = v.question;
              // The harness reads the number from the view ("Câu 3/20"); if the view changes so that it
              // cannot, every answer would be filed under question 0: say so instead of reporting losses.
              if (!q.n || !q.total) throw new Error('harness cannot read the question number (.qnum "Câu n/N"): update observeScript');
              res.order.set(q.n, q.id);
              if (q.total) total = q.total;
              const mine = res.chosen.get(q.id);
              if (!mine) {
                const values = q.options.map((o) => o.value);
                if (q.options.some((o) => o.checked)) note(`WARNING: question ${q.n} (${q.id}) shows an answer the participant never gave`);
                const choice = q.type === 'radio' ? [pick(rng, values)] : shuffled(rng, values).slice(0, rng() < 0.5 ? 1 : 2);
                for (const value of choice) {
                  await page.locator(`input[name="q-${q.id}"][value="${value}"]`).click();
                  res.chosen.set(q.id, [...(res.chosen.get(q.id) ?? []), value]);
                }
                // Wait until the element shows exactly what was chosen.
                for (let i = 0; i < 30; i++) {
                  const w = await observe();
                  const checked = w.question?.id === q.id ? w.question.options.filter((o) => o.checked).map((o) => o.value) : undefined;
                  if (checked && sameSet(checked, choice)) break;
                  if (i === 29) note(`WARNING: question ${q.n} shows ${JSON.stringify(checked)} after choosing ${JSON.stringify(choice)}`);
                  await sleep(50);
                }
                if (plan.reloadAfter !== undefined && !reloadDone && !offline && res.chosen.size >= plan.reloadAfter) {
                  reloadDone = true;
                  // A participant thinks a while before the page is reloaded (and the contest document ages).
                  const pause = between(rng, 4000, 12_000);
                  await sleep(pause);
                  pageFault('reload-exam', `after answering question ${q.n} and ${(pause / 1000).toFixed(1)} s`);
                  await page.reload({ waitUntil: 'domcontentloaded', timeout: 30_000 });
                  timerChecked = false;
                  break;
                }
              } else {
                const shown = q.options.filter((o) => o.checked).map((o) => o.value);
                if (!sameSet(shown, mine)) note(`WARNING: question ${q.n} shows ${JSON.stringify(shown)}, the participant chose ${JSON.stringify(mine)}`);
              }
              await button('Câu tiếp').click();
            } else if (v.prediction !== undefined) {
              const missing = Array.from({ length: total }, (_, i) => i + 1).find((n) => !res.order.has(n) || !res.chosen.has(res.order.get(n)!));
              if (missing !== undefined) {
                await page.getByRole('button', { name: new RegExp(`^Câu ${missing},`) }).click();
                break;
              }
              if (res.prediction === null) {
                await page.locator('#prediction').fill(String(plan.prediction));
                res.prediction = plan.prediction;
                await sleep(100);
                break;
              }
              if (v.prediction.replace(/[.,\s]/g, '') !== String(res.prediction)) {
                note(`WARNING: the prediction field shows "${v.prediction}", the participant typed ${res.prediction}`);
              }
              if (plan.offline && !offline && !offlineDone && plan.offline.across === 'submit') {
                await goOffline('before review and submission');
              }
              await button('Xem lại và nộp bài').click();
            } else await sleep(100);
            break;
          }
          case 'review':
            if (res.chosen.size < total || res.prediction === null) {
              await button('Quay lại làm bài').click();
              break;
            }
            res.submitClicks++;
            await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
            await sleep(100);
            break;
          case 'submitting': {
            if (plan.kinds.includes('reload-submitting') && !reloadSubmitDone && !offline) {
              // Reload while the submission is pending (the server holds it).
              for (let i = 0; i < 40 && faults.heldSubmission === undefined; i++) await sleep(50);
              reloadSubmitDone = true;
              await sleep(between(rng, 100, 800));
              pageFault('reload-submitting', faults.heldSubmission ? 'the submission is held by the server' : 'no submission reached the server yet');
              await page.reload({ waitUntil: 'domcontentloaded', timeout: 30_000 });
              break;
            }
            if (offline && Date.now() - offlineSince >= plan.offline!.forMs) await goOnline();
            if (v.heading === 'Chưa nộp được bài thi') {
              failedSince ||= Date.now();
              // The element offers no way on from here; wait a moment to be sure, then report it.
              if (Date.now() - failedSince > 3000) throw new Error(`stuck: submission failed for good: ${v.alerts.join(' | ')}`);
            }
            await sleep(200);
            break;
          }
          case 'result':
            if (!v.result) {
              await sleep(100);
              break;
            }
            res.reached = v.result;
            res.ok = true;
            return res;
          default:
            throw new Error(`unknown phase ${v.phase}`);
        }
        actionErrors = 0;
      } catch (e) {
        const message = (e as Error).message ?? String(e);
        // Actions race with re-renders, reloads and retries; only a phase or check failure ends the session.
        if (/^(stuck|no result|could not start|the element shows|unknown phase|stopped|harness)/.test(message)) throw e;
        actionErrors++;
        if (opts.verbose || actionErrors % 10 === 0) log(`${plan.id} action failed in ${v.phase} (${actionErrors}×): ${message.split('\n')[0]}`);
        await sleep(200);
      }
    }
  } catch (e) {
    res.ok = false;
    res.failure = (e as Error).message.split('\n')[0];
    return res;
  } finally {
    res.ms = Date.now() - t0;
    await context?.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------- checks

function participantAttempts(server: ReferenceServer, citizenId: string) {
  return Object.values(server.backend.state.attempts)
    .filter((a) => a.participantKey === citizenId)
    .map((a) => a.attempt);
}

/** The backend's own stable hash of a request body, to check the recorded body is the one it accepted. */
const stableHash = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
  );

/** The answers chosen in the page against an accepted submission's body: how many differ (each one a problem). */
function compareAnswers(questions: readonly string[], s: { attemptId: string; body: SubmissionRequest }, r: SessionResult, problems: string[]): number {
  const submitted = new Map(s.body.answers.map((a) => [a.questionId, a.optionIds]));
  let missing = 0;
  for (const q of questions) {
    const want = r.chosen.get(q) ?? [];
    const got = submitted.get(q) ?? [];
    if (!sameSet(want, got)) {
      missing++;
      problems.push(`answer to ${q} lost: chose ${JSON.stringify(want)}, server accepted ${JSON.stringify(got)}`);
    }
  }
  for (const q of r.chosen.keys()) {
    if (!questions.includes(q)) {
      missing++;
      problems.push(`answer to ${q} was given on a screen of another attempt than ${s.attemptId}`);
    }
  }
  return missing;
}

interface Verdict {
  lost: number;
  duplicates: number;
  problems: string[];
  summary: string;
}

function verify(server: ReferenceServer, r: SessionResult): Verdict {
  const problems: string[] = [];
  let lost = 0;
  let duplicates = 0;
  const cccd = r.plan.participant.citizenId;
  const created = server.stats.createdAttempts.filter((a) => a.participantKey === cccd);
  const accepted = server.stats.acceptedSubmissions.filter((s) => created.some((c) => c.attemptId === s.attemptId));

  // A start intent that created two attempts: an attempt the participant never received, plus another one.
  const orphans = created.filter((c) => !c.delivered);
  const extraStarts = Math.max(created.length > 1 ? orphans.length : 0, created.length - r.startClicks, 0);
  if (extraStarts) {
    duplicates += extraStarts;
    problems.push(
      `${created.length} attempts created for one start intent (${r.startClicks} click(s) on “Bắt đầu làm bài”): ` +
        created.map((c) => `${c.attemptId}${c.delivered ? '' : ' (its answer never reached the element)'}`).join(', '),
    );
  }
  for (const c of created) {
    const n = server.stats.accepted[c.attemptId] ?? 0;
    if (n > 1) {
      duplicates += n - 1;
      problems.push(`attempt ${c.attemptId} has ${n} accepted submissions`);
    }
  }

  if (!accepted.length) {
    if (r.chosen.size) problems.push('no submission of this participant was accepted by the server');
  }
  for (const s of accepted) {
    const stored = server.backend.state.attempts[s.attemptId];
    if (!stored) {
      problems.push(`attempt ${s.attemptId} was accepted, but the backend holds no such attempt`);
      continue;
    }
    const questions = stored.attempt.questions.map((q) => q.id);
    let missing = compareAnswers(questions, s, r, problems);
    if (s.body.prediction !== r.prediction || stored.submission?.prediction !== r.prediction) {
      missing++;
      problems.push(`prediction lost: typed ${r.prediction}, server accepted ${s.body.prediction} (stored ${stored.submission?.prediction})`);
    }
    lost += missing;
    if (stored.submission && stableHash(s.body) !== stored.submission.bodyHash) {
      problems.push(`the recorded body of ${s.attemptId} is not the one the backend hashed`);
    }
    if (s.body.reason !== 'confirmed') problems.push(`submitted with reason "${s.body.reason}", not by the participant's confirmation`);
    if (r.reached && r.reached.attemptId !== s.attemptId)
      problems.push(`the element shows the result of ${r.reached.attemptId}, the server accepted ${s.attemptId}`);
    // The score the element shows must be the grade of exactly what was chosen.
    if (r.reached?.status === 'graded') {
      // The attempt's own ids (#13 F8): its key is the backend's, not the bank's.
      const key = new Map(Object.entries(stored.keys));
      const expected = questions.filter((q) => sameSet(key.get(q) ?? [], r.chosen.get(q) ?? [])).length;
      if (r.reached.correctCount !== expected) problems.push(`the element shows ${r.reached.correctCount} correct, the chosen answers have ${expected}`);
    }
  }
  const a = accepted[0];
  const summary = a
    ? `attempt ${a.attemptId}: ${r.chosen.size} answers${lost ? `, ${lost} LOST` : ' all match'}, prediction ${a.body.prediction === r.prediction ? 'ok' : 'WRONG'}`
    : 'nothing accepted';
  return { lost, duplicates, problems, summary };
}

/** What a black-box replay straight to the server gave. */
interface ReplayCheck {
  ok: boolean;
  detail: string;
}

/** The answers of a submission body (and its prediction): what is lost if the server forgot it. */
const answersIn = (body: SubmissionRequest) => body.answers.length + (body.prediction !== null ? 1 : 0);

/**
 * The verdict of one session from what passed through the proxy and the replays at the end,
 * with nothing from the server's memory: the same checks as `verify` where they can be made
 * from outside, plus the replays.
 */
function verifyObserved(proxy: FaultProxy, r: SessionResult, replays: { submissions: Map<string, ReplayCheck>; starts: Map<string, ReplayCheck> }): Verdict {
  const problems: string[] = [];
  let lost = 0;
  let duplicates = 0;
  const { stats } = proxy;
  const cccd = r.plan.participant.citizenId;
  const created = stats.createdAttempts.filter((a) => a.participantKey === cccd);
  const mine = new Set(created.map((c) => c.attemptId));
  // The proxy records each attempt it sees created in stats.attempts along with its createdAttempts entry.
  const observed = (attemptId: string) => must(stats.attempts[attemptId], `attempt ${attemptId} in the proxy's record`);

  // Attempts numbered beyond those seen: the server made attempts whose answer never passed the proxy.
  const highest = Math.max(0, ...created.map((c) => observed(c.attemptId).attempt.number));
  const hidden = Math.max(0, highest - created.length);
  // A start intent that created two attempts: an attempt the participant never received, plus another one.
  const total = created.length + hidden;
  const orphans = created.filter((c) => !c.delivered).length + hidden;
  const extraStarts = Math.max(total > 1 ? orphans : 0, total - r.startClicks, 0);
  // One start key answered with two attempts (in the run, or by its replay at the end).
  const keys = new Set(created.map((c) => c.idempotencyKey).filter((k): k is string => !!k));
  let keyed = 0;
  for (const key of keys) {
    const ids = stats.startKeys[key] ?? [];
    if (ids.length > 1) {
      keyed += ids.length - 1;
      problems.push(`start key ${key} was answered with ${ids.length} attempts: ${ids.join(', ')}`);
    }
    const replay = replays.starts.get(key);
    if (replay && !replay.ok) problems.push(`replaying the start with key ${key}: ${replay.detail}`);
    if (replay && !replay.ok && /another attempt/.test(replay.detail)) keyed++;
  }
  if (extraStarts || keyed) duplicates += Math.max(extraStarts, keyed);
  if (extraStarts) {
    problems.push(
      `${total} attempts created for one start intent (${r.startClicks} click(s) on “Bắt đầu làm bài”): ` +
        created
          .map((c) => `${c.attemptId} (number ${observed(c.attemptId).attempt.number})${c.delivered ? '' : ' (its answer never reached the element)'}`)
          .join(', ') +
        (hidden ? ` and ${hidden} attempt(s) whose answer never passed the proxy` : ''),
    );
  }
  for (const c of created) {
    const n = stats.accepted[c.attemptId] ?? 0;
    if (n > 1) {
      duplicates += n - 1;
      problems.push(`attempt ${c.attemptId} has ${n} accepted submissions`);
    }
  }

  // Accepted: a 201 that passed, or (its 201 lost with a killed server) the first 200 replay of it.
  const accepted: ObservedSubmission[] = stats.acceptedSubmissions.filter((s) => mine.has(s.attemptId));
  for (const s of stats.replayedSubmissions) {
    if (mine.has(s.attemptId) && !accepted.some((a) => a.attemptId === s.attemptId)) accepted.push(s);
  }
  if (!accepted.length && r.chosen.size) {
    // The participant answered and no server ever took the answers: every one of them is lost.
    const n = r.chosen.size + (r.prediction !== null ? 1 : 0);
    lost += n;
    problems.push(`no submission of this participant was accepted by the server: ${n} answer(s) lost`);
  }
  for (const s of accepted) {
    const questions = observed(s.attemptId).attempt.questions.map((q) => q.id);
    let missing = compareAnswers(questions, s, r, problems);
    if (s.body.prediction !== r.prediction) {
      missing++;
      problems.push(`prediction lost: typed ${r.prediction}, server accepted ${s.body.prediction}`);
    }
    const replay = replays.submissions.get(s.attemptId);
    if (replay && !replay.ok) {
      // Accepted once, forgotten since: every answer in it is lost.
      missing = Math.max(missing, answersIn(s.body));
      problems.push(`accepted submission of ${s.attemptId} (key ${s.idempotencyKey}) is gone: its replay ${replay.detail}`);
    }
    lost += missing;
    if (s.status === 200) r.notes.push(`the 201 of ${s.attemptId} never passed the proxy; its replay (200) did`);
    if (s.body.reason !== 'confirmed') problems.push(`submitted with reason "${s.body.reason}", not by the participant's confirmation`);
    if (r.reached && r.reached.attemptId !== s.attemptId)
      problems.push(`the element shows the result of ${r.reached.attemptId}, the server accepted ${s.attemptId}`);
    // The score the element shows must be the server's grade of what it accepted.
    if (r.reached?.status === 'graded' && s.result?.status === 'graded' && r.reached.correctCount !== s.result.correctCount) {
      problems.push(`the element shows ${r.reached.correctCount} correct, the server graded ${s.result.correctCount}`);
    }
    // Where the result carries the key (a review), the grade itself can be checked too.
    if (s.result?.status === 'graded' && s.result.review) {
      const expected = s.result.review.filter((q) => sameSet(q.correctOptionIds, r.chosen.get(q.questionId) ?? [])).length;
      if (s.result.correctCount !== expected) problems.push(`the server graded ${s.result.correctCount} correct, its own review says ${expected}`);
    }
  }
  const a = accepted[0];
  const summary = a
    ? `attempt ${a.attemptId}: ${r.chosen.size} answers${lost ? `, ${lost} LOST` : ' all match'}, prediction ${a.body.prediction === r.prediction ? 'ok' : 'WRONG'}` +
      `${replays.submissions.has(a.attemptId) ? `, replay ${replays.submissions.get(a.attemptId)!.ok ? 'ok' : 'FAILED'}` : ''}`
    : 'nothing accepted';
  return { lost, duplicates, problems, summary };
}

/** Stable JSON (keys sorted), to compare two results. */
const canonical = (v: unknown) => stableHash(v);

/**
 * Black-box replays straight to the server (not through the proxy): every accepted submission
 * (its key, its body: 200 with the same result) and every start key seen (its first body: the
 * same attempt).
 */
async function replayAll(proxy: FaultProxy): Promise<{ submissions: Map<string, ReplayCheck>; starts: Map<string, ReplayCheck> }> {
  const { stats, origin, apiBase } = proxy;
  const submissions = new Map<string, ReplayCheck>();
  const starts = new Map<string, ReplayCheck>();
  const headers = (key: string | null) => ({ 'content-type': 'application/json', accept: 'application/json', ...(key ? { 'idempotency-key': key } : {}) });
  /** A POST straight to the server; "wait and try again" answers (429, 503, 409 in progress) are waited out, a few times. */
  const post = async (path: string, key: string | null, body: string): Promise<UpstreamAnswer> => {
    for (let tries = 1; ; tries++) {
      const a = await forward(origin, 'POST', `${apiBase}${path}`, headers(key), body);
      if (!('status' in a) || ![409, 429, 503].includes(a.status) || tries >= 4) return a;
      if (a.status === 409 && !a.text.includes('idempotency_in_progress')) return a;
      const wait = Number(a.headers['retry-after']);
      await sleep(Math.min(Number.isFinite(wait) && wait > 0 ? wait * 1000 : 1000, 30_000));
    }
  };
  const firstOf = new Map<string, ObservedSubmission>();
  for (const s of [...stats.acceptedSubmissions, ...stats.replayedSubmissions]) if (!firstOf.has(s.attemptId)) firstOf.set(s.attemptId, s);
  for (const s of firstOf.values()) {
    const a = await post(`/attempts/${encodeURIComponent(s.attemptId)}/submission`, s.idempotencyKey, s.rawBody);
    let check: ReplayCheck;
    if ('failure' in a) check = { ok: false, detail: `failed: ${a.failure} (${a.message})` };
    else {
      const body = (() => {
        try {
          return JSON.parse(a.text) as { result?: unknown; error?: { code?: string } };
        } catch {
          return undefined;
        }
      })();
      if (a.status !== 200) check = { ok: false, detail: `came back ${a.status}${body?.error?.code ? ` ${body.error.code}` : ''}, not 200` };
      else if (canonical(body?.result) !== canonical(s.result))
        check = { ok: false, detail: `came back 200 with another result: ${JSON.stringify(body?.result)} (was ${JSON.stringify(s.result)})` };
      else check = { ok: true, detail: '200, same result' };
    }
    submissions.set(s.attemptId, check);
  }
  for (const [key, [firstId]] of Object.entries(stats.startKeys)) {
    if (firstId === undefined) continue;
    const first = stats.attempts[firstId];
    if (!first) continue;
    const a = await post('/attempts', key, first.rawBody);
    let check: ReplayCheck;
    if ('failure' in a) check = { ok: false, detail: `failed: ${a.failure} (${a.message})` };
    else {
      const id = (() => {
        try {
          return (JSON.parse(a.text) as { attempt?: { id?: string } }).attempt?.id;
        } catch {
          return undefined;
        }
      })();
      if (a.status >= 300 || !id) check = { ok: false, detail: `came back ${a.status} ${a.text.slice(0, 160)}, not the attempt ${firstId}` };
      else if (id !== firstId) check = { ok: false, detail: `created another attempt, ${id}, instead of answering with ${firstId}` };
      else check = { ok: true, detail: `${a.status}, same attempt` };
    }
    starts.set(key, check);
  }
  return { submissions, starts };
}

// ---------------------------------------------------------------------- main

/**
 * Copy dist/ aside so the whole run uses one build, even if someone rebuilds meanwhile
 * (a rebuild renames the lazy chunks under a page that is still open). A copy taken in
 * the middle of a build is refused: every chunk a module imports must be there.
 */
async function snapshotDist(): Promise<string> {
  for (let tries = 0; ; tries++) {
    const dir = mkdtempSync(join(tmpdir(), 'ccq-chaos-dist-'));
    try {
      cpSync(DIST, dir, { recursive: true });
      const files = new Set(readdirSync(dir));
      const broken = [...files]
        .filter((f) => f.endsWith('.js'))
        .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].flatMap(([, chunk]) => (chunk ? [chunk] : [])))
        .filter((f) => !files.has(f));
      if (files.has('cai-cach-quiz.js') && !broken.length) return dir;
      throw new Error(`incomplete build (missing ${broken.join(', ') || 'cai-cach-quiz.js'})`);
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      if (tries >= 30) throw new Error(`dist/ is not a complete build: ${(e as Error).message}. Run npm run build first.`, { cause: e });
      await sleep(2000);
    }
  }
}

/** The reference server's clock: inside the sample contest's first round. */
const REFERENCE_TIME = '2020-09-21T09:30:00+07:00';

/** A server under test run as a child process, on a fresh database in a folder of its own. */
interface ServerProcess {
  upstream: UpstreamProcess;
  /** The temporary folder: the server's log (server.log) and, with PGlite, its data (data/). */
  dir: string;
  describe: string;
  stop(): Promise<void>;
}

async function startServerProcess(opts: Options): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'ccq-chaos-server-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'CONTEST_FILE', 'DATA_DIR', 'PORT', 'HOST']) delete env[name];
  let pg: { url: string; stop(): Promise<void> } | undefined;
  let args: string[];
  let describe: string;
  if (opts.server === 'real') {
    if (!existsSync(join(ROOT, 'server', 'src', 'main.ts'))) throw new Error('server/src/main.ts is missing: the real server is not there.');
    if (opts.db === 'postgres') {
      const { startPgTemp } = await import('./pg-temp.ts');
      pg = await startPgTemp();
      env.DATABASE_URL = pg.url;
    }
    Object.assign(env, {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(dir, 'data'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      SERVER_SECRET: 'chaos',
      // One public address, as behind a proxy: a receipt's address (#14) is then the same whether a
      // submission is answered through the fault proxy or replayed straight to the server.
      PUBLIC_URL: 'https://cuocthi.example.gov.vn',
    });
    args = ['--import', 'tsx', join('server', 'src', 'main.ts')];
    describe = `the real server on ${opts.db === 'postgres' ? `PostgreSQL (${pg!.url})` : `PGlite in ${join(dir, 'data')}`}`;
  } else {
    args = ['--import', 'tsx', join('scripts', 'reference-server.ts'), '--port', String(port), '--time', REFERENCE_TIME];
    describe = 'the reference server as a child process (its memory dies with it)';
  }
  const upstream = new UpstreamProcess({
    command: process.execPath,
    args,
    cwd: ROOT,
    env,
    origin: `http://127.0.0.1:${port}`,
    readyPath: opts.server === 'real' ? '/readyz' : undefined,
    logFile: join(dir, 'server.log'),
  });
  // Whatever ends this process, the server does not outlive it.
  process.on('exit', () => upstream.killSync());
  try {
    await upstream.start();
  } catch (e) {
    await pg?.stop();
    throw e;
  }
  return {
    upstream,
    dir,
    describe,
    stop: async () => {
      await upstream.stop();
      await pg?.stop();
    },
  };
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  if (!existsSync(join(DIST, 'cai-cach-quiz.js'))) {
    console.error('dist/cai-cach-quiz.js is missing: run npm run build first.');
    process.exit(2);
  }
  const t0 = Date.now();
  const stamp = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s`;
  const log = (line: string) => console.log(`${stamp()} ${line}`);
  const quiet = (line: string) => {
    if (opts.verbose) log(line);
  };

  const numbers = opts.only ?? Array.from({ length: opts.sessions }, (_, i) => i + 1);
  const plans = numbers.map((n) => planFor(opts, n));
  const describe = (p: Plan) =>
    `faults planned: ${p.kinds.join(', ')}${p.primaryRoute ? ` (${p.primary} first on ${p.primaryRoute})` : ''}` +
    `${p.kill ? ` (kill -9 ${p.kill.moment === 'exam' ? `during the exam after ${p.kill.afterAnswers} answers` : p.kill.moment === 'after-accept' ? 'just after the submission is accepted' : `while the ${p.kill.moment} is processed`}, +${p.kill.delayMs} ms, down ${(p.kill.downMs / 1000).toFixed(1)} s)` : ''}` +
    ` · CCCD ${p.participant.citizenId}`;
  if (opts.planOnly) {
    for (const p of plans) console.log(`${p.id} ${describe(p)}`);
    return;
  }
  const injector = new Injector(opts.seed, quiet);
  const distDir = await snapshotDist();
  process.on('exit', () => rmSync(distDir, { recursive: true, force: true }));

  // ------------------------------------------------------------ the server under test
  let ref: ReferenceServer | undefined;
  let proxy: FaultProxy | undefined;
  let child: ServerProcess | undefined;
  const kills: KillRecord[] = [];
  const killsUnderWay = new Set<Promise<void>>();
  let replays = { submissions: new Map<string, ReplayCheck>(), starts: new Map<string, ReplayCheck>() };

  /** kill -9 of the server `delayMs` from now, then the same server again after the plan's pause. */
  const killServer = (s: SessionFaultState | undefined, why: string, delayMs: number, downMs: number, route?: string) => {
    const record: KillRecord = { session: s?.plan.id ?? 'end', why, route, armedAt: Date.now(), pauseMs: downMs };
    kills.push(record);
    if (s) s.injected.push({ kind: SERVER_KILL, where: s.plan.kill?.moment ?? why, at: Date.now() });
    const run = (async () => {
      await sleep(delayMs);
      try {
        const { pid } = await child!.upstream.killAndRestart(downMs, () => {
          record.killedAt = Date.now();
          log(`${record.session} kill -9 of the server (pid ${child!.upstream.pid}) ${why}`);
        });
        record.pid = pid;
        record.downMs = Date.now() - (record.killedAt ?? Date.now());
        log(`${record.session} the server is up again after ${(record.downMs / 1000).toFixed(1)} s (pid ${child!.upstream.pid})`);
      } catch (e) {
        record.error = (e as Error).message;
        log(`${record.session} kill -9 ${why}: the server did not come back: ${record.error}`);
      }
    })();
    killsUnderWay.add(run);
    void run.finally(() => killsUnderWay.delete(run));
    return run;
  };

  /** Every upstream answer or failure: what the request a kill aimed at met, and kills set off by an accepted submission. */
  const onUpstream = (route: string, req: IncomingMessage, answer: UpstreamAnswer) => {
    const id = String(req.headers['x-chaos-session'] ?? '');
    const aimed = kills.find((k) => k.session === id && k.route === route && k.outcome === undefined);
    if (aimed) {
      // An answer handled just after the kill's timer may have been sent before it (both were ready
      // in the same turn of this busy process): only after the pause can the restarted server have sent it.
      const restarted = aimed.killedAt !== undefined && Date.now() >= aimed.killedAt + aimed.pauseMs;
      aimed.outcome =
        'status' in answer
          ? `answered ${answer.status} ${restarted ? 'after the kill (by the restarted server)' : 'before the kill'}`
          : answer.failure === 'reset'
            ? `cut off (${answer.message})${aimed.killedAt === undefined ? '' : ' by the kill'}`
            : `refused (the server was down)`;
    }
    const s = injector.sessions.get(id);
    if (s?.plan.kill?.moment === 'after-accept' && !s.killDone && route === SUBMIT && 'status' in answer && answer.status === 201) {
      s.killDone = true;
      void killServer(s, `just after its submission was accepted (${s.plan.kill.delayMs} ms after the 201 passed)`, s.plan.kill.delayMs, s.plan.kill.downMs);
    }
  };

  let target: SessionTarget;
  let stats: ServerStats;
  let verifyOne: (r: SessionResult) => Verdict;
  if (opts.server === 'reference') {
    const server = await startReferenceServer({
      distDir,
      port: 0,
      startTime: REFERENCE_TIME,
      faults: injector.hook,
      random: rngFor(opts.seed, 'backend'),
    });
    ref = server;
    target = { url: server.url, now: () => server.now(), latestDeadline: (k) => participantAttempts(server, k).at(-1)?.deadline };
    stats = server.stats;
    verifyOne = (r) => verify(server, r);
  } else {
    child = await startServerProcess(opts);
    injector.killer = (s, why, delayMs, route) => void killServer(s, why, delayMs, s.plan.kill?.downMs ?? 1000, route);
    const p = await startFaultProxy({ upstream: child.upstream.endpoint!, distDir, faults: injector.hook, onUpstream });
    proxy = p;
    target = {
      url: p.url,
      now: () => p.now(),
      latestDeadline: (k) =>
        p.stats.createdAttempts
          .filter((a) => a.participantKey === k)
          .map((a) => p.stats.attempts[a.attemptId]?.attempt.deadline)
          .at(-1),
    };
    stats = p.stats;
    verifyOne = (r) => verifyObserved(p, r, replays);
  }
  const browser = await launchChromium();
  log(`chaos: ${plans.length} session(s), seed ${opts.seed}, ${opts.concurrency} at a time, server ${target.url}`);
  if (child && proxy) {
    log(`behind the fault proxy: ${child.describe}, ${child.upstream.endpoint} (pid ${child.upstream.pid}); its output: ${join(child.dir, 'server.log')}`);
  }

  const results: SessionResult[] = [];
  /** Every session started, finished or not (their page faults count too). */
  const live = new Map<string, SessionResult>();
  const verdicts = new Map<string, Verdict>();
  const started = new Set<string>();
  const abort = new AbortController();
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    log(`the overall time limit of ${opts.timeLimitMs / 1000} s is reached: stopping`);
    abort.abort();
  }, opts.timeLimitMs);
  // If stopping itself hangs (a browser that does not close), report anyway and leave.
  setTimeout(() => {
    log('stopping takes too long: reporting now');
    process.exit(summary() || 1);
  }, opts.timeLimitMs + 45_000).unref();

  const queue = [...plans];
  const worker = async () => {
    while (queue.length && !abort.signal.aborted) {
      const plan = queue.shift()!;
      started.add(plan.id);
      const state = injector.register(plan);
      log(`${plan.id} start · ${describe(plan)}`);
      const r = newResult(plan);
      live.set(plan.id, r);
      await runSession(browser, target, state, opts, quiet, abort.signal, r);
      results.push(r);
      // Let a request still held by the injector land before checking (a reload aborts only the browser's side).
      await sleep(0);
      const v = verifyOne(r);
      verdicts.set(plan.id, v);
      const injected = [...r.pageFaults, ...state.injected].sort((a, b) => a.at - b.at);
      const kinds = injected.map(
        (f) =>
          `${f.kind}@${f.where.replace('POST /attempts/:id/submission', 'submission').replace('POST /attempts', 'start').replace('GET /contest', 'contest')}`,
      );
      log(
        `${plan.id} ${r.ok ? 'RESULT' : 'FAILED'} in ${(r.ms / 1000).toFixed(1)} s · faults: ${kinds.join(', ') || 'none'} · ${v.summary}` +
          `${r.ok ? '' : ` · ${r.failure}`}`,
      );
      for (const n of r.notes.filter((x) => x.startsWith('WARNING'))) log(`${plan.id}   ${n}`);
      for (const p of v.problems) log(`${plan.id}   PROBLEM: ${p}`);
      for (const e of [...new Set(r.pageErrors)].slice(0, 5)) log(`${plan.id}   page error: ${e}`);
    }
  };
  const run = Promise.all(Array.from({ length: Math.min(opts.concurrency, plans.length) }, worker));
  await Promise.race([run, new Promise<void>((ok) => abort.signal.addEventListener('abort', () => ok()))]);
  if (timedOut) await Promise.race([run, sleep(10_000)]);
  clearTimeout(limit);

  // Anything still held by the injector (a 20 s delay) must land before the last count.
  const pendingUntil = Date.now() + 21_000;
  while (
    Date.now() < pendingUntil &&
    [...injector.sessions.values()].some((st) => st.injected.some((f) => f.kind === 'delay-20s' && Date.now() - f.at < 20_500))
  ) {
    await sleep(250);
  }
  if (proxy && child) {
    // Kills under way and requests still in the proxy land first; then one more kill -9, and
    // everything accepted must still be there: replayed straight to the server.
    while (killsUnderWay.size) await Promise.all([...killsUnderWay]);
    for (const until = Date.now() + 30_000; proxy.inFlight() && Date.now() < until;) await sleep(100);
    if (opts.killEvery > 0) await killServer(undefined, 'after the sessions, before the replays', 0, 500);
    if (child.upstream.running) {
      replays = await replayAll(proxy);
      const bad = [...replays.submissions.values(), ...replays.starts.values()].filter((c) => !c.ok).length;
      log(
        `replayed straight to the server: ${replays.submissions.size} accepted submission(s), ${replays.starts.size} start key(s); ${bad ? `${bad} FAILED` : 'all as before'}`,
      );
    } else log('the server is not running: no replays (every accepted submission counts as lost)');
  }
  // Re-check every finished session against the final server state (late requests included).
  for (const r of results) {
    const before = verdicts.get(r.plan.id)!;
    const after = verifyOne(r);
    verdicts.set(r.plan.id, after);
    if (after.problems.join() !== before.problems.join()) {
      for (const p of after.problems) log(`${r.plan.id}   PROBLEM (after late requests landed${proxy ? ' and the replays' : ''}): ${p}`);
      if (!after.problems.length) log(`${r.plan.id}   no problem left once late requests landed`);
    }
  }

  await browser.close().catch(() => undefined);
  await ref?.close();
  await proxy?.close();
  await child?.stop();
  const code = summary();
  if (child && code === 0) rmSync(child.dir, { recursive: true, force: true });
  process.exit(code);

  /** The report; returns the exit code. */
  function summary(): number {
    // Global invariant, whoever the attempt belongs to.
    const overAccepted = Object.entries(stats.accepted).filter(([, n]) => n > 1);
    const failed = results.filter((r) => !r.ok);
    const notRun = plans.filter((p) => !started.has(p.id));
    const unfinished = plans.filter((p) => started.has(p.id) && !results.some((r) => r.plan.id === p.id));
    const lost = [...verdicts.values()].reduce((a, v) => a + v.lost, 0);
    const perSessionDuplicates = [...verdicts.values()].reduce((a, v) => a + v.duplicates, 0);
    const globalDuplicates = overAccepted.reduce((a, [, n]) => a + n - 1, 0);
    const duplicates = Math.max(perSessionDuplicates, globalDuplicates);

    const byKind = new Map<Kind, number>();
    let faultCount = 0;
    const count = (f: InjectedFault) => {
      byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
      faultCount++;
    };
    for (const st of injector.sessions.values()) st.injected.forEach(count);
    for (const r of live.values()) r.pageFaults.forEach(count);

    console.log('');
    console.log(
      `requests: ${Object.entries(stats.requests)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    console.log(
      `responses: ${Object.entries(stats.responses)
        .map(([k, n]) => `${k} ×${n}`)
        .join(', ')}`,
    );
    console.log(
      `attempts created: ${stats.createdAttempts.length}, submissions accepted: ${stats.acceptedSubmissions.length} ` +
        `(${stats.acceptedSubmissions.filter((a) => !a.delivered).length} with the 201 lost on the way)`,
    );
    if (proxy) {
      const failures = Object.entries(proxy.stats.upstreamFailures);
      console.log(`upstream failures at the proxy: ${failures.map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`);
      const subs = [...replays.submissions.values()];
      const starts = [...replays.starts.values()];
      console.log(
        `replays straight to the server: ${subs.filter((c) => c.ok).length}/${subs.length} accepted submissions 200 with the same result, ` +
          `${starts.filter((c) => c.ok).length}/${starts.length} start keys the same attempt`,
      );
    }
    for (const r of failed)
      console.log(
        `failed: ${r.plan.id} (reproduce with --seed ${opts.seed} --only ${r.plan.n}${opts.server === 'reference' ? '' : ` --server ${opts.server}${opts.server === 'real' ? ` --db ${opts.db}` : ''}`}): ${r.failure}`,
      );
    for (const p of unfinished) console.log(`failed: ${p.id} did not finish before the overall time limit`);
    if (notRun.length) console.log(`not run (time limit): ${notRun.map((p) => p.id).join(', ')}`);
    const timerWarnings = [...live.values()].reduce((a, r) => a + r.timerWarnings, 0);
    console.log(
      `countdown off the server's clock by more than 3 s: ${timerWarnings} time(s)` +
        `${
          timerWarnings
            ? ` (${[...live.values()]
                .filter((r) => r.timerWarnings)
                .map((r) => r.plan.id)
                .join(', ')})`
            : ''
        }`,
    );
    console.log(`sessions reaching a result: ${results.filter((r) => r.ok).length}/${plans.length}`);
    console.log(`run time: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const failedKills = kills.filter((k) => k.error);
    const bad = lost > 0 || duplicates > 0 || failed.length > 0 || unfinished.length > 0 || notRun.length > 0 || timedOut || failedKills.length > 0;
    if (proxy) {
      for (const [i, k] of kills.entries()) {
        console.log(
          `  kill ${i + 1}: ${k.session} ${k.why}${k.pid ? ` · pid ${k.pid}` : ''}${k.downMs !== undefined ? ` · down ${(k.downMs / 1000).toFixed(1)} s` : ''}` +
            `${k.route ? ` · its request: ${k.outcome ?? 'no answer seen'}` : ''}${k.error ? ` · DID NOT COME BACK: ${k.error.split('\n')[0]}` : ''}`,
        );
      }
      const inSessions = kills.filter((k) => k.session !== 'end').length;
      console.log(
        `server kills (kill -9 and restart): ${kills.filter((k) => k.killedAt !== undefined).length} (${inSessions} during the sessions, ${kills.length - inSessions} before the replays${failedKills.length ? `, ${failedKills.length} without a restart` : ''})`,
      );
    }
    if (child && existsSync(join(child.dir, 'server.log'))) {
      // At LOG_LEVEL=warn the server writes only what went wrong (besides its two start-up lines).
      const lines = readFileSync(join(child.dir, 'server.log'), 'utf8').split('\n');
      const entries = lines.flatMap((l) => {
        try {
          const e = JSON.parse(l) as { level?: number; msg?: string; err?: { message?: string } };
          return typeof e.level === 'number' && e.level >= 40
            ? [`${e.level >= 50 ? 'error' : 'warn'}: ${e.msg ?? ''}${e.err?.message ? ` (${e.err.message})` : ''}`]
            : [];
        } catch {
          return /error|warn/i.test(l) && !l.startsWith('=====') ? [l.slice(0, 200)] : [];
        }
      });
      console.log(`server log: ${entries.length} warning/error line(s)${entries.length ? `, e.g. ${[...new Set(entries)].slice(0, 3).join(' | ')}` : ''}`);
      if (bad)
        console.log(
          `kept for a look: ${child.dir} (the server's output, server.log${opts.db === 'pglite' && opts.server === 'real' ? ', and its PGlite data, data/' : ''})`,
        );
    }
    console.log(`sessions run: ${started.size}`);
    console.log(
      `faults injected: ${faultCount} (by kind: ${
        [...ALL_KINDS, SERVER_KILL]
          .filter((k) => byKind.has(k))
          .map((k) => `${k} ${byKind.get(k)}`)
          .join(', ') || 'none'
      })`,
    );
    console.log(`lost answers: ${lost}`);
    console.log(`duplicate submissions: ${duplicates}`);
    return bad ? 1 : 0;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});

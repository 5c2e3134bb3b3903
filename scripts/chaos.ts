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
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { SAMPLE_BANK } from '../demo/mocks/data/bank.ts';
import { UNITS } from '../demo/mocks/data/units.ts';
import { DIST, startReferenceServer, type FaultDecision, type FaultRequest, type ReferenceServer } from './reference-server.ts';

// ---------------------------------------------------------------------- options

interface Options {
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
  const o: Options = { sessions: 12, seed: 1, concurrency: 3, sessionTimeoutMs: 120_000, timeLimitMs: 15 * 60_000, verbose: false, planOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = (v: string, min: number) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag}: expected an integer ≥ ${min}, got ${v}`);
      return n;
    };
    if (flag === '--sessions') o.sessions = int(value(), 1);
    else if (flag === '--seed') o.seed = int(value(), 0);
    else if (flag === '--concurrency') o.concurrency = int(value(), 1);
    else if (flag === '--only') o.only = value().split(',').map((v) => int(v, 1));
    else if (flag === '--session-timeout') o.sessionTimeoutMs = int(value(), 10) * 1000;
    else if (flag === '--time-limit') o.timeLimitMs = int(value(), 30) * 1000;
    else if (flag === '--verbose' || flag === '-v') o.verbose = true;
    else if (flag === '--plan') o.planOnly = true;
    else throw new Error(`Unknown option ${argv[i]} (see the header of scripts/chaos.ts)`);
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

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const between = (rng: () => number, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
function shuffled<T>(rng: () => number, items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------------------------------------------------------------------- fault plan

const REQUEST_KINDS = ['drop', 'http-500', 'http-429', 'in-progress-409', 'lost-response', 'delay-20s', 'invalid-json'] as const;
const PAGE_KINDS = ['reload-exam', 'reload-submitting', 'offline', 'clock-skew'] as const;
type RequestKind = (typeof REQUEST_KINDS)[number];
type PageKind = (typeof PAGE_KINDS)[number];
type Kind = RequestKind | PageKind;
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
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const GIVEN = ['An', 'Bình', 'Hoa', 'Lan', 'Hùng', 'Dũng', 'Hương', 'Tuấn', 'Thảo', 'Long', 'Nga', 'Sơn', 'Yến'];
/** Province codes of birth registration (CCCD digits 1–3), all within 001–096. */
const PROVINCES = ['001', '024', '026', '027', '030', '031', '033', '034', '036', '038', '040', '079'];
const QUESTIONS = 20;

function makePlan(seed: number, n: number): Plan {
  const rng = rngFor(seed, 'plan', n);
  const order = shuffled(rngFor(seed, 'primaries'), ALL_KINDS);
  const primary = order[(n - 1) % order.length];
  const kinds = new Set<Kind>([primary]);
  for (const k of ALL_KINDS) if (rng() < 0.2) kinds.add(k);
  const list = ALL_KINDS.filter((k) => kinds.has(k));
  const requestKinds = list.filter(isRequestKind);
  const primaryRoute = isRequestKind(primary)
    ? pick(rng, primary === 'in-progress-409' ? [START, SUBMIT] : ROUTES)
    : undefined;

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
    };
    this.sessions.set(plan.id, state);
    return state;
  }

  hook = (req: FaultRequest): FaultDecision => {
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
  };
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
    const m = /(\\d+)\\/(\\d+)/.exec(text(all(el, 'legend .qnum')[0]) || '');
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

async function runSession(
  browser: Browser,
  server: ReferenceServer,
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

    const observe = () => page.evaluate(observeScript) as Promise<View>;
    const button = (name: string) => page.getByRole('button', { name, exact: true }).first();
    const deadline = t0 + opts.sessionTimeoutMs;
    let offline = false;
    let offlineSince = 0;
    let offlineDone = false;
    let reloadDone = false;
    let reloadSubmitDone = false;
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
      // The unit: search for it as people do, then choose it in the listbox.
      await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill(p.unit.name.split(' ').slice(0, 3).join(' ').toLowerCase());
      await page.locator('select#unitId').selectOption(p.unit.id);
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
              const attempt = participantAttempts(server, plan.participant.citizenId).at(-1);
              if (shown !== undefined && attempt) {
                const actual = Math.round((Date.parse(attempt.deadline) - server.now()) / 1000);
                if (Math.abs(shown - actual) > 3) {
                  res.timerWarnings++;
                  note(`WARNING: the timer shows ${v.timer} (${shown} s) but the server says ${actual} s are left${reloadDone ? ' (after a reload)' : ''}`);
                }
              }
            }
            const answered = res.chosen.size;
            if (plan.offline && !offline && !offlineDone && plan.offline.across === 'exam' && answered >= plan.offline.after) {
              await goOffline(`during the exam, after ${answered} answers`);
            }
            if (offline && plan.offline!.across === 'exam' && Date.now() - offlineSince >= plan.offline!.forMs && answered >= plan.offline!.after + 2) {
              await goOnline();
            }
            if (v.question) {
              const q = v.question;
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
        if (/^(stuck|no result|could not start|the element shows|unknown phase|stopped)/.test(message)) throw e;
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
  JSON.stringify(v, (_k, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );

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
    const questions = stored.attempt.questions.map((q) => q.id);
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
    if (s.body.prediction !== r.prediction || stored.submission?.prediction !== r.prediction) {
      missing++;
      problems.push(`prediction lost: typed ${r.prediction}, server accepted ${s.body.prediction} (stored ${stored.submission?.prediction})`);
    }
    lost += missing;
    if (stored.submission && stableHash(s.body) !== stored.submission.bodyHash) {
      problems.push(`the recorded body of ${s.attemptId} is not the one the backend hashed`);
    }
    if (s.body.reason !== 'confirmed') problems.push(`submitted with reason "${s.body.reason}", not by the participant's confirmation`);
    if (r.reached && r.reached.attemptId !== s.attemptId) problems.push(`the element shows the result of ${r.reached.attemptId}, the server accepted ${s.attemptId}`);
    // The score the element shows must be the grade of exactly what was chosen.
    if (r.reached?.status === 'graded') {
      const key = new Map(SAMPLE_BANK.map((q) => [q.id, q.correctOptionIds ?? []]));
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
        .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]))
        .filter((f) => !files.has(f));
      if (files.has('cai-cach-quiz.js') && !broken.length) return dir;
      throw new Error(`incomplete build (missing ${broken.join(', ') || 'cai-cach-quiz.js'})`);
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      if (tries >= 30) throw new Error(`dist/ is not a complete build: ${(e as Error).message}. Run npm run build first.`);
      await sleep(2000);
    }
  }
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
  const plans = numbers.map((n) => makePlan(opts.seed, n));
  const describe = (p: Plan) =>
    `faults planned: ${p.kinds.join(', ')}${p.primaryRoute ? ` (${p.primary} first on ${p.primaryRoute})` : ''} · CCCD ${p.participant.citizenId}`;
  if (opts.planOnly) {
    for (const p of plans) console.log(`${p.id} ${describe(p)}`);
    return;
  }
  const injector = new Injector(opts.seed, quiet);
  const distDir = await snapshotDist();
  process.on('exit', () => rmSync(distDir, { recursive: true, force: true }));
  const server = await startReferenceServer({
    distDir,
    port: 0,
    startTime: '2020-09-21T09:30:00+07:00',
    faults: injector.hook,
    random: rngFor(opts.seed, 'backend'),
  });
  const browser = await launchChromium();
  log(`chaos: ${plans.length} session(s), seed ${opts.seed}, ${opts.concurrency} at a time, server ${server.url}`);

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
      await runSession(browser, server, state, opts, quiet, abort.signal, r);
      results.push(r);
      // Let a request still held by the injector land before checking (a reload aborts only the browser's side).
      await sleep(0);
      const v = verify(server, r);
      verdicts.set(plan.id, v);
      const injected = [...r.pageFaults, ...state.injected].sort((a, b) => a.at - b.at);
      const kinds = injected.map((f) => `${f.kind}@${f.where.replace('POST /attempts/:id/submission', 'submission').replace('POST /attempts', 'start').replace('GET /contest', 'contest')}`);
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
  while (Date.now() < pendingUntil && [...injector.sessions.values()].some((st) => st.injected.some((f) => f.kind === 'delay-20s' && Date.now() - f.at < 20_500))) {
    await sleep(250);
  }
  // Re-check every finished session against the final server state (late requests included).
  for (const r of results) {
    const before = verdicts.get(r.plan.id)!;
    const after = verify(server, r);
    verdicts.set(r.plan.id, after);
    if (after.problems.join() !== before.problems.join()) {
      for (const p of after.problems) log(`${r.plan.id}   PROBLEM (after late requests landed): ${p}`);
      if (!after.problems.length) log(`${r.plan.id}   no problem left once late requests landed`);
    }
  }

  await browser.close().catch(() => undefined);
  await server.close();
  process.exit(summary());

  /** The report; returns the exit code. */
  function summary(): number {
    // Global invariant, whoever the attempt belongs to.
    const overAccepted = Object.entries(server.stats.accepted).filter(([, n]) => n > 1);
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
    console.log(`requests: ${Object.entries(server.stats.requests).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    console.log(`responses: ${Object.entries(server.stats.responses).map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    console.log(
      `attempts created: ${server.stats.createdAttempts.length}, submissions accepted: ${server.stats.acceptedSubmissions.length} ` +
        `(${server.stats.acceptedSubmissions.filter((a) => !a.delivered).length} with the 201 lost on the way)`,
    );
    for (const r of failed) console.log(`failed: ${r.plan.id} (reproduce with --seed ${opts.seed} --only ${r.plan.n}): ${r.failure}`);
    for (const p of unfinished) console.log(`failed: ${p.id} did not finish before the overall time limit`);
    if (notRun.length) console.log(`not run (time limit): ${notRun.map((p) => p.id).join(', ')}`);
    const timerWarnings = [...live.values()].reduce((a, r) => a + r.timerWarnings, 0);
    console.log(
      `countdown off the server's clock by more than 3 s: ${timerWarnings} time(s)` +
        `${timerWarnings ? ` (${[...live.values()].filter((r) => r.timerWarnings).map((r) => r.plan.id).join(', ')})` : ''}`,
    );
    console.log(`sessions reaching a result: ${results.filter((r) => r.ok).length}/${plans.length}`);
    console.log(`run time: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`sessions run: ${started.size}`);
    console.log(`faults injected: ${faultCount} (by kind: ${ALL_KINDS.filter((k) => byKind.has(k)).map((k) => `${k} ${byKind.get(k)}`).join(', ') || 'none'})`);
    console.log(`lost answers: ${lost}`);
    console.log(`duplicate submissions: ${duplicates}`);
    const bad = lost > 0 || duplicates > 0 || failed.length > 0 || unfinished.length > 0 || notRun.length > 0 || timedOut;
    return bad ? 1 : 0;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});

/**
 * The organisers' API of docs/admin-api.md behind msw, for the dashboard's demo and tests: two
 * accounts (an admin and a viewer), the CSRF token checked on every request that is not a GET,
 * roles enforced, the sign-in lockout after 10 failures, and made-up but plausible figures for
 * the 2020 Bắc Giang contest (about 1.8 million attempts from the province's units in a month).
 *
 * DỮ LIỆU MẪU — every figure, name and number here is invented for the demo.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { CLOSES_AT, OPENS_AT, SAMPLE_ROUNDS } from '../mocks/contest.ts';
import { makeFullName } from '../mocks/data/names.ts';
import { UNITS } from '../mocks/data/units.ts';
import { seeded } from '../mocks/random.ts';

export const ADMIN_API = '/admin/api';

export const DEMO_ACCOUNTS = {
  admin: { username: 'bantochuc', password: 'bac-giang-2020-admin', role: 'admin' },
  viewer: { username: 'theodoi', password: 'bac-giang-2020-xem', role: 'viewer' },
} as const;

const TITLE = 'Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” tỉnh Bắc Giang năm 2020';
const DAY_MS = 86_400_000;
const VN = 7 * 3600_000;
const MAX_SCORE = 20;
const PRIZES: [string, number][] = [
  ['Giải Nhất', 1],
  ['Giải Nhì', 2],
  ['Giải Ba', 3],
  ['Giải Khuyến khích', 10],
];

export interface MockAdminOptions {
  /** Attempts added to the totals on each overview call (the demo's "live" figures). */
  growth?: number;
  /** Now, for `asOf` and the audit log. */
  now?: () => number;
}

interface UnitFigures {
  unitId: string;
  unit: string;
  staff: number | null;
  participants: number;
  attempts: number;
  perfect: number;
}

export interface MockAdmin {
  handlers: HttpHandler[];
  /** Requests seen, in order, with their headers (tests check the CSRF header). */
  requests: { method: string; path: string; headers: Headers }[];
  /** Participants whose personal data is still kept (the retention command's count). */
  state: { failures: Map<string, number>; withPersonalData: number; audit: { at: string; username: string; action: string; detail: string }[] };
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const vnDay = (ms: number) => new Date(ms + VN).toISOString().slice(0, 10);
const envelope = (status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  HttpResponse.json({ error: { code, message, ...extra } }, { status, headers });

/** The contest's figures, made once from a fixed seed. */
function figures() {
  const random = seeded(2020);
  const opens = Date.parse(OPENS_AT);
  const days = Math.round((Date.parse(CLOSES_AT) - opens) / DAY_MS);
  // A slow first week, a weekly rhythm, and the rush of the last days.
  const perDay = Array.from({ length: days }, (_, i) => {
    const weekday = new Date(opens + i * DAY_MS + VN).getUTCDay();
    const rush = i >= days - 3 ? 2.4 : i >= days - 7 ? 1.5 : 1;
    const weekend = weekday === 0 || weekday === 6 ? 0.6 : 1;
    const attempts = Math.round((38_000 + i * 1_300) * rush * weekend * (0.9 + random() * 0.2));
    return { day: vnDay(opens + i * DAY_MS), attempts, participants: Math.round(attempts * (0.55 + random() * 0.1)) };
  });
  const perRound = SAMPLE_ROUNDS.map((r) => {
    const from = Date.parse(r.opensAt);
    const to = Date.parse(r.closesAt);
    const inRound = perDay.filter((_, i) => opens + i * DAY_MS >= from && opens + i * DAY_MS < to);
    const attempts = inRound.reduce((s, d) => s + d.attempts, 0);
    return { roundId: r.id, title: r.name, attempts, participants: Math.round(attempts * 0.46), perfect: Math.round(attempts * 0.031) };
  });
  const totalAttempts = perDay.reduce((s, d) => s + d.attempts, 0);
  // Scores out of 20, most of them high: the bank is published before the contest.
  const weights = Array.from({ length: MAX_SCORE + 1 }, (_, s) => Math.exp(-((s - 16.5) ** 2) / 9) + (s === MAX_SCORE ? 0.25 : 0));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const scoreDistribution = weights.map((w, score) => ({ score, count: Math.round((totalAttempts * w) / weightSum) }));
  const units: UnitFigures[] = UNITS.map((u) => {
    if (u.id === 'khac') return { unitId: u.id, unit: u.name, staff: null, participants: 48_000, attempts: 91_000, perfect: 2_100 };
    const staff = Math.round(40 + random() ** 2 * 4_000);
    const participants = Math.round(staff * (0.35 + random() * 0.64));
    const attempts = Math.round(participants * (1.5 + random() * 2));
    return { unitId: u.id, unit: u.name, staff, participants, attempts, perfect: Math.round(attempts * 0.03) };
  });
  return { perDay, perRound, scoreDistribution, units };
}

function participationRows(units: UnitFigures[], share: number) {
  const rows = units.map((u) => {
    const participants = Math.round(u.participants * share);
    return {
      ...u,
      participants,
      attempts: Math.round(u.attempts * share),
      perfect: Math.round(u.perfect * share),
      rate: u.staff ? participants / u.staff : null,
    };
  });
  const ranked = rows.filter((r) => r.rate !== null).sort((a, b) => b.rate! - a.rate! || b.participants - a.participants);
  return [...ranked.map((r, i) => ({ ...r, rank: i + 1 })), ...rows.filter((r) => r.rate === null).map((r) => ({ ...r, rank: null }))];
}

function resultRows(round: string) {
  const random = seeded(round.length * 97 + (round.charCodeAt(round.length - 1) || 1));
  const prizes = PRIZES.flatMap(([name, n]) => Array<string>(n).fill(name));
  const opens = Date.parse(round === '*' ? OPENS_AT : (SAMPLE_ROUNDS.find((r) => r.id === round)?.opensAt ?? OPENS_AT));
  return Array.from({ length: 40 }, (_, i) => {
    const unit = UNITS[Math.floor(random() * UNITS.length)];
    const prize = prizes[i];
    return {
      rank: i + 1,
      prize: prize ?? null,
      fullName: makeFullName(random),
      unit: unit?.name ?? '',
      score: i < 30 ? MAX_SCORE : MAX_SCORE - 1,
      maxScore: MAX_SCORE,
      prediction: 52_000 + Math.round((random() - 0.5) * (i + 1) * 300),
      predictionDistance: i * 37 + Math.round(random() * 30),
      durationSeconds: 240 + i * 9 + Math.round(random() * 40),
      submittedAt: iso(opens + Math.round(random() * 6 * DAY_MS)),
      ...(prize
        ? {
            citizenId: `024${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
            phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
            email: `nguoidatgiai${i + 1}@example.vn`,
            birthDate: `19${70 + Math.floor(random() * 30)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
          }
        : {}),
    };
  });
}

/** Problems a dry run reports for a file with mistakes (see the bank route). */
const PLANTED_PROBLEMS = [
  { row: 0, column: '', severity: 'warning', message: 'Cột không thuộc mẫu, đã bỏ qua: Ghi chú.' },
  { row: 4, column: 'Đáp án đúng (cột J)', severity: 'error', message: 'Thiếu đáp án đúng.' },
  { row: 7, column: 'Đáp án đúng (cột J)', severity: 'error', message: 'Đáp án “E” không có phương án tương ứng (cột H trống).' },
  { row: 9, column: 'Câu hỏi (cột C)', severity: 'error', message: 'Câu hỏi trùng với dòng 3.' },
  { row: 12, column: 'Chủ đề (cột B)', severity: 'error', message: 'Chủ đề để trống.' },
  { row: 15, column: 'Nguồn/căn cứ pháp lý (cột L)', severity: 'warning', message: 'Nên ghi căn cứ pháp lý của đáp án.' },
] as const;

export function createMockAdmin(options: MockAdminOptions = {}): MockAdmin {
  const now = options.now ?? (() => Date.now());
  const data = figures();
  let extra = 0;
  let session: { username: string; role: 'admin' | 'viewer'; csrfToken: string } | undefined;
  const state: MockAdmin['state'] = { failures: new Map(), withPersonalData: 612_345, audit: [] };
  const requests: MockAdmin['requests'] = [];
  const log = (action: string, detail = '') => state.audit.unshift({ at: iso(now()), username: session?.username ?? '—', action, detail });
  const url = (path: string) => `${ADMIN_API}${path}`;

  /** The checks every route but the sign-in makes: a session, the CSRF token, the role. */
  const guard = (request: Request, role: 'viewer' | 'admin') => {
    requests.push({ method: request.method, path: new URL(request.url).pathname + new URL(request.url).search, headers: request.headers });
    if (!session) return envelope(401, 'unauthenticated', 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    if (request.method !== 'GET' && request.headers.get('X-CSRF-Token') !== session.csrfToken) {
      return envelope(403, 'csrf', 'Yêu cầu bị từ chối vì không kèm mã xác thực của phiên làm việc.');
    }
    if (role === 'admin' && session.role !== 'admin') {
      return envelope(403, 'forbidden', 'Tài khoản không có quyền thực hiện thao tác này. Thao tác này chỉ dành cho tài khoản quản trị.');
    }
    return undefined;
  };
  const sessionBody = () => ({ user: { username: session!.username, role: session!.role }, csrfToken: session!.csrfToken });
  const file = (name: string, type: string, content: string) =>
    new HttpResponse(content, {
      headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}` },
    });

  const handlers: HttpHandler[] = [
    http.get(url('/session'), ({ request }) => {
      requests.push({ method: 'GET', path: '/admin/api/session', headers: request.headers });
      return session ? HttpResponse.json(sessionBody()) : envelope(401, 'unauthenticated', 'Chưa đăng nhập.');
    }),
    http.post(url('/session'), async ({ request }) => {
      requests.push({ method: 'POST', path: '/admin/api/session', headers: request.headers });
      const { username = '', password = '' } = ((await request.json().catch(() => ({}))) ?? {}) as { username?: string; password?: string };
      const failures = state.failures.get(username) ?? 0;
      if (failures >= 10) {
        return envelope(
          429,
          'rate_limited',
          'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
          { retryAfterSeconds: 900 },
          { 'Retry-After': '900' },
        );
      }
      const account = Object.values(DEMO_ACCOUNTS).find((a) => a.username === username && a.password === password);
      if (!account) {
        state.failures.set(username, failures + 1);
        state.audit.unshift({ at: iso(now()), username, action: 'sign_in_failed', detail: '' });
        return envelope(401, 'invalid_credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.');
      }
      state.failures.delete(username);
      session = { username: account.username, role: account.role, csrfToken: crypto.randomUUID() };
      log('sign_in');
      return HttpResponse.json(sessionBody());
    }),
    http.delete(url('/session'), ({ request }) => {
      const refused = guard(request, 'viewer');
      if (refused) return refused;
      log('sign_out');
      session = undefined;
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(url('/overview'), ({ request }) => {
      const refused = guard(request, 'viewer');
      if (refused) return refused;
      extra += options.growth ?? 0;
      const perDay = data.perDay.map((d, i) =>
        i === data.perDay.length - 1 ? { ...d, attempts: d.attempts + extra, participants: d.participants + Math.round(extra / 2) } : d,
      );
      const attempts = perDay.reduce((s, d) => s + d.attempts, 0);
      return HttpResponse.json({
        contest: {
          id: 'cchc-bac-giang-2020',
          title: TITLE,
          opensAt: OPENS_AT,
          closesAt: CLOSES_AT,
          rounds: SAMPLE_ROUNDS.map((r) => ({ id: r.id, title: r.name, opensAt: r.opensAt, closesAt: r.closesAt })),
        },
        totals: { participants: Math.round(attempts * 0.39), attempts, perfect: data.scoreDistribution.find((d) => d.score === MAX_SCORE)?.count ?? 0 },
        perDay,
        perRound: data.perRound,
        scoreDistribution: data.scoreDistribution,
        asOf: iso(now()),
      });
    }),
    http.get(url('/participation'), ({ request }) => {
      const refused = guard(request, 'viewer');
      if (refused) return refused;
      const round = new URL(request.url).searchParams.get('round') ?? '*';
      const share = round === '*' ? 1 : round === 'dot-4' ? 0.4 : 0.2;
      return HttpResponse.json({ round, rows: participationRows(data.units, share), asOf: iso(now()) });
    }),
    http.get(
      url('/participation.xlsx'),
      ({ request }) =>
        guard(request, 'viewer') ?? file('tham-gia-theo-don-vi.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'demo'),
    ),
    http.get(url('/results'), ({ request }) => {
      const refused = guard(request, 'admin');
      if (refused) return refused;
      const round = new URL(request.url).searchParams.get('round') ?? '*';
      log('results_viewed', `đợt ${round}`);
      return HttpResponse.json({ round, actualPerfect: 52_118, ranked: 48_230, rows: resultRows(round) });
    }),
    http.get(url('/results.xlsx'), ({ request }) => {
      const refused = guard(request, 'admin');
      if (refused) return refused;
      log('results_exported', `xlsx, đợt ${new URL(request.url).searchParams.get('round')}`);
      return file('ket-qua.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'demo');
    }),
    http.get(url('/results.csv'), ({ request }) => {
      const refused = guard(request, 'admin');
      if (refused) return refused;
      log('results_exported', `csv, đợt ${new URL(request.url).searchParams.get('round')}`);
      return file('ket-qua.csv', 'text/csv; charset=utf-8', '\uFEFFHạng,Họ và tên\n1,Nguyễn Văn A\n');
    }),
    http.get(url('/bank.xlsx'), ({ request }) => {
      const refused = guard(request, 'admin');
      if (refused) return refused;
      log('bank_exported');
      return file('ngan-hang-cau-hoi.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'demo');
    }),
    http.post(url('/bank'), async ({ request }) => {
      const refused = guard(request, 'admin');
      if (refused) return refused;
      const dryRun = new URL(request.url).searchParams.get('dryRun') === '1';
      const body = await request.text();
      // A CSV whose text says "sai" (wrong) stands for a file with mistakes; anything else is clean.
      const withMistakes = /sai/i.test(body.slice(0, 2000));
      const problems = withMistakes ? PLANTED_PROBLEMS : [];
      const summary = { added: 12, changed: 5, removed: 1, unchanged: 382 };
      const errors = problems.some((p) => p.severity === 'error');
      const applied = !dryRun && !errors;
      log(dryRun ? 'bank_checked' : 'bank_imported', applied ? 'đã áp dụng' : `${problems.length} vấn đề`);
      return HttpResponse.json({ problems, summary, applied });
    }),
    http.post(url('/retention'), ({ request }) => {
      const refused = guard(request, 'admin');
      if (refused) return refused;
      const dryRun = new URL(request.url).searchParams.get('dryRun') === '1';
      const participants = state.withPersonalData;
      if (!dryRun) state.withPersonalData = 0;
      log(dryRun ? 'retention_checked' : 'personal_data_deleted', `${participants} người dự thi`);
      return HttpResponse.json({ participants, deleted: !dryRun });
    }),
    http.get(url('/audit'), ({ request }) => guard(request, 'admin') ?? HttpResponse.json({ rows: state.audit })),
  ];
  return { handlers, requests, state };
}

/**
 * The demo's phases, each one click away for a visitor: the same reference backend, with
 * its clock set to a moment of the contest or a fault injected in front of it.
 */
import type { BankQuestion } from '../../src/contract/schemas.ts';
import type { BackendRequest, BackendResponse } from './backend.ts';
import { CLOSES_AT, OPENS_AT, sampleContest2026, type ContestSettings } from './contest.ts';
import { generateBank } from './data/generate-bank.ts';

export interface Scenario {
  /** Shown in the demo's picker. */
  label: string;
  /** Server time when the scenario starts (it then runs in real time). */
  startsAt: string;
  contest?: (c: ContestSettings) => ContestSettings;
  extraTimeSeconds?: number;
  /** Answer before the backend does: a response, 'network-error', or undefined to pass through. */
  fault?: (req: BackendRequest, count: number) => BackendResponse | 'network-error' | undefined;
  /** Milliseconds of latency on every response. */
  latencyMs?: number;
  /** Replace the contest document's body (to show what invalid data does). */
  document?: (doc: Record<string, unknown>) => unknown;
  /** Whether `GET /bank` publishes the answers (default true). */
  publishBankAnswers?: boolean;
  /** Another question bank than the sample one. */
  bank?: () => BankQuestion[];
}

/** In the sample contest's first round (Đợt 1, 15/9 08:00 – 22/9 08:00). */
const DURING = '2020-09-21T09:30:00+07:00';
/** In its third round: three rounds of results on the leaderboard. */
const LATER_ROUND = '2020-10-01T09:30:00+07:00';
const error = (status: number, code: string, message: string, headers?: Record<string, string>): BackendResponse => ({
  status,
  body: { error: { code, message } },
  headers,
});
const isStart = (r: BackendRequest) => r.method === 'POST' && r.path === '/attempts';
const isSubmit = (r: BackendRequest) => r.method === 'POST' && r.path.endsWith('/submission');

/** By name; `open` is always there: it is what an unknown or missing name falls back to. */
export const SCENARIOS: Record<string, Scenario> & { open: Scenario } = {
  open: { label: 'Đang diễn ra (bình thường)', startsAt: DURING },
  upcoming: {
    label: 'Sắp mở (đếm ngược 90 giây rồi mở)',
    startsAt: new Date(Date.parse(OPENS_AT) - 90_000).toISOString(),
  },
  closed: { label: 'Đã kết thúc', startsAt: '2020-10-15T09:00:00+07:00' },
  'closing-soon': {
    label: 'Sắp đóng (còn 3 phút, hết giờ khi đang làm bài)',
    startsAt: new Date(Date.parse(CLOSES_AT) - 180_000).toISOString(),
  },
  'short-time': {
    label: 'Bài thi 2 phút (xem cảnh báo và tự động nộp khi hết giờ)',
    startsAt: DURING,
    contest: (c) => ({ ...c, exam: { ...c.exam, timeLimitSeconds: 120, questionCount: 5 } }),
  },
  'extra-time': {
    label: 'Được cộng thêm 10 phút (hỗ trợ người khuyết tật)',
    startsAt: DURING,
    extraTimeSeconds: 600,
  },
  'after-close': {
    label: 'Kết quả công bố sau khi cuộc thi kết thúc',
    startsAt: DURING,
    contest: (c) => ({ ...c, exam: { ...c.exam, result: 'after-close' } }),
  },
  'later-round': {
    label: 'Đợt 3 đang diễn ra (xếp hạng theo từng đợt)',
    startsAt: LATER_ROUND,
  },
  'between-rounds': {
    label: 'Giữa hai đợt thi (Đợt 2 mở sau Đợt 1 một ngày)',
    // Đợt 1 closes on 22/9 at 08:00; here Đợt 2 opens a day later, and the clock is in between.
    startsAt: '2020-09-22T15:00:00+07:00',
    contest: (c) => ({
      ...c,
      rounds: c.rounds.map((r) => (r.id === 'dot-2' ? { ...r, opensAt: '2020-09-23T08:00:00+07:00' } : r)),
    }),
  },
  review: {
    label: 'Hiện đáp án sau khi nộp bài',
    startsAt: DURING,
    contest: (c) => ({ ...c, exam: { ...c.exam, result: 'review', questionCount: 10 } }),
  },
  exhausted: {
    label: 'Người dự thi đã hết lượt thi',
    startsAt: DURING,
    fault: (r) => (isStart(r) ? error(403, 'attempts_exhausted', 'All 3 attempts used.') : undefined),
  },
  'rate-limited': {
    label: 'Máy chủ quá tải (429, thử lại sau 5 giây; lần thứ 3 thành công)',
    startsAt: DURING,
    fault: (r, n) => ((isStart(r) || isSubmit(r)) && n < 2 ? error(429, 'rate_limited', 'Too many requests.', { 'Retry-After': '5' }) : undefined),
  },
  'server-error': {
    label: 'Lỗi máy chủ khi nộp bài (500 hai lần, rồi thành công)',
    startsAt: DURING,
    fault: (r, n) => (isSubmit(r) && n < 2 ? error(500, 'internal', 'Database unavailable.') : undefined),
  },
  'network-error': {
    label: 'Mất mạng khi nộp bài (3 lần, rồi thành công)',
    startsAt: DURING,
    fault: (r, n) => (isSubmit(r) && n < 3 ? 'network-error' : undefined),
  },
  expired: {
    label: 'Máy chủ từ chối bài nộp vì quá hạn',
    startsAt: DURING,
    fault: (r) => (isSubmit(r) ? error(403, 'attempt_expired', 'The time for this attempt is over.') : undefined),
  },
  unauthorized: {
    label: 'Cổng yêu cầu đăng nhập (401)',
    startsAt: DURING,
    // Said up front by the document (#14); the reference backend answers 401 to a start without a login.
    // The national portal's front page stands for the portal's login: the demo has none of its own.
    contest: (c) => ({ ...c, auth: { required: true, loginUrl: 'https://dichvucong.gov.vn/', provider: 'VNeID' } }),
  },
  'bank-unpublished': {
    label: 'Bộ đề chưa công bố đáp án',
    startsAt: DURING,
    publishBankAnswers: false,
  },
  'no-extras': {
    label: 'Không có bộ đề, thi thử, bảng xếp hạng',
    startsAt: DURING,
    contest: (c) => ({ ...c, features: { bank: false, practice: false, leaderboard: false } }),
  },
  'large-bank': {
    label: 'Bộ đề lớn (2.000 câu)',
    startsAt: DURING,
    bank: () => generateBank(2000),
  },
  slow: { label: 'Mạng chậm (mỗi yêu cầu 2 giây)', startsAt: DURING, latencyMs: 2000 },
  'bac-ninh-2026': {
    // The second sample contest (#14): today's two levels (xã, phường; no districts) and the thẻ căn cước.
    label: 'Cuộc thi mẫu 2026: tỉnh Bắc Ninh sau sắp xếp (xã, phường; thẻ căn cước)',
    startsAt: '2026-12-01T09:30:00+07:00',
    contest: () => sampleContest2026(),
  },
  invalid: {
    label: 'Máy chủ trả dữ liệu sai định dạng',
    startsAt: DURING,
    document: (d) => ({ ...d, opensAt: 'ngày 15/9', exam: null }),
  },
  hostile: {
    label: 'Thể lệ chứa mã độc (được lọc bỏ)',
    startsAt: DURING,
    contest: (c) => ({
      ...c,
      rulesHtml:
        '<h3>Thể lệ</h3><p>Nội dung hợp lệ.</p><img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script><p onclick="alert(1)">Đoạn văn có <a href="javascript:alert(1)">liên kết độc</a> và <a href="https://dichvucong.gov.vn">liên kết hợp lệ</a>.</p><style>*{display:none}</style>',
    }),
  },
};

export type ScenarioName = keyof typeof SCENARIOS;

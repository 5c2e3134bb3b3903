/**
 * Vietnamese: the source language. Every key here must exist in `en.ts` (the type system
 * and a test enforce it). Functions take the values they interpolate.
 */
import { pad2, type VnTime } from '../core/clock.ts';
import type { viExtras } from './vi-extras.ts';
import type { viLate } from './vi-late.ts';

export const vi = {
  locale: 'vi-VN',
  /** "08:00 Thứ Ba, 15/09/2020", as Intl writes it for vi-VN, except Sunday: "Chủ nhật", not Intl's "Chủ Nhật". */
  dateTime: ({ hour, minute, weekday, day, month, year }: VnTime) =>
    `${pad2(hour)}:${pad2(minute)} ${weekday ? `Thứ ${['Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy'][weekday - 1]}` : 'Chủ nhật'}, ${pad2(day)}/${pad2(month)}/${year}`,
  loading: 'Đang tải cuộc thi…',
  tryAgain: 'Thử lại',

  organiser: (name: string) => `Đơn vị tổ chức: ${name}`,
  period: (from: string, to: string) => `Thời gian: từ ${from} đến ${to}`,
  examSummary: (questions: number, minutes: number) => `Bài thi gồm ${questions} câu hỏi trắc nghiệm, làm trong ${minutes} phút.`,
  predictionSummary: 'Kèm theo một câu hỏi dự đoán để xếp giải khi bằng điểm.',
  attemptsSummary: (max: number | null, perRound: boolean) =>
    max === null ? 'Không giới hạn số lượt thi.' : `Mỗi người được thi tối đa ${max} lượt${perRound ? ' trong mỗi đợt' : ''}.`,
  attemptsLeft: (n: number, perRound: boolean) =>
    n === 0 ? `Bạn đã dùng hết lượt thi${perRound ? ' của đợt này' : ''}.` : `Bạn còn ${n} lượt thi${perRound ? ' trong đợt này' : ''}.`,
  roundNow: (name: string, from: string, to: string) => `Đang diễn ra: ${name}, từ ${from} đến ${to}.`,
  roundNext: (name: string, at: string) => `Đợt tiếp theo: ${name}, mở lúc ${at}.`,
  upcomingRound: (name: string, at: string) => `${name} mở lúc ${at} (giờ Việt Nam).`,
  betweenRoundsHeading: 'Đợt thi tiếp theo chưa bắt đầu',
  sectionsLabel: 'Các phần của cuộc thi',
  sections: { contest: 'Dự thi', bank: 'Bộ đề thi', practice: 'Thi thử', leaderboard: 'Bảng xếp hạng' },
  sectionMissing: 'Cuộc thi này không có phần được yêu cầu (bộ đề, thi thử hoặc bảng xếp hạng).',
  loadingPart: 'Đang tải…',
  rulesHeading: 'Thể lệ cuộc thi',
  begin: 'Đăng ký dự thi',
  beginAs: (name: string) => `Bắt đầu làm bài (dự thi với tên ${name})`,
  upcomingHeading: 'Cuộc thi chưa bắt đầu',
  upcomingOpensAt: (at: string) => `Cuộc thi mở lúc ${at} (giờ Việt Nam).`,
  upcomingCountdown: 'Thời gian còn lại đến khi mở:',
  days: (n: number) => `${n} ngày`,
  closedHeading: 'Cuộc thi đã kết thúc',
  closedText: (at: string) => `Cuộc thi đã đóng lúc ${at}. Cảm ơn bạn đã quan tâm.`,

  registerHeading: 'Thông tin người dự thi',
  registerIntro: 'Các mục có dấu * là bắt buộc. Thông tin chỉ được gửi tới Ban Tổ chức cuộc thi.',
  required: 'bắt buộc',
  fields: {
    fullName: 'Họ và tên',
    birthDate: 'Ngày sinh',
    gender: 'Giới tính',
    citizenId: 'Số CMND/CCCD',
    phone: 'Số điện thoại',
    email: 'Email',
    unit: 'Đơn vị công tác',
    district: 'Huyện, thành phố',
    commune: 'Xã, phường, thị trấn',
  },
  // registration.identityDocument 'can-cuoc' and localGovernment 'commune' (2025: no thị trấn, đặc khu added).
  canCuoc: 'Số định danh cá nhân (thẻ căn cước)',
  communeNow: 'Xã, phường, đặc khu',
  hints: {
    birthDate: 'Ngày/tháng/năm, ví dụ 20/05/1980',
    citizenId: '9 hoặc 12 chữ số',
    phone: 'Số di động, ví dụ 0912 345 678',
    unit: 'Gõ để tìm, ví dụ “tu phap”',
    canCuoc: 'Gồm 12 chữ số',
  },
  genders: { male: 'Nam', female: 'Nữ', other: 'Khác' },
  choose: '— Chọn —',
  chosen: (name: string) => `Đã chọn: ${name}`,
  unitOther: 'Không thấy đơn vị của tôi',
  unitCount: (n: number) => `${n} kết quả phù hợp`,
  noUnit: 'Không tìm thấy kết quả phù hợp.',
  // How long is storage/drafts.ts REMEMBER_DAYS; the date it ends is shown once details are kept (#13 F10).
  remember: 'Ghi nhớ thông tin trên thiết bị này trong 30 ngày',
  sharedDevice: 'Tôi dùng máy tính chung (không lưu thông tin, bài làm và kết quả trên thiết bị này)',
  remembered: (until: string) => `Thông tin được điền sẵn từ lần trước, lưu trên thiết bị này đến ${until}.`,
  forgetDetails: 'Xóa thông tin đã lưu',
  back: 'Quay lại',
  startExam: 'Bắt đầu làm bài',
  starting: 'Đang tạo bài thi…',
  formInvalid: (n: number) => `Có ${n} mục cần sửa. Vui lòng xem thông báo bên dưới từng mục.`,
  errors: {
    required: 'Vui lòng nhập mục này.',
    nameInvalid: 'Họ và tên chỉ gồm chữ cái và dấu cách, ít nhất 2 ký tự.',
    dateInvalid: 'Ngày sinh không hợp lệ.',
    dateFuture: 'Ngày sinh không thể ở tương lai.',
    tooYoung: 'Người dự thi phải từ 15 tuổi trở lên.',
    citizenIdInvalid: 'Số CMND/CCCD gồm 9 hoặc 12 chữ số.',
    citizenIdProvince: 'Số CCCD không đúng. Vui lòng kiểm tra lại.',
    canCuocInvalid: 'Số định danh cá nhân gồm 12 chữ số; không dùng số CMND 9 chữ số.',
    unitNotChosen: 'Vui lòng chọn đơn vị trong danh sách.',
    communeNotChosen: 'Vui lòng chọn xã, phường trong danh sách.',
    phoneInvalid: 'Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.',
    emailInvalid: 'Địa chỉ email không hợp lệ, ví dụ: ten@example.com.',
    consentRequired: 'Bạn cần đồng ý để tham gia cuộc thi.',
    serverRejected: 'Ban Tổ chức chưa chấp nhận thông tin này. Vui lòng kiểm tra lại.',
  },

  questionOf: (n: number, total: number) => `Câu ${n}/${total}`,
  questionLabel: (n: number) => `Câu ${n}`,
  chooseOne: 'Chọn một đáp án.',
  chooseMany: 'Chọn tất cả đáp án đúng.',
  previous: 'Câu trước',
  next: 'Câu tiếp',
  flag: 'Đánh dấu để xem lại',
  answeredCount: (n: number, total: number) => `Đã trả lời ${n}/${total} câu`,
  navigator: 'Danh sách câu hỏi',
  navItem: (n: number, answered: boolean, flagged: boolean, current: boolean) =>
    `Câu ${n}, ${answered ? 'đã trả lời' : 'chưa trả lời'}${flagged ? ', đã đánh dấu' : ''}${current ? ', đang xem' : ''}`,
  legendAnswered: 'Đã trả lời',
  legendFlagged: 'Đã đánh dấu',
  toReview: 'Xem lại và nộp bài',
  timeLeft: 'Thời gian còn lại',
  extraTime: (minutes: number) => `Đã bao gồm ${minutes} phút cộng thêm.`,

  offline: 'Mất kết nối mạng. Bạn vẫn có thể tiếp tục làm bài; các câu trả lời được lưu trên thiết bị này.',
  memoryOnly: 'Trình duyệt không cho lưu bài làm trên thiết bị này. Nếu tải lại hoặc đóng trang trước khi nộp, bài làm sẽ bị mất.',
  dismiss: 'Đóng',
  openElsewhere: 'Bài thi này đang được làm ở một cửa sổ (tab) khác. Ở đây bạn chỉ xem được; câu trả lời chỉ được ghi nhận ở cửa sổ kia.',
  continueHere: 'Làm bài ở cửa sổ này',

  // The contest's auth (#14): a login needed, said before the form; `p` names the account ("VNeID").
  login: 'Đăng nhập',
  loginNeeded: (p?: string) => `Cuộc thi yêu cầu đăng nhập${p ? ` (tài khoản ${p})` : ''} trước khi dự thi.`,
  failure: {
    contest_not_open: ['Cuộc thi chưa mở.', 'Vui lòng quay lại khi cuộc thi bắt đầu.'],
    contest_closed: ['Cuộc thi đã kết thúc và không còn nhận bài dự thi.', 'Vui lòng theo dõi kết quả do Ban Tổ chức công bố.'],
    attempts_exhausted: ['Bạn đã dùng hết số lượt thi.', 'Kết quả các lượt thi trước của bạn vẫn được ghi nhận.'],
    invalid_participant: ['Thông tin đăng ký chưa hợp lệ.', 'Vui lòng sửa các mục được đánh dấu rồi gửi lại.'],
    rate_limited: ['Hệ thống đang quá tải.', 'Vui lòng đợi rồi thử lại; thông tin bạn nhập vẫn được giữ nguyên.'],
    captcha_required: ['Cần xác minh bạn không phải máy tự động.', 'Vui lòng tải lại trang và làm theo hướng dẫn xác minh.'],
    unauthorized: ['Bạn cần đăng nhập để dự thi.', 'Vui lòng đăng nhập trên cổng thông tin rồi tải lại trang.'],
    bad_request: ['Yêu cầu không hợp lệ.', 'Vui lòng tải lại trang; nếu lỗi lặp lại, hãy báo cho Ban Tổ chức.'],
    internal: ['Máy chủ đang gặp sự cố.', 'Vui lòng thử lại sau ít phút.'],
    network: ['Không kết nối được với máy chủ.', 'Hãy kiểm tra kết nối mạng rồi thử lại.'],
    timeout: ['Máy chủ không phản hồi kịp.', 'Vui lòng thử lại sau giây lát.'],
    'invalid-response': ['Dữ liệu nhận từ máy chủ không hợp lệ.', 'Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo cho Ban Tổ chức.'],
    http: ['Máy chủ trả về một lỗi không xác định.', 'Vui lòng thử lại sau ít phút.'],
    storage: ['Không lưu được dữ liệu trên thiết bị.', 'Nếu tải lại hoặc đóng trang, bài làm sẽ bị mất.'],
  } as const,
  retryIn: (seconds: number) => `Có thể thử lại sau ${seconds} giây.`,
  // Starting or submitting retried by itself (views/status, #14): said in view, with a countdown.
  busy: 'Hệ thống đang đông, đang thử lại — vui lòng không tải lại trang.',
  retryAfter: (seconds: number) => `Thử lại sau ${seconds} giây`,
  retrying: 'Đang thử lại…',
  // A failure the participant cannot fix alone: whom to contact (the contest's `contact`, or this line when it has none).
  contactOrganisers: 'Nếu cần hỗ trợ, vui lòng liên hệ Ban Tổ chức cuộc thi.',
  contactHeading: 'Liên hệ Ban Tổ chức:',
  contactHotline: 'Điện thoại',
  contactEmail: 'Thư điện tử',
  contactAddress: 'Địa chỉ',
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly [string, string]
      ? readonly [string, string]
      : { readonly [K in keyof T]: Widen<T[K]> };

/** The strings loaded with the element, in the shape every language must fill. */
export type EarlyMessages = Widen<typeof vi>;
/** The strings loaded with the late views (review, submission, result). */
export type LateMessages = Widen<typeof viLate>;
/** The strings loaded with the extra sections (bank, practice, leaderboard). */
export type ExtrasMessages = Widen<typeof viExtras>;
/** Everything a view may read once the late views (or the extra sections) are loaded. */
export type Messages = EarlyMessages & LateMessages & ExtrasMessages;

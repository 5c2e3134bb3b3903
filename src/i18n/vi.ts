/**
 * Vietnamese: the source language. Every key here must exist in `en.ts` (the type system
 * and a test enforce it). Functions take the values they interpolate.
 */
export const vi = {
  locale: 'vi-VN',
  loading: 'Đang tải cuộc thi…',
  tryAgain: 'Thử lại',
  reload: 'Tải lại trang',

  organiser: (name: string) => `Đơn vị tổ chức: ${name}`,
  period: (from: string, to: string) => `Thời gian: từ ${from} đến ${to}`,
  examSummary: (questions: number, minutes: number) =>
    `Bài thi gồm ${questions} câu hỏi trắc nghiệm, làm trong ${minutes} phút.`,
  predictionSummary: 'Kèm theo một câu hỏi dự đoán để xếp giải khi bằng điểm.',
  attemptsSummary: (max: number | null) =>
    max === null ? 'Không giới hạn số lượt thi.' : `Mỗi người được thi tối đa ${max} lượt.`,
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
    citizenId: 'Số CCCD',
    phone: 'Số điện thoại',
    email: 'Email',
    unit: 'Đơn vị công tác',
    district: 'Huyện, thành phố',
    commune: 'Xã, phường, thị trấn',
  },
  hints: {
    birthDate: 'Ngày/tháng/năm, ví dụ 20/05/1980',
    citizenId: '12 chữ số trên thẻ Căn cước công dân',
    phone: 'Số di động, ví dụ 0912 345 678',
    unit: 'Gõ để tìm, ví dụ “tu phap”',
  },
  genders: { male: 'Nam', female: 'Nữ', other: 'Khác' },
  choose: '— Chọn —',
  unitSearch: 'Tìm đơn vị',
  unitCount: (n: number) => `${n} đơn vị phù hợp`,
  noUnit: 'Không tìm thấy đơn vị. Hãy thử từ khóa khác hoặc chọn “Khác”.',
  consent:
    'Tôi đồng ý để Ban Tổ chức xử lý các thông tin cá nhân trên cho mục đích tổ chức cuộc thi, theo Nghị định 13/2023/NĐ-CP.',
  remember: 'Ghi nhớ thông tin trên thiết bị này cho lượt thi sau',
  back: 'Quay lại',
  startExam: 'Bắt đầu làm bài',
  starting: 'Đang tạo bài thi…',
  formInvalid: (n: number) => `Có ${n} mục cần sửa. Vui lòng xem thông báo bên dưới từng mục.`,
  errors: {
    required: 'Vui lòng nhập mục này.',
    nameInvalid: 'Họ và tên chỉ gồm chữ cái và dấu cách, ít nhất 2 ký tự.',
    dateInvalid: 'Ngày sinh không hợp lệ.',
    dateFuture: 'Ngày sinh không thể ở tương lai.',
    tooYoung: 'Người dự thi phải từ 6 tuổi trở lên.',
    citizenIdInvalid: 'Số CCCD gồm đúng 12 chữ số.',
    citizenIdProvince: 'Ba chữ số đầu của CCCD là mã tỉnh nơi đăng ký khai sinh (001–096).',
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
  unflag: 'Bỏ đánh dấu',
  answeredCount: (n: number, total: number) => `Đã trả lời ${n}/${total} câu`,
  navigator: 'Danh sách câu hỏi',
  navItem: (n: number, answered: boolean, flagged: boolean, current: boolean) =>
    `Câu ${n}, ${answered ? 'đã trả lời' : 'chưa trả lời'}${flagged ? ', đã đánh dấu' : ''}${current ? ', đang xem' : ''}`,
  legendAnswered: 'Đã trả lời',
  legendFlagged: 'Đã đánh dấu',
  toReview: 'Xem lại và nộp bài',
  timeLeft: 'Thời gian còn lại',
  timerWarning: (minutes: number) => `Chú ý: còn ${minutes} phút làm bài.`,
  extraTime: (minutes: number) => `Đã bao gồm ${minutes} phút cộng thêm.`,
  predictionHeading: 'Câu hỏi dự đoán',
  predictionLabel: (min: number, max: number, unit: string) =>
    `Con số dự đoán (từ ${min} đến ${max}${unit ? ` ${unit}` : ''})`,
  predictionInvalid: (min: number, max: number) => `Vui lòng nhập một số nguyên từ ${min} đến ${max}.`,
  saved: 'Đã lưu',

  reviewHeading: 'Kiểm tra trước khi nộp bài',
  reviewAnswered: (n: number, total: number) => `Bạn đã trả lời ${n}/${total} câu hỏi.`,
  reviewUnanswered: 'Câu chưa trả lời:',
  reviewFlagged: 'Câu đã đánh dấu để xem lại:',
  reviewAllAnswered: 'Bạn đã trả lời tất cả các câu hỏi.',
  reviewNoPrediction: 'Bạn chưa trả lời câu hỏi dự đoán.',
  reviewPrediction: (v: string) => `Câu trả lời dự đoán: ${v}.`,
  reviewWarning: 'Sau khi nộp, bạn không thể sửa bài làm.',
  backToExam: 'Quay lại làm bài',
  submit: 'Nộp bài',

  submittingHeading: 'Đang nộp bài…',
  timeUpHeading: 'Đã hết giờ làm bài',
  timeUpText: 'Bài làm đã được niêm phong như lúc hết giờ và đang được gửi đi.',
  waitingHeading: 'Bài thi đang chờ gửi',
  waitingText: 'Bài làm đã được lưu trên thiết bị này và chưa đến được máy chủ.',
  waitingOffline: 'Thiết bị đang mất kết nối mạng. Bài thi sẽ tự động được gửi ngay khi có mạng trở lại.',
  waitingRetryAt: (at: string) => `Hệ thống sẽ tự động gửi lại lúc ${at}. Bạn không cần làm gì thêm.`,
  sendNow: 'Gửi lại ngay',
  failedHeading: 'Chưa nộp được bài thi',
  saveCopy: 'Lưu bản sao bài làm',
  saveCopyHint: 'Tệp này ghi lại các câu trả lời của bạn để gửi cho Ban Tổ chức nếu cần.',

  resultHeading: 'Bạn đã nộp bài thành công',
  resultCorrect: 'Số câu trả lời đúng',
  resultScore: 'Điểm',
  resultTime: 'Thời gian làm bài',
  resultAttempt: 'Lượt thi',
  resultAttemptsLeft: (n: number | null) =>
    n === null ? 'Bạn có thể thi thêm không giới hạn.' : n > 0 ? `Bạn còn ${n} lượt thi.` : 'Bạn đã dùng hết số lượt thi.',
  resultLater: 'Kết quả sẽ được công bố sau khi cuộc thi kết thúc.',
  resultReview: 'Đáp án',
  yourAnswer: 'Bạn chọn',
  correctAnswer: 'Đáp án đúng',
  noAnswer: '(không trả lời)',
  again: 'Thi lượt mới',
  toRules: 'Về trang thể lệ',
  duration: (m: number, s: number) => (m ? `${m} phút ${s} giây` : `${s} giây`),

  offline: 'Mất kết nối mạng. Bạn vẫn có thể tiếp tục làm bài; các câu trả lời được lưu trên thiết bị này.',
  memoryOnly:
    'Trình duyệt không cho lưu dữ liệu trên thiết bị. Bài làm chỉ được giữ khi trang còn mở: đừng tải lại hay đóng trang.',
  dismiss: 'Đóng',

  failure: {
    contest_not_open: ['Cuộc thi chưa mở.', 'Vui lòng quay lại khi cuộc thi bắt đầu.'],
    contest_closed: ['Cuộc thi đã kết thúc và không còn nhận bài dự thi.', 'Vui lòng theo dõi kết quả do Ban Tổ chức công bố.'],
    attempts_exhausted: ['Bạn đã dùng hết số lượt thi.', 'Kết quả các lượt thi trước của bạn vẫn được ghi nhận.'],
    invalid_participant: ['Thông tin đăng ký chưa hợp lệ.', 'Vui lòng sửa các mục được đánh dấu rồi gửi lại.'],
    attempt_not_found: ['Máy chủ không tìm thấy lượt thi này.', 'Hãy lưu bản sao bài làm và liên hệ Ban Tổ chức.'],
    attempt_expired: ['Lượt thi đã quá hạn nộp bài.', 'Hãy lưu bản sao bài làm và gửi cho Ban Tổ chức.'],
    already_submitted: ['Bài thi này đã được nộp trước đó.', 'Bạn không cần nộp lại.'],
    stale_revision: ['Bài làm vừa được cập nhật ở nơi khác.', 'Vui lòng tải lại trang.'],
    rate_limited: ['Hệ thống đang quá tải.', 'Vui lòng đợi rồi thử lại; thông tin bạn nhập vẫn được giữ nguyên.'],
    idempotency_in_progress: ['Máy chủ đang xử lý bài thi của bạn.', 'Vui lòng đợi trong giây lát.'],
    idempotency_mismatch: ['Máy chủ đã nhận một bản nộp khác cho lượt thi này.', 'Hãy lưu bản sao bài làm và liên hệ Ban Tổ chức.'],
    captcha_required: ['Cần xác minh bạn không phải máy tự động.', 'Vui lòng tải lại trang và làm theo hướng dẫn xác minh.'],
    unauthorized: ['Bạn cần đăng nhập để dự thi.', 'Vui lòng đăng nhập trên cổng thông tin rồi tải lại trang.'],
    bad_request: ['Yêu cầu không hợp lệ.', 'Vui lòng tải lại trang; nếu lỗi lặp lại, hãy báo cho Ban Tổ chức.'],
    internal: ['Máy chủ đang gặp sự cố.', 'Vui lòng thử lại sau ít phút.'],
    network: ['Không kết nối được với máy chủ.', 'Hãy kiểm tra kết nối mạng rồi thử lại.'],
    timeout: ['Máy chủ không phản hồi kịp.', 'Vui lòng thử lại sau giây lát.'],
    'invalid-response': ['Dữ liệu nhận từ máy chủ không hợp lệ.', 'Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo cho Ban Tổ chức.'],
    http: ['Máy chủ trả về một lỗi không xác định.', 'Vui lòng thử lại sau ít phút.'],
    storage: ['Không lưu được dữ liệu trên thiết bị.', 'Đừng tải lại hay đóng trang cho đến khi nộp bài.'],
  } as const,
  retryIn: (seconds: number) => `Có thể thử lại sau ${seconds} giây.`,
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly [string, string]
      ? readonly [string, string]
      : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language must fill. */
export type Messages = Widen<typeof vi>;

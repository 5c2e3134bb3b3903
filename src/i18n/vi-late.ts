/**
 * Vietnamese strings needed only after the exam (review, submission, result). They ship
 * in the chunk of those views, so they do not count against the download before the
 * first question. Every key here must exist in `en-late.ts`.
 */
export const viLate = {
  // The exam's later moments: the timer's warnings and the prediction question (the last page).
  timerWarning: (minutes: number) => `Chú ý: còn ${minutes} phút làm bài.`,
  predictionHeading: 'Câu hỏi dự đoán',
  // The prediction in the exam's progress and navigator. It is optional: the contract accepts a
  // submission without it (prediction: null), and such a participant ranks last on that criterion.
  predictionProgress: (done: boolean) => `, ${done ? 'đã' : 'chưa'} dự đoán`,
  predictionTile: 'Dự đoán',
  predictionOptional: 'Dự đoán: không bắt buộc',
  navPrediction: (done: boolean, current: boolean) => `Câu hỏi dự đoán, không bắt buộc, ${done ? 'đã trả lời' : 'chưa trả lời'}${current ? ', đang xem' : ''}`,
  /** Added to the offline notice during the exam: the deadline is the server's, the network does not stop it. */
  clockRuns: 'Thời gian làm bài vẫn tiếp tục tính.',
  reviewRight: 'Đúng',
  reviewWrong: 'Sai',
  predictionLabel: (min: string, max: string, unit: string) => `Con số dự đoán (từ ${min} đến ${max}${unit ? ` ${unit}` : ''})`,
  predictionInvalid: (min: string, max: string) => `Vui lòng nhập một số nguyên từ ${min} đến ${max}.`,
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
  // A time-up submission says so while it is sent and on its result (#14).
  timeUp: 'Hết giờ làm bài — bài thi đã được nộp tự động.',
  waitingHeading: 'Bài thi đang chờ gửi',
  waitingText: 'Bài làm đã được lưu trên thiết bị này và chưa đến được máy chủ.',
  waitingOffline: 'Thiết bị đang mất kết nối mạng. Bài thi sẽ tự động được gửi ngay khi có mạng trở lại.',
  sendNow: 'Gửi lại ngay',
  failedHeading: 'Chưa nộp được bài thi',
  saveCopy: 'Lưu bản sao bài làm',
  saveCopyHint: 'Bản sao bài làm là một tệp ghi các câu trả lời của bạn, để gửi cho Ban Tổ chức khi cần.',
  // A refusal that sending again may get past (#13 F13): log in again, then send; or leave it for later.
  resend: 'Gửi lại bài thi',
  resendHint:
    'Nếu phiên đăng nhập trên cổng thông tin đã hết hạn, vui lòng đăng nhập lại (có thể ở cửa sổ khác) rồi bấm “Gửi lại bài thi”. Bài làm vẫn được lưu trên thiết bị này.',
  park: 'Về trang thể lệ',
  parkHint: 'Bài làm vẫn được giữ trên thiết bị này để lưu bản sao hoặc gửi lại sau; người khác có thể dự thi trên thiết bị này.',
  parkedHeading: 'Thiết bị này còn giữ bài làm chưa nộp được',
  parkedText: (attemptId: string) => `Bài làm của lượt thi ${attemptId} chưa đến được máy chủ. Hãy lưu bản sao để gửi Ban Tổ chức, hoặc gửi lại.`,
  parkedSent: 'Bài làm đã được nộp thành công.',
  parkedForget: 'Xóa khỏi thiết bị này',

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
  /** Failures that only a submission can meet. */
  lateFailure: {
    attempt_not_found: ['Hệ thống không tìm thấy lượt thi này.', 'Hãy lưu bản sao bài làm và liên hệ Ban Tổ chức.'],
    attempt_expired: ['Lượt thi đã quá hạn nộp bài.', 'Hãy lưu bản sao bài làm và gửi cho Ban Tổ chức.'],
    already_submitted: ['Bài thi này đã được nộp trước đó.', 'Bạn không cần nộp lại.'],
    idempotency_in_progress: ['Máy chủ đang xử lý bài thi của bạn.', 'Vui lòng đợi trong giây lát.'],
    idempotency_mismatch: ['Hệ thống đã nhận một bài nộp khác của lượt thi này.', 'Hãy lưu bản sao bài làm và liên hệ Ban Tổ chức.'],
  } as const,
  // What a device holds for someone who proves who they are (views/identity, #13 F11, F12).
  heldHeading: 'Bài thi và kết quả lưu trên thiết bị này',
  heldAttempt:
    'Thiết bị này đang giữ một bài thi chưa nộp. Nếu đó là bài thi của bạn, vui lòng xác nhận thông tin để làm tiếp. Nếu không phải, vui lòng bấm “Đăng ký dự thi” để làm bài thi của mình; bài thi kia vẫn được giữ nguyên cho người đó.',
  resumeMine: 'Tiếp tục bài thi của tôi',
  reviewMine: 'Xem lại kết quả của tôi',
  heldAsk: 'Để bảo vệ thông tin cá nhân trên thiết bị dùng chung, vui lòng nhập lại thông tin của bạn:',
  heldNoMatch: 'Thông tin không khớp với bài thi hoặc kết quả nào lưu trên thiết bị này. Vui lòng kiểm tra lại.',
};

/**
 * Vietnamese strings of the proof of participation (the confirmation panel, the certificate,
 * the lookup): they ship in that chunk only, loaded after a confirmed submission. Every key
 * here must exist in `en-proof.ts`.
 */
export const viProof = {
  panelTitle: 'Bài thi của bạn đã được ghi nhận',
  codeLabel: 'Mã xác minh',
  keep: 'Hãy ghi lại mã này hoặc in giấy xác nhận để chứng minh việc tham gia cuộc thi.',
  fullName: 'Họ và tên',
  unit: 'Đơn vị',
  citizenId: 'Số CMND/CCCD',
  birthDate: 'Ngày sinh',
  round: 'Đợt thi',
  attempt: 'Lần thi',
  submittedAt: 'Thời điểm nộp bài',
  result: 'Kết quả',
  later: 'Kết quả sẽ được công bố sau',
  score: (correct: number, total: number, score: string, max: string) => `${correct}/${total} câu đúng, ${score}/${max} điểm`,
  at: (time: string, date: string) => `${time} ngày ${date} (giờ Việt Nam)`,
  deleted: 'Đã xóa theo thời hạn lưu trữ dữ liệu',
  print: 'In / Lưu PDF',
  printHint: 'Chọn “Lưu dưới dạng PDF” trong hộp thoại in để lưu giấy xác nhận vào máy.',
  // The certificate (giấy xác nhận), printed on one A4 page.
  certTitle: 'GIẤY XÁC NHẬN THAM GIA',
  certLead: 'Hệ thống thi trực tuyến xác nhận người có thông tin dưới đây đã tham gia cuộc thi:',
  certVerify: 'Kiểm tra tính xác thực của giấy này: quét mã QR hoặc truy cập địa chỉ',
  certVerifyCode: 'Kiểm tra tính xác thực của giấy này với Ban Tổ chức bằng mã xác minh.',
  certAuto: 'Giấy xác nhận được tạo tự động, không cần chữ ký, con dấu.',
  qrLabel: 'Mã QR dẫn tới trang xác minh',
  // "Tra cứu kết quả": a participant's own attempts.
  lookupOpen: 'Tra cứu kết quả',
  lookupIntro: 'Nhập số CMND/CCCD và ngày sinh đã khai khi đăng ký dự thi để xem các lần thi của bạn.',
  lookupSubmit: 'Tra cứu',
  lookupBusyNow: 'Đang tra cứu…',
  lookupFound: (n: number) => `Tìm thấy ${n} lần thi.`,
  lookupNone: 'Không tìm thấy bài thi nào khớp với số CMND/CCCD và ngày sinh đã nhập.',
  lookupInvalid: 'Vui lòng nhập số CMND/CCCD gồm 9 hoặc 12 chữ số và ngày sinh.',
  lookupLimited: (minutes: number) => `Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
  lookupFailed: 'Chưa tra cứu được. Vui lòng kiểm tra kết nối mạng và thử lại.',
};

export type ProofMessages = typeof viProof;

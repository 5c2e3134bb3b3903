/**
 * Vietnamese strings of the extra sections (Bộ đề thi, Thi thử, Bảng xếp hạng). They ship
 * in those sections' chunk, loaded only when a participant opens one. Every key here must
 * exist in `en-extras.ts`.
 */
export const viExtras = {
  bankHeading: 'Bộ đề thi',
  bankIntro: (n: string) => `Bộ đề gồm ${n} câu hỏi. Các câu hỏi của bài thi được lấy ngẫu nhiên từ bộ đề này.`,
  bankSearch: 'Tìm câu hỏi',
  bankSearchHint: 'Gõ có dấu hay không dấu đều được, ví dụ “thu tuc hanh chinh”; gõ tắt như “dvc”, “tthc”, “ubnd”.',
  topic: 'Chủ đề',
  allTopics: 'Tất cả chủ đề',
  bankCount: (found: string, total: string) => (found === total ? `${total} câu hỏi` : `Tìm thấy ${found}/${total} câu hỏi`),
  searching: 'Đang tìm…',
  bankNone: 'Không tìm thấy câu hỏi nào. Hãy thử từ khóa khác hoặc chọn “Tất cả chủ đề”.',
  questionNumber: (n: number) => `Câu ${n}`,
  severalCorrect: 'Có thể có nhiều đáp án đúng.',
  showAnswer: 'Xem đáp án',
  correctAnswer: 'Đáp án đúng:',
  explanation: 'Giải thích:',
  source: 'Căn cứ:',
  answersNotPublished: 'Ban Tổ chức chưa công bố đáp án của bộ đề.',
  practiseThis: 'Thi thử câu này',
  pagination: 'Phân trang',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  pageOf: (n: number, total: number) => `Trang ${n}/${total}`,

  practiceHeading: 'Thi thử',
  practiceBadge: 'Thi thử: kết quả không được tính, không ảnh hưởng đến lượt thi chính thức.',
  practiceIntro: 'Câu hỏi được lấy ngẫu nhiên từ Bộ đề thi. Bạn được thi thử không giới hạn số lần.',
  practiceCount: 'Số câu hỏi',
  practiceStart: 'Bắt đầu thi thử',
  practiceOf: (n: number, total: number) => `Câu ${n}/${total} (thi thử)`,
  check: 'Kiểm tra',
  right: 'Chính xác!',
  wrong: 'Chưa đúng.',
  practiceNext: 'Câu tiếp',
  practiceFinish: 'Xem kết quả thi thử',
  practiceScore: (correct: number, total: number) => `Kết quả thi thử: đúng ${correct}/${total} câu.`,
  practiceUngraded: (answered: number, total: number) =>
    `Bạn đã trả lời ${answered}/${total} câu. Ban Tổ chức chưa công bố đáp án nên bài thi thử không được chấm.`,
  practiceAgain: 'Thi thử lượt khác',
  practiceStop: 'Dừng thi thử',
  chosenMark: 'Bạn đã chọn, chưa đúng',
  rightOption: 'Đáp án đúng',

  leaderboardHeading: 'Bảng xếp hạng',
  round: 'Đợt thi',
  wholeContest: 'Toàn cuộc thi',
  totals: (people: string, attempts: string) => `${people} người dự thi, ${attempts} lượt thi.`,
  individuals: 'Cá nhân có kết quả cao nhất',
  order: 'Xếp theo điểm; bằng điểm thì xét dự đoán gần đúng nhất, rồi thời gian làm bài ngắn hơn, rồi nộp bài sớm hơn.',
  units: 'Đơn vị có nhiều người dự thi nhất',
  unitsByRate: 'Đơn vị có tỉ lệ tham gia cao nhất',
  rank: 'Hạng',
  person: 'Người dự thi',
  unit: 'Đơn vị',
  score: 'Kết quả',
  /** "12:05" → "12 phút 5 giây", as the result screen writes a duration. */
  time: (mmss: string) => {
    const [m, s] = mmss.split(':').map(Number);
    return m ? `${m} phút ${s} giây` : `${s} giây`;
  },
  predictionOff: (n: string) => `dự đoán lệch ${n}`,
  participants: 'Số người dự thi',
  rate: 'Tỉ lệ tham gia',
  individualsLater: 'Kết quả của từng người dự thi sẽ được công bố sau khi cuộc thi kết thúc.',
  noEntries: 'Chưa có bài thi nào được chấm.',
  updatedAt: (at: string) => `Số liệu lúc ${at}.`,
  refresh: 'Cập nhật số liệu',
};

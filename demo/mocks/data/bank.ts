/**
 * DỮ LIỆU MẪU — sample data for the demo, written from shared/reference/facts-cchc.md and the
 * province's 2020 letter (shared/reference/cong-van-cuoc-thi-bac-giang-2020.md); verify against
 * the official texts before any real use.
 *
 * Bộ câu hỏi mẫu cho Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ
 * công trực tuyến” tỉnh Bắc Giang năm 2020. Quy ước:
 * - Mỗi câu có `source` (căn cứ của đáp án: điều, khoản của văn bản khi nguồn nêu được; nếu
 *   không, tên văn bản hoặc tin bài) và `explanation`. Chỉ dùng văn bản còn hiệu lực tháng 9/2020;
 *   văn bản ban hành sau Cuộc thi không được dùng làm đáp án hay phương án nhiễu.
 * - Chỗ nguồn chưa chắc (điều khoản chưa tìm thấy, nguồn thứ cấp) được ghi trong
 *   `SAMPLE_BANK_NOTES`, dành cho người duyệt đề; ghi chú này không gửi cho người dự thi và không
 *   thuộc hợp đồng dữ liệu (contract).
 * - Tên gọi “Bộ phận Một cửa”: chưa xác định được câu chữ năm 2018. facts-cchc.md mục K: nguồn
 *   trích Điều 3 Nghị định 61/2018/NĐ-CP có chữ “Bộ phận Một cửa” là nguồn năm 2023 (văn bản đã
 *   sửa đổi); Mẫu số 01 của Thông tư 01/2018/TT-VPCP (văn bản năm 2018) ghi “Trung tâm Phục vụ
 *   hành chính công (hoặc) Bộ phận Tiếp nhận và Trả kết quả”; bản tóm tắt năm 2018 viết “bộ phận
 *   một cửa” nhưng không phải nguyên văn. Vì vậy không câu hỏi, đáp án hay giải thích nào dùng
 *   tên “Bộ phận Một cửa”; chỗ cần nói đến nơi nhận hồ sơ thì diễn đạt theo việc làm (“nơi tiếp
 *   nhận hồ sơ”, “bộ phận đã tiếp nhận hồ sơ”).
 * - Không có hai câu hỏi kiểm tra cùng một nội dung; phương án nhiễu là những điều người dự thi
 *   có thể nhầm, không phải phương án đùa.
 */
import type { BankQuestion, Topic } from '../../../src/contract/schemas.ts';

/**
 * A sample question: the contract's bank question, with its answer key, explanation and source
 * always given. `source` is the field the server's bank definition already carries
 * (`KeyedBankQuestion.source` in server/src/definition.ts, the column “Nguồn/căn cứ pháp lý” of
 * the bank sheet); the public contract's `BankQuestion` has no such field, so a client drops it.
 */
export interface SampleQuestion extends BankQuestion {
  correctOptionIds: string[];
  explanation: string;
  /** Căn cứ của đáp án, e.g. “Khoản 2 Điều 3 Nghị định số 45/2020/NĐ-CP”. */
  source: string;
}

export const SAMPLE_TOPICS: Topic[] = [
  { id: 'mot-cua', name: 'Cơ chế một cửa, một cửa liên thông' },
  { id: 'tthc-dien-tu', name: 'Thực hiện thủ tục hành chính trên môi trường điện tử' },
  { id: 'dvc-truc-tuyen', name: 'Dịch vụ công trực tuyến và các mức độ' },
  { id: 'cong-dvc', name: 'Cổng Dịch vụ công quốc gia' },
  { id: 'su-dung-dvc', name: 'Hướng dẫn sử dụng dịch vụ công trực tuyến' },
  { id: 'buu-chinh', name: 'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích' },
  { id: 'kiem-soat-tthc', name: 'Kiểm soát thủ tục hành chính' },
  { id: 'chuong-trinh-cchc', name: 'Chương trình tổng thể cải cách hành chính nhà nước 2011–2020' },
  { id: 'cuoc-thi-2020', name: 'Cuộc thi trực tuyến tỉnh Bắc Giang năm 2020' },
];

/** The practical topic: how to use the online public services (issue #16 asks for at least 25 questions in it). */
export const PRACTICAL_TOPIC = 'su-dung-dvc';

/**
 * Ghi chú cho người duyệt đề, theo mã câu hỏi: chỗ nguồn chưa chắc hoặc chưa đối chiếu với văn
 * bản gốc. Không gửi cho người dự thi.
 */
/**
 * Ghi chú cho người duyệt đề, theo mã câu hỏi: chỗ nguồn chưa chắc hoặc chưa đối chiếu với văn
 * bản gốc. Không gửi cho người dự thi.
 */
export const SAMPLE_BANK_NOTES: Readonly<Record<string, string>> = {
  q009: 'facts-cchc.md mục 5: nguồn là bài Báo An Giang đăng lại, không nêu điều của Nghị định 61/2018/NĐ-CP. Cần đối chiếu điều, khoản trong văn bản gốc.',
  q010: 'Như q009 (facts-cchc.md mục 5).',
  q011: 'facts-cchc.md mục 6: lấy từ phần tóm tắt văn bản năm 2018 (vietjack.me), không nêu điều; tên bộ phận năm 2018 chưa đối chiếu được nên câu hỏi nói theo việc làm “tiếp nhận hồ sơ, trả kết quả”. Cần đối chiếu điều về tiêu chuẩn cán bộ trong văn bản gốc.',
  q012: 'Như q011 (facts-cchc.md mục 6, bản tóm tắt năm 2018). Câu cũ q013 về “tác phong, thái độ… đúng quy chế văn hóa công sở” đã bỏ vì câu chữ lấy từ bản tóm tắt, không phải nguyên văn Nghị định.',
  q014: 'facts-cchc.md mục 7: nguồn là bài báo Vĩnh Long (06/2018), không nêu điều. Bài báo nói thông báo cho “Bộ phận Một cửa”; câu hỏi nói “bộ phận đã tiếp nhận hồ sơ” để không phụ thuộc tên gọi năm 2018. Cần đối chiếu điều về hồ sơ quá hạn trong văn bản gốc.',
  q015: 'Như q014 (facts-cchc.md mục 7).',
  q016: 'Như q014 (facts-cchc.md mục 7).',
  q017: 'facts-cchc.md mục 8: nguồn là bài báo Vĩnh Long (06/2018), không nêu điều; bài báo nói về cán bộ nơi tiếp nhận hồ sơ, câu hỏi giữ đúng phạm vi đó.',
  q019: 'facts-cchc.md mục 9: ngày hiệu lực lấy từ seongay.com (nguồn thứ cấp).',
  q029: 'Tên “Trung tâm Hành chính công tỉnh Bắc Giang” là tên khi khai trương năm 2016 (bnews.vn). facts-cchc.md mục K: chưa tìm thấy thời điểm thành lập, đổi tên thành Trung tâm Phục vụ hành chính công tỉnh.',
  q030: 'Như q029: một tin bài (bnews.vn), số liệu lúc khai trương năm 2016.',
  q031: 'Như q029: một tin bài (bnews.vn), số liệu lúc khai trương năm 2016.',
  q038: 'facts-cchc.md mục 16: bài tóm tắt của thukyluat.vn, không nêu điều của Nghị định 45/2020/NĐ-CP.',
  q039: 'Như q038 (facts-cchc.md mục 16).',
  q040: 'Như q038 (facts-cchc.md mục 16).',
  q115: 'Như q038 (facts-cchc.md mục 16).',
  q042: 'facts-cchc.md mục 18: bài của hoatieu.vn, không nêu điều của Nghị định 45/2020/NĐ-CP.',
  q043: 'Như q042 (facts-cchc.md mục 18).',
  q054: 'facts-cchc.md mục 28 nêu khoản 4 Điều 3 cho mức độ 1, 2; mục 29 (mức độ 3, 4) không nêu khoản. Mức độ 3, 4 được ghi cùng khoản 4 Điều 3; cần đối chiếu văn bản gốc.',
  q072: 'Như q054 (mức độ 3, facts-cchc.md mục 29).',
  q071: 'facts-cchc.md mục 29: mức độ 4 lấy từ bản sao bài của Cổng TTĐT tỉnh Bình Phước (10/9/2019), nguồn thứ cấp; xem thêm ghi chú q054 về khoản.',
  q055: 'Như q071.',
  q065: 'Một tin bài (VietnamPlus 09/12/2019).',
  q066: 'Một tin bài (VietnamPlus 09/12/2019).',
  q069: 'facts-cchc.md mục 33: tin Báo Tin tức 07/12/2019, dẫn lời Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ; không phải văn bản quy phạm.',
  q070: 'Như q069 (facts-cchc.md mục 33).',
  q073: 'facts-cchc.md mục 32: các hợp phần lấy từ tin VietnamPlus và Báo Nghệ An (12/2019), không phải văn bản quy phạm. Câu cũ về “06 hợp phần” đã bỏ vì chỉ dựa vào một tin bài.',
  q117: 'Như q073 (facts-cchc.md mục 32).',
  q075: 'facts-cchc.md mục 35 ghi nguồn “Điều 4 và Điều 11” chung cho yêu cầu chuyển phát và việc nộp phí, không tách điều nào quy định việc nào; căn cứ chỉ ghi tên Quyết định. Cần đối chiếu điều cụ thể.',
  q079: 'Như q075 (facts-cchc.md mục 35, “Điều 4 và Điều 11”).',
  q080: 'Như q079.',
  q081: 'Như q079.',
  q022: 'Công dụng của biểu mẫu suy ra từ tên biểu mẫu trong phụ lục Thông tư 01/2018/TT-VPCP (facts-cchc.md mục 10, nguồn trangtinphapluat.com).',
  q118: 'Như q022.',
  q091: 'facts-cchc.md mục 25: ngày ban hành các nghị định sửa đổi lấy từ phần căn cứ của văn bản hành chính khác (nguồn thứ cấp).',
  q092: 'facts-cchc.md mục 25: ngày hiệu lực lấy từ thukyluat.vn (nguồn thứ cấp).',
  q093: 'facts-cchc.md mục 36: nguồn là Tạp chí Cộng sản (2013) và Báo Bình Dương (2011), không phải Công báo. Phương án nhiễu cũ “giai đoạn 2021–2030” đã bỏ: chương trình đó (Nghị quyết 76/NQ-CP) ban hành năm 2021, sau Cuộc thi.',
  q094: 'Như q093 (facts-cchc.md mục 36).',
  q095: 'Như q093 (facts-cchc.md mục 36).',
  q096: 'facts-cchc.md mục 37: Điều 2 đọc trên bản tiếng Anh (napa.vn) và Báo Bình Dương. Sáu lĩnh vực cải cách của Nghị quyết 30c chưa xác minh đủ (mục K) nên không dùng làm đáp án hay phương án nhiễu.',
  q097: 'Như q096 (facts-cchc.md mục 37).',
  q098: 'Thời gian thi có trong văn bản của UBND tỉnh (mục 1 điểm a) và trong tin Lễ phát động (facts-cchc.md mục 39).',
  q105: 'facts-cchc.md mục 39: tin bài về Lễ phát động (hiephoanet.vn), không phải Thể lệ chính thức.',
  q106: 'Như q105. Thể lệ mẫu (rules.ts) dùng cùng độ tuổi 15; biểu mẫu đăng ký của phần tử (src/core/validate.ts) hiện cho phép từ 6 tuổi, cần sửa cho khớp.',
};

export const SAMPLE_BANK: SampleQuestion[] = [
  // ------------------------------------------------------------------ một cửa (NĐ 61/2018, TT 01/2018)
  {
    id: 'q001',
    topicId: 'mot-cua',
    text: 'Nghị định số 61/2018/NĐ-CP của Chính phủ quy định về nội dung nào sau đây?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính' },
      { id: 'b', text: 'Thực hiện thủ tục hành chính trên môi trường điện tử' },
      { id: 'c', text: 'Kiểm soát thủ tục hành chính' },
      { id: 'd', text: 'Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo Điều 1 Nghị định 61/2018/NĐ-CP, Nghị định quy định việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính cho tổ chức, cá nhân. Các nội dung còn lại do Nghị định 45/2020/NĐ-CP, Nghị định 63/2010/NĐ-CP và Quyết định 45/2016/QĐ-TTg quy định.',
    source: 'Điều 1 Nghị định số 61/2018/NĐ-CP',
  },
  {
    id: 'q002',
    topicId: 'mot-cua',
    text: 'Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính được ban hành ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 23/4/2018' },
      { id: 'b', text: 'Ngày 21/6/2018' },
      { id: 'c', text: 'Ngày 08/5/2018' },
      { id: 'd', text: 'Ngày 23/11/2018' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Nghị định 61/2018/NĐ-CP được ban hành ngày 23/4/2018. Ngày 08/5/2018 là ngày đăng Công báo, ngày 21/6/2018 là ngày có hiệu lực.',
    source: 'Nghị định số 61/2018/NĐ-CP, phần thuộc tính văn bản (ngày ban hành)',
  },
  {
    id: 'q003',
    topicId: 'mot-cua',
    text: 'Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính có hiệu lực thi hành từ ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 23/4/2018' },
      { id: 'b', text: 'Ngày 08/5/2018' },
      { id: 'c', text: 'Ngày 06/01/2019' },
      { id: 'd', text: 'Ngày 21/6/2018' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Nghị định 61/2018/NĐ-CP ban hành ngày 23/4/2018 và có hiệu lực thi hành từ ngày 21/6/2018. Ngày 06/01/2019 là ngày Thông tư 01/2018/TT-VPCP hướng dẫn Nghị định này có hiệu lực.',
    source: 'Nghị định số 61/2018/NĐ-CP, phần thuộc tính văn bản (ngày hiệu lực)',
  },
  {
    id: 'q004',
    topicId: 'mot-cua',
    text: 'Ai là người ký ban hành Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thủ tướng Chính phủ Nguyễn Tấn Dũng' },
      { id: 'b', text: 'Thủ tướng Chính phủ Nguyễn Xuân Phúc' },
      { id: 'c', text: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Nghị định 61/2018/NĐ-CP do Thủ tướng Chính phủ Nguyễn Xuân Phúc ký ban hành.',
    source: 'Nghị định số 61/2018/NĐ-CP, phần thuộc tính văn bản (người ký)',
  },
  {
    id: 'q005',
    topicId: 'mot-cua',
    text: 'Theo Điều 3 Nghị định số 61/2018/NĐ-CP, “cơ chế một cửa” là phương thức tiếp nhận hồ sơ, giải quyết và trả kết quả giải quyết thủ tục hành chính, theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính cho tổ chức, cá nhân của chủ thể nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Nhiều cơ quan có thẩm quyền cùng phối hợp' },
      { id: 'b', text: 'Doanh nghiệp cung ứng dịch vụ bưu chính công ích' },
      { id: 'c', text: 'Ủy ban nhân dân cấp xã nơi người nộp hồ sơ cư trú' },
      { id: 'd', text: 'Một cơ quan có thẩm quyền' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Điều 3 Nghị định 61/2018/NĐ-CP, cơ chế một cửa là phương thức tiếp nhận hồ sơ, giải quyết và trả kết quả giải quyết thủ tục hành chính, theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính của một cơ quan có thẩm quyền. Khi nhiều cơ quan phối hợp thì đó là cơ chế một cửa liên thông.',
    source: 'Điều 3 Nghị định số 61/2018/NĐ-CP',
  },
  {
    id: 'q006',
    topicId: 'mot-cua',
    text: 'Ông A cần giải quyết một nhóm thủ tục hành chính có liên quan với nhau, thuộc thẩm quyền của nhiều cơ quan. Ông chỉ nộp hồ sơ và nhận kết quả ở một nơi, các cơ quan có thẩm quyền tự phối hợp để giải quyết. Theo Điều 3 Nghị định số 61/2018/NĐ-CP, đây là cơ chế nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Cơ chế một cửa' },
      { id: 'b', text: 'Cơ chế một cửa liên thông' },
      { id: 'c', text: 'Cơ chế một cửa quốc gia' },
      { id: 'd', text: 'Dịch vụ bưu chính công ích' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 3 Nghị định 61/2018/NĐ-CP, cơ chế một cửa liên thông là phương thức phối hợp giữa các cơ quan có thẩm quyền trong tiếp nhận hồ sơ, giải quyết và trả kết quả một thủ tục hành chính hoặc một nhóm thủ tục hành chính có liên quan với nhau. Cơ chế một cửa là việc của một cơ quan; cơ chế một cửa quốc gia theo Luật Hải quan không thuộc phạm vi Nghị định này.',
    source: 'Điều 3 Nghị định số 61/2018/NĐ-CP',
  },
  {
    id: 'q007',
    topicId: 'mot-cua',
    text: 'Theo Điều 3 Nghị định số 61/2018/NĐ-CP, cơ chế một cửa bao gồm những hoạt động nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Tiếp nhận hồ sơ thủ tục hành chính' },
      { id: 'b', text: 'Giải quyết và trả kết quả giải quyết thủ tục hành chính' },
      { id: 'c', text: 'Ban hành mới thủ tục hành chính' },
      { id: 'd', text: 'Theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính' },
    ],
    correctOptionIds: ['a', 'b', 'd'],
    explanation:
      'Theo Điều 3 Nghị định 61/2018/NĐ-CP, cơ chế một cửa là phương thức tiếp nhận hồ sơ, giải quyết và trả kết quả giải quyết thủ tục hành chính, cùng với việc theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính. Việc ban hành thủ tục hành chính không thuộc cơ chế này.',
    source: 'Điều 3 Nghị định số 61/2018/NĐ-CP',
  },
  {
    id: 'q008',
    topicId: 'mot-cua',
    text: 'Nghị định số 61/2018/NĐ-CP không điều chỉnh nội dung nào sau đây?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Cơ chế một cửa tại Ủy ban nhân dân cấp huyện' },
      { id: 'b', text: 'Cơ chế một cửa quốc gia theo quy định của Luật Hải quan' },
      { id: 'c', text: 'Cơ chế một cửa liên thông giữa các cơ quan có thẩm quyền' },
      { id: 'd', text: 'Việc theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 1 Nghị định 61/2018/NĐ-CP, Nghị định không điều chỉnh việc thực hiện cơ chế một cửa quốc gia theo quy định của Luật Hải quan.',
    source: 'Điều 1 Nghị định số 61/2018/NĐ-CP',
  },
  {
    id: 'q009',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, Trung tâm Phục vụ hành chính công cấp tỉnh là đơn vị hành chính đặc thù thuộc cơ quan nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Văn phòng Ủy ban nhân dân tỉnh' },
      { id: 'b', text: 'Sở Thông tin và Truyền thông' },
      { id: 'c', text: 'Sở Nội vụ' },
      { id: 'd', text: 'Thanh tra tỉnh' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, Trung tâm Phục vụ hành chính công được thành lập ở cấp tỉnh, là đơn vị hành chính đặc thù thuộc Văn phòng Ủy ban nhân dân tỉnh.',
    source: 'Nghị định số 61/2018/NĐ-CP (quy định về Trung tâm Phục vụ hành chính công cấp tỉnh)',
  },
  {
    id: 'q010',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, ở cấp tỉnh, đơn vị nào có chức năng hướng dẫn, tiếp nhận, giải quyết hoặc chuyển hồ sơ giải quyết và trả kết quả giải quyết thủ tục hành chính cho tổ chức, cá nhân?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Sở Tư pháp' },
      { id: 'b', text: 'Trung tâm Phục vụ hành chính công' },
      { id: 'c', text: 'Bưu điện tỉnh' },
      { id: 'd', text: 'Sở Kế hoạch và Đầu tư' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, Trung tâm Phục vụ hành chính công cấp tỉnh có chức năng hướng dẫn, tiếp nhận, giải quyết hoặc chuyển hồ sơ, trả kết quả, và theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính. Bưu điện chỉ chuyển phát hồ sơ, kết quả khi người dân chọn dịch vụ bưu chính công ích.',
    source: 'Nghị định số 61/2018/NĐ-CP (quy định về Trung tâm Phục vụ hành chính công cấp tỉnh)',
  },
  {
    id: 'q011',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, cán bộ, công chức, viên chức làm nhiệm vụ tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính ở cấp bộ, cấp tỉnh, cấp huyện phải có thâm niên công tác tối thiểu bao nhiêu năm?',
    kind: 'single',
    options: [
      { id: 'a', text: '01 năm' },
      { id: 'b', text: '02 năm' },
      { id: 'c', text: '05 năm' },
      { id: 'd', text: '03 năm' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, cán bộ, công chức, viên chức làm nhiệm vụ tiếp nhận hồ sơ, trả kết quả ở cấp bộ, cấp tỉnh, cấp huyện phải có thâm niên công tác tối thiểu 03 năm.',
    source: 'Nghị định số 61/2018/NĐ-CP (tiêu chuẩn cán bộ, công chức, viên chức làm nhiệm vụ tiếp nhận hồ sơ, trả kết quả)',
  },
  {
    id: 'q012',
    topicId: 'mot-cua',
    text: 'Ngoài thâm niên công tác, theo Nghị định số 61/2018/NĐ-CP, cán bộ, công chức, viên chức làm nhiệm vụ tiếp nhận hồ sơ, trả kết quả ở cấp bộ, cấp tỉnh, cấp huyện còn phải đáp ứng những tiêu chuẩn nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Đã được bổ nhiệm vào ngạch chuyên viên hoặc tương đương trở lên' },
      { id: 'b', text: 'Có trình độ thạc sĩ trở lên' },
      { id: 'c', text: 'Được đánh giá hoàn thành tốt nhiệm vụ' },
    ],
    correctOptionIds: ['a', 'c'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, ngoài thâm niên công tác tối thiểu 03 năm, người làm nhiệm vụ này ở cấp bộ, cấp tỉnh, cấp huyện phải giữ ngạch chuyên viên hoặc tương đương trở lên và được đánh giá hoàn thành tốt nhiệm vụ. Nghị định không yêu cầu trình độ thạc sĩ.',
    source: 'Nghị định số 61/2018/NĐ-CP (tiêu chuẩn cán bộ, công chức, viên chức làm nhiệm vụ tiếp nhận hồ sơ, trả kết quả)',
  },
  {
    id: 'q014',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, đối với hồ sơ quá hạn giải quyết, chậm nhất bao lâu trước ngày hết hạn, cơ quan có thẩm quyền phải thông báo bằng văn bản cho bộ phận đã tiếp nhận hồ sơ?',
    kind: 'single',
    options: [
      { id: 'a', text: '03 ngày' },
      { id: 'b', text: '01 ngày' },
      { id: 'c', text: '05 ngày làm việc' },
      { id: 'd', text: '02 ngày' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, đối với hồ sơ quá hạn giải quyết, chậm nhất 01 ngày trước ngày hết hạn, cơ quan có thẩm quyền phải thông báo bằng văn bản cho bộ phận đã tiếp nhận hồ sơ.',
    source: 'Nghị định số 61/2018/NĐ-CP (quy định về hồ sơ quá hạn giải quyết)',
  },
  {
    id: 'q015',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, khi hồ sơ giải quyết thủ tục hành chính bị quá hạn, cơ quan có thẩm quyền phải gửi cho tổ chức, cá nhân văn bản gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ' },
      { id: 'b', text: 'Thông báo yêu cầu tổ chức, cá nhân nộp lại hồ sơ mới' },
      { id: 'c', text: 'Văn bản xin lỗi, ghi rõ lý do quá hạn và thời gian đề nghị gia hạn trả kết quả' },
      { id: 'd', text: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, đối với hồ sơ quá hạn, cơ quan có thẩm quyền phải gửi văn bản xin lỗi tổ chức, cá nhân, trong đó ghi rõ lý do quá hạn và thời gian đề nghị gia hạn trả kết quả. Người dân không phải nộp lại hồ sơ.',
    source: 'Nghị định số 61/2018/NĐ-CP (quy định về hồ sơ quá hạn giải quyết)',
  },
  {
    id: 'q016',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, việc hẹn lại ngày trả kết quả đối với hồ sơ quá hạn giải quyết được thực hiện không quá mấy lần?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Hai lần' },
      { id: 'b', text: 'Một lần' },
      { id: 'c', text: 'Ba lần' },
      { id: 'd', text: 'Không giới hạn số lần, tùy từng hồ sơ' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Theo Nghị định 61/2018/NĐ-CP, việc hẹn lại ngày trả kết quả đối với hồ sơ quá hạn chỉ được thực hiện không quá một lần.',
    source: 'Nghị định số 61/2018/NĐ-CP (quy định về hồ sơ quá hạn giải quyết)',
  },
  {
    id: 'q017',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, cán bộ, công chức, viên chức làm nhiệm vụ tiếp nhận hồ sơ, giải quyết thủ tục hành chính bị nghiêm cấm những hành vi nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Cản trở tổ chức, cá nhân lựa chọn hình thức nộp hồ sơ, nhận kết quả giải quyết thủ tục hành chính' },
      { id: 'b', text: 'Hướng dẫn tổ chức, cá nhân hoàn thiện hồ sơ theo đúng quy định' },
      { id: 'c', text: 'Tự ý yêu cầu bổ sung hồ sơ, giấy tờ ngoài quy định' },
      { id: 'd', text: 'Đùn đẩy trách nhiệm, thiếu công bằng, không khách quan khi giải quyết thủ tục hành chính' },
    ],
    correctOptionIds: ['a', 'c', 'd'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, nghiêm cấm cản trở tổ chức, cá nhân lựa chọn hình thức nộp hồ sơ, nhận kết quả; tự ý yêu cầu bổ sung hồ sơ, giấy tờ ngoài quy định; đùn đẩy trách nhiệm, thiếu công bằng, không khách quan. Hướng dẫn người dân hoàn thiện hồ sơ là việc phải làm, không phải hành vi bị cấm.',
    source: 'Nghị định số 61/2018/NĐ-CP (các hành vi bị nghiêm cấm)',
  },
  {
    id: 'q018',
    topicId: 'mot-cua',
    text: 'Cơ quan nào ban hành Thông tư số 01/2018/TT-VPCP hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Bộ Nội vụ' },
      { id: 'b', text: 'Bộ Thông tin và Truyền thông' },
      { id: 'c', text: 'Bộ Tư pháp' },
      { id: 'd', text: 'Văn phòng Chính phủ' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Thông tư 01/2018/TT-VPCP do Văn phòng Chính phủ ban hành ngày 23/11/2018 để hướng dẫn thi hành một số quy định của Nghị định 61/2018/NĐ-CP.',
    source: 'Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ',
  },
  {
    id: 'q019',
    topicId: 'mot-cua',
    text: 'Thông tư số 01/2018/TT-VPCP hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP có hiệu lực thi hành từ ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 23/11/2018' },
      { id: 'b', text: 'Ngày 01/01/2019' },
      { id: 'c', text: 'Ngày 06/01/2019' },
      { id: 'd', text: 'Ngày 21/6/2018' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Thông tư 01/2018/TT-VPCP ban hành ngày 23/11/2018 và có hiệu lực thi hành từ ngày 06/01/2019.',
    source: 'Thông tư số 01/2018/TT-VPCP, phần thuộc tính văn bản (ngày hiệu lực)',
  },
  {
    id: 'q020',
    topicId: 'mot-cua',
    text: 'Thông tư số 01/2018/TT-VPCP ban hành kèm theo bao nhiêu biểu mẫu sử dụng trong giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông?',
    kind: 'single',
    options: [
      { id: 'a', text: '04 biểu mẫu' },
      { id: 'b', text: '05 biểu mẫu' },
      { id: 'c', text: '06 biểu mẫu' },
      { id: 'd', text: '08 biểu mẫu' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Thông tư 01/2018/TT-VPCP ban hành 06 biểu mẫu, từ Mẫu số 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) đến Mẫu số 06 (Sổ theo dõi hồ sơ).',
    source: 'Phụ lục biểu mẫu ban hành kèm theo Thông tư số 01/2018/TT-VPCP',
  },
  {
    id: 'q023',
    topicId: 'mot-cua',
    text: 'Những biểu mẫu nào sau đây được ban hành kèm theo Thông tư số 01/2018/TT-VPCP? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Phiếu kiểm soát quá trình giải quyết hồ sơ' },
      { id: 'b', text: 'Phiếu thu phí, lệ phí giải quyết thủ tục hành chính' },
      { id: 'c', text: 'Sổ theo dõi hồ sơ' },
      { id: 'd', text: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' },
    ],
    correctOptionIds: ['a', 'c', 'd'],
    explanation:
      'Thông tư 01/2018/TT-VPCP ban hành 06 biểu mẫu: Giấy tiếp nhận hồ sơ và hẹn trả kết quả; Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; Phiếu từ chối tiếp nhận giải quyết hồ sơ; Phiếu xin lỗi và hẹn lại ngày trả kết quả; Phiếu kiểm soát quá trình giải quyết hồ sơ; Sổ theo dõi hồ sơ. Không có phiếu thu phí, lệ phí.',
    source: 'Phụ lục biểu mẫu ban hành kèm theo Thông tư số 01/2018/TT-VPCP',
  },
  {
    id: 'q027',
    topicId: 'mot-cua',
    text: 'Theo Điều 19 Thông tư số 01/2018/TT-VPCP, phần đầu của mã số hồ sơ thủ tục hành chính là mã đơn vị được xác định theo văn bản nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thông tư số 10/2016/TT-BTTTT' },
      { id: 'b', text: 'Thông tư số 32/2017/TT-BTTTT' },
      { id: 'c', text: 'Nghị định số 43/2011/NĐ-CP' },
      { id: 'd', text: 'Quyết định số 45/2016/QĐ-TTg' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo Điều 19 Thông tư 01/2018/TT-VPCP, mã số hồ sơ có cấu trúc V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX; phần đầu là mã đơn vị được xác định theo Thông tư 10/2016/TT-BTTTT.',
    source: 'Điều 19 Thông tư số 01/2018/TT-VPCP',
  },
  {
    id: 'q029',
    topicId: 'mot-cua',
    text: 'Trung tâm Hành chính công tỉnh Bắc Giang chính thức khai trương, đi vào hoạt động vào ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 21/6/2018' },
      { id: 'b', text: 'Ngày 01/9/2016' },
      { id: 'c', text: 'Ngày 09/12/2019' },
      { id: 'd', text: 'Ngày 16/12/2016' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Trung tâm Hành chính công tỉnh Bắc Giang khai trương, đi vào hoạt động ngày 01/9/2016.',
    source: 'Tin bài của bnews.vn về việc Trung tâm Hành chính công tỉnh Bắc Giang đi vào hoạt động (2016)',
  },
  {
    id: 'q030',
    topicId: 'mot-cua',
    text: 'Khi khai trương năm 2016, khu tiếp nhận và trả kết quả của Trung tâm Hành chính công tỉnh Bắc Giang được bố trí như thế nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Tại tầng 1, gồm 32 quầy' },
      { id: 'b', text: 'Tại tầng 1, gồm 13 quầy' },
      { id: 'c', text: 'Tại tầng 1, gồm 23 quầy' },
      { id: 'd', text: 'Tại tầng 2, gồm 23 quầy' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Khi khai trương ngày 01/9/2016, Trung tâm gồm 2 tầng, trong đó tầng 2 là khu tiếp nhận và trả kết quả với 23 quầy.',
    source: 'Tin bài của bnews.vn về việc Trung tâm Hành chính công tỉnh Bắc Giang đi vào hoạt động (2016)',
  },
  {
    id: 'q031',
    topicId: 'mot-cua',
    text: 'Khi khai trương năm 2016, Trung tâm Hành chính công tỉnh Bắc Giang có tổng diện tích khoảng bao nhiêu?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Khoảng 300 m²' },
      { id: 'b', text: 'Khoảng 3.100 m²' },
      { id: 'c', text: 'Khoảng 1.300 m²' },
      { id: 'd', text: 'Khoảng 13.000 m²' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Khi khai trương, Trung tâm Hành chính công tỉnh Bắc Giang rộng 1.300 m², gồm 2 tầng.',
    source: 'Tin bài của bnews.vn về việc Trung tâm Hành chính công tỉnh Bắc Giang đi vào hoạt động (2016)',
  },

  // ------------------------------------------------------------------ TTHC trên môi trường điện tử (NĐ 45/2020)
  {
    id: 'q032',
    topicId: 'tthc-dien-tu',
    text: 'Nghị định số 45/2020/NĐ-CP của Chính phủ quy định về nội dung nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử của cơ quan nhà nước' },
      { id: 'b', text: 'Kiểm soát thủ tục hành chính' },
      { id: 'c', text: 'Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính' },
      { id: 'd', text: 'Thực hiện thủ tục hành chính trên môi trường điện tử' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Nghị định 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ quy định về thực hiện thủ tục hành chính trên môi trường điện tử. Việc cung cấp thông tin và dịch vụ công trực tuyến do Nghị định 43/2011/NĐ-CP quy định.',
    source: 'Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 (tên văn bản)',
  },
  {
    id: 'q033',
    topicId: 'tthc-dien-tu',
    text: 'Nghị định số 45/2020/NĐ-CP về thực hiện thủ tục hành chính trên môi trường điện tử được ban hành ngày nào và có hiệu lực thi hành từ ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ban hành ngày 08/4/2020, có hiệu lực từ ngày 22/5/2020' },
      { id: 'b', text: 'Ban hành ngày 22/5/2020, có hiệu lực từ ngày 01/7/2020' },
      { id: 'c', text: 'Ban hành ngày 08/4/2020, có hiệu lực từ ngày 01/01/2021' },
      { id: 'd', text: 'Ban hành ngày 23/4/2018, có hiệu lực từ ngày 21/6/2018' },
    ],
    correctOptionIds: ['a'],
    explanation: 'Nghị định 45/2020/NĐ-CP được ban hành ngày 08/4/2020 và có hiệu lực thi hành từ ngày 22/5/2020.',
    source: 'Nghị định số 45/2020/NĐ-CP, phần thuộc tính văn bản (ngày ban hành, ngày hiệu lực)',
  },
  {
    id: 'q034',
    topicId: 'tthc-dien-tu',
    text: 'Ai là người ký ban hành Nghị định số 45/2020/NĐ-CP về thực hiện thủ tục hành chính trên môi trường điện tử?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng' },
      { id: 'b', text: 'Thủ tướng Chính phủ Nguyễn Tấn Dũng' },
      { id: 'c', text: 'Thủ tướng Chính phủ Nguyễn Xuân Phúc' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Nghị định 45/2020/NĐ-CP do Thủ tướng Chính phủ Nguyễn Xuân Phúc ký ban hành.',
    source: 'Nghị định số 45/2020/NĐ-CP, phần thuộc tính văn bản (người ký)',
  },
  {
    id: 'q035',
    topicId: 'tthc-dien-tu',
    text: 'Theo khoản 2 Điều 1 Nghị định số 45/2020/NĐ-CP, Nghị định không điều chỉnh việc thực hiện những thủ tục hành chính nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Thủ tục hành chính theo cơ chế một cửa quốc gia' },
      { id: 'b', text: 'Thủ tục hành chính theo cơ chế một cửa ASEAN' },
      { id: 'c', text: 'Thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp tỉnh' },
      { id: 'd', text: 'Kiểm tra chuyên ngành đối với hàng hóa xuất khẩu, nhập khẩu' },
    ],
    correctOptionIds: ['a', 'b', 'd'],
    explanation:
      'Theo khoản 2 Điều 1 Nghị định 45/2020/NĐ-CP, Nghị định không điều chỉnh thủ tục hành chính theo cơ chế một cửa quốc gia, một cửa ASEAN và việc kiểm tra chuyên ngành đối với hàng hóa xuất khẩu, nhập khẩu. Thủ tục thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh vẫn thuộc phạm vi Nghị định.',
    source: 'Khoản 2 Điều 1 Nghị định số 45/2020/NĐ-CP',
  },
  {
    id: 'q037',
    topicId: 'tthc-dien-tu',
    text: 'Theo Điều 2 Nghị định số 45/2020/NĐ-CP, những đơn vị nào được Nghị định khuyến khích áp dụng?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Doanh nghiệp cung ứng dịch vụ bưu chính công ích' },
      { id: 'b', text: 'Đơn vị sự nghiệp công lập và doanh nghiệp nhà nước' },
      { id: 'c', text: 'Cơ quan nhà nước có thẩm quyền giải quyết thủ tục hành chính' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 2 Nghị định 45/2020/NĐ-CP, Nghị định khuyến khích đơn vị sự nghiệp công lập và doanh nghiệp nhà nước áp dụng. Doanh nghiệp cung ứng dịch vụ bưu chính công ích là đối tượng áp dụng của Nghị định (không chỉ được khuyến khích); cơ quan có thẩm quyền giải quyết thủ tục hành chính là nơi thực hiện Nghị định.',
    source: 'Điều 2 Nghị định số 45/2020/NĐ-CP',
  },
  {
    id: 'q047',
    topicId: 'tthc-dien-tu',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, các bộ, ngành, địa phương phải hoàn thành việc rà soát, nâng cấp các thủ tục hành chính đã cung cấp trên môi trường điện tử trước thời điểm nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Trước ngày 30/6/2020' },
      { id: 'b', text: 'Trước ngày 31/12/2020' },
      { id: 'c', text: 'Trước ngày 22/5/2021' },
      { id: 'd', text: 'Trước ngày 31/12/2025' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Chương V (điều khoản thi hành) Nghị định 45/2020/NĐ-CP, bộ, ngành, địa phương phải rà soát, nâng cấp các thủ tục hành chính đã cung cấp trên môi trường điện tử trước ngày 31/12/2020.',
    source: 'Chương V (Điều khoản thi hành) Nghị định số 45/2020/NĐ-CP',
  },
  {
    id: 'q048',
    topicId: 'tthc-dien-tu',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, cơ quan nào chủ trì hướng dẫn, đôn đốc các bộ, ngành, địa phương rà soát, nâng cấp các thủ tục hành chính đã cung cấp trên môi trường điện tử?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Bộ Nội vụ' },
      { id: 'b', text: 'Bộ Thông tin và Truyền thông' },
      { id: 'c', text: 'Bộ Công an' },
      { id: 'd', text: 'Văn phòng Chính phủ' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Chương V (điều khoản thi hành) Nghị định 45/2020/NĐ-CP, Văn phòng Chính phủ chủ trì hướng dẫn, đôn đốc việc rà soát, nâng cấp các thủ tục hành chính đã cung cấp trên môi trường điện tử.',
    source: 'Chương V (Điều khoản thi hành) Nghị định số 45/2020/NĐ-CP',
  },

  // ------------------------------------------------------------------ dịch vụ công trực tuyến (NĐ 43/2011)
  {
    id: 'q049',
    topicId: 'dvc-truc-tuyen',
    text: 'Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ quy định về nội dung nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Kiểm soát thủ tục hành chính' },
      { id: 'b', text: 'Cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước' },
      { id: 'c', text: 'Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính' },
      { id: 'd', text: 'Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Nghị định 43/2011/NĐ-CP ngày 13/6/2011 quy định việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước.',
    source: 'Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 (tên văn bản)',
  },
  {
    id: 'q114',
    topicId: 'dvc-truc-tuyen',
    text: 'Ai là người ký ban hành Nghị định số 43/2011/NĐ-CP quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thủ tướng Chính phủ Nguyễn Tấn Dũng' },
      { id: 'b', text: 'Thủ tướng Chính phủ Nguyễn Xuân Phúc' },
      { id: 'c', text: 'Bộ trưởng Bộ Thông tin và Truyền thông' },
    ],
    correctOptionIds: ['a'],
    explanation: 'Nghị định 43/2011/NĐ-CP ngày 13/6/2011 do Thủ tướng Chính phủ Nguyễn Tấn Dũng ký ban hành.',
    source: 'Nghị định số 43/2011/NĐ-CP, phần thuộc tính văn bản (người ký)',
  },
  {
    id: 'q050',
    topicId: 'dvc-truc-tuyen',
    text: 'Theo khoản 4 Điều 3 Nghị định số 43/2011/NĐ-CP, “dịch vụ công trực tuyến” là gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Là dịch vụ hành chính công và các dịch vụ khác của cơ quan nhà nước được cung cấp cho các tổ chức, cá nhân trên môi trường mạng' },
      { id: 'b', text: 'Là dịch vụ chuyển phát hồ sơ, kết quả giải quyết thủ tục hành chính qua đường bưu điện' },
      { id: 'c', text: 'Là dịch vụ do doanh nghiệp viễn thông cung cấp cho người dân trên mạng Internet' },
      { id: 'd', text: 'Là dịch vụ tư vấn pháp luật miễn phí qua điện thoại của cơ quan nhà nước' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo khoản 4 Điều 3 Nghị định 43/2011/NĐ-CP, dịch vụ công trực tuyến là dịch vụ hành chính công và các dịch vụ khác của cơ quan nhà nước được cung cấp cho các tổ chức, cá nhân trên môi trường mạng.',
    source: 'Khoản 4 Điều 3 Nghị định số 43/2011/NĐ-CP',
  },
  {
    id: 'q051',
    topicId: 'dvc-truc-tuyen',
    text: 'Theo Nghị định số 43/2011/NĐ-CP, dịch vụ công trực tuyến mức độ 1 là dịch vụ bảo đảm cung cấp những gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Đầy đủ các thông tin về thủ tục hành chính và các văn bản có liên quan quy định về thủ tục hành chính đó' },
      { id: 'b', text: 'Chức năng thanh toán lệ phí trực tuyến' },
      { id: 'c', text: 'Chức năng điền và gửi trực tuyến các mẫu văn bản' },
      { id: 'd', text: 'Chức năng nhận kết quả giải quyết trực tuyến' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo khoản 4 Điều 3 Nghị định 43/2011/NĐ-CP, dịch vụ công trực tuyến mức độ 1 bảo đảm cung cấp đầy đủ các thông tin về thủ tục hành chính và các văn bản có liên quan.',
    source: 'Khoản 4 Điều 3 Nghị định số 43/2011/NĐ-CP',
  },
  {
    id: 'q052',
    topicId: 'dvc-truc-tuyen',
    text: 'Theo Nghị định số 43/2011/NĐ-CP, dịch vụ công trực tuyến mức độ 2 cho phép người sử dụng thực hiện thêm thao tác nào so với mức độ 1?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thanh toán lệ phí trực tuyến' },
      { id: 'b', text: 'Điền và gửi trực tuyến các mẫu văn bản' },
      { id: 'c', text: 'Nhận kết quả giải quyết trực tuyến' },
      { id: 'd', text: 'Tải về các mẫu văn bản và khai báo để hoàn thiện hồ sơ theo yêu cầu' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo khoản 4 Điều 3 Nghị định 43/2011/NĐ-CP, dịch vụ công trực tuyến mức độ 2 bao gồm mức độ 1 và cho phép người sử dụng tải về các mẫu văn bản, khai báo để hoàn thiện hồ sơ theo yêu cầu.',
    source: 'Khoản 4 Điều 3 Nghị định số 43/2011/NĐ-CP',
  },
  {
    id: 'q053',
    topicId: 'dvc-truc-tuyen',
    text: 'Theo Nghị định số 43/2011/NĐ-CP, ở dịch vụ công trực tuyến mức độ 2, hồ sơ sau khi hoàn thiện được gửi đến cơ quan, tổ chức cung cấp dịch vụ bằng cách nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Gửi trực tuyến qua Cổng Dịch vụ công' },
      { id: 'b', text: 'Gửi trực tiếp hoặc qua đường bưu điện' },
      { id: 'c', text: 'Chỉ gửi qua thư điện tử' },
      { id: 'd', text: 'Gửi trực tuyến và nộp lệ phí trực tuyến' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo khoản 4 Điều 3 Nghị định 43/2011/NĐ-CP, ở mức độ 2, hồ sơ sau khi hoàn thiện được gửi trực tiếp hoặc qua đường bưu điện. Gửi hồ sơ trực tuyến là từ mức độ 3; nộp lệ phí trực tuyến là mức độ 4.',
    source: 'Khoản 4 Điều 3 Nghị định số 43/2011/NĐ-CP',
  },
  {
    id: 'q054',
    topicId: 'dvc-truc-tuyen',
    text: 'Theo Nghị định số 43/2011/NĐ-CP, dịch vụ công trực tuyến mức độ 3 cho phép người sử dụng thực hiện thêm thao tác nào so với mức độ 2?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Tải về các mẫu văn bản' },
      { id: 'b', text: 'Thanh toán lệ phí trực tuyến' },
      { id: 'c', text: 'Điền và gửi trực tuyến các mẫu văn bản đến cơ quan, tổ chức cung cấp dịch vụ; các giao dịch trong quá trình xử lý hồ sơ được thực hiện trên môi trường mạng' },
      { id: 'd', text: 'Xem thông tin về thủ tục hành chính' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo Nghị định 43/2011/NĐ-CP, dịch vụ công trực tuyến mức độ 3 bao gồm mức độ 2 và cho phép người sử dụng điền và gửi trực tuyến các mẫu văn bản; các giao dịch xử lý hồ sơ được thực hiện trên môi trường mạng.',
    source: 'Khoản 4 Điều 3 Nghị định số 43/2011/NĐ-CP',
  },
  {
    id: 'q058',
    topicId: 'dvc-truc-tuyen',
    text: 'Theo khoản 2 Điều 3 Nghị định số 43/2011/NĐ-CP, “cổng thông tin điện tử” được hiểu là gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Trang tin của một cơ quan báo chí được cấp phép hoạt động' },
      { id: 'b', text: 'Điểm truy cập duy nhất của cơ quan trên môi trường mạng, liên kết, tích hợp các kênh thông tin, các dịch vụ và các ứng dụng' },
      { id: 'c', text: 'Địa chỉ thư điện tử chính thức của cơ quan nhà nước' },
      { id: 'd', text: 'Hệ thống tổng đài điện thoại hỗ trợ người dân' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo khoản 2 Điều 3 Nghị định 43/2011/NĐ-CP, cổng thông tin điện tử là điểm truy cập duy nhất của cơ quan trên môi trường mạng, liên kết, tích hợp các kênh thông tin, các dịch vụ và các ứng dụng.',
    source: 'Khoản 2 Điều 3 Nghị định số 43/2011/NĐ-CP',
  },
  {
    id: 'q059',
    topicId: 'dvc-truc-tuyen',
    text: 'Thông tư số 32/2017/TT-BTTTT (có hiệu lực từ ngày 01/6/2018) quy định yêu cầu cụ thể cho từng mức độ dịch vụ công trực tuyến; Thông tư này thay thế văn bản nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thông tư số 26/2009/TT-BTTTT' },
      { id: 'b', text: 'Thông tư số 01/2018/TT-VPCP' },
      { id: 'c', text: 'Thông tư số 10/2016/TT-BTTTT' },
      { id: 'd', text: 'Nghị định số 43/2011/NĐ-CP' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Thông tư 32/2017/TT-BTTTT có hiệu lực từ ngày 01/6/2018, thay thế Thông tư 26/2009/TT-BTTTT và quy định yêu cầu cụ thể cho từng mức độ dịch vụ công trực tuyến.',
    source: 'Thông tư số 32/2017/TT-BTTTT (điều khoản thi hành)',
  },

  // ------------------------------------------------------------------ Cổng Dịch vụ công quốc gia (QĐ 274/QĐ-TTg)
  {
    id: 'q060',
    topicId: 'cong-dvc',
    text: 'Quyết định số 274/QĐ-TTg ngày 12/3/2019 của Thủ tướng Chính phủ phê duyệt nội dung gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020' },
      { id: 'b', text: 'Quy định về tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích' },
      { id: 'c', text: 'Đề án Cổng Dịch vụ công quốc gia' },
      { id: 'd', text: 'Kế hoạch tổ chức cuộc thi trực tuyến về cải cách thủ tục hành chính' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Quyết định 274/QĐ-TTg ngày 12/3/2019 của Thủ tướng Chính phủ phê duyệt Đề án Cổng Dịch vụ công quốc gia.',
    source: 'Điều 1 Quyết định số 274/QĐ-TTg ngày 12/3/2019',
  },
  {
    id: 'q061',
    topicId: 'cong-dvc',
    text: 'Theo Quyết định số 274/QĐ-TTg, quan điểm xây dựng Cổng Dịch vụ công quốc gia bao gồm những nội dung nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Lấy người dân, doanh nghiệp làm trung tâm' },
      { id: 'b', text: 'Mỗi bộ, ngành, địa phương xây dựng một Cổng Dịch vụ công quốc gia riêng' },
      { id: 'c', text: 'Cổng Dịch vụ công quốc gia được thiết lập tại một địa chỉ duy nhất' },
    ],
    correctOptionIds: ['a', 'c'],
    explanation:
      'Theo mục I Điều 1 Quyết định 274/QĐ-TTg, Đề án lấy người dân, doanh nghiệp làm trung tâm, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng và thiết lập Cổng tại một địa chỉ duy nhất, không phải mỗi nơi một Cổng.',
    source: 'Mục I Điều 1 Quyết định số 274/QĐ-TTg',
  },
  {
    id: 'q063',
    topicId: 'cong-dvc',
    text: 'Cổng Dịch vụ công quốc gia chính thức khai trương vào ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 12/3/2019' },
      { id: 'b', text: 'Ngày 09/12/2019' },
      { id: 'c', text: 'Ngày 01/9/2016' },
      { id: 'd', text: 'Ngày 22/5/2020' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Cổng Dịch vụ công quốc gia chính thức khai trương ngày 09/12/2019. Ngày 12/3/2019 là ngày Thủ tướng phê duyệt Đề án Cổng.',
    source: 'Tin của VietnamPlus ngày 09/12/2019 về Lễ khai trương Cổng Dịch vụ công quốc gia',
  },
  {
    id: 'q065',
    topicId: 'cong-dvc',
    text: 'Theo thông tin công bố tại Lễ khai trương, Cổng Dịch vụ công quốc gia được xây dựng trong khoảng thời gian bao lâu?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Khoảng 3 tháng' },
      { id: 'b', text: 'Khoảng 18 tháng' },
      { id: 'c', text: 'Khoảng 24 tháng' },
      { id: 'd', text: 'Khoảng 9 tháng' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Cổng Dịch vụ công quốc gia được khai trương sau khoảng 9 tháng xây dựng.',
    source: 'Tin của VietnamPlus ngày 09/12/2019 về Lễ khai trương Cổng Dịch vụ công quốc gia',
  },
  {
    id: 'q066',
    topicId: 'cong-dvc',
    text: 'Ai chủ trì Lễ khai trương Cổng Dịch vụ công quốc gia?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thủ tướng Chính phủ Nguyễn Xuân Phúc' },
      { id: 'b', text: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng' },
      { id: 'c', text: 'Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng' },
    ],
    correctOptionIds: ['a'],
    explanation: 'Thủ tướng Chính phủ Nguyễn Xuân Phúc chủ trì Lễ khai trương Cổng Dịch vụ công quốc gia.',
    source: 'Tin của VietnamPlus ngày 09/12/2019 về Lễ khai trương Cổng Dịch vụ công quốc gia',
  },

  // ------------------------------------------------------------------ hướng dẫn sử dụng dịch vụ công trực tuyến
  // Tài khoản và đăng nhập
  {
    id: 'q038',
    topicId: 'su-dung-dvc',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, để thực hiện thủ tục hành chính trên môi trường điện tử, người dân có thể đăng ký tài khoản ở đâu?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chỉ tại Cổng Dịch vụ công quốc gia' },
      { id: 'b', text: 'Chỉ tại Cổng Dịch vụ công của tỉnh nơi thường trú' },
      { id: 'c', text: 'Tại nơi tiếp nhận hồ sơ của Ủy ban nhân dân cấp xã' },
      { id: 'd', text: 'Tại Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công cấp bộ, cấp tỉnh' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Nghị định 45/2020/NĐ-CP, tài khoản thực hiện thủ tục hành chính trên môi trường điện tử có thể được đăng ký tại Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công cấp bộ, cấp tỉnh, ví dụ Cổng Dịch vụ công tỉnh Bắc Giang.',
    source: 'Nghị định số 45/2020/NĐ-CP (quy định về tài khoản thực hiện thủ tục hành chính trên môi trường điện tử)',
  },
  {
    id: 'q069',
    topicId: 'su-dung-dvc',
    text: 'Theo thông tin Văn phòng Chính phủ công bố khi khai trương Cổng Dịch vụ công quốc gia, người dân cần bao nhiêu tài khoản để đăng nhập và sử dụng các dịch vụ trên Cổng?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Mỗi dịch vụ công một tài khoản riêng' },
      { id: 'b', text: 'Mỗi tỉnh, thành phố một tài khoản riêng' },
      { id: 'c', text: 'Một tài khoản duy nhất' },
      { id: 'd', text: 'Mỗi bộ, ngành một tài khoản riêng' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Người dân chỉ cần một tài khoản duy nhất để đăng nhập Cổng Dịch vụ công quốc gia.',
    source: 'Tin của Báo Tin tức ngày 07/12/2019, dẫn lời Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng',
  },
  {
    id: 'q039',
    topicId: 'su-dung-dvc',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, ngoài tài khoản đăng ký trên Cổng Dịch vụ công, người dân còn có thể dùng danh tính điện tử kết nối với hệ thống nào để thực hiện thủ tục hành chính trên mạng?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Nền tảng trao đổi định danh điện tử trên Cổng Dịch vụ công quốc gia' },
      { id: 'b', text: 'Hệ thống thư điện tử công vụ của tỉnh' },
      { id: 'c', text: 'Cơ sở dữ liệu quốc gia về thủ tục hành chính' },
      { id: 'd', text: 'Hệ thống quản lý văn bản và điều hành của cơ quan nhà nước' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo Nghị định 45/2020/NĐ-CP, tổ chức, cá nhân có thể dùng danh tính điện tử kết nối với Nền tảng trao đổi định danh điện tử trên Cổng Dịch vụ công quốc gia. Cơ sở dữ liệu quốc gia về thủ tục hành chính chứa thông tin về thủ tục, không dùng để đăng nhập.',
    source: 'Nghị định số 45/2020/NĐ-CP (quy định về tài khoản thực hiện thủ tục hành chính trên môi trường điện tử)',
  },
  {
    id: 'q064',
    topicId: 'su-dung-dvc',
    text: 'Cổng Dịch vụ công quốc gia có địa chỉ truy cập nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'thitructuyen.bacgiang.gov.vn' },
      { id: 'b', text: 'dichvucong.bacgiang.gov.vn' },
      { id: 'c', text: 'dichvucong.gov.vn' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Cổng Dịch vụ công quốc gia khai trương ngày 09/12/2019 tại địa chỉ dichvucong.gov.vn; theo Quyết định 274/QĐ-TTg, Cổng được thiết lập tại một địa chỉ duy nhất. dichvucong.bacgiang.gov.vn là Cổng Dịch vụ công tỉnh Bắc Giang; thitructuyen.bacgiang.gov.vn là trang thi của Cuộc thi.',
    source: 'Tin của VietnamPlus ngày 09/12/2019 về Lễ khai trương Cổng Dịch vụ công quốc gia; mục I Điều 1 Quyết định số 274/QĐ-TTg',
  },
  // Nộp, bổ sung hồ sơ trực tuyến
  {
    id: 'q036',
    topicId: 'su-dung-dvc',
    text: 'Anh D nộp hồ sơ trực tuyến trên Cổng Dịch vụ công, sau đó đến cơ quan nhận kết quả trực tiếp. Theo khoản 2 Điều 3 Nghị định số 45/2020/NĐ-CP, trường hợp này có được coi là thực hiện thủ tục hành chính trên môi trường điện tử không?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Có, vì thực hiện thủ tục hành chính trên môi trường điện tử là tiến hành toàn bộ hoặc một số bước bằng phương tiện điện tử' },
      { id: 'b', text: 'Không, vì phải làm trực tuyến toàn bộ các bước, từ nộp hồ sơ đến nhận kết quả' },
      { id: 'c', text: 'Không, vì chỉ bước nhận kết quả trực tuyến mới được tính' },
      { id: 'd', text: 'Chỉ được coi là như vậy khi đã nộp lệ phí trực tuyến' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo khoản 2 Điều 3 Nghị định 45/2020/NĐ-CP, thực hiện thủ tục hành chính trên môi trường điện tử là việc tiến hành toàn bộ hoặc một số bước thực hiện thủ tục hành chính bằng phương tiện điện tử thông qua các dịch vụ công trực tuyến.',
    source: 'Khoản 2 Điều 3 Nghị định số 45/2020/NĐ-CP',
  },
  {
    id: 'q040',
    topicId: 'su-dung-dvc',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, khi nộp hồ sơ thủ tục hành chính trực tuyến, người dân thực hiện những việc nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Khai thông tin vào biểu mẫu điện tử' },
      { id: 'b', text: 'In tờ khai, ký tay rồi gửi bản giấy đến cơ quan trước khi khai trên mạng' },
      { id: 'c', text: 'Ký số vào hồ sơ nếu thủ tục có yêu cầu' },
      { id: 'd', text: 'Đến nơi tiếp nhận hồ sơ để công chức khai hộ thì hồ sơ mới hợp lệ' },
    ],
    correctOptionIds: ['a', 'c'],
    explanation:
      'Theo Nghị định 45/2020/NĐ-CP, khi nộp hồ sơ điện tử, người dân khai vào biểu mẫu điện tử, tải lên giấy tờ hợp lệ (hoặc dẫn nguồn từ Kho quản lý dữ liệu điện tử) và ký số nếu có yêu cầu. Không phải gửi bản giấy trước, cũng không cần công chức khai hộ.',
    source: 'Nghị định số 45/2020/NĐ-CP (quy định về nộp hồ sơ điện tử)',
  },
  {
    id: 'q115',
    topicId: 'su-dung-dvc',
    text: 'Khi nộp hồ sơ trực tuyến, một giấy tờ đã có sẵn trong Kho quản lý dữ liệu điện tử của mình trên Cổng Dịch vụ công. Theo Nghị định số 45/2020/NĐ-CP, người dân có thể làm gì với giấy tờ đó?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Dẫn nguồn tài liệu từ Kho quản lý dữ liệu điện tử thay cho việc tải lên lại' },
      { id: 'b', text: 'Bắt buộc chụp lại và tải lên bản mới' },
      { id: 'c', text: 'Bắt buộc nộp bản giấy có chứng thực' },
      { id: 'd', text: 'Gửi giấy tờ qua thư điện tử cho công chức tiếp nhận hồ sơ' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo Nghị định 45/2020/NĐ-CP, khi nộp hồ sơ điện tử, người dân tải lên giấy tờ hợp lệ hoặc dẫn nguồn tài liệu từ Kho quản lý dữ liệu điện tử của mình.',
    source: 'Nghị định số 45/2020/NĐ-CP (quy định về nộp hồ sơ điện tử)',
  },
  {
    id: 'q116',
    topicId: 'su-dung-dvc',
    text: 'Theo Điều 12 Nghị định số 45/2020/NĐ-CP, khi hồ sơ đã nộp trực tuyến cần sửa đổi, bổ sung, người dân làm ở đâu và lịch sử sửa đổi được xử lý thế nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Mang bản giấy đến nơi tiếp nhận hồ sơ; hồ sơ điện tử bị xóa' },
      { id: 'b', text: 'Sửa đổi, bổ sung trên Cổng Dịch vụ công; lịch sử sửa đổi được lưu lại' },
      { id: 'c', text: 'Nộp lại một hồ sơ mới trên Cổng Dịch vụ công; hồ sơ cũ bị xóa' },
      { id: 'd', text: 'Gửi phần bổ sung qua thư điện tử cho công chức; không lưu lịch sử' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 12 Nghị định 45/2020/NĐ-CP, hồ sơ điện tử được sửa đổi, bổ sung trên Cổng Dịch vụ công và lịch sử sửa đổi được lưu lại.',
    source: 'Điều 12 Nghị định số 45/2020/NĐ-CP',
  },
  {
    id: 'q041',
    topicId: 'su-dung-dvc',
    text: 'Ông L được yêu cầu bổ sung hồ sơ đã nộp trực tuyến. Theo Điều 12 Nghị định số 45/2020/NĐ-CP, sau khi ông bổ sung trên Cổng Dịch vụ công, mã hồ sơ thay đổi thế nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Được cấp một mã hồ sơ mới' },
      { id: 'b', text: 'Hồ sơ bị hủy, phải nộp lại để nhận mã mới' },
      { id: 'c', text: 'Không thay đổi, vẫn giữ mã hồ sơ cũ' },
      { id: 'd', text: 'Mã hồ sơ được thêm số lần bổ sung ở cuối' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo Điều 12 Nghị định 45/2020/NĐ-CP, việc sửa đổi, bổ sung hồ sơ điện tử không làm thay đổi mã hồ sơ; người dân vẫn tra cứu hồ sơ bằng mã cũ.',
    source: 'Điều 12 Nghị định số 45/2020/NĐ-CP',
  },
  // Mức độ dịch vụ, lệ phí và nhận kết quả
  {
    id: 'q071',
    topicId: 'su-dung-dvc',
    text: 'Chị E muốn nộp hồ sơ và nộp lệ phí ngay trên mạng, không phải đến cơ quan nhà nước. Theo Nghị định số 43/2011/NĐ-CP, chị cần dùng dịch vụ công trực tuyến mức độ mấy?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Mức độ 1' },
      { id: 'b', text: 'Mức độ 2' },
      { id: 'c', text: 'Mức độ 3' },
      { id: 'd', text: 'Mức độ 4' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Nghị định 43/2011/NĐ-CP, dịch vụ công trực tuyến mức độ 4 bao gồm mức độ 3 và cho phép thanh toán lệ phí (nếu có) trực tuyến; kết quả có thể trả trực tuyến hoặc gửi qua bưu điện. Ở mức độ 3, lệ phí vẫn nộp trực tiếp.',
    source: 'Khoản 4 Điều 3 Nghị định số 43/2011/NĐ-CP',
  },
  {
    id: 'q072',
    topicId: 'su-dung-dvc',
    text: 'Anh G nộp hồ sơ qua dịch vụ công trực tuyến mức độ 3. Theo Nghị định số 43/2011/NĐ-CP, anh nộp lệ phí (nếu có) và nhận kết quả bằng cách nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thanh toán lệ phí trực tuyến và nhận kết quả trực tuyến' },
      { id: 'b', text: 'Nộp lệ phí trực tuyến, nhận kết quả trực tiếp' },
      { id: 'c', text: 'Nộp lệ phí và nhận kết quả trực tiếp tại cơ quan, tổ chức cung cấp dịch vụ' },
      { id: 'd', text: 'Được miễn lệ phí vì đã nộp hồ sơ trực tuyến' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo Nghị định 43/2011/NĐ-CP, ở mức độ 3, hồ sơ được điền và gửi trực tuyến, nhưng việc nộp lệ phí (nếu có) và nhận kết quả thực hiện trực tiếp tại cơ quan, tổ chức cung cấp dịch vụ. Thanh toán trực tuyến là mức độ 4.',
    source: 'Khoản 4 Điều 3 Nghị định số 43/2011/NĐ-CP',
  },
  {
    id: 'q055',
    topicId: 'su-dung-dvc',
    text: 'Theo Nghị định số 43/2011/NĐ-CP, khi dùng dịch vụ công trực tuyến mức độ 4, người dân có thể nhận kết quả giải quyết thủ tục hành chính bằng hình thức nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chỉ nhận trực tiếp tại cơ quan giải quyết' },
      { id: 'b', text: 'Chỉ nhận qua đường bưu điện' },
      { id: 'c', text: 'Chỉ nhận trực tuyến' },
      { id: 'd', text: 'Nhận trực tuyến, trực tiếp hoặc qua đường bưu điện' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Nghị định 43/2011/NĐ-CP, ở dịch vụ công trực tuyến mức độ 4, kết quả có thể được trả trực tuyến, trả trực tiếp hoặc gửi qua đường bưu điện đến người sử dụng.',
    source: 'Khoản 4 Điều 3 Nghị định số 43/2011/NĐ-CP',
  },
  {
    id: 'q073',
    topicId: 'su-dung-dvc',
    text: 'Khi nộp phí, lệ phí trực tuyến trên Cổng Dịch vụ công quốc gia, người dân dùng hợp phần (chức năng) nào của Cổng?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thanh toán điện tử' },
      { id: 'b', text: 'Cơ sở dữ liệu quốc gia về thủ tục hành chính' },
      { id: 'c', text: 'Hệ thống đăng nhập một lần' },
      { id: 'd', text: 'Tiếp nhận phản ánh, kiến nghị' },
    ],
    correctOptionIds: ['a'],
    explanation: 'Thanh toán điện tử là một trong các hợp phần của Cổng Dịch vụ công quốc gia khi khai trương, dùng để nộp phí, lệ phí trực tuyến.',
    source: 'Tin của VietnamPlus ngày 09/12/2019 về Lễ khai trương Cổng Dịch vụ công quốc gia',
  },
  {
    id: 'q074',
    topicId: 'su-dung-dvc',
    text: 'Theo Điều 2 Nghị định số 45/2020/NĐ-CP, ngân hàng, tổ chức trung gian thanh toán (nơi người dân nộp phí, lệ phí trực tuyến) có thuộc đối tượng áp dụng của Nghị định không?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Không, vì Nghị định chỉ áp dụng đối với cơ quan nhà nước' },
      { id: 'b', text: 'Có, ngân hàng, tổ chức trung gian thanh toán thuộc đối tượng áp dụng của Nghị định' },
      { id: 'c', text: 'Không, ngân hàng, tổ chức trung gian thanh toán chỉ được khuyến khích áp dụng' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 2 Nghị định 45/2020/NĐ-CP, đối tượng áp dụng bao gồm cả ngân hàng, tổ chức trung gian thanh toán; đối tượng chỉ được khuyến khích áp dụng là đơn vị sự nghiệp công lập và doanh nghiệp nhà nước.',
    source: 'Điều 2 Nghị định số 45/2020/NĐ-CP',
  },
  // Tra cứu hồ sơ, nhận và sử dụng kết quả điện tử
  {
    id: 'q025',
    topicId: 'su-dung-dvc',
    text: 'Một hồ sơ có mã số kết thúc bằng “-200915-0007”. Theo cấu trúc mã số hồ sơ tại Điều 19 Thông tư số 01/2018/TT-VPCP, hồ sơ này được tiếp nhận ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 20/9/2015' },
      { id: 'b', text: 'Ngày 15/9/2020' },
      { id: 'c', text: 'Ngày 07/9/2020' },
      { id: 'd', text: 'Không xác định được; “200915” là ngày hẹn trả kết quả' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 19 Thông tư 01/2018/TT-VPCP, mã số hồ sơ có dạng …-YYMMDD-XXXX, trong đó YYMMDD là năm, tháng, ngày tiếp nhận hồ sơ: “200915” là ngày 15/9/2020.',
    source: 'Điều 19 Thông tư số 01/2018/TT-VPCP',
  },
  {
    id: 'q026',
    topicId: 'su-dung-dvc',
    text: 'Mã số hồ sơ thủ tục hành chính kết thúc bằng “-200915-0007”. Theo Điều 19 Thông tư số 01/2018/TT-VPCP, nhóm 4 chữ số cuối “0007” cho biết điều gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Hồ sơ được giải quyết trong 7 ngày làm việc' },
      { id: 'b', text: 'Hồ sơ gồm 7 thành phần giấy tờ' },
      { id: 'c', text: 'Hồ sơ là hồ sơ thứ 7 được tiếp nhận trong ngày' },
      { id: 'd', text: 'Mã số của công chức tiếp nhận hồ sơ' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Theo Điều 19 Thông tư 01/2018/TT-VPCP, XXXX là số thứ tự hồ sơ tiếp nhận trong ngày, gồm 4 chữ số.',
    source: 'Điều 19 Thông tư số 01/2018/TT-VPCP',
  },
  {
    id: 'q028',
    topicId: 'su-dung-dvc',
    text: 'Theo Điều 19 Thông tư số 01/2018/TT-VPCP, mã số hồ sơ thủ tục hành chính có thể được sử dụng kèm với hình thức nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Mã vạch' },
      { id: 'b', text: 'Chữ ký số của người nộp hồ sơ' },
      { id: 'c', text: 'Mã QR' },
    ],
    correctOptionIds: ['a', 'c'],
    explanation: 'Theo Điều 19 Thông tư 01/2018/TT-VPCP, mã số hồ sơ thủ tục hành chính có thể được sử dụng kèm mã vạch hoặc mã QR.',
    source: 'Điều 19 Thông tư số 01/2018/TT-VPCP',
  },
  {
    id: 'q042',
    topicId: 'su-dung-dvc',
    text: 'Bà C nhận kết quả giải quyết thủ tục hành chính dưới dạng điện tử trên Cổng Dịch vụ công. Theo Nghị định số 45/2020/NĐ-CP, kết quả này có giá trị pháp lý như thế nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chỉ có giá trị tham khảo, phải lấy thêm bản giấy' },
      { id: 'b', text: 'Chỉ có giá trị khi được in ra và đóng dấu giáp lai' },
      { id: 'c', text: 'Có giá trị pháp lý như kết quả giải quyết thủ tục hành chính bằng bản giấy' },
      { id: 'd', text: 'Có giá trị pháp lý thấp hơn kết quả bằng bản giấy' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Theo Nghị định 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử có giá trị pháp lý như kết quả giải quyết thủ tục hành chính bằng bản giấy.',
    source: 'Nghị định số 45/2020/NĐ-CP (quy định về kết quả giải quyết thủ tục hành chính điện tử)',
  },
  {
    id: 'q044',
    topicId: 'su-dung-dvc',
    text: 'Theo khoản 3 Điều 14 Nghị định số 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử phải đáp ứng những yêu cầu nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Có chữ ký số của cơ quan có thẩm quyền' },
      { id: 'b', text: 'Phải kèm theo bản giấy có chữ ký tay của người có thẩm quyền' },
      { id: 'c', text: 'Bảo đảm tính toàn vẹn, xác thực' },
      { id: 'd', text: 'Chỉ có giá trị trong 30 ngày kể từ ngày ký' },
    ],
    correctOptionIds: ['a', 'c'],
    explanation:
      'Theo khoản 3 Điều 14 Nghị định 45/2020/NĐ-CP, kết quả điện tử phải có chữ ký số của cơ quan có thẩm quyền, bảo đảm tính toàn vẹn, xác thực và được đồng bộ vào Kho quản lý dữ liệu điện tử của tổ chức, cá nhân.',
    source: 'Khoản 3 Điều 14 Nghị định số 45/2020/NĐ-CP',
  },
  {
    id: 'q045',
    topicId: 'su-dung-dvc',
    text: 'Theo khoản 3 Điều 14 Nghị định số 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử của người dân được đồng bộ vào đâu?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Hộp thư điện tử cá nhân của người nộp hồ sơ' },
      { id: 'b', text: 'Kho quản lý dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia' },
      { id: 'c', text: 'Máy tính của công chức tiếp nhận hồ sơ' },
      { id: 'd', text: 'Hệ thống của doanh nghiệp cung ứng dịch vụ bưu chính công ích' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo khoản 3 Điều 14 Nghị định 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử được đồng bộ vào Kho quản lý dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia.',
    source: 'Khoản 3 Điều 14 Nghị định số 45/2020/NĐ-CP',
  },
  {
    id: 'q046',
    topicId: 'su-dung-dvc',
    text: 'Theo khoản 3 Điều 14 Nghị định số 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử được lưu trong Kho quản lý dữ liệu điện tử với mã theo cấu trúc nào?',
    kind: 'single',
    options: [
      { id: 'a', text: '“Mã hồ sơ TTHC-KQ(n)”' },
      { id: 'b', text: '“Mã định danh cá nhân-KQ(n)”' },
      { id: 'c', text: '“KQ(n)-Mã hồ sơ TTHC”' },
      { id: 'd', text: '“Mã TTHC-HS(n)”' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo khoản 3 Điều 14 Nghị định 45/2020/NĐ-CP, kết quả điện tử được đồng bộ vào Kho quản lý dữ liệu điện tử với mã dạng “Mã hồ sơ TTHC-KQ(n)”: mã của hồ sơ, tiếp theo là KQ và số thứ tự kết quả.',
    source: 'Khoản 3 Điều 14 Nghị định số 45/2020/NĐ-CP',
  },
  {
    id: 'q043',
    topicId: 'su-dung-dvc',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử đã bị hủy hiệu lực có còn tra cứu được không?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Không, kết quả bị xóa vĩnh viễn khỏi hệ thống' },
      { id: 'b', text: 'Không, kết quả chỉ được trả lại dưới dạng bản giấy' },
      { id: 'c', text: 'Chỉ cơ quan đã giải quyết hồ sơ mới tra cứu được' },
      { id: 'd', text: 'Có, kết quả vẫn được lưu trữ để phục vụ việc tra cứu' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Theo Nghị định 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử đã bị hủy hiệu lực vẫn được lưu trữ để phục vụ việc tra cứu.',
    source: 'Nghị định số 45/2020/NĐ-CP (quy định về kết quả giải quyết thủ tục hành chính điện tử)',
  },
  // Giấy tờ khi nộp trực tiếp
  {
    id: 'q022',
    topicId: 'su-dung-dvc',
    text: 'Trong các biểu mẫu ban hành kèm theo Thông tư số 01/2018/TT-VPCP, giấy nào ghi nhận việc tiếp nhận hồ sơ và ngày hẹn trả kết quả cho người nộp hồ sơ?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu số 05)' },
      { id: 'b', text: 'Sổ theo dõi hồ sơ (Mẫu số 06)' },
      { id: 'c', text: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu số 02)' },
      { id: 'd', text: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01)' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo phụ lục biểu mẫu của Thông tư 01/2018/TT-VPCP, Mẫu số 01 là Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Phiếu kiểm soát và Sổ theo dõi là giấy tờ theo dõi nội bộ của cơ quan.',
    source: 'Phụ lục biểu mẫu ban hành kèm theo Thông tư số 01/2018/TT-VPCP (Mẫu số 01)',
  },
  {
    id: 'q118',
    topicId: 'su-dung-dvc',
    text: 'Hồ sơ nộp trực tiếp còn thiếu giấy tờ cần bổ sung. Theo các biểu mẫu ban hành kèm theo Thông tư số 01/2018/TT-VPCP, người nộp hồ sơ nhận phiếu nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu số 02)' },
      { id: 'b', text: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu số 04)' },
      { id: 'c', text: 'Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu số 05)' },
      { id: 'd', text: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01)' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo phụ lục biểu mẫu của Thông tư 01/2018/TT-VPCP, Mẫu số 02 là Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, ghi những giấy tờ người nộp cần bổ sung. Giấy tiếp nhận hồ sơ và hẹn trả kết quả chỉ cấp khi hồ sơ được tiếp nhận.',
    source: 'Phụ lục biểu mẫu ban hành kèm theo Thông tư số 01/2018/TT-VPCP (Mẫu số 02)',
  },
  // Dịch vụ bưu chính công ích
  {
    id: 'q078',
    topicId: 'su-dung-dvc',
    text: 'Bà K muốn gửi hồ sơ qua bưu điện nhưng tự đến cơ quan nhận kết quả. Theo Điều 5 Quyết định số 45/2016/QĐ-TTg, bà có được chọn như vậy không?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Được, vì người dân chọn một trong ba hình thức: chỉ gửi hồ sơ, chỉ nhận kết quả, hoặc gửi hồ sơ và nhận kết quả qua dịch vụ bưu chính công ích' },
      { id: 'b', text: 'Không, đã gửi hồ sơ qua bưu chính thì phải nhận kết quả qua bưu chính' },
      { id: 'c', text: 'Không, dịch vụ bưu chính công ích chỉ dùng để trả kết quả' },
      { id: 'd', text: 'Chỉ được nếu là hồ sơ của tổ chức, không áp dụng với cá nhân' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo Điều 5 Quyết định 45/2016/QĐ-TTg, tổ chức, cá nhân chọn một trong ba hình thức: gửi hồ sơ; nhận kết quả; gửi hồ sơ và nhận kết quả qua dịch vụ bưu chính công ích.',
    source: 'Điều 5 Quyết định số 45/2016/QĐ-TTg',
  },
  {
    id: 'q075',
    topicId: 'su-dung-dvc',
    text: 'Theo Quyết định số 45/2016/QĐ-TTg, khi tổ chức, cá nhân dùng dịch vụ bưu chính công ích để thực hiện thủ tục hành chính, phí, lệ phí có thể được nộp theo những cách nào? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Nộp trực tiếp' },
      { id: 'b', text: 'Chuyển vào tài khoản của cơ quan có thẩm quyền giải quyết thủ tục hành chính' },
      { id: 'c', text: 'Chuyển vào tài khoản cá nhân của công chức tiếp nhận hồ sơ' },
      { id: 'd', text: 'Chuyển vào tài khoản của doanh nghiệp cung ứng dịch vụ bưu chính công ích' },
    ],
    correctOptionIds: ['a', 'b', 'd'],
    explanation:
      'Theo Quyết định 45/2016/QĐ-TTg, phí, lệ phí có thể nộp trực tiếp hoặc chuyển vào tài khoản của cơ quan có thẩm quyền hay của doanh nghiệp bưu chính công ích; không nộp vào tài khoản cá nhân của công chức.',
    source: 'Quyết định số 45/2016/QĐ-TTg (quy định về nộp phí, lệ phí khi dùng dịch vụ bưu chính công ích)',
  },
  // Hỗ trợ, đánh giá, phản ánh
  {
    id: 'q070',
    topicId: 'su-dung-dvc',
    text: 'Số điện thoại đường dây nóng hỗ trợ người dân, doanh nghiệp của Cổng Dịch vụ công quốc gia khi khai trương là số nào?',
    kind: 'single',
    options: [
      { id: 'a', text: '19001096' },
      { id: 'b', text: '18001069' },
      { id: 'c', text: '18009610' },
      { id: 'd', text: '18001096' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Đường dây nóng của Cổng Dịch vụ công quốc gia là 18001096.',
    source: 'Tin của Báo Tin tức ngày 07/12/2019, dẫn lời Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng',
  },
  {
    id: 'q062',
    topicId: 'su-dung-dvc',
    text: 'Sau khi nhận kết quả, chị H được đề nghị đánh giá mức độ hài lòng về việc giải quyết hồ sơ. Theo Quyết định số 274/QĐ-TTg, sự hài lòng của người dân, doanh nghiệp được xác định là gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Căn cứ để miễn, giảm lệ phí cho người nộp hồ sơ' },
      { id: 'b', text: 'Thước đo chất lượng' },
      { id: 'c', text: 'Ý kiến để tham khảo, không dùng để đánh giá' },
      { id: 'd', text: 'Điều kiện để được nhận kết quả' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo mục I Điều 1 Quyết định 274/QĐ-TTg, sự hài lòng của người dân, doanh nghiệp là thước đo chất lượng. Vì vậy việc người dân đánh giá sau khi nhận kết quả là thông tin quan trọng để đánh giá chất lượng phục vụ.',
    source: 'Mục I Điều 1 Quyết định số 274/QĐ-TTg',
  },
  {
    id: 'q117',
    topicId: 'su-dung-dvc',
    text: 'Người dân muốn gửi phản ánh, kiến nghị trực tuyến. Cổng Dịch vụ công quốc gia có hợp phần nào dành cho việc này?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Hệ thống đăng nhập một lần' },
      { id: 'b', text: 'Thanh toán điện tử' },
      { id: 'c', text: 'Tiếp nhận phản ánh, kiến nghị' },
      { id: 'd', text: 'Cơ sở dữ liệu quốc gia về thủ tục hành chính' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Khi khai trương, Cổng Dịch vụ công quốc gia có hợp phần tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp.',
    source: 'Tin của VietnamPlus ngày 09/12/2019 về Lễ khai trương Cổng Dịch vụ công quốc gia',
  },

  // ------------------------------------------------------------------ bưu chính công ích (QĐ 45/2016/QĐ-TTg)
  {
    id: 'q076',
    topicId: 'buu-chinh',
    text: 'Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ quy định về nội dung nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Cung cấp thông tin và dịch vụ công trực tuyến' },
      { id: 'b', text: 'Phê duyệt Đề án Cổng Dịch vụ công quốc gia' },
      { id: 'c', text: 'Thực hiện thủ tục hành chính trên môi trường điện tử' },
      { id: 'd', text: 'Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Quyết định 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ quy định việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.',
    source: 'Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 (tên văn bản)',
  },
  {
    id: 'q077',
    topicId: 'buu-chinh',
    text: 'Quyết định số 45/2016/QĐ-TTg về tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích có hiệu lực thi hành từ ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 19/10/2016' },
      { id: 'b', text: 'Ngày 01/01/2017' },
      { id: 'c', text: 'Ngày 16/12/2016' },
      { id: 'd', text: 'Ngày 01/9/2016' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Quyết định 45/2016/QĐ-TTg ban hành ngày 19/10/2016 và có hiệu lực thi hành từ ngày 16/12/2016.',
    source: 'Quyết định số 45/2016/QĐ-TTg, phần thuộc tính văn bản (ngày hiệu lực)',
  },
  {
    id: 'q079',
    topicId: 'buu-chinh',
    text: 'Theo Quyết định số 45/2016/QĐ-TTg, việc chuyển phát hồ sơ, kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích phải đáp ứng những yêu cầu nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Bảo đảm chất lượng dịch vụ' },
      { id: 'b', text: 'Tiết kiệm chi phí' },
      { id: 'c', text: 'Tạo thuận lợi cho tổ chức, cá nhân' },
      { id: 'd', text: 'Không chịu sự hướng dẫn, kiểm tra của cơ quan nhà nước' },
    ],
    correctOptionIds: ['a', 'b', 'c'],
    explanation:
      'Theo Quyết định 45/2016/QĐ-TTg, việc chuyển phát phải bảo đảm chất lượng dịch vụ, tiết kiệm chi phí, tạo thuận lợi cho tổ chức, cá nhân, bảo đảm vai trò của doanh nghiệp bưu chính công ích và chịu sự hướng dẫn, kiểm tra của nhà nước.',
    source: 'Quyết định số 45/2016/QĐ-TTg (yêu cầu đối với việc chuyển phát hồ sơ, kết quả)',
  },
  {
    id: 'q080',
    topicId: 'buu-chinh',
    text: 'Theo Quyết định số 45/2016/QĐ-TTg, yêu cầu “bảo đảm chất lượng dịch vụ” trong chuyển phát hồ sơ, kết quả giải quyết thủ tục hành chính bao gồm những tiêu chí nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Nhanh nhất có thể, không tính đến chi phí' },
      { id: 'b', text: 'An toàn, ổn định, tin cậy, chính xác, thường xuyên, kịp thời' },
      { id: 'c', text: 'Chỉ cần giao đúng địa chỉ người nhận' },
      { id: 'd', text: 'Giao trong ngày, không phụ thuộc khoảng cách' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Quyết định 45/2016/QĐ-TTg, bảo đảm chất lượng dịch vụ là bảo đảm an toàn, ổn định, tin cậy, chính xác, thường xuyên, kịp thời.',
    source: 'Quyết định số 45/2016/QĐ-TTg (yêu cầu đối với việc chuyển phát hồ sơ, kết quả)',
  },
  {
    id: 'q081',
    topicId: 'buu-chinh',
    text: 'Theo Quyết định số 45/2016/QĐ-TTg, việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích phải bảo đảm vai trò của đơn vị nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Doanh nghiệp cung ứng dịch vụ bưu chính công ích' },
      { id: 'b', text: 'Ngân hàng thương mại' },
      { id: 'c', text: 'Doanh nghiệp viễn thông di động' },
      { id: 'd', text: 'Tổ chức trung gian thanh toán' },
    ],
    correctOptionIds: ['a'],
    explanation: 'Theo Quyết định 45/2016/QĐ-TTg, việc chuyển phát hồ sơ, kết quả phải bảo đảm vai trò của doanh nghiệp cung ứng dịch vụ bưu chính công ích.',
    source: 'Quyết định số 45/2016/QĐ-TTg (yêu cầu đối với việc chuyển phát hồ sơ, kết quả)',
  },

  // ------------------------------------------------------------------ kiểm soát TTHC (NĐ 63/2010 và sửa đổi)
  {
    id: 'q083',
    topicId: 'kiem-soat-tthc',
    text: 'Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ quy định về nội dung nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thực hiện cơ chế một cửa, một cửa liên thông' },
      { id: 'b', text: 'Kiểm soát thủ tục hành chính' },
      { id: 'c', text: 'Thực hiện thủ tục hành chính trên môi trường điện tử' },
      { id: 'd', text: 'Cung cấp thông tin và dịch vụ công trực tuyến' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Nghị định 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ quy định về kiểm soát thủ tục hành chính.',
    source: 'Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 (tên văn bản)',
  },
  {
    id: 'q084',
    topicId: 'kiem-soat-tthc',
    text: 'Nghị định số 63/2010/NĐ-CP về kiểm soát thủ tục hành chính có hiệu lực thi hành từ ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 08/6/2010' },
      { id: 'b', text: 'Ngày 01/7/2010' },
      { id: 'c', text: 'Ngày 14/10/2010' },
      { id: 'd', text: 'Ngày 13/6/2011' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Nghị định 63/2010/NĐ-CP ban hành ngày 08/6/2010 và có hiệu lực thi hành từ ngày 14/10/2010.',
    source: 'Nghị định số 63/2010/NĐ-CP, phần thuộc tính văn bản (ngày hiệu lực)',
  },
  {
    id: 'q085',
    topicId: 'kiem-soat-tthc',
    text: 'Ai là người ký ban hành Nghị định số 63/2010/NĐ-CP về kiểm soát thủ tục hành chính?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thủ tướng Chính phủ Nguyễn Xuân Phúc' },
      { id: 'b', text: 'Thủ tướng Chính phủ Nguyễn Tấn Dũng' },
      { id: 'c', text: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Nghị định 63/2010/NĐ-CP do Thủ tướng Chính phủ Nguyễn Tấn Dũng ký ban hành.',
    source: 'Nghị định số 63/2010/NĐ-CP, phần thuộc tính văn bản (người ký)',
  },
  {
    id: 'q086',
    topicId: 'kiem-soat-tthc',
    text: 'Theo khoản 1 Điều 3 Nghị định số 63/2010/NĐ-CP, thủ tục hành chính là trình tự, cách thức thực hiện, hồ sơ và yêu cầu, điều kiện do chủ thể nào quy định để giải quyết một công việc cụ thể liên quan đến cá nhân, tổ chức?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Tổ chức, cá nhân có yêu cầu giải quyết công việc' },
      { id: 'b', text: 'Doanh nghiệp cung ứng dịch vụ bưu chính công ích' },
      { id: 'c', text: 'Hiệp hội doanh nghiệp' },
      { id: 'd', text: 'Cơ quan nhà nước, người có thẩm quyền' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo khoản 1 Điều 3 Nghị định 63/2010/NĐ-CP, thủ tục hành chính là trình tự, cách thức thực hiện, hồ sơ và yêu cầu, điều kiện do cơ quan nhà nước, người có thẩm quyền quy định để giải quyết một công việc cụ thể liên quan đến cá nhân, tổ chức.',
    source: 'Khoản 1 Điều 3 Nghị định số 63/2010/NĐ-CP',
  },
  {
    id: 'q087',
    topicId: 'kiem-soat-tthc',
    text: 'Theo Điều 3 Nghị định số 63/2010/NĐ-CP, “kiểm soát thủ tục hành chính” là gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Là việc xem xét, đánh giá, theo dõi nhằm bảo đảm tính khả thi của quy định về thủ tục hành chính, đáp ứng yêu cầu công khai, minh bạch' },
      { id: 'b', text: 'Là việc thu phí, lệ phí đối với các thủ tục hành chính' },
      { id: 'c', text: 'Là việc thanh tra, xử phạt cá nhân, tổ chức vi phạm khi thực hiện thủ tục hành chính' },
      { id: 'd', text: 'Là việc tiếp nhận và trả kết quả giải quyết thủ tục hành chính cho tổ chức, cá nhân' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo Điều 3 Nghị định 63/2010/NĐ-CP, kiểm soát thủ tục hành chính là việc xem xét, đánh giá, theo dõi nhằm bảo đảm tính khả thi của quy định về thủ tục hành chính, đáp ứng yêu cầu công khai, minh bạch.',
    source: 'Điều 3 Nghị định số 63/2010/NĐ-CP',
  },
  {
    id: 'q088',
    topicId: 'kiem-soat-tthc',
    text: 'Ngoài khái niệm “thủ tục hành chính” và “kiểm soát thủ tục hành chính”, Điều 3 Nghị định số 63/2010/NĐ-CP còn giải thích những khái niệm nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Trình tự thực hiện' },
      { id: 'b', text: 'Hồ sơ' },
      { id: 'c', text: 'Dịch vụ công trực tuyến' },
      { id: 'd', text: 'Yêu cầu, điều kiện' },
    ],
    correctOptionIds: ['a', 'b', 'd'],
    explanation:
      'Điều 3 Nghị định 63/2010/NĐ-CP giải thích các khái niệm thủ tục hành chính, trình tự thực hiện, hồ sơ, yêu cầu, điều kiện và kiểm soát thủ tục hành chính; khái niệm dịch vụ công trực tuyến được quy định tại Nghị định 43/2011/NĐ-CP.',
    source: 'Điều 3 Nghị định số 63/2010/NĐ-CP',
  },
  {
    id: 'q089',
    topicId: 'kiem-soat-tthc',
    text: 'Theo khoản 2 Điều 8 Nghị định số 63/2010/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP), những nội dung nào sau đây là bộ phận tạo thành cơ bản của một thủ tục hành chính? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Tên thủ tục hành chính' },
      { id: 'b', text: 'Ý kiến đánh giá của người dân sau khi thực hiện thủ tục' },
      { id: 'c', text: 'Trình tự thực hiện' },
      { id: 'd', text: 'Thời hạn giải quyết' },
    ],
    correctOptionIds: ['a', 'c', 'd'],
    explanation:
      'Theo khoản 2 Điều 8 Nghị định 63/2010/NĐ-CP (sửa đổi bởi Nghị định 92/2017/NĐ-CP), bộ phận tạo thành cơ bản gồm: tên thủ tục; trình tự thực hiện; cách thức thực hiện; thành phần, số lượng hồ sơ; thời hạn giải quyết; đối tượng thực hiện; cơ quan giải quyết.',
    source: 'Khoản 2 Điều 8 Nghị định số 63/2010/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP',
  },
  {
    id: 'q090',
    topicId: 'kiem-soat-tthc',
    text: 'Theo khoản 2 Điều 8 Nghị định số 63/2010/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP), nội dung nào sau đây chỉ là bộ phận tạo thành của thủ tục hành chính trong trường hợp thủ tục đó có quy định?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Cơ quan giải quyết thủ tục hành chính' },
      { id: 'b', text: 'Thành phần, số lượng hồ sơ' },
      { id: 'c', text: 'Đối tượng thực hiện thủ tục hành chính' },
      { id: 'd', text: 'Phí, lệ phí' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo khoản 2 Điều 8 Nghị định 63/2010/NĐ-CP (sửa đổi bởi Nghị định 92/2017/NĐ-CP), mẫu đơn, tờ khai, kết quả thực hiện, yêu cầu, điều kiện, phí, lệ phí là bộ phận tạo thành khi thủ tục có quy định; các phương án còn lại là bộ phận cơ bản bắt buộc.',
    source: 'Khoản 2 Điều 8 Nghị định số 63/2010/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP',
  },
  {
    id: 'q091',
    topicId: 'kiem-soat-tthc',
    text: 'Nghị định số 63/2010/NĐ-CP về kiểm soát thủ tục hành chính đã được sửa đổi, bổ sung bởi những văn bản nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Nghị định số 48/2013/NĐ-CP' },
      { id: 'b', text: 'Quyết định số 45/2016/QĐ-TTg' },
      { id: 'c', text: 'Nghị định số 92/2017/NĐ-CP' },
      { id: 'd', text: 'Nghị định số 43/2011/NĐ-CP' },
    ],
    correctOptionIds: ['a', 'c'],
    explanation:
      'Nghị định 63/2010/NĐ-CP được sửa đổi, bổ sung bởi Nghị định 48/2013/NĐ-CP ngày 14/5/2013 và Nghị định 92/2017/NĐ-CP ngày 07/8/2017.',
    source: 'Nghị định số 48/2013/NĐ-CP và Nghị định số 92/2017/NĐ-CP sửa đổi, bổ sung Nghị định số 63/2010/NĐ-CP (tên văn bản)',
  },
  {
    id: 'q092',
    topicId: 'kiem-soat-tthc',
    text: 'Nghị định số 92/2017/NĐ-CP (sửa đổi, bổ sung Nghị định số 63/2010/NĐ-CP về kiểm soát thủ tục hành chính) có hiệu lực thi hành từ ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 07/8/2017' },
      { id: 'b', text: 'Ngày 25/9/2017' },
      { id: 'c', text: 'Ngày 01/01/2018' },
      { id: 'd', text: 'Ngày 14/10/2017' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Nghị định 92/2017/NĐ-CP ban hành ngày 07/8/2017 và có hiệu lực thi hành từ ngày 25/9/2017.',
    source: 'Nghị định số 92/2017/NĐ-CP, phần thuộc tính văn bản (ngày hiệu lực)',
  },

  // ------------------------------------------------------------------ Chương trình tổng thể CCHC (NQ 30c/NQ-CP)
  {
    id: 'q093',
    topicId: 'chuong-trinh-cchc',
    text: 'Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành văn bản nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2001–2010' },
      { id: 'b', text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020' },
      { id: 'c', text: 'Quy định về kiểm soát thủ tục hành chính' },
      { id: 'd', text: 'Đề án Cổng Dịch vụ công quốc gia' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Nghị quyết 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020. Kiểm soát thủ tục hành chính do Nghị định 63/2010/NĐ-CP quy định; Đề án Cổng Dịch vụ công quốc gia được phê duyệt bằng Quyết định 274/QĐ-TTg.',
    source: 'Nghị quyết số 30c/NQ-CP ngày 08/11/2011 (tên văn bản)',
  },
  {
    id: 'q094',
    topicId: 'chuong-trinh-cchc',
    text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020 (ban hành kèm theo Nghị quyết số 30c/NQ-CP) được chia thành mấy giai đoạn?',
    kind: 'single',
    options: [
      { id: 'a', text: '3 giai đoạn: 2011–2013, 2014–2017 và 2018–2020' },
      { id: 'b', text: '4 giai đoạn, mỗi giai đoạn 2,5 năm' },
      { id: 'c', text: 'Không chia giai đoạn' },
      { id: 'd', text: '2 giai đoạn: 2011–2015 và 2016–2020' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020 được chia thành 2 giai đoạn: 2011–2015 và 2016–2020.',
    source: 'Nghị quyết số 30c/NQ-CP ngày 08/11/2011 (Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020)',
  },
  {
    id: 'q095',
    topicId: 'chuong-trinh-cchc',
    text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2001–2010 (trước Chương trình ban hành kèm theo Nghị quyết số 30c/NQ-CP) được ban hành theo văn bản nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Nghị định số 63/2010/NĐ-CP' },
      { id: 'b', text: 'Quyết định số 274/QĐ-TTg' },
      { id: 'c', text: 'Quyết định số 136/2001/QĐ-TTg ngày 17/9/2001' },
      { id: 'd', text: 'Nghị định số 43/2011/NĐ-CP' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2001–2010 được ban hành kèm theo Quyết định 136/2001/QĐ-TTg ngày 17/9/2001.',
    source: 'Quyết định số 136/2001/QĐ-TTg ngày 17/9/2001 (tên văn bản)',
  },
  {
    id: 'q096',
    topicId: 'chuong-trinh-cchc',
    text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020 (Nghị quyết số 30c/NQ-CP) xác định những trọng tâm nào? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Cải cách thể chế' },
      { id: 'b', text: 'Xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức, chú trọng cải cách chính sách tiền lương' },
      { id: 'c', text: 'Sắp xếp lại đơn vị hành chính cấp tỉnh' },
      { id: 'd', text: 'Nâng cao chất lượng dịch vụ hành chính và chất lượng dịch vụ công' },
    ],
    correctOptionIds: ['a', 'b', 'd'],
    explanation:
      'Theo Điều 2 Nghị quyết 30c/NQ-CP, Chương trình có 3 trọng tâm: cải cách thể chế; xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức, chú trọng cải cách chính sách tiền lương; nâng cao chất lượng dịch vụ hành chính và dịch vụ công.',
    source: 'Điều 2 Nghị quyết số 30c/NQ-CP',
  },
  {
    id: 'q097',
    topicId: 'chuong-trinh-cchc',
    text: 'Theo Nghị quyết số 30c/NQ-CP, mục tiêu đến năm 2020 về sự hài lòng của cá nhân, tổ chức đối với cơ quan hành chính nhà nước là bao nhiêu?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Trên 60%' },
      { id: 'b', text: 'Trên 70%' },
      { id: 'c', text: 'Trên 80%' },
      { id: 'd', text: 'Trên 95%' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Theo Nghị quyết 30c/NQ-CP, mục tiêu đến năm 2020 là sự hài lòng của cá nhân, tổ chức đối với cơ quan hành chính nhà nước đạt trên 80%.',
    source: 'Điều 2 Nghị quyết số 30c/NQ-CP',
  },

  // ------------------------------------------------------------------ Cuộc thi tỉnh Bắc Giang năm 2020
  {
    id: 'q098',
    topicId: 'cuoc-thi-2020',
    text: 'Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” tỉnh Bắc Giang năm 2020 diễn ra trong thời gian nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Từ 8 giờ 00 ngày 14/9/2020 đến 17 giờ 00 ngày 14/10/2020' },
      { id: 'b', text: 'Từ 8 giờ 00 ngày 15/9/2020 đến 8 giờ 00 ngày 15/10/2020' },
      { id: 'c', text: 'Từ 0 giờ 00 ngày 15/9/2020 đến 24 giờ 00 ngày 15/10/2020' },
      { id: 'd', text: 'Từ 8 giờ 00 ngày 01/10/2020 đến 8 giờ 00 ngày 15/11/2020' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Cuộc thi bắt đầu từ 8 giờ 00 ngày 15/9/2020 và kết thúc vào 8 giờ 00 ngày 15/10/2020.',
    source: 'Văn bản của UBND tỉnh Bắc Giang về tuyên truyền, tổ chức Cuộc thi (tháng 9/2020), mục 1 điểm a',
  },
  {
    id: 'q100',
    topicId: 'cuoc-thi-2020',
    text: 'Người dự thi có thể truy cập những địa chỉ nào sau đây để tìm hiểu Thể lệ, Bộ đề thi và làm bài thi của Cuộc thi trực tuyến tỉnh Bắc Giang năm 2020? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'https://dichvucong.bacgiang.gov.vn' },
      { id: 'b', text: 'https://dichvucong.gov.vn' },
      { id: 'c', text: 'http://thitructuyen.bacgiang.gov.vn' },
    ],
    correctOptionIds: ['a', 'c'],
    explanation:
      'Người dự thi truy cập chuyên mục Cuộc thi trên Cổng Dịch vụ công tỉnh Bắc Giang tại https://dichvucong.bacgiang.gov.vn hoặc tại http://thitructuyen.bacgiang.gov.vn; dichvucong.gov.vn là Cổng Dịch vụ công quốc gia.',
    source: 'Văn bản của UBND tỉnh Bắc Giang về tuyên truyền, tổ chức Cuộc thi (tháng 9/2020), mục 1 điểm b',
  },
  {
    id: 'q102',
    topicId: 'cuoc-thi-2020',
    text: 'Kế hoạch tổ chức Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” trên địa bàn tỉnh Bắc Giang năm 2020 được UBND tỉnh ban hành với số hiệu nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Kế hoạch số 1520/KH-UBND' },
      { id: 'b', text: 'Kế hoạch số 1250/KH-UBND' },
      { id: 'c', text: 'Kế hoạch số 1502/KH-UBND' },
      { id: 'd', text: 'Kế hoạch số 2015/KH-UBND' },
    ],
    correctOptionIds: ['a'],
    explanation: 'UBND tỉnh Bắc Giang đã ban hành Kế hoạch số 1520/KH-UBND về tổ chức Cuộc thi.',
    source: 'Văn bản của UBND tỉnh Bắc Giang về tuyên truyền, tổ chức Cuộc thi (tháng 9/2020), đoạn mở đầu',
  },
  {
    id: 'q105',
    topicId: 'cuoc-thi-2020',
    text: 'Đối tượng bắt buộc tham gia Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” tỉnh Bắc Giang năm 2020 là ai?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Học sinh trung học phổ thông' },
      { id: 'b', text: 'Cán bộ, công chức, viên chức' },
      { id: 'c', text: 'Toàn bộ công dân từ đủ 18 tuổi' },
      { id: 'd', text: 'Doanh nghiệp trên địa bàn tỉnh' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Đối tượng bắt buộc tham gia Cuộc thi là cán bộ, công chức, viên chức; công dân từ đủ 15 tuổi đang sống, làm việc, học tập tại tỉnh được khuyến khích tham gia.',
    source: 'Tin của hiephoanet.vn về Lễ phát động Cuộc thi ngày 14/9/2020',
  },
  {
    id: 'q106',
    topicId: 'cuoc-thi-2020',
    text: 'Ngoài đối tượng bắt buộc, Cuộc thi khuyến khích công dân từ đủ bao nhiêu tuổi đang sống, làm việc, học tập trên địa bàn tỉnh Bắc Giang tham gia?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Từ đủ 12 tuổi' },
      { id: 'b', text: 'Từ đủ 16 tuổi' },
      { id: 'c', text: 'Từ đủ 18 tuổi' },
      { id: 'd', text: 'Từ đủ 15 tuổi' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Cuộc thi khuyến khích công dân từ đủ 15 tuổi đang sống, làm việc, học tập tại tỉnh Bắc Giang tham gia.',
    source: 'Tin của hiephoanet.vn về Lễ phát động Cuộc thi ngày 14/9/2020',
  },
  {
    id: 'q112',
    topicId: 'cuoc-thi-2020',
    text: 'Theo văn bản của UBND tỉnh Bắc Giang, Cuộc thi nhằm tuyên truyền, phổ biến những nội dung gì đến cán bộ, công chức, viên chức, người lao động và các tầng lớp Nhân dân trên địa bàn tỉnh?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Quy định về tổ chức bộ máy, biên chế của các cơ quan hành chính nhà nước' },
      { id: 'b', text: 'Quy định về xử lý vi phạm hành chính' },
      { id: 'c', text: 'Những nội dung cơ bản của quy định pháp luật về cải cách thủ tục hành chính, cách thức sử dụng và thực hiện dịch vụ công trực tuyến trên Cổng Dịch vụ công' },
      { id: 'd', text: 'Quy định về giải quyết khiếu nại, tố cáo' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo văn bản của UBND tỉnh, Kế hoạch số 1520/KH-UBND tổ chức Cuộc thi nhằm tuyên truyền, phổ biến những nội dung cơ bản của quy định pháp luật về cải cách thủ tục hành chính, cách thức sử dụng và thực hiện dịch vụ công trực tuyến trên Cổng Dịch vụ công.',
    source: 'Văn bản của UBND tỉnh Bắc Giang về tuyên truyền, tổ chức Cuộc thi (tháng 9/2020), đoạn mở đầu',
  },
  {
    id: 'q119',
    topicId: 'cuoc-thi-2020',
    text: 'Theo văn bản của UBND tỉnh Bắc Giang về tổ chức Cuộc thi, việc tổ chức Cuộc thi góp phần cắt giảm những chi phí nào cho cá nhân, doanh nghiệp trong việc tuân thủ thủ tục hành chính?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chi phí về thời gian, tài chính' },
      { id: 'b', text: 'Chi phí thuê trụ sở của cơ quan nhà nước' },
      { id: 'c', text: 'Chi phí in ấn tài liệu tuyên truyền' },
      { id: 'd', text: 'Chi phí đầu tư hạ tầng viễn thông' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo văn bản của UBND tỉnh, Cuộc thi là nhiệm vụ chính trị quan trọng của tỉnh, góp phần nâng cao hiệu lực, hiệu quả quản lý nhà nước, cắt giảm chi phí về thời gian, tài chính cho cá nhân, doanh nghiệp trong việc tuân thủ thủ tục hành chính.',
    source: 'Văn bản của UBND tỉnh Bắc Giang về tuyên truyền, tổ chức Cuộc thi (tháng 9/2020), đoạn mở đầu',
  },
];

/**
 * DỮ LIỆU MẪU — sample data for the demo, written from shared/reference/facts-cchc.md;
 * verify against the official texts before any real use.
 *
 * Bộ câu hỏi mẫu cho Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và
 * dịch vụ công trực tuyến” tỉnh Bắc Giang năm 2020. Mỗi đáp án đúng dựa trên một mục của
 * bản tóm tắt facts-cchc.md hoặc trên văn bản của UBND tỉnh về việc tổ chức Cuộc thi.
 * Chỉ dùng văn bản còn hiệu lực tại thời điểm diễn ra Cuộc thi (năm 2020).
 */
import type { BankQuestion, Topic } from '../../../src/contract/schemas.ts';

export const SAMPLE_TOPICS: Topic[] = [
  { id: 'mot-cua', name: 'Cơ chế một cửa, một cửa liên thông' },
  { id: 'tthc-dien-tu', name: 'Thực hiện thủ tục hành chính trên môi trường điện tử' },
  { id: 'dvc-truc-tuyen', name: 'Dịch vụ công trực tuyến và các mức độ' },
  { id: 'cong-dvc', name: 'Cổng Dịch vụ công quốc gia' },
  { id: 'thanh-toan', name: 'Thanh toán phí, lệ phí trực tuyến' },
  { id: 'buu-chinh', name: 'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích' },
  { id: 'kiem-soat-tthc', name: 'Kiểm soát thủ tục hành chính' },
  { id: 'chuong-trinh-cchc', name: 'Chương trình tổng thể cải cách hành chính nhà nước 2011–2020' },
  { id: 'cuoc-thi-2020', name: 'Cuộc thi trực tuyến tỉnh Bắc Giang năm 2020' },
];

export const SAMPLE_BANK: BankQuestion[] = [
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
      'Theo Điều 1 Nghị định 61/2018/NĐ-CP, Nghị định quy định việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính cho tổ chức, cá nhân.',
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
      'Theo thuộc tính văn bản, Nghị định 61/2018/NĐ-CP được ban hành ngày 23/4/2018 (đăng Công báo ngày 08/5/2018, có hiệu lực từ ngày 21/6/2018).',
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
      'Theo thuộc tính văn bản, Nghị định 61/2018/NĐ-CP ban hành ngày 23/4/2018 và có hiệu lực thi hành từ ngày 21/6/2018.',
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
    explanation: 'Theo thuộc tính văn bản, Nghị định 61/2018/NĐ-CP do Thủ tướng Chính phủ Nguyễn Xuân Phúc ký ban hành.',
  },
  {
    id: 'q005',
    topicId: 'mot-cua',
    text: 'Theo Điều 3 Nghị định số 61/2018/NĐ-CP, “cơ chế một cửa” là phương thức tiếp nhận hồ sơ, giải quyết và trả kết quả giải quyết thủ tục hành chính, theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính của chủ thể nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Nhiều cơ quan có thẩm quyền phối hợp với nhau' },
      { id: 'b', text: 'Doanh nghiệp cung ứng dịch vụ bưu chính công ích' },
      { id: 'c', text: 'Ủy ban nhân dân cấp xã nơi tổ chức, cá nhân cư trú' },
      { id: 'd', text: 'Một cơ quan có thẩm quyền, thực hiện thông qua Bộ phận Một cửa' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Điều 3 Nghị định 61/2018/NĐ-CP, cơ chế một cửa là phương thức tiếp nhận hồ sơ, giải quyết và trả kết quả giải quyết thủ tục hành chính của một cơ quan có thẩm quyền, thực hiện thông qua Bộ phận Một cửa; việc phối hợp giữa nhiều cơ quan là cơ chế một cửa liên thông.',
  },
  {
    id: 'q006',
    topicId: 'mot-cua',
    text: 'Theo Điều 3 Nghị định số 61/2018/NĐ-CP, “cơ chế một cửa liên thông” được hiểu như thế nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Là phương thức một cơ quan có thẩm quyền tự tiếp nhận và giải quyết toàn bộ hồ sơ, không cần phối hợp với cơ quan khác' },
      { id: 'b', text: 'Là phương thức phối hợp giữa các cơ quan có thẩm quyền trong tiếp nhận hồ sơ, giải quyết và trả kết quả giải quyết một thủ tục hành chính hoặc một nhóm thủ tục hành chính có liên quan với nhau, thực hiện thông qua Bộ phận Một cửa' },
      { id: 'c', text: 'Là phương thức tổ chức, cá nhân tự liên hệ lần lượt với từng cơ quan có thẩm quyền để hoàn thành thủ tục hành chính' },
      { id: 'd', text: 'Là phương thức chỉ áp dụng đối với thủ tục hành chính thực hiện trên Cổng Dịch vụ công quốc gia' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 3 Nghị định 61/2018/NĐ-CP, cơ chế một cửa liên thông là phương thức phối hợp giữa các cơ quan có thẩm quyền trong tiếp nhận hồ sơ, giải quyết và trả kết quả một thủ tục hành chính hoặc một nhóm thủ tục hành chính có liên quan với nhau, thực hiện thông qua Bộ phận Một cửa.',
  },
  {
    id: 'q007',
    topicId: 'mot-cua',
    text: 'Theo Điều 3 Nghị định số 61/2018/NĐ-CP, cơ chế một cửa bao gồm những hoạt động nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Tiếp nhận hồ sơ thủ tục hành chính' },
      { id: 'b', text: 'Giải quyết và trả kết quả giải quyết thủ tục hành chính' },
      { id: 'c', text: 'Ban hành mới thủ tục hành chính để áp dụng tại Bộ phận Một cửa' },
      { id: 'd', text: 'Theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính' },
    ],
    correctOptionIds: ['a', 'b', 'd'],
    explanation:
      'Theo Điều 3 Nghị định 61/2018/NĐ-CP, cơ chế một cửa là phương thức tiếp nhận hồ sơ, giải quyết và trả kết quả giải quyết thủ tục hành chính, cùng với việc theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính; việc ban hành thủ tục hành chính không thuộc cơ chế này.',
  },
  {
    id: 'q008',
    topicId: 'mot-cua',
    text: 'Nghị định số 61/2018/NĐ-CP không điều chỉnh nội dung nào sau đây?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Cơ chế một cửa tại Bộ phận Một cửa cấp huyện' },
      { id: 'b', text: 'Cơ chế một cửa quốc gia theo quy định của Luật Hải quan' },
      { id: 'c', text: 'Cơ chế một cửa liên thông giữa các cơ quan có thẩm quyền' },
      { id: 'd', text: 'Việc theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 1 Nghị định 61/2018/NĐ-CP, Nghị định không điều chỉnh việc thực hiện cơ chế một cửa quốc gia theo quy định của Luật Hải quan.',
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
  },
  {
    id: 'q010',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, Trung tâm Phục vụ hành chính công cấp tỉnh có những chức năng nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Hướng dẫn, tiếp nhận, giải quyết hoặc chuyển hồ sơ giải quyết thủ tục hành chính' },
      { id: 'b', text: 'Ban hành quy định về thủ tục hành chính thay cho các sở, ban, ngành' },
      { id: 'c', text: 'Trả kết quả giải quyết thủ tục hành chính' },
      { id: 'd', text: 'Theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính' },
    ],
    correctOptionIds: ['a', 'c', 'd'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, Trung tâm Phục vụ hành chính công có chức năng hướng dẫn, tiếp nhận, giải quyết hoặc chuyển hồ sơ, trả kết quả và theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính.',
  },
  {
    id: 'q011',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, cán bộ, công chức, viên chức làm việc tại Bộ phận Một cửa cấp bộ, cấp tỉnh, cấp huyện phải có thâm niên công tác tối thiểu bao nhiêu năm?',
    kind: 'single',
    options: [
      { id: 'a', text: '01 năm' },
      { id: 'b', text: '02 năm' },
      { id: 'c', text: '05 năm' },
      { id: 'd', text: '03 năm' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, cán bộ, công chức, viên chức làm việc tại Bộ phận Một cửa cấp bộ, tỉnh, huyện phải có thâm niên công tác tối thiểu 03 năm.',
  },
  {
    id: 'q012',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, cán bộ, công chức, viên chức làm việc tại Bộ phận Một cửa cấp bộ, cấp tỉnh, cấp huyện phải giữ ngạch nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngạch chuyên viên hoặc tương đương trở lên' },
      { id: 'b', text: 'Ngạch cán sự hoặc tương đương trở lên' },
      { id: 'c', text: 'Ngạch chuyên viên chính hoặc tương đương trở lên' },
      { id: 'd', text: 'Không có yêu cầu về ngạch' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, cán bộ, công chức, viên chức làm việc tại Bộ phận Một cửa cấp bộ, tỉnh, huyện phải là người giữ ngạch chuyên viên hoặc tương đương trở lên.',
  },
  {
    id: 'q013',
    topicId: 'mot-cua',
    text: 'Ngoài yêu cầu về ngạch và thâm niên công tác, cán bộ, công chức, viên chức làm việc tại Bộ phận Một cửa cấp bộ, cấp tỉnh, cấp huyện còn phải đáp ứng những tiêu chuẩn nào theo Nghị định số 61/2018/NĐ-CP? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Có trình độ thạc sĩ trở lên' },
      { id: 'b', text: 'Được đánh giá hoàn thành tốt nhiệm vụ' },
      { id: 'c', text: 'Có tác phong, thái độ lịch sự, hòa nhã, đúng quy chế văn hóa công sở' },
    ],
    correctOptionIds: ['b', 'c'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, ngoài ngạch chuyên viên trở lên và thâm niên tối thiểu 03 năm, cán bộ tại Bộ phận Một cửa phải được đánh giá hoàn thành tốt nhiệm vụ và có tác phong lịch sự, hòa nhã, đúng quy chế văn hóa công sở; Nghị định không yêu cầu trình độ thạc sĩ.',
  },
  {
    id: 'q014',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, đối với hồ sơ quá hạn giải quyết, chậm nhất bao lâu trước ngày hết hạn, cơ quan có thẩm quyền phải thông báo bằng văn bản cho Bộ phận Một cửa?',
    kind: 'single',
    options: [
      { id: 'a', text: '03 ngày' },
      { id: 'b', text: '01 ngày' },
      { id: 'c', text: '05 ngày làm việc' },
      { id: 'd', text: '02 ngày' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, đối với hồ sơ quá hạn giải quyết, chậm nhất 01 ngày trước ngày hết hạn, cơ quan có thẩm quyền phải thông báo bằng văn bản cho Bộ phận Một cửa.',
  },
  {
    id: 'q015',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, khi hồ sơ giải quyết thủ tục hành chính bị quá hạn, cơ quan có thẩm quyền phải gửi cho tổ chức, cá nhân văn bản gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Quyết định xử phạt vi phạm hành chính đối với công chức tiếp nhận hồ sơ' },
      { id: 'b', text: 'Thông báo yêu cầu tổ chức, cá nhân nộp lại hồ sơ mới' },
      { id: 'c', text: 'Văn bản xin lỗi, ghi rõ lý do quá hạn và thời gian đề nghị gia hạn trả kết quả' },
      { id: 'd', text: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, đối với hồ sơ quá hạn, cơ quan có thẩm quyền phải gửi văn bản xin lỗi tổ chức, cá nhân, trong đó ghi rõ lý do quá hạn và thời gian đề nghị gia hạn trả kết quả.',
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
  },
  {
    id: 'q017',
    topicId: 'mot-cua',
    text: 'Theo Nghị định số 61/2018/NĐ-CP, cán bộ, công chức, viên chức tại Bộ phận Một cửa bị nghiêm cấm những hành vi nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Cản trở tổ chức, cá nhân lựa chọn hình thức nộp hồ sơ, nhận kết quả giải quyết thủ tục hành chính' },
      { id: 'b', text: 'Hướng dẫn tổ chức, cá nhân hoàn thiện hồ sơ theo đúng quy định' },
      { id: 'c', text: 'Tự ý yêu cầu bổ sung hồ sơ, giấy tờ ngoài quy định' },
      { id: 'd', text: 'Đùn đẩy trách nhiệm, thiếu công bằng, không khách quan khi giải quyết thủ tục hành chính' },
    ],
    correctOptionIds: ['a', 'c', 'd'],
    explanation:
      'Theo Nghị định 61/2018/NĐ-CP, nghiêm cấm cản trở tổ chức, cá nhân lựa chọn hình thức nộp hồ sơ, nhận kết quả; tự ý yêu cầu bổ sung hồ sơ, giấy tờ ngoài quy định; đùn đẩy trách nhiệm, thiếu công bằng, không khách quan. Việc hướng dẫn tổ chức, cá nhân là chức năng của Trung tâm Phục vụ hành chính công, không phải hành vi bị cấm.',
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
  },
  {
    id: 'q019',
    topicId: 'mot-cua',
    text: 'Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP có hiệu lực thi hành từ ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 23/11/2018' },
      { id: 'b', text: 'Ngày 01/01/2019' },
      { id: 'c', text: 'Ngày 06/01/2019' },
      { id: 'd', text: 'Ngày 21/6/2018' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Thông tư 01/2018/TT-VPCP ban hành ngày 23/11/2018 và có hiệu lực thi hành từ ngày 06/01/2019.',
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
  },
  {
    id: 'q021',
    topicId: 'mot-cua',
    text: 'Theo Thông tư số 01/2018/TT-VPCP, Mẫu số 04 là biểu mẫu nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả' },
      { id: 'b', text: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả' },
      { id: 'c', text: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' },
      { id: 'd', text: 'Sổ theo dõi hồ sơ' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Theo phụ lục biểu mẫu của Thông tư 01/2018/TT-VPCP, Mẫu số 04 là Phiếu xin lỗi và hẹn lại ngày trả kết quả.',
  },
  {
    id: 'q022',
    topicId: 'mot-cua',
    text: 'Theo Thông tư số 01/2018/TT-VPCP, “Giấy tiếp nhận hồ sơ và hẹn trả kết quả” là biểu mẫu số mấy?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Mẫu số 02' },
      { id: 'b', text: 'Mẫu số 03' },
      { id: 'c', text: 'Mẫu số 05' },
      { id: 'd', text: 'Mẫu số 01' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Theo phụ lục biểu mẫu của Thông tư 01/2018/TT-VPCP, Mẫu số 01 là Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
  },
  {
    id: 'q023',
    topicId: 'mot-cua',
    text: 'Những biểu mẫu nào sau đây được ban hành kèm theo Thông tư số 01/2018/TT-VPCP? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ' },
      { id: 'b', text: 'Phiếu thu phí, lệ phí giải quyết thủ tục hành chính' },
      { id: 'c', text: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' },
      { id: 'd', text: 'Phiếu kiểm soát quá trình giải quyết hồ sơ' },
    ],
    correctOptionIds: ['a', 'c', 'd'],
    explanation:
      'Thông tư 01/2018/TT-VPCP ban hành 06 biểu mẫu: Giấy tiếp nhận hồ sơ và hẹn trả kết quả; Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; Phiếu từ chối tiếp nhận giải quyết hồ sơ; Phiếu xin lỗi và hẹn lại ngày trả kết quả; Phiếu kiểm soát quá trình giải quyết hồ sơ; Sổ theo dõi hồ sơ. Không có phiếu thu phí, lệ phí.',
  },
  {
    id: 'q024',
    topicId: 'mot-cua',
    text: 'Theo Thông tư số 01/2018/TT-VPCP, các biểu mẫu được in trên khổ giấy A5 (148 mm × 210 mm), trừ biểu mẫu nào được in trên khổ giấy A4?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Mẫu số 06 – Sổ theo dõi hồ sơ' },
      { id: 'b', text: 'Mẫu số 04 – Phiếu xin lỗi và hẹn lại ngày trả kết quả' },
      { id: 'c', text: 'Mẫu số 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả' },
      { id: 'd', text: 'Mẫu số 05 – Phiếu kiểm soát quá trình giải quyết hồ sơ' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo phụ lục biểu mẫu của Thông tư 01/2018/TT-VPCP, các biểu mẫu được sử dụng trên phương tiện điện tử và in khổ A5; riêng Mẫu số 06 (Sổ theo dõi hồ sơ) in khổ A4.',
  },
  {
    id: 'q025',
    topicId: 'mot-cua',
    text: 'Theo Điều 19 Thông tư số 01/2018/TT-VPCP, trong cấu trúc mã số hồ sơ thủ tục hành chính, nhóm ký tự “YYMMDD” thể hiện nội dung gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày hẹn trả kết quả' },
      { id: 'b', text: 'Ngày tiếp nhận hồ sơ' },
      { id: 'c', text: 'Ngày sinh của người nộp hồ sơ' },
      { id: 'd', text: 'Ngày ban hành thủ tục hành chính' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 19 Thông tư 01/2018/TT-VPCP, mã số hồ sơ có cấu trúc V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX, trong đó YYMMDD là năm, tháng, ngày tiếp nhận hồ sơ.',
  },
  {
    id: 'q026',
    topicId: 'mot-cua',
    text: 'Theo Điều 19 Thông tư số 01/2018/TT-VPCP, nhóm 4 chữ số “XXXX” ở cuối mã số hồ sơ thủ tục hành chính thể hiện nội dung gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Mã số của công chức tiếp nhận hồ sơ' },
      { id: 'b', text: 'Số trang của hồ sơ' },
      { id: 'c', text: 'Số thứ tự hồ sơ được tiếp nhận trong ngày' },
      { id: 'd', text: 'Mã bưu chính nơi cư trú của người nộp hồ sơ' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo Điều 19 Thông tư 01/2018/TT-VPCP, XXXX là số thứ tự hồ sơ tiếp nhận trong ngày, gồm 4 chữ số.',
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
      'Theo Điều 19 Thông tư 01/2018/TT-VPCP, phần đầu của mã số hồ sơ là mã đơn vị được xác định theo Thông tư 10/2016/TT-BTTTT.',
  },
  {
    id: 'q028',
    topicId: 'mot-cua',
    text: 'Theo Điều 19 Thông tư số 01/2018/TT-VPCP, mã số hồ sơ thủ tục hành chính có thể được sử dụng kèm với hình thức nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Mã vạch' },
      { id: 'b', text: 'Dấu vân tay của người nộp hồ sơ' },
      { id: 'c', text: 'Mã QR' },
    ],
    correctOptionIds: ['a', 'c'],
    explanation: 'Theo Điều 19 Thông tư 01/2018/TT-VPCP, mã số hồ sơ thủ tục hành chính có thể được sử dụng kèm mã vạch hoặc mã QR.',
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
    explanation: 'Theo tin bài của bnews.vn, Trung tâm Hành chính công tỉnh Bắc Giang khai trương, đi vào hoạt động ngày 01/9/2016.',
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
    explanation:
      'Theo tin bài của bnews.vn về ngày khai trương 01/9/2016, Trung tâm gồm 2 tầng, trong đó tầng 2 là khu tiếp nhận và trả kết quả với 23 quầy.',
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
    explanation: 'Theo tin bài của bnews.vn, Trung tâm Hành chính công tỉnh Bắc Giang rộng 1.300 m², gồm 2 tầng.',
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
    explanation: 'Nghị định 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ quy định về thực hiện thủ tục hành chính trên môi trường điện tử.',
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
    explanation: 'Theo thuộc tính văn bản, Nghị định 45/2020/NĐ-CP được ban hành ngày 08/4/2020 và có hiệu lực thi hành từ ngày 22/5/2020.',
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
    explanation: 'Theo thuộc tính văn bản, Nghị định 45/2020/NĐ-CP do Thủ tướng Chính phủ Nguyễn Xuân Phúc ký ban hành.',
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
      'Theo khoản 2 Điều 1 Nghị định 45/2020/NĐ-CP, Nghị định không điều chỉnh thủ tục hành chính theo cơ chế một cửa quốc gia, một cửa ASEAN và việc kiểm tra chuyên ngành đối với hàng hóa xuất khẩu, nhập khẩu.',
  },
  {
    id: 'q036',
    topicId: 'tthc-dien-tu',
    text: 'Theo khoản 2 Điều 3 Nghị định số 45/2020/NĐ-CP, “thực hiện thủ tục hành chính trên môi trường điện tử” là việc cơ quan, tổ chức, cá nhân tiến hành những bước nào bằng phương tiện điện tử thông qua các dịch vụ công trực tuyến?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Toàn bộ hoặc một số bước thực hiện thủ tục hành chính' },
      { id: 'b', text: 'Bắt buộc toàn bộ các bước, từ nộp hồ sơ đến nhận kết quả' },
      { id: 'c', text: 'Chỉ bước nộp hồ sơ' },
      { id: 'd', text: 'Chỉ bước tra cứu thông tin về thủ tục hành chính' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo khoản 2 Điều 3 Nghị định 45/2020/NĐ-CP, thực hiện thủ tục hành chính trên môi trường điện tử là việc tiến hành toàn bộ hoặc một số bước thực hiện thủ tục hành chính bằng phương tiện điện tử thông qua các dịch vụ công trực tuyến.',
  },
  {
    id: 'q037',
    topicId: 'tthc-dien-tu',
    text: 'Theo Điều 2 Nghị định số 45/2020/NĐ-CP, đối tượng nào sau đây được Nghị định khuyến khích áp dụng?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Doanh nghiệp cung ứng dịch vụ bưu chính công ích' },
      { id: 'b', text: 'Đơn vị sự nghiệp công lập và doanh nghiệp nhà nước' },
      { id: 'c', text: 'Ngân hàng, tổ chức trung gian thanh toán' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 2 Nghị định 45/2020/NĐ-CP, Nghị định khuyến khích đơn vị sự nghiệp công lập và doanh nghiệp nhà nước áp dụng; doanh nghiệp bưu chính công ích, ngân hàng, tổ chức trung gian thanh toán là đối tượng áp dụng của Nghị định.',
  },
  {
    id: 'q038',
    topicId: 'tthc-dien-tu',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, tổ chức, cá nhân có thể đăng ký tài khoản thực hiện thủ tục hành chính trên môi trường điện tử ở đâu?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chỉ tại Cổng Dịch vụ công quốc gia' },
      { id: 'b', text: 'Chỉ tại Bộ phận Một cửa cấp xã' },
      { id: 'c', text: 'Chỉ trên trang thông tin điện tử của doanh nghiệp viễn thông' },
      { id: 'd', text: 'Tại Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công cấp bộ, cấp tỉnh' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Nghị định 45/2020/NĐ-CP, tài khoản thực hiện thủ tục hành chính trên môi trường điện tử có thể được đăng ký tại Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công cấp bộ, cấp tỉnh.',
  },
  {
    id: 'q039',
    topicId: 'tthc-dien-tu',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, ngoài tài khoản đăng ký trên Cổng Dịch vụ công, tổ chức, cá nhân còn có thể sử dụng danh tính điện tử kết nối với hệ thống nào để thực hiện thủ tục hành chính trên môi trường điện tử?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Nền tảng trao đổi định danh điện tử trên Cổng Dịch vụ công quốc gia' },
      { id: 'b', text: 'Hệ thống thư điện tử công vụ của tỉnh' },
      { id: 'c', text: 'Tài khoản mạng xã hội của cá nhân' },
      { id: 'd', text: 'Hệ thống quản lý văn bản và điều hành của cơ quan nhà nước' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo Nghị định 45/2020/NĐ-CP, tổ chức, cá nhân có thể sử dụng danh tính điện tử kết nối với Nền tảng trao đổi định danh điện tử trên Cổng Dịch vụ công quốc gia để thực hiện thủ tục hành chính.',
  },
  {
    id: 'q040',
    topicId: 'tthc-dien-tu',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, khi nộp hồ sơ thủ tục hành chính điện tử, tổ chức, cá nhân thực hiện những bước nào sau đây? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Khai thông tin vào biểu mẫu điện tử' },
      { id: 'b', text: 'Nộp lệ phí bằng tiền mặt tại Bộ phận Một cửa trước khi được khai biểu mẫu điện tử' },
      { id: 'c', text: 'Tải lên giấy tờ hợp lệ hoặc dẫn nguồn tài liệu từ Kho quản lý dữ liệu điện tử' },
      { id: 'd', text: 'Ký số nếu có yêu cầu' },
    ],
    correctOptionIds: ['a', 'c', 'd'],
    explanation:
      'Theo Nghị định 45/2020/NĐ-CP, khi nộp hồ sơ điện tử, người dùng khai vào biểu mẫu điện tử, tải lên giấy tờ hợp lệ hoặc dẫn nguồn từ Kho quản lý dữ liệu điện tử và ký số nếu có yêu cầu.',
  },
  {
    id: 'q041',
    topicId: 'tthc-dien-tu',
    text: 'Theo Điều 12 Nghị định số 45/2020/NĐ-CP, việc sửa đổi, bổ sung hồ sơ điện tử được thực hiện như thế nào? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Được thực hiện trên Cổng Dịch vụ công' },
      { id: 'b', text: 'Lịch sử sửa đổi, bổ sung được lưu lại' },
      { id: 'c', text: 'Mỗi lần sửa đổi, hồ sơ được cấp một mã hồ sơ mới' },
      { id: 'd', text: 'Việc sửa đổi, bổ sung không làm thay đổi mã hồ sơ' },
    ],
    correctOptionIds: ['a', 'b', 'd'],
    explanation:
      'Theo Điều 12 Nghị định 45/2020/NĐ-CP, hồ sơ điện tử được sửa đổi, bổ sung trên Cổng Dịch vụ công; lịch sử sửa đổi được lưu lại và việc sửa đổi không làm thay đổi mã hồ sơ.',
  },
  {
    id: 'q042',
    topicId: 'tthc-dien-tu',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử có giá trị pháp lý như thế nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chỉ có giá trị tham khảo' },
      { id: 'b', text: 'Chỉ có giá trị khi được in ra và đóng dấu giáp lai' },
      { id: 'c', text: 'Có giá trị pháp lý như kết quả giải quyết thủ tục hành chính bằng bản giấy' },
      { id: 'd', text: 'Có giá trị pháp lý thấp hơn kết quả bằng bản giấy' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Theo Nghị định 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử có giá trị pháp lý như kết quả giải quyết thủ tục hành chính bằng bản giấy.',
  },
  {
    id: 'q043',
    topicId: 'tthc-dien-tu',
    text: 'Theo Nghị định số 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử đã bị hủy hiệu lực được xử lý như thế nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Bị xóa vĩnh viễn khỏi hệ thống' },
      { id: 'b', text: 'Được trả lại cho tổ chức, cá nhân dưới dạng bản giấy' },
      { id: 'c', text: 'Được chuyển sang hệ thống của doanh nghiệp bưu chính công ích' },
      { id: 'd', text: 'Vẫn được lưu trữ để phục vụ việc tra cứu' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Theo Nghị định 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử đã bị hủy hiệu lực vẫn được lưu trữ để phục vụ việc tra cứu.',
  },
  {
    id: 'q044',
    topicId: 'tthc-dien-tu',
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
  },
  {
    id: 'q045',
    topicId: 'tthc-dien-tu',
    text: 'Theo khoản 3 Điều 14 Nghị định số 45/2020/NĐ-CP, kết quả giải quyết thủ tục hành chính điện tử được đồng bộ vào đâu?',
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
  },
  {
    id: 'q046',
    topicId: 'tthc-dien-tu',
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
      'Theo khoản 3 Điều 14 Nghị định 45/2020/NĐ-CP, kết quả điện tử được đồng bộ vào Kho quản lý dữ liệu điện tử của tổ chức, cá nhân với mã dạng “Mã hồ sơ TTHC-KQ(n)”.',
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
      'Nghị định 43/2011/NĐ-CP ngày 13/6/2011 do Thủ tướng Nguyễn Tấn Dũng ký, quy định việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước.',
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
      { id: 'd', text: 'Là dịch vụ tư vấn pháp luật miễn phí qua điện thoại' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo khoản 4 Điều 3 Nghị định 43/2011/NĐ-CP, dịch vụ công trực tuyến là dịch vụ hành chính công và các dịch vụ khác của cơ quan nhà nước được cung cấp cho các tổ chức, cá nhân trên môi trường mạng.',
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
      { id: 'd', text: 'Gửi bằng tin nhắn SMS' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo khoản 4 Điều 3 Nghị định 43/2011/NĐ-CP, ở mức độ 2, hồ sơ sau khi hoàn thiện được gửi trực tiếp hoặc qua đường bưu điện đến cơ quan, tổ chức cung cấp dịch vụ.',
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
  },
  {
    id: 'q055',
    topicId: 'dvc-truc-tuyen',
    text: 'Theo Nghị định số 43/2011/NĐ-CP, ở dịch vụ công trực tuyến mức độ 4, kết quả giải quyết thủ tục hành chính có thể được trả bằng hình thức nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chỉ trả trực tiếp tại cơ quan giải quyết' },
      { id: 'b', text: 'Chỉ gửi qua đường bưu điện' },
      { id: 'c', text: 'Chỉ trả trực tuyến' },
      { id: 'd', text: 'Trả trực tuyến, trả trực tiếp hoặc gửi qua đường bưu điện' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Nghị định 43/2011/NĐ-CP, ở dịch vụ công trực tuyến mức độ 4, kết quả có thể được trả trực tuyến, trả trực tiếp hoặc gửi qua đường bưu điện đến người sử dụng.',
  },
  {
    id: 'q056',
    topicId: 'dvc-truc-tuyen',
    text: 'Theo Nghị định số 43/2011/NĐ-CP, những mức độ dịch vụ công trực tuyến nào cho phép người sử dụng điền và gửi trực tuyến các mẫu văn bản? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Mức độ 1' },
      { id: 'b', text: 'Mức độ 2' },
      { id: 'c', text: 'Mức độ 3' },
      { id: 'd', text: 'Mức độ 4' },
    ],
    correctOptionIds: ['c', 'd'],
    explanation:
      'Theo Nghị định 43/2011/NĐ-CP, mức độ 3 cho phép điền và gửi trực tuyến các mẫu văn bản; mức độ 4 bao gồm toàn bộ chức năng của mức độ 3 nên cũng cho phép thao tác này.',
  },
  {
    id: 'q057',
    topicId: 'dvc-truc-tuyen',
    text: 'Theo Nghị định số 43/2011/NĐ-CP, những mức độ dịch vụ công trực tuyến nào cho phép người sử dụng tải về các mẫu văn bản? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Mức độ 1' },
      { id: 'b', text: 'Mức độ 2' },
      { id: 'c', text: 'Mức độ 3' },
      { id: 'd', text: 'Mức độ 4' },
    ],
    correctOptionIds: ['b', 'c', 'd'],
    explanation:
      'Theo Nghị định 43/2011/NĐ-CP, mức độ 2 cho phép tải về các mẫu văn bản; mức độ 3 bao gồm mức độ 2 và mức độ 4 bao gồm mức độ 3. Mức độ 1 chỉ cung cấp thông tin về thủ tục hành chính.',
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
      { id: 'd', text: 'Lấy số lượng hồ sơ được tiếp nhận làm thước đo chất lượng phục vụ' },
    ],
    correctOptionIds: ['a', 'c'],
    explanation:
      'Theo mục I Điều 1 Quyết định 274/QĐ-TTg, Đề án lấy người dân, doanh nghiệp làm trung tâm, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng và thiết lập Cổng tại một địa chỉ duy nhất.',
  },
  {
    id: 'q062',
    topicId: 'cong-dvc',
    text: 'Theo Quyết định số 274/QĐ-TTg, yếu tố nào được xác định là thước đo chất lượng của Cổng Dịch vụ công quốc gia?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Số lượng thủ tục hành chính được công khai trên Cổng' },
      { id: 'b', text: 'Số lượt truy cập Cổng mỗi ngày' },
      { id: 'c', text: 'Số lượng cán bộ tham gia vận hành Cổng' },
      { id: 'd', text: 'Sự hài lòng của người dân, doanh nghiệp' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Theo mục I Điều 1 Quyết định 274/QĐ-TTg, sự hài lòng của người dân, doanh nghiệp là thước đo chất lượng.',
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
    explanation: 'Cổng Dịch vụ công quốc gia chính thức khai trương ngày 09/12/2019 (theo tin VietnamPlus ngày 09/12/2019).',
  },
  {
    id: 'q064',
    topicId: 'cong-dvc',
    text: 'Địa chỉ truy cập Cổng Dịch vụ công quốc gia là gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'thitructuyen.bacgiang.gov.vn' },
      { id: 'b', text: 'dichvucong.bacgiang.gov.vn' },
      { id: 'c', text: 'dichvucong.gov.vn' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Cổng Dịch vụ công quốc gia khai trương ngày 09/12/2019 tại địa chỉ dichvucong.gov.vn; theo Quyết định 274/QĐ-TTg, Cổng được thiết lập tại một địa chỉ duy nhất.',
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
    explanation: 'Theo tin VietnamPlus ngày 09/12/2019, Cổng Dịch vụ công quốc gia được khai trương sau 9 tháng xây dựng.',
  },
  {
    id: 'q066',
    topicId: 'cong-dvc',
    text: 'Ai chủ trì Lễ khai trương Cổng Dịch vụ công quốc gia?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thủ tướng Chính phủ Nguyễn Xuân Phúc' },
      { id: 'b', text: 'Phó Chủ tịch Thường trực UBND tỉnh Bắc Giang Lê Ánh Dương' },
      { id: 'c', text: 'Thủ tướng Chính phủ Nguyễn Tấn Dũng' },
    ],
    correctOptionIds: ['a'],
    explanation: 'Theo tin VietnamPlus ngày 09/12/2019, Thủ tướng Chính phủ Nguyễn Xuân Phúc chủ trì Lễ khai trương Cổng Dịch vụ công quốc gia.',
  },
  {
    id: 'q067',
    topicId: 'cong-dvc',
    text: 'Khi khai trương năm 2019, Cổng Dịch vụ công quốc gia gồm bao nhiêu hợp phần?',
    kind: 'single',
    options: [
      { id: 'a', text: '04 hợp phần' },
      { id: 'b', text: '06 hợp phần' },
      { id: 'c', text: '09 hợp phần' },
      { id: 'd', text: '12 hợp phần' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo tin VietnamPlus ngày 09/12/2019, khi khai trương, Cổng Dịch vụ công quốc gia gồm 6 hợp phần, trong đó có Cơ sở dữ liệu quốc gia về thủ tục hành chính, hệ thống đăng nhập một lần, thanh toán điện tử và tiếp nhận phản ánh, kiến nghị.',
  },
  {
    id: 'q068',
    topicId: 'cong-dvc',
    text: 'Những hợp phần nào sau đây thuộc Cổng Dịch vụ công quốc gia khi khai trương năm 2019? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Cơ sở dữ liệu quốc gia về thủ tục hành chính' },
      { id: 'b', text: 'Hệ thống đăng nhập một lần' },
      { id: 'c', text: 'Hệ thống bỏ phiếu bầu cử trực tuyến' },
      { id: 'd', text: 'Hệ thống tiếp nhận phản ánh, kiến nghị' },
    ],
    correctOptionIds: ['a', 'b', 'd'],
    explanation:
      'Theo tin VietnamPlus ngày 09/12/2019, các hợp phần của Cổng Dịch vụ công quốc gia gồm Cơ sở dữ liệu quốc gia về thủ tục hành chính, hệ thống đăng nhập một lần, thanh toán điện tử, tiếp nhận phản ánh, kiến nghị…; Cổng không có hợp phần bầu cử.',
  },
  {
    id: 'q069',
    topicId: 'cong-dvc',
    text: 'Để đăng nhập và sử dụng các dịch vụ trên Cổng Dịch vụ công quốc gia, người dân cần bao nhiêu tài khoản?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Mỗi dịch vụ công một tài khoản riêng' },
      { id: 'b', text: 'Mỗi tỉnh, thành phố một tài khoản riêng' },
      { id: 'c', text: 'Một tài khoản duy nhất' },
      { id: 'd', text: 'Mỗi bộ, ngành một tài khoản riêng' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo thông tin Văn phòng Chính phủ công bố trước khi khai trương (baotintuc.vn, 07/12/2019), người dân chỉ cần một tài khoản duy nhất để đăng nhập Cổng Dịch vụ công quốc gia.',
  },
  {
    id: 'q070',
    topicId: 'cong-dvc',
    text: 'Số điện thoại đường dây nóng hỗ trợ người dân, doanh nghiệp của Cổng Dịch vụ công quốc gia khi khai trương là số nào?',
    kind: 'single',
    options: [
      { id: 'a', text: '19001096' },
      { id: 'b', text: '18001069' },
      { id: 'c', text: '18009610' },
      { id: 'd', text: '18001096' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Theo thông tin Văn phòng Chính phủ công bố (baotintuc.vn, 07/12/2019), đường dây nóng của Cổng Dịch vụ công quốc gia là 18001096.',
  },

  // ------------------------------------------------------------------ thanh toán trực tuyến
  {
    id: 'q071',
    topicId: 'thanh-toan',
    text: 'Theo Nghị định số 43/2011/NĐ-CP, dịch vụ công trực tuyến mức độ nào cho phép người sử dụng thanh toán lệ phí (nếu có) trực tuyến?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Mức độ 1' },
      { id: 'b', text: 'Mức độ 2' },
      { id: 'c', text: 'Mức độ 3' },
      { id: 'd', text: 'Mức độ 4' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo Nghị định 43/2011/NĐ-CP, dịch vụ công trực tuyến mức độ 4 bao gồm mức độ 3 và cho phép người sử dụng thanh toán lệ phí (nếu có) trực tuyến.',
  },
  {
    id: 'q072',
    topicId: 'thanh-toan',
    text: 'Theo Nghị định số 43/2011/NĐ-CP, ở dịch vụ công trực tuyến mức độ 3, việc nộp lệ phí (nếu có) được thực hiện như thế nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thanh toán trực tuyến qua Cổng Dịch vụ công' },
      { id: 'b', text: 'Nộp trực tiếp tại cơ quan, tổ chức cung cấp dịch vụ' },
      { id: 'c', text: 'Trừ tự động vào tài khoản điện thoại di động của người nộp hồ sơ' },
      { id: 'd', text: 'Được miễn toàn bộ lệ phí' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Nghị định 43/2011/NĐ-CP, ở mức độ 3, việc thanh toán lệ phí (nếu có) và nhận kết quả được thực hiện trực tiếp tại cơ quan, tổ chức cung cấp dịch vụ; thanh toán trực tuyến thuộc mức độ 4.',
  },
  {
    id: 'q073',
    topicId: 'thanh-toan',
    text: 'Hợp phần nào của Cổng Dịch vụ công quốc gia phục vụ việc nộp phí, lệ phí giải quyết thủ tục hành chính trực tuyến?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Thanh toán điện tử' },
      { id: 'b', text: 'Cơ sở dữ liệu quốc gia về thủ tục hành chính' },
      { id: 'c', text: 'Hệ thống đăng nhập một lần' },
      { id: 'd', text: 'Tiếp nhận phản ánh, kiến nghị' },
    ],
    correctOptionIds: ['a'],
    explanation: 'Theo tin VietnamPlus ngày 09/12/2019, thanh toán điện tử là một trong các hợp phần của Cổng Dịch vụ công quốc gia khi khai trương.',
  },
  {
    id: 'q074',
    topicId: 'thanh-toan',
    text: 'Theo Điều 2 Nghị định số 45/2020/NĐ-CP, ngân hàng, tổ chức trung gian thanh toán có thuộc đối tượng áp dụng của Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử không?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Không, vì Nghị định chỉ áp dụng đối với cơ quan nhà nước' },
      { id: 'b', text: 'Có, ngân hàng, tổ chức trung gian thanh toán thuộc đối tượng áp dụng của Nghị định' },
      { id: 'c', text: 'Không, ngân hàng, tổ chức trung gian thanh toán chỉ được khuyến khích áp dụng' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Điều 2 Nghị định 45/2020/NĐ-CP, đối tượng áp dụng bao gồm cả ngân hàng, tổ chức trung gian thanh toán; đối tượng được khuyến khích áp dụng là đơn vị sự nghiệp công lập và doanh nghiệp nhà nước.',
  },
  {
    id: 'q075',
    topicId: 'thanh-toan',
    text: 'Theo Quyết định số 45/2016/QĐ-TTg, khi tổ chức, cá nhân sử dụng dịch vụ bưu chính công ích để thực hiện thủ tục hành chính, phí, lệ phí có thể được nộp theo những cách nào? (chọn tất cả đáp án đúng)',
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
  },
  {
    id: 'q078',
    topicId: 'buu-chinh',
    text: 'Theo Điều 5 Quyết định số 45/2016/QĐ-TTg, tổ chức, cá nhân có thể lựa chọn những hình thức nào khi sử dụng dịch vụ bưu chính công ích để thực hiện thủ tục hành chính? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Gửi hồ sơ qua dịch vụ bưu chính công ích' },
      { id: 'b', text: 'Ủy quyền cho nhân viên bưu chính quyết định giải quyết thủ tục hành chính thay cơ quan có thẩm quyền' },
      { id: 'c', text: 'Nhận kết quả qua dịch vụ bưu chính công ích' },
      { id: 'd', text: 'Gửi hồ sơ và nhận kết quả qua dịch vụ bưu chính công ích' },
    ],
    correctOptionIds: ['a', 'c', 'd'],
    explanation:
      'Theo Điều 5 Quyết định 45/2016/QĐ-TTg, tổ chức, cá nhân chọn một trong ba hình thức: gửi hồ sơ; nhận kết quả; gửi hồ sơ và nhận kết quả qua dịch vụ bưu chính công ích. Việc giải quyết thủ tục vẫn thuộc cơ quan có thẩm quyền.',
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
      { id: 'd', text: 'Chỉ áp dụng đối với hồ sơ của tổ chức, không áp dụng đối với cá nhân' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo Quyết định 45/2016/QĐ-TTg, bảo đảm chất lượng dịch vụ là bảo đảm an toàn, ổn định, tin cậy, chính xác, thường xuyên, kịp thời.',
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
  },
  {
    id: 'q082',
    topicId: 'buu-chinh',
    text: 'Theo Điều 2 Nghị định số 45/2020/NĐ-CP, doanh nghiệp cung ứng dịch vụ bưu chính công ích có thuộc đối tượng áp dụng của Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử không?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Không, vì doanh nghiệp bưu chính chỉ chuyển phát hồ sơ bằng giấy' },
      { id: 'b', text: 'Không, doanh nghiệp bưu chính chỉ được khuyến khích áp dụng' },
      { id: 'c', text: 'Có, doanh nghiệp cung ứng dịch vụ bưu chính công ích thuộc đối tượng áp dụng của Nghị định' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo Điều 2 Nghị định 45/2020/NĐ-CP, đối tượng áp dụng bao gồm cả doanh nghiệp cung ứng dịch vụ bưu chính công ích.',
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
    explanation: 'Theo thuộc tính văn bản, Nghị định 63/2010/NĐ-CP do Thủ tướng Chính phủ Nguyễn Tấn Dũng ký ban hành.',
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
      { id: 'd', text: 'Là việc tiếp nhận và trả kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo Điều 3 Nghị định 63/2010/NĐ-CP, kiểm soát thủ tục hành chính là việc xem xét, đánh giá, theo dõi nhằm bảo đảm tính khả thi của quy định về thủ tục hành chính, đáp ứng yêu cầu công khai, minh bạch.',
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
      'Theo khoản 2 Điều 8 Nghị định 63/2010/NĐ-CP (sửa đổi bởi Nghị định 92/2017/NĐ-CP), mẫu đơn, tờ khai, kết quả thực hiện, yêu cầu, điều kiện, phí, lệ phí là bộ phận tạo thành khi thủ tục có quy định; các đáp án còn lại là bộ phận cơ bản bắt buộc.',
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
  },

  // ------------------------------------------------------------------ Chương trình tổng thể CCHC (NQ 30c/NQ-CP)
  {
    id: 'q093',
    topicId: 'chuong-trinh-cchc',
    text: 'Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành chương trình nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2001–2010' },
      { id: 'b', text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020' },
      { id: 'c', text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030' },
      { id: 'd', text: 'Đề án Cổng Dịch vụ công quốc gia' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Nghị quyết 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020.',
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
    explanation: 'Theo Nghị quyết 30c/NQ-CP, Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020 được chia thành 2 giai đoạn: 2011–2015 và 2016–2020.',
  },
  {
    id: 'q095',
    topicId: 'chuong-trinh-cchc',
    text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2001–2010 (trước Chương trình ban hành kèm Nghị quyết số 30c/NQ-CP) được ban hành theo văn bản nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Nghị định số 63/2010/NĐ-CP' },
      { id: 'b', text: 'Quyết định số 274/QĐ-TTg' },
      { id: 'c', text: 'Quyết định số 136/2001/QĐ-TTg ngày 17/9/2001' },
      { id: 'd', text: 'Nghị quyết số 30c/NQ-CP' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2001–2010 được ban hành kèm theo Quyết định 136/2001/QĐ-TTg ngày 17/9/2001.',
  },
  {
    id: 'q096',
    topicId: 'chuong-trinh-cchc',
    text: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020 (Nghị quyết số 30c/NQ-CP) xác định những trọng tâm nào? (chọn tất cả đáp án đúng)',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Cải cách thể chế' },
      { id: 'b', text: 'Xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức, chú trọng cải cách chính sách tiền lương' },
      { id: 'c', text: 'Tăng số lượng thủ tục hành chính để quản lý chặt chẽ hơn' },
      { id: 'd', text: 'Nâng cao chất lượng dịch vụ hành chính và chất lượng dịch vụ công' },
    ],
    correctOptionIds: ['a', 'b', 'd'],
    explanation:
      'Theo Điều 2 Nghị quyết 30c/NQ-CP, Chương trình có 3 trọng tâm: cải cách thể chế; xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức, chú trọng cải cách chính sách tiền lương; nâng cao chất lượng dịch vụ hành chính và dịch vụ công.',
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
    explanation: 'Theo Nghị quyết 30c/NQ-CP, mục tiêu đến năm 2020 sự hài lòng của cá nhân, tổ chức đối với cơ quan hành chính nhà nước đạt trên 80%.',
  },

  // ------------------------------------------------------------------ Cuộc thi tỉnh Bắc Giang năm 2020
  {
    id: 'q098',
    topicId: 'cuoc-thi-2020',
    text: 'Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” tỉnh Bắc Giang năm 2020 bắt đầu vào thời điểm nào?',
    kind: 'single',
    options: [
      { id: 'a', text: '8 giờ 00 phút ngày 14/9/2020' },
      { id: 'b', text: '8 giờ 00 phút ngày 15/9/2020' },
      { id: 'c', text: '0 giờ 00 phút ngày 15/9/2020' },
      { id: 'd', text: '8 giờ 00 phút ngày 01/10/2020' },
    ],
    correctOptionIds: ['b'],
    explanation: 'Theo văn bản của UBND tỉnh Bắc Giang về tuyên truyền, tổ chức Cuộc thi, Cuộc thi bắt đầu từ 8h00 ngày 15/9/2020.',
  },
  {
    id: 'q099',
    topicId: 'cuoc-thi-2020',
    text: 'Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” tỉnh Bắc Giang năm 2020 kết thúc vào thời điểm nào?',
    kind: 'single',
    options: [
      { id: 'a', text: '17 giờ 00 phút ngày 15/10/2020' },
      { id: 'b', text: '24 giờ 00 phút ngày 14/10/2020' },
      { id: 'c', text: '8 giờ 00 phút ngày 15/11/2020' },
      { id: 'd', text: '8 giờ 00 phút ngày 15/10/2020' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Theo văn bản của UBND tỉnh Bắc Giang về tuyên truyền, tổ chức Cuộc thi, Cuộc thi kết thúc vào 8h00 ngày 15/10/2020.',
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
      'Theo văn bản của UBND tỉnh Bắc Giang, người dự thi truy cập chuyên mục Cuộc thi trên Cổng Dịch vụ công tỉnh tại https://dichvucong.bacgiang.gov.vn hoặc http://thitructuyen.bacgiang.gov.vn; dichvucong.gov.vn là Cổng Dịch vụ công quốc gia.',
  },
  {
    id: 'q101',
    topicId: 'cuoc-thi-2020',
    text: 'Chuyên mục Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” tỉnh Bắc Giang năm 2020 được đặt trên cổng nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Cổng Dịch vụ công tỉnh Bắc Giang' },
      { id: 'b', text: 'Cổng Thông tin điện tử Chính phủ' },
      { id: 'c', text: 'Cổng Dịch vụ công quốc gia' },
      { id: 'd', text: 'Trang thông tin điện tử của Báo Bắc Giang' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo văn bản của UBND tỉnh Bắc Giang, chuyên mục Cuộc thi được đặt trên Cổng Dịch vụ công tỉnh Bắc Giang.',
  },
  {
    id: 'q102',
    topicId: 'cuoc-thi-2020',
    text: 'Kế hoạch tổ chức Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” trên địa bàn tỉnh Bắc Giang năm 2020 được UBND tỉnh ban hành với số hiệu nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Kế hoạch số 1520/KH-UBND' },
      { id: 'b', text: 'Kế hoạch số 274/KH-UBND' },
      { id: 'c', text: 'Kế hoạch số 61/KH-UBND' },
      { id: 'd', text: 'Kế hoạch số 45/KH-UBND' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo văn bản của UBND tỉnh Bắc Giang về tuyên truyền, tổ chức Cuộc thi, UBND tỉnh đã ban hành Kế hoạch số 1520/KH-UBND về tổ chức Cuộc thi.',
  },
  {
    id: 'q103',
    topicId: 'cuoc-thi-2020',
    text: 'Lễ phát động Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” tỉnh Bắc Giang năm 2020 được tổ chức vào ngày nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Ngày 10/9/2020' },
      { id: 'b', text: 'Ngày 15/9/2020' },
      { id: 'c', text: 'Ngày 14/9/2020' },
      { id: 'd', text: 'Ngày 15/10/2020' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Theo tin bài về Lễ phát động (hiephoanet.vn), Cuộc thi được phát động ngày 14/9/2020, trước ngày bắt đầu thi 15/9/2020.',
  },
  {
    id: 'q104',
    topicId: 'cuoc-thi-2020',
    text: 'Ai chủ trì Lễ phát động Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” tỉnh Bắc Giang năm 2020?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Giám đốc Sở Thông tin và Truyền thông' },
      { id: 'b', text: 'Bí thư Tỉnh Đoàn Bắc Giang' },
      { id: 'c', text: 'Chủ tịch Liên đoàn Lao động tỉnh' },
      { id: 'd', text: 'Phó Chủ tịch Thường trực UBND tỉnh Lê Ánh Dương' },
    ],
    correctOptionIds: ['d'],
    explanation: 'Theo tin bài về Lễ phát động (hiephoanet.vn), Phó Chủ tịch Thường trực UBND tỉnh Lê Ánh Dương chủ trì Lễ phát động ngày 14/9/2020.',
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
      'Theo thông tin tại Lễ phát động (hiephoanet.vn), đối tượng bắt buộc tham gia Cuộc thi là cán bộ, công chức, viên chức; công dân từ đủ 15 tuổi đang sống, làm việc, học tập tại tỉnh được khuyến khích tham gia.',
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
    explanation:
      'Theo thông tin tại Lễ phát động (hiephoanet.vn), Cuộc thi khuyến khích công dân từ đủ 15 tuổi đang sống, làm việc, học tập tại tỉnh Bắc Giang tham gia.',
  },
  {
    id: 'q107',
    topicId: 'cuoc-thi-2020',
    text: 'Theo văn bản của UBND tỉnh Bắc Giang về tuyên truyền, tổ chức Cuộc thi, cơ quan nào được giao chỉ đạo các cơ quan thông tấn, báo chí trên địa bàn tỉnh tuyên truyền rộng rãi về Cuộc thi?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Sở Thông tin và Truyền thông' },
      { id: 'b', text: 'Sở Giáo dục và Đào tạo' },
      { id: 'c', text: 'Liên đoàn Lao động tỉnh' },
      { id: 'd', text: 'Tỉnh Đoàn Bắc Giang' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo văn bản của UBND tỉnh Bắc Giang, Sở Thông tin và Truyền thông chỉ đạo các cơ quan thông tấn, báo chí trên địa bàn tỉnh tuyên truyền rộng rãi về Cuộc thi đến các tầng lớp Nhân dân.',
  },
  {
    id: 'q108',
    topicId: 'cuoc-thi-2020',
    text: 'Theo văn bản của UBND tỉnh Bắc Giang về tổ chức Cuộc thi, video clip hướng dẫn cách thức tham gia thi, thể lệ và ý nghĩa Cuộc thi do Đài Phát thanh và Truyền hình tỉnh xây dựng có thời lượng bao nhiêu?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Từ 10 đến 15 phút' },
      { id: 'b', text: 'Từ 30 đến 45 phút' },
      { id: 'c', text: 'Từ 2 đến 3 phút' },
      { id: 'd', text: 'Khoảng 60 phút' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo văn bản của UBND tỉnh Bắc Giang, Đài Phát thanh và Truyền hình chủ trì xây dựng video clip từ 2 đến 3 phút hướng dẫn cách thức tham gia thi, thể lệ và ý nghĩa Cuộc thi, hoàn thành trước ngày 10/9/2020.',
  },
  {
    id: 'q109',
    topicId: 'cuoc-thi-2020',
    text: 'Theo văn bản của UBND tỉnh Bắc Giang về tổ chức Cuộc thi, Đài Phát thanh và Truyền hình tỉnh chủ trì, phối hợp với cơ quan nào xây dựng video clip hướng dẫn tham gia Cuộc thi?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Sở Tư pháp' },
      { id: 'b', text: 'Văn phòng UBND tỉnh' },
      { id: 'c', text: 'Sở Nội vụ' },
      { id: 'd', text: 'Sở Văn hóa, Thể thao và Du lịch' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo văn bản của UBND tỉnh Bắc Giang, Đài Phát thanh và Truyền hình chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng video clip hướng dẫn tham gia Cuộc thi.',
  },
  {
    id: 'q110',
    topicId: 'cuoc-thi-2020',
    text: 'Theo văn bản của UBND tỉnh Bắc Giang về tổ chức Cuộc thi, Liên đoàn Lao động tỉnh được đề nghị thông báo, tuyên truyền vận động đối tượng nào tích cực hưởng ứng Cuộc thi?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Hội viên Hội Nông dân' },
      { id: 'b', text: 'Học sinh các trường phổ thông' },
      { id: 'c', text: 'Hội viên Hội Cựu chiến binh' },
      { id: 'd', text: 'Đoàn viên Công đoàn trên địa bàn tỉnh' },
    ],
    correctOptionIds: ['d'],
    explanation:
      'Theo văn bản của UBND tỉnh Bắc Giang, Liên đoàn Lao động tỉnh có văn bản thông báo, tuyên truyền vận động đoàn viên Công đoàn trên địa bàn tỉnh tích cực hưởng ứng Cuộc thi.',
  },
  {
    id: 'q111',
    topicId: 'cuoc-thi-2020',
    text: 'Theo văn bản của UBND tỉnh Bắc Giang về tổ chức Cuộc thi, Sở Giáo dục và Đào tạo được giao nhiệm vụ gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chỉ đạo các cơ quan thông tấn, báo chí tuyên truyền về Cuộc thi' },
      { id: 'b', text: 'Có văn bản thông báo và chỉ đạo các cơ sở giáo dục tích cực tham gia Cuộc thi' },
      { id: 'c', text: 'Xây dựng video clip hướng dẫn cách thức tham gia thi' },
      { id: 'd', text: 'Vận động đoàn viên Công đoàn hưởng ứng Cuộc thi' },
    ],
    correctOptionIds: ['b'],
    explanation:
      'Theo văn bản của UBND tỉnh Bắc Giang, Sở Giáo dục và Đào tạo có văn bản thông báo và chỉ đạo các cơ sở giáo dục tích cực tham gia Cuộc thi.',
  },
  {
    id: 'q112',
    topicId: 'cuoc-thi-2020',
    text: 'Theo văn bản của UBND tỉnh Bắc Giang, Cuộc thi nhằm tuyên truyền, phổ biến những nội dung gì đến cán bộ, công chức, viên chức, người lao động và các tầng lớp Nhân dân trên địa bàn tỉnh?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Lịch sử hình thành và phát triển của tỉnh Bắc Giang' },
      { id: 'b', text: 'Kiến thức về an toàn giao thông' },
      { id: 'c', text: 'Những nội dung cơ bản của quy định pháp luật về cải cách thủ tục hành chính, cách thức sử dụng và thực hiện dịch vụ công trực tuyến trên Cổng Dịch vụ công' },
      { id: 'd', text: 'Quy định về thuế thu nhập cá nhân' },
    ],
    correctOptionIds: ['c'],
    explanation:
      'Theo văn bản của UBND tỉnh Bắc Giang, Kế hoạch số 1520/KH-UBND tổ chức Cuộc thi nhằm tuyên truyền, phổ biến những nội dung cơ bản của quy định pháp luật về cải cách thủ tục hành chính, cách thức sử dụng và thực hiện dịch vụ công trực tuyến trên Cổng Dịch vụ công.',
  },
  {
    id: 'q113',
    topicId: 'cuoc-thi-2020',
    text: 'Theo văn bản của UBND tỉnh Bắc Giang về tổ chức Cuộc thi, UBND các huyện, thành phố chỉ đạo treo băng rôn tuyên truyền Cuộc thi ở đâu?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Tại một số tuyến đường, phố chính trên địa bàn, bảo đảm mỹ quan đô thị và an toàn giao thông' },
      { id: 'b', text: 'Chỉ tại nhà văn hóa thôn, tổ dân phố' },
      { id: 'c', text: 'Chỉ tại trụ sở Ủy ban nhân dân tỉnh' },
      { id: 'd', text: 'Tại tất cả các cột điện trên địa bàn, không cần bảo đảm mỹ quan' },
    ],
    correctOptionIds: ['a'],
    explanation:
      'Theo văn bản của UBND tỉnh Bắc Giang, UBND huyện, thành phố chỉ đạo treo băng rôn tuyên truyền Cuộc thi tại một số tuyến đường, phố chính trên địa bàn, bảo đảm mỹ quan đô thị và an toàn giao thông theo quy định.',
  },
];

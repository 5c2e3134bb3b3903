/**
 * DỮ LIỆU MẪU — sample contest rules for the demo. Dates, portal addresses and participants
 * follow the province's 2020 letter (shared/reference/cong-van-cuoc-thi-bac-giang-2020.md) and
 * the launch report in shared/reference/facts-cchc.md (mục 39: civil servants must take part,
 * citizens from 15 are encouraged); the exam format, scoring and prizes are illustrative, not
 * the official Thể lệ.
 *
 * What the rules say is what the software does:
 * - the prediction is compared with the number of people (each counted once) who scored
 *   20/20 in the round: `perfect_scores` per participant and round in the server
 *   (server/src/leaderboard.ts, results.ts), the reference backend likewise;
 * - the attempt that counts is the best one: higher score, then shorter time, then earlier
 *   submission (`counting: 'best'`, server/src/attempts.ts);
 * - individual prizes per round, three collective prizes by participation rate over the whole
 *   contest, “Khác / Người dân” not ranked (SAMPLE_PRIZES in server/src/definition.ts, the
 *   staff counts in server/src/sample-unit-staff.ts); the public leaderboard lists units by
 *   head count, for information.
 * - The identity document of 2020 is the 9-digit CMND or the 12-digit CCCD, and the minimum age
 *   is 15: the registration form must accept both (see docs/thuat-ngu.md, “Số CMND/CCCD”).
 * Only h3, p, ul/ol/li and strong are used; the element sanitises the HTML before rendering.
 */

/** The minimum age of the rules (Điều 1), the same as the bank's question q106. */
export const RULES_MIN_AGE = 15;

/** The prediction question as the rules word it (Điều 3): people with 20/20 in the round. */
export const RULES_PREDICTION = 'Dự đoán có bao nhiêu người đạt 20/20 điểm trong đợt thi này?';

export const RULES_HTML: string = `
<p><strong>Thể lệ mẫu dùng cho bản trình diễn.</strong> Nội dung dưới đây minh họa cách hiển thị Thể lệ, không phải văn bản chính thức của Ban Tổ chức.</p>

<p><strong>THỂ LỆ CUỘC THI TRỰC TUYẾN “TÌM HIỂU VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ DỊCH VỤ CÔNG TRỰC TUYẾN” TỈNH BẮC GIANG NĂM 2020</strong></p>

<h3>Điều 1. Đối tượng dự thi</h3>
<ol>
  <li>Cán bộ, công chức, viên chức đang công tác tại các cơ quan, đơn vị trên địa bàn tỉnh Bắc Giang có trách nhiệm tham gia dự thi; người lao động trong các cơ quan, đơn vị được khuyến khích tham gia.</li>
  <li>Học sinh, sinh viên và Nhân dân <strong>từ đủ ${RULES_MIN_AGE} tuổi trở lên</strong> đang sinh sống, làm việc, học tập trên địa bàn tỉnh được khuyến khích tham gia dự thi.</li>
  <li>Thành viên Ban Tổ chức, Tổ giúp việc và những người tham gia xây dựng bộ đề thi <strong>không được</strong> tham gia dự thi.</li>
</ol>

<h3>Điều 2. Thời gian dự thi</h3>
<p>Cuộc thi bắt đầu từ <strong>8 giờ 00 phút ngày 15/9/2020</strong> và kết thúc vào <strong>8 giờ 00 phút ngày 15/10/2020</strong>. Bài thi nộp sau thời điểm kết thúc không được tính kết quả.</p>
<p>Cuộc thi chia thành <strong>04 đợt</strong>: Đợt 1 từ 8 giờ 00 ngày 15/9 đến 8 giờ 00 ngày 22/9/2020; Đợt 2 đến 8 giờ 00 ngày 29/9/2020; Đợt 3 đến 8 giờ 00 ngày 06/10/2020; Đợt 4 đến 8 giờ 00 ngày 15/10/2020.</p>

<h3>Điều 3. Hình thức thi</h3>
<ol>
  <li>Cuộc thi được tổ chức theo hình thức <strong>trực tuyến</strong> trên Cổng Dịch vụ công tỉnh Bắc Giang tại địa chỉ https://dichvucong.bacgiang.gov.vn hoặc http://thitructuyen.bacgiang.gov.vn.</li>
  <li>Người dự thi khai báo: họ và tên; ngày sinh; số <strong>Chứng minh nhân dân (9 chữ số) hoặc Căn cước công dân (12 chữ số)</strong>; số điện thoại di động; đơn vị công tác (người không thuộc cơ quan, đơn vị nào chọn “Khác / Người dân”). Mỗi người dùng <strong>một</strong> số giấy tờ tùy thân trong suốt Cuộc thi; dùng hai số khác nhau được coi là hai người và có thể bị hủy kết quả.</li>
  <li>Mỗi bài thi gồm <strong>20 câu hỏi trắc nghiệm</strong> được chọn ngẫu nhiên từ Bộ đề thi, làm trong <strong>20 phút</strong>. Hết giờ, hệ thống tự động thu bài.</li>
  <li>Ngoài 20 câu hỏi trắc nghiệm, người dự thi trả lời <strong>câu hỏi dự đoán</strong>: “${RULES_PREDICTION}”. Mỗi người đạt 20/20 điểm chỉ được tính một lần trong đợt, dù đạt 20/20 ở nhiều lượt thi.</li>
  <li>Trong mỗi đợt, mỗi người được dự thi <strong>tối đa 03 lượt</strong>. Lượt thi được tính để xếp hạng là lượt có điểm cao nhất; nếu bằng điểm, lượt có thời gian làm bài ngắn hơn; nếu vẫn bằng, lượt nộp bài sớm hơn. Câu trả lời dự đoán được lấy theo lượt thi được tính.</li>
  <li>Phần <strong>Thi thử</strong> không giới hạn số lần, không tính kết quả và không trừ vào số lượt thi.</li>
</ol>

<h3>Điều 4. Cách tính điểm và xếp hạng</h3>
<ol>
  <li>Mỗi câu trả lời đúng được <strong>01 điểm</strong>; điểm tối đa của một bài thi là <strong>20 điểm</strong>. Với câu hỏi có nhiều đáp án đúng, người dự thi phải chọn đủ và đúng tất cả các đáp án mới được tính điểm.</li>
  <li>Giải cá nhân được xét theo <strong>từng đợt</strong>, theo thứ tự ưu tiên sau:
    <ul>
      <li>người có số điểm cao hơn;</li>
      <li>nếu bằng điểm: người có câu trả lời dự đoán gần đúng hơn với số người đạt 20/20 điểm trong đợt; người không trả lời câu hỏi dự đoán xếp sau;</li>
      <li>nếu vẫn bằng nhau: người có thời gian làm bài ngắn hơn;</li>
      <li>nếu vẫn bằng nhau: người nộp bài sớm hơn.</li>
    </ul>
  </li>
  <li>Bảng xếp hạng “Toàn cuộc thi” trên trang Cuộc thi chỉ để theo dõi, không dùng để xét giải cá nhân.</li>
</ol>

<h3>Điều 5. Giải thưởng</h3>
<ol>
  <li><strong>Giải cá nhân</strong> (mỗi đợt): 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 10 giải Khuyến khích.</li>
  <li><strong>Giải tập thể</strong> (cả Cuộc thi): 03 giải cho các cơ quan, đơn vị có <strong>tỷ lệ tham gia</strong> cao nhất. Tỷ lệ tham gia bằng số người dự thi đã chọn đơn vị đó (mỗi người tính một lần trong cả Cuộc thi) chia cho tổng số cán bộ, công chức, viên chức, người lao động của đơn vị theo số liệu đơn vị báo cáo Ban Tổ chức. Nếu bằng tỷ lệ, đơn vị có nhiều người dự thi hơn xếp trên. Mục “Khác / Người dân” không xét giải tập thể. Bảng xếp hạng trên trang Cuộc thi xếp đơn vị theo số người dự thi để theo dõi; giải tập thể xét theo tỷ lệ tham gia.</li>
  <li>Mức giải mẫu (chỉ dùng để minh họa):
    <ul>
      <li>Giải Nhất: 3.000.000 đồng/giải;</li>
      <li>Giải Nhì: 2.000.000 đồng/giải;</li>
      <li>Giải Ba: 1.000.000 đồng/giải;</li>
      <li>Giải Khuyến khích: 500.000 đồng/giải;</li>
      <li>Giải tập thể: 2.000.000 đồng/giải.</li>
    </ul>
  </li>
</ol>

<h3>Điều 6. Quy định khác</h3>
<ul>
  <li>Người dự thi phải khai báo <strong>thông tin cá nhân chính xác</strong>; bài thi có thông tin không chính xác hoặc không xác minh được sẽ không được xét giải.</li>
  <li>Thông tin cá nhân của người dự thi chỉ được sử dụng cho việc tổ chức Cuộc thi, xét và trao giải, thống kê theo đơn vị; Ban Tổ chức có trách nhiệm <strong>bảo vệ thông tin cá nhân</strong> của người dự thi theo quy định của pháp luật.</li>
  <li>Nghiêm cấm sử dụng phần mềm, công cụ tự động hoặc bất kỳ hình thức <strong>gian lận</strong> nào; bài thi vi phạm sẽ bị hủy kết quả.</li>
  <li>Ban Tổ chức giữ <strong>quyền quyết định cuối cùng</strong> đối với các trường hợp phát sinh trong quá trình tổ chức Cuộc thi.</li>
</ul>
`;

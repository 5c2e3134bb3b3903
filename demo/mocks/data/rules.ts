/**
 * DỮ LIỆU MẪU — sample contest rules for the demo. Dates, portal addresses and participants
 * follow the province's 2020 letter (shared/reference/cong-van-cuoc-thi-bac-giang-2020.md);
 * the exam format, scoring and prizes are illustrative, not the official Thể lệ.
 * Only h3, p, ul/ol/li and strong are used; the element sanitises the HTML before rendering.
 */

export const RULES_HTML: string = `
<p><strong>Thể lệ mẫu dùng cho bản trình diễn.</strong> Nội dung dưới đây minh họa cách hiển thị Thể lệ, không phải văn bản chính thức của Ban Tổ chức.</p>

<p><strong>THỂ LỆ CUỘC THI TRỰC TUYẾN “TÌM HIỂU VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ DỊCH VỤ CÔNG TRỰC TUYẾN” TỈNH BẮC GIANG NĂM 2020</strong></p>

<h3>Điều 1. Đối tượng dự thi</h3>
<ol>
  <li>Cán bộ, công chức, viên chức, người lao động đang công tác tại các cơ quan, đơn vị trên địa bàn tỉnh Bắc Giang.</li>
  <li>Học sinh, sinh viên và Nhân dân đang sinh sống, làm việc, học tập trên địa bàn tỉnh.</li>
  <li>Thành viên Ban Tổ chức, Tổ giúp việc và những người tham gia xây dựng bộ đề thi <strong>không được</strong> tham gia dự thi.</li>
</ol>

<h3>Điều 2. Thời gian dự thi</h3>
<p>Cuộc thi bắt đầu từ <strong>8 giờ 00 phút ngày 15/9/2020</strong> và kết thúc vào <strong>8 giờ 00 phút ngày 15/10/2020</strong>. Bài thi nộp sau thời điểm kết thúc không được tính kết quả.</p>
<p>Cuộc thi chia thành <strong>04 đợt</strong>: Đợt 1 từ 8 giờ 00 ngày 15/9 đến 8 giờ 00 ngày 22/9/2020; Đợt 2 đến 8 giờ 00 ngày 29/9/2020; Đợt 3 đến 8 giờ 00 ngày 06/10/2020; Đợt 4 đến 8 giờ 00 ngày 15/10/2020.</p>

<h3>Điều 3. Hình thức thi</h3>
<ol>
  <li>Cuộc thi được tổ chức theo hình thức <strong>trực tuyến</strong> trên Cổng Dịch vụ công tỉnh Bắc Giang tại địa chỉ https://dichvucong.bacgiang.gov.vn hoặc http://thitructuyen.bacgiang.gov.vn.</li>
  <li>Người dự thi đăng ký thông tin cá nhân, sau đó làm bài thi gồm <strong>20 câu hỏi trắc nghiệm</strong> được chọn ngẫu nhiên từ bộ đề. Thời gian làm mỗi bài thi là <strong>20 phút</strong>.</li>
  <li>Ngoài 20 câu hỏi trắc nghiệm, người dự thi trả lời <strong>câu hỏi dự đoán</strong>: có bao nhiêu người trả lời đúng tất cả các câu hỏi.</li>
  <li>Trong mỗi đợt, mỗi người được dự thi <strong>tối đa 03 lượt</strong>; Ban Tổ chức lấy lượt thi có kết quả cao nhất của mỗi người để xếp hạng từng đợt và toàn cuộc thi.</li>
</ol>

<h3>Điều 4. Cách tính điểm và xếp giải</h3>
<ol>
  <li>Mỗi câu trả lời đúng được <strong>01 điểm</strong>; điểm tối đa của một bài thi là <strong>20 điểm</strong>. Với câu hỏi có nhiều đáp án đúng, người dự thi phải chọn đủ và đúng tất cả các đáp án mới được tính điểm.</li>
  <li>Giải thưởng được xét theo thứ tự ưu tiên sau:
    <ul>
      <li>người có số điểm cao hơn;</li>
      <li>nếu bằng điểm: người có câu trả lời dự đoán gần đúng nhất với số người trả lời đúng tất cả các câu hỏi;</li>
      <li>nếu vẫn bằng nhau: người có thời gian làm bài ngắn hơn;</li>
      <li>nếu vẫn bằng nhau: người nộp bài sớm hơn.</li>
    </ul>
  </li>
</ol>

<h3>Điều 5. Giải thưởng</h3>
<ol>
  <li><strong>Giải cá nhân</strong>: 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 10 giải Khuyến khích.</li>
  <li><strong>Giải tập thể</strong>: trao cho các cơ quan, đơn vị có tỷ lệ cán bộ, công chức, viên chức, người lao động tham gia dự thi cao nhất.</li>
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
  <li>Thông tin cá nhân của người dự thi chỉ được sử dụng cho việc tổ chức Cuộc thi, xét và trao giải; Ban Tổ chức có trách nhiệm <strong>bảo vệ dữ liệu cá nhân</strong> theo quy định của pháp luật.</li>
  <li>Nghiêm cấm sử dụng phần mềm, công cụ tự động hoặc bất kỳ hình thức <strong>gian lận</strong> nào; bài thi vi phạm sẽ bị hủy kết quả.</li>
  <li>Ban Tổ chức giữ <strong>quyền quyết định cuối cùng</strong> đối với các trường hợp phát sinh trong quá trình tổ chức Cuộc thi.</li>
</ul>
`;

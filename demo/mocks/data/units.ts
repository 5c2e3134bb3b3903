/**
 * DỮ LIỆU MẪU — sample data for the demo; verify against the official lists before any real use.
 *
 * Đơn vị dự thi và đơn vị hành chính của tỉnh Bắc Giang theo tên gọi năm 2020 (sau khi sắp xếp
 * đơn vị hành chính cấp xã theo Nghị quyết số 813/NQ-UBTVQH14 ngày 21/11/2019). Danh sách xã,
 * phường, thị trấn chỉ là một phần, dùng cho bản trình diễn.
 */
import type { District, Unit } from '../../../src/contract/schemas.ts';

const TINH_UY = 'Các Ban, cơ quan thuộc Tỉnh ủy';
const SO_NGANH = 'Sở, ban, ngành tỉnh';
const HUYEN = 'UBND huyện, thành phố';
const TRUNG_UONG = 'Cơ quan Trung ương đóng trên địa bàn';
const DOAN_THE = 'Đoàn thể';
const TRUONG = 'Trường Đại học, Cao đẳng, Trung cấp';

export const UNITS: Unit[] = [
  // Các Ban, cơ quan thuộc Tỉnh ủy
  { id: 'van-phong-tinh-uy', name: 'Văn phòng Tỉnh ủy', group: TINH_UY },
  { id: 'ban-to-chuc-tinh-uy', name: 'Ban Tổ chức Tỉnh ủy', group: TINH_UY },
  { id: 'ban-tuyen-giao-tinh-uy', name: 'Ban Tuyên giáo Tỉnh ủy', group: TINH_UY },
  { id: 'ban-dan-van-tinh-uy', name: 'Ban Dân vận Tỉnh ủy', group: TINH_UY },
  { id: 'ban-noi-chinh-tinh-uy', name: 'Ban Nội chính Tỉnh ủy', group: TINH_UY },
  { id: 'uy-ban-kiem-tra-tinh-uy', name: 'Ủy ban Kiểm tra Tỉnh ủy', group: TINH_UY },
  { id: 'dang-uy-khoi-cac-co-quan-tinh', name: 'Đảng ủy Khối các cơ quan tỉnh', group: TINH_UY },
  { id: 'dang-uy-khoi-doanh-nghiep-tinh', name: 'Đảng ủy Khối doanh nghiệp tỉnh', group: TINH_UY },
  { id: 'bao-bac-giang', name: 'Báo Bắc Giang', group: TINH_UY },
  { id: 'truong-chinh-tri-tinh', name: 'Trường Chính trị tỉnh', group: TINH_UY },

  // Sở, ban, ngành tỉnh
  { id: 'van-phong-ubnd-tinh', name: 'Văn phòng UBND tỉnh', group: SO_NGANH },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', group: SO_NGANH },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', group: SO_NGANH },
  { id: 'so-ke-hoach-va-dau-tu', name: 'Sở Kế hoạch và Đầu tư', group: SO_NGANH },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', group: SO_NGANH },
  { id: 'so-cong-thuong', name: 'Sở Công Thương', group: SO_NGANH },
  { id: 'so-nong-nghiep-va-ptnt', name: 'Sở Nông nghiệp và Phát triển nông thôn', group: SO_NGANH },
  { id: 'so-giao-thong-van-tai', name: 'Sở Giao thông vận tải', group: SO_NGANH },
  { id: 'so-xay-dung', name: 'Sở Xây dựng', group: SO_NGANH },
  { id: 'so-tai-nguyen-va-moi-truong', name: 'Sở Tài nguyên và Môi trường', group: SO_NGANH },
  { id: 'so-thong-tin-va-truyen-thong', name: 'Sở Thông tin và Truyền thông', group: SO_NGANH },
  { id: 'so-lao-dong-tbxh', name: 'Sở Lao động - Thương binh và Xã hội', group: SO_NGANH },
  { id: 'so-van-hoa-the-thao-du-lich', name: 'Sở Văn hóa, Thể thao và Du lịch', group: SO_NGANH },
  { id: 'so-khoa-hoc-va-cong-nghe', name: 'Sở Khoa học và Công nghệ', group: SO_NGANH },
  { id: 'so-giao-duc-va-dao-tao', name: 'Sở Giáo dục và Đào tạo', group: SO_NGANH },
  { id: 'so-y-te', name: 'Sở Y tế', group: SO_NGANH },
  { id: 'so-ngoai-vu', name: 'Sở Ngoại vụ', group: SO_NGANH },
  { id: 'thanh-tra-tinh', name: 'Thanh tra tỉnh', group: SO_NGANH },
  { id: 'ban-dan-toc-tinh', name: 'Ban Dân tộc tỉnh', group: SO_NGANH },
  { id: 'ban-quan-ly-cac-kcn-tinh', name: 'Ban Quản lý các khu công nghiệp tỉnh', group: SO_NGANH },
  { id: 'dai-phat-thanh-va-truyen-hinh-tinh', name: 'Đài Phát thanh và Truyền hình tỉnh', group: SO_NGANH },

  // UBND huyện, thành phố
  { id: 'ubnd-tp-bac-giang', name: 'UBND thành phố Bắc Giang', group: HUYEN },
  { id: 'ubnd-huyen-yen-the', name: 'UBND huyện Yên Thế', group: HUYEN },
  { id: 'ubnd-huyen-tan-yen', name: 'UBND huyện Tân Yên', group: HUYEN },
  { id: 'ubnd-huyen-lang-giang', name: 'UBND huyện Lạng Giang', group: HUYEN },
  { id: 'ubnd-huyen-luc-nam', name: 'UBND huyện Lục Nam', group: HUYEN },
  { id: 'ubnd-huyen-luc-ngan', name: 'UBND huyện Lục Ngạn', group: HUYEN },
  { id: 'ubnd-huyen-son-dong', name: 'UBND huyện Sơn Động', group: HUYEN },
  { id: 'ubnd-huyen-yen-dung', name: 'UBND huyện Yên Dũng', group: HUYEN },
  { id: 'ubnd-huyen-viet-yen', name: 'UBND huyện Việt Yên', group: HUYEN },
  { id: 'ubnd-huyen-hiep-hoa', name: 'UBND huyện Hiệp Hòa', group: HUYEN },

  // Cơ quan Trung ương đóng trên địa bàn
  { id: 'cong-an-tinh', name: 'Công an tỉnh Bắc Giang', group: TRUNG_UONG },
  { id: 'bo-chi-huy-quan-su-tinh', name: 'Bộ Chỉ huy Quân sự tỉnh Bắc Giang', group: TRUNG_UONG },
  { id: 'toa-an-nhan-dan-tinh', name: 'Tòa án nhân dân tỉnh Bắc Giang', group: TRUNG_UONG },
  { id: 'vien-kiem-sat-nhan-dan-tinh', name: 'Viện Kiểm sát nhân dân tỉnh Bắc Giang', group: TRUNG_UONG },
  { id: 'cuc-thue-tinh', name: 'Cục Thuế tỉnh Bắc Giang', group: TRUNG_UONG },
  { id: 'kho-bac-nha-nuoc-bac-giang', name: 'Kho bạc Nhà nước Bắc Giang', group: TRUNG_UONG },
  { id: 'bao-hiem-xa-hoi-tinh', name: 'Bảo hiểm xã hội tỉnh Bắc Giang', group: TRUNG_UONG },
  { id: 'cuc-thong-ke-tinh', name: 'Cục Thống kê tỉnh Bắc Giang', group: TRUNG_UONG },
  { id: 'cuc-thi-hanh-an-dan-su-tinh', name: 'Cục Thi hành án dân sự tỉnh Bắc Giang', group: TRUNG_UONG },
  { id: 'ngan-hang-nha-nuoc-cn-bac-giang', name: 'Ngân hàng Nhà nước Chi nhánh tỉnh Bắc Giang', group: TRUNG_UONG },
  { id: 'buu-dien-tinh', name: 'Bưu điện tỉnh Bắc Giang', group: TRUNG_UONG },
  { id: 'vnpt-bac-giang', name: 'VNPT Bắc Giang', group: TRUNG_UONG },
  { id: 'cong-ty-dien-luc-bac-giang', name: 'Công ty Điện lực Bắc Giang', group: TRUNG_UONG },

  // Đoàn thể
  { id: 'uy-ban-mttq-tinh', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', group: DOAN_THE },
  { id: 'tinh-doan', name: 'Tỉnh Đoàn Bắc Giang', group: DOAN_THE },
  { id: 'lien-doan-lao-dong-tinh', name: 'Liên đoàn Lao động tỉnh', group: DOAN_THE },
  { id: 'hoi-lien-hiep-phu-nu-tinh', name: 'Hội Liên hiệp Phụ nữ tỉnh', group: DOAN_THE },
  { id: 'hoi-nong-dan-tinh', name: 'Hội Nông dân tỉnh', group: DOAN_THE },
  { id: 'hoi-cuu-chien-binh-tinh', name: 'Hội Cựu chiến binh tỉnh', group: DOAN_THE },

  // Trường Đại học, Cao đẳng, Trung cấp
  { id: 'dh-nong-lam-bac-giang', name: 'Trường Đại học Nông - Lâm Bắc Giang', group: TRUONG },
  { id: 'cd-ngo-gia-tu-bac-giang', name: 'Trường Cao đẳng Ngô Gia Tự Bắc Giang', group: TRUONG },
  { id: 'cd-ky-thuat-cong-nghiep', name: 'Trường Cao đẳng Kỹ thuật Công nghiệp', group: TRUONG },
  { id: 'cd-cong-nghe-viet-han-bac-giang', name: 'Trường Cao đẳng Công nghệ Việt - Hàn Bắc Giang', group: TRUONG },
  { id: 'tc-van-hoa-the-thao-du-lich-bac-giang', name: 'Trường Trung cấp Văn hóa, Thể thao và Du lịch Bắc Giang', group: TRUONG },

  // Khác
  { id: 'khac', name: 'Khác / Người dân', group: 'Khác', other: true },
];

export const DISTRICTS: District[] = [
  {
    id: 'tp-bac-giang',
    name: 'Thành phố Bắc Giang',
    communes: [
      { id: 'phuong-tran-phu', name: 'Phường Trần Phú' },
      { id: 'phuong-ngo-quyen', name: 'Phường Ngô Quyền' },
      { id: 'phuong-le-loi', name: 'Phường Lê Lợi' },
      { id: 'phuong-hoang-van-thu', name: 'Phường Hoàng Văn Thụ' },
      { id: 'phuong-dinh-ke', name: 'Phường Dĩnh Kế' },
      { id: 'xa-song-mai', name: 'Xã Song Mai' },
    ],
  },
  {
    id: 'huyen-yen-the',
    name: 'Huyện Yên Thế',
    communes: [
      { id: 'thi-tran-phon-xuong', name: 'Thị trấn Phồn Xương' },
      { id: 'thi-tran-bo-ha', name: 'Thị trấn Bố Hạ' },
      { id: 'xa-dong-ky', name: 'Xã Đồng Kỳ' },
      { id: 'xa-tam-tien', name: 'Xã Tam Tiến' },
      { id: 'xa-dong-tam', name: 'Xã Đồng Tâm' },
    ],
  },
  {
    id: 'huyen-tan-yen',
    name: 'Huyện Tân Yên',
    communes: [
      { id: 'thi-tran-cao-thuong', name: 'Thị trấn Cao Thượng' },
      { id: 'thi-tran-nha-nam', name: 'Thị trấn Nhã Nam' },
      { id: 'xa-cao-xa', name: 'Xã Cao Xá' },
      { id: 'xa-ngoc-thien', name: 'Xã Ngọc Thiện' },
      { id: 'xa-viet-lap', name: 'Xã Việt Lập' },
    ],
  },
  {
    id: 'huyen-lang-giang',
    name: 'Huyện Lạng Giang',
    communes: [
      { id: 'thi-tran-voi', name: 'Thị trấn Vôi' },
      { id: 'thi-tran-kep', name: 'Thị trấn Kép' },
      { id: 'xa-tan-dinh', name: 'Xã Tân Dĩnh' },
      { id: 'xa-quang-thinh', name: 'Xã Quang Thịnh' },
      { id: 'xa-tien-luc', name: 'Xã Tiên Lục' },
    ],
  },
  {
    id: 'huyen-luc-nam',
    name: 'Huyện Lục Nam',
    communes: [
      { id: 'thi-tran-doi-ngo', name: 'Thị trấn Đồi Ngô' },
      { id: 'xa-cam-ly', name: 'Xã Cẩm Lý' },
      { id: 'xa-luc-son', name: 'Xã Lục Sơn' },
      { id: 'xa-bao-dai', name: 'Xã Bảo Đài' },
      { id: 'xa-nghia-phuong', name: 'Xã Nghĩa Phương' },
    ],
  },
  {
    id: 'huyen-luc-ngan',
    name: 'Huyện Lục Ngạn',
    communes: [
      { id: 'thi-tran-chu', name: 'Thị trấn Chũ' },
      { id: 'xa-phuong-son', name: 'Xã Phượng Sơn' },
      { id: 'xa-kien-thanh', name: 'Xã Kiên Thành' },
      { id: 'xa-quy-son', name: 'Xã Quý Sơn' },
      { id: 'xa-hong-giang', name: 'Xã Hồng Giang' },
    ],
  },
  {
    id: 'huyen-son-dong',
    name: 'Huyện Sơn Động',
    communes: [
      { id: 'thi-tran-an-chau', name: 'Thị trấn An Châu' },
      { id: 'thi-tran-tay-yen-tu', name: 'Thị trấn Tây Yên Tử' },
      { id: 'xa-tuan-dao', name: 'Xã Tuấn Đạo' },
      { id: 'xa-vinh-an', name: 'Xã Vĩnh An' },
      { id: 'xa-dai-son', name: 'Xã Đại Sơn' },
    ],
  },
  {
    id: 'huyen-yen-dung',
    name: 'Huyện Yên Dũng',
    communes: [
      { id: 'thi-tran-nham-bien', name: 'Thị trấn Nham Biền' },
      { id: 'thi-tran-tan-an', name: 'Thị trấn Tân An' },
      { id: 'xa-lang-son', name: 'Xã Lãng Sơn' },
      { id: 'xa-tri-yen', name: 'Xã Trí Yên' },
      { id: 'xa-tien-dung', name: 'Xã Tiến Dũng' },
    ],
  },
  {
    id: 'huyen-viet-yen',
    name: 'Huyện Việt Yên',
    communes: [
      { id: 'thi-tran-bich-dong', name: 'Thị trấn Bích Động' },
      { id: 'thi-tran-nenh', name: 'Thị trấn Nếnh' },
      { id: 'xa-van-trung', name: 'Xã Vân Trung' },
      { id: 'xa-quang-chau', name: 'Xã Quang Châu' },
      { id: 'xa-tang-tien', name: 'Xã Tăng Tiến' },
    ],
  },
  {
    id: 'huyen-hiep-hoa',
    name: 'Huyện Hiệp Hòa',
    communes: [
      { id: 'thi-tran-thang', name: 'Thị trấn Thắng' },
      { id: 'xa-hoang-van', name: 'Xã Hoàng Vân' },
      { id: 'xa-mai-trung', name: 'Xã Mai Trung' },
      { id: 'xa-xuan-cam', name: 'Xã Xuân Cẩm' },
      { id: 'xa-huong-lam', name: 'Xã Hương Lâm' },
    ],
  },
];

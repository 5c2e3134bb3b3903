/**
 * DỮ LIỆU MẪU — SAMPLE DATA, invented for the demo: how many cán bộ, công chức, viên chức and
 * người lao động each sample unit (demo/mocks/data/units.ts) has, the denominator of the
 * participation rate behind the collective prize. The figures are plausible orders of
 * magnitude, not official numbers; a province gives its own in its contest definition
 * (`unitStaff`), usually from the staffing report each agency already sends to Sở Nội vụ.
 *
 * A district's UBND counts its whole public sector (commune officials, schools, health
 * stations), which is why those figures are the largest. "Khác / Người dân" has no staff
 * count on purpose: citizens are not a unit's staff, so that entry is listed but not ranked.
 */
export const SAMPLE_UNIT_STAFF: Record<string, number> = {
  // Các Ban, cơ quan thuộc Tỉnh ủy
  'van-phong-tinh-uy': 95,
  'ban-to-chuc-tinh-uy': 42,
  'ban-tuyen-giao-tinh-uy': 38,
  'ban-dan-van-tinh-uy': 26,
  'ban-noi-chinh-tinh-uy': 24,
  'uy-ban-kiem-tra-tinh-uy': 36,
  'dang-uy-khoi-cac-co-quan-tinh': 22,
  'dang-uy-khoi-doanh-nghiep-tinh': 18,
  'bao-bac-giang': 85,
  'truong-chinh-tri-tinh': 64,
  // Sở, ban, ngành tỉnh
  'van-phong-ubnd-tinh': 120,
  'so-noi-vu': 96,
  'so-tu-phap': 78,
  'so-ke-hoach-va-dau-tu': 72,
  'so-tai-chinh': 84,
  'so-cong-thuong': 110,
  'so-nong-nghiep-va-ptnt': 640,
  'so-giao-thong-van-tai': 180,
  'so-xay-dung': 90,
  'so-tai-nguyen-va-moi-truong': 260,
  'so-thong-tin-va-truyen-thong': 70,
  'so-lao-dong-tbxh': 420,
  'so-van-hoa-the-thao-du-lich': 380,
  'so-khoa-hoc-va-cong-nghe': 75,
  'so-giao-duc-va-dao-tao': 2950,
  'so-y-te': 4800,
  'so-ngoai-vu': 28,
  'thanh-tra-tinh': 52,
  'ban-dan-toc-tinh': 30,
  'ban-quan-ly-cac-kcn-tinh': 58,
  'dai-phat-thanh-va-truyen-hinh-tinh': 150,
  // UBND huyện, thành phố
  'ubnd-tp-bac-giang': 3900,
  'ubnd-huyen-yen-the': 3100,
  'ubnd-huyen-tan-yen': 3600,
  'ubnd-huyen-lang-giang': 4000,
  'ubnd-huyen-luc-nam': 4300,
  'ubnd-huyen-luc-ngan': 4700,
  'ubnd-huyen-son-dong': 2600,
  'ubnd-huyen-yen-dung': 3300,
  'ubnd-huyen-viet-yen': 3800,
  'ubnd-huyen-hiep-hoa': 4400,
  // Cơ quan Trung ương đóng trên địa bàn
  'cong-an-tinh': 2500,
  'bo-chi-huy-quan-su-tinh': 900,
  'toa-an-nhan-dan-tinh': 210,
  'vien-kiem-sat-nhan-dan-tinh': 190,
  'cuc-thue-tinh': 480,
  'kho-bac-nha-nuoc-bac-giang': 260,
  'bao-hiem-xa-hoi-tinh': 300,
  'cuc-thong-ke-tinh': 110,
  'cuc-thi-hanh-an-dan-su-tinh': 170,
  'ngan-hang-nha-nuoc-cn-bac-giang': 60,
  'buu-dien-tinh': 520,
  'vnpt-bac-giang': 460,
  'cong-ty-dien-luc-bac-giang': 980,
  // Đoàn thể
  'uy-ban-mttq-tinh': 40,
  'tinh-doan': 45,
  'lien-doan-lao-dong-tinh': 55,
  'hoi-lien-hiep-phu-nu-tinh': 38,
  'hoi-nong-dan-tinh': 36,
  'hoi-cuu-chien-binh-tinh': 20,
  // Trường Đại học, Cao đẳng, Trung cấp
  'dh-nong-lam-bac-giang': 420,
  'cd-ngo-gia-tu-bac-giang': 230,
  'cd-ky-thuat-cong-nghiep': 180,
  'cd-cong-nghe-viet-han-bac-giang': 120,
  'tc-van-hoa-the-thao-du-lich-bac-giang': 65,
  // 'khac' (Khác / Người dân): no staff count, see above.
};

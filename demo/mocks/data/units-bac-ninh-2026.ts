/**
 * DỮ LIỆU MẪU — the second sample contest's units and communes: tỉnh Bắc Ninh as it is since
 * 1 July 2025, in the two-level structure (tỉnh → xã, phường; no districts). Verify against the
 * official lists before any real use.
 *
 * What is sourced, and where:
 * - The province: Nghị quyết 202/2025/QH15 (12/6/2025) made Bắc Giang and Bắc Ninh one province
 *   named Bắc Ninh; two levels of local government from 1/7/2025 under Luật Tổ chức chính quyền
 *   địa phương số 72/2025/QH15 (docs/contract.md, "Local government and identity documents").
 * - The province's departments: the twelve agencies that Nghị định 45/2025/NĐ-CP (28/2/2025)
 *   organises alike in every province (Sở Nội vụ, Sở Tư pháp, Sở Tài chính, Sở Công Thương, Sở
 *   Nông nghiệp và Môi trường, Sở Xây dựng, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du
 *   lịch, Sở Giáo dục và Đào tạo, Sở Y tế, Thanh tra tỉnh, Văn phòng Ủy ban nhân dân), as listed by
 *   HĐND tỉnh Đồng Nai (hdnd.dongnai.gov.vn, "Quy định mới về cơ quan chuyên môn thuộc UBND…").
 *   Whether Bắc Ninh has each under exactly this name is not checked here.
 * - The communes: Nghị quyết 1658/NQ-UBTVQH15 (16/6/2025) leaves Bắc Ninh 99 commune-level units,
 *   66 xã and 33 phường, one of them xã Tuấn Đạo, which was not merged (TTXVN, 27/6/2025,
 *   "Thông tin chi tiết sắp xếp các đơn vị hành chính cấp xã của tỉnh Bắc Ninh",
 *   thethaovanhoa.vn/print-2025062715193351.htm). That report is the only name we could cite:
 *   EVERY OTHER COMMUNE AND WARD BELOW IS A PLACEHOLDER, named "… mẫu NN (tên giữ chỗ)" so that
 *   nobody mistakes it for a real one. A real contest lists all 99 from the resolution.
 */
import type { Commune, Unit } from '../../../src/contract/schemas.ts';

const SO_NGANH = 'Sở, ban, ngành tỉnh';
const CAP_XA = 'UBND xã, phường';

/** Placeholder communes and wards: `count` of them, "Xã mẫu 01 (tên giữ chỗ)"… */
const placeholders = (kind: 'xa' | 'phuong', count: number): Commune[] =>
  Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { id: `${kind}-mau-${n}`, name: `${kind === 'xa' ? 'Xã' : 'Phường'} mẫu ${n} (tên giữ chỗ)` };
  });

/** A sourced name (xã Tuấn Đạo) and placeholders: a part of the 99, for the demo. */
export const COMMUNES_2026: Commune[] = [...placeholders('phuong', 6), { id: 'tuan-dao', name: 'Xã Tuấn Đạo' }, ...placeholders('xa', 8)];

export const UNITS_2026: Unit[] = [
  { id: 'van-phong-ubnd-tinh', name: 'Văn phòng Ủy ban nhân dân tỉnh', group: SO_NGANH },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', group: SO_NGANH },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', group: SO_NGANH },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', group: SO_NGANH },
  { id: 'so-cong-thuong', name: 'Sở Công Thương', group: SO_NGANH },
  { id: 'so-nong-nghiep-va-moi-truong', name: 'Sở Nông nghiệp và Môi trường', group: SO_NGANH },
  { id: 'so-xay-dung', name: 'Sở Xây dựng', group: SO_NGANH },
  { id: 'so-khoa-hoc-va-cong-nghe', name: 'Sở Khoa học và Công nghệ', group: SO_NGANH },
  { id: 'so-van-hoa-the-thao-va-du-lich', name: 'Sở Văn hóa, Thể thao và Du lịch', group: SO_NGANH },
  { id: 'so-giao-duc-va-dao-tao', name: 'Sở Giáo dục và Đào tạo', group: SO_NGANH },
  { id: 'so-y-te', name: 'Sở Y tế', group: SO_NGANH },
  { id: 'thanh-tra-tinh', name: 'Thanh tra tỉnh', group: SO_NGANH },
  // The commune-level people's committees of the communes above (placeholders but one, as they are).
  ...COMMUNES_2026.map((c) => ({ id: `ubnd-${c.id}`, name: `UBND ${c.name.replace(/^X/, 'x').replace(/^P/, 'p')}`, group: CAP_XA })),
  { id: 'khac', name: 'Khác / Người dân', group: 'Khác', other: true },
];

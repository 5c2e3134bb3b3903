/**
 * DỮ LIỆU MẪU — parts of Vietnamese full names for the demo's made-up participants
 * (demo/mocks/seed.ts). Họ (family names) with rough weights after their frequency in the
 * North, including the Tày and Nùng names common in Bắc Giang's mountain districts; tên đệm
 * (middle names) and tên (given names) by gender. No real person is meant.
 */

/** Họ and a rough weight (Nguyễn is by far the most common). */
export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 36],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Vũ', 4],
  ['Đặng', 2.5],
  ['Bùi', 2.5],
  ['Đỗ', 2.2],
  ['Ngô', 1.6],
  ['Dương', 1.4],
  ['Phan', 1.4],
  ['Đào', 1.2],
  ['Đinh', 1.1],
  ['Trịnh', 0.9],
  ['Lương', 0.8],
  ['Hà', 0.8],
  ['Nông', 0.7],
  ['Lý', 0.6],
  ['Thân', 0.6],
  ['Mai', 0.5],
  ['Chu', 0.5],
  ['Tạ', 0.4],
  ['Vi', 0.4],
  ['Lăng', 0.3],
  ['Giáp', 0.3],
];

export const MIDDLE_NAMES: Record<'male' | 'female', readonly string[]> = {
  male: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Ngọc', 'Xuân', 'Thanh', 'Mạnh', 'Tiến', 'Công', 'Duy', 'Trung', 'Thế', 'Anh', 'Hoàng'],
  female: ['Thị', 'Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Phương', 'Hồng', 'Thùy', 'Diệu', 'Kim', 'Bích', 'Hải', 'Quỳnh'],
};

export const GIVEN_NAMES: Record<'male' | 'female', readonly string[]> = {
  male: [
    'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khánh', 'Kiên', 'Lâm', 'Long', 'Minh',
    'Nam', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Thắng', 'Thành', 'Toàn', 'Trung', 'Trường', 'Tuấn', 'Tùng', 'Việt', 'Vinh',
  ],
  female: [
    'Anh', 'Châu', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hiền', 'Hoa', 'Huyền', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan',
    'Mai', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Xuân',
  ],
};

/** A full name such as "Nguyễn Thị Thu Hà" or "Hoàng Văn Nam", drawn with `random`. */
export function makeFullName(random: () => number): string {
  // The lists above are constants and none is empty; a part drawn from an empty one would be ''
  // and is left out of the name.
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
  const total = FAMILY_NAMES.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  const family = FAMILY_NAMES.find(([, w]) => (r -= w) < 0)?.[0] ?? FAMILY_NAMES[0]?.[0] ?? '';
  const gender = random() < 0.55 ? 'female' : 'male';
  const first = pick(MIDDLE_NAMES[gender]);
  const middle = [first];
  // Some names carry a second middle name: "Nguyễn Thị Thu Hà", "Trần Văn Minh Đức".
  if (random() < 0.25) middle.push(pick(MIDDLE_NAMES[gender].filter((m) => m !== 'Thị' && m !== 'Văn' && m !== first)));
  let given = pick(GIVEN_NAMES[gender]);
  while (given !== '' && middle.includes(given)) given = pick(GIVEN_NAMES[gender]);
  return [family, ...middle, given].filter((part) => part !== '').join(' ');
}

/**
 * Vietnamese names for the synthetic commune: Kinh names (family, middle, given; younger people
 * get the newer middle names) and the "A …" / "Y …" names of the Gié-Triêng, Xơ Đăng and Brâu
 * people of the Bờ Y border area. Every string is NFC.
 */
import type { Rng } from './prng';

const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30], ['Trần', 10], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Phan', 4], ['Vũ', 4], ['Võ', 4],
  ['Huỳnh', 3], ['Đặng', 3], ['Bùi', 3], ['Đỗ', 3], ['Hồ', 3], ['Ngô', 2], ['Dương', 2], ['Đinh', 2],
  ['Trương', 2], ['Lý', 1], ['Đào', 1], ['Lương', 1], ['Mai', 1], ['Cao', 1], ['Hà', 1], ['Tạ', 1],
];

const MIDDLE_MALE_OLD: readonly (readonly [string, number])[] = [
  ['Văn', 40], ['Đức', 8], ['Minh', 8], ['Hữu', 6], ['Quốc', 5], ['Công', 5], ['Đình', 4], ['Thanh', 4],
  ['Xuân', 3], ['Ngọc', 2], ['Tiến', 2], ['Trọng', 2],
];
const MIDDLE_FEMALE_OLD: readonly (readonly [string, number])[] = [
  ['Thị', 45], ['Ngọc', 6], ['Thu', 5], ['Thanh', 5], ['Hồng', 4], ['Kim', 4], ['Mỹ', 3], ['Thùy', 3],
  ['Bích', 2], ['Phương', 2], ['Hoài', 2], ['Diệu', 1],
];
const MIDDLE_MALE_YOUNG = ['Minh', 'Gia', 'Bảo', 'Đức', 'Hoàng', 'Quang', 'Anh', 'Nhật', 'Văn', 'Hữu'] as const;
const MIDDLE_FEMALE_YOUNG = ['Ngọc', 'Bảo', 'Khánh', 'Gia', 'Thảo', 'Minh', 'Tuệ', 'Phương', 'Thị', 'Hà'] as const;

const GIVEN_MALE = [
  'An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Hải', 'Khánh', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn', 'Thắng',
  'Tuấn', 'Việt', 'Vinh', 'Huy', 'Hiếu', 'Đạt', 'Trung', 'Tâm', 'Lộc', 'Phúc', 'Thành', 'Toàn', 'Hòa',
  'Khoa', 'Nghĩa', 'Tài', 'Quý', 'Thịnh', 'Hưng', 'Kiên', 'Đông', 'Lâm',
] as const;
const GIVEN_FEMALE = [
  'Anh', 'Châu', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Linh', 'Loan', 'Mai',
  'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Hằng',
  'Thủy', 'Lụa', 'Xuân', 'Liên', 'Diệp', 'Hiền', 'Nhi', 'Ánh', 'Thơm',
] as const;
const GIVEN_MALE_YOUNG = ['Khôi', 'Bảo', 'Phúc', 'Minh', 'Khang', 'Nam', 'Huy', 'Đăng', 'Quân', 'Long', 'Lâm', 'Duy', 'Thiện', 'Kiệt'] as const;
const GIVEN_FEMALE_YOUNG = ['An', 'Vy', 'Ngân', 'Nhi', 'Trâm', 'My', 'Linh', 'Hân', 'Thư', 'Ngọc', 'Chi', 'Như', 'Tâm', 'Diệp'] as const;

const ETHNIC_MALE = [
  'Blong', 'Thuân', 'Nhương', 'Sang', 'Đin', 'Kiên', 'Lâm', 'Phiên', 'Jâm', 'Rin', 'Thoại', 'Nhơn', 'Jơ',
  'Tuyn', 'Hùng', 'Khiêm', 'Brôn', 'Dũng', 'Hiếu', 'Lượng', 'Thiêm', 'Vương', 'Đức', 'Nhiên', 'Krông',
] as const;
const ETHNIC_FEMALE = [
  'Hoa', 'Blanh', 'Nhung', 'Lan', 'Khuyên', 'Sương', 'Thanh', 'Mai', 'Hlai', 'Tuyết', 'Brưm', 'Nga',
  'Phương', 'Vân', 'Ngọc', 'Liên', 'Hà', 'Glơng', 'Djuê', 'Thu', 'Xoan', 'Hiên', 'Ngân', 'Lý', 'Huệ',
] as const;

/** A full name in NFC. `young` = born in 2005 or later; `family` forces a Kinh family name. */
export function personName(rng: Rng, male: boolean, ethnic: boolean, young: boolean, family?: string): string {
  let name: string;
  if (ethnic && family === undefined && !rng.chance(0.12)) {
    name = `${male ? 'A' : 'Y'} ${rng.pick(male ? ETHNIC_MALE : ETHNIC_FEMALE)}`;
  } else {
    const fam = family ?? rng.weighted(FAMILY);
    const middle = young
      ? rng.pick(male ? MIDDLE_MALE_YOUNG : MIDDLE_FEMALE_YOUNG)
      : rng.weighted(male ? MIDDLE_MALE_OLD : MIDDLE_FEMALE_OLD);
    const givens = (young ? (male ? GIVEN_MALE_YOUNG : GIVEN_FEMALE_YOUNG) : male ? GIVEN_MALE : GIVEN_FEMALE).filter((g) => g !== middle);
    name = `${fam} ${middle} ${rng.pick(givens)}`;
  }
  return name.normalize('NFC');
}

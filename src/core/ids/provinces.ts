/**
 * CCCD province codes: the first three digits of a CCCD name the province where the birth was
 * registered (Circular 07/2016/TT-BCA). The 2025 merger into 34 provinces changed no number, so
 * all 63 codes stay valid. Codes 101–295 mean a birth registered abroad.
 */

export interface CccdProvince {
  code: number;
  name: string;
}

/** The 63 province codes of Circular 07/2016/TT-BCA, with the province names of that time. */
export const CCCD_PROVINCES: readonly CccdProvince[] = [
  { code: 1, name: 'Hà Nội' },
  { code: 2, name: 'Hà Giang' },
  { code: 4, name: 'Cao Bằng' },
  { code: 6, name: 'Bắc Kạn' },
  { code: 8, name: 'Tuyên Quang' },
  { code: 10, name: 'Lào Cai' },
  { code: 11, name: 'Điện Biên' },
  { code: 12, name: 'Lai Châu' },
  { code: 14, name: 'Sơn La' },
  { code: 15, name: 'Yên Bái' },
  { code: 17, name: 'Hòa Bình' },
  { code: 19, name: 'Thái Nguyên' },
  { code: 20, name: 'Lạng Sơn' },
  { code: 22, name: 'Quảng Ninh' },
  { code: 24, name: 'Bắc Giang' },
  { code: 25, name: 'Phú Thọ' },
  { code: 26, name: 'Vĩnh Phúc' },
  { code: 27, name: 'Bắc Ninh' },
  { code: 30, name: 'Hải Dương' },
  { code: 31, name: 'Hải Phòng' },
  { code: 33, name: 'Hưng Yên' },
  { code: 34, name: 'Thái Bình' },
  { code: 35, name: 'Hà Nam' },
  { code: 36, name: 'Nam Định' },
  { code: 37, name: 'Ninh Bình' },
  { code: 38, name: 'Thanh Hóa' },
  { code: 40, name: 'Nghệ An' },
  { code: 42, name: 'Hà Tĩnh' },
  { code: 44, name: 'Quảng Bình' },
  { code: 45, name: 'Quảng Trị' },
  { code: 46, name: 'Thừa Thiên Huế' },
  { code: 48, name: 'Đà Nẵng' },
  { code: 49, name: 'Quảng Nam' },
  { code: 51, name: 'Quảng Ngãi' },
  { code: 52, name: 'Bình Định' },
  { code: 54, name: 'Phú Yên' },
  { code: 56, name: 'Khánh Hòa' },
  { code: 58, name: 'Ninh Thuận' },
  { code: 60, name: 'Bình Thuận' },
  { code: 62, name: 'Kon Tum' },
  { code: 64, name: 'Gia Lai' },
  { code: 66, name: 'Đắk Lắk' },
  { code: 67, name: 'Đắk Nông' },
  { code: 68, name: 'Lâm Đồng' },
  { code: 70, name: 'Bình Phước' },
  { code: 72, name: 'Tây Ninh' },
  { code: 74, name: 'Bình Dương' },
  { code: 75, name: 'Đồng Nai' },
  { code: 77, name: 'Bà Rịa - Vũng Tàu' },
  { code: 79, name: 'Thành phố Hồ Chí Minh' },
  { code: 80, name: 'Long An' },
  { code: 82, name: 'Tiền Giang' },
  { code: 83, name: 'Bến Tre' },
  { code: 84, name: 'Trà Vinh' },
  { code: 86, name: 'Vĩnh Long' },
  { code: 87, name: 'Đồng Tháp' },
  { code: 89, name: 'An Giang' },
  { code: 91, name: 'Kiên Giang' },
  { code: 92, name: 'Cần Thơ' },
  { code: 93, name: 'Hậu Giang' },
  { code: 94, name: 'Sóc Trăng' },
  { code: 95, name: 'Bạc Liêu' },
  { code: 96, name: 'Cà Mau' },
];

/** Births registered abroad carry a country code in this range instead of a province. */
export const FOREIGN_BIRTH_FIRST = 101;
export const FOREIGN_BIRTH_LAST = 295;

export type ProvinceCodeKind = 'province' | 'foreign' | 'invalid';

// 0 (the table's initial value) = invalid.
const PROVINCE = 1;
const FOREIGN = 2;

/** One byte per possible 3-digit code, so a lookup is an index, not a search. */
const KIND_BY_CODE = new Uint8Array(1000);
for (const { code } of CCCD_PROVINCES) KIND_BY_CODE[code] = PROVINCE;
for (let code = FOREIGN_BIRTH_FIRST; code <= FOREIGN_BIRTH_LAST; code++) KIND_BY_CODE[code] = FOREIGN;

const NAME_BY_CODE = new Map(CCCD_PROVINCES.map((p) => [p.code, p.name]));

/** What the first three digits of a CCCD (as a number 0–999) stand for. */
export function provinceCodeKind(code: number): ProvinceCodeKind {
  if ((code | 0) !== code || code < 0 || code > 999) return 'invalid';
  const kind = KIND_BY_CODE[code];
  return kind === PROVINCE ? 'province' : kind === FOREIGN ? 'foreign' : 'invalid';
}

/** The province name for one of the 63 codes, or null. */
export function provinceName(code: number): string | null {
  return NAME_BY_CODE.get(code) ?? null;
}

/**
 * A small commune for the door-to-door work lists (ISSUE 11 §1), made in code: each row says what it is and what
 * its team still has to do under bo-y-2025 (seed 000 §II: a level-2 account for residents aged 14+ with a CCCD,
 * its activation, BHYT integrated for every resident; §III.1: unit staff integrated).
 */
import type { CellValue, Grid } from '../../src/core/grid';
import { bhytCard, cccd } from './lists';

export const AS_OF = '2025-10-27';

/** Thôn Nà Lạn: households by "Số hộ" and "Quan hệ với chủ hộ", a phone column, members out of household order. */
export const NA_LAN_HEADER = ['STT', 'Họ và tên', 'Năm sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Số hộ', 'Quan hệ với chủ hộ', 'Số điện thoại', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT', 'Ghi chú'];
export const NA_LAN: Grid = {
  sheet: 'Thôn Nà Lạn',
  values: [
    ['DANH SÁCH NHÂN KHẨU THÔN NÀ LẠN'],
    NA_LAN_HEADER,
    [1, 'Lò Văn Hùng', 1970, cccd(1970, true, 1), bhytCard(1), 12, 'Chủ hộ', '0912 345 678', 'x', 'x', 'x', ''], // done; heads hộ 12
    [2, 'Lò Thị Mai', 1975, cccd(1975, false, 2), bhytCard(2), '', 'Vợ', '', 'x', '', '', ''], // hộ 12 (merged number): activate, integrate
    [3, 'Lò Văn An', 2008, cccd(2008, true, 3), bhytCard(3), '', 'Con', '', '', '', '', ''], // aged 17: level 2, integrate
    [4, 'Vi Văn Bình', 1980, cccd(1980, true, 4), bhytCard(4), 15, 'Chủ hộ', '', 'x', 'x', 'x', ''], // done; heads hộ 15
    [5, 'Lò Thị Hoa', 2015, '', bhytCard(5), 12, 'Cháu', '', '', '', '', ''], // aged 10, back in hộ 12: integrate only
    [6, 'Vi Thị Lan', 1950, cccd(1950, false, 6), '', 15, 'Vợ', '', 'x', 'x', '', 'Không có ĐTTM'], // no smartphone: the guardian list
    [7, 'Hà Văn Tâm', 1990, cccd(1990, true, 7), bhytCard(7), 20, 'Chủ hộ', 987654321, '', '', '', ''], // level 2, integrate; phone lost its 0
  ],
};

/** Thôn Bản Phố: no household column, so the list's own order. */
export const BAN_PHO: Grid = {
  sheet: 'Thôn Bản Phố',
  values: [
    ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT', 'Người giám hộ'],
    [1, 'Nông Văn Sáu', '02/03/1985', cccd(1985, true, 11), bhytCard(11), '', '', '', ''], // level 2, integrate
    [2, 'Nông Thị Bảy', '15/07/1960', cccd(1960, false, 12), bhytCard(12), 'x', 'x', 'x', ''], // done
    [3, 'Nông Văn Tám', '01/01/1940', '', '', '', '', '', 'Nông Văn Sáu'], // a guardian holds the account: record CCCD and BHYT
    [4, 'Nông Thị Chín', '20/11/1999', cccd(1999, false, 14), bhytCard(14), 'x', 'x', '', ''], // integrate
  ],
};

/** Thôn Khuổi Ngọa: everyone done. */
export const KHUOI_NGOA: Grid = {
  sheet: 'Thôn Khuổi Ngọa',
  values: [
    ['STT', 'Họ và tên', 'Năm sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT'],
    [1, 'Hoàng Văn Một', 1972, cccd(1972, true, 21), bhytCard(21), 'x', 'x', 'x'],
    [2, 'Hoàng Thị Hai', 2012, '', bhytCard(22), '', '', 'x'], // aged 13: no account asked of her
  ],
};

/** Trường THCS Bờ Y (seed 000 §III.5): staff and students by class; those aged 14+ without a level-2 account. */
export const SCHOOL: Grid = {
  sheet: 'Trường THCS Bờ Y',
  values: [
    ['STT', 'Họ và tên', 'Năm sinh', 'Lớp', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT'],
    [1, 'Đinh Văn Giáo', 1985, 'Giáo viên', cccd(1985, true, 31), bhytCard(31), 'x', 'x', 'x'], // done
    [2, 'Đinh Thị Nga', 2011, '9A', cccd(2011, false, 32), bhytCard(32), '', '', 'x'], // aged 14: level 2
    [3, 'Đinh Văn Tú', 2011, '', cccd(2011, true, 33), bhytCard(33), 'x', '', ''], // 9A (merged class): activate, integrate
    [4, 'Đinh Thị Út', 2013, '7B', '', bhytCard(34), '', '', ''], // aged 12: integrate only
  ],
};

export const COMMUNE: Grid[] = [NA_LAN, BAN_PHO, KHUOI_NGOA, SCHOOL];

export type { CellValue };

const GIVEN = ['An', 'Bình', 'Cúc', 'Dũng', 'Hà', 'Hải', 'Hằng', 'Hùng', 'Lan', 'Linh', 'Nam', 'Phương'];

/**
 * A village of `households` households of 1–5 people (`phones`: a phone column), the head done and everyone else
 * with steps to do, so its work list runs over several pages and cuts households between them.
 */
export function largeVillage(sheet: string, households: number, phones = true): Grid {
  const header = ['STT', 'Họ và tên', 'Năm sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Mã hộ', 'Quan hệ với chủ hộ', ...(phones ? ['Số điện thoại'] : []), 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT'];
  const values: CellValue[][] = [[`DANH SÁCH ${sheet.toUpperCase()}`], header];
  let serial = 500;
  for (let h = 1; h <= households; h++) {
    const size = 1 + ((h * 7) % 5);
    for (let m = 0; m < size; m++) {
      serial++;
      const year = m === 0 ? 1960 + (h % 20) : 1990 + ((h + m) % 20);
      const done = m === 0;
      const phone = phones ? [m === 0 ? `09${String(10_000_000 + serial).slice(-8)}` : ''] : [];
      values.push([values.length - 1, `Họ ${h} ${GIVEN[(h + m) % GIVEN.length]} Thị Văn Có Tên Khá Dài ${m}`, year, cccd(year, m % 2 === 0, serial), bhytCard(serial), `HGĐ-${String(h).padStart(4, '0')}`, m === 0 ? 'Chủ hộ' : m === 1 ? 'Vợ' : 'Con', ...phone, done ? 'x' : m % 3 === 0 ? 'x' : '', done ? 'x' : '', done ? 'x' : '']);
    }
  }
  return { sheet, values };
}

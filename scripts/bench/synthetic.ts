/**
 * A synthetic commune for the benchmark: person lists shaped like the real ones (title row,
 * header, CCCD as text and sometimes as a number, BHYT cards, dates as text and serials,
 * statuses as "x"/"Có"/blank), with a small share of errors and duplicates.
 */
import type { CellValue, Grid } from '../../src/core/grid';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Mã thẻ BHYT', 'Thường trú', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT vào SSKĐT', 'Ghi chú'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Đức', 'Quốc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hằng', 'Hùng', 'Lan', 'Linh', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Yến'];

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function syntheticCommune(totalRows: number, sheets: number, seed = 1): Grid[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const perSheet = Math.ceil(totalRows / sheets);
  const grids: Grid[] = [];
  let serial = 0;
  for (let s = 0; s < sheets; s++) {
    const rows = Math.min(perSheet, totalRows - s * perSheet);
    const values: CellValue[][] = [[`DANH SÁCH CÔNG DÂN ${s + 1}`], [], HEADER];
    const formats: string[][] = [[], [], []];
    for (let i = 0; i < rows; i++) {
      const year = 1935 + Math.floor(rand() * 90);
      const male = rand() < 0.5;
      const g = (year >= 2000 ? 2 : 0) + (male ? 0 : 1);
      serial++;
      const cccdText = `051${g}${pad(year % 100, 2)}${pad(serial, 6)}`;
      let cccd: CellValue = cccdText;
      let fmt = '';
      const roll = rand();
      if (roll < 0.03) {
        cccd = Number(cccdText); // Excel dropped the leading zero
        fmt = 'General';
      } else if (roll < 0.035) cccd = '1.23457E+11';
      else if (roll < 0.04) cccd = `051${g}${pad(year % 100, 2)}${pad(Math.floor(rand() * serial), 6)}`; // likely a duplicate
      const day = 1 + Math.floor(rand() * 28);
      const month = 1 + Math.floor(rand() * 12);
      const dateRoll = rand();
      const birth: CellValue = dateRoll < 0.7 ? `${pad(day, 2)}/${pad(month, 2)}/${year}` : dateRoll < 0.9 ? year : (year - 1900) * 365.25 + 30 * month;
      const level2 = rand() < 0.85;
      values.push([
        i + 1,
        `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
        birth,
        male ? 'Nam' : 'Nữ',
        cccd,
        rand() < 0.5 ? `GD451${pad(serial, 10)}` : pad(serial, 10),
        rand() < 0.95 ? 'x' : '',
        level2 ? 'x' : '',
        level2 && rand() < 0.9 ? 'Có' : '',
        rand() < 0.7 ? 'x' : 'Chưa',
        '',
      ]);
      formats.push(dateRoll >= 0.9 ? ['', '', 'dd/mm/yyyy', '', fmt] : fmt ? ['', '', '', '', fmt] : []);
    }
    grids.push({ sheet: s < sheets * 0.8 ? `Thôn ${s + 1}` : `Đơn vị ${s + 1}`, values, formats });
  }
  return grids;
}

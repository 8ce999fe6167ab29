/**
 * Builders for count forms as stations send them: a title, a header row in the plans' wording,
 * one row per period (or class). Each test states only the cells it is about.
 */
import type { CellValue, Grid } from '../../src/core/grid';

/** A health station's weekly KCB form (seed 000 §III.3, seed 001, seed 003), every figure the plans name. */
export const KCB_HEADER = [
  'STT',
  'Tuần',
  'Tổng số lượt KCB',
  'Số lượt được hướng dẫn',
  'Có TK mức 2 đã tích hợp BHYT',
  'Chưa có TK, chuyển Công an',
  'Hồ sơ KCB mới',
  'Ký số, gửi trong ngày',
  'KCB bằng CCCD',
  'Trả thông tin thẻ BHYT',
  'Số trường hợp sai lệch',
  'Đã xử lý sai lệch',
] as const;

/** The public-service centre's weekly form (seed 000 §III.7). */
export const SERVICE_HEADER = ['STT', 'Từ ngày', 'Đến ngày', 'Tổng số người đến giao dịch', 'Có TK mức 2 đã tích hợp BHYT', 'Chưa có TK, chuyển Công an'] as const;

/** A school's family report through the class groups (seed 000 §III.5). */
export const FAMILY_HEADER = ['STT', 'Lớp', 'Số nhân khẩu trong hộ', 'Số nhân khẩu đã tích hợp'] as const;

/** Column letter of a header cell in a form built by formGrid without offsets. */
export function columnOf(header: readonly string[], text: string): string {
  const i = header.indexOf(text);
  if (i < 0) throw new Error(`no column ${text}`);
  return String.fromCharCode(65 + i);
}

export interface FormOptions {
  /** Rows above the header. Default: a title and a blank row. */
  above?: CellValue[][];
}

/**
 * A sheet holding a form: the rows above, the header, then the rows as given (`cells` keyed by
 * header text; STT numbered from 1, other missing cells blank).
 */
export function formGrid(sheet: string, header: readonly string[], rows: readonly Record<string, CellValue>[], options: FormOptions = {}): Grid {
  const above = options.above ?? [[`BÁO CÁO SỐ LIỆU ${sheet.toUpperCase()}`], []];
  const body = rows.map((cells, i) => header.map((h) => (h === 'STT' ? i + 1 : (cells[h] ?? ''))));
  return { sheet, values: [...above, [...header], ...body] };
}

/** Excel row (1-based) of the i-th body row of a formGrid with the default rows above. */
export const formRow = (i: number, above = 2) => above + 2 + i;

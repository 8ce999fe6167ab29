import { formatCount } from '../../core/format';
import { EXCEL_COLUMNS, EXCEL_ROWS } from '../../core/sheet-limits';

/**
 * A reference beyond Excel's grid (core/sheet-limits.ts; one cell at row 2,000,000,000 ran the reader out of memory,
 * ISSUE 14 §2), said with what to do: it is no workbook Excel wrote.
 */
export function beyondExcel(kind: 'row' | 'column', n: number): Error {
  const vi = kind === 'row' ? `dòng ${n}` : `cột ${n}`;
  return new Error(
    `${vi} nằm ngoài bảng tính Excel (tối đa ${formatCount(EXCEL_ROWS)} dòng, ${formatCount(EXCEL_COLUMNS)} cột): tệp bị hỏng hoặc không do Excel tạo ra; mở bằng Excel và lưu lại (${kind} ${n} is beyond Excel's grid: the file is damaged; open it in Excel and save it again)`,
  );
}

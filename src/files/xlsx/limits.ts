/** Excel's grid, the largest sheet the product reads: a cell beyond it is no workbook Excel wrote (ISSUE 14 §2). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A reference beyond Excel's grid (one cell at row 2,000,000,000 ran the reader out of memory), said with what to do. */
export function beyondExcel(kind: 'row' | 'column', n: number): Error {
  const vi = kind === 'row' ? `dòng ${n}` : `cột ${n}`;
  return new Error(`${vi} nằm ngoài bảng tính Excel (tối đa 1.048.576 dòng, 16.384 cột): tệp bị hỏng hoặc không do Excel tạo ra; mở bằng Excel và lưu lại (${kind} ${n} is beyond Excel's grid: the file is damaged; open it in Excel and save it again)`);
}

/**
 * Is a sheet named like one of the report's ("Tổng hợp", "Lịch sử", …) ours, or a sheet someone made and
 * happened to name that way? "Tổng hợp" is also what communes call a combined list, and a commune may keep its
 * own "Báo cáo tuần". A sheet is ours when it holds what the layout writes on it (ISSUE 14 §1); one that is not
 * ours is read as a source and never overwritten.
 */
import type { Grid } from '../grid';
import { detectHeader } from '../table/header';
import { detectCountForm } from '../forms/detect';
import { foldKey } from '../text/fold';
import { findMismatchHeader, hasMismatchTitle } from './mismatches';
import { findHistoryHeader, hasHistoryTitle } from '../history/history';
import { OWN_SHEETS, SHEET } from '../vocabulary';
import { CONFIG_LABELS, CONFIG_SECTION_TITLES } from '../campaign/config-sheet';

/** The duplicates sheet's header row, as the layout writes it. */
export const DUPLICATES_COLUMNS = ['STT', 'Loại trùng', 'Số bị trùng', 'Trang', 'Dòng', 'Họ và tên'];

/** The notes sheet (layout/issues.ts): where, whose, what; the code last, for whoever reads the JSON report beside it. */
export const NOTES_COLUMNS = ['STT', 'Trang', 'Vị trí', 'Họ và tên', 'Nội dung, cách xử lý', 'Mức độ', 'Mã lỗi'] as const;
export const NOTES_TITLE = 'LƯU Ý VỀ DANH SÁCH';

/** The annex's roster table header (layout/annex.ts), so the annex read back is ours and not a roster. */
export const ANNEX_ROSTER_COLUMNS = ['STT', 'Họ và tên', 'Chức vụ', 'Lực lượng', 'Số điện thoại'] as const;

/** The work lists' first columns (layout/work-lists.ts): a sheet of that name with this header is ours, not a list. */
export const WORK_LIST_COLUMNS = ['STT', 'Họ và tên', 'Năm sinh', 'CCCD (4 số cuối)', 'BHYT (4 số cuối)'] as const;

/**
 * Texts the layout writes on each of our sheets that a person's own sheet would not hold (compared folded, as the
 * start of a cell), and how many of them make the sheet ours: a heading or a note edited away still leaves it ours.
 * A commune's own "Báo cáo tuần" or "Biểu đồ" holds none (ISSUE 14 §1). test/core/report/own-sheets.test.ts holds
 * these to the sheets the layout writes.
 */
const SIGNED_REPORT = ['II. KẾT QUẢ THEO TỪNG CHỈ TIÊU', 'Thôn, tổ dân phố / Cơ quan, đơn vị', 'Ô tên tô màu: tỷ lệ không tăng so với lần tổng hợp trước'];
const MARKS: Partial<Record<string, { texts: readonly string[]; need: number }>> = {
  [SHEET.weekly]: { texts: SIGNED_REPORT, need: 2 },
  [SHEET.periodic]: { texts: SIGNED_REPORT, need: 2 },
  [SHEET.final]: { texts: ['I. KẾT QUẢ THEO TỪNG TUẦN', 'Tăng, giảm (điểm)'], need: 2 },
  [SHEET.summary]: { texts: ['Thôn, tổ dân phố / Cơ quan, đơn vị', 'Số người trong danh sách'], need: 2 },
  [SHEET.chart]: { texts: ['Theo thôn, tổ dân phố. Số liệu đến ngày', 'Tỷ lệ đạt', 'Chưa có số liệu của thôn, tổ dân phố cho chỉ tiêu này'], need: 2 },
  [SHEET.duplicates]: { texts: ['DANH SÁCH TRÙNG LẶP', ...DUPLICATES_COLUMNS.slice(1, 3)], need: 2 },
  [SHEET.notes]: { texts: [NOTES_TITLE, 'Nội dung, cách xử lý', 'Thôn, tổ dân phố, cơ quan, đơn vị tự sửa'], need: 2 },
  [SHEET.annex]: { texts: ['CÁC DANH SÁCH KÈM THEO BÁO CÁO (không tính vào các chỉ tiêu)'], need: 1 },
  [SHEET.config]: { texts: [CONFIG_LABELS.legacyJson, 'Trang này do add-in Tổng hợp SSKĐT tạo', CONFIG_SECTION_TITLES[0], CONFIG_SECTION_TITLES[1]], need: 1 },
  [SHEET.workLists]: { texts: WORK_LIST_COLUMNS.slice(3), need: 2 },
};

/** How far down the marks are looked for: the signed reports' headings come before their tables. */
const MARK_ROWS = 500;
/** Longer cells are a paragraph, never a heading or a header. */
const MARK_CELL_LENGTH = 300;

function hasMarks(grid: Grid, marks: { texts: readonly string[]; need: number }): boolean {
  const wanted = marks.texts.map(foldKey);
  const found = new Set<number>();
  const reach = Math.min(grid.values.length, MARK_ROWS);
  for (let r = 0; r < reach; r++) {
    for (const cell of grid.values.at(r) ?? []) {
      if (typeof cell !== 'string' || cell.length > MARK_CELL_LENGTH) continue;
      const key = foldKey(cell);
      wanted.forEach((w, i) => {
        if (key.startsWith(w)) found.add(i);
      });
      if (found.size >= marks.need) return true;
    }
  }
  return false;
}

/** The sheet holds nothing: replacing it loses nothing. */
const isBlank = (grid: Grid) => grid.values.every((row) => row.every((v) => v === null || v === ''));

/** The report sheet a name is, compared as Excel compares sheet names (case-insensitively), or null. */
export function ownSheetNamed(name: string): string | null {
  const wanted = name.normalize('NFC').toLowerCase();
  for (const own of OWN_SHEETS) if (own.toLowerCase() === wanted) return own;
  return null;
}

/** The add-in made it: the working list and the history by their headers or title, the other sheets by their marks. */
function madeByUs(grid: Grid, own: string): boolean {
  if (own === SHEET.errors) return findMismatchHeader(grid) !== null || hasMismatchTitle(grid);
  if (own === SHEET.history) return findHistoryHeader(grid) !== null || hasHistoryTitle(grid);
  const marks = MARKS[own];
  return marks !== undefined && hasMarks(grid, marks);
}

/**
 * Whose a sheet with a report sheet's name is: `ours` (the add-in made it, or it is blank), someone's `list` or count
 * form (read and counted, never overwritten), or `theirs`, any other sheet of the commune's (never overwritten);
 * null for any other name.
 */
export function ownershipOf(grid: Grid): 'ours' | 'list' | 'theirs' | null {
  const own = ownSheetNamed(grid.sheet);
  if (own === null) return null;
  if (madeByUs(grid, own) || isBlank(grid)) return 'ours';
  return detectHeader(grid) !== null || detectCountForm(grid) !== null ? 'list' : 'theirs';
}

/** A sheet with a report sheet's name that holds someone's list or count form: a source, not ours. */
export function isListWithReportName(grid: Grid): boolean {
  return ownershipOf(grid) === 'list';
}

/** One of the report's own sheets (by name, and made by the add-in). */
export function isReportSheet(grid: Grid): boolean {
  return ownershipOf(grid) === 'ours';
}

/**
 * Is a sheet named like one of the report's ("Tổng hợp", "Lịch sử", …) ours, or a list someone made and
 * happened to name that way? "Tổng hợp" is also what communes call a combined list. Our sheets never
 * hold a person list or count form header, except the errors and duplicates sheets, whose header rows
 * are exactly ours. A sheet that is not ours is read as a source and never overwritten.
 */
import type { Grid } from '../grid';
import { detectHeader } from '../table/header';
import { detectCountForm } from '../forms/detect';
import { foldKey } from '../text/fold';
import { findMismatchHeader, hasMismatchTitle } from './mismatches';
import { findHistoryHeader, hasHistoryTitle } from '../history/history';
import { OWN_SHEETS, SHEET } from '../vocabulary';

/** The duplicates sheet's header row, as the layout writes it. */
export const DUPLICATES_COLUMNS = ['STT', 'Loại trùng', 'Số bị trùng', 'Trang', 'Dòng', 'Họ và tên'];

/** The annex's roster table header (layout/annex.ts), so the annex read back is ours and not a roster. */
export const ANNEX_ROSTER_COLUMNS = ['STT', 'Họ và tên', 'Chức vụ', 'Lực lượng', 'Số điện thoại'] as const;

/** The work lists' first columns (layout/work-lists.ts): a sheet of that name with this header is ours, not a list. */
export const WORK_LIST_COLUMNS = ['STT', 'Họ và tên', 'Năm sinh', 'CCCD (4 số cuối)', 'BHYT (4 số cuối)'] as const;

/** True when one of the first rows starts with exactly these headers (diacritics and case as folded). */
function hasHeaderRow(grid: Grid, headers: readonly string[]): boolean {
  const wanted = headers.map(foldKey);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a Grid built by hand may leave rows out
  return grid.values.slice(0, 40).some((row) => wanted.every((k, i) => typeof row?.[i] === 'string' && foldKey(row[i]) === k));
}

/** The report sheet a name is, compared as Excel compares sheet names (case-insensitively), or null. */
export function ownSheetNamed(name: string): string | null {
  const wanted = name.normalize('NFC').toLowerCase();
  for (const own of OWN_SHEETS) if (own.toLowerCase() === wanted) return own;
  return null;
}

/** A sheet with a report sheet's name that holds someone's list or count form: a source, not ours. */
export function isListWithReportName(grid: Grid): boolean {
  const own = ownSheetNamed(grid.sheet);
  // The campaign's settings sheet holds indicator ids and labels that can pass for a list header ("bhyt_…").
  if (own === null || own === SHEET.config) return false;
  // The working list by its headers wherever its columns are, or by its title when a header was edited past reading.
  if (own === SHEET.errors && (findMismatchHeader(grid) !== null || hasMismatchTitle(grid))) return false;
  if (own === SHEET.history && (findHistoryHeader(grid) !== null || hasHistoryTitle(grid))) return false;
  const ours = OUR_HEADERS[own];
  if (ours && hasHeaderRow(grid, ours)) return false;
  return detectHeader(grid) !== null || detectCountForm(grid) !== null;
}

/** The header rows of our sheets that hold columns of their own, exactly as the layout writes them. */
const OUR_HEADERS: Partial<Record<string, readonly string[]>> = {
  [SHEET.duplicates]: DUPLICATES_COLUMNS,
  [SHEET.annex]: ANNEX_ROSTER_COLUMNS,
  [SHEET.workLists]: WORK_LIST_COLUMNS,
};

/** One of the report's own sheets (by name, and not someone's list that took the name). */
export function isReportSheet(grid: Grid): boolean {
  return ownSheetNamed(grid.sheet) !== null && !isListWithReportName(grid);
}

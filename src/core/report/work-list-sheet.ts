/**
 * The work lists' sheet of an earlier run ("Rà soát từng người") read back for one thing: whether a team typed into its
 * own columns (Ngày đến, Kết quả, Ghi chú) in the workbook. Then a new work list must not replace it (nothing people
 * typed is lost): the pane asks to rename the sheet, which keeps it as the team's record.
 */
import type { Grid } from '../grid';
import { foldKey } from '../text/fold';
import { SHEET } from '../vocabulary';
import { WORK_LIST_COLUMNS, isReportSheet, ownSheetNamed } from './own-sheets';

/** The columns the layout leaves for the team (layout/work-lists.ts). */
export const TEAM_COLUMNS = ['Ngày đến', 'Kết quả', 'Ghi chú'] as const;

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The work lists' sheet among `grids` with cells typed into the team's columns: its name and how many; null when none. */
export function typedOnWorkLists(grids: readonly Grid[]): { sheet: string; cells: number } | null {
  const grid = grids.find((g) => ownSheetNamed(g.sheet) === SHEET.workLists && isReportSheet(g));
  if (!grid) return null;
  const wanted = WORK_LIST_COLUMNS.map(foldKey);
  const header = grid.values.findIndex((row) => wanted.every((k, i) => typeof row[i] === 'string' && foldKey(row[i]) === k));
  if (header < 0) return null;
  const team = TEAM_COLUMNS.map((name) => grid.values[header].findIndex((v) => typeof v === 'string' && foldKey(v) === foldKey(name))).filter((c) => c >= 0);
  let cells = 0;
  for (let r = header + 1; r < grid.values.length; r++) {
    const row = grid.values[r] as readonly unknown[];
    for (const c of team) if (!isBlank(row[c])) cells++;
  }
  return cells > 0 ? { sheet: grid.sheet, cells } : null;
}

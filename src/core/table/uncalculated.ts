/**
 * Formulas no program calculated (ISSUE 14 §3): a file written by a tool without a calculation engine holds
 * the formula and no value, so the cell reads as empty though it is not. Said once per column, at its first
 * such cell, with how many cells and which rows, and what to do: open the file in Excel and save it.
 */
import { type Grid, sheetColumnLetter } from '../grid';
import { type Issue, issueAt } from '../issues';
import { excelRowOf, placeIn } from '../place';
import { runsText } from './hidden';

export function uncalculatedIssues(grid: Grid): Issue[] {
  return (grid.uncalculated ?? [])
    .filter((c) => c.rows.length > 0)
    .map(({ column, rows }) => issueAt(placeIn(grid, rows[0], sheetColumnLetter(grid, column)), 'FORMULA_NOT_CALCULATED', { cells: rows.length, rows: runsText(rows, (r) => excelRowOf(grid, r)) }));
}

/**
 * Hidden rows and columns, and rows an AutoFilter hides: read and counted like any other (hiding is not
 * deleting), and said, so a commune that hid the rows it did not want counted knows they were counted.
 */
import { type Grid, columnLetter, sheetColumnOf } from '../grid';
import { type Issue, issueAt } from '../issues';
import { excelRowOf, placeIn } from '../place';
import { isBlankCell } from './row-kinds';

/** How many runs a list names before "…". */
const MAX_RUNS = 10;

/** Sorted numbers as runs: "5, 8–12, 40", at most MAX_RUNS of them. */
export function runsText(items: readonly number[], label: (n: number) => string | number): string {
  const sorted = [...new Set(items)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (runs.length === MAX_RUNS) {
      runs.push('…');
      break;
    }
    runs.push(j === i ? String(label(sorted[i])) : `${label(sorted[i])}–${label(sorted[j])}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The information issues for what a sheet hides that holds something. */
export function hiddenIssues(grid: Grid): Issue[] {
  const hidden = grid.hidden;
  if (!hidden) return [];
  const out: Issue[] = [];
  const sheet = placeIn(grid);
  const rows = (hidden.rows ?? []).filter((r) => (grid.values[r] ?? []).some((cell) => !isBlankCell(cell)));
  if (rows.length > 0) {
    out.push(issueAt(sheet, hidden.filtered ? 'LIST_FILTERED' : 'ROWS_HIDDEN', { count: rows.length, rows: runsText(rows, (r) => excelRowOf(grid, r)) }));
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a Grid built by hand may leave rows out
  const columns = (hidden.columns ?? []).filter((c) => grid.values.some((row) => !isBlankCell(row?.[c])));
  if (columns.length > 0) out.push(issueAt(sheet, 'COLUMNS_HIDDEN', { count: columns.length, columns: runsText(columns.map((c) => sheetColumnOf(grid, c)), columnLetter) }));
  return out;
}

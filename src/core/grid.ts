/**
 * Grid: the neutral input contract. What one sheet holds, read in bulk by an adapter
 * (Office.js or ExcelJS). Nothing downstream of a Grid touches Office or ExcelJS.
 */

/** A cell as the adapters hand it over: Office.js `values` semantics. Empty cells are "" or null. */
export type CellValue = string | number | boolean | null;

export interface Grid {
  /** Sheet name as shown on its tab. */
  sheet: string;
  /** Rows of cells from A1 (row 0 is Excel row 1, column 0 is column A). Rows may be ragged. */
  values: CellValue[][];
  /**
   * Number formats, same shape as `values` (Office.js `numberFormat`). Lets the engine tell a
   * CCCD typed as text from one Excel turned into a number, and a date serial from a plain number.
   */
  formats?: string[][];
  /** Zero-based index of `values[0]` in the sheet, when the adapter read a used range not starting at A1. */
  rowOffset?: number;
  colOffset?: number;
  /**
   * The sheet column (zero-based) of each column of the rows, ascending, when the adapter left out the columns
   * that hold nothing (ISSUE 14 §2: a note in column XFD on every row is not 16,384 cells a row). Column `c` of
   * a row is then the sheet's column `columns[c]`, and `colOffset` is not used. Absent: the rows' columns are
   * the sheet's from `colOffset` on. Name a column with `sheetColumnLetter`.
   */
  columns?: readonly number[];
  /**
   * Rows and columns hidden in the sheet (indexes into `values` and into its rows, like everything
   * else), and whether an AutoFilter hides rows. Hidden cells are read and counted like any other:
   * this only lets the report say so. Absent when nothing is hidden or the adapter cannot tell.
   */
  hidden?: { rows?: number[]; columns?: number[]; filtered?: boolean };
  /**
   * Cells holding a formula no program calculated (ISSUE 14 §3: a file written by a tool with no calculation
   * engine, `<f>` with no cached value): their value is unknown and reads as empty. Per column (an index into
   * the rows, like `hidden`), the rows (indexes into `values`) of such cells, ascending. Absent when there are
   * none; the Office.js door never sets it (Excel calculates what it opens).
   */
  uncalculated?: { column: number; rows: number[] }[];
}

/** Column letter(s) for a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The sheet column (zero-based) of column `c` of a Grid's rows. */
export function sheetColumnOf(grid: Pick<Grid, 'columns' | 'colOffset'>, c: number): number {
  return grid.columns ? (grid.columns[c] ?? c) : c + (grid.colOffset ?? 0);
}

/** The letters of column `c` of a Grid's rows as the sheet shows them. */
export function sheetColumnLetter(grid: Pick<Grid, 'columns' | 'colOffset'>, c: number): string {
  return columnLetter(sheetColumnOf(grid, c));
}

/** A1-style address of a zero-based row/column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

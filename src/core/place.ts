/**
 * Where a row sits: the sheet, the row's index in its Grid, its Excel row and a column.
 * A bottom module: it imports nothing of the engine, so every layer may use it. The one rule it
 * holds is the grid-row ↔ Excel-row sum, which depends on where the adapter's read range starts.
 */

/** What a place needs to know of a Grid (a Grid satisfies it). */
export interface SheetRange {
  sheet: string;
  /** Zero-based sheet row of the Grid's first row, when the read range does not start at row 1. */
  rowOffset?: number;
}

export interface RowPlace {
  sheet: string;
  /** Index into the Grid's `values`. */
  gridRow: number;
  /** 1-based row as Excel shows it. */
  excelRow: number;
  /** Column letter(s), or null for the whole row. */
  column: string | null;
}

/** Where a finding is shown: an Excel row and column letter(s), null for a whole sheet or a whole row. */
export interface Place {
  sheet: string;
  row: number | null;
  column: string | null;
}

export function excelRowOf(range: SheetRange, gridRow: number): number {
  return gridRow + 1 + (range.rowOffset ?? 0);
}

export function gridRowOf(range: SheetRange, excelRow: number): number {
  return excelRow - 1 - (range.rowOffset ?? 0);
}

export function rowPlace(range: SheetRange, gridRow: number, column: string | null = null): RowPlace {
  return { sheet: range.sheet, gridRow, excelRow: excelRowOf(range, gridRow), column };
}

/** The whole sheet (no row), a whole row (no column) or one cell. */
export function placeIn(range: SheetRange, gridRow: number | null = null, column: string | null = null): Place {
  return { sheet: range.sheet, row: gridRow === null ? null : excelRowOf(range, gridRow), column };
}

/**
 * Where a finding is, as a person reads it in the printed report (issue 13 §5): "Thôn Bờ Y, dòng 133, cột E", not
 * "Thôn Bờ Y!E133"; "Thôn Bờ Y, dòng 133" for a whole row, "Thôn Bờ Y, cột E" for a whole column, the sheet's name
 * alone for the whole sheet. Without the sheet ("dòng 133, cột E") where a column beside it names it.
 */
export function placeText(place: Place, withSheet = true): string {
  const parts = [
    ...(withSheet ? [place.sheet] : []),
    ...(place.row === null ? [] : [`dòng ${place.row}`]),
    ...(place.column === null ? [] : [`cột ${place.column}`]),
  ];
  return parts.join(', ');
}

const PLACE_TEXT = /^(.+), dòng (\d+)(?:, cột ([A-Z]{1,3}))?$/;

/** placeText read back ("Thôn Bờ Y, dòng 133, cột E" → the sheet, row 133, column E), or null for any other text. */
export function readPlaceText(text: string): Place | null {
  const m = PLACE_TEXT.exec(text.normalize('NFC').trim());
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- an optional group that did not match is undefined
  return m ? { sheet: m[1], row: Number(m[2]), column: m[3] ?? null } : null;
}

/**
 * How large a sheet the product reads, in one place for both doors to a workbook: the file door (src/files) and
 * the Office.js door (src/excel).
 */

/**
 * Excel's grid, A1:XFD1048576: no sheet is larger. The file door refuses a cell beyond it as a damaged file
 * (files/xlsx/limits.ts, for .xlsx and .ods alike); Office.js never hands one over.
 */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/**
 * What the add-in reads through Office.js at most (excel/read-grids.ts refuses more, before reading it, with
 * SHEET_TOO_LARGE or WORKBOOK_TOO_LARGE): the cells a sheet's data spans, blank cells between values included and
 * a row with none counting one, and all sheets together. Office.js hands over every one of those cells, blank or
 * not, in syncs of about 4 MB, into the task pane's memory.
 *
 * The file door does not refuse on these, by decision: its reader keeps only the cells a file holds (rows at
 * their length, mostly empty columns cut), so a sheet one cell over the limit (97,561 rows × 41 columns) reads in
 * under a second, and a sheet of 1,000,000 people × 10 columns (10,000,000 cells, README "Speed") in 34 s CPU.
 * Refusing them would cost a commune a file that works.
 */
export const READ_LIMITS = { sheetCells: 4_000_000, workbookCells: 8_000_000 } as const;

/**
 * The reader the file door used before its streaming one: ExcelJS's readFile, then its worksheets →
 * Grids. Kept only as the reference the streaming reader's Grids are compared with.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/core/grid';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569; // serial of 1970-01-01

/** ExcelJS hands dates over as JavaScript Dates (UTC); the Grid contract wants Excel serials, as Office.js gives. */
function serialOf(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

type ExcelValue = ExcelJS.CellValue;

/** One cell's value as Office.js would report it: formulas as their result, errors as "#N/A", rich text as plain text. */
function plain(value: ExcelValue): CellValue | Date {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
  }
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelValue);
  if ('text' in value) return plain((value as ExcelJS.CellHyperlinkValue).text as ExcelValue);
  return null;
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const raw = row.values as ExcelValue[]; // 1-based, sparse
    const out: CellValue[] = new Array(Math.max(0, raw.length - 1)).fill(null);
    let fmt: string[] | undefined;
    for (let c = 1; c < raw.length; c++) {
      const v = plain(raw[c]);
      if (v === null) continue;
      if (typeof v === 'number' || v instanceof Date) {
        // Number formats matter only for numbers: they tell a date from a count and a CCCD from a typo.
        fmt ??= new Array(out.length).fill('');
        const numFmt = row.getCell(c).numFmt;
        fmt[c - 1] = numFmt || (v instanceof Date ? 'dd/mm/yyyy' : 'General');
        out[c - 1] = v instanceof Date ? serialOf(v) : v;
      } else {
        out[c - 1] = v;
      }
    }
    values[r] = out;
    if (fmt) formats[r] = fmt;
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  const grid: Grid = { sheet: ws.name, values, formats };
  const hidden = hiddenOf(ws, hiddenRows);
  if (hidden) grid.hidden = hidden;
  return grid;
}

/** Hidden rows and columns (the file's <row hidden> and <col hidden>), and whether an AutoFilter is what hides the rows. */
function hiddenOf(ws: ExcelJS.Worksheet, rows: number[]): Grid['hidden'] | null {
  const columns: number[] = [];
  // Only the columns the file describes: ws.columns is null when it has no <cols>.
  (ws.columns ?? []).forEach((column, c) => {
    if (column.hidden) columns.push(c);
  });
  if (rows.length === 0 && columns.length === 0) return null;
  return { ...(rows.length > 0 ? { rows } : {}), ...(columns.length > 0 ? { columns } : {}), ...(rows.length > 0 && ws.autoFilter ? { filtered: true } : {}) };
}

/** Every visible or hidden worksheet of a workbook, in tab order. */
export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(worksheetToGrid);
}

/** Today's Grids of a file, the way the file door read it until the streaming reader. */
export async function referenceGrids(path: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return workbookToGrids(wb);
}

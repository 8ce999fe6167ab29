/**
 * Rows that are mostly empty columns (ISSUE 14 §2): a note typed in column XFD on every row made each row
 * 16,384 cells long (about 290 KB a row with its formats; 16,000 such rows, an 855 KB file, ran out of
 * memory). Such a row is kept as its cells alone while the sheet is read, and when the sheet's columns are
 * mostly empty the Grid holds only the columns that hold something, `Grid.columns` saying which sheet column
 * each one is. A sheet whose columns are mostly used is handed over as it always was.
 */
import type { CellValue } from '../../core/grid';
import { EXCEL_COLUMNS } from '../../core/sheet-limits';

/** A row becomes sparse when a cell lands this far or further with fewer than a quarter of the columns before it written. */
export const DENSE_UP_TO = 256;

/** One row's written cells, in the order they came, with their number formats ('' for none). */
export class SparseRow {
  readonly cols: number[] = [];
  readonly vals: CellValue[] = [];
  readonly fmts: string[] = [];
  hasFormats = false;

  constructor(readonly row: number) {}

  /** The same cells on another row (a repeated row of an OpenDocument sheet). */
  copyTo(row: number): SparseRow {
    const copy = new SparseRow(row);
    copy.cols.push(...this.cols);
    copy.vals.push(...this.vals);
    copy.fmts.push(...this.fmts);
    copy.hasFormats = this.hasFormats;
    return copy;
  }

  add(col: number, value: CellValue, format: string | undefined): void {
    this.cols.push(col);
    this.vals.push(value);
    this.fmts.push(format ?? '');
    if (format !== undefined) this.hasFormats = true;
  }
}

export interface SparseSheet {
  values: CellValue[][];
  formats: string[][];
  sparse: readonly SparseRow[];
  /** Columns that must stay whatever they hold (formulas never calculated: empty, and said). */
  keep: Iterable<number>;
}

/**
 * Puts the sparse rows into `values` and `formats`: as dense rows when most columns up to the widest hold
 * something, else every row cut to the columns that hold something. Returns those columns (the sheet column
 * of each Grid column), or null when the rows stay dense.
 */
export function placeSparseRows(sheet: SparseSheet): number[] | null {
  const { values, formats, sparse } = sheet;
  const used = new Uint8Array(EXCEL_COLUMNS);
  let width = 0;
  for (const row of values) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a row never written is a hole in the array
    if (!row) continue;
    for (let c = 0; c < row.length; c++) if (row[c] !== null) used[c] = 1;
    if (row.length > width) width = row.length;
  }
  for (const s of sparse) {
    for (let k = 0; k < s.cols.length; k++) {
      if (s.vals[k] !== null) used[s.cols[k]] = 1;
      if (s.cols[k] >= width) width = s.cols[k] + 1;
    }
  }
  for (const c of sheet.keep) used[c] = 1;
  let count = 0;
  for (let c = 0; c < width; c++) count += used[c];
  if (count * 2 > width) {
    for (const s of sparse) denseRow(values, formats, s);
    return null;
  }
  const columns: number[] = [];
  const index = new Int32Array(width).fill(-1);
  for (let c = 0; c < width; c++) {
    if (!used[c]) continue;
    index[c] = columns.length;
    columns.push(c);
  }
  cutRows(values, formats, index);
  for (const s of sparse) cutSparseRow(values, formats, s, index);
  return columns;
}

function denseRow(values: CellValue[][], formats: string[][], s: SparseRow): void {
  const row: CellValue[] = [];
  const f: string[] = [];
  for (let k = 0; k < s.cols.length; k++) {
    const c = s.cols[k];
    while (row.length < c) {
      row.push(null);
      f.push('');
    }
    row[c] = s.vals[k];
    f[c] = s.fmts[k];
  }
  values[s.row] = row;
  if (s.hasFormats) formats[s.row] = f;
}

/** Every dense row cut to the kept columns; rows that shared one formats array share its cut. */
function cutRows(values: CellValue[][], formats: string[][], index: Int32Array): void {
  const cutFormats = new Map<string[], string[]>();
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a row never written is a hole in the array
    if (!row || row.length === 0) continue;
    let length = 0;
    for (let c = row.length - 1; c >= 0 && length === 0; c--) if (index[c] >= 0) length = index[c] + 1;
    const out = new Array<CellValue>(length).fill(null);
    for (let c = 0; c < row.length; c++) {
      const at = index[c];
      if (at >= 0) out[at] = row[c];
    }
    values[r] = out;
    const f = formats[r] as string[] | undefined;
    if (!f) continue;
    let cut = cutFormats.get(f);
    if (cut === undefined || cut.length !== out.length) {
      cut = new Array<string>(out.length).fill('');
      for (let c = 0; c < row.length; c++) {
        const at = index[c];
        if (at >= 0) cut[at] = f[c] ?? '';
      }
      cutFormats.set(f, cut);
    }
    formats[r] = cut;
  }
}

function cutSparseRow(values: CellValue[][], formats: string[][], s: SparseRow, index: Int32Array): void {
  const row: CellValue[] = [];
  const f: string[] = [];
  for (let k = 0; k < s.cols.length; k++) {
    const at = index[s.cols[k]];
    if (at < 0) continue;
    while (row.length < at) {
      row.push(null);
      f.push('');
    }
    row[at] = s.vals[k];
    f[at] = s.fmts[k];
  }
  values[s.row] = row;
  if (s.hasFormats) formats[s.row] = f;
}

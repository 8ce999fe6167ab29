/**
 * One worksheet part → one Grid, row by row as the XML streams by. What a cell hands over is what the
 * Office.js door hands over: a formula as its cached result, an error as its text ("#N/A"), rich text
 * as plain text, a date as a 1900-system serial with its date format. Formats are kept only for
 * numbers. A merged range repeats its top-left value in every cell it covers, as the reader always did.
 *
 * What it holds per row is what the engine needs and no more: each row's values in an array of exactly
 * its length, and one formats array shared by every row whose formats read the same (most rows of a
 * list: a number in the same columns). Grids are read-only downstream, and `finish` copies a shared row
 * before a merge writes into it.
 */
import type { CellValue, Grid } from '../../core/grid';
import { columnAt, numberAt, rangeOf } from './cell-ref';
import { unescapeOoxml } from './escapes';
import { gridSerial, isoSerial } from './excel-date';
import { isDateFormat } from './number-formats';
import type { StyleFormats } from './styles';
import { type ByteTag, type ByteXmlHandler, bytesXmlText, isName } from './byte-scanner';
import { EXCEL_COLUMNS, EXCEL_ROWS } from '../../core/sheet-limits';
import { beyondExcel } from './limits';
import { DENSE_UP_TO, SparseRow, placeSparseRows } from './sparse-columns';

export interface SheetContext {
  strings: readonly (string | null)[];
  styles: StyleFormats;
  date1904: boolean;
}

const enum Kind {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

function kindAt(s: Uint8Array, at: number, end: number): Kind {
  switch (s[at]) {
    case 115:
      return end - at === 1 ? Kind.Shared : Kind.Str;
    case 105:
      return Kind.Inline;
    case 98:
      return Kind.Bool;
    case 101:
      return Kind.Error;
    case 100:
      return Kind.Date;
    default:
      return Kind.Number;
  }
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';
/** A merge over more cells than this is cut to the sheet's data: a title merge covers a few dozen. */
const HUGE_MERGE = 100_000;
/** Distinct formats rows remembered per sheet for sharing: a list has a handful of shapes. */
const SHARED_FORMAT_ROWS = 8;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A `<v>` of plain decimal digits (an optional "-", at most one "."), read as parseFloat reads it; NaN
 * when it needs parseFloat. At most 15 digits, so the digits are an exact integer and one division by
 * an exact power of ten rounds once, as parseFloat does.
 */
function plainNumber(s: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = s[i] === 45;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let scale = -1;
  for (; i < to; i++) {
    const c = s[i];
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
    } else if (c === 46 && scale < 0) scale = digits;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = scale < 0 ? m : m / POW10[digits - scale];
  return negative ? -value : value;
}

/** A shared-string index of plain digits; -1 when it needs parseInt. */
function plainIndex(s: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

interface ColumnSpan {
  min: number;
  max: number;
  hidden: boolean;
  format: string;
}

const NO_BYTES = new Uint8Array(0);

/** What a cell's `<v>` held: nothing, one run of bytes not yet read, or text. */
const enum V {
  None,
  Bytes,
  Text,
}

export class SheetBuilder implements ByteXmlHandler {
  private readonly values: CellValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly dateStyle: boolean[];
  private readonly hiddenRows: number[] = [];
  private readonly columns: ColumnSpan[] = [];
  private readonly merges: [number, number, number, number][] = [];
  /** Number formats of styled cells that hold nothing: a merged range may pour a number into them. */
  private readonly emptyFormats = new Map<number, string>();
  private readonly rowFormats = new Map<number, string>();
  /** Formats rows already handed out, most recent first, for rows that read the same to share. */
  private readonly formatRows: string[][] = [];
  private filtered = false;
  /** Formulas with no cached value (never calculated), by column: their rows. */
  private readonly uncalculated = new Map<number, number[]>();

  private inSheetData = false;
  private row = -1;
  /** The row being read, in arrays reused from row to row: its first `width` cells are its own. */
  private readonly cells: CellValue[] = [];
  private readonly cellFormats: string[] = [];
  private width = 0;
  private hasFormats = false;
  /** Cells put in the row being read, and the row itself when it is mostly empty columns (sparse-columns.ts). */
  private written = 0;
  private sparse: SparseRow | null = null;
  private readonly sparseRows: SparseRow[] = [];
  private col = -1;
  private kind = Kind.Number;
  private style = 0;
  private formula = false;
  private inV = false;
  /** Whether the cell has a `<v>` at all: `<v></v>` is a formula's calculated empty text, no `<v>` none calculated. */
  private sawV = false;
  private inF = false;
  private v = V.None;
  private vSrc: Uint8Array = NO_BYTES;
  private vFrom = 0;
  private vTo = 0;
  private vText = '';
  private inT = false;
  private inRun = false;
  private inPhonetic = false;
  private inlineText: string | undefined;
  private inlineRuns: string | undefined;
  private t = '';

  constructor(
    private readonly sheet: string,
    private readonly ctx: SheetContext,
  ) {
    this.dateStyle = ctx.styles.map(isDateFormat);
  }

  open(s: Uint8Array, name: number, nameEnd: number, tag: ByteTag): void {
    const length = nameEnd - name;
    if (this.inSheetData) {
      if (length === 1) {
        switch (s[name]) {
          case 99: // c
            this.openCell(tag);
            return;
          case 118: // v
            this.inV = true;
            this.sawV = true;
            return;
          case 102: // f
            this.inF = true;
            if (tag.valueAt('t') >= 0) this.formula = true;
            return;
          case 116: // t
            this.inT = true;
            this.t = '';
            return;
          case 114: // r
            this.inRun = true;
            this.inlineRuns ??= '';
            return;
        }
      } else if (isName(s, name, nameEnd, 'row')) this.openRow(tag);
      else if (isName(s, name, nameEnd, 'rPh')) this.inPhonetic = true;
      return;
    }
    if (isName(s, name, nameEnd, 'sheetData')) this.inSheetData = true;
    else if (isName(s, name, nameEnd, 'col')) this.openColumn(tag);
    else if (isName(s, name, nameEnd, 'mergeCell')) {
      const range = rangeOf(tag.attr('ref') ?? '');
      if (range) this.merges.push(range);
    } else if (isName(s, name, nameEnd, 'autoFilter')) {
      if (tag.attr('ref')) this.filtered = true;
    }
  }

  close(s: Uint8Array, name: number, nameEnd: number): void {
    if (!this.inSheetData) return;
    if (nameEnd - name === 1) {
      switch (s[name]) {
        case 99: // c
          this.closeCell();
          return;
        case 118: // v
          this.inV = false;
          return;
        case 102: // f
          this.inF = false;
          return;
        case 116: // t
          this.inT = false;
          if (this.inPhonetic) return;
          if (this.inRun) this.inlineRuns = (this.inlineRuns ?? '') + unescapeOoxml(this.t);
          else this.inlineText = (this.inlineText ?? '') + unescapeOoxml(this.t);
          return;
        case 114: // r
          this.inRun = false;
          return;
      }
    } else if (isName(s, name, nameEnd, 'row')) this.closeRow();
    else if (isName(s, name, nameEnd, 'rPh')) this.inPhonetic = false;
    else if (isName(s, name, nameEnd, 'sheetData')) this.inSheetData = false;
  }

  text(s: Uint8Array, from: number, to: number, cdata: boolean): void {
    if (this.inV) {
      if (this.v === V.None && !cdata) {
        this.v = V.Bytes;
        this.vSrc = s;
        this.vFrom = from;
        this.vTo = to;
      } else {
        this.vText = this.vString() + bytesXmlText(s, from, to, cdata);
        this.v = V.Text;
      }
    } else if (this.inT) this.t += bytesXmlText(s, from, to, cdata);
    else if (this.inF && to > from) this.formula = true;
  }

  /** The cell's `<v>` as text (the empty string when it had none). */
  private vString(): string {
    if (this.v === V.Bytes) {
      this.vText = bytesXmlText(this.vSrc, this.vFrom, this.vTo, false);
      this.v = V.Text;
    }
    return this.v === V.Text ? this.vText : '';
  }

  /** The `<v>` as a number, as parseFloat reads it. */
  private vNumber(): number {
    if (this.v === V.Bytes) {
      const n = plainNumber(this.vSrc, this.vFrom, this.vTo);
      if (n === n) return n;
    }
    return parseFloat(this.vString());
  }

  private openRow(tag: ByteTag): void {
    const at = tag.valueAt('r');
    const r = at >= 0 ? numberAt(tag.src, at) : -1;
    this.row = r > 0 ? r - 1 : this.row + 1;
    if (this.row >= EXCEL_ROWS) throw beyondExcel('row', this.row + 1);
    this.col = -1;
    this.width = 0;
    this.hasFormats = false;
    this.written = 0;
    if (isTrue(tag.attr('hidden'))) this.hiddenRows.push(this.row);
    const s = tag.valueAt('s');
    if (s >= 0) {
      const format = this.ctx.styles[numberAt(tag.src, s)] ?? '';
      if (format) this.rowFormats.set(this.row, format);
    }
  }

  private closeRow(): void {
    if (this.sparse !== null) {
      this.sparseRows.push(this.sparse);
      this.sparse = null;
      this.width = 0;
      this.hasFormats = false;
      return;
    }
    const width = this.width;
    if (width === 0) return;
    this.values[this.row] = this.cells.slice(0, width);
    if (this.hasFormats) this.formats[this.row] = this.formatRow(width);
    this.width = 0;
    this.hasFormats = false;
  }

  /** The row's formats: a row handed out before when it reads the same, else a new one. */
  private formatRow(width: number): string[] {
    const own = this.cellFormats;
    const known = this.formatRows;
    for (let k = 0; k < known.length; k++) {
      const row = known[k];
      if (row.length !== width) continue;
      let c = 0;
      while (c < width && row[c] === own[c]) c++;
      if (c < width) continue;
      if (k > 0) {
        known.splice(k, 1);
        known.unshift(row);
      }
      return row;
    }
    const row = own.slice(0, width);
    known.unshift(row);
    if (known.length > SHARED_FORMAT_ROWS) known.pop();
    return row;
  }

  /** A cell's r, t and s in one pass over its tag: this runs once per cell of the workbook. */
  private openCell(tag: ByteTag): void {
    const s = tag.src;
    const to = tag.to;
    let col = -1;
    let kind = Kind.Number;
    let style = 0;
    let i = tag.from;
    for (;;) {
      let eq = i;
      while (eq < to && s[eq] !== 61) eq++;
      if (eq >= to) break;
      let open = eq + 1;
      while (s[open] <= 32) open++;
      const quote = s[open];
      let close = open + 1;
      while (close < to && s[close] !== quote) close++;
      if (close >= to) break;
      let end = eq;
      while (s[end - 1] <= 32) end--;
      const name = s[end - 1];
      const single = s[end - 2] <= 32;
      if (single && name === 114) col = columnAt(s, open + 1);
      else if (single && name === 116) kind = kindAt(s, open + 1, close);
      else if (single && name === 115) style = numberAt(s, open + 1);
      i = close + 1;
    }
    this.col = col >= 0 ? col : this.col + 1;
    if (this.col >= EXCEL_COLUMNS) throw beyondExcel('column', this.col + 1);
    this.kind = kind;
    this.style = style;
    this.formula = false;
    this.sawV = false;
    this.v = V.None;
    this.inlineText = undefined;
    this.inlineRuns = undefined;
  }

  private closeCell(): void {
    const hasV = this.v !== V.None;
    let value: CellValue;
    let numeric = false;
    if (this.formula) {
      // A formula with no cached result (never calculated) is an empty cell that still counts as written, and
      // is said (Grid.uncalculated). One whose result is 0 or FALSE is empty too: the reader always handed those over so.
      if (!this.sawV) this.noValue();
      const v = hasV ? this.vString() : '';
      if (v === '') value = null;
      else if (this.kind === Kind.Str) value = v;
      else if (this.kind === Kind.Bool) value = parseInt(v, 10) !== 0 || null;
      else if (this.kind === Kind.Error) value = v;
      else {
        value = parseFloat(v) || null;
        numeric = value !== null;
      }
    } else if (this.kind === Kind.Inline && (this.inlineRuns !== undefined || this.inlineText !== undefined || hasV)) {
      value = this.inlineRuns ?? (this.inlineText ?? '') + (hasV ? this.vString() : '');
    } else if (hasV) {
      switch (this.kind) {
        case Kind.Shared: {
          const at = this.v === V.Bytes ? plainIndex(this.vSrc, this.vFrom, this.vTo) : -1;
          value = this.ctx.strings[at >= 0 ? at : parseInt(this.vString(), 10)] ?? null;
          break;
        }
        case Kind.Str:
        case Kind.Error:
        case Kind.Inline:
          value = this.vString();
          break;
        case Kind.Bool:
          value = parseInt(this.vString(), 10) !== 0;
          break;
        case Kind.Date:
          this.put(isoSerial(this.vString()), this.ctx.styles[this.style] || 'dd/mm/yyyy');
          return;
        default:
          value = this.vNumber();
          numeric = true;
      }
    } else {
      const format = this.ctx.styles[this.style];
      if (format) this.emptyFormats.set(this.row * EXCEL_COLUMNS + this.col, format);
      return;
    }
    if (!numeric) {
      this.put(value, undefined);
      return;
    }
    const format = this.ctx.styles[this.style] || 'General';
    this.put(this.dateStyle[this.style] ? gridSerial(value as number, this.ctx.date1904) : value, format);
  }

  private noValue(): void {
    const rows = this.uncalculated.get(this.col);
    if (rows === undefined) this.uncalculated.set(this.col, [this.row]);
    else if (rows[rows.length - 1] !== this.row) rows.push(this.row);
  }

  private put(value: CellValue, format: string | undefined): void {
    const col = this.col;
    if (this.sparse !== null || (col >= DENSE_UP_TO && this.written * 4 < col)) {
      this.putSparse(col, value, format);
      return;
    }
    this.written++;
    const cells = this.cells;
    const cellFormats = this.cellFormats;
    for (let c = this.width; c < col; c++) {
      cells[c] = null;
      cellFormats[c] = '';
    }
    if (col >= this.width) {
      cellFormats[col] = '';
      this.width = col + 1;
    }
    cells[col] = value;
    if (format !== undefined) {
      cellFormats[col] = format;
      this.hasFormats = true;
    }
  }

  /** A cell of a row that is mostly empty columns: kept as itself, never as the empty cells before it. */
  private putSparse(col: number, value: CellValue, format: string | undefined): void {
    let sparse = this.sparse;
    if (sparse === null) {
      sparse = this.sparse = new SparseRow(this.row);
      for (let c = 0; c < this.width; c++) sparse.add(c, this.cells[c], this.cellFormats[c] || undefined);
    }
    sparse.add(col, value, format);
  }

  private openColumn(tag: ByteTag): void {
    const min = parseInt(tag.attr('min') ?? '0', 10);
    const max = parseInt(tag.attr('max') ?? '0', 10);
    const style = parseInt(tag.attr('style') ?? '0', 10);
    this.columns.push({ min, max, hidden: isTrue(tag.attr('hidden')), format: (style && this.ctx.styles[style]) || '' });
  }

  /** Each described column, 1-based ranges expanded in order of `min` (a later range never reaches back). */
  private columnList(): ColumnSpan[] {
    const out: ColumnSpan[] = [];
    let next = 1;
    for (const span of [...this.columns].sort((a, b) => a.min - b.min)) {
      while (next < span.min) out.push({ min: next, max: next++, hidden: false, format: '' });
      while (next <= Math.min(span.max, EXCEL_COLUMNS)) out.push({ ...span, min: next, max: next++ });
    }
    return out;
  }

  finish(): Grid {
    const columns = this.columnList();
    const { values, formats } = this;
    // Rows that are mostly empty columns: the Grid keeps only the columns that hold something (`map`: their sheet columns).
    const map = this.sparseRows.length > 0 ? placeSparseRows({ values, formats, sparse: this.sparseRows, keep: this.uncalculated.keys() }) : null;
    const sheetColumn = (c: number) => (map === null ? c : map[c]);
    /** Rows whose formats array is their own (copied from a shared one before anything writes into it). */
    const own = new Set<number>();
    const ownFormats = (r: number): void => {
      if (own.has(r)) return;
      own.add(r);
      if (formats[r]) formats[r] = formats[r].slice();
    };
    // A huge merge reaches no further than the cells that hold something: "A1:XFD1048576" is not 17 billion cells to fill.
    let widest = 0;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a row never written is a hole in the array
    for (const row of values) if (row && row.length > widest) widest = row.length;
    for (const [top, sheetLeft, wantBottom, sheetRight] of this.merges) {
      // In the Grid's columns: the first kept column at or after the merge's left, the last at or before its right.
      const left = map === null ? sheetLeft : firstAtOrAfter(map, sheetLeft);
      const wantRight = map === null ? sheetRight : firstAtOrAfter(map, sheetRight + 1) - 1;
      if (wantRight < left) continue;
      const huge = (wantBottom - top + 1) * (wantRight - left + 1) > HUGE_MERGE;
      const bottom = huge ? Math.min(wantBottom, Math.max(top, values.length - 1)) : wantBottom;
      const right = huge ? Math.min(wantRight, Math.max(left, widest - 1)) : wantRight;
      const hasMaster = sheetColumn(left) === sheetLeft;
      const master = hasMaster ? (values[top]?.[left] ?? null) : null;
      const masterFormat = hasMaster ? formats[top]?.[left] : undefined;
      const isNumber = typeof master === 'number';
      for (let r = top; r <= bottom; r++) {
        ownFormats(r);
        const row = (values[r] ??= []);
        for (let c = left; c <= right; c++) {
          if (r === top && c === left && hasMaster) continue;
          while (row.length < c) row.push(null);
          row[c] = master;
          if (!isNumber) continue;
          const at = sheetColumn(c);
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- rows and cells never written are holes in the arrays
          const cellFormat = this.emptyFormats.get(r * EXCEL_COLUMNS + at) ?? formats[r]?.[c] ?? this.rowFormats.get(r) ?? columns[at]?.format ?? '';
          (formats[r] ??= [])[c] = cellFormat || (isDateFormat(masterFormat ?? '') ? 'dd/mm/yyyy' : 'General');
        }
      }
    }
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a row never written is a hole in the array
    const hiddenRows = this.hiddenRows.filter((r) => values[r] !== undefined).sort((a, b) => a - b);
    for (let r = 0; r < values.length; r++) {
      if (!values[r]) values[r] = [];
      const width = values[r].length;
      // A row read whole has formats as long as its values; only a merge, or a row written twice, leaves holes.
      if (!formats[r] || (formats[r].length >= width && !own.has(r))) continue;
      ownFormats(r);
      const f = formats[r];
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- cells never written are holes in the array
      for (let c = 0; c < width; c++) if (f[c] === undefined) f[c] = '';
    }
    const grid: Grid = { sheet: this.sheet, values, formats };
    const gridColumn = (sheetCol: number) => (map === null ? sheetCol : map[firstAtOrAfter(map, sheetCol)] === sheetCol ? firstAtOrAfter(map, sheetCol) : -1);
    if (map !== null) grid.columns = map;
    if (this.uncalculated.size > 0) {
      grid.uncalculated = [...this.uncalculated].map(([column, rows]) => ({ column: gridColumn(column), rows: rows.sort((a, b) => a - b) })).sort((a, b) => a.column - b.column);
    }
    const hiddenColumns = columns
      .filter((c) => c.hidden)
      .map((c) => gridColumn(c.min - 1))
      .filter((c) => c >= 0);
    if (hiddenRows.length > 0 || hiddenColumns.length > 0) {
      grid.hidden = {
        ...(hiddenRows.length > 0 ? { rows: hiddenRows } : {}),
        ...(hiddenColumns.length > 0 ? { columns: hiddenColumns } : {}),
        ...(hiddenRows.length > 0 && this.filtered ? { filtered: true } : {}),
      };
    }
    return grid;
  }
}

/** The index of the first of the ascending `columns` that is at least `col` (columns.length when none is). */
function firstAtOrAfter(columns: readonly number[], col: number): number {
  let lo = 0;
  let hi = columns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (columns[mid] < col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

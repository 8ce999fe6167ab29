/**
 * One worksheet part → one Grid, row by row as the XML streams by. What a cell hands over is what the
 * Office.js door hands over: a formula as its cached result, an error as its text ("#N/A"), rich text
 * as plain text, a date as a 1900-system serial with its date format. Formats are kept only for
 * numbers. A merged range repeats its top-left value in every cell it covers, as the reader always did.
 */
import type { CellValue, Grid } from '../../core/grid';
import { columnAt, numberAt, rangeOf } from './cell-ref';
import { unescapeOoxml } from './escapes';
import { gridSerial, isoSerial } from './excel-date';
import { isDateFormat } from './number-formats';
import type { StyleFormats } from './styles';
import { type Tag, type XmlHandler, xmlText } from './xml-scanner';

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

function kindAt(s: string, at: number, end: number): Kind {
  switch (s.charCodeAt(at)) {
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
const MAX_COLUMNS = 16_384;

interface ColumnSpan {
  min: number;
  max: number;
  hidden: boolean;
  format: string;
}

export class SheetBuilder implements XmlHandler {
  private readonly values: CellValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly dateStyle: boolean[];
  private readonly hiddenRows: number[] = [];
  private readonly columns: ColumnSpan[] = [];
  private readonly merges: [number, number, number, number][] = [];
  /** Number formats of styled cells that hold nothing: a merged range may pour a number into them. */
  private readonly emptyFormats = new Map<number, string>();
  private readonly rowFormats = new Map<number, string>();
  private filtered = false;

  private inSheetData = false;
  private row = -1;
  private rowValues: CellValue[] | null = null;
  private rowNumFormats: string[] | null = null;
  private col = -1;
  private kind = Kind.Number;
  private style = 0;
  private formula = false;
  private inV = false;
  private inF = false;
  private v: string | undefined;
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

  open(name: string, tag: Tag): void {
    if (this.inSheetData) {
      switch (name) {
        case 'c':
          this.openCell(tag);
          return;
        case 'v':
          this.inV = true;
          return;
        case 'f':
          this.inF = true;
          if (tag.valueAt('t') >= 0) this.formula = true;
          return;
        case 't':
          this.inT = true;
          this.t = '';
          return;
        case 'r':
          this.inRun = true;
          this.inlineRuns ??= '';
          return;
        case 'rPh':
          this.inPhonetic = true;
          return;
        case 'row':
          this.openRow(tag);
          return;
      }
      return;
    }
    switch (name) {
      case 'sheetData':
        this.inSheetData = true;
        return;
      case 'col':
        this.openColumn(tag);
        return;
      case 'mergeCell': {
        const range = rangeOf(tag.attr('ref') ?? '');
        if (range) this.merges.push(range);
        return;
      }
      case 'autoFilter':
        if (tag.attr('ref')) this.filtered = true;
        return;
    }
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case 'c':
        this.closeCell();
        return;
      case 'v':
        this.inV = false;
        return;
      case 'f':
        this.inF = false;
        return;
      case 't':
        this.inT = false;
        if (this.inPhonetic) return;
        if (this.inRun) this.inlineRuns = (this.inlineRuns ?? '') + unescapeOoxml(this.t);
        else this.inlineText = (this.inlineText ?? '') + unescapeOoxml(this.t);
        return;
      case 'r':
        this.inRun = false;
        return;
      case 'rPh':
        this.inPhonetic = false;
        return;
      case 'row':
        this.closeRow();
        return;
      case 'sheetData':
        this.inSheetData = false;
        return;
    }
  }

  text(src: string, from: number, to: number, cdata: boolean): void {
    if (this.inV) {
      const s = xmlText(src, from, to, cdata);
      this.v = this.v === undefined ? s : this.v + s;
    } else if (this.inT) this.t += xmlText(src, from, to, cdata);
    else if (this.inF && to > from) this.formula = true;
  }

  private openRow(tag: Tag): void {
    const at = tag.valueAt('r');
    const r = at >= 0 ? numberAt(tag.src, at) : -1;
    this.row = r > 0 ? r - 1 : this.row + 1;
    this.col = -1;
    this.rowValues = null;
    this.rowNumFormats = null;
    if (isTrue(tag.attr('hidden'))) this.hiddenRows.push(this.row);
    const s = tag.valueAt('s');
    if (s >= 0) {
      const format = this.ctx.styles[numberAt(tag.src, s)] ?? '';
      if (format) this.rowFormats.set(this.row, format);
    }
  }

  private closeRow(): void {
    const values = this.rowValues;
    if (!values) return;
    this.values[this.row] = values;
    const formats = this.rowNumFormats;
    if (formats) {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- cells without a format are holes in the array
      for (let c = 0; c < values.length; c++) if (formats[c] === undefined) formats[c] = '';
      this.formats[this.row] = formats;
    }
    this.rowValues = null;
  }

  /** A cell's r, t and s in one pass over its tag: this runs once per cell of the workbook. */
  private openCell(tag: Tag): void {
    const s = tag.src;
    const to = tag.to;
    let col = -1;
    let kind = Kind.Number;
    let style = 0;
    let i = tag.from;
    for (;;) {
      const eq = s.indexOf('=', i);
      if (eq < 0 || eq >= to) break;
      let open = eq + 1;
      while (s.charCodeAt(open) <= 32) open++;
      const close = s.indexOf(s[open], open + 1);
      if (close < 0 || close >= to) break;
      let end = eq;
      while (s.charCodeAt(end - 1) <= 32) end--;
      const name = s.charCodeAt(end - 1);
      const single = s.charCodeAt(end - 2) <= 32;
      if (single && name === 114) col = columnAt(s, open + 1);
      else if (single && name === 116) kind = kindAt(s, open + 1, close);
      else if (single && name === 115) style = numberAt(s, open + 1);
      i = close + 1;
    }
    this.col = col >= 0 ? col : this.col + 1;
    this.kind = kind;
    this.style = style;
    this.formula = false;
    this.v = undefined;
    this.inlineText = undefined;
    this.inlineRuns = undefined;
  }

  private closeCell(): void {
    const v = this.v;
    let value: CellValue;
    let numeric = false;
    if (this.formula) {
      // A formula with no cached result (never calculated) is an empty cell that still counts as written.
      // So is one whose result is 0 or FALSE: the reader always handed those over as empty.
      if (v === undefined || v === '') value = null;
      else if (this.kind === Kind.Str) value = v;
      else if (this.kind === Kind.Bool) value = parseInt(v, 10) !== 0 || null;
      else if (this.kind === Kind.Error) value = v;
      else {
        value = parseFloat(v) || null;
        numeric = value !== null;
      }
    } else if (this.kind === Kind.Inline && (this.inlineRuns !== undefined || this.inlineText !== undefined || v !== undefined)) {
      value = this.inlineRuns ?? (this.inlineText ?? '') + (v ?? '');
    } else if (v !== undefined) {
      switch (this.kind) {
        case Kind.Shared:
          value = this.ctx.strings[parseInt(v, 10)] ?? null;
          break;
        case Kind.Str:
        case Kind.Error:
        case Kind.Inline:
          value = v;
          break;
        case Kind.Bool:
          value = parseInt(v, 10) !== 0;
          break;
        case Kind.Date:
          this.put(isoSerial(v), this.ctx.styles[this.style] || 'dd/mm/yyyy');
          return;
        default:
          value = parseFloat(v);
          numeric = true;
      }
    } else {
      const format = this.ctx.styles[this.style];
      if (format) this.emptyFormats.set(this.row * MAX_COLUMNS + this.col, format);
      return;
    }
    if (!numeric) {
      this.put(value, undefined);
      return;
    }
    const format = this.ctx.styles[this.style] || 'General';
    this.put(this.dateStyle[this.style] ? gridSerial(value as number, this.ctx.date1904) : value, format);
  }

  private put(value: CellValue, format: string | undefined): void {
    const values = (this.rowValues ??= []);
    const col = this.col;
    while (values.length < col) values.push(null);
    values[col] = value;
    if (format !== undefined) (this.rowNumFormats ??= [])[col] = format;
  }

  private openColumn(tag: Tag): void {
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
      while (next <= Math.min(span.max, MAX_COLUMNS)) out.push({ ...span, min: next, max: next++ });
    }
    return out;
  }

  finish(): Grid {
    const columns = this.columnList();
    const { values, formats } = this;
    for (const [top, left, bottom, right] of this.merges) {
      const master = values[top]?.[left] ?? null;
      const masterFormat = formats[top]?.[left];
      const isNumber = typeof master === 'number';
      for (let r = top; r <= bottom; r++) {
        const row = (values[r] ??= []);
        for (let c = left; c <= right; c++) {
          if (r === top && c === left) continue;
          while (row.length < c) row.push(null);
          row[c] = master;
          if (!isNumber) continue;
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- rows and cells never written are holes in the arrays
          const own = this.emptyFormats.get(r * MAX_COLUMNS + c) ?? formats[r]?.[c] ?? this.rowFormats.get(r) ?? columns[c]?.format ?? '';
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the merge's master cell may have no format
          (formats[r] ??= [])[c] = own || (isDateFormat(masterFormat ?? '') ? 'dd/mm/yyyy' : 'General');
        }
      }
    }
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a row never written is a hole in the array
    const hiddenRows = this.hiddenRows.filter((r) => values[r] !== undefined).sort((a, b) => a - b);
    for (let r = 0; r < values.length; r++) {
      if (!values[r]) values[r] = [];
      const f = formats[r];
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- rows and cells never written are holes in the arrays
      if (f) for (let c = 0; c < values[r].length; c++) if (f[c] === undefined) f[c] = '';
    }
    const grid: Grid = { sheet: this.sheet, values, formats };
    const hiddenColumns = columns.filter((c) => c.hidden).map((c) => c.min - 1);
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

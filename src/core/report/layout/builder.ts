/** A small helper to fill a SheetSpec cell by cell, so each layout reads top to bottom like the sheet. */
import type { CellSpec, CellStyle, PrintSetup, Range, SheetSpec } from '../../sheetspec';
import { cellTextWidth, fontOf, lineHeight, wrappedLines } from './measure';

/** Decree 30/2020/NĐ-CP, Appendix I: A4, Times New Roman, margins in millimetres. */
export const DECREE30_MARGINS: PrintSetup['margins'] = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 };
/** A signed report (weekly, final): A4 portrait, one page wide, centred, page numbers from page 2. */
export const DECREE30_PORTRAIT: PrintSetup = {
  paper: 'A4',
  orientation: 'portrait',
  fitToWidth: true,
  margins: DECREE30_MARGINS,
  centerHorizontally: true,
  pageNumbersFromPage2: true,
};
export const REPORT_FONT = { name: 'Times New Roman', size: 12 };

export class SheetBuilder {
  readonly spec: SheetSpec;
  private readonly blocks: PageBlock[] = [];
  private readonly withNext = new Set<number>();

  constructor(name: string, styles: Record<string, CellStyle>, columnWidths: number[], print: PrintSetup) {
    this.spec = { name, rows: [], styles, baseFont: REPORT_FONT, columnWidths, merges: [], print: { ...print } };
  }

  set(row: number, col: number, v: CellSpec['v'], s?: string): this {
    const rows = this.spec.rows;
    while (rows.length <= row) rows.push([]);
    const cells = rows[row];
    while (cells.length < col) cells.push(null);
    cells[col] = s === undefined ? { v } : { v, s };
    return this;
  }

  /** Writes a value into the top-left cell, styles every cell of the range (borders show on merged cells) and merges it. */
  merge(range: Range, v: CellSpec['v'], s?: string): this {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) this.set(r, c, r === range.top && c === range.left ? v : null, s);
    }
    if (range.bottom > range.top || range.right > range.left) this.spec.merges.push(range);
    return this;
  }

  height(row: number, points: number): this {
    (this.spec.rowHeights ??= {})[row] = points;
    return this;
  }

  get rowCount(): number {
    return this.spec.rows.length;
  }

  /**
   * Sets the height of every row holding wrapped text from the lines it takes (layout/measure.ts: the fonts'
   * widths, word by word), so the text shows in full in Excel and in LibreOffice alike (neither autofits rows
   * written by a library the same way). Rows with a height already set keep it. With `every`, each other row
   * gets the height of its largest font too, and a paragraph (wrapped text without borders) the space after it
   * Decree 30/2020 asks for: a signed report's rows are then as tall as the layout counts when it places page breaks.
   */
  fitRowHeights(options: { every?: boolean } = {}): this {
    const { spec } = this;
    const mergedWidth = new Map<string, number>();
    for (const m of spec.merges) {
      let w = 0;
      for (let c = m.left; c <= m.right; c++) w += spec.columnWidths[c] ?? 9;
      mergedWidth.set(`${m.top}:${m.left}`, w);
    }
    const base = spec.baseFont.size;
    spec.rows.forEach((cells, r) => {
      if (spec.rowHeights?.[r] !== undefined) return;
      let height = 0;
      let wrapped = false;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        const style: CellStyle | undefined = cell?.s === undefined ? undefined : spec.styles[cell.s];
        if (!cell || cell.v === null || cell.v === '' || (!style?.wrap && !options.every)) continue;
        const { size, bold } = fontOf(style, base);
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- columns past the listed widths have none
        const width = mergedWidth.get(`${r}:${c}`) ?? spec.columnWidths[c] ?? 9;
        const lines = style?.wrap ? wrappedLines(String(cell.v), cellTextWidth(width), size, bold) : 1;
        if (lines > 1) wrapped = true;
        height = Math.max(height, lines * lineHeight(size) + (style?.wrap && !style.border ? PARAGRAPH_AFTER : 0));
      }
      // An empty row (a space between parts) is as tall as a line of the sheet's font.
      if (options.every && height === 0) height = lineHeight(base);
      if (wrapped || options.every) this.height(r, toPixels(height + ROW_PADDING));
    });
    return this;
  }

  /** Rows that print on one page (a signature block). */
  keep(from: number, to: number): this {
    this.blocks.push({ from, to, headTo: to });
    return this;
  }

  /** A row (a heading) printed on the same page as what follows it. */
  keepWithNext(row: number): this {
    this.withNext.add(row);
    return this;
  }

  /**
   * A table from row `from` (its title, if any) with its header rows `header` and its body to row `to`: kept on one
   * page when it fits one, else broken between body rows with its header printed again at the top of the next page.
   * Rows after the body to `tailTo` (a note under the table) go with its last rows.
   */
  table(from: number, header: { from: number; to: number }, to: number, tailTo = to): this {
    this.blocks.push({ from, to: tailTo, bodyTo: to, headTo: Math.min(to, header.to + MIN_BODY_ROWS), repeat: header });
    return this;
  }

  /** The blocks the layout declared, for paginate(). */
  get pageBlocks(): { blocks: readonly PageBlock[]; withNext: ReadonlySet<number> } {
    return { blocks: this.blocks, withNext: this.withNext };
  }
}

/** A table is broken only after its header and this many rows of its body. */
const MIN_BODY_ROWS = 2;
/** Decree 30/2020 (Appendix I): at least 6 pt between paragraphs; the row's own padding gives 3 of them. */
const PARAGRAPH_AFTER = 3;
const ROW_PADDING = 3;
/** Row heights in whole pixels (0.75 pt), rounded up: what Excel draws, so the page breaks counted are Excel's. */
const toPixels = (points: number) => Math.ceil(points / 0.75) * 0.75;

/** Rows kept together: [from, headTo] is never broken; with `repeat`, the rest may be, the header printed again. */
export interface PageBlock {
  from: number;
  to: number;
  headTo: number;
  /** A table's last body row, when rows after it (a note) belong to the block. */
  bodyTo?: number;
  repeat?: { from: number; to: number };
}

export function span(top: number, left: number, bottom: number, right: number): Range {
  return { top, left, bottom, right };
}

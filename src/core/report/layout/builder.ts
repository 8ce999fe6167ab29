/** A small helper to fill a SheetSpec cell by cell, so each layout reads top to bottom like the sheet. */
import type { CellSpec, CellStyle, PrintSetup, Range, SheetSpec } from '../../sheetspec';

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
   * Sets the height of every row holding wrapped text from an estimate of its line count, so the
   * text shows in full in Excel and in LibreOffice alike (neither autofits rows written by a library
   * the same way). Rows with a height already set keep it.
   */
  fitRowHeights(): this {
    const { spec } = this;
    const mergedWidth = new Map<string, number>();
    for (const m of spec.merges) {
      let w = 0;
      for (let c = m.left; c <= m.right; c++) w += spec.columnWidths[c] ?? 9;
      mergedWidth.set(`${m.top}:${m.left}`, w);
    }
    spec.rows.forEach((cells, r) => {
      if (spec.rowHeights?.[r] !== undefined) return;
      let lines = 1;
      let size = spec.baseFont.size;
      cells.forEach((cell, c) => {
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a style name may be missing from spec.styles
        if (!cell || cell.v === null || !cell.s || !spec.styles[cell.s]?.wrap) return;
        const style = spec.styles[cell.s];
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- columns past the listed widths have none
        const width = mergedWidth.get(`${r}:${c}`) ?? spec.columnWidths[c] ?? 9;
        const fontSize = style.size ?? spec.baseFont.size;
        // About 1.2 characters of 11-point Times New Roman per unit of Excel column width (Vietnamese
        // text, measured on LibreOffice's PDF); a little low on purpose, so text is never cut.
        const perLine = Math.max(1, Math.floor((width * 1.2 * 11) / fontSize));
        const needed = String(cell.v)
          .split('\n')
          .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
        if (needed > lines || (needed === lines && fontSize > size)) {
          lines = needed;
          size = fontSize;
        }
      });
      if (lines > 1) this.height(r, Math.ceil(lines * size * 1.3 + 3));
    });
    return this;
  }
}

export function span(top: number, left: number, bottom: number, right: number): Range {
  return { top, left, bottom, right };
}

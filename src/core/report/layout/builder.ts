/** A small helper to fill a SheetSpec cell by cell, so each layout reads top to bottom like the sheet. */
import type { CellSpec, CellStyle, PrintSetup, Range, SheetSpec } from '../../sheetspec';

/** Decree 30/2020/NĐ-CP, Appendix I: A4, Times New Roman, margins in millimetres. */
export const DECREE30_MARGINS: PrintSetup['margins'] = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 };
export const REPORT_FONT = { name: 'Times New Roman', size: 12 };

export class SheetBuilder {
  readonly spec: SheetSpec;

  constructor(name: string, styles: Record<string, CellStyle>, columnWidths: number[], print: PrintSetup) {
    this.spec = { name, rows: [], styles, baseFont: REPORT_FONT, columnWidths, merges: [], print };
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
}

export function span(top: number, left: number, bottom: number, right: number): Range {
  return { top, left, bottom, right };
}

/**
 * SheetSpec: the neutral output contract. A sheet described as data (cells, styles, merges,
 * widths, frozen panes, conditional formats, print setup); the Office.js and ExcelJS writers
 * translate it, so both doors show the same report. Layout code never calls a writer.
 */

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. */
  size?: number;
  /** Hex RGB like "1F4E79". */
  color?: string;
  fill?: string;
  h?: HAlign;
  v?: VAlign;
  wrap?: boolean;
  /** Thin borders on all four sides. */
  border?: boolean;
  /** A rule under the text (the short line under the issuing body and the motto). */
  borderBottom?: boolean;
  /** Excel number format; "@" stores and shows a value as text (CCCD, BHYT). */
  numFmt?: string;
}

/** A cell: a value, and the key of its style in `SheetSpec.styles`. Strings are always text, never formulas. */
export interface CellSpec {
  v: string | number | boolean | null;
  s?: string;
}

export interface Range {
  /** Zero-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Scale the print to one page wide (as many pages tall as needed). */
  fitToWidth: boolean;
  /** Millimetres. Decree 30/2020: top/bottom 20–25, left 30–35, right 15–20. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Zero-based inclusive rows repeated at the top of every printed page. */
  repeatRows?: { from: number; to: number };
  centerHorizontally?: boolean;
  /** Decree 30/2020: page numbers centred in the top margin, from the second page on. */
  pageNumbersFromPage2?: boolean;
  /** Zero-based rows that start a new printed page (a manual page break above each), in increasing order. */
  rowBreaks?: readonly number[];
}

export interface DataBar {
  kind: 'dataBar';
  range: Range;
  /** Hex RGB. */
  color: string;
  min: number;
  max: number;
}

/**
 * A native chart over cells of the same sheet (the Office.js writer and the .xlsx writer draw it; a
 * writer that cannot draw charts leaves it out, and the cells it points at still show the figures).
 */
export interface ChartSpec {
  /** Bars per category: one cluster per village, one bar per series. */
  kind: 'bar';
  title: string;
  /** One column of category labels (village names). */
  categories: Range;
  series: { name: string; values: Range }[];
  /** A reference level drawn across the bars (a line where the host can combine chart types). */
  target?: { name: string; values: Range };
  /** The cells the chart covers, top-left to bottom-right. */
  anchor: Range;
}

export interface SheetSpec {
  name: string;
  /** Rows of cells from A1; null leaves a cell empty. */
  rows: (CellSpec | null)[][];
  styles: Record<string, CellStyle>;
  /** Style applied to every cell without its own (font family and size of the sheet). */
  baseFont: { name: string; size: number };
  /** Column widths in Excel character units. */
  columnWidths: number[];
  /** Row heights in points, by zero-based row. */
  rowHeights?: Record<number, number>;
  merges: Range[];
  freeze?: { rows: number; columns: number };
  /** Range that gets an AutoFilter (the errors list). */
  autoFilter?: Range;
  conditionalFormats?: DataBar[];
  /** In-cell dropdown lists (e.g. the police's status column); a host without them just shows the text. */
  validations?: { range: Range; list: readonly string[] }[];
  /** An Excel table over these cells, the first row its header (a list template, which grows as people type). */
  table?: Range;
  print: PrintSetup;
  /** Hex RGB of the sheet tab. */
  tabColor?: string;
  chart?: ChartSpec;
}

/** "A1:C4" for a Range. */
export function rangeAddress(r: Range, letter: (col: number) => string): string {
  return `${letter(r.left)}${r.top + 1}:${letter(r.right)}${r.bottom + 1}`;
}

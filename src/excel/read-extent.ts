/**
 * Where a sheet's data really is. Excel's used range is the box around every value, so one value
 * typed at XFD1048576 stretches a 200-row list to 17 billion cells. Before reading a large used range
 * the reader asks, in the one sync that carries its first batch of cells, for the used range of each
 * block of a coarse grid over it (Range.getUsedRangeOrNullObject(true): the box around the values in
 * that block, or a null object). It then reads only those boxes, or the whole range when the boxes
 * cover most of it anyway (a dense list reads exactly as before), and refuses, before reading them, a
 * sheet or a workbook holding more cells than READ_LIMITS (core/sheet-limits.ts).
 */

/** A sheet's used range (zero-based top-left, size) or a part of it to read; `sheet` indexes the sheets read. */
export interface UsedArea {
  sheet: number;
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
}

/** A used range of at most this many cells is read whole: asking where its values are would cost more than reading it. */
export const PROBE_MIN_CELLS = 65_536;
/** The coarse grid: at most this many bands of rows and of columns, each at least this tall and wide. */
const ROW_BANDS = 16;
const COLUMN_BANDS = 8;
const MIN_BAND_ROWS = 1024;
const MIN_BAND_COLUMNS = 32;
/** The blocks one sync asks about, across all sheets; a sheet gets fewer when many sheets are large. */
export const MAX_PROBE_BLOCKS = 4096;
/** What asking for one block's used range costs in a round trip (three commands, an address back). */
export const PROBE_BYTES = 384;
/** A sheet this wide or wider has its first rows read only once the blocks said where its values are. */
export const HEAD_MAX_COLUMNS = 256;

/** Rows [top, top + rowCount) and columns [left, left + columnCount) of a sheet, zero-based. */
export type Box = Omit<UsedArea, 'sheet'>;

/** The bands of `count` rows or columns: at most `most`, each at least `least` long (the last may be shorter). */
function bands(count: number, most: number, least: number): { from: number; length: number }[] {
  const n = Math.max(1, Math.min(most, Math.ceil(count / least)));
  const size = Math.ceil(count / n);
  const out: { from: number; length: number }[] = [];
  for (let from = 0; from < count; from += size) out.push({ from, length: Math.min(size, count - from) });
  return out;
}

/** How many blocks each probed sheet may have, so that the probe stays within MAX_PROBE_BLOCKS and half the budget; 0: do not probe. */
export function blocksPerSheet(probedSheets: number, budget: number): number {
  if (probedSheets === 0) return 0;
  const most = Math.min(MAX_PROBE_BLOCKS, Math.floor(budget / 2 / PROBE_BYTES));
  return Math.min(ROW_BANDS * COLUMN_BANDS, Math.floor(most / probedSheets));
}

/**
 * The blocks of the coarse grid over rows [head, rowCount) of `area` (the rows above were read in
 * the same sync), at most `most` of them (then the bands grow taller, then wider).
 */
export function probeBlocks(area: UsedArea, head: number, most: number): Box[] {
  const rows = area.rowCount - head;
  if (rows <= 0 || most < 1) return [];
  let rowBands = ROW_BANDS;
  let columnBands = COLUMN_BANDS;
  const count = () => bands(rows, rowBands, MIN_BAND_ROWS).length * bands(area.columnCount, columnBands, MIN_BAND_COLUMNS).length;
  while (count() > most) {
    if (rowBands > 1 && (rowBands >= columnBands || columnBands === 1)) rowBands = Math.ceil(rowBands / 2);
    else columnBands = Math.ceil(columnBands / 2);
  }
  const blocks: Box[] = [];
  for (const r of bands(rows, rowBands, MIN_BAND_ROWS)) {
    for (const c of bands(area.columnCount, columnBands, MIN_BAND_COLUMNS)) {
      blocks.push({ top: area.top + head + r.from, left: area.left + c.from, rowCount: r.length, columnCount: c.length });
    }
  }
  return blocks;
}

/** Rows [from, to) of a sheet's used range (relative to its top) whose cells run `width` columns from its left. */
export interface RowSpan {
  from: number;
  to: number;
  width: number;
}

/**
 * The rows the boxes touch and how far each runs from the used range's left: a row holds its cells
 * from the range's left up to the right edge of the rightmost box crossing it. Rows no box crosses
 * hold nothing.
 */
export function rowSpans(area: UsedArea, boxes: readonly Box[]): RowSpan[] {
  const edges = [...new Set(boxes.flatMap((b) => [b.top - area.top, b.top - area.top + b.rowCount]))].sort((a, b) => a - b);
  const spans: RowSpan[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [from, to] = [edges[i], edges[i + 1]];
    let width = 0;
    for (const b of boxes) {
      if (b.top - area.top <= from && b.top - area.top + b.rowCount >= to) width = Math.max(width, b.left - area.left + b.columnCount);
    }
    if (width > 0) spans.push({ from, to, width });
  }
  return spans;
}

export function spanCells(spans: readonly RowSpan[]): number {
  return spans.reduce((n, s) => n + (s.to - s.from) * s.width, 0);
}

/** How a probed sheet is read after its first `head` rows: its boxes and the rows they span, or the rest of its range whole. */
export type AfterHead = { kind: 'boxes'; boxes: Box[]; spans: RowSpan[]; cells: number } | { kind: 'whole'; cells: number };

/** Boxes covering more than this share of the rest of a range: read the range whole, exactly as an unprobed one. */
const WHOLE_WHEN_COVERED = 0.5;

/**
 * How the rows from `head` are read, and what they cost against READ_LIMITS (core/sheet-limits.ts): the cells of the rows the
 * boxes span, and one for each row between them (it still has its place in the Grid, and the engine
 * passes it).
 */
export function afterHead(area: UsedArea, head: number, boxes: readonly Box[]): AfterHead {
  const rest = (area.rowCount - head) * area.columnCount;
  const spans = rowSpans(area, boxes);
  const spanned = spans.reduce((n, s) => n + s.to - s.from, 0);
  const cells = spanCells(spans) + (area.rowCount - head - spanned);
  if (cells > WHOLE_WHEN_COVERED * rest) return { kind: 'whole', cells: rest };
  return { kind: 'boxes', boxes: [...boxes].sort((a, b) => a.top - b.top || a.left - b.left), spans, cells };
}

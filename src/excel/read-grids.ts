/**
 * Office.js adapter, input side: the open workbook's sheets → Grids (values and number formats of
 * each used range), in a constant number of round trips:
 *   sync 1  the sheet names;
 *   sync 2  every sheet's used range (address, size, whether rows or columns are hidden), queued for
 *           all sheets at once, with each AutoFilter's state where ExcelApi 1.9 is there;
 *   (sync)  only when some sheet hides some of its rows or columns: which ones, for all sheets at once;
 *   sync 3… values and number formats, in row slices packed into batches under a payload budget,
 *           so a big workbook takes one more sync per ~4 MB, whatever its number of sheets. The
 *           first batch is sized at a safe estimate per cell; each later one from the bytes the
 *           cells read so far measured when they came back (a sheet from its own latest rows).
 *           A used range of more than PROBE_MIN_CELLS cells is not taken at its word: the first
 *           batch also asks where in it the values are (read-extent.ts), and only those boxes are
 *           read; a sheet or a workbook beyond READ_LIMITS is refused before its cells are read.
 * Only values, numberFormat, address, size and hidden state are loaded. Nothing is written.
 */
import { cellAddress, type CellValue, type Grid } from '../core/grid';
import { READ_LIMITS } from '../core/sheet-limits';
import { topLeftOf } from './a1';
import { ExcelAdapterError } from './gateway';
import { isReadByEngine } from './own-sheets';
import { DEFAULT_BYTES_PER_CELL, DEFAULT_PAYLOAD_BUDGET, jsonBytes, syncEachBatch } from './payload';
import { HEAD_MAX_COLUMNS, PROBE_BYTES, PROBE_MIN_CELLS, afterHead, blocksPerSheet, probeBlocks, type Box, type RowSpan, type UsedArea } from './read-extent';

export interface ReadOptions {
  /** Bytes one sync may carry (default 4 MB, under Excel on the web's 5 MB limit). */
  payloadBudget?: number;
  /** Bytes a cell is assumed to cost until cells came back to be measured (default DEFAULT_BYTES_PER_CELL). */
  bytesPerCell?: number;
  /** 'measured' (default): batches after the first are sized from what the cells read so far took; 'fixed': all at bytesPerCell. */
  sizing?: 'measured' | 'fixed';
  /** Which sheets to read; by default every sheet but the temporary ones of a write (isReadByEngine). */
  include?: (sheetName: string) => boolean;
  /** ExcelApi 1.9: ask each sheet's AutoFilter whether it hides rows, so they are reported as filtered. */
  autoFilter?: boolean;
  onProgress?: (fraction: number) => void;
}

export type { UsedArea } from './read-extent';

/** Rows [start, start + rowCount) of one sheet's used range, relative to its top. */
export interface Slice {
  area: UsedArea;
  start: number;
  rowCount: number;
}

/** Where planning stands: the next row to plan is row `row` of `areas[area]`. */
export interface PlanCursor {
  area: number;
  row: number;
}

/** What one slice costs beyond its cells: its command in the request, brackets and property names in the response. */
export const SLICE_BYTES = 128;

/**
 * The next batch from `from`: row slices in tab order while their estimated bytes fit `budget`, and
 * where planning stands after it. Every call that has rows left plans at least one (a row wider
 * than the whole budget, or a budget smaller than one cell, still has to be read: alone), so a
 * loop over planBatch always advances; the batch is empty only when every row is planned.
 */
export function planBatch(
  areas: readonly UsedArea[],
  from: PlanCursor,
  budget: number,
  bytesPerCell: (area: UsedArea) => number,
): { batch: Slice[]; next: PlanCursor } {
  const batch: Slice[] = [];
  let room = budget;
  let { area: a, row } = from;
  for (; a < areas.length; a++, row = 0) {
    const area = areas[a];
    while (row < area.rowCount) {
      const rowBytes = area.columnCount * bytesPerCell(area);
      const fit = Math.floor((room - SLICE_BYTES) / rowBytes);
      // Not one row fits (or the estimate is not a number): the batch is full, unless it is empty.
      const rows = fit >= 1 ? Math.min(fit, area.rowCount - row) : batch.length === 0 ? 1 : 0;
      if (rows === 0) return { batch, next: { area: a, row } };
      batch.push({ area, start: row, rowCount: rows });
      room -= SLICE_BYTES + rows * rowBytes;
      row += rows;
    }
  }
  return { batch, next: { area: a, row: 0 } };
}

/** Room left for rows a little longer than those measured (the budget is itself under Excel's limit). */
export const MEASURED_MARGIN = 1.1;
/** Rows at each end of a slice that are measured: a sheet's next rows are most like its latest ones. */
const SAMPLE_ROWS = 1000;
/** Fewer cells than this say little about the rows after them (a header row alone, say). */
const MIN_SAMPLE_CELLS = 256;
/** At most this much growth from a slice's first rows to its last is carried over to the rows after it. */
const MAX_GROWTH = 2;
/** No cell answers in fewer bytes than this ("0," and "@,"), whatever a measurement says. */
const MIN_BYTES_PER_CELL = 4;

/** Bytes per cell of some rows as they came back (values and number formats, JSON). */
function perCell(values: readonly unknown[][], formats: readonly unknown[][], columns: number): number {
  return (jsonBytes(values) + jsonBytes(formats)) / (values.length * columns);
}

/**
 * Bytes per cell measured from what came back: for each sheet, its latest rows read, times the
 * growth from the first rows of that slice to its last (rows getting longer are expected to go on
 * so for one more batch); for sheets not reached yet, the largest figure of the last batch. Before
 * any batch came back, `unmeasured`.
 */
export class CellSizes {
  private readonly bySheet = new Map<number, { perCell: number; cells: number }>();
  private lastBatch: number | null = null;

  constructor(private readonly unmeasured: number) {}

  /** Measures the first and last rows of each slice of a batch, from its values and number formats as they came back. */
  record(slices: readonly { area: UsedArea; values: readonly unknown[][]; formats: readonly unknown[][] }[]): void {
    let largest = 0;
    let largestOfFew = 0;
    for (const { area, values, formats } of slices) {
      const rows = Math.min(SAMPLE_ROWS, values.length);
      const cells = rows * area.columnCount;
      if (cells === 0) continue;
      const last = perCell(values.slice(-rows), formats.slice(-rows), area.columnCount);
      const first = values.length > rows ? perCell(values.slice(0, rows), formats.slice(0, rows), area.columnCount) : last;
      const figure = last * Math.min(MAX_GROWTH, Math.max(1, last / first));
      this.bySheet.set(area.sheet, { perCell: figure, cells });
      if (cells >= MIN_SAMPLE_CELLS) largest = Math.max(largest, figure);
      else largestOfFew = Math.max(largestOfFew, figure);
    }
    if (largest > 0 || largestOfFew > 0) this.lastBatch = largest > 0 ? largest : largestOfFew;
  }

  /** What a cell of `area` is planned at: the measured figure with its margin. */
  estimate(area: UsedArea): number {
    if (this.lastBatch === null) return this.unmeasured;
    const own = this.bySheet.get(area.sheet);
    const figure = own && own.cells >= MIN_SAMPLE_CELLS ? own.perCell : Math.max(own?.perCell ?? 0, this.lastBatch);
    return Number.isFinite(figure) ? Math.max(MIN_BYTES_PER_CELL, figure * MEASURED_MARGIN) : this.unmeasured;
  }
}

/** Every batch of the plan, each planned only when asked for: after the one before it came back and was measured. */
function* batchesOf(areas: readonly UsedArea[], budget: number, bytesPerCell: (area: UsedArea) => number): Generator<Slice[]> {
  let cursor: PlanCursor = { area: 0, row: 0 };
  for (;;) {
    const { batch, next } = planBatch(areas, cursor, budget, bytesPerCell);
    if (batch.length === 0) return;
    if (next.area < cursor.area || (next.area === cursor.area && next.row <= cursor.row)) throw new Error('readGrids: a planned batch did not advance');
    cursor = next;
    yield batch;
  }
}

export async function readGrids(context: Excel.RequestContext, options: ReadOptions = {}): Promise<Grid[]> {
  const budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  const bytesPerCell = options.bytesPerCell ?? DEFAULT_BYTES_PER_CELL;
  const sizes = new CellSizes(bytesPerCell);
  const estimate = options.sizing === 'fixed' ? () => bytesPerCell : (area: UsedArea) => sizes.estimate(area);
  const include = options.include ?? isReadByEngine;

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();

  const sheets = worksheets.items.filter((ws) => include(ws.name));
  const names = sheets.map((ws) => ws.name);
  const used = sheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('address,rowCount,columnCount,rowHidden,columnHidden');
    return range;
  });
  const filters = options.autoFilter ? sheets.map((ws) => ws.autoFilter.load('isDataFiltered')) : null;
  await context.sync();
  const hidden = await readHidden(context, used, budget);

  const areas: (UsedArea | null)[] = used.map((range, sheet) => {
    if (range.isNullObject) return null;
    const { row, col } = topLeftOf(range.address);
    return { sheet, top: row, left: col, rowCount: range.rowCount, columnCount: range.columnCount };
  });
  const rows = new GridRows(areas);
  const plan = new ReadPlan(areas.filter((a): a is UsedArea => a !== null), { budget, estimate, names });

  let cellsRead = 0;
  await syncEachBatch(context, plan.batches(), {
    queue: (batch) => ({
      ranges: batch.map(({ area, start, rowCount }) => {
        const range = sheets[area.sheet].getRangeByIndexes(area.top + start, area.left, rowCount, area.columnCount);
        range.load('values,numberFormat');
        return range;
      }),
      probe: plan.queueProbe(sheets),
    }),
    collect: (batch, { ranges, probe }) => {
      const came = batch.map(({ area, start }, i) => {
        const v = ranges[i].values as CellValue[][];
        const f = ranges[i].numberFormat as string[][];
        rows.put(area, start, v, f);
        cellsRead += v.length * area.columnCount;
        return { area, values: v, formats: f };
      });
      if (probe) plan.collectProbe(probe, rows);
      if (options.sizing !== 'fixed') sizes.record(came);
      options.onProgress?.(Math.min(1, cellsRead / plan.cells));
    },
    // The estimate was too low for this data (long notes, say): the same rows in two halves.
    split: (batch) => (batch.every((s) => s.rowCount === 1) ? null : [halves(batch, 0), halves(batch, 1)]),
  });

  return names.map((sheet, i) => {
    const area = areas[i];
    const grid: Grid = { sheet, values: rows.values[i], formats: rows.formats[i], rowOffset: area?.top ?? 0, colOffset: area?.left ?? 0 };
    const h = hidden[i];
    if (h) grid.hidden = h.rows && filters?.[i].isDataFiltered ? { ...h, filtered: true } : h;
    return grid;
  });
}

/** The one row array every row without a cell shares (the engine never writes into a Grid). */
const NO_CELLS = Object.freeze([]) as unknown as never[];

/** Each sheet's rows as the batches bring them, placed relative to its used range's top-left. */
class GridRows {
  readonly values: CellValue[][][];
  readonly formats: string[][][];

  constructor(private readonly areas: readonly (UsedArea | null)[]) {
    this.values = areas.map((a) => new Array<CellValue[]>(a?.rowCount ?? 0));
    this.formats = areas.map((a) => new Array<string[]>(a?.rowCount ?? 0));
  }

  /** Rows [start, …) of `part`, a part of its sheet's used range: whole rows as they came, or cells copied into rows laid out for boxes. */
  put(part: UsedArea, start: number, v: CellValue[][], f: string[][]): void {
    const area = this.areas[part.sheet];
    if (!area) throw new Error('readGrids: cells came back for a sheet with no used range');
    const top = part.top - area.top + start;
    const left = part.left - area.left;
    const values = this.values[part.sheet];
    const formats = this.formats[part.sheet];
    for (let r = 0; r < v.length; r++) {
      if (left === 0 && part.columnCount === area.columnCount) {
        values[top + r] = v[r];
        formats[top + r] = f[r];
        continue;
      }
      const row = values[top + r];
      const format = formats[top + r];
      for (let c = 0; c < v[r].length; c++) {
        row[left + c] = v[r][c];
        format[left + c] = f[r][c];
      }
    }
  }

  /** Rows from `head` of a sheet read by boxes: each row spanned by a box gets its cells, blank until read; the others share NO_CELLS. */
  layOut(sheet: number, head: number, spans: readonly RowSpan[]): void {
    const values = this.values[sheet];
    const formats = this.formats[sheet];
    for (let r = head; r < values.length; r++) {
      values[r] = NO_CELLS;
      formats[r] = NO_CELLS;
    }
    for (const { from, to, width } of spans) {
      for (let r = from; r < to; r++) {
        values[r] = new Array<CellValue>(width).fill('');
        formats[r] = new Array<string>(width).fill('General');
      }
    }
  }
}

interface PlanSettings {
  budget: number;
  estimate: (area: UsedArea) => number;
  names: readonly string[];
}

/** A probed sheet: its used range, the rows of it the first batch reads, and the blocks asked about below them. */
interface Probed {
  area: UsedArea;
  head: number;
  blocks: Box[];
}

/**
 * What to read, and in which batches. Without a large used range, the batches of planBatch over the
 * used ranges. With some, the first batch (the small sheets and the first rows of the large ones)
 * carries the probe of the large ones' blocks; the batches after it read the boxes the probe found.
 * The limits are checked before any batch whose cells they count.
 */
class ReadPlan {
  /** Cells the plan reads, for the progress bar: the used ranges until the probe says where the values are. */
  cells: number;
  private readonly probed: Probed[] = [];
  private probeDone = false;
  private rest: UsedArea[] = [];

  constructor(
    private readonly read: readonly UsedArea[],
    private readonly settings: PlanSettings,
  ) {
    this.cells = read.reduce((n, a) => n + a.rowCount * a.columnCount, 0);
  }

  *batches(): Generator<Slice[]> {
    const { budget, estimate } = this.settings;
    const large = this.read.filter((a) => a.rowCount * a.columnCount > PROBE_MIN_CELLS);
    const perSheet = blocksPerSheet(large.length, budget);
    if (perSheet === 0) {
      this.checkLimits(this.read.map((a) => ({ area: a, cells: a.rowCount * a.columnCount })));
      yield* batchesOf(this.read, budget, estimate);
      return;
    }
    const isLarge = new Set(large);
    const first = this.read.filter((a) => !isLarge.has(a) || a.columnCount < HEAD_MAX_COLUMNS);
    // The probe rides with the first batch: room for its blocks as if no rows were read before them (never fewer).
    const probeBytes = large.reduce((n, area) => n + probeBlocks(area, 0, perSheet).length * PROBE_BYTES, 0);
    const { batch, next } = planBatch(first, { area: 0, row: 0 }, budget - probeBytes, estimate);
    const heads = new Map<UsedArea, number>();
    for (const s of batch) heads.set(s.area, (heads.get(s.area) ?? 0) + s.rowCount);
    for (const area of large) this.probed.push({ area, head: heads.get(area) ?? 0, blocks: probeBlocks(area, heads.get(area) ?? 0, perSheet) });
    // The small sheets' rows the first batch left, in tab order; the large ones' follow once the probe came back.
    this.rest = first.flatMap((area, i) => {
      if (isLarge.has(area) || i < next.area) return [];
      const from = i === next.area ? next.row : 0;
      return from < area.rowCount ? [{ ...area, top: area.top + from, rowCount: area.rowCount - from }] : [];
    });
    yield batch;
    if (!this.probeDone) throw new Error('readGrids: the probe did not come back with the first batch');
    yield* batchesOf(this.rest, budget, estimate);
  }

  /** The probe's commands, queued with the first batch (again with each half, when Excel refused it as too large); null once it came back. */
  queueProbe(sheets: readonly Excel.Worksheet[]): Excel.Range[][] | null {
    if (this.probeDone || this.probed.length === 0) return null;
    return this.probed.map(({ area, blocks }) =>
      blocks.map((b) => {
        const range = sheets[area.sheet].getRangeByIndexes(b.top, b.left, b.rowCount, b.columnCount).getUsedRangeOrNullObject(true);
        range.load('address,rowCount,columnCount');
        return range;
      }),
    );
  }

  /** Where the large sheets' values are: their boxes, or their rest read whole; refuses what is beyond the limits before reading it. */
  collectProbe(probe: Excel.Range[][], rows: GridRows): void {
    const after = this.probed.map((p, i) => {
      const boxes = probe[i].filter((range) => !range.isNullObject).map((range) => ({ ...topLeftOf(range.address), rowCount: range.rowCount, columnCount: range.columnCount }));
      return afterHead(p.area, p.head, boxes.map(({ row, col, rowCount, columnCount }) => ({ top: row, left: col, rowCount, columnCount })));
    });
    const probedCells = new Map(this.probed.map((p, i) => [p.area, p.head * p.area.columnCount + after[i].cells]));
    this.checkLimits(this.read.map((a) => ({ area: a, cells: probedCells.get(a) ?? a.rowCount * a.columnCount })));
    this.probed.forEach(({ area, head }, i) => {
      const plan = after[i];
      if (plan.kind === 'whole') {
        if (head < area.rowCount) this.rest.push({ ...area, top: area.top + head, rowCount: area.rowCount - head });
        return;
      }
      rows.layOut(area.sheet, head, plan.spans);
      this.rest.push(...plan.boxes.map((b) => ({ sheet: area.sheet, ...b })));
    });
    this.cells = [...probedCells.values()].reduce((n, c) => n + c, 0) + this.read.filter((a) => !probedCells.has(a)).reduce((n, a) => n + a.rowCount * a.columnCount, 0);
    this.probeDone = true;
  }

  /** Refuses a sheet whose cells, or a workbook whose cells in all, are more than READ_LIMITS. */
  private checkLimits(sheets: readonly { area: UsedArea; cells: number }[]): void {
    const { names } = this.settings;
    const named = ({ area }: { area: UsedArea }) => ({ sheet: names[area.sheet], lastCell: cellAddress(area.top + area.rowCount - 1, area.left + area.columnCount - 1) });
    const largest = [...sheets].sort((a, b) => b.cells - a.cells);
    const over = largest.find((s) => s.cells > READ_LIMITS.sheetCells);
    if (over) throw new ExcelAdapterError({ code: 'SHEET_TOO_LARGE', ...named(over), cells: over.cells, limit: READ_LIMITS.sheetCells });
    const total = sheets.reduce((n, s) => n + s.cells, 0);
    if (total > READ_LIMITS.workbookCells) {
      throw new ExcelAdapterError({ code: 'WORKBOOK_TOO_LARGE', cells: total, limit: READ_LIMITS.workbookCells, sheets: largest.slice(0, 3).map(named) });
    }
  }
}

/** Bytes one visible cell's address costs in a response ("'Thôn 1'!A12345", quoted, with a comma). */
const ADDRESS_BYTES = 24;

/**
 * Which rows and columns of each used range are hidden. rowHidden and columnHidden say all, none or
 * some (null); only for "some" one more sync asks, for all those sheets at once, which cells of the
 * first column and first row are visible. A sheet whose addresses would not fit the budget is left
 * out of that detail (no sync is ever spent per sheet).
 */
/** Excel answers null for "some rows (columns) hidden"; the typings say boolean. */
function hiddenState(range: Excel.Range): { rows: boolean | null; columns: boolean | null } {
  return { rows: range.rowHidden, columns: range.columnHidden };
}

async function readHidden(context: Excel.RequestContext, used: readonly Excel.Range[], budget: number): Promise<(Grid['hidden'] | null)[]> {
  const all = (n: number) => Array.from({ length: n }, (_, i) => i);
  const out: (Grid['hidden'] | null)[] = used.map((range) => {
    if (range.isNullObject) return null;
    const hidden = hiddenState(range);
    const rows = hidden.rows === true ? all(range.rowCount) : undefined;
    const columns = hidden.columns === true ? all(range.columnCount) : undefined;
    return rows || columns ? { ...(rows ? { rows } : {}), ...(columns ? { columns } : {}) } : null;
  });
  let room = budget;
  const views = used.map((range) => {
    if (range.isNullObject) return null;
    const fits = (cells: number) => {
      if (cells * ADDRESS_BYTES > room) return false;
      room -= cells * ADDRESS_BYTES;
      return true;
    };
    const hidden = hiddenState(range);
    const rows = hidden.rows === null && fits(range.rowCount) ? range.getColumn(0).getVisibleView().load('cellAddresses') : null;
    const columns = hidden.columns === null && fits(range.columnCount) ? range.getRow(0).getVisibleView().load('cellAddresses') : null;
    return rows || columns ? { rows, columns } : null;
  });
  if (views.every((v) => v === null)) return out;
  await context.sync();
  views.forEach((view, i) => {
    if (!view) return;
    const range = used[i];
    const { row: top, col: left } = topLeftOf(range.address);
    const h: NonNullable<Grid['hidden']> = { ...out[i] };
    if (view.rows) {
      const visible = new Set(view.rows.cellAddresses.map((cells) => topLeftOf(String(cells[0])).row - top));
      h.rows = all(range.rowCount).filter((r) => !visible.has(r));
    }
    if (view.columns) {
      const visible = new Set((view.columns.cellAddresses[0] ?? []).map((cell) => topLeftOf(String(cell)).col - left));
      h.columns = all(range.columnCount).filter((c) => !visible.has(c));
    }
    if (h.rows?.length === 0) delete h.rows;
    if (h.columns?.length === 0) delete h.columns;
    out[i] = h.rows || h.columns ? h : null;
  });
  return out;
}

/** The first (part 0) or second (part 1) half of each slice's rows; slices of one row stay whole in part 0. */
function halves(batch: readonly Slice[], part: 0 | 1): Slice[] {
  return batch.flatMap((s) => {
    const first = Math.ceil(s.rowCount / 2);
    if (part === 0) return [{ ...s, rowCount: first }];
    return s.rowCount - first > 0 ? [{ ...s, start: s.start + first, rowCount: s.rowCount - first }] : [];
  });
}

/**
 * Office.js adapter, input side: the open workbook's sheets → Grids (values and number formats of
 * each used range), in a constant number of round trips:
 *   sync 1  the sheet names;
 *   sync 2  every sheet's used range (address, size, whether rows or columns are hidden), queued for
 *           all sheets at once, with each AutoFilter's state where ExcelApi 1.9 is there;
 *   (sync)  only when some sheet hides some of its rows or columns: which ones, for all sheets at once;
 *   sync 3… values and number formats, in row slices packed into batches under a payload budget,
 *           so a big workbook takes one more sync per ~4 MB, whatever its number of sheets. The
 *           first batch starts with a few rows of every sheet and is sized on the safe side; each
 *           later one is sized from the bytes that sheet's cells measured when they came back.
 * Only values, numberFormat, address, size and hidden state are loaded. Nothing is written.
 */
import type { CellValue, Grid } from '../core/grid';
import { topLeftOf } from './a1';
import { isReadByEngine } from './own-sheets';
import { DEFAULT_PAYLOAD_BUDGET, UNMEASURED_BYTES_PER_CELL, jsonBytes, syncEachBatch } from './payload';

export interface ReadOptions {
  /** Bytes one sync may carry (default 4 MB, under Excel on the web's 5 MB limit). */
  payloadBudget?: number;
  /** Bytes a cell is assumed to cost until cells of its sheet were measured (default UNMEASURED_BYTES_PER_CELL). */
  bytesPerCell?: number;
  /** Which sheets to read; by default every sheet but the temporary ones of a write (isReadByEngine). */
  include?: (sheetName: string) => boolean;
  /** ExcelApi 1.9: ask each sheet's AutoFilter whether it hides rows, so they are reported as filtered. */
  autoFilter?: boolean;
  onProgress?: (fraction: number) => void;
}

interface UsedArea {
  sheet: number;
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
}

/** A used range being read: how many of its rows are planned, and what those that came back cost. */
export interface AreaReading extends UsedArea {
  planned: number;
  measuredRows: number;
  measuredBytes: number;
}

/** Rows [start, start + rowCount) of one sheet's used range, relative to its top. */
interface Slice {
  area: AreaReading;
  start: number;
  rowCount: number;
}

/** What one slice costs beyond its cells: its command in the request, brackets and names in the response. */
const SLICE_BYTES = 64;
/** Room left for rows a little longer than those measured. */
const MEASURED_MARGIN = 1.05;
/** At most this many first rows of each sheet are read in the first batch, so every sheet is measured early. */
const PROBE_ROWS = 64;

export function startReading(areas: readonly UsedArea[]): AreaReading[] {
  return areas.map((area) => ({ ...area, planned: 0, measuredRows: 0, measuredBytes: 0 }));
}

/**
 * Rows of each sheet the first batch reads: up to PROBE_ROWS, fewer when the sheets are so many
 * that the probes would take more than half of the first batch.
 */
export function probeRows(areas: readonly UsedArea[], budget: number, unmeasuredBytesPerCell: number): number {
  const columns = areas.reduce((n, a) => n + a.columnCount, 0);
  const rows = Math.floor(budget / 2 / unmeasuredBytesPerCell / Math.max(1, columns));
  return Math.max(1, Math.min(PROBE_ROWS, rows));
}

/**
 * The next batch: the first rows of every sheet not read yet, then the rows left in tab order, up
 * to `budget` bytes. A sheet's rows are sized by what its cells measured so far, or at
 * `unmeasuredBytesPerCell` before any came back. Marks the rows it takes as planned; empty when all are.
 */
export function planBatch(areas: readonly AreaReading[], budget: number, unmeasuredBytesPerCell: number, probe: number): Slice[] {
  const batch: Slice[] = [];
  let room = budget;
  /** Takes up to `rows` more rows of the area; false when the batch is full. */
  const take = (area: AreaReading, rows: number): boolean => {
    const cellBytes = area.measuredRows > 0 ? (area.measuredBytes / (area.measuredRows * area.columnCount)) * MEASURED_MARGIN : unmeasuredBytesPerCell;
    const rowBytes = Math.max(1, area.columnCount * cellBytes);
    let fit = Math.min(rows, Math.floor((room - SLICE_BYTES) / rowBytes));
    if (fit <= 0 && batch.length === 0) fit = 1; // a single row wider than the budget still has to be read
    if (fit <= 0) return false;
    batch.push({ area, start: area.planned, rowCount: fit });
    area.planned += fit;
    room -= SLICE_BYTES + fit * rowBytes;
    return fit === rows;
  };
  for (const area of areas) {
    if (area.planned === 0 && !take(area, Math.min(probe, area.rowCount))) return batch;
  }
  for (const area of areas) {
    if (area.planned < area.rowCount && !take(area, area.rowCount - area.planned)) return batch;
  }
  return batch;
}

function* batchesOf(areas: readonly AreaReading[], budget: number, unmeasuredBytesPerCell: number): Generator<Slice[]> {
  const probe = probeRows(areas, budget, unmeasuredBytesPerCell);
  for (;;) {
    const batch = planBatch(areas, budget, unmeasuredBytesPerCell, probe);
    if (batch.length === 0) return;
    yield batch;
  }
}

export async function readGrids(context: Excel.RequestContext, options: ReadOptions = {}): Promise<Grid[]> {
  const budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  const bytesPerCell = options.bytesPerCell ?? UNMEASURED_BYTES_PER_CELL;
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
  const values: CellValue[][][] = areas.map((a) => new Array<CellValue[]>(a?.rowCount ?? 0));
  const formats: string[][][] = areas.map((a) => new Array<string[]>(a?.rowCount ?? 0));

  const reading = startReading(areas.filter((a): a is UsedArea => a !== null));
  const cells = reading.reduce((n, a) => n + a.rowCount * a.columnCount, 0);
  let cellsRead = 0;
  await syncEachBatch(context, batchesOf(reading, budget, bytesPerCell), {
    queue: (batch) =>
      batch.map(({ area, start, rowCount }) => {
        const range = sheets[area.sheet].getRangeByIndexes(area.top + start, area.left, rowCount, area.columnCount);
        range.load('values,numberFormat');
        return range;
      }),
    collect: (batch, ranges) => {
      batch.forEach(({ area, start }, i) => {
        const v = ranges[i].values as CellValue[][];
        const f = ranges[i].numberFormat as string[][];
        for (let r = 0; r < v.length; r++) {
          values[area.sheet][start + r] = v[r];
          formats[area.sheet][start + r] = f[r];
        }
        area.measuredRows += v.length;
        area.measuredBytes += jsonBytes(v) + jsonBytes(f);
        cellsRead += v.length * area.columnCount;
      });
      options.onProgress?.(cellsRead / cells);
    },
    // The estimate was too low for this data (long notes, say): the same rows in two halves.
    split: (batch) => (batch.every((s) => s.rowCount === 1) ? null : [halves(batch, 0), halves(batch, 1)]),
  });

  return names.map((sheet, i) => {
    const area = areas[i];
    const grid: Grid = { sheet, values: values[i], formats: formats[i], rowOffset: area?.top ?? 0, colOffset: area?.left ?? 0 };
    const h = hidden[i];
    if (h) grid.hidden = h.rows && filters?.[i].isDataFiltered ? { ...h, filtered: true } : h;
    return grid;
  });
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

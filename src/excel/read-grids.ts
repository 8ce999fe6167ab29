/**
 * Office.js adapter, input side: the open workbook's sheets → Grids (values and number formats of
 * each used range), in a constant number of round trips:
 *   sync 1  the sheet names;
 *   sync 2  every sheet's used range (address, size, whether rows or columns are hidden), queued for
 *           all sheets at once, with each AutoFilter's state where ExcelApi 1.9 is there;
 *   (sync)  only when some sheet hides some of its rows or columns: which ones, for all sheets at once;
 *   sync 3… values and number formats, in row slices packed into batches under a payload budget,
 *           so a big workbook takes one more sync per ~4 MB, whatever its number of sheets.
 * Only values, numberFormat, address, size and hidden state are loaded. Nothing is written.
 */
import type { CellValue, Grid } from '../core/grid';
import { topLeftOf } from './a1';
import { isReadByEngine } from './own-sheets';
import { DEFAULT_BYTES_PER_CELL, DEFAULT_PAYLOAD_BUDGET, syncEachBatch } from './payload';

export interface ReadOptions {
  /** Bytes one sync may carry (default 4 MB, under Excel on the web's 5 MB limit). */
  payloadBudget?: number;
  /** Estimated bytes per cell, to size row slices before their contents are known. */
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

/** Rows [start, start + rowCount) of one sheet's used range, relative to its top. */
interface Slice {
  area: UsedArea;
  start: number;
  rowCount: number;
}

/** Cuts every used range into row slices and packs them into batches of at most `budget` estimated bytes. */
export function planSlices(areas: readonly UsedArea[], budget: number, bytesPerCell: number): Slice[][] {
  const batches: Slice[][] = [];
  let batch: Slice[] = [];
  let room = budget;
  for (const area of areas) {
    const rowBytes = area.columnCount * bytesPerCell;
    let start = 0;
    while (start < area.rowCount) {
      let rows = Math.min(area.rowCount - start, Math.floor(room / rowBytes));
      if (rows === 0 && batch.length === 0) rows = 1; // a single row wider than the budget still has to be read
      if (rows === 0) {
        batches.push(batch);
        batch = [];
        room = budget;
        continue;
      }
      batch.push({ area, start, rowCount: rows });
      room -= rows * rowBytes;
      start += rows;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export async function readGrids(context: Excel.RequestContext, options: ReadOptions = {}): Promise<Grid[]> {
  const budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  const bytesPerCell = options.bytesPerCell ?? DEFAULT_BYTES_PER_CELL;
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

  const batches = planSlices(
    areas.filter((a): a is UsedArea => a !== null),
    budget,
    bytesPerCell,
  );
  await syncEachBatch(context, batches, {
    queue: (batch) =>
      batch.map(({ area, start, rowCount }) => {
        const range = sheets[area.sheet].getRangeByIndexes(area.top + start, area.left, rowCount, area.columnCount);
        range.load('values,numberFormat');
        return range;
      }),
    collect: (batch, ranges) =>
      batch.forEach(({ area, start }, i) => {
        const v = ranges[i].values as CellValue[][];
        const f = ranges[i].numberFormat as string[][];
        for (let r = 0; r < v.length; r++) {
          values[area.sheet][start + r] = v[r];
          formats[area.sheet][start + r] = f[r];
        }
      }),
    // The estimate was too low for this data (long notes, say): the same rows in two halves.
    split: (batch) => (batch.every((s) => s.rowCount === 1) ? null : [halves(batch, 0), halves(batch, 1)]),
    onProgress: options.onProgress,
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

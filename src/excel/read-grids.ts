/**
 * Office.js adapter, input side: the open workbook's sheets → Grids (values and number formats of
 * each used range), in a constant number of round trips:
 *   sync 1  the sheet names;
 *   sync 2  every sheet's used range (address and size), queued for all sheets at once;
 *   sync 3… values and number formats, in row slices packed into batches under a payload budget,
 *           so a big workbook takes one more sync per ~4 MB, whatever its number of sheets.
 * Only values, numberFormat, address and the range's size are loaded. Nothing is written.
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
  /** Which sheets to read; by default the lists and the history sheet (isReadByEngine). */
  include?: (sheetName: string) => boolean;
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
    range.load('address,rowCount,columnCount');
    return range;
  });
  await context.sync();

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
    return { sheet, values: values[i], formats: formats[i], rowOffset: area?.top ?? 0, colOffset: area?.left ?? 0 };
  });
}

/** The first (part 0) or second (part 1) half of each slice's rows; slices of one row stay whole in part 0. */
function halves(batch: readonly Slice[], part: 0 | 1): Slice[] {
  return batch.flatMap((s) => {
    const first = Math.ceil(s.rowCount / 2);
    if (part === 0) return [{ ...s, rowCount: first }];
    return s.rowCount - first > 0 ? [{ ...s, start: s.start + first, rowCount: s.rowCount - first }] : [];
  });
}

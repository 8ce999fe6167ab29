/**
 * Where a row sits: the list an Excel row of a sheet was read in (its header and the village or unit it
 * counts for), for the findings' person columns, the police's working list and the duplicates sheet.
 */
import type { Grid } from '../grid';
import type { HeaderMatch } from '../table/header';
import type { ListedEntity } from '../table/listed-entity';
import { excelRowOf, gridRowOf } from '../place';
import type { ReadLists } from './read-lists';

export interface ListRow {
  grid: Grid;
  header: HeaderMatch;
  entity: ListedEntity;
  /** Zero-based row in the Grid. */
  gridRow: number;
}

export interface RowLocator {
  /** The list an Excel row of a sheet was read in (the first list for rows above it); undefined off the lists (below a list's end). */
  listAt(sheet: string, excelRow: number | null): ListRow | undefined;
  /** The header a list row was read by: its entity's, or on a sheet of stacked lists the list's it sits in. */
  headerOfRow: (entity: number, gridRow: number) => HeaderMatch;
}

export function rowLocator({ listed, bySheet }: Pick<ReadLists, 'listed' | 'bySheet'>): RowLocator {
  const listAt = (sheet: string, excelRow: number | null): ListRow | undefined => {
    const read = bySheet.get(sheet);
    if (!read || excelRow === null) return undefined;
    const grid = read.blocks[0].entity.grid;
    const gridRow = gridRowOf(grid, excelRow);
    // The last list whose header is at or above the row, by halving: a printout pasted back with its header
    // every 40 rows is thousands of blocks, and every finding asks (ISSUE 14 §2).
    const blocks = read.blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid].header.row <= gridRow) lo = mid;
      else hi = mid - 1;
    }
    const found = blocks[lo];
    // Below a list's end sit the next list's title, a side list read for what it is, or the signature block.
    if (found.header.end !== undefined && gridRow >= found.header.end) return undefined;
    const index = read.entityOfRow?.[gridRow] ?? -1;
    return { grid, header: found.header, entity: index >= 0 ? listed[index] : found.entity, gridRow };
  };
  const headerOfRow = (entity: number, gridRow: number): HeaderMatch => {
    const e = listed[entity];
    return listAt(e.grid.sheet, excelRowOf(e.grid, gridRow))?.header ?? e.header;
  };
  return { listAt, headerOfRow };
}

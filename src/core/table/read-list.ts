/**
 * One person list → rows in the People store, with an issue for every cell that is wrong.
 * This is the hot loop of the engine: header and column work is done once per sheet (the column readers of
 * list-reader.ts), status and sex words are cached, IDs are parsed with charCodeAt, and issue objects exist
 * only for issues.
 */
import type { Grid } from '../grid';
import type { HeaderMatch } from './header';
import type { People } from './people';
import { ListReader, type ListContext, ROW_PERSON, ROW_TOTALS } from './list-reader';

export type { ListContext } from './list-reader';

export interface ListResult {
  /** Persons read (rows with a name, a CCCD or a BHYT number). */
  records: number;
  /** Rows skipped as totals rows. */
  totalsRows: number;
}

export function readList(grid: Grid, header: HeaderMatch, entityIndex: number, people: People, ctx: ListContext): ListResult {
  const reader = new ListReader(grid, header, entityIndex, people, ctx);
  const values = grid.values;
  let records = 0;
  let totalsRows = 0;
  const end = header.end ?? values.length;
  for (let r = header.row + 1; r < end; r++) {
    const row = values.at(r); // undefined where a Grid built by hand leaves a row out
    if (!row) continue;
    const read = reader.readRow(row, r);
    if (read === ROW_PERSON) records++;
    else if (read === ROW_TOTALS) totalsRows++;
  }
  reader.warnLegacyColumns();
  return { records, totalsRows };
}

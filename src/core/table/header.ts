/**
 * Finds a list's header row: title rows, blank rows and merged title cells come first in real
 * lists, so the first 15 rows are scanned and the row naming the most known fields wins.
 */
import type { Grid } from '../grid';
import { type Field, IDENTITY_FIELDS, matchHeader } from './aliases';

export const HEADER_SCAN_ROWS = 15;

export interface HeaderMatch {
  /** Zero-based row index in the Grid. */
  row: number;
  /** Zero-based column index per field found (the leftmost column wins when two name one field). */
  columns: Partial<Record<Field, number>>;
  /** How many distinct fields the header names. */
  fieldCount: number;
}

function matchRow(cells: readonly unknown[]): HeaderMatch['columns'] {
  const columns: HeaderMatch['columns'] = {};
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (typeof cell !== 'string' || cell.length === 0 || cell.length > 120) continue;
    const field = matchHeader(cell);
    if (field && columns[field] === undefined) columns[field] = c;
  }
  return columns;
}

/** The header row of a person list, or null when the sheet holds none (notes, a chart, a count form). */
export function detectHeader(grid: Grid): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const last = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const columns = matchRow(row);
    const fieldCount = Object.keys(columns).length;
    if (fieldCount < 2 || !IDENTITY_FIELDS.some((f) => columns[f] !== undefined)) continue;
    if (!best || fieldCount > best.fieldCount) best = { row: r, columns, fieldCount };
  }
  return best;
}

/**
 * The rows of a side list (table/list-kind.ts), read for what they say and never into People: a roster member's
 * name, position, force and phone; a case's what-does-not-match and the date it was found; a student's class.
 * Rows are those with a name, a CCCD or a BHYT number, as on a person list; totals rows and the "(1) (2) (3)"
 * row are skipped, and a list stops where its block does (the next list's title, the signature block).
 */
import type { CellValue, Grid } from '../grid';
import { cleanText } from '../text/fold';
import { decodeLegacy, detectLegacy, mayBeLegacy } from '../text/legacy';
import type { SideColumn } from './aliases';
import { DATE_BAD, DATE_EMPTY, parseBirthDate } from './cells/birth-date';
import type { Ymd } from './cells/excel-dates';
import type { HeaderMatch } from './header';
import { COLUMN_NUMBER_ROW_REACH, isBlankCell, isColumnNumberRow, isTotalsRow } from './row-kinds';

export interface SideRow {
  /** Zero-based Grid row. */
  gridRow: number;
  name: string;
  /** Each side column's text on the row ('' where the list has no such column or the cell is empty). */
  texts: Record<SideColumn, string>;
  /** The row's village column ("Thôn"), '' when none. */
  village: string;
  note: string;
  /** The date in the row's "Ngày phát hiện" column, yyyymmdd; 0 when none or unreadable. */
  foundOn: Ymd;
}

/** A cell as people read it: text cleaned and, when it is in a legacy font, decoded; numbers as written. */
export function readableCell(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  if (!mayBeLegacy(v)) return cleanText(v);
  const encoding = detectLegacy(v);
  return cleanText(encoding === null ? v : decodeLegacy(v, encoding));
}

const SIDE_TEXT_COLUMNS: readonly SideColumn[] = ['position', 'force', 'assignedVillage', 'phone', 'schoolClass', 'mismatch', 'reason', 'foundOn'];

/** The side list's rows under `header`, up to its end. */
export function readSideRows(grid: Grid, header: HeaderMatch): SideRow[] {
  const out: SideRow[] = [];
  const cols = header.columns;
  const side = header.side ?? {};
  const end = header.end ?? grid.values.length;
  const at = (row: readonly CellValue[], c: number | undefined) => (c === undefined ? undefined : row[c]);
  for (let r = header.row + 1; r < end; r++) {
    const row = grid.values.at(r);
    if (!row) continue;
    if (r - header.row <= COLUMN_NUMBER_ROW_REACH && isColumnNumberRow(row)) continue;
    const name = readableCell(at(row, cols.fullName));
    if (name === '' && isBlankCell(at(row, cols.cccd)) && isBlankCell(at(row, cols.bhyt))) continue;
    if (name !== '' && isTotalsRow(name)) continue;
    const texts = Object.fromEntries(SIDE_TEXT_COLUMNS.map((c) => [c, readableCell(at(row, side[c]))])) as Record<SideColumn, string>;
    const foundCol = side.foundOn;
    const found = foundCol === undefined ? DATE_EMPTY : parseBirthDate(row[foundCol] ?? null, grid.formats?.[r]?.[foundCol], 99991231);
    out.push({
      gridRow: r,
      name,
      texts,
      village: readableCell(at(row, cols.village)),
      note: readableCell(at(row, cols.note)),
      foundOn: found === DATE_BAD ? DATE_EMPTY : found,
    });
  }
  return out;
}

/** "… ngày 26/6/2026", "ngày 26 tháng 6 năm 2026": the date a title line gives a list, folded text. */
const DATE_IN_TITLE = /\bngay (\d{1,2})(?: thang | )(\d{1,2})(?: nam | )(\d{4})\b/;

/** The date written in a list's title (the day the station sent it), yyyymmdd; 0 when none. */
export function dateInTitle(foldedTitle: string): Ymd {
  const m = DATE_IN_TITLE.exec(foldedTitle);
  if (!m) return DATE_EMPTY;
  const ymd = Number(m[3]) * 10000 + Number(m[2]) * 100 + Number(m[1]);
  return parseBirthDate(`${m[1]}/${m[2]}/${m[3]}`, undefined, 99991231) === ymd ? ymd : DATE_EMPTY;
}

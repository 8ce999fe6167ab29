/**
 * The police's working list (seed 001, phase 3): one row per person whose identity data is wrong,
 * with a status people set (Chưa xử lý / Đã xử lý / Không xử lý được) and the date they resolved it.
 * On the next consolidation the statuses are kept (matched by CCCD, else BHYT, else name and birth
 * date, never by row position), new problems are added, problems that left the lists are marked
 * resolved with the date, and rows open more than 24 hours after they were found are flagged.
 */
import { type CellValue, type Grid, columnLetter } from '../grid';
import type { IssueCode } from '../issues';
import { foldKey, foldWords } from '../text/fold';
import { excelRowOf } from '../place';
import { parseBirthDate, formatYmd } from '../table/cells/birth-date';
import type { PersonRef, ReportIssue } from './model';

export const MISMATCH_STATUS = { open: 'Chưa xử lý', done: 'Đã xử lý', impossible: 'Không xử lý được' } as const;
export type MismatchStatus = keyof typeof MISMATCH_STATUS;

/** Findings the village fixes itself or the engine already repaired: not the police's work. */
const NOT_FOR_POLICE: ReadonlySet<IssueCode> = new Set<IssueCode>(['CCCD_LEADING_ZERO_RESTORED', 'ID_CHARACTERS_CLEANED', 'STATUS_UNRECOGNIZED', 'BHYT_LEVEL_MISMATCH', 'TEXT_LEGACY_ENCODING', 'CELL_ERROR_VALUE', 'VILLAGE_UNKNOWN', 'VILLAGE_MISSING', 'ROWS_HIDDEN', 'COLUMNS_HIDDEN', 'LIST_FILTERED', 'LISTS_STACKED', 'HEADER_REPEATED', 'SHEET_NAME_RESERVED', 'SHEET_KIND_UNDECIDED', 'SIDE_LIST']);

export function isPoliceWork(issue: ReportIssue): boolean {
  return issue.person !== undefined && issue.row !== null && !NOT_FOR_POLICE.has(issue.code);
}

/** The working list's columns; the headers are also how the sheet is recognised when read back. */
export const MISMATCH_COLUMNS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Số CCCD',
  'Mã thẻ BHYT',
  'Thôn, đơn vị',
  'Vị trí trong danh sách',
  'Sai sót, cách xử lý',
  'Phát hiện lúc',
  'Trạng thái',
  'Ngày xử lý',
  'Ghi chú',
] as const;

export interface MismatchRow {
  key: string;
  name: string;
  birthDate: string;
  cccd: string;
  bhyt: string;
  /** Villages or units whose lists hold the person, first found first. */
  entities: string[];
  /** Sheet!cell of each finding. */
  places: string[];
  /** What is wrong and what to do, one sentence per finding. */
  problems: string[];
  /** When the problem was first found, local YYYY-MM-DD HH:mm. */
  foundAt: string;
  status: MismatchStatus;
  /** dd/mm/yyyy as people write it, or the as-of date when the problem left the lists. */
  resolvedOn: string;
  note: string;
  /** Still found in the lists in this run. */
  current: boolean;
  /** Open more than 24 hours after it was found (seed 001: the police clean the data within 24 hours). */
  overdue: boolean;
}

/**
 * A case the health station reported on its list of records the national database did not match (seed 001
 * phase 3, issue 10 §3): it goes onto the working list as found on the date the station's list gives.
 */
export interface ReportedCase {
  person: PersonRef;
  /** The station that reported it, then the person's village when the list names one. */
  entities: string[];
  /** Sheet!cell of the case on the station's list. */
  place: string;
  /** What does not match and what to do, one sentence. */
  problem: string;
  /** The date the station's list gives for the case (YYYY-MM-DD), else null: found when this run made it. */
  foundOn: string | null;
}

/** How a person is recognised from one run to the next. */
export function personKey(p: { cccd: string; bhyt: string; name: string; birthDate: string }, place: string): string {
  // A CCCD someone retyped as a number in Excel lost its leading zeros ("1085012345"): the same person (ISSUE 14 §1).
  const digits = p.cccd.replace(/\D/g, '');
  const cccd = digits.length === 10 || digits.length === 11 ? digits.padStart(12, '0') : digits;
  if (cccd.length === 12 || cccd.length === 9) return `cccd:${cccd}`;
  const bhyt = p.bhyt.replace(/[\s-]/g, '').toUpperCase();
  if (/^(?:[A-Z]{2}\d{3})?\d{10}$/.test(bhyt)) return `bhyt:${bhyt.slice(-10)}`;
  return `name:${foldWords(p.name)}|${p.birthDate}|${place}`;
}

export interface Previous {
  row: MismatchRow;
  /** 1-based Excel row, for the message when a status cannot be read. */
  excelRow: number;
}

/** How the layout writes each array into its one cell. */
export const ENTITIES_JOIN = ', ';
export const PLACES_JOIN = '; ';
export const PROBLEMS_JOIN = '\n';

const nonEmpty = (parts: string[]) => parts.filter((p) => p !== '');
const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).normalize('NFC').trim());

function statusOf(value: string): MismatchStatus | null {
  const w = foldWords(value);
  if (w === '' || w === 'chua xu ly' || w === 'chua') return 'open';
  if (w === 'da xu ly' || w === 'xong' || w === 'da xong') return 'done';
  if (w === 'khong xu ly duoc' || w === 'khong the xu ly') return 'impossible';
  return null;
}

/** A date people typed into "Ngày xử lý": a real date, a serial, or d/m/yyyy text; '' when blank or unreadable. */
function dateText(v: CellValue | undefined, format: string | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  const ymd = parseBirthDate(v, format === undefined || format === 'General' ? 'dd/mm/yyyy' : format, 99991231);
  return ymd > 0 ? formatYmd(ymd, false) : text(v);
}

type MismatchColumn = (typeof MISMATCH_COLUMNS)[number];

/** The title the layout writes in A1: the sheet is the working list even when its header was edited past reading. */
export const MISMATCH_TITLE = 'DANH SÁCH SAI SÓT DỮ LIỆU CẦN XỬ LÝ';

/** Columns without which the statuses people set cannot be matched to anyone: the list is then not read, and not replaced. */
const NEEDED: readonly MismatchColumn[] = ['Họ và tên', 'Trạng thái'];

/**
 * The working list's header row and where each column is, found by the headers' words wherever the
 * columns are (ISSUE 14 §1): a column moved, one inserted between them, or a header someone lengthened
 * ("Ghi chú của Công an") still reads. A header matches when its folded text is the column's, or starts with it.
 */
export function findMismatchHeader(grid: Grid): { row: number; columns: Partial<Record<MismatchColumn, number>> } | null {
  const wanted = MISMATCH_COLUMNS.map((h) => [h, foldKey(h)] as const);
  const reach = Math.min(grid.values.length, 40);
  for (let r = 0; r < reach; r++) {
    const row = grid.values.at(r) ?? [];
    const columns: Partial<Record<MismatchColumn, number>> = {};
    row.forEach((cell, c) => {
      if (typeof cell !== 'string') return;
      const key = foldKey(cell);
      if (key === '') return;
      // The longest column name the header starts with: "Ngày xử lý" is not "Ngày sinh"; each column once.
      let best: MismatchColumn | null = null;
      for (const [h, k] of wanted) if (key.startsWith(k) && (best === null || k.length > foldKey(best).length)) best = h;
      if (best !== null && columns[best] === undefined) columns[best] = c;
    });
    // "Sai sót, cách xử lý" and "Trạng thái" together are ours alone: a village list has neither.
    if (columns['Sai sót, cách xử lý'] !== undefined && columns['Trạng thái'] !== undefined) return { row: r, columns };
  }
  return null;
}

/** The sheet starts with the working list's title (the header may have been edited past reading). */
export function hasMismatchTitle(grid: Grid): boolean {
  return grid.values.slice(0, 3).some((row) => row.some((cell) => typeof cell === 'string' && foldKey(cell) === foldKey(MISMATCH_TITLE)));
}

export interface WorkedList {
  rows: Previous[];
  unreadable: { row: number; column: string; value: string }[];
  /** Set when the sheet is the working list but cannot be read back: the columns it lacks. Nothing may replace it then. */
  refused?: { missing: string[] };
}

/** The heading of the notes section under the list, where the persons end. */
const NOTES_HEADING = foldKey('LƯU Ý KHÁC');

/** The rows of an earlier working list, with any status that could not be read. Blank rows are skipped, never the end. */
export function readMismatchSheet(grid: Grid): WorkedList {
  const out: WorkedList = { rows: [], unreadable: [] };
  const header = findMismatchHeader(grid);
  const missing = header === null ? [...NEEDED] : NEEDED.filter((h) => header.columns[h] === undefined);
  if (header === null || missing.length > 0 || (header.columns['Số CCCD'] === undefined && header.columns['Mã thẻ BHYT'] === undefined)) {
    return { ...out, refused: { missing: missing.length > 0 ? missing : ['Số CCCD', 'Mã thẻ BHYT'] } };
  }
  const col = header.columns;
  const at = (cells: readonly CellValue[], h: MismatchColumn) => (col[h] === undefined ? '' : text(cells[col[h]]));
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const cells = grid.values.at(r) ?? [];
    const first = text(cells.find((v) => text(v) !== ''));
    if (foldKey(first).startsWith(NOTES_HEADING)) break;
    const p = { name: at(cells, 'Họ và tên'), birthDate: at(cells, 'Ngày sinh'), cccd: at(cells, 'Số CCCD'), bhyt: at(cells, 'Mã thẻ BHYT') };
    if (!p.name && !p.cccd && !p.bhyt) continue;
    // A note merged across the row ("Không có sai sót …") reads as the same text in every cell: nobody's row.
    if (p.name !== '' && p.name === at(cells, 'Trạng thái') && p.name === at(cells, 'Sai sót, cách xử lý')) continue;
    const places = at(cells, 'Vị trí trong danh sách');
    const rawStatus = at(cells, 'Trạng thái');
    let status = statusOf(rawStatus);
    if (status === null) {
      out.unreadable.push({ row: excelRowOf(grid, r), column: columnLetter((col['Trạng thái'] ?? 0) + (grid.colOffset ?? 0)), value: rawStatus });
      status = 'open';
    }
    const resolved = col['Ngày xử lý'];
    out.rows.push({
      excelRow: excelRowOf(grid, r),
      row: {
        key: personKey(p, places.split('!')[0]),
        ...p,
        // The cell joined the names with ", ", which a name may also hold: kept whole, never split.
        entities: nonEmpty([at(cells, 'Thôn, đơn vị')]),
        places: nonEmpty(places.split(PLACES_JOIN)),
        problems: nonEmpty(at(cells, 'Sai sót, cách xử lý').split(PROBLEMS_JOIN)),
        foundAt: at(cells, 'Phát hiện lúc'),
        status,
        resolvedOn: resolved === undefined ? '' : dateText(cells[resolved], grid.formats?.[r]?.[resolved]),
        note: at(cells, 'Ghi chú'),
        current: false,
        overdue: false,
      },
    });
  }
  return out;
}

type SeenParts = Map<string, { places: Set<string>; entities: Set<string>; problems: Set<string> }>;

/** Adds where, whose and what to a person's row once each: sets beside the arrays, so a CCCD typed on thousands of rows stays one row. */
function addParts(row: MismatchRow, seenParts: SeenParts, place: string, entities: readonly string[], problem: string): void {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- set with the key's row, which exists here
  const parts = seenParts.get(row.key)!;
  if (!parts.places.has(place)) {
    parts.places.add(place);
    row.places.push(place);
  }
  for (const entity of entities) {
    if (parts.entities.has(entity)) continue;
    parts.entities.add(entity);
    row.entities.push(entity);
  }
  if (!parts.problems.has(problem)) {
    parts.problems.add(problem);
    row.problems.push(problem);
  }
}

/**
 * madeAt 'YYYY-MM-DDTHH:mm' → minutes since 1970, for the 24-hour rule. A date with no time (the day a health
 * station's list gives) counts from the end of that day: the list is overdue only once it surely is.
 */
function minutes(at: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(at);
  if (!m) return NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 23, m[5] ? +m[5] : 59) / 60_000;
}

const OVERDUE_MINUTES = 24 * 60;

/**
 * This run's working list: the problems found now, merged with the list people worked on.
 * `entityOf` names the village or unit of a sheet's row (a combined sheet holds several villages).
 * The health station's reported cases come first: its list is the plan's count of mismatches (seed 001,
 * Chỉ tiêu 4), so a person it lists counts for the station even when our own checks find the same person.
 */
export function buildMismatches(
  issues: readonly ReportIssue[],
  entityOf: (sheet: string, row: number | null) => string,
  previous: readonly Previous[],
  asOf: string,
  madeAt: string,
  reported: readonly ReportedCase[] = [],
): MismatchRow[] {
  const now = madeAt.replace('T', ' ');
  const current = new Map<string, MismatchRow>();
  const seenParts: SeenParts = new Map();
  for (const c of reported) {
    const key = personKey(c.person, c.place.split('!')[0]);
    const row = current.get(key);
    if (row) {
      addParts(row, seenParts, c.place, c.entities, c.problem);
      continue;
    }
    seenParts.set(key, { places: new Set([c.place]), entities: new Set(c.entities), problems: new Set([c.problem]) });
    const entities = [...new Set(c.entities)];
    current.set(key, { key, ...c.person, entities, places: [c.place], problems: [c.problem], foundAt: c.foundOn ?? now, status: 'open', resolvedOn: '', note: '', current: true, overdue: false });
  }
  for (const issue of issues) {
    const p = issue.person;
    if (p === undefined || !isPoliceWork(issue)) continue;
    const place = `${issue.sheet}!${issue.column ?? ''}${issue.row}`;
    const key = personKey(p, issue.sheet);
    const row = current.get(key);
    if (!row) {
      const entity = entityOf(issue.sheet, issue.row);
      seenParts.set(key, { places: new Set([place]), entities: new Set([entity]), problems: new Set([issue.message]) });
      current.set(key, {
        key,
        ...p,
        entities: [entity],
        places: [place],
        problems: [issue.message],
        foundAt: now,
        status: 'open',
        resolvedOn: '',
        note: '',
        current: true,
        overdue: false,
      });
      continue;
    }
    addParts(row, seenParts, place, [entityOf(issue.sheet, issue.row)], issue.message);
  }

  const asOfText = asOf.split('-').reverse().join('/');
  const merged: MismatchRow[] = [];
  const seen = new Set<string>();
  for (const { row: before } of previous) {
    if (seen.has(before.key)) continue;
    seen.add(before.key);
    const found = current.get(before.key);
    if (found) {
      // Found again: the police's status, date and note stand; where and what is refreshed.
      merged.push({ ...found, foundAt: before.foundAt || found.foundAt, status: before.status, resolvedOn: before.resolvedOn, note: before.note });
      current.delete(before.key);
    } else {
      // Gone from the lists: resolved, on the as-of date unless people already wrote a date.
      merged.push({ ...before, current: false, status: before.status === 'open' ? 'done' : before.status, resolvedOn: before.resolvedOn || asOfText });
    }
  }
  // One by one: spreading an unbounded list into push() overflows the call stack (about 125,000 rows).
  for (const row of current.values()) merged.push(row);
  const nowMinutes = minutes(madeAt);
  for (const row of merged) row.overdue = row.status === 'open' && nowMinutes - minutes(row.foundAt) > OVERDUE_MINUTES;
  return merged;
}

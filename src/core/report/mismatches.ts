/**
 * The police's working list (seed 001, phase 3): one row per person whose identity data is wrong,
 * with a status people set (Chưa xử lý / Đã xử lý / Không xử lý được) and the date they resolved it.
 * On the next consolidation the statuses are kept (matched by a normalised key: the CCCD as restored, else
 * the BHYT's last 10, else name, birth date and village; never by row position), new problems are added, and
 * rows open more than 24 hours after they were found are flagged (the merge itself: working-list.ts). This
 * file holds the list's shape, the key, and the list read back from an earlier report.
 */
import { type CellValue, type Grid, sheetColumnLetter } from '../grid';
import type { IssueCode } from '../issues';
import { foldKey, foldWords } from '../text/fold';
import { readTypedDate, readVnDateTime } from '../dates';
import { excelRowOf, placeText, readPlaceText } from '../place';
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
  /** personKey; "#2", "#3" after it for a second person of the same name key. Read back from a sheet: the ID key, '' without one. */
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
  /**
   * A status people typed in their own words ("Đang xác minh"), none of the three: kept as typed and written back
   * (ISSUE 14 §1), counted as open. Absent otherwise.
   */
  statusText?: string;
  /** dd/mm/yyyy as people write it, or the as-of date when the problem left the lists. */
  resolvedOn: string;
  note: string;
  /** Still found in the lists in this run. */
  current: boolean;
  /**
   * An earlier row whose person this run could not find again on the lists (renamed, moved away, or one of two
   * people of the same name and birth date): kept as it was, never resolved by itself (ISSUE 14 §1). Absent otherwise.
   */
  notFound?: boolean;
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

/** A person's numbers and name as the working list holds them. */
type Identity = { cccd: string; bhyt: string; name: string; birthDate: string };

/** The CCCD as restored: one someone retyped as a number in Excel lost its leading zeros ("1085012345"): the same person (ISSUE 14 §1). */
export function cccdDigits(cccd: string): string | null {
  const digits = cccd.replace(/\D/g, '');
  const restored = digits.length === 10 || digits.length === 11 ? digits.padStart(12, '0') : digits;
  return restored.length === 12 || restored.length === 9 ? restored : null;
}

/** The BHYT's last 10 characters (the mã số BHXH, which both card forms end with), or null when the cell holds no card number. */
export function bhytLast10(bhyt: string): string | null {
  const card = bhyt.replace(/[\s-]/g, '').toUpperCase();
  return /^(?:[A-Z]{2}\d{3})?\d{10}$/.test(card) ? card.slice(-10) : null;
}

/** Birth dates and villages repeat on thousands of rows: each distinct text is read once (a bounded memo). */
function remembered(memo: Map<string, string>, text: string, read: (text: string) => string): string {
  let out = memo.get(text);
  if (out === undefined) {
    out = read(text);
    if (memo.size < 10_000) memo.set(text, out);
  }
  return out;
}
const births = new Map<string, string>();
const villages = new Map<string, string>();

/** A birth date as a day (01/01/1950 and 1950 alike), else its text folded. */
function birthKey(text: string): string {
  const ymd = parseBirthDate(text, 'dd/mm/yyyy', 99991231);
  return ymd > 0 ? String(ymd) : foldWords(text);
}

/** The key of a person without a usable ID: name and birth date as folded, and the village or unit the row counts for. */
export function nameOnlyKey(p: Identity, village: string): string {
  return `name:${foldWords(p.name)}|${remembered(births, p.birthDate, birthKey)}|${remembered(villages, village, foldKey)}`;
}

export const isNameKey = (key: string) => key.startsWith('name:');

/** The key of a person by a usable ID: the CCCD as restored, else the BHYT's last 10; null without one. */
export function idKey(p: Identity): string | null {
  const cccd = cccdDigits(p.cccd);
  if (cccd !== null) return `cccd:${cccd}`;
  const bhyt = bhytLast10(p.bhyt);
  return bhyt !== null ? `bhyt:${bhyt}` : null;
}

/** How a person is recognised from one run to the next: the CCCD as restored, else the BHYT's last 10, else name, birth date and village. */
export function personKey(p: Identity, village: string): string {
  return idKey(p) ?? nameOnlyKey(p, village);
}

/**
 * "Sheet!E5" → the sheet and its Excel row, or null. A sheet's name may hold "!" ("Xóm 1!"): the cell is what
 * follows the last one (ISSUE 14 §1: people without a usable ID on such a sheet were never matched again).
 */
export function parsePlace(place: string): { sheet: string; row: number } | null {
  const m = /^(.+)!\$?[A-Z]{0,3}\$?(\d+)$/.exec(place.trim());
  return m ? { sheet: m[1], row: Number(m[2]) } : null;
}

/** "Thôn Bờ Y!E133" as the printed list says it, "Thôn Bờ Y, dòng 133, cột E" (issue 13 §5); other text as it is. */
export function placeForPeople(place: string): string {
  const m = /^(.+)!\$?([A-Z]{0,3})\$?(\d+)$/.exec(place.trim());
  return m ? placeText({ sheet: m[1], row: Number(m[3]), column: m[2] === '' ? null : m[2] }) : place;
}

/** The list read back: "Thôn Bờ Y, dòng 133, cột E" → "Thôn Bờ Y!E133", the form the report keeps; other text as it is. */
export function placeFromPeople(text: string): string {
  const at = readPlaceText(text);
  return at === null ? text : `${at.sheet}!${at.column ?? ''}${at.row}`;
}

/** The list row a place is on, "Sheet!5", or null: two findings on one row are about one person. */
export function rowOfPlace(place: string | undefined): string | null {
  const at = place === undefined ? null : parsePlace(place);
  return at ? `${at.sheet}!${at.row}` : null;
}

export interface Previous {
  row: MismatchRow;
  /** 1-based Excel row, for the message when a status cannot be read. */
  excelRow: number;
}

/** "27/10/2025 08:30" or "2025-10-27T08:30" → "2025-10-27 08:30"; "20/10/2025" (a day a station's list gives) → "2025-10-20"; other text as it is. */
function foundAtOf(text: string): string {
  return readVnDateTime(text)?.replace('T', ' ') ?? readTypedDate(text) ?? text;
}

/** How the layout writes each array into its one cell. */
export const ENTITIES_JOIN = ', ';
export const PLACES_JOIN = '; ';
export const PROBLEMS_JOIN = '\n';

/** The line the layout adds to an open row whose person was not found again; dropped when the list is read back. */
export const NOT_FOUND_LINE = 'Không còn tìm thấy đúng người này trong các danh sách';

const nonEmpty = (parts: string[]) => parts.filter((p) => p !== '');
const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).normalize('NFC').trim());

const statuses = new Map<string, MismatchStatus | null>();

/** The status a cell of "Trạng thái" holds, null for other words; the few texts of a long list read once each. */
function statusOf(value: string): MismatchStatus | null {
  let status = statuses.get(value);
  if (status === undefined) {
    status = statusOfText(value);
    if (statuses.size < 10_000) statuses.set(value, status);
  }
  return status;
}

function statusOfText(value: string): MismatchStatus | null {
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
export interface MismatchHeader {
  row: number;
  columns: Partial<Record<MismatchColumn, number>>;
}

export function findMismatchHeader(grid: Grid): MismatchHeader | null {
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
  /** Statuses typed in other words than the three: kept as typed; where they are, for the note (never quoted). */
  unreadable: { row: number; column: string }[];
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
    out.rows.push({ excelRow: excelRowOf(grid, r), row: rowOfSheet(grid, r, cells, col, p, out.unreadable) });
  }
  return out;
}

/** One person's row of an earlier working list; a status in other words is kept as typed, with where it is. */
function rowOfSheet(grid: Grid, r: number, cells: readonly CellValue[], col: MismatchHeader['columns'], p: Identity, unreadable: WorkedList['unreadable']): MismatchRow {
  const at = (h: MismatchColumn) => (col[h] === undefined ? '' : text(cells[col[h]]));
  const places = nonEmpty(at('Vị trí trong danh sách').split(PLACES_JOIN)).map(placeFromPeople);
  const typed = at('Trạng thái');
  const status = statusOf(typed);
  if (status === null) unreadable.push({ row: excelRowOf(grid, r), column: sheetColumnLetter(grid, col['Trạng thái'] ?? 0) });
  const resolved = col['Ngày xử lý'];
  return {
    // '' without a usable ID: the merge keys the person by name, birth date and the village this run's lists put the place in.
    key: idKey(p) ?? '',
    ...p,
    // The cell joined the names with ", ", which a name may also hold: kept whole, never split.
    entities: nonEmpty([at('Thôn, đơn vị')]),
    places,
    problems: nonEmpty(at('Sai sót, cách xử lý').split(PROBLEMS_JOIN)).filter((line) => !line.startsWith(NOT_FOUND_LINE)),
    // Printed "27/10/2025 08:30" (layout/issues.ts), kept as "2025-10-27 08:30" as the 24-hour rule reads it.
    foundAt: foundAtOf(at('Phát hiện lúc')),
    status: status ?? 'open',
    ...(status === null ? { statusText: typed } : {}),
    resolvedOn: resolved === undefined ? '' : dateText(cells[resolved], grid.formats?.[r]?.[resolved]),
    note: at('Ghi chú'),
    current: false,
    overdue: false,
  };
}


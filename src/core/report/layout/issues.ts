/**
 * The errors sheet the police work from (seed 001, phase 3: name, date of birth, CCCD, BHYT number,
 * where and what is wrong) and the duplicates sheet. IDs are stored as text so no zero is lost again.
 */
import { DUPLICATES_COLUMNS, NOTES_COLUMNS, NOTES_TITLE } from '../own-sheets';
import type { ReportModel } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { DECREE30_MARGINS, SheetBuilder, span } from './builder';
import { STYLES } from './styles';
import { ENTITIES_JOIN, MISMATCH_COLUMNS, MISMATCH_TITLE, MISMATCH_STATUS, NOT_FOUND_LINE, PLACES_JOIN, PROBLEMS_JOIN, isPoliceWork, placeForPeople, type MismatchRow } from '../mismatches';
import { placeText } from '../../place';
import { formatVnDateTime, isIsoDate } from '../../dates';
import { formatCount, formatVnDate } from '../../format';
import { SHEET } from '../../vocabulary';


const SEVERITY_VI = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

/** How many places one person's cell names: a CCCD typed on 40,000 rows is one row of the list, not a 275,000-character cell. */
export const PLACES_SHOWN = 10;

/** The first places of a person's row, "Thôn Bờ Y, dòng 133, cột E", and how many more (the JSON report keeps them all). */
export function placesCell(places: readonly string[]): string {
  const shown = places.slice(0, PLACES_SHOWN).map(placeForPeople).join(PLACES_JOIN);
  return places.length > PLACES_SHOWN ? `${shown}${PLACES_JOIN}… và ${formatCount(places.length - PLACES_SHOWN)} vị trí khác` : shown;
}

/** A number Excel rounded and showed in scientific notation ("6.21923E+10"): its digits are lost. */
const ROUNDED = /^[+-]?\d+(?:[.,]\d*)?e[+-]?\d+$/i;
/** Said in an ID's column instead of "6.21923E+10", which reads as a number (issue 13 §5); the problem quotes what was typed. */
export const ID_LOST = 'Cần nhập lại';

/** An ID as the list gave it, unless Excel rounded it away. */
export function idCell(id: string): string {
  return ROUNDED.test(id.trim()) ? ID_LOST : id;
}

/** "2025-10-27 08:30" (or a station list's day, "2025-10-20") as people read it: "27/10/2025 08:30", "20/10/2025". */
function foundAtCell(at: string): string {
  return isIsoDate(at) ? formatVnDate(at) : formatVnDateTime(at);
}

function statusStyle(m: MismatchRow): string {
  if (m.status !== 'open') return 'statusDone';
  if (m.statusText !== undefined) return m.overdue ? 'statusTypedOverdue' : 'statusTyped';
  return m.overdue ? 'statusOverdue' : 'statusOpen';
}

/** What is wrong, one line a finding; an open row whose person was not found again says so, for the police to look. */
function problemsCell(m: MismatchRow, asOf: string): string {
  const text = m.problems.join(PROBLEMS_JOIN);
  if (!m.notFound || m.status !== 'open') return text;
  const line = `${NOT_FOUND_LINE} (lần tổng hợp số liệu đến ngày ${asOf}): có thể đã sửa họ tên, ngày sinh, đã chuyển đi, hoặc có người trùng họ tên và ngày sinh. Kiểm tra rồi chọn trạng thái.`;
  return text === '' ? line : `${text}${PROBLEMS_JOIN}${line}`;
}

function listSheet(name: string, title: string, subtitle: string, headers: readonly string[], widths: number[]): SheetBuilder {
  const b = new SheetBuilder(name, STYLES, widths, {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    margins: DECREE30_MARGINS,
    pageNumbersFromPage2: true,
  });
  const last = headers.length - 1;
  b.merge(span(0, 0, 0, last), title, 'title');
  b.merge(span(1, 0, 1, last), subtitle, 'periodWrap');
  headers.forEach((t, c) => b.set(3, c, t, 'th'));
  b.height(3, 32);
  b.spec.freeze = { rows: 4, columns: 0 };
  b.spec.print.repeatRows = { from: 3, to: 3 };
  return b;
}

/**
 * The police's working list: one row per person, status and date for people to fill in (kept from the
 * last run). Every other finding is on the notes sheet (layoutNotes).
 */
export function layoutErrors(model: ReportModel): SheetSpec {
  const headers = MISMATCH_COLUMNS;
  const last = headers.length - 1;
  const open = model.mismatches.filter((m) => m.status === 'open').length;
  const overdue = model.mismatches.filter((m) => m.overdue).length;
  const b = listSheet(
    SHEET.errors,
    MISMATCH_TITLE,
    `${model.mismatches.length} người, ${open} chưa xử lý${overdue ? `, ${overdue} quá 24 giờ` : ''}. Số liệu đến ngày ${formatVnDate(model.asOf)}. ` +
      'Cột "Trạng thái", "Ngày xử lý", "Ghi chú" do cán bộ điền; lần tổng hợp sau giữ nguyên.',
    headers,
    [5, 20, 10, 14, 16, 14, 18, 48, 16, 13, 11, 18],
  );
  let r = 4;
  const asOf = formatVnDate(model.asOf);
  model.mismatches.forEach((m, n) => {
    const alarm = m.overdue;
    // A status typed in the police's own words is written back as typed (ISSUE 14 §1).
    const status = m.statusText ?? MISMATCH_STATUS[m.status];
    const cells: (string | number)[] = [n + 1, m.name, m.birthDate, idCell(m.cccd), idCell(m.bhyt), m.entities.join(ENTITIES_JOIN), placesCell(m.places), problemsCell(m, asOf), foundAtCell(m.foundAt), status, m.resolvedOn, m.note];
    const styleOf = (col: number) =>
      col === 0 ? 'tdCenter' : col >= 2 && col <= 4 ? 'tdText' : col === 9 ? statusStyle(m) : alarm && col === 1 ? 'tdAlarm' : 'td';
    cells.forEach((v, col) => b.set(r, col, v, styleOf(col)));
    r++;
  });
  if (model.mismatches.length === 0) b.merge(span(r++, 0, r - 1, last), 'Không có sai sót cần Công an xã xử lý.', 'td');
  else {
    b.spec.autoFilter = span(3, 0, r - 1, last);
    b.spec.validations = [{ range: span(4, 9, r - 1, 9), list: Object.values(MISMATCH_STATUS) }];
  }

  return b.fitRowHeights().spec;
}

/**
 * Every finding that is not the police's work (whole sheets, statuses in other words, zeros Excel dropped): the
 * villages and units fix these themselves. A sheet of its own (issue 13 §5): under the police's list, its pages
 * were printed under the police's header.
 */
export function layoutNotes(model: ReportModel): SheetSpec {
  const others = model.issues.filter((i) => !isPoliceWork(i));
  const b = listSheet(
    SHEET.notes,
    NOTES_TITLE,
    `Thôn, tổ dân phố, cơ quan, đơn vị tự sửa; không cần Công an xã xử lý. Số liệu đến ngày ${formatVnDate(model.asOf)}. Sai sót cần Công an xã xử lý ở trang "${SHEET.errors}".`,
    NOTES_COLUMNS,
    [5, 16, 14, 18, 60, 10, 28],
  );
  let r = 4;
  // No merges: a commune can have thousands of these rows, and merges cost a spreadsheet writer dearly.
  others.forEach((i, n) => {
    const where = i.row === null && i.column === null ? 'Cả trang' : placeText({ sheet: i.sheet, row: i.row, column: i.column }, false);
    const values: (string | number)[] = [n + 1, i.sheet, where, i.person?.name ?? '', i.message, SEVERITY_VI[i.severity], i.code];
    values.forEach((v, c) => b.set(r, c, v, c === 5 ? i.severity : c === 0 ? 'tdCenter' : c === 6 ? 'tdSmall' : 'td'));
    r++;
  });
  if (others.length === 0) b.merge(span(r, 0, r, NOTES_COLUMNS.length - 1), 'Không có.', 'td');
  else b.spec.autoFilter = span(3, 0, r - 1, NOTES_COLUMNS.length - 1);
  return b.fitRowHeights().spec;
}

export function layoutDuplicates(model: ReportModel): SheetSpec {
  const headers = DUPLICATES_COLUMNS;
  const b = listSheet(
    SHEET.duplicates,
    'DANH SÁCH TRÙNG LẶP',
    'Trùng CCCD trong cùng nhóm: chỉ tính lần xuất hiện đầu tiên. Trùng mã BHXH giữa các CCCD khác nhau: VNeID sẽ từ chối, cần kiểm tra.',
    headers,
    [5, 16, 16, 18, 7, 28],
  );
  let r = 4;
  let n = 0;
  for (const d of model.duplicates) {
    const first = r;
    for (const o of d.occurrences) {
      b.set(r, 3, o.sheet, 'td').set(r, 4, o.row, 'tdCenter').set(r, 5, o.name, 'td');
      r++;
    }
    n++;
    b.merge(span(first, 0, r - 1, 0), n, 'tdCenter');
    b.merge(span(first, 1, r - 1, 1), d.kind === 'cccd' ? 'CCCD' : 'Mã BHXH (BHYT)', 'tdCenter');
    b.merge(span(first, 2, r - 1, 2), d.value, 'tdText');
  }
  if (n === 0) b.merge(span(r, 0, r, headers.length - 1), 'Không có trường hợp trùng lặp.', 'td');
  return b.fitRowHeights().spec;
}

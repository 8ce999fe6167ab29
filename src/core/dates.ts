/**
 * Calendar dates as the engine reads them: "YYYY-MM-DD" (campaign configs, history, the report, --as-of) and
 * "dd/mm/yyyy" (what a person types into a sheet, also with "." or "-"). A date that is not on the calendar
 * (2025-02-30) is refused, never rolled over to March. Dates are local midnight, because
 * new Date('2025-10-10') is UTC midnight and would show the previous day west of Greenwich.
 *
 * The per-row birth-date reader (table/cells.ts) does not parse through here: it reads digits over a million
 * rows without allocating, and shares only the calendar check, isValidYmd.
 */
import { format, isValid, parse } from 'date-fns';

export type DateShape = 'YYYY-MM-DD' | 'dd/mm/yyyy';

/** A text that is not a date of the expected shape, or not on the calendar; carries the input. */
export class InvalidDateError extends RangeError {
  constructor(
    readonly input: string,
    readonly expected: DateShape,
    readonly reason: 'shape' | 'calendar',
  ) {
    super(reason === 'shape' ? `expected a date as ${expected}, got "${input}"` : `not a calendar date: "${input}"`);
    this.name = 'InvalidDateError';
  }
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Is y-m-d on the calendar? Integer arithmetic only: the list reader calls it per row. */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const VN_SHAPE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/;
const REFERENCE = new Date(2000, 0, 1);

/** "2025-10-10" → local midnight of that day; throws InvalidDateError. */
export function parseIsoDate(text: string): Date {
  if (!ISO_SHAPE.test(text)) throw new InvalidDateError(text, 'YYYY-MM-DD', 'shape');
  const date = parse(text, 'yyyy-MM-dd', REFERENCE);
  if (!isValid(date)) throw new InvalidDateError(text, 'YYYY-MM-DD', 'calendar');
  return date;
}

/** "10/10/2025", "1.2.2025" or "01-02-2025" (day first, as Vietnamese write it) → local midnight; throws InvalidDateError. */
export function parseVnDate(text: string): Date {
  if (!VN_SHAPE.test(text)) throw new InvalidDateError(text, 'dd/mm/yyyy', 'shape');
  const date = parse(text.replace(/[.-]/g, '/'), 'd/M/yyyy', REFERENCE);
  if (!isValid(date)) throw new InvalidDateError(text, 'dd/mm/yyyy', 'calendar');
  return date;
}

/** A real calendar date written exactly YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return ISO_SHAPE.test(text) && isValid(parse(text, 'yyyy-MM-dd', REFERENCE));
}

export function formatIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** A date a person typed, day first or YYYY-MM-DD → "YYYY-MM-DD"; null when it is neither, or not on the calendar. */
export function readTypedDate(text: string): string | null {
  try {
    return formatIsoDate(ISO_SHAPE.test(text) ? parseIsoDate(text) : parseVnDate(text));
  } catch (e) {
    if (e instanceof InvalidDateError) return null;
    throw e;
  }
}

/**
 * Why a typed date was not taken, as data: the command line and the pane each say it in their own frame
 * ("--as-of …", beside the field) with the same words (dateProblemText).
 */
export type DateProblem =
  | { kind: 'empty' }
  | { kind: 'shape' }
  /** "20/10/25": a year of two digits; `meant` is the date with the year in full. */
  | { kind: 'shortYear'; meant: string | null }
  /** "10/27/2025": no such month; `swapped` is the date read day first (27/10/2025) when that is on the calendar. */
  | { kind: 'month'; month: number; swapped: string | null }
  /** "31/02/2025": the month has fewer days. */
  | { kind: 'day'; day: number; month: number; year: number; days: number };

export type TypedDate = { ok: true; iso: string } | { ok: false; problem: DateProblem };

const TYPED_SHAPE = /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))$/;
const SHORT_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A calendar day written dd/mm/yyyy. */
function vnText(y: number, m: number, d: number): string {
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/**
 * A date a person typed, day first (27/10/2025, 27.10.2025, 27-10-2025) or YYYY-MM-DD → its YYYY-MM-DD, or what
 * is wrong with it. Spaces around it are ignored.
 */
export function checkTypedDate(typed: string): TypedDate {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: { kind: 'empty' } };
  const short = SHORT_YEAR.exec(text);
  if (short) {
    const [d, m, y] = [Number(short[1]), Number(short[2]), 2000 + Number(short[3])];
    return { ok: false, problem: { kind: 'shortYear', meant: isValidYmd(y, m, d) ? vnText(y, m, d) : null } };
  }
  const p = TYPED_SHAPE.exec(text);
  if (!p) return { ok: false, problem: { kind: 'shape' } };
  const [y, m, d] = p[1] ? [Number(p[1]), Number(p[2]), Number(p[3])] : [Number(p[6]), Number(p[5]), Number(p[4])];
  if (y < 1) return { ok: false, problem: { kind: 'shape' } };
  // Only a day-first date is offered the other reading: nobody writes YYYY-DD-MM.
  const swapped = !p[1] && isValidYmd(y, d, m) ? vnText(y, d, m) : null;
  if (m < 1 || m > 12) return { ok: false, problem: { kind: 'month', month: m, swapped } };
  if (!isValidYmd(y, m, d)) return { ok: false, problem: { kind: 'day', day: d, month: m, year: y, days: daysInMonth(y, m) } };
  return { ok: true, iso: `${y}-${pad2(m)}-${pad2(d)}` };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What is wrong with a typed date, in Vietnamese and English: a sentence without its subject's frame (which argument,
 * which field), starting in lower case, ending in "." or, when it offers the date meant, "?".
 */
export function dateProblemText(problem: DateProblem): { vi: string; en: string } {
  switch (problem.kind) {
    case 'empty':
      return { vi: 'chưa ghi ngày.', en: 'no date was given.' };
    case 'shape':
      return { vi: 'không đọc được thành ngày.', en: 'this cannot be read as a date.' };
    case 'shortYear':
      return problem.meant
        ? { vi: `năm cần ghi đủ 4 chữ số: có phải ${problem.meant}?`, en: `write the year in four digits: did you mean ${problem.meant}?` }
        : { vi: 'năm cần ghi đủ 4 chữ số.', en: 'write the year in four digits.' };
    case 'month':
      return problem.swapped
        ? { vi: `không có tháng ${problem.month}; ngày ghi trước, tháng ghi sau: có phải ${problem.swapped}?`, en: `there is no month ${problem.month}; the day comes first, then the month: did you mean ${problem.swapped}?` }
        : { vi: `không có tháng ${problem.month}.`, en: `there is no month ${problem.month}.` };
    case 'day':
      if (problem.day < 1) return { vi: 'không có ngày 0.', en: 'there is no day 0.' };
      return {
        vi: `tháng ${problem.month}/${problem.year} chỉ có ${problem.days} ngày.`,
        en: `${MONTHS_EN[problem.month - 1]} ${problem.year} has only ${problem.days} days.`,
      };
  }
}

export type MomentProblem = DateProblem | { kind: 'time' };
export type TypedMoment = { ok: true; moment: string } | { ok: false; problem: MomentProblem };

const TYPED_MOMENT = /^(\S+?)(?:T|,?\s+)(\d{1,2})(?::|h|g|\s*giờ\s*)(\d{2})?$/i;

/**
 * A moment a person typed: a date in either shape, then the time, "27/10/2025 08:30", "2025-10-27T08:30",
 * "27/10/2025 8h30" → local "YYYY-MM-DDTHH:mm", or what is wrong with it.
 */
export function checkTypedMoment(typed: string): TypedMoment {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: { kind: 'empty' } };
  const m = TYPED_MOMENT.exec(text);
  if (!m) {
    const date = checkTypedDate(text);
    return { ok: false, problem: date.ok ? { kind: 'time' } : date.problem };
  }
  const date = checkTypedDate(m[1]);
  if (!date.ok) return date;
  // "8h": the minutes may be left out.
  const [hours, minutes] = [Number(m[2]), m[3] ? Number(m[3]) : 0];
  if (hours > 23 || minutes > 59) return { ok: false, problem: { kind: 'time' } };
  return { ok: true, moment: `${date.iso}T${pad2(hours)}:${pad2(minutes)}` };
}

/** What is wrong with a typed moment, in Vietnamese and English. */
export function momentProblemText(problem: MomentProblem): { vi: string; en: string } {
  if (problem.kind === 'time') return { vi: 'cần ghi giờ, từ 00:00 đến 23:59, sau ngày.', en: 'the time, 00:00 to 23:59, must follow the date.' };
  return dateProblemText(problem);
}

const DATE_TIME_SHAPE = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * A local moment typed "YYYY-MM-DDTHH:mm" (or with a space for the T), the form the engine takes for "when the
 * report is made" → "YYYY-MM-DDTHH:mm"; null when it is not that shape or the date is not on the calendar.
 */
export function readLocalDateTime(text: string): string | null {
  const m = DATE_TIME_SHAPE.exec(text.trim());
  if (!m || !isIsoDate(m[1])) return null;
  return `${m[1]}T${m[2]}:${m[3]}`;
}

/**
 * "2025-10-27" → its day number (days since 1970-01-01), by UTC arithmetic on the digits: no time zone, and about a
 * hundred times cheaper than parsing, for loops over many dates (the forecast's). The text must be a valid date.
 */
export function dayNumberOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** A day number (dayNumberOf) → "YYYY-MM-DD". */
export function isoOfDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const LOCAL_MOMENT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;
const VN_MOMENT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/;

/**
 * A local moment "YYYY-MM-DDTHH:mm" (or with a space for the T) as a report prints it: "27/10/2025 08:30" (issue 13
 * §5: the errors list's "Phát hiện lúc", the history's "Thời điểm lập"). Any other text is returned as it is.
 */
export function formatVnDateTime(moment: string): string {
  const m = LOCAL_MOMENT.exec(moment.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : moment;
}

/**
 * The other way, for a sheet read back: "27/10/2025 08:30" → "2025-10-27T08:30", a local moment already in that
 * shape (with T or a space) → itself with a T; null for anything else or a day not on the calendar.
 */
export function readVnDateTime(text: string): string | null {
  const t = text.trim();
  const iso = LOCAL_MOMENT.exec(t);
  const vn = iso ? null : VN_MOMENT.exec(t);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : vn ? [vn[3], vn[2], vn[1], vn[4], vn[5]] : null;
  if (parts === null) return null;
  const [y, mo, d, h, mi] = parts.map(Number);
  if (!isValidYmd(y, mo, d) || h > 23 || mi > 59) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}`;
}

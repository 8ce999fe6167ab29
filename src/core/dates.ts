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

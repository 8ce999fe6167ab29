/**
 * Cell readers for status (Có/Không), sex and dates. Status and sex words repeat thousands of
 * times in a list, so each distinct text is folded once and remembered.
 */
import type { CellValue } from '../grid';
import { foldWords } from '../text/fold';
import { isValidYmd } from '../dates';

export const YES = 1;
export const NO = 0;
export const UNRECOGNIZED = -1;
export type Status = typeof YES | typeof NO | typeof UNRECOGNIZED;

const YES_WORDS = new Set(['co', 'x', 'da', '1', 'true', 'roi', 'yes', 'y', 'ok', 'dat', 'da co', 'co roi', 'da xong', 'xong']);
const NO_WORDS = new Set(['', 'khong', 'chua', '0', 'false', 'no', 'k', 'ko', 'kh', 'chua co', 'khong co']);
const DASHES = new Set(['-', '–', '—', '--']);
const YES_SYMBOLS = new Set(['✓', '✔', '☑', '√', '✅', '+']);
const RESIDENT_YES = new Set(['thuong tru']);
const RESIDENT_NO = new Set(['tam tru', 'tam vang']);

/** "x (đã KH)", "Có - 12/10", "Đã, 12/10/2025": the status word before the note people attached. */
function withoutNote(text: string): string {
  return text
    .replace(/\([^)]*\)?/g, ' ')
    .split(/\s[-–—:]\s?|[,;]/)[0]
    .replace(/\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*$/, '')
    .trim();
}

/** Reads a Có/Không text without remembering it: for a text that may hold a person's name (table/phone.ts). */
export function statusOfText(text: string, resident: boolean): Status {
  const status = statusOfWord(text.trim(), resident);
  if (status !== UNRECOGNIZED) return status;
  const bare = withoutNote(text);
  return bare !== '' && bare !== text.trim() ? statusOfWord(bare, resident) : UNRECOGNIZED;
}

function statusOfWord(trimmed: string, resident: boolean): Status {
  if (YES_SYMBOLS.has(trimmed)) return YES;
  const words = foldWords(trimmed);
  // "?" or "…" folds to nothing: someone was unsure, which is not a no. Only blank or a dash is.
  if (words === '' && trimmed !== '' && !DASHES.has(trimmed)) return UNRECOGNIZED;
  if (YES_WORDS.has(words)) return YES;
  if (NO_WORDS.has(words)) return NO;
  if (resident) {
    if (RESIDENT_YES.has(words)) return YES;
    if (RESIDENT_NO.has(words)) return NO;
  }
  return UNRECOGNIZED;
}

const statusCache = new Map<string, Status>();
const residentCache = new Map<string, Status>();

/** Reads a Có/Không cell. `resident` also accepts "Thường trú" (yes) and "Tạm trú" (no). */
export function parseStatus(value: CellValue, resident: boolean, isDateFormat: boolean): Status {
  if (value === null || value === '') return NO;
  if (typeof value === 'boolean') return value ? YES : NO;
  if (typeof value === 'number') {
    if (value === 1) return YES;
    if (value === 0) return NO;
    // A date typed into a status column says when it was done.
    return isDateFormat ? YES : UNRECOGNIZED;
  }
  const cache = resident ? residentCache : statusCache;
  let s = cache.get(value);
  if (s === undefined) {
    s = statusOfText(value, resident);
    if (cache.size < 10_000) cache.set(value, s);
  }
  return s;
}

export const MALE = 1;
export const FEMALE = 0;
export const SEX_UNKNOWN = -1;
export const SEX_INVALID = -2;
export type Sex = typeof MALE | typeof FEMALE | typeof SEX_UNKNOWN | typeof SEX_INVALID;

const sexCache = new Map<string, Sex>();
function sexOfText(text: string): Sex {
  const w = foldWords(text);
  if (w === '') return SEX_UNKNOWN;
  if (w === 'nam' || w === 'm' || w === 'male' || w === 'trai') return MALE;
  if (w === 'nu' || w === 'f' || w === 'female' || w === 'gai') return FEMALE;
  return SEX_INVALID;
}

export function parseSex(value: CellValue): Sex {
  if (value === null || value === '') return SEX_UNKNOWN;
  if (typeof value !== 'string') return SEX_INVALID;
  let s = sexCache.get(value);
  if (s === undefined) {
    s = sexOfText(value);
    if (sexCache.size < 1000) sexCache.set(value, s);
  }
  return s;
}

/** yyyymmdd as an integer, e.g. 19850412. Year-only dates are stored as yyyy0101 (see README: ages from a bare year). */
export type Ymd = number;

/** Gregorian date from days since 1970-01-01 (Howard Hinnant's civil_from_days), no Date allocation. */
function ymdFromEpochDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

/** Excel (1900 date system) serial → yyyymmdd. Serial 60 is Excel's fictitious 29/02/1900. */
export function ymdFromExcelSerial(serial: number): Ymd | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(whole) || whole < 1 || whole === 60 || whole > 2958465) return null;
  // 25569 = serial of 1970-01-01; serials below 60 are one day off because of the fictitious leap day.
  return ymdFromEpochDays(whole - (whole < 60 ? 25568 : 25569));
}

/** True when an Excel number format shows a date (d, m, y codes outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
}

const YEAR = /^(\d{4})$/;
const INVISIBLE_CHARS = /[\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_CHARS_ALL = /[\u200b-\u200d\u2060\ufeff]/g;

export const DATE_EMPTY = 0;
export const DATE_BAD = -1;

/**
 * Reads a birth date cell: a real date (serial with a date format), a bare serial, d/m/yyyy text,
 * ISO text, or a bare year (number or text). Returns yyyymmdd, DATE_EMPTY, or DATE_BAD.
 * Years before 1900 or after `maxYmd` are bad.
 */
export function parseBirthDate(value: CellValue, format: string | undefined, maxYmd: Ymd): Ymd {
  if (value === null || value === '') return DATE_EMPTY;
  let ymd: Ymd | null = null;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100 && !isDateFormat(format)) ymd = value * 10000 + 101;
    else ymd = ymdFromExcelSerial(value);
  } else if (typeof value === 'string') {
    let text = value.trim();
    // A zero-width space or byte-order mark pasted with the date is invisible: it is not part of it.
    if (INVISIBLE_CHARS.test(text)) text = text.replace(INVISIBLE_CHARS_ALL, '').trim();
    ymd = ymdFromText(text.indexOf(' ') < 0 ? text : text.replace(/\s*([/.-])\s*/g, '$1'));
  }
  if (ymd === null || ymd < 19000101 || ymd > maxYmd) return DATE_BAD;
  return ymd;
}

/** Reads up to `max` digits from `i`; returns the value and where it stopped, or -1 when there is no digit. */
function digitsAt(text: string, i: number, max: number): { value: number; end: number } | null {
  let value = 0;
  let j = i;
  while (j < text.length && j - i < max) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
    j++;
  }
  return j === i ? null : { value, end: j };
}

function isDateSeparator(c: number): boolean {
  return c === 47 || c === 46 || c === 45; // / . -
}

/** d/m/yyyy (also with . or -), yyyy-mm-dd (a time after it is ignored), or yyyy. No regex: this runs once per row. */
function ymdFromText(text: string): Ymd | null {
  const a = digitsAt(text, 0, 4);
  if (!a) return null;
  if (a.end === text.length) return a.end === 4 ? a.value * 10000 + 101 : null;
  if (!isDateSeparator(text.charCodeAt(a.end))) return null;
  const b = digitsAt(text, a.end + 1, 2);
  if (!b || !isDateSeparator(text.charCodeAt(b.end))) return null;
  const c = digitsAt(text, b.end + 1, 4);
  if (!c) return null;
  const iso = a.end === 4;
  if (iso) {
    const rest = text.charCodeAt(c.end);
    if (c.end - b.end - 1 > 2 || (c.end < text.length && rest !== 84 && rest !== 32)) return null; // T or space before a time
    return isValidYmd(a.value, b.value, c.value) ? a.value * 10000 + b.value * 100 + c.value : null;
  }
  if (a.end > 2 || c.end - b.end - 1 !== 4 || c.end !== text.length) return null;
  return isValidYmd(c.value, b.value, a.value) ? c.value * 10000 + b.value * 100 + a.value : null;
}

/** The year of a yyyymmdd value. */
export function yearOf(ymd: Ymd): number {
  return Math.floor(ymd / 10000);
}

/** True when the date came from a bare year (stored as 1 January). */
export function isYearOnly(ymd: Ymd, raw: CellValue): boolean {
  return ymd % 10000 === 101 && (typeof raw === 'number' ? raw <= 2100 : typeof raw === 'string' && YEAR.test(raw.trim()));
}

/** dd/mm/yyyy, or yyyy for a year-only date. */
export function formatYmd(ymd: Ymd, yearOnly: boolean): string {
  const y = Math.floor(ymd / 10000);
  if (yearOnly) return String(y);
  const m = Math.floor(ymd / 100) % 100;
  const d = ymd % 100;
  return `${d < 10 ? '0' : ''}${d}/${m < 10 ? '0' : ''}${m}/${y}`;
}

const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

/** An Excel error value (a broken formula) as the adapters hand it over: "#N/A", "#REF!", … */
export function isExcelError(value: CellValue | undefined): boolean {
  return typeof value === 'string' && value.charCodeAt(0) === 35 && EXCEL_ERRORS.has(value.trim().toUpperCase());
}

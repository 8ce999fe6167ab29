/**
 * Birth dates as lists write them: a date cell, d/m/yyyy text (also with . or -), yyyy-mm-dd, or a bare year,
 * read into a yyyymmdd integer without allocating (this runs once per row over a million rows).
 */
import type { CellValue } from '../../grid';
import { isValidYmd } from '../../dates';
import { type Ymd, isDateFormat, ymdFromExcelSerial } from './excel-dates';
import { INVISIBLE, withoutInvisible } from '../../text/invisible';

const YEAR = /^(\d{4})$/;

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
    if (INVISIBLE.test(text)) text = withoutInvisible(text).trim();
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

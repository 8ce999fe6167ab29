/**
 * Có/Không cells: a status column's words ("Có", "x", "Đã", "Rồi", "Chưa", "Không", …) read as yes, no or not
 * recognised. Status words repeat thousands of times in a list, so each distinct text is folded once and remembered.
 */
import type { CellValue } from '../../grid';
import { foldWords } from '../../text/fold';

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

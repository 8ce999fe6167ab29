/**
 * Có/Không cells: a status column's words read as yes, no or not recognised. A status is read by its leading word
 * (ISSUE 10 §1): "Đã …" (Đã tích hợp, Đã kích hoạt, Đã TH, Đã cấp, Đã làm), "Rồi", "Xong", "Hoàn thành", "OK" are
 * yes; "Chưa …", "Không …", "K", "Ko" are no; a date or a note may follow ("Đã TH 12/10"). What stays unclear is
 * reported: a yes word with a denial after it ("Đã cấp, chưa kích hoạt"), an act undone ("Đã hủy"), "Không rõ".
 * Status words repeat thousands of times in a list, so each distinct text is folded once and remembered.
 */
import type { CellValue } from '../../grid';
import { foldWords } from '../../text/fold';
import { mayBeLegacy } from '../../text/legacy';

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
const BRACKETED = /\([^)]*\)?/g;

function withoutNote(text: string): string {
  return text
    .replace(BRACKETED, ' ')
    .split(/\s[-–—:]\s?|[,;]/)[0]
    .replace(/\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*$/, '')
    .trim();
}

/** Leading words that make a status yes: "Đã …", "Rồi", "Xong", "OK", "Hoàn thành …". */
const YES_LEADS = new Set(['da', 'roi', 'xong', 'ok']);
/** Leading words that make it no: "Chưa …", "Không …", "K", "Ko". Not "KH": alone it is "Không", before a date "kích hoạt". */
const NO_LEADS = new Set(['chua', 'khong', 'k', 'ko']);
/** After a no word, words that say "not known", not "not done": "Không rõ", "Chưa biết", "Chưa xác định". */
const UNKNOWN_AFTER_NO = new Set(['ro', 'biet']);
/** After "Đã", words that undo the act or send it elsewhere: "Đã hủy", "Đã xóa", "Đã khóa", "Đã mất", "Đã chết", "Đã chuyển …". */
const UNDONE_AFTER_YES = new Set(['huy', 'xoa', 'khoa', 'mat', 'chet', 'chuyen']);

/** "Khổng" is a family name that folds like "không": a text written with it starts with a name, not a no. */
export function startsWithKhong(text: string): boolean {
  return /^khổng(?!\p{L})/iu.test(text.trim().normalize('NFC'));
}

/** The reading of a status by its leading word, UNRECOGNIZED when it has none or says more than yes or no. */
function statusOfLead(words: readonly string[], all: readonly string[], resident: boolean): Status {
  const [first, second] = words;
  if (NO_LEADS.has(first)) return UNKNOWN_AFTER_NO.has(second) || (second === 'xac' && words[2] === 'dinh') ? UNRECOGNIZED : NO;
  // In the resident column "Đã …" is no residence ("Đã chuyển đi"): there the residence leads ("Thường trú thôn 2").
  if (resident) {
    const residence = `${first} ${second}`;
    if (RESIDENT_NO.has(residence)) return NO;
    return RESIDENT_YES.has(residence) && !deniedAfter(all, all.indexOf(first) + 2) ? YES : UNRECOGNIZED;
  }
  if (!YES_LEADS.has(first) && !(first === 'hoan' && second === 'thanh')) return UNRECOGNIZED;
  if (first === 'da' && (UNDONE_AFTER_YES.has(second) || (second === 'tu' && words[2] === 'choi'))) return UNRECOGNIZED;
  // The denial may sit in the note: "Đã cấp (chưa kích hoạt)".
  return deniedAfter(all, all.indexOf(first) + 1) ? UNRECOGNIZED : YES;
}

/** "Đã cấp, chưa kích hoạt", "Có - không có ĐTTM": a denial after the yes word leaves the cell unclear. */
function deniedAfter(words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length; i++) if (NO_LEADS.has(words[i])) return true;
  return false;
}

/** Reads a Có/Không text without remembering it: for a text that may hold a person's name (table/phone.ts). */
export function statusOfText(text: string, resident: boolean): Status {
  const trimmed = text.trim();
  // A first word that folds to nothing but may be legacy text ("§· xong" is TCVN3 "Đã xong") is not skipped for
  // the word after it: the cell is unclear, so the column's decoder reads it and counts it as legacy.
  const firstWord = trimmed.split(/\s+/)[0];
  if (firstWord !== trimmed && foldWords(firstWord) === '' && mayBeLegacy(firstWord)) return UNRECOGNIZED;
  const status = statusOfWord(trimmed, resident);
  if (status !== UNRECOGNIZED) return status;
  const bare = withoutNote(text);
  const words = foldWords(trimmed);
  const all = words === '' ? [] : words.split(' ');
  const word = bare !== '' && bare !== trimmed ? statusOfWord(bare, resident) : UNRECOGNIZED;
  if (word === YES) return deniedAfter(all, foldWords(bare).split(' ').length) ? UNRECOGNIZED : YES;
  if (word !== UNRECOGNIZED) return word;
  // The leading word is outside brackets: "(đã KH)" alone is a note with no status, as it was.
  const lead = foldWords(trimmed.replace(BRACKETED, ' '));
  return lead === '' || startsWithKhong(trimmed) ? UNRECOGNIZED : statusOfLead(lead.split(' '), all, resident);
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

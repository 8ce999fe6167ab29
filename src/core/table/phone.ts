/**
 * What a list says about a person's phone beyond Có/Không. Seed 001: "Đối với người già yếu, không có
 * smartphone: Tổ công tác ghi lại thông tin định danh, số thẻ BHYT … chuẩn bị cho việc tích hợp vào tài khoản
 * của người bảo hộ (con, cháu) sau này." So a list may say that a person has no smartphone ("Không có ĐTTM")
 * or that a guardian or relative holds the account ("Người giám hộ: Nguyễn Văn B", "NGH", "người thân giữ"):
 * in the smartphone column, in the note column, or in a column of its own.
 *
 * Like status words, each distinct text is folded once and remembered; a guardian text holding other words
 * (the guardian's name, a phone number) is never remembered, and no issue quotes it (cells/unread-text.ts).
 */
import type { CellValue } from '../grid';
import { foldWords } from '../text/fold';
import { NO, UNRECOGNIZED, YES, type Status, parseStatus, startsWithKhong, statusOfText } from './cells/status';

/** The list says the person has no smartphone. */
export const NO_SMARTPHONE = 1;
/** A guardian or relative holds the account for the person. */
export const GUARDIAN = 2;

/** "không", "chưa" and the short forms people type. */
const NEGATIONS = new Set(['khong', 'ko', 'k', 'kh', 'chua']);
/** Words between a negation and what it denies: "không có", "chưa sử dụng", "không dùng được". */
const LINKS = new Set(['co', 'dung', 'su', 'sd', 'duoc']);
/** One-word phones: "ĐTTM", "smartphone", "ĐT" (with "thông minh" after it or not). */
const PHONE_WORDS = new Set(['dttm', 'smartphone', 'dt']);
/** A relative: its first word, and the second it may take ('' when it may stand alone). */
const RELATIVES: Partial<Record<string, readonly string[]>> = { nguoi: ['than', 'nha'], con: ['chau', ''], chau: [''] };

/** Words a phone takes from `j`: "ĐTTM", "ĐT thông minh", "điện thoại (thông minh)"; 0 when none starts there. */
function phoneAt(words: readonly string[], j: number): number {
  let n = PHONE_WORDS.has(words[j]) ? 1 : words[j] === 'dien' && words[j + 1] === 'thoai' ? 2 : 0;
  if (n > 0 && words[j + n] === 'thong' && words[j + n + 1] === 'minh') n += 2;
  return n;
}

/** Words after a phone that make it a feature phone: "ĐT thường" (not "thường xuyên"), "điện thoại cục gạch". */
function featurePhoneAt(words: readonly string[], j: number): number {
  if (words[j] === 'thuong' && words[j + 1] !== 'xuyen') return 1;
  return words[j] === 'cuc' && words[j + 1] === 'gach' ? 2 : 0;
}

/** Words a relative takes from `i`: "người thân", "người nhà", "con cháu", "con", "cháu". */
function relativeAt(words: readonly string[], i: number): number {
  const seconds = RELATIVES[words[i]];
  if (seconds === undefined) return 0;
  if (seconds.includes(words[i + 1])) return 2;
  return seconds.includes('') ? 1 : 0;
}

/** Words "tài khoản" or "TK" take from `i`. */
function accountAt(words: readonly string[], i: number): number {
  return words[i] === 'tk' ? 1 : words[i] === 'tai' && words[i + 1] === 'khoan' ? 2 : 0;
}

/** Words a guardian phrase takes from `i` (0 when none starts there). */
function guardianAt(words: readonly string[], i: number): number {
  const w = words[i];
  // "người giám hộ", "người bảo hộ" (seed 001), "giám hộ", "NGH".
  if (w === 'nguoi' && (words[i + 1] === 'giam' || words[i + 1] === 'bao') && words[i + 2] === 'ho') return 3;
  if ((w === 'giam' || w === 'bao') && words[i + 1] === 'ho' && words[i - 1] !== 'nguoi') return 2;
  if (w === 'ngh') return 1;
  // "người thân giữ", "người nhà quản lý", "con cháu giữ"; a lone "con" only with the account ("con giữ TK"): "còn giữ" folds the same.
  const relative = relativeAt(words, i);
  if (relative > 0) {
    const after = i + relative;
    if (relative === 2 && words[after] === 'quan' && words[after + 1] === 'ly') return relative + 2;
    if (words[after] === 'giu') {
      if (relative === 2) return relative + 1;
      const account = accountAt(words, after + 1);
      if (account > 0) return relative + 1 + account;
    }
  }
  // "TK của con", "tài khoản người thân", "TK con cháu".
  const account = accountAt(words, i);
  if (account > 0) {
    const at = i + account + (words[i + account] === 'cua' ? 1 : 0);
    const n = relativeAt(words, at);
    if (n > 0) return at - i + n;
  }
  return 0;
}

/** Where the negation denying the phrase at `i` starts ("không có người giám hộ"), or -1. */
function denialAt(words: readonly string[], i: number): number {
  let k = i - 1;
  if (k >= 0 && LINKS.has(words[k])) k--;
  return k >= 0 && NEGATIONS.has(words[k]) ? k : -1;
}

interface Analysis {
  facts: number;
  /** 1 for each folded word that belongs to one of the wordings above. */
  covered: Uint8Array;
  /** Every word belongs to a wording: the text names nobody. */
  plain: boolean;
  /** It starts with a negation ("Không rõ", "Chưa có"). */
  negated: boolean;
  /** It holds no letter or digit ("?", "✓"). */
  empty: boolean;
}

function analyse(text: string): Analysis {
  const folded = foldWords(text);
  const words = folded === '' ? [] : folded.split(' ');
  const covered = new Uint8Array(words.length);
  let facts = 0;
  for (let i = 0; i < words.length; i++) {
    if (NEGATIONS.has(words[i])) {
      let j = i + 1;
      while (j < words.length && j <= i + 3 && LINKS.has(words[j])) j++;
      const n = phoneAt(words, j);
      if (n > 0) {
        facts |= NO_SMARTPHONE;
        covered.fill(1, i, j + n);
      }
    }
    const phone = phoneAt(words, i);
    const feature = phone > 0 ? featurePhoneAt(words, i + phone) : 0;
    if (feature > 0) {
      facts |= NO_SMARTPHONE;
      covered.fill(1, i, i + phone + feature);
    }
    const guardian = guardianAt(words, i);
    if (guardian > 0) {
      const denial = denialAt(words, i);
      if (denial < 0) facts |= GUARDIAN;
      covered.fill(1, denial < 0 ? i : denial, i + guardian);
    }
  }
  // "Khổng" (a family name: the guardian "Khổng Văn B") folds like "không": only the written word is a negation.
  const negated = words.length > 0 && NEGATIONS.has(words[0]) && !startsWithKhong(text);
  return { facts, covered, plain: covered.every((c) => c === 1), negated, empty: words.length === 0 };
}

/** A guardian's name or phone is not kept after the consolidation: only texts that cannot hold one are remembered. */
function mayRemember(a: Analysis): boolean {
  return a.plain || (a.facts & GUARDIAN) === 0;
}

const analysisCache = new Map<string, Analysis>();

function analysed(text: string): Analysis {
  let a = analysisCache.get(text);
  if (a === undefined) {
    a = analyse(text);
    if (mayRemember(a) && analysisCache.size < 10_000) analysisCache.set(text, a);
  }
  return a;
}

/** What a note says: the NO_SMARTPHONE and GUARDIAN bits, 0 for anything else. */
export function noteFacts(text: string): number {
  return analysed(text).facts;
}

/** A cell's Có/Không status together with the facts it states. */
export interface PhoneReading {
  readonly status: Status;
  readonly facts: number;
}

/** One frozen reading per status and facts: the row loop allocates nothing. */
const STATUSES: readonly Status[] = [UNRECOGNIZED, NO, YES];
const READINGS: readonly (readonly PhoneReading[])[] = STATUSES.map((status) => [0, 1, 2, 3].map((facts): PhoneReading => Object.freeze({ status, facts })));
const reading = (status: Status, facts: number): PhoneReading => READINGS[status + 1][facts];

const smartphoneCache = new Map<string, PhoneReading>();

/**
 * A cell of the smartphone column ("Có ĐTTM"): Có/Không as any status; a stated lack of a smartphone or a
 * guardian holding the account is a recognised No (no smartphone of their own) with its facts.
 */
export function readSmartphoneCell(value: CellValue, isDateFormat: boolean): PhoneReading {
  if (typeof value !== 'string' || value === '') return reading(parseStatus(value, false, isDateFormat), 0);
  let r = smartphoneCache.get(value);
  if (r === undefined) {
    const a = analysed(value);
    r = a.facts !== 0 ? reading(NO, a.facts) : reading(parseStatus(value, false, false), 0);
    if (mayRemember(a) && smartphoneCache.size < 10_000) smartphoneCache.set(value, r);
  }
  return r;
}

/**
 * A cell of a "Không có ĐTTM" column: Có (or a wording of the facts) means the person has no smartphone;
 * Không or blank says nothing. Anything else is unrecognised, like any status.
 */
export function readNoSmartphoneCell(value: CellValue, isDateFormat: boolean): PhoneReading {
  if (typeof value === 'string' && value !== '') {
    const facts = analysed(value).facts;
    if (facts !== 0) return reading(YES, facts | NO_SMARTPHONE);
  }
  const status = parseStatus(value, false, isDateFormat);
  return reading(status, status === YES ? NO_SMARTPHONE : 0);
}

const guardianCache = new Map<string, number>();

/**
 * The facts a "Người giám hộ" column states. Filled in (Có, x, the guardian's name or phone) means a guardian
 * holds the account; Không, a dash, "Không rõ", "?" or blank says nothing. Never unrecognised: a guardian's
 * name is no status word. Only texts that cannot be a name are remembered.
 */
export function readGuardianCell(value: CellValue): number {
  if (value === null || value === '') return 0;
  if (typeof value === 'boolean') return value ? GUARDIAN : 0;
  if (typeof value === 'number') return value === 0 ? 0 : GUARDIAN;
  let facts = guardianCache.get(value);
  if (facts !== undefined) return facts;
  const a = analyse(value);
  let remember = a.plain || a.empty;
  if (a.facts !== 0 || a.negated || a.empty) facts = a.facts;
  else {
    const status = statusOfText(value, false);
    if (status !== UNRECOGNIZED) remember = true;
    facts = status === NO ? a.facts : a.facts | GUARDIAN;
  }
  if (remember && guardianCache.size < 10_000) guardianCache.set(value, facts);
  return facts;
}

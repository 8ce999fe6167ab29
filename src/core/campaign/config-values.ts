/**
 * One value of the "Cấu hình" sheet as people read and type it, and back: dates dd/mm/yyyy, the weekly deadline
 * "Thứ Hai, 09:00", targets "≥ 80%", yes/no, and the campaign's codes in Vietnamese words ("thường trú", "Thôn").
 * Each reader returns null for what it cannot read; the caller says where (config-rows.ts).
 */
import type { CellValue } from '../grid';
import { readTypedDate } from '../dates';
import { foldKey, foldWords } from '../text/fold';
import { FORM_LABELS, MEASURE_LABELS } from '../forms/measures';
import { FORM_KINDS, MEASURES, PERSON_FLAGS, type FormKind, type Measure, type PersonFlag } from '../vocabulary';
import type { PeriodKind } from './schema';

export const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** '2025-10-10' → '10/10/2025'; '' for none. */
export function showDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A date typed as dd/mm/yyyy (or with - or .), as yyyy-mm-dd, or an Excel date serial → 'YYYY-MM-DD'; null when unreadable. */
export function readDate(value: CellValue): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 61) return null;
    return new Date((Math.floor(value) - 25_569) * 86_400_000).toISOString().slice(0, 10); // 25569 = serial of 1970-01-01
  }
  return readTypedDate(String(value ?? '').trim());
}

/** Weekday 1 (Monday) … 7 and HH:mm → "Thứ Hai, 09:00". */
export function showWeekly(r: { weekday: number; time: string }): string {
  return `${WEEKDAYS[r.weekday - 1]}, ${r.time}`;
}

/** "Thứ Hai, 09:00", "thu 2 9h", "Chủ nhật 17:30" → weekday (1 = Monday) and HH:mm. */
export function readWeekly(value: CellValue): { weekday: number; time: string } | null {
  const folded = foldWords(String(value ?? ''));
  const time = /(\d{1,2}) ?(?:h|gio)? ?(\d{2})$|(\d{1,2}) ?(?:h|gio)$/.exec(folded);
  if (!time) return null;
  // Of the two alternatives only one matched: the other's groups are undefined.
  const [, hoursWithMinutes, minutesText, hoursAlone] = time as (string | undefined)[];
  const hours = Number(hoursWithMinutes ?? hoursAlone);
  const minutes = Number(minutesText ?? 0);
  if (hours > 23 || minutes > 59) return null;
  const day = folded.slice(0, time.index).trim();
  const names = WEEKDAYS.map((w) => foldWords(w));
  let weekday = names.indexOf(day) + 1;
  const numbered = /^thu (\d)$/.exec(day);
  if (numbered && Number(numbered[1]) >= 2 && Number(numbered[1]) <= 7) weekday = Number(numbered[1]) - 1;
  if (day === 'cn') weekday = 7;
  return weekday >= 1 ? { weekday, time: `${pad2(hours)}:${pad2(minutes)}` } : null;
}

/** A time typed "9:00", "09:00", "9h", "9h30" → "HH:mm"; null otherwise. */
export function readTime(text: string): string | null {
  const m = /^(\d{1,2})\s*(?:[:h.]\s*(\d{2})?)?$/i.exec(text.trim());
  if (!m) return null;
  const [, hoursText, minutesText] = m as (string | undefined)[]; // the minutes are optional
  const hours = Number(hoursText);
  const minutes = Number(minutesText ?? 0);
  return hours <= 23 && minutes <= 59 ? `${pad2(hours)}:${pad2(minutes)}` : null;
}

/**
 * "≥ 80%", ">95", ">= 80,5 %" → op and value; a bare number is "at least" (≥), as the plans mostly write it ("đạt 80%").
 * A number cell formatted as % holds a fraction.
 */
export function readTarget(value: CellValue, format?: string): { op: '>' | '>='; value: number } | null {
  if (typeof value === 'number') return { op: '>=', value: format?.includes('%') ? Math.round(value * 1e6) / 1e4 : value };
  const m = /^(>=|≥|>|trên|tren|từ|tu)?\s*(\d+(?:[.,]\d+)?)\s*%?$/i.exec(String(value ?? '').trim());
  if (!m) return null;
  const sign = m[1] as string | undefined; // the group is optional
  const above = sign === '>' || sign?.toLowerCase() === 'trên' || sign?.toLowerCase() === 'tren';
  return { op: above ? '>' : '>=', value: Number(m[2].replace(',', '.')) };
}

/** A number typed with a decimal comma or point, or a number cell; null otherwise. */
export function readNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = String(value ?? '').trim();
  if (!/^-?\d+(?:[.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

/** A number as the sheet shows it: 10.5 → "10,5". */
export function showNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value).replace('.', ',');
}

export function showYesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'Có' : 'Không';
}

/** "Có", "x", "yes" → true; "Không", "no" → false; null otherwise. */
export function readYesNo(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  const folded = foldWords(String(value ?? ''));
  if (['co', 'x', 'yes', 'true', 'dung'].includes(folded)) return true;
  if (['khong', 'no', 'false', 'k'].includes(folded)) return false;
  return null;
}

/** A closed set of codes, each written in Vietnamese words; read back from those words or the code itself. */
export interface Words<T extends string> {
  show(code: T): string;
  read(value: CellValue): T | null;
  /** The words, for a message that lists what may be written. */
  all: readonly string[];
}

export function words<T extends string>(table: Readonly<Record<T, string>>, extra: Readonly<Record<string, T>> = {}): Words<T> {
  const codes = Object.keys(table) as T[];
  const byKey = new Map<string, T>();
  for (const code of codes) {
    byKey.set(foldKey(table[code]), code);
    byKey.set(foldKey(code), code);
  }
  for (const [word, code] of Object.entries(extra)) byKey.set(foldKey(word), code);
  return {
    show: (code) => table[code],
    read: (value) => byKey.get(foldKey(String(value ?? ''))) ?? null,
    all: codes.map((c) => table[c]),
  };
}

/** The facts about a person an indicator counts by (vocabulary.ts PERSON_FLAGS), as a list's columns say them. */
export const FLAG_WORDS = words<PersonFlag>({
  resident: 'thường trú',
  hasCccd: 'có CCCD',
  hasBhyt: 'có BHYT',
  level2: 'có tài khoản mức 2',
  activated: 'đã kích hoạt',
  integrated: 'đã tích hợp BHYT',
  sskdt: 'có Sổ sức khỏe điện tử',
  smartphone: 'có điện thoại thông minh',
  digitalSignature: 'có chữ ký số',
  noSmartphone: 'không có điện thoại thông minh',
  guardian: 'có người giám hộ giữ tài khoản',
} satisfies Record<(typeof PERSON_FLAGS)[number], string>);

export const KIND_WORDS = words({ village: 'Thôn', unit: 'Đơn vị' }, { 'tổ dân phố': 'village', 'thôn, tổ dân phố': 'village', 'cơ quan, đơn vị': 'unit', 'cơ quan': 'unit' });

export const SOURCE_WORDS = words({
  persons: 'danh sách người',
  counts: 'biểu số liệu',
  mismatches: 'danh sách lỗi dữ liệu',
  entities: 'tỷ lệ thôn, đơn vị đạt',
});

export const PERIOD_WORDS = words<PeriodKind>({ month: 'Tháng', quarter: 'Quý', 'half-year': '6 tháng', year: 'Năm' }, { 'sáu tháng': 'half-year' });

export const AUTHORITY_WORDS = words({ TM: 'TM', KT: 'KT' });

const formTable = Object.fromEntries(FORM_KINDS.map((k) => [k, k])) as Record<FormKind, string>;
const measureTable = Object.fromEntries(MEASURES.map((m) => [m, m])) as Record<Measure, string>;
/** Forms and figures are written by their code, their name beside it; either is read back. */
export const FORM_WORDS = words<FormKind>(formTable, Object.fromEntries(FORM_KINDS.map((k) => [FORM_LABELS[k].vi, k])));
export const MEASURE_WORDS = words<Measure>(measureTable, Object.fromEntries(MEASURES.map((m) => [MEASURE_LABELS[m].vi, m])));

/** "Tháng, trước ngày 10" → a report each month due before the 10th of the next; "Quý" → each quarter. */
export function readCadence(value: CellValue): { period: PeriodKind; dueBeforeDay?: number } | null {
  const [head, ...rest] = String(value ?? '').split(',');
  const period = PERIOD_WORDS.read(head.replace(/^\s*(hằng|hàng)\s+/i, ''));
  if (period === null) return null;
  const tail = foldWords(rest.join(','));
  if (tail === '') return { period };
  const day = /^truoc ngay (\d{1,2})(?: hang thang| thang sau)?$/.exec(tail);
  return day ? { period, dueBeforeDay: Number(day[1]) } : null;
}

export function showCadence(c: { period: PeriodKind; dueBeforeDay?: number }): string {
  return c.dueBeforeDay === undefined ? PERIOD_WORDS.show(c.period) : `${PERIOD_WORDS.show(c.period)}, trước ngày ${c.dueBeforeDay}`;
}

/**
 * The as-of field's calendar, as data: a month's weeks from Monday, the day a key moves to, the month's title. Written
 * out here (and by the day numbers of core/dates.ts), never from the browser's locale, which made the old
 * <input type="date"> read "07/01/2026" as 1 July on an English browser (issue 13 §2).
 */
import { dayNumberOf, isoOfDayNumber } from '../core/dates';
import type { Lang } from './i18n';

/** Monday first, as Vietnamese calendars print it. */
export const WEEKDAY_HEADERS = {
  vi: [
    { short: 'T2', full: 'Thứ Hai' },
    { short: 'T3', full: 'Thứ Ba' },
    { short: 'T4', full: 'Thứ Tư' },
    { short: 'T5', full: 'Thứ Năm' },
    { short: 'T6', full: 'Thứ Sáu' },
    { short: 'T7', full: 'Thứ Bảy' },
    { short: 'CN', full: 'Chủ nhật' },
  ],
  en: [
    { short: 'Mo', full: 'Monday' },
    { short: 'Tu', full: 'Tuesday' },
    { short: 'We', full: 'Wednesday' },
    { short: 'Th', full: 'Thursday' },
    { short: 'Fr', full: 'Friday' },
    { short: 'Sa', full: 'Saturday' },
    { short: 'Su', full: 'Sunday' },
  ],
} as const;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Month {
  year: number;
  /** 1 = January. */
  month: number;
}

export function monthOf(iso: string): Month {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** "Tháng 10/2025", "October 2025". */
export function monthTitle({ year, month }: Month, lang: Lang): string {
  return lang === 'vi' ? `Tháng ${month}/${year}` : `${MONTHS_EN[month - 1]} ${year}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const firstOf = ({ year, month }: Month) => `${year}-${pad2(month)}-01`;

export function addMonths({ year, month }: Month, n: number): Month {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function daysIn(m: Month): number {
  return dayNumberOf(firstOf(addMonths(m, 1))) - dayNumberOf(firstOf(m));
}

/** 0 for Monday … 6 for Sunday (day 0, 1970-01-01, was a Thursday). */
function mondayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The month's weeks, Monday to Sunday: each day's YYYY-MM-DD, null before the 1st and after the last day. */
export function monthGrid(m: Month): (string | null)[][] {
  const first = dayNumberOf(firstOf(m));
  const count = daysIn(m);
  const lead = mondayIndex(first);
  const weeks: (string | null)[][] = [];
  for (let start = -lead; start < count; start += 7) {
    weeks.push(Array.from({ length: 7 }, (_, i) => (start + i >= 0 && start + i < count ? isoOfDayNumber(first + start + i) : null)));
  }
  return weeks;
}

/** The same day in another month, or that month's last day (31/01 → 28/02). */
function sameDayIn(iso: string, months: number): string {
  const target = addMonths(monthOf(iso), months);
  const day = Math.min(Number(iso.slice(8, 10)), daysIn(target));
  return `${target.year}-${pad2(target.month)}-${pad2(day)}`;
}

/**
 * Where a key moves the calendar's focus from `iso`, as grids of dates do: arrows by a day or a week, Home and End to
 * the week's Monday and Sunday, PageUp and PageDown by a month (with Shift, a year); null for any other key.
 */
export function dayAfterKey(iso: string, key: string, shift = false): string | null {
  const day = dayNumberOf(iso);
  switch (key) {
    case 'ArrowLeft':
      return isoOfDayNumber(day - 1);
    case 'ArrowRight':
      return isoOfDayNumber(day + 1);
    case 'ArrowUp':
      return isoOfDayNumber(day - 7);
    case 'ArrowDown':
      return isoOfDayNumber(day + 7);
    case 'Home':
      return isoOfDayNumber(day - mondayIndex(day));
    case 'End':
      return isoOfDayNumber(day + 6 - mondayIndex(day));
    case 'PageUp':
      return sameDayIn(iso, shift ? -12 : -1);
    case 'PageDown':
      return sameDayIn(iso, shift ? 12 : 1);
    default:
      return null;
  }
}

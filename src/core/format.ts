/**
 * How the report writes figures and dates in Vietnamese: a decimal comma ("84,9%"), a dot between
 * thousands ("1.234"), targets as "≥ 95%", dates as dd/mm/yyyy. The layout, the narrative, the config
 * sheet, the pane and the command line all write them through here, so they never disagree.
 */
import { format } from 'date-fns';
import { dayNumberOf, parseIsoDate } from './dates';

export { formatCount, formatDecimal, formatPercent, formatPoints, formatTarget, formatTargetValue } from './numbers';

/** '2026-01-05' → '05/01/2026'; throws InvalidDateError for anything but a calendar date. */
export function formatVnDate(iso: string): string {
  return format(parseIsoDate(iso), 'dd/MM/yyyy');
}

/** Sunday first, as Date.getDay counts; "thứ Hai" is Monday. Written out here, never from the browser's locale. */
const WEEKDAYS = {
  vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

/** '2025-11-03' → 'thứ Hai' ('Monday'). */
export function weekdayName(iso: string, lang: 'vi' | 'en' = 'vi'): string {
  // Day 0, 1970-01-01, was a Thursday.
  return WEEKDAYS[lang][(((dayNumberOf(iso) + 4) % 7) + 7) % 7];
}

/**
 * A day as an officer reads it with its weekday, "thứ Hai, 03/11/2025"; with the time of a local
 * 'YYYY-MM-DDTHH:mm', "09:00 thứ Hai, 03/11/2025" (English: "09:00 Monday, 03/11/2025"). Every deadline and every
 * moment the report, the pane and the command line show is written by this.
 */
export function formatMoment(moment: string, lang: 'vi' | 'en' = 'vi'): string {
  const iso = moment.slice(0, 10);
  const day = `${weekdayName(iso, lang)}, ${formatVnDate(iso)}`;
  const time = moment.slice(11, 16);
  return time === '' ? day : `${time} ${day}`;
}

/**
 * When a report is due (local 'YYYY-MM-DDTHH:mm'): "trước 09:00 thứ Hai, 27/10/2025", or "trước thứ Tư, 01/07/2026"
 * for a report due at 00:00 (the plan's "trước ngày 01/7/2026": the evening before is in time).
 */
export function formatDeadline(deadline: string, lang: 'vi' | 'en' = 'vi'): string {
  const moment = deadline.slice(11, 16) === '00:00' ? deadline.slice(0, 10) : deadline;
  return `${lang === 'vi' ? 'trước' : 'before'} ${formatMoment(moment, lang)}`;
}

/**
 * How the report writes figures and dates in Vietnamese: a decimal comma ("84,9%"), a dot between
 * thousands ("1.234"), targets as "≥ 95%", dates as dd/mm/yyyy. The layout, the narrative, the config
 * sheet, the pane and the command line all write them through here, so they never disagree.
 */
import { format } from 'date-fns';
import { parseIsoDate } from './dates';

/** 84.94 with one digit → "84,9". */
export function formatDecimal(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',');
}

/** A percentage with one decimal, "84,9%"; an em dash when there is no value (nobody to count). */
export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${formatDecimal(percent, 1)}%`;
}

/** A target level as the plan writes it: 95 → "95", 99.5 → "99,5". */
export function formatTargetValue(value: number): string {
  return String(value).replace('.', ',');
}

/** "≥ 95%", or "> 95%" for a target that must be exceeded. */
export function formatTarget(target: { op: '>' | '>='; value: number }): string {
  return `${target.op === '>' ? '>' : '≥'} ${formatTargetValue(target.value)}%`;
}

/** A whole number with a dot between thousands: 1234567 → "1.234.567". */
export function formatCount(n: number): string {
  const digits = String(Math.abs(n));
  return `${n < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, '.')}`;
}

/** '2026-01-05' → '05/01/2026'; throws InvalidDateError for anything but a calendar date. */
export function formatVnDate(iso: string): string {
  return format(parseIsoDate(iso), 'dd/MM/yyyy');
}

/**
 * When a report is due (local 'YYYY-MM-DDTHH:mm'), as the plans write it: "trước 09:00 ngày 27/10/2025", or
 * "trước ngày 01/07/2026" for a report due at 00:00 ("trước ngày 01/7/2026": the evening before is in time).
 */
export function formatDeadline(deadline: string, lang: 'vi' | 'en' = 'vi'): string {
  const day = formatVnDate(deadline.slice(0, 10));
  const time = deadline.slice(11, 16);
  if (time === '00:00') return lang === 'vi' ? `trước ngày ${day}` : `before ${day}`;
  return lang === 'vi' ? `trước ${time} ngày ${day}` : `before ${time} on ${day}`;
}

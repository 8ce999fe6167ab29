/**
 * How the report writes figures and dates in Vietnamese: a decimal comma ("84,9%"), a dot between
 * thousands ("1.234"), targets as "≥ 95%", dates as dd/mm/yyyy. The layout, the narrative, the config
 * sheet, the pane and the command line all write them through here, so they never disagree.
 */
import { format } from 'date-fns';
import { parseIsoDate } from './dates';

export { formatCount, formatDecimal, formatPercent, formatTarget, formatTargetValue } from './numbers';

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

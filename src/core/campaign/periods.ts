/**
 * Reporting periods and dates of a campaign. Dates cross this API as 'YYYY-MM-DD' strings; inside, they are
 * local-midnight Dates (core/dates.ts); a malformed date throws InvalidDateError.
 */
import {
  addDays,
  differenceInCalendarDays,
  differenceInCalendarISOWeeks,
  format,
  max,
  min,
  startOfISOWeek,
} from 'date-fns';
import type { Campaign } from './schema';
import type { CampaignWeek } from '../vocabulary';
import { formatIsoDate, parseIsoDate } from '../dates';
import { formatVnDate } from '../format';

export type CampaignPhase = 'before' | 'during' | 'after';

/** A reporting week: calendar week Monday–Sunday, clipped to the campaign. Week 1 holds the start date. */

export interface WeekOf extends CampaignWeek {
  /** When that week's report is due, local time 'YYYY-MM-DDTHH:mm'. */
  deadline: string;
  /** Calendar days from the as-of date to the campaign end; 0 on the last day and after. */
  daysLeft: number;
  phase: CampaignPhase;
}


function weekContaining(day: Date, start: Date, end: Date): { index: number; monday: Date; from: Date; to: Date } {
  const monday = startOfISOWeek(day);
  return {
    index: differenceInCalendarISOWeeks(day, start) + 1,
    monday,
    from: max([monday, start]),
    to: min([addDays(monday, 6), end]),
  };
}

/** The campaign's reporting weeks in order; the first and last may be short. */
export function campaignWeeks(campaign: Pick<Campaign, 'start' | 'end'>): CampaignWeek[] {
  const start = parseIsoDate(campaign.start);
  const end = parseIsoDate(campaign.end);
  const weeks: CampaignWeek[] = [];
  for (let day = start; day <= end; ) {
    const week = weekContaining(day, start, end);
    weeks.push({ index: week.index, from: formatIsoDate(week.from), to: formatIsoDate(week.to) });
    day = addDays(week.monday, 7);
  }
  return weeks;
}

/**
 * The day the final report must be in before ("trước ngày 01/7/2026"): the plan's date, or the day after the
 * campaign's last day when the plan names none. The report is due at 00:00 of that day.
 */
export function finalReportBefore(campaign: Pick<Campaign, 'end' | 'reporting'>): string {
  return campaign.reporting.finalReportDue ?? formatIsoDate(addDays(parseIsoDate(campaign.end), 1));
}

/**
 * When a week's report is due, local 'YYYY-MM-DDTHH:mm': the first reporting weekday and time after the week's
 * Sunday. The final report replaces the weekly report of the week it falls due in (seed 000: the last week,
 * "trước ngày 15/11/2025"), but never gives a week a deadline before the week starts: a week after the final
 * report's date (seed 004: 14–15/9/2026, the final report before 10/9) keeps its weekly deadline.
 */
function weekDeadline(campaign: Campaign, monday: Date, from: Date): string {
  // ISO weekday 1 (Monday) … 7 (Sunday) is exactly the number of days after the week's Sunday.
  const weekly = `${formatIsoDate(addDays(monday, 6 + campaign.reporting.weekday))}T${campaign.reporting.time}`;
  const final = `${finalReportBefore(campaign)}T00:00`;
  return final < weekly && final > `${formatIsoDate(from)}T00:00` ? final : weekly;
}

/** The reporting week an as-of date falls in. Before the start it is week 1, after the end the last week. */
export function weekOf(campaign: Campaign, asOf: string): WeekOf {
  const start = parseIsoDate(campaign.start);
  const end = parseIsoDate(campaign.end);
  const at = parseIsoDate(asOf);
  const phase: CampaignPhase = at < start ? 'before' : at > end ? 'after' : 'during';
  const day = phase === 'before' ? start : phase === 'after' ? end : at;
  const week = weekContaining(day, start, end);
  return {
    index: week.index,
    from: formatIsoDate(week.from),
    to: formatIsoDate(week.to),
    deadline: weekDeadline(campaign, week.monday, week.from),
    daysLeft: Math.max(0, differenceInCalendarDays(end, at)),
    phase,
  };
}

/** 'YYYY-MM-DD' → yyyymmdd as an integer, the form ages are computed in. */
export function ymd(dateString: string): number {
  const date = parseIsoDate(dateString);
  return date.getFullYear() * 10000 + (date.getMonth() + 1) * 100 + date.getDate();
}

/**
 * Completed years between two yyyymmdd dates. Someone born on 29 February turns a year older on 1 March
 * in a non-leap year (0301 is past 0229, 0228 is not). Negative when the birth is after the as-of date.
 */
export function ageOnDate(birthYmd: number, asOfYmd: number): number {
  const years = Math.floor(asOfYmd / 10000) - Math.floor(birthYmd / 10000);
  return asOfYmd % 10000 < birthYmd % 10000 ? years - 1 : years;
}

/**
 * The date line of an administrative document (Decree 30/2020/NĐ-CP, Appendix I):
 * "Bờ Y, ngày 05 tháng 01 năm 2026". Days below 10 and months 1–2 take a leading zero, other months none.
 */
export function vnDateLine(place: string, iso: string): string {
  const date = parseIsoDate(iso);
  const month = date.getMonth() + 1;
  const monthText = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${format(date, 'dd')} tháng ${monthText} năm ${date.getFullYear()}`;
}

/**
 * What to tell whoever reports as of a date outside the campaign, Vietnamese and English; null inside it. Such a
 * report counts as the first or the last week, which is rarely what was meant (the pane's "today" after the end).
 */
export function asOfNotice(campaign: Pick<Campaign, 'start' | 'end'>, asOf: string): { vi: string; en: string } | null {
  if (asOf >= campaign.start && asOf <= campaign.end) return null;
  const at = formatVnDate(asOf);
  const span = `${formatVnDate(campaign.start)} – ${formatVnDate(campaign.end)}`;
  if (asOf < campaign.start) {
    return {
      vi: `Ngày số liệu ${at} là trước khi đợt bắt đầu (${span}): báo cáo được tính như tuần đầu của đợt. Hãy chọn một ngày trong đợt, hoặc kiểm tra lại kế hoạch đã chọn.`,
      en: `The as-of date ${at} is before the campaign starts (${span}): the report counts it as the campaign's first week. Choose a date within the campaign, or check the campaign chosen.`,
    };
  }
  return {
    vi: `Ngày số liệu ${at} là sau khi đợt đã kết thúc (${span}): báo cáo được tính như tuần cuối của đợt, tuổi tính đến ngày ${at}. Hãy chọn ngày kết thúc đợt (${formatVnDate(campaign.end)}) hoặc một ngày trong đợt, hoặc kiểm tra lại kế hoạch đã chọn.`,
    en: `The as-of date ${at} is after the campaign ended (${span}): the report counts it as the campaign's last week, with ages at ${at}. Choose the campaign's last day (${formatVnDate(campaign.end)}) or a date within it, or check the campaign chosen.`,
  };
}

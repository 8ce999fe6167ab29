/**
 * The period a report covers, for each cadence a campaign declares: the week (periods.ts) and the longer ones
 * (seed 004 §IV.1: "hằng tháng (trước ngày 10 hằng tháng)"; seed 003 §IV.1(4): "hàng tuần/hàng tháng/6 tháng/năm").
 * Calendar months, quarters, half-years and years, clipped to the campaign like its weeks; each named as the
 * report's title names it ("Tháng 7/2026"), with the period before it and its deadline. Which report to make at a
 * given moment follows the week's rule: after a period ends and before its deadline, that period.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { Campaign, PeriodKind } from './schema';
import { finalReportBefore, weekOf, campaignWeeks, type CampaignPhase } from './periods';
import { formatIsoDate, parseIsoDate } from '../dates';

export type ReportPeriodKind = 'week' | PeriodKind;

/** One period of a cadence, clipped to the campaign. */
export interface CampaignPeriod {
  kind: ReportPeriodKind;
  /** 1 for the period holding the campaign's start. */
  index: number;
  /** "Tuần 3", "Tháng 7/2026", "Quý III/2026", "6 tháng đầu năm 2026", "Năm 2026". */
  label: string;
  from: string;
  to: string;
  /** When its report is due, local 'YYYY-MM-DDTHH:mm'. */
  deadline: string;
}

/** The period of an as-of date, as a report shows it. */
export interface ReportPeriod extends CampaignPeriod {
  /** Calendar days from the as-of date to the campaign end; 0 on the last day and after. */
  daysLeft: number;
  phase: CampaignPhase;
  /** The period before, which the report compares with; null for the first. */
  previous: Pick<CampaignPeriod, 'index' | 'label' | 'from' | 'to'> | null;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The calendar period holding a date: its first and last day and its name. */
function calendarPeriod(kind: PeriodKind, date: Date): { from: Date; to: Date; label: string } {
  const y = date.getFullYear();
  const m = date.getMonth();
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : kind === 'half-year' ? 6 : 12;
  const first = Math.floor(m / months) * months;
  const from = new Date(y, first, 1);
  const to = new Date(y, first + months, 0);
  const label =
    kind === 'month'
      ? `Tháng ${m + 1}/${y}`
      : kind === 'quarter'
        ? `Quý ${ROMAN[first / 3]}/${y}`
        : kind === 'half-year'
          ? `6 tháng ${first === 0 ? 'đầu' : 'cuối'} năm ${y}`
          : `Năm ${y}`;
  return { from, to, label };
}

/**
 * When a longer period's report is due: before the declared day of the month after the period (00:00), else by
 * the period's last day. As for weeks, the final report replaces the report of the period it falls due in, and
 * no period gets a deadline before it starts.
 */
function periodDeadline(campaign: Campaign, kind: PeriodKind, calendarTo: Date, from: string): string {
  const day = campaign.reporting.cadences.find((c) => c.period === kind)?.dueBeforeDay;
  const next = addDays(calendarTo, 1);
  const due = day === undefined ? next : new Date(next.getFullYear(), next.getMonth(), day);
  const own = `${formatIsoDate(due)}T00:00`;
  const final = `${finalReportBefore(campaign)}T00:00`;
  return final < own && final > `${from}T00:00` ? final : own;
}

/** Every period of a cadence over the campaign, in order; the first and last may be short. */
export function campaignPeriods(campaign: Campaign, kind: ReportPeriodKind): CampaignPeriod[] {
  if (kind === 'week') {
    return campaignWeeks(campaign).map((w) => ({ kind, ...w, label: `Tuần ${w.index}`, deadline: weekOf(campaign, w.from).deadline }));
  }
  const start = parseIsoDate(campaign.start);
  const end = parseIsoDate(campaign.end);
  const periods: CampaignPeriod[] = [];
  for (let day = start; day <= end; ) {
    const p = calendarPeriod(kind, day);
    const from = formatIsoDate(p.from < start ? start : p.from);
    const to = formatIsoDate(p.to > end ? end : p.to);
    periods.push({ kind, index: periods.length + 1, label: p.label, from, to, deadline: periodDeadline(campaign, kind, p.to, from) });
    day = addDays(p.to, 1);
  }
  return periods;
}

/** The cadences a campaign reports on: the week, then those it declares. */
export function reportCadences(campaign: Campaign): ReportPeriodKind[] {
  return ['week', ...campaign.reporting.cadences.map((c) => c.period)];
}

/** The period of a cadence an as-of date falls in: before the start the first, after the end the last. */
export function periodOf(campaign: Campaign, kind: ReportPeriodKind, asOf: string): ReportPeriod {
  const periods = campaignPeriods(campaign, kind);
  const day = asOf < campaign.start ? campaign.start : asOf > campaign.end ? campaign.end : asOf;
  const i = periods.findIndex((p) => p.from <= day && day <= p.to);
  const previous = i > 0 ? periods[i - 1] : null;
  return {
    ...periods[i],
    daysLeft: Math.max(0, differenceInCalendarDays(parseIsoDate(campaign.end), parseIsoDate(asOf))),
    phase: asOf < campaign.start ? 'before' : asOf > campaign.end ? 'after' : 'during',
    previous: previous && { index: previous.index, label: previous.label, from: previous.from, to: previous.to },
  };
}

/** A report the doors can make at a given moment: the as-of date it takes and the period it covers. */
export interface ReportChoice {
  asOf: string;
  period: ReportPeriod;
  /** 'ended': the period of the campaign that ended last; 'today': the period of today (or today outside the campaign). */
  which: 'ended' | 'today';
}

export interface ReportChoices {
  chosen: ReportChoice;
  other: ReportChoice | null;
}

/**
 * Which report of a cadence to make at `now` (local 'YYYY-MM-DDTHH:mm'), and the other one the officer may switch
 * to. A report made after a period has ended and before its deadline covers that period (seed 000 §IV.3, Monday
 * before 09:00; seed 004 §IV.1, up to Tuesday 15:00, and a month up to the 10th): its as-of date is the period's
 * last day, so lists dated that day are current. Otherwise the report is today's, and the period that ended last
 * is the other choice.
 */
export function reportChoices(campaign: Campaign, now: string, kind: ReportPeriodKind = 'week'): ReportChoices {
  const today = now.slice(0, 10);
  const todays: ReportChoice = { asOf: today, period: periodOf(campaign, kind, today), which: 'today' };
  const ended = campaignPeriods(campaign, kind)
    .filter((p) => p.to < today)
    .at(-1);
  if (ended === undefined) return { chosen: todays, other: null };
  const endedChoice: ReportChoice = { asOf: ended.to, period: periodOf(campaign, kind, ended.to), which: 'ended' };
  return now < ended.deadline ? { chosen: endedChoice, other: todays } : { chosen: todays, other: endedChoice };
}


const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A period's name in English, for the pane's English side: "Week 3", "July 2026", "Q3 2026", "First half of 2026", "2026". */
export function periodNameEn(period: Pick<CampaignPeriod, 'kind' | 'index' | 'from'>): string {
  if (period.kind === 'week') return `Week ${period.index}`;
  const d = parseIsoDate(period.from);
  const y = d.getFullYear();
  const m = d.getMonth();
  if (period.kind === 'month') return `${MONTHS_EN[m]} ${y}`;
  if (period.kind === 'quarter') return `Q${Math.floor(m / 3) + 1} ${y}`;
  if (period.kind === 'half-year') return `${m < 6 ? 'First' : 'Second'} half of ${y}`;
  return String(y);
}

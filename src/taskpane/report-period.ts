/**
 * The period the pane will report, as the campaign card shows it: which week (or month, for a campaign that
 * reports monthly) the as-of date falls in, whether it is the period just ended (made before its deadline) or
 * today's, the other one the officer may switch to, and the notice for an as-of date outside the campaign. The
 * rules are the engine's (campaign/report-periods.ts).
 */
import type { Campaign } from '../core/campaign/schema';
import { asOfNotice } from '../core/campaign/periods';
import { periodOf, reportCadences, reportChoices, type ReportChoice, type ReportPeriod, type ReportPeriodKind } from '../core/campaign/report-periods';
import { checkTypedDate, isIsoDate, type DateProblem } from '../core/dates';
import { formatVnDate } from '../core/format';
import type { Translation } from './i18n';

export interface ReportPeriodView {
  period: ReportPeriod;
  /** Which of the two reports the as-of date is; null for a date the officer typed that is neither. */
  which: ReportChoice['which'] | null;
  /** The report to offer instead, inside the campaign: the default when a date was typed, else the other period. */
  alternative: ReportChoice | null;
  /** Set when the as-of date is outside the campaign. */
  notice: Translation | null;
}

/** The cadence asked for, when the campaign reports on it; else the week (a campaign chosen later may not). */
export function cadenceIn(campaign: Campaign, cadence: ReportPeriodKind): ReportPeriodKind {
  return reportCadences(campaign).includes(cadence) ? cadence : 'week';
}

/** The as-of field as the pane holds it: the text shown, the date it reads as, or why it reads as none. */
export interface AsOfField {
  text: string;
  /** YYYY-MM-DD, or '' while the text is not a date. */
  asOf: string;
  problem: DateProblem | null;
}

/**
 * What the officer typed (null before they type: the default date, shown dd/mm/yyyy), read day first whatever the
 * browser's language: "07/01/2026" is 7 January (issue 13 §2).
 */
export function asOfField(typed: string | null, fallback: string): AsOfField {
  if (typed === null) return { text: formatVnDate(fallback), asOf: fallback, problem: null };
  const checked = checkTypedDate(typed);
  return checked.ok ? { text: typed, asOf: checked.iso, problem: null } : { text: typed, asOf: '', problem: checked.problem };
}

/** The as-of date the pane starts with at `now` (local YYYY-MM-DDTHH:mm). */
export function defaultAsOf(campaign: Campaign, now: string, cadence: ReportPeriodKind = 'week'): string {
  return reportChoices(campaign, now, cadenceIn(campaign, cadence)).chosen.asOf;
}

/** What the campaign card says of an as-of date; null while the date typed is not a date. */
export function reportPeriodView(campaign: Campaign, now: string, asOf: string, cadence: ReportPeriodKind = 'week'): ReportPeriodView | null {
  if (!isIsoDate(asOf)) return null;
  const kind = cadenceIn(campaign, cadence);
  const { chosen, other } = reportChoices(campaign, now, kind);
  const which = asOf === chosen.asOf ? chosen.which : other && asOf === other.asOf ? other.which : null;
  // Only a period of the campaign is worth switching to: today after the end is the same last period, with a notice.
  const candidate = asOf !== chosen.asOf ? chosen : other && other.asOf !== asOf ? other : null;
  const alternative = candidate?.period.phase === 'during' ? candidate : null;
  return { period: periodOf(campaign, kind, asOf), which, alternative, notice: asOfNotice(campaign, asOf) };
}

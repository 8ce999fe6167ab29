/**
 * The week the pane will report, as the campaign card shows it: which week the as-of date falls in, whether it
 * is the week just ended (made before its deadline) or today's, the other week the officer may switch to, and
 * the notice for an as-of date outside the campaign. The rules are the engine's (campaign/periods.ts).
 */
import type { Campaign } from '../core/campaign/schema';
import { asOfNotice, reportChoices, weekOf, type ReportChoice, type WeekOf } from '../core/campaign/periods';
import { isIsoDate } from '../core/dates';
import type { Translation } from './i18n';

export interface ReportWeek {
  week: WeekOf;
  /** Which of the two reports the as-of date is; null for a date the officer typed that is neither. */
  which: ReportChoice['which'] | null;
  /** The report to offer instead, inside the campaign: the default when a date was typed, else the other week. */
  alternative: ReportChoice | null;
  /** Set when the as-of date is outside the campaign. */
  notice: Translation | null;
}

/** The as-of date the pane starts with at `now` (local YYYY-MM-DDTHH:mm). */
export function defaultAsOf(campaign: Campaign, now: string): string {
  return reportChoices(campaign, now).chosen.asOf;
}

/** What the campaign card says of an as-of date; null while the date typed is not a date. */
export function reportWeek(campaign: Campaign, now: string, asOf: string): ReportWeek | null {
  if (!isIsoDate(asOf)) return null;
  const { chosen, other } = reportChoices(campaign, now);
  const which = asOf === chosen.asOf ? chosen.which : other && asOf === other.asOf ? other.which : null;
  // Only a week of the campaign is worth switching to: today after the end is the same last week, with a notice.
  const candidate = asOf !== chosen.asOf ? chosen : other && other.asOf !== asOf ? other : null;
  const alternative = candidate?.week.phase === 'during' ? candidate : null;
  return { week: weekOf(campaign, asOf), which, alternative, notice: asOfNotice(campaign, asOf) };
}

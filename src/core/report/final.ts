/**
 * The final report's figures: the commune's value of each indicator week by week (from the
 * history) and whether each target was met at its deadline. Who is commended and who is criticised
 * (seed 000 §III.9) is judged in report/standings.ts and carried by the report model.
 */
import { campaignWeeks } from '../campaign/periods';
import type { HistoryRow } from '../history/history';
import { meetsTarget } from './count';
import type { ReportModel } from './model';

export interface WeekPoint {
  index: number;
  from: string;
  to: string;
  /** The last snapshot taken in that week, else the forms' dated rows of that week; null when there is neither. */
  numerator: number | null;
  denominator: number | null;
  percent: number | null;
  /** Where the figures come from: a consolidation of that week, the forms' rows, or nowhere ("Chưa tổng hợp"). */
  source: 'history' | 'forms' | null;
  /** A count indicator's week that no form reported: "Chưa báo cáo", not 0/0. */
  notReported: boolean;
}

export interface DeadlineCheck {
  id: string;
  deadline: string;
  /** The last commune snapshot on or before the deadline (this run's when the deadline is still ahead). */
  asOf: string | null;
  percent: number | null;
  met: boolean | null;
}

/** The commune-level history rows of an indicator: villages when it applies to villages, else units. */
function communeRows(model: ReportModel, id: string): HistoryRow[] {
  const info = model.indicators.find((i) => i.id === id);
  if (!info) return [];
  const kind = info.appliesTo.includes('village') ? 'commune-village' : 'commune-unit';
  return model.history.filter((r) => r.indicator === id && r.kind === kind);
}

const pct = (n: number, d: number) => (d === 0 ? null : (n / d) * 100);

/**
 * The commune's value of an indicator week by week: the last consolidation of each week; for a count indicator,
 * a week nobody consolidated (or consolidated before any form had its rows) takes the forms' dated rows of that
 * week, and a week no form reported is "not reported".
 */
export function weekByWeek(model: ReportModel, id: string): WeekPoint[] {
  const rows = communeRows(model, id);
  const formWeeks = model.indicators.find((i) => i.id === id)?.formWeeks;
  return campaignWeeks(model.campaign).map((w) => {
    const inWeek = rows.filter((r) => r.week === w.index).sort((a, b) => (a.asOf === b.asOf ? a.madeAt.localeCompare(b.madeAt) : a.asOf.localeCompare(b.asOf)));
    const last = inWeek.length > 0 ? inWeek[inWeek.length - 1] : undefined;
    const fromForms = formWeeks?.find((f) => f.week === w.index);
    if (fromForms && (!last || last.denominator === 0)) {
      if (fromForms.rows === 0) return { ...w, numerator: null, denominator: null, percent: null, source: null, notReported: true };
      return { ...w, numerator: fromForms.numerator, denominator: fromForms.denominator, percent: pct(fromForms.numerator, fromForms.denominator), source: 'forms', notReported: false };
    }
    return { ...w, numerator: last?.numerator ?? null, denominator: last?.denominator ?? null, percent: last ? pct(last.numerator, last.denominator) : null, source: last ? 'history' : null, notReported: false };
  });
}

export function deadlineChecks(model: ReportModel): DeadlineCheck[] {
  return model.indicators.map((info) => {
    const rows = communeRows(model, info.id).filter((r) => r.asOf <= info.deadline);
    rows.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.madeAt.localeCompare(b.madeAt));
    const last = rows.length > 0 ? rows[rows.length - 1] : undefined;
    return {
      id: info.id,
      deadline: info.deadline,
      asOf: last?.asOf ?? null,
      percent: last ? pct(last.numerator, last.denominator) : null,
      met: last ? meetsTarget(last.numerator, last.denominator, info.target) : null,
    };
  });
}

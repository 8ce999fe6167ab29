/**
 * The weekly comparison: this week's value of every indicator for every entity against last
 * week's and the last snapshot's, the change in percentage points, the rank among entities of the
 * same kind, and the two alarms the plans ask for: a rate that did not rise since the last
 * snapshot (seed 000: every day must beat the day before) and a week below the required pace
 * (seed 002: ≥ 10 points a week, pro-rated to the days since last week's snapshot).
 */
import type { HistoryRow } from '../history/history';
import { COMMUNE_TOTAL_NAME } from '../history/history';
import type { IndicatorValue, ReportFigures } from './model';
import { shownIndicators } from './shown';
import { ENTITY_KINDS, type EntityKind } from '../vocabulary';
import { differenceInCalendarDays } from 'date-fns';
import { parseIsoDate } from '../dates';

export interface Comparison {
  name: string;
  kind: EntityKind;
  value: IndicatorValue;
  /** Percent at the last snapshot of an earlier week, and that snapshot's date. */
  lastWeek: { percent: number | null; asOf: string } | null;
  /** value.percent − lastWeek.percent in percentage points. */
  deltaPoints: number | null;
  /** 1 = best among entities of the same kind; ties share a rank; null without a percent. */
  rank: number | null;
  /** Not higher than at the previous snapshot (any earlier date). */
  stalled: boolean;
  /** Rose less than the campaign's required points per week, pro-rated to the days since last week's snapshot. */
  behindPace: boolean;
}

export interface IndicatorComparison {
  id: string;
  rows: Comparison[];
  totals: Partial<Record<EntityKind, Comparison>>;
}

const percentOf = (r: HistoryRow) => (r.denominator === 0 ? null : (r.numerator / r.denominator) * 100);

/** Latest history row per (entity, kind, indicator) that satisfies `when`. */
function latest(history: readonly HistoryRow[], when: (r: HistoryRow) => boolean): Map<string, HistoryRow> {
  const out = new Map<string, HistoryRow>();
  for (const r of history) {
    if (!when(r)) continue;
    const key = `${r.kind}\u0000${r.entity}\u0000${r.indicator}`;
    const seen = out.get(key);
    if (!seen || seen.asOf < r.asOf || (seen.asOf === r.asOf && seen.madeAt < r.madeAt)) out.set(key, r);
  }
  return out;
}

function ranks(rows: Comparison[]): void {
  for (const kind of ENTITY_KINDS) {
    const ranked = rows.filter((r) => r.kind === kind && r.value.percent !== null).sort((a, b) => (b.value.percent ?? 0) - (a.value.percent ?? 0));
    ranked.forEach((r, i) => {
      const prev = i > 0 ? ranked[i - 1] : undefined;
      r.rank = prev && prev.value.percent === r.value.percent ? prev.rank : i + 1;
    });
  }
}

export function compareWithHistory(model: ReportFigures): IndicatorComparison[] {
  // The last snapshot before this period began: last week's for a weekly report, last month's for a monthly one.
  const lastWeek = latest(model.history, (r) => r.asOf < model.period.from);
  const previous = latest(model.history, (r) => r.asOf < model.asOf);
  const pace = new Map(model.indicators.map((i) => [i.id, i.pacePointsPerWeek]));
  const compare = (name: string, kind: EntityKind, historyKind: HistoryRow['kind'], id: string, value: IndicatorValue): Comparison => {
    const key = `${historyKind}\u0000${name}\u0000${id}`;
    const lw = lastWeek.get(key);
    const prev = previous.get(key);
    const lastPercent = lw ? percentOf(lw) : null;
    const prevPercent = prev ? percentOf(prev) : null;
    const deltaPoints = value.percent !== null && lastPercent !== null ? value.percent - lastPercent : null;
    // Seed 002's "≥ 10 điểm mỗi tuần" is owed by the days gone: a Tuesday run owes 2/7 of it, not all ten points.
    const perWeek = pace.get(id);
    const required = perWeek === undefined || !lw ? undefined : (perWeek * differenceInCalendarDays(parseIsoDate(model.asOf), parseIsoDate(lw.asOf))) / 7;
    return {
      name,
      kind,
      value,
      lastWeek: lw ? { percent: lastPercent, asOf: lw.asOf } : null,
      deltaPoints,
      rank: null,
      // Already at 100% cannot rise: that is not a stall.
      stalled: value.percent !== null && prevPercent !== null && value.percent <= prevPercent && value.percent < 100,
      behindPace: required !== undefined && deltaPoints !== null && deltaPoints < required && (value.percent ?? 0) < 100,
    };
  };
  return shownIndicators(model).map((ind) => {
    const rows = model.entities.filter((e) => Object.hasOwn(e.indicators, ind.id)).map((e) => compare(e.name, e.kind, e.kind, ind.id, e.indicators[ind.id]));
    ranks(rows);
    const totals: IndicatorComparison['totals'] = {};
    for (const kind of ENTITY_KINDS) {
      const t = model.totals[kind];
      // A total under rows of its kind only: units that all sent count forms have no total for a person indicator.
      if (rows.some((r) => r.kind === kind) && Object.hasOwn(t.indicators, ind.id)) {
        totals[kind] = compare(COMMUNE_TOTAL_NAME[kind], kind, kind === 'village' ? 'commune-village' : 'commune-unit', ind.id, t.indicators[ind.id]);
      }
    }
    return { id: ind.id, rows, totals };
  });
}

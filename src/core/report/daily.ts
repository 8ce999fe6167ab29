/**
 * Day by day, when consolidations are daily (seed 000 §I.2: "Bảo đảm có kết quả hằng ngày, tỷ lệ ngày hôm sau phải
 * cao hơn ngày hôm trước"): each village's and unit's rate on each day of the report's period that was
 * consolidated, the change since the day before, and the days that did not rise. Read from the history, this run
 * included; a period with fewer than two consolidated days has no series.
 */
import { addDays } from 'date-fns';
import { formatIsoDate, parseIsoDate } from '../dates';
import { COMMUNE_TOTAL_NAME, type HistoryRow } from '../history/history';
import type { ReportFigures } from './model';
import { ENTITY_KINDS, type EntityKind } from '../vocabulary';

/** The last six days at most: with the names and the change since the day before they fit the signed report's page. */
export const MAX_DAYS = 6;

export interface DayPoint {
  percent: number | null;
  /** Percentage points since the day before; null without a consolidation of the day before. */
  change: number | null;
  /** Did not rise since the day before (a rate already at 100% cannot rise and is not flagged). */
  stalled: boolean;
}

export interface DailyRow {
  name: string;
  kind: EntityKind;
  /** True for the commune's total of the kind. */
  total: boolean;
  /** One per day of the series, null where that day has no figure for the row. */
  days: (DayPoint | null)[];
}

export interface DailySeries {
  indicator: string;
  /** The consolidated days, oldest first (YYYY-MM-DD). */
  days: string[];
  rows: DailyRow[];
}

const percentOf = (r: HistoryRow) => (r.denominator === 0 ? null : (r.numerator / r.denominator) * 100);
const dayBefore = (iso: string) => formatIsoDate(addDays(parseIsoDate(iso), -1));

export function dailySeries(model: Pick<ReportFigures, 'history' | 'asOf' | 'period' | 'entities'>, indicator: string): DailySeries | null {
  const rows = model.history.filter((r) => r.indicator === indicator && r.asOf <= model.asOf);
  const days = [...new Set(rows.filter((r) => r.asOf >= model.period.from).map((r) => r.asOf))].sort().slice(-MAX_DAYS);
  if (days.length < 2) return null;
  // The last consolidation of each row on each day.
  const last = new Map<string, HistoryRow>();
  for (const r of rows) {
    const key = `${r.kind}\u0000${r.entity}\u0000${r.asOf}`;
    const seen = last.get(key);
    if (!seen || seen.madeAt <= r.madeAt) last.set(key, r);
  }
  const point = (kind: HistoryRow['kind'], name: string, day: string): DayPoint | null => {
    const today = last.get(`${kind}\u0000${name}\u0000${day}`);
    if (!today) return null;
    const percent = percentOf(today);
    const before = last.get(`${kind}\u0000${name}\u0000${dayBefore(day)}`);
    const previous = before ? percentOf(before) : null;
    const change = percent !== null && previous !== null ? percent - previous : null;
    return { percent, change, stalled: change !== null && change <= 0 && (percent ?? 0) < 100 };
  };
  const out: DailyRow[] = [];
  for (const kind of ENTITY_KINDS) {
    const entities = model.entities.filter((e) => e.kind === kind && Object.hasOwn(e.indicators, indicator));
    if (entities.length === 0) continue;
    for (const e of entities) out.push({ name: e.name, kind, total: false, days: days.map((d) => point(kind, e.name, d)) });
    const communeKind = kind === 'village' ? 'commune-village' : 'commune-unit';
    out.push({ name: COMMUNE_TOTAL_NAME[kind], kind, total: true, days: days.map((d) => point(communeKind, COMMUNE_TOTAL_NAME[kind], d)) });
  }
  return { indicator, days, rows: out };
}

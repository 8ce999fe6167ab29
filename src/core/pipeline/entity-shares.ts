/**
 * Stage 6, last: the indicators counted over entities (ISSUE 10 §5). Seed 003 §II.2 asks "100% các cơ sở khám chữa
 * bệnh trên địa bàn sử dụng thẻ CCCD gắn chíp"; seed 002 §IV.3.a "100% các cơ sở khám, chữa bệnh BHYT thực hiện liên
 * thông dữ liệu … lên Cổng tiếp nhận dữ liệu giám định BHYT": a share of facilities, not of visits. Each village or unit
 * the indicator is for counts 1/1 when it meets the condition and 0/1 when not, so the kind's total is the entities
 * meeting it over the entities with a figure; one without a figure (its form has no row for the period, or lacks the
 * column; its own indicator has no value) has 0/0 or no value, is not counted and is named under the total.
 */
import { type EntityShareIndicator, type Target } from '../campaign/schema';
import { indicatorApplies } from '../campaign/indicator-applies';
import { MEASURE_LABELS } from '../forms/measures';
import { sumFigure } from '../forms/indicators';
import { indicatorValue, meetsTarget, noValue } from '../report/count';
import type { EntityReport, IndicatorValue, ReportModel, TotalValue } from '../report/model';
import type { FormEntity } from './read-forms';

type Totals = ReportModel['totals'];

/** The rows of a form as the period sums them: the week's (a longer period's were moved into its week by evaluate). */
export interface ShareContext {
  week: number;
  forms: readonly FormEntity[];
}

/** Meets it: 1/1; does not: 0/1; no figure to tell: 0/0, or no value when a column is missing. Undefined: not for this entity. */
function entityShare(e: EntityReport, ind: EntityShareIndicator, ctx: ShareContext): IndicatorValue | undefined {
  if (!indicatorApplies(ind, e.kind, e.name)) return undefined;
  const yes = (met: boolean) => indicatorValue(met ? 1 : 0, 1, ind.target);
  const meets = ind.meets;
  if ('indicator' in meets) {
    if (!Object.hasOwn(e.indicators, meets.indicator)) return undefined;
    const own = e.indicators[meets.indicator];
    if (own.missingColumns) return noValue(ind.target, own.missingColumns);
    if (own.numerator === null || own.denominator === null || own.denominator === 0) return indicatorValue(0, 0, ind.target);
    const level: Target | null = meets.atLeast === undefined ? null : { op: '>=', value: meets.atLeast };
    return yes(level === null ? own.met === true : meetsTarget(own.numerator, own.denominator, level) === true);
  }
  if (e.form !== meets.form) return undefined;
  const form = ctx.forms.find((f) => f.grid.sheet === e.sheet);
  if (!form) return undefined;
  if (form.match.measures[meets.measure] === undefined) return noValue(ind.target, [MEASURE_LABELS[meets.measure].vi]);
  const rows = form.read.rows.filter((r) => (meets.cumulative ? r.week <= ctx.week : r.week === ctx.week));
  if (rows.length === 0) return indicatorValue(0, 0, ind.target);
  return yes(sumFigure(rows, meets.measure, ctx.week, meets.cumulative === true) >= meets.atLeast);
}

/** One indicator's total over a kind: the entities meeting it over those with a figure; the others named. */
function shareTotal(values: readonly { name: string; value: IndicatorValue }[], target: Target): TotalValue {
  let n = 0;
  let d = 0;
  const leftOut: string[] = [];
  for (const { name, value } of values) {
    if (value.numerator === null || value.denominator === null || value.denominator === 0) {
      leftOut.push(name);
      continue;
    }
    n += value.numerator;
    d += value.denominator;
  }
  return { ...indicatorValue(n, d, target), ...(leftOut.length > 0 ? { leftOut } : {}) };
}

/** The entities with their share values added, and each kind's total. Runs after every other indicator has its values. */
export function withEntityShares(entities: readonly EntityReport[], totals: Totals, indicators: readonly EntityShareIndicator[], ctx: ShareContext): { entities: EntityReport[]; totals: Totals } {
  if (indicators.length === 0) return { entities: [...entities], totals };
  const out = entities.map((e) => ({ ...e, indicators: { ...e.indicators } }));
  const sums: Totals = { village: { ...totals.village, indicators: { ...totals.village.indicators } }, unit: { ...totals.unit, indicators: { ...totals.unit.indicators } } };
  for (const ind of indicators) {
    for (const kind of ind.appliesTo) {
      const values: { name: string; value: IndicatorValue }[] = [];
      for (const e of out) {
        if (e.kind !== kind) continue;
        const value = entityShare(e, ind, ctx);
        if (value === undefined) continue;
        e.indicators[ind.id] = value;
        values.push({ name: e.name, value });
      }
      if (values.length > 0) sums[kind].indicators[ind.id] = shareTotal(values, ind.target);
    }
  }
  return { entities: out, totals: sums };
}

/**
 * A share of facilities week by week from their forms' dated rows (for the final report's weeks nobody consolidated,
 * ISSUE 10 §8): of the senders with a row in that week, those meeting the condition. Only for a form condition.
 */
export function shareTotalsByWeek(
  forms: readonly FormEntity[],
  indicators: readonly EntityShareIndicator[],
  lastWeek: number,
): Record<string, { week: number; rows: number; numerator: number; denominator: number }[]> {
  const out: Record<string, { week: number; rows: number; numerator: number; denominator: number }[]> = {};
  for (const ind of indicators) {
    const meets = ind.meets;
    if (!('form' in meets) || !ind.appliesTo.includes('unit')) continue;
    const senders = forms.filter((f) => f.match.kind === meets.form && f.match.measures[meets.measure] !== undefined && indicatorApplies(ind, 'unit', f.name));
    if (senders.length === 0) continue;
    out[ind.id] = Array.from({ length: lastWeek }, (_, i) => {
      const week = i + 1;
      let rows = 0;
      let numerator = 0;
      let denominator = 0;
      for (const f of senders) {
        const inWeek = f.read.rows.filter((r) => (meets.cumulative ? r.week <= week : r.week === week));
        if (inWeek.length === 0) continue;
        rows += inWeek.length;
        denominator++;
        if (sumFigure(inWeek, meets.measure, week, meets.cumulative === true) >= meets.atLeast) numerator++;
      }
      return { week, rows, numerator, denominator };
    });
  }
  return out;
}

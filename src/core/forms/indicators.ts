/**
 * A count indicator's figures for one form: the sums of its numerator and denominator figures over
 * the rows of the as-of week, or over every week up to it when the indicator is cumulative (seed
 * 001's mismatches: a case found in one week is often resolved in the next).
 */
import type { Measure } from '../vocabulary';

export interface FigureRow {
  week: number;
  measures: Partial<Record<Measure, number>>;
}

/** Sum of one figure over the rows of `week`, or of weeks 1…`week` when `toDate`. */
export function sumFigure(rows: readonly FigureRow[], measure: Measure, week: number, toDate: boolean): number {
  let sum = 0;
  for (const r of rows) if (toDate ? r.week <= week : r.week === week) sum += r.measures[measure] ?? 0;
  return sum;
}

/** What a count indicator sums (campaign/schema.ts CountIndicator): a part figure over its whole, for the week or to date. */
export interface FigureRatio {
  numerator: Measure;
  denominator: Measure;
  /** Subtracted from the denominator's sum (seed 000 §III.3: visits less those without an account). */
  denominatorLess?: Measure;
  cumulative?: boolean;
}

export function countIndicatorSums(rows: readonly FigureRow[], indicator: FigureRatio, asOfWeek: number): { numerator: number; denominator: number } {
  const toDate = indicator.cumulative === true;
  return {
    numerator: sumFigure(rows, indicator.numerator, asOfWeek, toDate),
    denominator:
      sumFigure(rows, indicator.denominator, asOfWeek, toDate) - (indicator.denominatorLess === undefined ? 0 : sumFigure(rows, indicator.denominatorLess, asOfWeek, toDate)),
  };
}

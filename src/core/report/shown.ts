/**
 * Which indicators a report shows. Every person indicator, as always; a count indicator only once a
 * count form carries it, now or in an earlier snapshot: a commune whose health station sends no form
 * gets no empty table for it.
 */
import type { ReportFigures } from './model';

export function shownIndicators(model: Pick<ReportFigures, 'indicators' | 'entities' | 'history'>): ReportFigures['indicators'] {
  return model.indicators.filter(
    (i) => i.form === undefined || model.entities.some((e) => Object.hasOwn(e.indicators, i.id)) || model.history.some((r) => r.indicator === i.id),
  );
}

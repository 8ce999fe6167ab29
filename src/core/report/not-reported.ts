/**
 * A count form that has no row for the reporting week has not reported it: its weekly figure reads "Chưa báo cáo",
 * never 0/0 (issue 10 §8). A cumulative indicator still has the campaign's figure to date.
 */
import type { EntityKind } from '../vocabulary';
import type { ReportModel } from './model';

export const NOT_REPORTED = 'Chưa báo cáo';

type Info = ReportModel['indicators'][number];

/** True when the named entity is a count form with no row in the reporting week and the indicator is its weekly figure. */
export function formNotReported(model: ReportModel, info: Info, name: string, kind: EntityKind): boolean {
  if (info.form === undefined || info.cumulative) return false;
  const e = model.entities.find((x) => x.name === name && x.kind === kind);
  return e?.periodRows === 0 && Object.hasOwn(e.indicators, info.id);
}

/** True when no form carrying the indicator reported the week: the units' total has not been reported either. */
export function totalNotReported(model: ReportModel, info: Info, kind: EntityKind): boolean {
  if (info.form === undefined || info.cumulative) return false;
  const senders = model.entities.filter((e) => e.kind === kind && e.form !== undefined && Object.hasOwn(e.indicators, info.id));
  return senders.length > 0 && senders.every((e) => e.periodRows === 0) && !model.entities.some((e) => e.kind === kind && e.form === undefined && Object.hasOwn(e.indicators, info.id));
}

/** Stage 7: the report model (report/model.ts, the JSON report's shape) from what the stages found, with its standings judged. */
import type { Campaign, EntityShareIndicator } from '../campaign/schema';
import { finalReportBefore } from '../campaign/periods';
import type { ReportPeriod } from '../campaign/report-periods';
import type { HistoryRow, RejectedHistoryRow } from '../history/history';
import type { MismatchRow } from '../report/mismatches';
import type { Completeness, IndicatorInfo, ReportFigures, ReportIssue, ReportModel } from '../report/model';
import { judgeStandings } from '../report/standings';
import { dailySeries } from '../report/daily';
import { shownIndicators } from '../report/shown';
import { personRef } from '../report/person-ref';
import type { DuplicateGroup } from '../table/duplicates';
import type { ListedEntity } from '../table/listed-entity';
import { namesDates } from '../forms/detect';
import { FORM_MEASURES } from '../vocabulary';
import type { Evaluated, FormWeek } from './evaluate';
import type { FormEntity } from './read-forms';
import type { ReadSideLists } from './read-side-lists';
import type { RowLocator } from './locate';
import { excelRowOf } from '../place';

export interface ReportParts {
  campaign: Campaign;
  asOf: string;
  madeAt: string;
  /** The period the report covers: the week, or a longer period of a cadence the campaign declares. */
  period: ReportPeriod;
  sheets: ReportModel['sheets'];
  evaluated: Evaluated;
  /** Count indicators' unit totals week by week from the forms' dated rows (evaluate.ts formTotalsByWeek). */
  formWeeks: Record<string, FormWeek[]>;
  forms: readonly FormEntity[];
  issues: ReportIssue[];
  duplicates: readonly DuplicateGroup[];
  listed: readonly ListedEntity[];
  locate: RowLocator;
  mismatches: MismatchRow[];
  /** The side lists read (rosters, mismatch lists, no-level-2 lists) and the annex they give. */
  side: Pick<ReadSideLists, 'lists' | 'annex'>;
  completeness: Completeness[];
  history: HistoryRow[];
  historyOther: HistoryRow[];
  historyRejected: RejectedHistoryRow[];
}

export function assembleReport(p: ReportParts): ReportModel {
  const figures = reportFigures(p);
  return { ...figures, standings: judgeStandings(figures) };
}

/**
 * An indicator counted over entities as the report describes it: what makes one count, and the form it rests on (its
 * own, or the one of the indicator it rests on), so a form that has not reported the period reads "Chưa báo cáo".
 */
function shareInfo(campaign: Campaign, ind: EntityShareIndicator): Pick<IndicatorInfo, 'source' | 'form' | 'meets'> {
  const meets = ind.meets;
  const rest = 'indicator' in meets ? campaign.indicators.find((x) => x.id === meets.indicator) : undefined;
  const form = 'form' in meets ? meets.form : rest?.source === 'counts' ? rest.form : undefined;
  return { source: 'entities', ...(form ? { form } : {}), meets: { ...meets } };
}

function reportFigures(p: ReportParts): ReportFigures {
  const figures = figuresOf(p);
  // Seed 000 §I.2's day by day, in the JSON as on the signed page (report/daily.ts): every indicator the report shows.
  return { ...figures, daily: shownIndicators(figures).flatMap((ind) => dailySeries(figures, ind.id) ?? []) };
}

function figuresOf(p: ReportParts): Omit<ReportFigures, 'daily'> {
  const { campaign, period, issues, listed } = p;
  return {
    schemaVersion: 1,
    campaign: {
      id: campaign.id,
      name: campaign.name,
      start: campaign.start,
      end: campaign.end,
      finalReportDue: finalReportBefore(campaign),
      issuingBody: campaign.issuingBody,
      report: campaign.report,
    },
    asOf: p.asOf,
    period: {
      kind: period.kind,
      index: period.index,
      label: period.label,
      from: period.from,
      to: period.to,
      deadline: period.deadline,
      daysLeft: period.daysLeft,
      phase: period.phase,
      previous: period.previous,
    },
    indicators: campaign.indicators.map((ind) => ({
      id: ind.id,
      label: ind.label,
      appliesTo: ind.appliesTo,
      target: ind.target,
      deadline: ind.deadline ?? campaign.end,
      ...(ind.pacePointsPerWeek ? { pacePointsPerWeek: ind.pacePointsPerWeek } : {}),
      ...(ind.source === 'counts' ? { source: 'counts' as const, form: ind.form, ...(ind.cumulative ? { cumulative: true } : {}) } : {}),
      ...(Object.hasOwn(p.formWeeks, ind.id) ? { formWeeks: p.formWeeks[ind.id] } : {}),
      ...(ind.source === 'mismatches' ? { source: 'mismatches' as const } : {}),
      ...(ind.source === 'entities' ? shareInfo(campaign, ind) : {}),
    })),
    sheets: p.sheets,
    entities: p.evaluated.entities,
    totals: p.evaluated.totals,
    forms: p.forms.map((f) => ({
      sheet: f.grid.sheet,
      name: f.name,
      kind: f.match.kind,
      headerRow: excelRowOf(f.grid, f.match.row),
      measures: FORM_MEASURES[f.match.kind].filter((m) => f.match.measures[m] !== undefined),
      dated: namesDates(f.match.period),
      rows: f.read.rows,
    })),
    issueCounts: {
      error: issues.filter((i) => i.severity === 'error').length,
      warning: issues.filter((i) => i.severity === 'warning').length,
      info: issues.filter((i) => i.severity === 'info').length,
    },
    issues,
    duplicates: p.duplicates.map((d) => ({
      kind: d.kind,
      value: d.value,
      occurrences: d.occurrences.map((o) => ({
        sheet: listed[o.entity].grid.sheet,
        row: excelRowOf(listed[o.entity].grid, o.row),
        name: personRef({ grid: listed[o.entity].grid, header: p.locate.headerOfRow(o.entity, o.row) }, o.row).name,
      })),
    })),
    mismatches: p.mismatches,
    sideLists: p.side.lists,
    annex: p.side.annex,
    completeness: p.completeness,
    madeAt: p.madeAt,
    history: p.history,
    historyOther: p.historyOther,
    historyRejected: p.historyRejected,
  };
}

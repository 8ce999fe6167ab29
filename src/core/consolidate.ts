/**
 * The pipeline: Grids in, ReportModel out. Each stage is a pure function of what the stages before it found:
 *   classify sheets → read lists, read forms, read the side lists, read earlier reports → find duplicates
 *   → describe the findings → the police's working list → evaluate indicators vs targets → history → the report model.
 */
import type { Grid } from './grid';
import type { Campaign } from './campaign/schema';
import { weekOf, ymd } from './campaign/periods';
import { periodOf, type ReportPeriodKind } from './campaign/report-periods';
import { mergeHistory, snapshotRows } from './history/history';
import { buildMismatches } from './report/working-list';
import type { ReportModel } from './report/model';
import { findDuplicates } from './table/duplicates';
import { classifySheets } from './pipeline/classify-sheets';
import { readLists } from './pipeline/read-lists';
import { readForms } from './pipeline/read-forms';
import { readSideLists } from './pipeline/read-side-lists';
import { readEarlierReports } from './pipeline/read-earlier';
import { rowLocator } from './pipeline/locate';
import { personFinder } from './pipeline/find-again';
import { describeIssues } from './pipeline/describe-issues';
import { evaluate, formTotalsByWeek } from './pipeline/evaluate';
import { completenessOf } from './pipeline/completeness';
import { sheetsRead } from './pipeline/sheets-read';
import { assembleReport } from './pipeline/assemble';
import { type WorkListPick, type WorkListRequest, type WorkLists, buildWorkLists, workListPick } from './report/work-lists';

export interface ConsolidateInput {
  /** Every sheet of the workbook(s). The add-in's own sheets are not read as lists; a "Lịch sử" sheet is read as history. */
  grids: readonly Grid[];
  campaign: Campaign;
  /** As-of date, YYYY-MM-DD: ages and the reporting week are taken at this date. */
  asOf: string;
  /** When the consolidation runs, local YYYY-MM-DDTHH:mm (decides what is overdue); the as-of date at 00:00 when absent. */
  madeAt?: string;
  /** Sheets of earlier report files ("Lịch sử", "Lỗi dữ liệu"; the command line's --history): history and the police's statuses. */
  earlier?: readonly Grid[];
  /** The cadence of the report: the week (default) or a longer period the campaign declares (seed 004: a month). */
  cadence?: ReportPeriodKind;
}

export function consolidate(input: ConsolidateInput): ReportModel {
  return runStages(input).model;
}

/**
 * The report model and the door-to-door work lists (report/work-lists.ts) of the villages and units asked for, from
 * the same run: the lists hold personal data, so they are never part of the model (nor of the JSON report). `pick`
 * says which names there were to ask for and which names asked for are none of them.
 */
export function consolidateWithWorkLists(input: ConsolidateInput, request: WorkListRequest = {}): { model: ReportModel; workLists: WorkLists; pick: WorkListPick } {
  const { model, lists, duplicate, locate } = runStages(input);
  const source = { people: lists.people, duplicate, listed: lists.listed, lacking: lists.lacking, headerOfRow: locate.headerOfRow };
  return { model, workLists: buildWorkLists(source, input.campaign, input.asOf, request), pick: workListPick(lists.listed, request) };
}

function runStages({ grids, campaign, asOf, madeAt = `${asOf}T00:00`, earlier = [], cadence = 'week' }: ConsolidateInput) {
  // The history keeps weekly figures whatever the report's cadence: a monthly report is one more look at them.
  const week = weekOf(campaign, asOf);
  const period = periodOf(campaign, cadence, asOf);
  const sheetOrder = new Map(grids.map((g, i) => [g.sheet, i]));
  const classified = classifySheets(grids, campaign);
  const lists = readLists(classified.sheets, campaign, ymd(asOf));
  const forms = readForms(classified.sheets, campaign, week, asOf);
  const side = readSideLists({ sheets: classified.sheets, stacked: lists.sideBlocks, campaign, listed: lists.listed, forms: forms.forms });
  const previous = readEarlierReports(classified.sheets, earlier);
  const locate = rowLocator(lists);
  const duplicates = findDuplicates(lists.people, lists.listed, locate.headerOfRow);
  const found = [...classified.issues, ...forms.issues, ...lists.issues, ...side.issues, ...duplicates.issues, ...previous.issues];
  const issues = describeIssues(found, grids, locate);
  const entityOf = (sheet: string, row: number | null) => locate.listAt(sheet, row)?.entity.name ?? sheet;
  const mismatches = buildMismatches(issues, entityOf, previous.worked, asOf, madeAt, side.cases, personFinder(lists, locate));
  const evaluation = { campaign, asOfYmd: ymd(asOf), week: week.index, lists, duplicate: duplicates.duplicate, forms: forms.forms, mismatches, mismatchOwners: side.owners, sheetOrder };
  const weekly = evaluate(evaluation);
  const evaluated = cadence === 'week' ? weekly : evaluate({ ...evaluation, span: period });
  const snapshot = snapshotRows({ campaignId: campaign.id, week: week.index, asOf, madeAt, ...weekly });
  const model = assembleReport({
    campaign,
    asOf,
    madeAt,
    period,
    sheets: sheetsRead(classified.sheets, lists, forms, side.rowsBySheet),
    evaluated,
    formWeeks: formTotalsByWeek(forms.forms, campaign, week.index),
    forms: forms.forms,
    issues,
    duplicates: duplicates.groups,
    listed: lists.listed,
    locate,
    mismatches,
    side,
    completeness: completenessOf({ campaign, listed: lists.listed, forms: forms.forms, sheetOrder, periodFrom: period.from, pastDeadline: madeAt > period.deadline }),
    history: mergeHistory(previous.history.filter((r) => r.campaignId === campaign.id), snapshot),
    // Another campaign's rows in the same workbook are not this report's, and are written back as they were.
    historyOther: previous.history.filter((r) => r.campaignId !== campaign.id),
    historyRejected: previous.historyRejected,
  });
  return { model, lists, duplicate: duplicates.duplicate, locate };
}

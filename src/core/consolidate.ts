/**
 * The pipeline in one readable function: Grids in, ReportModel out.
 *   detect lists → read and validate rows → deduplicate → count per entity → evaluate indicators.
 */
import type { Grid } from './grid';
import type { Campaign, EntityKind, Indicator, PersonFlag } from './campaign/schema';
import { weekOf, ymd } from './campaign/periods';
import type { Issue, IssueCode, IssueParams } from './issues';
import { severityOf } from './issues';
import { issueMessage } from './messages';
import { foldKey, foldWords } from './text/fold';
import { ALIASES, type Field } from './table/aliases';
import { detectHeader, type HeaderMatch } from './table/header';
import { entityKindFromName } from './table/entity-kind';
import { readList } from './table/read-list';
import { People } from './table/people';
import { findDuplicates } from './table/duplicates';
import { countIndicators } from './report/count';
import { personRef } from './report/person-ref';
import type { Completeness, EntityReport, ReportIssue, ReportModel } from './report/model';
import { OWN_SHEETS, SHEET } from './report/sheet-names';
import { findDataDate } from './table/data-date';
import { mergeHistory, readHistory, snapshotRows } from './history/history';
import { buildMismatches, readMismatchSheet } from './report/mismatches';

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
}

/** One list read from one sheet. */
export interface ListedEntity {
  index: number;
  name: string;
  kind: EntityKind;
  grid: Grid;
  header: HeaderMatch;
  records: number;
  dataDate: string | null;
}

const FIELD_OF_FLAG: Record<PersonFlag, Field | null> = {
  resident: null, // everyone counts as a resident when the column is missing
  hasCccd: 'cccd',
  hasBhyt: 'bhyt',
  level2: 'level2',
  activated: 'activated',
  integrated: 'integrated',
  sskdt: 'sskdt',
  smartphone: 'smartphone',
  digitalSignature: 'digitalSignature',
};

export function indicatorApplies(indicator: Indicator, kind: EntityKind, name: string): boolean {
  if (!indicator.appliesTo.includes(kind)) return false;
  if (!indicator.entityNamePrefixes) return true;
  const folded = foldWords(name);
  return indicator.entityNamePrefixes.some((p) => folded.startsWith(foldWords(p)));
}

/** Columns the applicable indicators need that the list lacks: each gets one warning. */
function missingColumns(entity: ListedEntity, indicators: readonly Indicator[]): Field[] {
  const needed = new Set<Field>();
  for (const ind of indicators) {
    if (!indicatorApplies(ind, entity.kind, entity.name)) continue;
    for (const pop of [ind.denominator, ind.numerator]) {
      for (const flag of pop.flags) {
        const field = FIELD_OF_FLAG[flag];
        if (field) needed.add(field);
      }
      if (pop.minAge !== undefined && entity.header.columns.cccd === undefined) needed.add('birthDate');
    }
  }
  return [...needed].filter((f) => entity.header.columns[f] === undefined);
}

export function consolidate({ grids, campaign, asOf, madeAt = `${asOf}T00:00`, earlier = [] }: ConsolidateInput): ReportModel {
  const period = weekOf(campaign, asOf);
  const asOfYmd = ymd(asOf);
  const issues: Issue[] = [];
  const sheetIssue = (sheet: string, code: IssueCode, params: IssueParams = {}) =>
    issues.push({ sheet, row: null, column: null, code, severity: severityOf(code), params });

  const overrides = new Map(campaign.entities.map((o) => [foldKey(o.sheet), o]));
  const capacity = grids.reduce((n, g) => n + g.values.length, 0);
  const people = new People(capacity);
  const listed: ListedEntity[] = [];
  const sheets: ReportModel['sheets'] = [];

  const historySheets = earlier.filter((g) => g.sheet === SHEET.history);
  const errorSheets = earlier.filter((g) => g.sheet === SHEET.errors);
  for (const grid of grids) {
    if (OWN_SHEETS.has(grid.sheet)) {
      if (grid.sheet === SHEET.history) historySheets.push(grid);
      if (grid.sheet === SHEET.errors) errorSheets.push(grid);
      continue;
    }
    const override = overrides.get(foldKey(grid.sheet));
    if (override?.exclude) {
      sheets.push({ sheet: grid.sheet, role: 'excluded', records: 0 });
      continue;
    }
    const header = detectHeader(grid);
    if (!header) {
      sheets.push({ sheet: grid.sheet, role: 'none', records: 0 });
      sheetIssue(grid.sheet, 'SHEET_NO_HEADER');
      continue;
    }
    const entity: ListedEntity = {
      index: listed.length,
      name: override?.name ?? grid.sheet.trim(),
      kind: override?.kind ?? entityKindFromName(grid.sheet),
      grid,
      header,
      records: 0,
      dataDate: findDataDate(grid, header.row),
    };
    entity.records = readList(grid, header, entity.index, people, { asOfYmd, issues }).records;
    listed.push(entity);
    sheets.push({ sheet: grid.sheet, role: entity.kind, records: entity.records });
    if (entity.records === 0) sheetIssue(grid.sheet, 'SHEET_EMPTY');
    for (const field of missingColumns(entity, campaign.indicators)) sheetIssue(grid.sheet, 'COLUMN_MISSING', { column: ALIASES[field][0] });
  }

  const duplicates = findDuplicates(people, listed, issues);
  const counts = countIndicators(people, listed, campaign, asOfYmd);

  const entities: EntityReport[] = listed.map((e) => ({
    name: e.name,
    kind: e.kind,
    sheet: e.grid.sheet,
    records: e.records,
    counted: counts.counted[e.index],
    headerRow: e.header.row + 1 + (e.grid.rowOffset ?? 0),
    dataDate: e.dataDate,
    indicators: counts.entities[e.index],
  }));
  entities.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'village' ? -1 : 1));

  const earlierHistory = historySheets.map(readHistory);
  for (const rejected of earlierHistory.flatMap((h) => h.rejected)) {
    issues.push({ sheet: rejected.sheet, row: rejected.row, column: null, code: 'HISTORY_ROW_INVALID', severity: severityOf('HISTORY_ROW_INVALID'), params: { problem: rejected.problem } });
  }
  const snapshot = snapshotRows({ campaignId: campaign.id, week: period.index, asOf, madeAt, entities, totals: counts.totals });
  const mergedHistory = mergeHistory(
    earlierHistory.flatMap((h) => h.rows).filter((r) => r.campaignId === campaign.id),
    snapshot,
  );

  const worked = errorSheets.map(readMismatchSheet);
  for (const u of worked.flatMap((w) => w.unreadable)) {
    issues.push({ sheet: SHEET.errors, row: u.row, column: u.column, code: 'STATUS_UNRECOGNIZED', severity: severityOf('STATUS_UNRECOGNIZED'), params: { value: u.value } });
  }

  const bySheet = new Map(listed.map((e) => [e.grid.sheet, e]));
  const sheetOrder = new Map(grids.map((g, i) => [g.sheet, i]));
  issues.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? grids.length) - (sheetOrder.get(b.sheet) ?? grids.length) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').length - (b.column ?? '').length ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
  const reportIssues: ReportIssue[] = issues.map((i) => {
    const entity = bySheet.get(i.sheet);
    const out: ReportIssue = {
      sheet: i.sheet,
      row: i.row,
      column: i.column,
      code: i.code,
      severity: i.severity,
      message: issueMessage(i.code, i.params, 'vi'),
      messageEn: issueMessage(i.code, i.params, 'en'),
    };
    if (entity && i.row !== null) out.person = personRef(entity, i.row - 1 - (entity.grid.rowOffset ?? 0));
    return out;
  });

  return {
    schemaVersion: 1,
    campaign: {
      id: campaign.id,
      name: campaign.name,
      start: campaign.start,
      end: campaign.end,
      finalReportDue: campaign.reporting.finalReportDue ?? campaign.end,
      issuingBody: campaign.issuingBody,
      report: campaign.report,
    },
    asOf,
    period: { kind: 'week', index: period.index, from: period.from, to: period.to, deadline: period.deadline, daysLeft: period.daysLeft },
    indicators: campaign.indicators.map((ind) => ({
      id: ind.id,
      label: ind.label,
      appliesTo: ind.appliesTo,
      target: ind.target,
      deadline: ind.deadline ?? campaign.end,
      ...(ind.pacePointsPerWeek ? { pacePointsPerWeek: ind.pacePointsPerWeek } : {}),
    })),
    sheets,
    entities,
    totals: counts.totals,
    issueCounts: {
      error: issues.filter((i) => i.severity === 'error').length,
      warning: issues.filter((i) => i.severity === 'warning').length,
      info: issues.filter((i) => i.severity === 'info').length,
    },
    issues: reportIssues,
    duplicates: duplicates.map((d) => ({
      kind: d.kind,
      value: d.value,
      occurrences: d.occurrences.map((o) => ({
        sheet: listed[o.entity].grid.sheet,
        row: o.row + 1 + (listed[o.entity].grid.rowOffset ?? 0),
        name: personRef(listed[o.entity], o.row).name,
      })),
    })),
    mismatches: buildMismatches(
      reportIssues,
      (sheet) => bySheet.get(sheet)?.name ?? sheet,
      worked.flatMap((w) => w.rows),
      asOf,
      madeAt,
    ),
    completeness: completenessOf(listed, campaign, period.from, madeAt > period.deadline),
    madeAt,
    history: mergedHistory,
    historyRejected: earlierHistory.flatMap((h) => h.rejected),
  };
}

/** Every configured village and unit and every list found: present and current, empty, missing or stale. */
function completenessOf(listed: readonly ListedEntity[], campaign: Campaign, periodFrom: string, pastDeadline: boolean): Completeness[] {
  const out: Completeness[] = [];
  const found = new Map(listed.map((e) => [foldKey(e.grid.sheet), e]));
  const seen = new Set<ListedEntity>();
  const add = (name: string, kind: EntityKind, e: ListedEntity | undefined) => {
    const status: Completeness['status'] = !e ? 'missing' : e.records === 0 ? 'empty' : e.dataDate !== null && e.dataDate < periodFrom ? 'stale' : 'ok';
    out.push({ name, kind, sheet: e?.grid.sheet ?? null, status, dataDate: e?.dataDate ?? null, overdue: status !== 'ok' && pastDeadline });
  };
  for (const o of campaign.entities) {
    if (o.exclude) continue;
    const e = found.get(foldKey(o.sheet));
    if (e) seen.add(e);
    add(o.name ?? o.sheet, e?.kind ?? o.kind ?? entityKindFromName(o.sheet), e);
  }
  for (const e of listed) if (!seen.has(e)) add(e.name, e.kind, e);
  return out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'village' ? -1 : 1));
}


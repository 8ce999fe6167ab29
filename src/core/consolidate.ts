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
import type { EntityReport, ReportIssue, ReportModel } from './report/model';

export interface ConsolidateInput {
  grids: readonly Grid[];
  campaign: Campaign;
  /** As-of date, YYYY-MM-DD: ages and the reporting week are taken at this date. */
  asOf: string;
}

/** One list read from one sheet. */
export interface ListedEntity {
  index: number;
  name: string;
  kind: EntityKind;
  grid: Grid;
  header: HeaderMatch;
  records: number;
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

export function consolidate({ grids, campaign, asOf }: ConsolidateInput): ReportModel {
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

  for (const grid of grids) {
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
    indicators: counts.entities[e.index],
  }));
  entities.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'village' ? -1 : 1));

  const bySheet = new Map(listed.map((e) => [e.grid.sheet, e]));
  const sheetOrder = new Map(grids.map((g, i) => [g.sheet, i]));
  issues.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
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
    campaign: { id: campaign.id, name: campaign.name, start: campaign.start, end: campaign.end, issuingBody: campaign.issuingBody },
    asOf,
    period: { kind: 'week', index: period.index, from: period.from, to: period.to, deadline: period.deadline, daysLeft: period.daysLeft },
    indicators: campaign.indicators.map((ind) => ({
      id: ind.id,
      label: ind.label,
      appliesTo: ind.appliesTo,
      target: ind.target,
      deadline: ind.deadline ?? campaign.end,
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
  };
}


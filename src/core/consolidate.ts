/**
 * The pipeline in one readable function: Grids in, ReportModel out.
 *   detect lists → read and validate rows → deduplicate → count per entity → evaluate indicators.
 * Sheets holding a count form (a health station's weekly figures, …) are read beside the lists and
 * give their units the campaign's count indicators.
 */
import type { Grid } from './grid';
import { type Campaign, type CountIndicator, type EntityKind, type MismatchIndicator, type PersonFlag, type PersonIndicator, isCountIndicator, isMismatchIndicator } from './campaign/schema';
import { campaignWeeks, weekOf, ymd } from './campaign/periods';
import { type Issue, type IssueCode, type ParamsArg, issueAt } from './issues';
import { excelRowOf, gridRowOf } from './place';
import { issueMessage } from './messages';
import { foldKey, foldWords } from './text/fold';
import { ALIASES, type Field } from './table/aliases';
import { detectHeader, type HeaderMatch } from './table/header';
import { entityKindFromName } from './table/entity-kind';
import type { ConfiguredVillage } from './table/combined';
import { type SheetLists, readSheetLists } from './table/sheet-lists';
import { hiddenIssues } from './table/hidden';
import { People } from './table/people';
import { findDuplicates } from './table/duplicates';
import { countIndicators, indicatorValue, recordedFields } from './report/count';
import { personRef } from './report/person-ref';
import type { Completeness, EntityReport, IndicatorValue, ReportIssue, ReportModel } from './report/model';
import { SHEET } from './report/sheet-names';
import { isListWithReportName, ownSheetNamed } from './report/own-sheets';
import { findDataDate } from './table/data-date';
import { mergeHistory, readHistory, snapshotRows } from './history/history';
import { ENTITIES_JOIN, type MismatchRow, buildMismatches, readMismatchSheet } from './report/mismatches';
import { type FormMatch, detectCountForm, namesDates, preferCountForm } from './forms/detect';
import { type ReadForm, readCountForm } from './forms/read-form';
import { countIndicatorSums } from './forms/indicators';
import { FORM_MEASURES, MEASURE_LABELS, type Measure } from './forms/measures';

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
  /** Folded key completeness matches configured entities on: the sheet's, or for a village of a combined sheet its configured sheet's. */
  key: string;
}

/** One count form read from one sheet: a unit's figures. */
interface FormEntity {
  name: string;
  grid: Grid;
  match: FormMatch;
  read: ReadForm;
  dataDate: string | null;
}

/** What completeness needs to know of a list or a form. */
interface Reported {
  sheet: string;
  key: string;
  name: string;
  kind: EntityKind;
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
  noSmartphone: null, // said in the smartphone, note or its own column; nobody is without a smartphone when no list says so
  guardian: null,
};

export function indicatorApplies(indicator: PersonIndicator, kind: EntityKind, name: string): boolean {
  if (!indicator.appliesTo.includes(kind)) return false;
  if (!indicator.entityNamePrefixes) return true;
  const folded = foldWords(name);
  return indicator.entityNamePrefixes.some((p) => folded.startsWith(foldWords(p)));
}

/** Columns the applicable indicators need that the list lacks: each gets one warning. */
function missingColumns(entity: ListedEntity, indicators: Campaign['indicators']): Field[] {
  const needed = new Set<Field>();
  for (const ind of indicators) {
    if (ind.source !== 'persons' || !indicatorApplies(ind, entity.kind, entity.name)) continue;
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
  const sheetIssue = <C extends IssueCode>(sheet: string, code: C, ...params: ParamsArg<C>) => issues.push(issueAt({ sheet, row: null, column: null }, code, ...params));

  const overrides = new Map(campaign.entities.map((o) => [foldKey(o.sheet), o]));
  const capacity = grids.reduce((n, g) => n + g.values.length, 0);
  const people = new People(capacity);
  const listed: ListedEntity[] = [];
  const forms: FormEntity[] = [];
  const sheets: ReportModel['sheets'] = [];
  const weeks = campaignWeeks(campaign);
  const countIndicatorList = campaign.indicators.filter(isCountIndicator);

  const configuredVillages: ConfiguredVillage[] = campaign.entities
    .filter((o) => !o.exclude)
    .map((o) => ({ sheet: o.sheet, name: o.name ?? o.sheet, kind: o.kind ?? entityKindFromName(o.sheet) }));
  /** What each person sheet held: its lists' headers and which entity each row went to. */
  const sheetLists = new Map<string, SheetLists>();

  const historySheets = earlier.filter((g) => g.sheet === SHEET.history);
  const errorSheets = earlier.filter((g) => g.sheet === SHEET.errors);
  for (const grid of grids) {
    const reportSheet = ownSheetNamed(grid.sheet);
    if (reportSheet !== null) {
      if (isListWithReportName(grid)) {
        // Someone's list that took a report sheet's name ("Tổng hợp"): read like any list, and never overwritten.
        sheetIssue(grid.sheet, 'SHEET_NAME_RESERVED', { sheet: grid.sheet });
      } else {
        if (reportSheet === SHEET.history) historySheets.push(grid);
        if (reportSheet === SHEET.errors) errorSheets.push(grid);
        continue;
      }
    }
    const override = overrides.get(foldKey(grid.sheet));
    if (override?.exclude) {
      sheets.push({ sheet: grid.sheet, role: 'excluded', records: 0 });
      continue;
    }
    issues.push(...hiddenIssues(grid));
    const header = detectHeader(grid);
    const form = detectCountForm(grid);
    if (form && preferCountForm(grid, form, header)) {
      const read = readCountForm(grid, form, { campaign, weeks, asOfWeek: period.index, issues });
      const written = findDataDate(grid, form.row);
      const dataDate = written === null || (read.lastDate !== null && read.lastDate > written) ? read.lastDate : written;
      forms.push({ name: override?.name ?? grid.sheet.trim(), grid, match: form, read, dataDate });
      sheets.push({ sheet: grid.sheet, role: 'unit', records: read.records });
      if (read.records === 0) sheetIssue(grid.sheet, 'SHEET_EMPTY', { form: 1 });
      for (const [measure, labels] of missingFigures(form, countIndicatorList)) {
        sheetIssue(grid.sheet, 'COUNT_COLUMN_MISSING', { column: MEASURE_LABELS[measure].vi, indicator: labels.join('; ') });
      }
      continue;
    }
    if (!header) {
      sheets.push({ sheet: grid.sheet, role: 'none', records: 0 });
      sheetIssue(grid.sheet, 'SHEET_NO_HEADER');
      continue;
    }
    const own = (h: HeaderMatch): ListedEntity => ({
      index: listed.length,
      name: override?.name ?? grid.sheet.trim(),
      kind: override?.kind ?? entityKindFromName(grid.sheet),
      grid,
      header: h,
      records: 0,
      dataDate: findDataDate(grid, h.row),
      key: foldKey(grid.sheet),
    });
    const read = readSheetLists(grid, header, own, { people, listed, issues, asOfYmd, configured: configuredVillages });
    sheetLists.set(grid.sheet, read);
    const split = read.entities.length > 1 || read.entities[0].key !== foldKey(grid.sheet);
    sheets.push({ sheet: grid.sheet, role: split ? 'village' : read.entities[0].kind, records: read.records });
    if (read.records === 0) sheetIssue(grid.sheet, 'SHEET_EMPTY');
    const missing = new Set<Field>();
    for (const { header: h, entity } of read.blocks) for (const field of missingColumns({ ...entity, header: h }, campaign.indicators)) missing.add(field);
    for (const field of missing) sheetIssue(grid.sheet, 'COLUMN_MISSING', { column: ALIASES[field][0] });
  }

  /** The list an Excel row of a sheet was read in: its header and entity (the first list for rows above it). */
  const listAt = (sheet: string, excelRow: number | null): { grid: Grid; header: HeaderMatch; entity: ListedEntity; gridRow: number } | undefined => {
    const read = sheetLists.get(sheet);
    if (!read || excelRow === null) return undefined;
    const grid = read.blocks[0].entity.grid;
    const gridRow = gridRowOf(grid, excelRow);
    let found = read.blocks[0];
    for (const b of read.blocks) {
      if (b.header.row > gridRow) break;
      found = b;
    }
    const index = read.entityOfRow?.[gridRow] ?? -1;
    return { grid, header: found.header, entity: index >= 0 ? listed[index] : found.entity, gridRow };
  };
  /** The header a list row was read by: its entity's, or on a sheet of stacked lists the list's it sits in. */
  const headerOfRow = (entity: number, gridRow: number): HeaderMatch => {
    const e = listed[entity];
    return listAt(e.grid.sheet, excelRowOf(e.grid, gridRow))?.header ?? e.header;
  };
  const duplicates = findDuplicates(people, listed, issues, headerOfRow);
  const counts = countIndicators(people, listed, campaign, asOfYmd);

  const sheetOrder = new Map(grids.map((g, i) => [g.sheet, i]));
  const listEntities: EntityReport[] = listed.map((e) => ({
    name: e.name,
    kind: e.kind,
    sheet: e.grid.sheet,
    records: e.records,
    counted: counts.counted[e.index],
    ...recordedFields(counts.recorded[e.index]),
    headerRow: excelRowOf(e.grid, e.header.row),
    dataDate: e.dataDate,
    indicators: counts.entities[e.index],
  }));
  const formEntities: EntityReport[] = forms.map((f) => ({
    name: f.name,
    kind: 'unit',
    sheet: f.grid.sheet,
    records: f.read.records,
    counted: 0,
    headerRow: excelRowOf(f.grid, f.match.row),
    dataDate: f.dataDate,
    form: f.match.kind,
    indicators: formIndicatorValues(f, countIndicatorList, period.index),
  }));
  // Villages first, then units, each in workbook order.
  const entities = [...listEntities, ...formEntities].sort(
    (a, b) => (a.kind === b.kind ? 0 : a.kind === 'village' ? -1 : 1) || (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0),
  );
  const totals = withFormTotals(counts.totals, formEntities, countIndicatorList);

  const earlierHistory = historySheets.map(readHistory);
  for (const rejected of earlierHistory.flatMap((h) => h.rejected)) {
    issues.push(issueAt({ sheet: rejected.sheet, row: rejected.row, column: null }, 'HISTORY_ROW_INVALID', { problem: rejected.problem }));
  }
  const worked = errorSheets.map(readMismatchSheet);
  for (const u of worked.flatMap((w) => w.unreadable)) {
    issues.push(issueAt({ sheet: SHEET.errors, row: u.row, column: u.column }, 'STATUS_UNRECOGNIZED', { value: u.value }));
  }

  issues.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? grids.length) - (sheetOrder.get(b.sheet) ?? grids.length) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').length - (b.column ?? '').length ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
  const reportIssues: ReportIssue[] = issues.map((i) => {
    const at = listAt(i.sheet, i.row);
    const out: ReportIssue = {
      sheet: i.sheet,
      row: i.row,
      column: i.column,
      code: i.code,
      severity: i.severity,
      message: issueMessage(i, 'vi'),
      messageEn: issueMessage(i, 'en'),
    };
    if (at) out.person = personRef(at, at.gridRow);
    return out;
  });

  const mismatches = buildMismatches(
    reportIssues,
    (sheet, row) => listAt(sheet, row)?.entity.name ?? sheet,
    worked.flatMap((w) => w.rows),
    asOf,
    madeAt,
  );
  const withMismatches = withMismatchIndicators(entities, totals, mismatches, campaign.indicators.filter(isMismatchIndicator));
  const snapshot = snapshotRows({ campaignId: campaign.id, week: period.index, asOf, madeAt, entities, totals: withMismatches });
  const mergedHistory = mergeHistory(
    earlierHistory.flatMap((h) => h.rows).filter((r) => r.campaignId === campaign.id),
    snapshot,
  );

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
      ...(ind.source === 'counts' ? { source: 'counts' as const, form: ind.form, ...(ind.cumulative ? { cumulative: true } : {}) } : {}),
      ...(ind.source === 'mismatches' ? { source: 'mismatches' as const } : {}),
    })),
    sheets,
    entities,
    totals: withMismatches,
    forms: forms.map((f) => ({
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
    issues: reportIssues,
    duplicates: duplicates.map((d) => ({
      kind: d.kind,
      value: d.value,
      occurrences: d.occurrences.map((o) => ({
        sheet: listed[o.entity].grid.sheet,
        row: excelRowOf(listed[o.entity].grid, o.row),
        name: personRef({ grid: listed[o.entity].grid, header: headerOfRow(o.entity, o.row) }, o.row).name,
      })),
    })),
    mismatches,
    completeness: completenessOf(reportedInOrder(listed, forms, sheetOrder), campaign, period.from, madeAt > period.deadline),
    madeAt,
    history: mergedHistory,
    historyRejected: earlierHistory.flatMap((h) => h.rejected),
  };
}

/** A form's figures the campaign's count indicators need and the form has no column for, with the indicators that need each. */
function missingFigures(form: FormMatch, indicators: readonly CountIndicator[]): Map<Measure, string[]> {
  const missing = new Map<Measure, string[]>();
  for (const ind of indicators) {
    if (ind.form !== form.kind) continue;
    for (const measure of [ind.numerator, ind.denominator]) {
      if (form.measures[measure] !== undefined) continue;
      const labels = missing.get(measure) ?? [];
      if (!labels.includes(ind.label.vi)) labels.push(ind.label.vi);
      missing.set(measure, labels);
    }
  }
  return missing;
}

/** The count indicators of a form's kind whose two figures the form has, summed for the as-of week (or to date). */
function formIndicatorValues(f: FormEntity, indicators: readonly CountIndicator[], asOfWeek: number): Record<string, IndicatorValue> {
  const values: Record<string, IndicatorValue> = {};
  for (const ind of indicators) {
    if (ind.form !== f.match.kind || f.match.measures[ind.numerator] === undefined || f.match.measures[ind.denominator] === undefined) continue;
    const { numerator, denominator } = countIndicatorSums(f.read.rows, ind, asOfWeek);
    values[ind.id] = indicatorValue(numerator, denominator, ind.target);
  }
  return values;
}

/** The persons' unit totals with the count forms added: they count as units, and their indicators add up like any other. */
function withFormTotals(
  totals: ReportModel['totals'],
  formEntities: readonly EntityReport[],
  indicators: readonly CountIndicator[],
): ReportModel['totals'] {
  if (formEntities.length === 0) return totals;
  // Without a person list among the units, the persons' unit totals are empty shells: the forms' totals replace them.
  const unit = { ...totals.unit, entities: totals.unit.entities + formEntities.length, indicators: totals.unit.entities === 0 ? {} : { ...totals.unit.indicators } };
  for (const ind of indicators) {
    const carried = formEntities.map((e) => e.indicators[ind.id]).filter((v) => v !== undefined);
    if (carried.length === 0) continue;
    unit.indicators[ind.id] = indicatorValue(
      carried.reduce((s, v) => s + v.numerator, 0),
      carried.reduce((s, v) => s + v.denominator, 0),
      ind.target,
    );
  }
  return { ...totals, unit };
}

/** Lists and forms as completeness sees them, in workbook order. */
function reportedInOrder(listed: readonly ListedEntity[], forms: readonly FormEntity[], sheetOrder: ReadonlyMap<string, number>): Reported[] {
  return [
    ...listed.map((e) => ({ sheet: e.grid.sheet, key: e.key, name: e.name, kind: e.kind, records: e.records, dataDate: e.dataDate })),
    ...forms.map((f) => ({ sheet: f.grid.sheet, key: foldKey(f.grid.sheet), name: f.name, kind: 'unit' as const, records: f.read.records, dataDate: f.dataDate })),
  ].sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0));
}

/** Every configured village and unit and every list or form found: present and current, empty, missing or stale. */
function completenessOf(reported: readonly Reported[], campaign: Campaign, periodFrom: string, pastDeadline: boolean): Completeness[] {
  const out: Completeness[] = [];
  const found = new Map(reported.map((e) => [e.key, e]));
  const seen = new Set<Reported>();
  const add = (name: string, kind: EntityKind, e: Reported | undefined) => {
    const status: Completeness['status'] = !e ? 'missing' : e.records === 0 ? 'empty' : e.dataDate !== null && e.dataDate < periodFrom ? 'stale' : 'ok';
    out.push({ name, kind, sheet: e?.sheet ?? null, status, dataDate: e?.dataDate ?? null, overdue: status !== 'ok' && pastDeadline });
  };
  for (const o of campaign.entities) {
    if (o.exclude) continue;
    const e = found.get(foldKey(o.sheet));
    if (e) seen.add(e);
    add(o.name ?? o.sheet, e?.kind ?? o.kind ?? entityKindFromName(o.sheet), e);
  }
  for (const e of reported) if (!seen.has(e)) add(e.name, e.kind, e);
  return out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'village' ? -1 : 1));
}


/**
 * The village or unit a working-list row counts for: its first. A row read back from an earlier list
 * holds the cell's text, names joined by ", " that a name may also hold: the first known name it starts with.
 */
function firstEntity(rowEntities: readonly string[], names: ReadonlySet<string>): string {
  const first = rowEntities[0] ?? '';
  if (names.has(first)) return first;
  for (let at = first.indexOf(ENTITIES_JOIN); at >= 0; at = first.indexOf(ENTITIES_JOIN, at + 1)) {
    if (names.has(first.slice(0, at))) return first.slice(0, at);
  }
  return first;
}

/**
 * The indicators over the working list of data errors: per village or unit, the persons of its lists on
 * the list and how many are resolved; per kind, their sums. Entities' values are set in place.
 */
function withMismatchIndicators(
  entities: EntityReport[],
  totals: ReportModel['totals'],
  rows: readonly MismatchRow[],
  indicators: readonly MismatchIndicator[],
): ReportModel['totals'] {
  if (indicators.length === 0) return totals;
  // A person on two lists counts for the first, as duplicates do: totals stay the sums of their rows.
  const rowsOf = new Map<string, MismatchRow[]>();
  const names = new Set(entities.map((e) => e.name));
  for (const row of rows) {
    const name = firstEntity(row.entities, names);
    const list = rowsOf.get(name) ?? [];
    list.push(row);
    rowsOf.set(name, list);
  }
  const resolved = (list: readonly MismatchRow[]) => list.filter((r) => r.status === 'done').length;
  const out = { village: { ...totals.village, indicators: { ...totals.village.indicators } }, unit: { ...totals.unit, indicators: { ...totals.unit.indicators } } };
  for (const ind of indicators) {
    for (const kind of ind.appliesTo) {
      let done = 0;
      let all = 0;
      for (const e of entities) {
        if (e.kind !== kind) continue;
        const list = rowsOf.get(e.name) ?? [];
        e.indicators[ind.id] = indicatorValue(resolved(list), list.length, ind.target);
        done += resolved(list);
        all += list.length;
      }
      out[kind].indicators[ind.id] = indicatorValue(done, all, ind.target);
    }
  }
  return out;
}

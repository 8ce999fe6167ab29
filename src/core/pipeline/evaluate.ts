/**
 * Stage 6: every village's and unit's indicators against the campaign's targets, and the totals per kind.
 * Person indicators are counted over the lists (duplicates not counted again), count indicators summed from
 * the forms' figures for the reporting week, and mismatch indicators taken from the police's working list.
 */
import type { Campaign, CountIndicator, MismatchIndicator } from '../campaign/schema';
import { isCountIndicator, isEntityShareIndicator, isMismatchIndicator } from '../campaign/schema';
import { countIndicatorSums } from '../forms/indicators';
import { countIndicators, indicatorValue, recordedFields } from '../report/count';
import { ENTITIES_JOIN, type MismatchRow } from '../report/mismatches';
import { excelRowOf } from '../place';
import type { EntityReport, IndicatorValue, ReportModel } from '../report/model';
import type { ReadLists } from './read-lists';
import type { MismatchOwner } from './read-side-lists';
import { shareTotalsByWeek, withEntityShares } from './entity-shares';
import { type FormEntity, figuresOf } from './read-forms';
import type { EntityKind } from '../vocabulary';

type Totals = ReportModel['totals'];

export interface EvaluateInput {
  campaign: Campaign;
  asOfYmd: number;
  /** The reporting week's index: count forms are summed over its rows. */
  week: number;
  /** A report period longer than the week (a month): count forms are summed over the rows that end in it instead. */
  span?: { from: string; to: string };
  lists: Pick<ReadLists, 'people' | 'listed' | 'lacking'>;
  /** Persons already counted on an earlier list of the same kind (table/duplicates.ts). */
  duplicate: Uint8Array;
  forms: readonly FormEntity[];
  mismatches: readonly MismatchRow[];
  /**
   * The villages and units whose side lists reported mismatches (the health station's, seed 001 phase 3): one that
   * sent no list or form of its own still gets its row for the mismatch indicators, with its cases.
   */
  mismatchOwners?: ReadonlyMap<string, MismatchOwner>;
  sheetOrder: ReadonlyMap<string, number>;
}

export interface Evaluated {
  /** Villages first, then units, each in workbook order. */
  entities: EntityReport[];
  totals: Totals;
}

export function evaluate({ campaign, asOfYmd, week, span, lists, duplicate, forms, mismatches, mismatchOwners = new Map(), sheetOrder }: EvaluateInput): Evaluated {
  const { people, listed } = lists;
  const counts = countIndicators(people, duplicate, listed, campaign, asOfYmd, lists.lacking);
  const countInds = campaign.indicators.filter(isCountIndicator);
  const listEntities = listed.map(
    (e): EntityReport => ({
      name: e.name,
      kind: e.kind,
      sheet: e.grid.sheet,
      records: e.records,
      counted: counts.counted[e.index],
      ...recordedFields(counts.recorded[e.index]),
      headerRow: excelRowOf(e.grid, e.header.row),
      dataDate: e.dataDate,
      indicators: counts.entities[e.index],
    }),
  );
  const periodForms = span ? forms.map((f) => overSpan(f, span, week)) : forms;
  const formEntities = periodForms.map(
    (f): EntityReport => ({
      name: f.name,
      kind: 'unit',
      sheet: f.grid.sheet,
      records: f.read.records,
      counted: 0,
      headerRow: excelRowOf(f.grid, f.match.row),
      dataDate: f.dataDate,
      form: f.match.kind,
      periodRows: f.read.rows.filter((r) => r.week === week).length,
      indicators: formIndicatorValues(f, countInds, week),
    }),
  );
  const mismatchInds = campaign.indicators.filter(isMismatchIndicator);
  const listOnly = listOnlyEntities(mismatchOwners, new Set([...listEntities, ...formEntities].map((e) => e.name)), mismatchInds);
  const entities = [...listEntities, ...formEntities, ...listOnly].sort(
    (a, b) => (a.kind === b.kind ? 0 : a.kind === 'village' ? -1 : 1) || (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0),
  );
  const totals = withEntityCounts(withFormTotals(counts.totals, formEntities, countInds), listOnly);
  const withMismatches = withMismatchIndicators(entities, totals, mismatches, mismatchInds);
  return withEntityShares(withMismatches.entities, withMismatches.totals, campaign.indicators.filter(isEntityShareIndicator), { week, forms: periodForms });
}

/**
 * The villages and units that sent only a mismatch list (a health station, seed 001 phase 3, under whatever name it
 * wrote: "TYT - Sai lệch"): each a row of its own for the mismatch indicators, its cases its `records`, so Chỉ tiêu 4
 * shows the station's cases where the chairman reads it. None when the campaign has no mismatch indicator for its kind.
 */
function listOnlyEntities(owners: ReadonlyMap<string, MismatchOwner>, names: ReadonlySet<string>, indicators: readonly MismatchIndicator[]): EntityReport[] {
  const out: EntityReport[] = [];
  for (const [name, o] of owners) {
    if (names.has(name) || !indicators.some((ind) => ind.appliesTo.includes(o.kind))) continue;
    out.push({ name, kind: o.kind, sheet: o.sheet, records: o.rows, counted: 0, headerRow: o.headerRow, dataDate: o.listedOn, sideList: 'mismatch', indicators: {} });
  }
  return out;
}

/** The kinds' entity counts with the list-only entities added. */
function withEntityCounts(totals: Totals, added: readonly EntityReport[]): Totals {
  if (added.length === 0) return totals;
  const count = (kind: EntityKind) => totals[kind].entities + added.filter((e) => e.kind === kind).length;
  return { village: { ...totals.village, entities: count('village') }, unit: { ...totals.unit, entities: count('unit') } };
}

/**
 * A form as a longer period sums it: its rows that end in the period count as the reporting week's, those before
 * it as earlier (for the cumulative indicators), so the weekly sums give the period's. A class row has no dates:
 * it belongs to the as-of week, inside the period.
 */
function overSpan(f: FormEntity, span: { from: string; to: string }, week: number): FormEntity {
  const rows = f.read.rows.flatMap((r) => (r.to === undefined ? [r] : r.to > span.to ? [] : [{ ...r, week: r.to >= span.from ? week : 0 }]));
  return { ...f, read: { ...f.read, rows } };
}

/** The count indicators of a form's kind whose two figures the form has, summed for the as-of week (or to date). */
function formIndicatorValues(f: FormEntity, indicators: readonly CountIndicator[], asOfWeek: number): Record<string, IndicatorValue> {
  const values: Record<string, IndicatorValue> = {};
  for (const ind of indicators) {
    if (ind.form !== f.match.kind || figuresOf(ind).some((m) => f.match.measures[m] === undefined)) continue;
    const { numerator, denominator } = countIndicatorSums(f.read.rows, ind, asOfWeek);
    values[ind.id] = indicatorValue(numerator, denominator, ind.target);
  }
  return values;
}

/** The persons' unit totals with the count forms added: they count as units, and their indicators add up like any other. */
function withFormTotals(totals: Totals, formEntities: readonly EntityReport[], indicators: readonly CountIndicator[]): Totals {
  if (formEntities.length === 0) return totals;
  // Without a person list among the units, the persons' unit totals are empty shells: the forms' totals replace them.
  const unit = { ...totals.unit, entities: totals.unit.entities + formEntities.length, indicators: totals.unit.entities === 0 ? {} : { ...totals.unit.indicators } };
  for (const ind of indicators) {
    const carried = formEntities.filter((e) => Object.hasOwn(e.indicators, ind.id)).map((e) => e.indicators[ind.id]);
    if (carried.length === 0) continue;
    unit.indicators[ind.id] = indicatorValue(
      carried.reduce((s, v) => s + (v.numerator ?? 0), 0),
      carried.reduce((s, v) => s + (v.denominator ?? 0), 0),
      ind.target,
    );
  }
  return { ...totals, unit };
}

/**
 * The indicators over the working list of data errors: per village or unit, the persons of its lists on the list
 * and how many are resolved; per kind, their sums. A person on two lists counts for the first, as duplicates do,
 * so the totals stay the sums of their rows.
 */
function withMismatchIndicators(entities: readonly EntityReport[], totals: Totals, rows: readonly MismatchRow[], indicators: readonly MismatchIndicator[]): Evaluated {
  if (indicators.length === 0) return { entities: [...entities], totals };
  const rowsOf = new Map<string, MismatchRow[]>();
  const names = new Set(entities.map((e) => e.name));
  for (const row of rows) {
    const name = firstEntity(row.entities, names);
    const list = rowsOf.get(name) ?? [];
    list.push(row);
    rowsOf.set(name, list);
  }
  const resolved = (list: readonly MismatchRow[]) => list.filter((r) => r.status === 'done').length;
  const out: Totals = { village: { ...totals.village, indicators: { ...totals.village.indicators } }, unit: { ...totals.unit, indicators: { ...totals.unit.indicators } } };
  const withValues = entities.map((e) => ({ ...e, indicators: { ...e.indicators } }));
  for (const ind of indicators) {
    for (const kind of ind.appliesTo) {
      let done = 0;
      let all = 0;
      for (const e of withValues) {
        if (e.kind !== kind) continue;
        const list = rowsOf.get(e.name) ?? [];
        e.indicators[ind.id] = indicatorValue(resolved(list), list.length, ind.target);
        done += resolved(list);
        all += list.length;
      }
      out[kind].indicators[ind.id] = indicatorValue(done, all, ind.target);
    }
  }
  return { entities: withValues, totals: out };
}

/**
 * The village or unit a working-list row counts for: its first. A row read back from an earlier list holds the
 * cell's text, names joined by ", " that a name may also hold ("Tổ 1, KP2"): the first known name it starts with.
 */
function firstEntity(rowEntities: readonly string[], names: ReadonlySet<string>): string {
  const first = rowEntities[0] ?? '';
  if (names.has(first)) return first;
  for (let at = first.indexOf(ENTITIES_JOIN); at >= 0; at = first.indexOf(ENTITIES_JOIN, at + 1)) {
    if (names.has(first.slice(0, at))) return first.slice(0, at);
  }
  return first;
}

/** One week of a count indicator's unit total, summed from the forms' rows of that week (or to it, when cumulative). */
export interface FormWeek {
  week: number;
  /** The forms' rows counted in that week; 0: no form reported it. */
  rows: number;
  numerator: number;
  denominator: number;
}

/**
 * Each count indicator's unit total week by week, from week 1 to the reporting week, summed from the forms' dated
 * rows: the final report's weeks nobody consolidated at the time still have the figures the forms give for them.
 */
export function formTotalsByWeek(forms: readonly FormEntity[], campaign: Campaign, lastWeek: number): Record<string, FormWeek[]> {
  const indicators = campaign.indicators.filter(isCountIndicator);
  const out: Record<string, FormWeek[]> = {};
  for (const ind of indicators) {
    const senders = forms.filter((f) => f.match.kind === ind.form && f.match.measures[ind.numerator] !== undefined && f.match.measures[ind.denominator] !== undefined);
    if (senders.length === 0) continue;
    out[ind.id] = Array.from({ length: lastWeek }, (_, i) => {
      const week = i + 1;
      let numerator = 0;
      let denominator = 0;
      for (const f of senders) {
        // A form that lacks a figure the indicator needs carries no value for it (ISSUE 10 §2): it adds nothing.
        const values = formIndicatorValues(f, [ind], week);
        if (!Object.hasOwn(values, ind.id)) continue;
        numerator += values[ind.id].numerator ?? 0;
        denominator += values[ind.id].denominator ?? 0;
      }
      const rows = senders.reduce((s, f) => s + f.read.rows.filter((r) => (ind.cumulative ? r.week <= week : r.week === week)).length, 0);
      return { week, rows, numerator, denominator };
    });
  }
  // The shares of facilities (ISSUE 10 §5) week by week too: those meeting it of those with a row that week.
  return { ...out, ...shareTotalsByWeek(forms, campaign.indicators.filter(isEntityShareIndicator), lastWeek) };
}

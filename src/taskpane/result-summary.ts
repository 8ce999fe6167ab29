/**
 * What the result card shows, taken from the report model: commune totals against targets, villages below
 * target, and the persons recorded without a smartphone or with a guardian.
 */
import type { IndicatorValue, ReportModel, TotalValue } from '../core/report/model';
import type { Translation } from './i18n';
import type { EntityKind } from '../core/vocabulary';
import { forecastWords, tooLittleHistory, willMiss } from '../core/report/forecast';

export interface IndicatorOutcome {
  id: string;
  label: Translation;
  target: { op: '>' | '>='; value: number };
  /** The commune totals for each kind the indicator applies to and the workbook has lists of. */
  totals: { kind: EntityKind; value: TotalValue }[];
}

export interface VillageShortfall {
  name: string;
  sheet: string;
  misses: { id: string; label: Translation; value: IndicatorValue }[];
}

/** Persons of one kind's lists recorded without a smartphone and with a guardian holding the account (seed 001). */
export interface RecordedPersons {
  kind: EntityKind;
  noSmartphone: number;
  guardian: number;
}

/** A village or unit that will not make an indicator's deadline at its recent pace (ISSUE 11 §2). */
export interface ForecastMiss {
  name: string;
  kind: EntityKind;
  id: string;
  label: Translation;
  /** The indicator's deadline (YYYY-MM-DD). */
  deadline: string;
  /** The forecast in words: the pace, the day it is reached, the people a week it needs. */
  words: Translation;
}

export interface ResultSummary {
  indicators: IndicatorOutcome[];
  villagesBelow: VillageShortfall[];
  /** Only the kinds whose lists record some. */
  recorded: RecordedPersons[];
  /**
   * `state`: `paced` (a forecast to go by), `tooLittleHistory` (one consolidation only: nothing to forecast from) or
   * `pastDeadlines` (every indicator's deadline is behind the as-of date); `late`: the most people a week needed first.
   */
  forecast: { state: 'paced' | 'tooLittleHistory' | 'pastDeadlines'; late: ForecastMiss[] };
}

const KINDS: readonly EntityKind[] = ['village', 'unit'];

export function summariseResult(model: ReportModel): ResultSummary {
  const indicators = model.indicators.map((indicator) => ({
    id: indicator.id,
    label: indicator.label,
    target: indicator.target,
    totals: KINDS.filter((kind) => indicator.appliesTo.includes(kind) && model.totals[kind].entities > 0).flatMap((kind) => {
      const value = valueOf(model.totals[kind].indicators, indicator.id);
      return value ? [{ kind, value }] : [];
    }),
  }));
  const villagesBelow = model.entities
    .filter((entity) => entity.kind === 'village')
    .map((entity) => ({
      name: entity.name,
      sheet: entity.sheet,
      misses: model.indicators.flatMap((indicator) => {
        const value = valueOf(entity.indicators, indicator.id);
        return value?.met === false ? [{ id: indicator.id, label: indicator.label, value }] : [];
      }),
    }))
    .filter((village) => village.misses.length > 0);
  const recorded = KINDS.map((kind) => ({ kind, noSmartphone: model.totals[kind].noSmartphone ?? 0, guardian: model.totals[kind].guardian ?? 0 })).filter(
    (r) => r.noSmartphone > 0 || r.guardian > 0,
  );
  return { indicators, villagesBelow, recorded, forecast: forecastMisses(model) };
}

function forecastMisses(model: ReportModel): ResultSummary['forecast'] {
  const late = model.standings.flatMap((s) =>
    s.indicators.flatMap((i) => {
      const info = model.indicators.find((x) => x.id === i.id);
      const f = i.forecast;
      if (!info || !willMiss(f, model.asOf)) return [];
      const words = forecastWords(f, info);
      return words ? [{ miss: { name: s.name, kind: s.kind, id: i.id, label: info.label, deadline: f.deadline, words }, perWeek: f.neededPerWeek ?? -1 }] : [];
    }),
  );
  // Stable: equal needs keep the standings' order.
  late.sort((a, b) => b.perWeek - a.perWeek);
  const state = model.indicators.every((i) => i.deadline < model.asOf) ? 'pastDeadlines' : tooLittleHistory(model) ? 'tooLittleHistory' : 'paced';
  return { state, late: late.map((l) => l.miss) };
}

/** An indicator's value, or undefined where the model has none for it (a kind it does not apply to). */
function valueOf<V extends IndicatorValue>(values: Readonly<Record<string, V>>, id: string): V | undefined {
  return Object.hasOwn(values, id) ? values[id] : undefined;
}

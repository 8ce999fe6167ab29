/**
 * Commend and criticise as seed 000 §III.9 says: commend the villages and units that completed the targets given
 * them, criticise those that did not carry the plan out, or carried it out slowly so that a target was missed.
 * Each target is judged at its own deadline (units' staff by 20/10/2025, the commune's targets by 15/11/2025), from
 * the history's snapshots: a unit short of 100% on 20/10 is criticised for it, not commended for reaching it later.
 * A village or unit that never sent a list, or sent one with nothing done, is criticised; an indicator its list has
 * no column for is never held against it (ISSUE 10 §2, §7).
 */
import { formatPercent, formatVnDate } from '../format';
import type { HistoryRow } from '../history/history';
import { meetsTarget } from './count';
import type { EntityReport, ReportFigures, Standing, StandingIndicator, StandingReason } from './model';
import { compareWithHistory, type Comparison } from './weekly';
import { forecastOf, isForecast, type Figure } from './forecast';
import type { EntityKind } from '../vocabulary';

type Info = ReportFigures['indicators'][number];
type Code = StandingReason['code'];

/** The reasons a village or unit is criticised for; the others leave it unassessed. */
export const CRITICISED_FOR: ReadonlySet<Code> = new Set<Code>(['neverReported', 'notReported', 'notStarted', 'missed', 'below']);


/** Who is judged: every village and unit of this consolidation, then every expected one that sent no list. */
interface Judged {
  name: string;
  kind: EntityKind;
  sheet: string | null;
  entity: EntityReport | undefined;
  empty: boolean;
}

const keyOf = (kind: string, name: string, id: string) => `${kind}\u0000${name}\u0000${id}`;
const percentOf = (f: Figure) => (f.denominator === 0 ? null : (f.numerator / f.denominator) * 100);
const pctEn = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)}%`);

/** Each village's and unit's figures by indicator, oldest first, up to the as-of date (this consolidation's included). */
function seriesOf(history: readonly HistoryRow[], asOf: string): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  const rows = history.filter((r) => (r.kind === 'village' || r.kind === 'unit') && r.asOf <= asOf);
  rows.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.madeAt.localeCompare(b.madeAt));
  for (const r of rows) {
    const key = keyOf(r.kind, r.entity, r.indicator);
    const list = out.get(key) ?? [];
    if (list.length > 0 && list[list.length - 1].asOf === r.asOf) list.pop();
    list.push({ asOf: r.asOf, numerator: r.numerator, denominator: r.denominator });
    out.set(key, list);
  }
  return out;
}

/** The earliest snapshot of each indicator anywhere in the commune: whether anyone had a figure by a deadline. */
function firstSnapshots(history: readonly HistoryRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of history) {
    const seen = out.get(r.indicator);
    if (seen === undefined || r.asOf < seen) out.set(r.indicator, r.asOf);
  }
  return out;
}

function judgedOf(model: ReportFigures): Judged[] {
  const emptyNames = new Set(model.completeness.filter((c) => c.status === 'empty').map((c) => `${c.kind}\u0000${c.name}`));
  const out: Judged[] = model.entities.map((e) => ({
    name: e.name,
    kind: e.kind,
    sheet: e.sheet,
    entity: e,
    empty: e.records === 0 || emptyNames.has(`${e.kind}\u0000${e.name}`),
  }));
  for (const c of model.completeness) {
    if (c.status === 'missing' && !out.some((j) => j.name === c.name && j.kind === c.kind)) out.push({ name: c.name, kind: c.kind, sheet: null, entity: undefined, empty: false });
  }
  return out;
}

function reason(code: Code, message: string, messageEn: string, extra: Partial<StandingReason> = {}): StandingReason {
  return { code, ...extra, message, messageEn };
}

interface Verdict {
  verdict: StandingIndicator['verdict'];
  judged: Figure | null;
  reason?: StandingReason;
}

/** One target of one village or unit, judged at its deadline, or so far when the deadline is still ahead. */
function judgeIndicator(j: Judged, info: Info, figures: readonly Figure[], asOf: string, communeFirst: string | undefined): Verdict {
  const value = j.entity && Object.hasOwn(j.entity.indicators, info.id) ? j.entity.indicators[info.id] : undefined;
  const vi = `"${info.label.vi}"`;
  const en = `"${info.label.en}"`;
  const deadline = info.deadline;
  const D = formatVnDate(deadline);
  const at = (f: Figure) => ({ indicator: info.id, deadline, asOf: f.asOf, percent: percentOf(f) });
  const on = (f: Figure) => `${formatPercent(percentOf(f))} ngày ${formatVnDate(f.asOf)}`;
  const onEn = (f: Figure) => `${pctEn(percentOf(f))} on ${formatVnDate(f.asOf)}`;
  const met = (f: Figure) => meetsTarget(f.numerator, f.denominator, info.target) === true;
  if (value?.missingColumns) {
    const columns = value.missingColumns.map((c) => `"${c}"`).join(', ');
    return {
      verdict: 'noData',
      judged: null,
      reason: reason('noData', `không có số liệu ${vi}: danh sách thiếu cột ${columns}`, `no figure for ${en}: the list lacks ${columns}`, {
        indicator: info.id,
        columns: value.missingColumns,
      }),
    };
  }
  if (asOf <= deadline) {
    const last = figures.length > 0 ? figures[figures.length - 1] : undefined;
    if (!last || last.denominator === 0) return { verdict: 'none', judged: last ?? null };
    if (met(last)) return { verdict: 'met', judged: last };
    return { verdict: 'below', judged: last, reason: reason('below', `chưa đạt ${vi} (${on(last)}, hạn ${D})`, `below ${en} (${onEn(last)}; deadline ${D})`, at(last)) };
  }
  // The deadline has passed: the last figure on or before it, the current list's own when its data date is by then.
  const upTo = figures.filter((f) => f.asOf <= deadline);
  const dataDate = j.entity?.dataDate ?? null;
  const dated =
    dataDate !== null && dataDate <= deadline && value && value.numerator !== null && value.denominator !== null
      ? { asOf: dataDate, numerator: value.numerator, denominator: value.denominator }
      : undefined;
  const last = upTo.length > 0 ? upTo[upTo.length - 1] : undefined;
  const atDeadline = dated && (!last || dated.asOf >= last.asOf) ? dated : last;
  if (atDeadline) {
    if (atDeadline.denominator === 0) return { verdict: 'none', judged: atDeadline };
    if (met(atDeadline)) return { verdict: 'met', judged: atDeadline };
    return {
      verdict: 'missed',
      judged: atDeadline,
      reason: reason('missed', `chưa đạt ${vi} tại hạn ${D} (${on(atDeadline)})`, `missed ${en} at its deadline ${D} (${onEn(atDeadline)})`, at(atDeadline)),
    };
  }
  const after = figures.find((f) => f.asOf > deadline && f.denominator > 0);
  if (!after) return { verdict: 'none', judged: null };
  if (!met(after)) {
    return {
      verdict: 'missed',
      judged: after,
      reason: reason(
        'missed',
        `chưa đạt ${vi} tại hạn ${D} (ngày ${formatVnDate(after.asOf)}, sau hạn, vẫn mới ${formatPercent(percentOf(after))})`,
        `missed ${en} at its deadline ${D} (still ${onEn(after)}, after it)`,
        at(after),
      ),
    };
  }
  // Met only after the deadline. When others had figures by it, this one reported late; otherwise nobody can tell.
  if (communeFirst !== undefined && communeFirst <= deadline) {
    return {
      verdict: 'missed',
      judged: after,
      reason: reason('missed', `không báo cáo kết quả ${vi} đến hạn ${D} (ngày ${formatVnDate(after.asOf)} mới có: ${formatPercent(percentOf(after))})`, `no figure for ${en} by its deadline ${D} (first ${onEn(after)})`, at(after)),
    };
  }
  return {
    verdict: 'noFigureAtDeadline',
    judged: after,
    reason: reason(
      'noFigureAtDeadline',
      `chưa có số liệu ${vi} tại hạn ${D} để đánh giá (đến ngày ${formatVnDate(after.asOf)} đạt ${formatPercent(percentOf(after))})`,
      `no figure for ${en} at its deadline ${D} anywhere in the commune: cannot be judged (${onEn(after)})`,
      at(after),
    ),
  };
}

/** Reasons about the village or unit as a whole: it sent nothing, or nothing is done. */
function wholeReasons(j: Judged, indicators: readonly StandingIndicator[], latest: string | null): StandingReason[] {
  if (!j.entity) {
    return latest === null
      ? [reason('neverReported', 'không gửi danh sách, báo cáo kết quả lần nào', 'never sent a list or a report')]
      : [reason('notReported', `không gửi danh sách kỳ này (số liệu gần nhất ngày ${formatVnDate(latest)})`, `sent no list this time (latest figures of ${formatVnDate(latest)})`, { asOf: latest })];
  }
  if (j.empty) {
    return j.entity.form
      ? [reason('notStarted', 'biểu số liệu chưa có số liệu nào: chưa triển khai thực hiện', 'the count form has no figures yet: not started')]
      : [reason('notStarted', 'danh sách chưa có người nào: chưa triển khai thực hiện', 'the list has nobody on it: not started')];
  }
  // A station that sent only its mismatch list did its part (seed 001 phase 3): the cases are the police's to resolve.
  if (j.entity.sideList) return [];
  const values = Object.values(j.entity.indicators).filter((v) => v.denominator !== null && v.denominator > 0);
  if (values.length > 0 && values.every((v) => v.numerator === 0) && indicators.length > 0) {
    return [reason('notStarted', 'chưa có kết quả ở chỉ tiêu nào: chưa triển khai thực hiện', 'nobody done on any indicator: not started')];
  }
  return [];
}

function standingOf(j: Judged, indicators: StandingIndicator[], reasons: StandingReason[]): Standing['standing'] {
  if (reasons.some((r) => CRITICISED_FOR.has(r.code))) return 'criticised';
  const judged = indicators.filter((i) => i.verdict !== 'none');
  return judged.length > 0 && judged.every((i) => i.verdict === 'met') && j.entity !== undefined ? 'commended' : 'unassessed';
}

/** Worst first among the criticised: no list at all, then nothing done, then the lowest mean. */
function severity(s: Standing): number {
  const codes = new Set(s.reasons.map((r) => r.code));
  return codes.has('neverReported') ? 0 : codes.has('notReported') ? 1 : codes.has('notStarted') ? 2 : 3;
}

/** Every village and unit judged: the commended (best first), then the criticised (worst first), then the unassessed. */
export function judgeStandings(model: ReportFigures): Standing[] {
  const series = seriesOf(model.history, model.asOf);
  const first = firstSnapshots(model.history);
  const comparisons = new Map<string, Comparison>();
  for (const c of compareWithHistory(model)) for (const row of c.rows) comparisons.set(keyOf(row.kind, row.name, c.id), row);

  const all = judgedOf(model).map((j): Standing => {
    const applicable = model.indicators.filter((info) => (j.entity ? Object.hasOwn(j.entity.indicators, info.id) : series.has(keyOf(j.kind, j.name, info.id))));
    const reasons: StandingReason[] = [];
    let latest: string | null = null;
    const indicators = applicable.map((info): StandingIndicator => {
      const figures = series.get(keyOf(j.kind, j.name, info.id)) ?? [];
      if (figures.length > 0 && (latest === null || figures[figures.length - 1].asOf > latest)) latest = figures[figures.length - 1].asOf;
      const v = judgeIndicator(j, info, figures, model.asOf, first.get(info.id));
      if (v.reason) reasons.push(v.reason);
      const c = comparisons.get(keyOf(j.kind, j.name, info.id));
      const now = j.entity ? j.entity.indicators[info.id].percent : figures.length > 0 ? percentOf(figures[figures.length - 1]) : null;
      return {
        id: info.id,
        percent: now,
        rank: c?.rank ?? null,
        deltaPoints: c?.deltaPoints ?? null,
        stalled: c?.stalled ?? false,
        behindPace: c?.behindPace ?? false,
        verdict: v.verdict,
        judgedAsOf: v.judged?.asOf ?? null,
        judgedPercent: v.judged ? percentOf(v.judged) : null,
        // A list without the column has no figure now, whatever its history says (ISSUE 10 §2).
        forecast: isForecast(info) ? forecastOf(v.verdict === 'noData' ? [] : figures, info, model.asOf) : null,
      };
    });
    reasons.unshift(...wholeReasons(j, indicators, latest));
    const percents = indicators.map((i) => i.percent).filter((p): p is number => p !== null);
    return {
      name: j.name,
      kind: j.kind,
      sheet: j.sheet,
      standing: standingOf(j, indicators, reasons),
      place: null,
      meanPercent: percents.length > 0 ? percents.reduce((s, p) => s + p, 0) / percents.length : null,
      reasons,
      indicators,
    };
  });
  const mean = (s: Standing) => s.meanPercent ?? -1;
  const commended = all.filter((s) => s.standing === 'commended').sort((a, b) => mean(b) - mean(a));
  const criticised = all.filter((s) => s.standing === 'criticised').sort((a, b) => severity(a) - severity(b) || mean(a) - mean(b));
  const placed = (list: Standing[]) => list.map((s, i) => ({ ...s, place: i + 1 }));
  return [...placed(commended), ...placed(criticised), ...all.filter((s) => s.standing === 'unassessed')];
}

/**
 * The forecast (ISSUE 11 §2): when each village and unit reaches each target at its recent pace. The pace is the
 * change in percentage points a week over the last three snapshots of the history (this consolidation's included);
 * the projected day is the last snapshot's plus the days that pace needs to close the gap; and the people a week it
 * takes to meet the target by the indicator's deadline is what is still missing on the current list, spread over the
 * weeks left ("cần thêm 14 người/tuần"). A single snapshot gives no pace: it says so rather than guessing, and a pace
 * of zero or less never reaches the target: no day is given.
 */
import type { Target } from '../campaign/schema';
import { dayNumberOf, isoOfDayNumber } from '../dates';
import { formatCount, formatDecimal, formatVnDate } from '../format';
import { missingToTarget } from './count';
import type { Forecast, ReportFigures, ReportModel } from './model';

/** One snapshot of one village's or unit's indicator. */
export interface Figure {
  asOf: string;
  numerator: number;
  denominator: number;
}

type Info = ReportFigures['indicators'][number];

/** How many snapshots the pace is taken over (ISSUE 11 §2: "over the last three snapshots"). */
export const PACE_SNAPSHOTS = 3;
/** A day further off than this is not given: at such a pace the target is out of reach in any campaign. */
const HORIZON_DAYS = 3650;

const percentOf = (f: Figure) => (f.numerator / f.denominator) * 100;
const daysBetween = (from: string, to: string) => dayNumberOf(to) - dayNumberOf(from);

/** A rate of each week's own figures (a count form's week, not summed over the campaign) does not build up towards a target. */
export function isForecast(info: Pick<Info, 'source' | 'cumulative'>): boolean {
  return info.source !== 'counts' || info.cumulative === true;
}

/** The first day on which `percent`, rising `pace` points a week, meets the target (at least one day: it is not met now). */
function daysToTarget(percent: number, pace: number, target: Target): number {
  // Rounded to a millionth of a day first, so 13.9999999 days of float arithmetic are 14.
  const days = Math.round((((target.value - percent) * 7) / pace) * 1e6) / 1e6;
  return Math.max(1, target.op === '>' ? Math.floor(days) + 1 : Math.ceil(days));
}

/** The forecast of one village's or unit's indicator from its snapshots (oldest first), as of the report's date. */
export function forecastOf(figures: readonly Figure[], info: Pick<Info, 'target' | 'deadline'>, asOf: string): Forecast {
  const window = figures.filter((f) => f.denominator > 0 && f.asOf <= asOf).slice(-PACE_SNAPSHOTS);
  const base = { snapshots: window.length, since: window.length > 0 ? window[0].asOf : null, deadline: info.deadline };
  const empty = { ...base, pacePointsPerWeek: null, reachedOn: null, beforeDeadline: null, needed: null, neededPerWeek: null };
  const last = window.at(-1);
  if (last === undefined) return { status: 'none', ...empty };
  const needed = missingToTarget(last.numerator, last.denominator, info.target);
  if (needed === 0) return { status: 'met', ...empty, needed };
  // Spread over the weeks to the deadline from the report's date; a snapshot on the deadline still counts.
  const daysLeft = daysBetween(asOf, info.deadline);
  const neededPerWeek = needed !== null && daysLeft > 0 ? Math.ceil((needed * 7) / daysLeft) : null;
  const known = { ...empty, needed, neededPerWeek };
  if (window.length < 2) return { status: 'tooLittleHistory', ...known };
  const first = window[0];
  // On the fractions' cross products, divided once: 60% to 55% in a week is −5 points, not −4,999….
  const pace = ((last.numerator * first.denominator - first.numerator * last.denominator) * 700) / (first.denominator * last.denominator * daysBetween(first.asOf, last.asOf));
  if (pace <= 0 || needed === null) return { status: 'never', ...known, pacePointsPerWeek: pace };
  const days = daysToTarget(percentOf(last), pace, info.target);
  const reachedOn = days > HORIZON_DAYS ? null : isoOfDayNumber(dayNumberOf(last.asOf) + days);
  const beforeDeadline = reachedOn === null ? null : reachedOn <= info.deadline;
  return { status: beforeDeadline === true ? 'onTrack' : 'late', ...known, pacePointsPerWeek: pace, reachedOn, beforeDeadline };
}

/** What the indicator counts, in the words of "cần thêm 14 người/tuần". */
function unitOf(info: Pick<Info, 'source'>): { vi: string; en: string; enOne: string } {
  if (info.source === 'counts') return { vi: 'lượt', en: 'visits', enOne: 'visit' };
  if (info.source === 'mismatches') return { vi: 'trường hợp', en: 'cases', enOne: 'case' };
  return { vi: 'người', en: 'people', enOne: 'person' };
}

/** "tăng 2,0 điểm/tuần", "giảm 5,0 điểm/tuần", "không tăng". */
export const paceVi = (p: number | null) => (p === null || p === 0 ? 'không tăng' : p > 0 ? `tăng ${formatDecimal(p, 1)} điểm/tuần` : `giảm ${formatDecimal(-p, 1)} điểm/tuần`);
const paceEn = (p: number) => (p > 0 ? `up ${p.toFixed(1)} points a week` : p < 0 ? `down ${(-p).toFixed(1)} points a week` : 'not rising');

/** "cần thêm 14 người/tuần"; null when there is no such figure (met, or the deadline is today or past). */
export function neededWords(f: Forecast, info: Pick<Info, 'source'>): { vi: string; en: string } | null {
  if (f.neededPerWeek === null || f.neededPerWeek === 0) return null;
  const unit = unitOf(info);
  const en = `${f.neededPerWeek} more ${f.neededPerWeek === 1 ? unit.enOne : unit.en} a week needed`;
  return { vi: `cần thêm ${formatCount(f.neededPerWeek)} ${unit.vi}/tuần`, en };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The forecast in a few words, Vietnamese and English, for the weekly report's column and the pane: "Đã đạt", "Chưa
 * đủ số liệu để dự báo", "Tăng 2,0 điểm/tuần: đạt ngày 12/11/2025, kịp hạn", "Không tăng: không đạt; cần thêm 14
 * người/tuần". Null without a figure.
 */
export function forecastWords(f: Forecast, info: Pick<Info, 'source'>): { vi: string; en: string } | null {
  if (f.status === 'none') return null;
  if (f.status === 'met') return { vi: 'Đã đạt', en: 'Met' };
  const pace = f.pacePointsPerWeek ?? 0;
  let vi = 'chưa đủ số liệu để dự báo';
  let en = 'too little history to forecast';
  if (f.status === 'never') {
    vi = `${paceVi(pace)}: không đạt`;
    en = `${paceEn(pace)}: never met`;
  } else if (f.status !== 'tooLittleHistory') {
    const on = f.reachedOn === null ? null : formatVnDate(f.reachedOn);
    // The deadline itself is beside it: in the table's heading, in the pane's line.
    vi = `${paceVi(pace)}: ${on === null ? 'chưa thấy ngày đạt' : `đạt ngày ${on}`}, ${f.beforeDeadline === true ? 'kịp hạn' : 'không kịp hạn'}`;
    en = `${paceEn(pace)}: ${on === null ? 'no day in sight' : `met on ${on}`}, ${f.beforeDeadline === true ? 'in time' : 'after the deadline'}`;
  }
  const need = f.status === 'onTrack' ? null : neededWords(f, info);
  return { vi: capital(need ? `${vi}; ${need.vi}` : vi), en: capital(need ? `${en}; ${need.en}` : en) };
}

const keyOf = (kind: string, name: string, id: string) => `${kind}\u0000${name}\u0000${id}`;

/** Each village's and unit's forecasts, found by kind, name and indicator (`forecastAt`). */
export function forecastIndex(model: Pick<ReportModel, 'standings'>): (kind: string, name: string, id: string) => Forecast | null {
  const out = new Map<string, Forecast>();
  for (const s of model.standings) for (const i of s.indicators) if (i.forecast) out.set(keyOf(s.kind, s.name, i.id), i.forecast);
  return (kind, name, id) => out.get(keyOf(kind, name, id)) ?? null;
}

/** Will not make the deadline at this pace, while it is still ahead (after it, the standings say it was missed). */
export function willMiss(f: Forecast | null, asOf: string): f is Forecast {
  return f !== null && (f.status === 'late' || f.status === 'never') && asOf <= f.deadline;
}

/**
 * Some target whose deadline is still ahead is short, and no village or unit has a pace for any such target (one
 * snapshot each): nothing to forecast from.
 */
export function tooLittleHistory(model: Pick<ReportModel, 'standings' | 'asOf'>): boolean {
  const all = model.standings.flatMap((s) => s.indicators.map((i) => i.forecast)).filter((f) => f !== null && f.deadline >= model.asOf);
  return all.some((f) => f?.status === 'tooLittleHistory') && !all.some((f) => f !== null && f.pacePointsPerWeek !== null);
}

/**
 * The few sentences a weekly report opens with, generated from the figures: where the commune
 * stands on each indicator, how it moved since last week, who is below target or stalled, and
 * which villages and units have not sent a current list.
 */
import { formatCount, formatDeadline, formatDecimal, formatPercent, formatTargetValue, formatVnDate } from '../format';
import type { ReportModel } from './model';
import type { Comparison, IndicatorComparison } from './weekly';
import { countsNoPersons, entitiesNoun, kindNoun, wordingOf } from './wording';
import { formNotReported, totalNotReported } from './not-reported';
import { PACE_SNAPSHOTS, forecastIndex, neededWords, paceVi, tooLittleHistory, willMiss } from './forecast';
import { SHEET, type EntityKind } from '../vocabulary';

const pointsText = (d: number) => `${formatDecimal(Math.abs(d), 1)} điểm`;
/** "7.949/8.120": thousands with a dot, as in the tables. */
const ratio = (v: { numerator: number | null; denominator: number | null }) => `${v.numerator === null ? '—' : formatCount(v.numerator)}/${v.denominator === null ? '—' : formatCount(v.denominator)}`;

function names(list: readonly string[], max = 8): string {
  return list.length <= max ? list.join(', ') : `${list.slice(0, max).join(', ')} và ${list.length - max} nơi khác`;
}

/** With daily consolidations (seed 000 §I.2): ", tăng 1,5 điểm so với ngày hôm trước" for the commune's total. */
function sinceDayBefore(model: ReportModel, id: string, kind: EntityKind): string {
  const series = model.daily.find((s) => s.indicator === id);
  if (!series || series.days.at(-1) !== model.asOf) return '';
  const change = series.rows.find((r) => r.total && r.kind === kind)?.days.at(-1)?.change ?? null;
  if (change === null) return '';
  return change > 0 ? `, tăng ${pointsText(change)} so với ngày hôm trước` : change < 0 ? `, giảm ${pointsText(change)} so với ngày hôm trước` : ', không tăng so với ngày hôm trước';
}

/** What "last time" is for this report: "tuần trước", or the period before by name ("tháng 6/2026"). */
function previousName(model: ReportModel): string {
  return model.period.kind === 'week' ? 'tuần trước' : (model.period.previous?.label.toLowerCase() ?? 'kỳ trước');
}

/** Why an indicator has no figure at all: none yet, or (seed 000 §II.2) no list has the column it is computed on. */
function noFigureYet(model: ReportModel, id: string): string {
  const of = (kind: 'village' | 'unit') => (Object.hasOwn(model.totals[kind].indicators, id) ? model.totals[kind].indicators[id].onlyWithColumn : undefined);
  const column = of('village') ?? of('unit');
  return column ? `chưa có số liệu: chỉ tính trên danh sách có cột "${column}", chưa danh sách nào có cột này` : 'chưa có số liệu';
}

/** Where the kind's total stands: "Toàn xã (thôn, tổ dân phố) đạt 80,0% (16/20), tăng …, đạt chỉ tiêu". */
function totalPart(model: ReportModel, info: ReportModel['indicators'][number], c: IndicatorComparison, total: Comparison): string {
  const w = wordingOf(model);
  const reporters = c.rows.length === 1 ? c.rows[0].name : `Các ${w.sender} báo cáo số liệu`;
  const v = total.value;
  let s: string;
  if (info.source === 'entities') {
    // A share of entities (seed 003 §II.2: "100% các cơ sở khám chữa bệnh"): how many meet it of those with a figure.
    s = `${ratio(v)} ${kindNoun(model, total.kind)} có số liệu đạt (${formatPercent(v.percent)})`;
  } else {
    const who = c.totals.village
      ? `Toàn ${w.area} (${w.village})`
      : info.form
        ? `${reporters} (${info.cumulative ? 'lũy kế từ đầu đợt' : 'số liệu tuần'})`
        : `Các ${w.unit}`;
    s = `${who} đạt ${formatPercent(v.percent)} (${ratio(v)})`;
  }
  if (total.deltaPoints !== null) {
    const before = previousName(model);
    s += total.deltaPoints > 0 ? `, tăng ${pointsText(total.deltaPoints)} so với ${before}` : total.deltaPoints < 0 ? `, giảm ${pointsText(total.deltaPoints)} so với ${before}` : `, không tăng so với ${before}`;
  }
  s += sinceDayBefore(model, info.id, total.kind);
  return s + (v.met === null ? '' : v.met ? ', đạt chỉ tiêu' : ', chưa đạt chỉ tiêu');
}

export function indicatorSentence(model: ReportModel, c: IndicatorComparison): string {
  const w = wordingOf(model);
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- comparisons are made from the model's own indicators
  const info = model.indicators.find((i) => i.id === c.id)!;
  const parts: string[] = [];
  const total = c.totals.village ?? c.totals.unit;
  if (info.source === 'mismatches') {
    // The police's working list as a whole: every person once, villages and units together.
    const rows = model.mismatches;
    const done = rows.filter((r) => r.status === 'done').length;
    const overdue = rows.filter((r) => r.overdue).length;
    parts.push(
      rows.length === 0
        ? 'chưa có trường hợp sai lệch nào trong danh sách lỗi dữ liệu'
        : `đã xử lý ${ratio({ numerator: done, denominator: rows.length })} trường hợp trong danh sách lỗi dữ liệu (${formatPercent((done * 100) / rows.length)})` +
            (overdue > 0 ? `, ${formatCount(overdue)} trường hợp quá 24 giờ chưa xử lý` : ''),
    );
  } else if (total && totalNotReported(model, info, total.kind)) {
    parts.push(`${c.rows.length === 1 ? c.rows[0].name : `Các ${w.sender} gửi biểu`} chưa báo cáo số liệu ${model.period.label.toLowerCase()}`);
  } else if (total) {
    parts.push(totalPart(model, info, c, total));
  }
  const below = c.rows.filter((r) => r.kind === 'village' && r.value.met === false).map((r) => r.name);
  const belowUnits = c.rows.filter((r) => r.kind === 'unit' && r.value.met === false).map((r) => r.name);
  const silent = c.rows.filter((r) => formNotReported(model, info, r.name, r.kind)).map((r) => r.name);
  if (silent.length && c.rows.length > silent.length) parts.push(`chưa báo cáo số liệu ${model.period.label.toLowerCase()}: ${names(silent)}`);
  if (below.length) parts.push(`${below.length} ${w.village} chưa đạt chỉ tiêu: ${names(below)}`);
  // A single form's sender was just named with its figure.
  const namedAlready = info.form !== undefined && c.rows.length === 1;
  if (belowUnits.length && !namedAlready) parts.push(`${belowUnits.length} ${w.unit} chưa đạt: ${names(belowUnits)}`);
  const noFigure = c.rows.filter((r) => r.value.missingColumns).map((r) => r.name);
  if (noFigure.length) parts.push(`không có số liệu (${info.source === 'entities' ? 'biểu' : 'danh sách'} thiếu cột), không tính vào số cộng: ${names(noFigure)}`);
  // Counted over entities (ISSUE 10 §5): one without a figure for the period is not in the share either.
  const noData = info.source === 'entities' ? c.rows.filter((r) => !r.value.missingColumns && r.value.denominator === 0 && !silent.includes(r.name)).map((r) => r.name) : [];
  if (noData.length) parts.push(`không có số liệu, không tính vào số cộng: ${names(noData)}`);
  const stalled = c.rows.filter((r) => r.stalled).map((r) => r.name);
  if (stalled.length) parts.push(`không tăng so với lần tổng hợp trước: ${names(stalled)}`);
  const behind = c.rows.filter((r) => r.behindPace).map((r) => r.name);
  if (behind.length && info.pacePointsPerWeek) parts.push(`tăng dưới ${info.pacePointsPerWeek} điểm/tuần theo yêu cầu: ${names(behind)}`);
  if (parts.length === 0) parts.push(noFigureYet(model, c.id));
  return `${info.label.vi} (chỉ tiêu ${info.target.op === '>' ? 'trên' : 'từ'} ${formatTargetValue(info.target.value)}%): ${parts.join('; ')}.`;
}

/**
 * ISSUE 11 §2: the villages and units that will not make the indicator's deadline at their recent pace, with what
 * they need ("Thôn 2 (tăng 2,0 điểm/tuần, dự kiến đạt ngày 09/03/2026, cần thêm 14 người/tuần)"); null when none.
 */
export function forecastSentence(model: ReportModel, c: IndicatorComparison): string | null {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- comparisons are made from the model's own indicators
  const info = model.indicators.find((i) => i.id === c.id)!;
  const forecastAt = forecastIndex(model);
  const late = c.rows.flatMap((r) => {
    const f = forecastAt(r.kind, r.name, c.id);
    if (!willMiss(f, model.asOf)) return [];
    const parts = [paceVi(f.pacePointsPerWeek)];
    if (f.reachedOn !== null) parts.push(`dự kiến đạt ngày ${formatVnDate(f.reachedOn)}`);
    const need = neededWords(f, info);
    if (need) parts.push(need.vi);
    return [`${r.name} (${parts.join(', ')})`];
  });
  if (late.length === 0) return null;
  return `Dự báo "${info.label.vi}" theo tốc độ của ${PACE_SNAPSHOTS} lần tổng hợp gần nhất, không kịp hạn ${formatVnDate(info.deadline)}: ${names(late)}.`;
}

/** With a single snapshot of everything there is no pace yet: the report says so rather than guessing. */
export function forecastHistoryNote(model: ReportModel): string | null {
  return tooLittleHistory(model) ? 'Dự báo thời điểm đạt chỉ tiêu: chưa đủ số liệu (cần ít nhất hai lần tổng hợp).' : null;
}

export function completenessSentence(model: ReportModel): string {
  const c = model.completeness;
  const ok = c.filter((x) => x.status === 'ok').length;
  const pick = (status: string) => c.filter((x) => x.status === status).map((x) => x.name);
  // A campaign of count forms only (seed 003's facilities) receives reports, not lists.
  const parts = [`Đã nhận ${countsNoPersons(model) ? 'báo cáo' : 'danh sách'} của ${ok}/${c.length} ${entitiesNoun(model)}`];
  const missing = pick('missing');
  const empty = pick('empty');
  const stale = pick('stale');
  if (missing.length) parts.push(`chưa gửi: ${names(missing)}`);
  if (empty.length) parts.push(`danh sách trống: ${names(empty)}`);
  if (stale.length) parts.push(`số liệu cũ, trước ngày ${formatVnDate(model.period.from)}: ${names(stale)}`);
  if (c.some((x) => x.overdue)) parts.push(`đã quá hạn báo cáo (hạn ${formatDeadline(model.period.deadline)})`);
  return `${parts.join('; ')}.`;
}

/**
 * The one line of the signed report that says the annex is attached and what it holds (ISSUE 10 §3): the task groups'
 * members per village (seed 000 §III.12), the people without a level-2 account (§III.5), the health station's mismatch
 * lists (seed 001 phase 3). Empty when the workbook holds no side list, as the annex is then not written.
 */
export function annexSentence(model: ReportModel): string {
  if (model.sideLists.length === 0) return '';
  const w = wordingOf(model);
  const parts: string[] = [];
  const sent = model.annex.rosters.filter((r) => r.members.length > 0);
  const notSent = model.annex.rosters.filter((r) => r.members.length === 0).map((r) => r.village);
  if (sent.length > 0) {
    const members = sent.reduce((n, r) => n + r.members.length, 0);
    parts.push(`thành viên Tổ công tác của ${sent.length} ${w.village} (${formatCount(members)} người)${notSent.length > 0 ? `, chưa gửi: ${names(notSent)}` : ''}`);
  }
  const level2 = model.annex.withoutLevel2;
  if (level2.length > 0) {
    const people = level2.reduce((n, x) => n + x.people, 0);
    parts.push(`${formatCount(people)} người chưa có tài khoản định danh điện tử mức 2 theo lớp của ${names(level2.map((x) => x.owner))}`);
  }
  const mismatch = model.sideLists.filter((l) => l.kind === 'mismatch');
  if (mismatch.length > 0) {
    const cases = mismatch.reduce((n, l) => n + l.rows, 0);
    const owners = [...new Set(mismatch.map((l) => l.owner))];
    parts.push(`${formatCount(cases)} trường hợp sai lệch thông tin định danh do ${names(owners)} chuyển (từng trường hợp ở trang "${SHEET.errors}")`);
  }
  return `Kèm theo báo cáo là phụ lục ở trang "${SHEET.annex}" (không tính vào các chỉ tiêu): ${parts.join('; ')}.`;
}

/**
 * The few sentences a weekly report opens with, generated from the figures: where the commune
 * stands on each indicator, how it moved since last week, who is below target or stalled, and
 * which villages and units have not sent a current list.
 */
import { formatDecimal, formatPercent, formatTargetValue, formatVnDate } from '../format';
import type { ReportModel } from './model';
import type { IndicatorComparison } from './weekly';

const pointsText = (d: number) => `${formatDecimal(Math.abs(d), 1)} điểm`;

function names(list: readonly string[], max = 8): string {
  return list.length <= max ? list.join(', ') : `${list.slice(0, max).join(', ')} và ${list.length - max} nơi khác`;
}

/** Why an indicator has no figure at all: none yet, or (seed 000 §II.2) no list has the column it is computed on. */
function noFigureYet(model: ReportModel, id: string): string {
  const of = (kind: 'village' | 'unit') => (Object.hasOwn(model.totals[kind].indicators, id) ? model.totals[kind].indicators[id].onlyWithColumn : undefined);
  const column = of('village') ?? of('unit');
  return column ? `chưa có số liệu: chỉ tính trên danh sách có cột "${column}", chưa danh sách nào có cột này` : 'chưa có số liệu';
}

export function indicatorSentence(model: ReportModel, c: IndicatorComparison): string {
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
        : `đã xử lý ${done}/${rows.length} trường hợp trong danh sách lỗi dữ liệu (${formatPercent((done * 100) / rows.length)})` +
            (overdue > 0 ? `, ${overdue} trường hợp quá 24 giờ chưa xử lý` : ''),
    );
  } else if (total) {
    const reporters = c.rows.length === 1 ? c.rows[0].name : 'Các đơn vị báo cáo số liệu';
    const who = c.totals.village
      ? 'Toàn xã (thôn, tổ dân phố)'
      : info.form
        ? `${reporters} (${info.cumulative ? 'lũy kế từ đầu đợt' : 'số liệu tuần'})`
        : 'Các cơ quan, đơn vị';
    let s = `${who} đạt ${formatPercent(total.value.percent)} (${total.value.numerator}/${total.value.denominator})`;
    if (total.deltaPoints !== null) {
      s += total.deltaPoints > 0 ? `, tăng ${pointsText(total.deltaPoints)} so với tuần trước` : total.deltaPoints < 0 ? `, giảm ${pointsText(total.deltaPoints)} so với tuần trước` : ', không tăng so với tuần trước';
    }
    s += total.value.met === null ? '' : total.value.met ? ', đạt chỉ tiêu' : ', chưa đạt chỉ tiêu';
    parts.push(s);
  }
  const below = c.rows.filter((r) => r.kind === 'village' && r.value.met === false).map((r) => r.name);
  const belowUnits = c.rows.filter((r) => r.kind === 'unit' && r.value.met === false).map((r) => r.name);
  if (below.length) parts.push(`${below.length} thôn, tổ dân phố chưa đạt chỉ tiêu: ${names(below)}`);
  // A single form's sender was just named with its figure.
  const namedAlready = info.form !== undefined && c.rows.length === 1;
  if (belowUnits.length && !namedAlready) parts.push(`${belowUnits.length} cơ quan, đơn vị chưa đạt: ${names(belowUnits)}`);
  const noFigure = c.rows.filter((r) => r.value.missingColumns).map((r) => r.name);
  if (noFigure.length) parts.push(`không có số liệu (danh sách thiếu cột), không tính vào số cộng: ${names(noFigure)}`);
  const stalled = c.rows.filter((r) => r.stalled).map((r) => r.name);
  if (stalled.length) parts.push(`không tăng so với lần tổng hợp trước: ${names(stalled)}`);
  const behind = c.rows.filter((r) => r.behindPace).map((r) => r.name);
  if (behind.length && info.pacePointsPerWeek) parts.push(`tăng dưới ${info.pacePointsPerWeek} điểm/tuần theo yêu cầu: ${names(behind)}`);
  if (parts.length === 0) parts.push(noFigureYet(model, c.id));
  return `${info.label.vi} (chỉ tiêu ${info.target.op === '>' ? 'trên' : 'từ'} ${formatTargetValue(info.target.value)}%): ${parts.join('; ')}.`;
}

export function completenessSentence(model: ReportModel): string {
  const c = model.completeness;
  const ok = c.filter((x) => x.status === 'ok').length;
  const pick = (status: string) => c.filter((x) => x.status === status).map((x) => x.name);
  const parts = [`Đã nhận danh sách của ${ok}/${c.length} thôn, tổ dân phố, cơ quan, đơn vị`];
  const missing = pick('missing');
  const empty = pick('empty');
  const stale = pick('stale');
  if (missing.length) parts.push(`chưa gửi: ${names(missing)}`);
  if (empty.length) parts.push(`danh sách trống: ${names(empty)}`);
  if (stale.length) parts.push(`số liệu cũ, trước ngày ${formatVnDate(model.period.from)}: ${names(stale)}`);
  if (c.some((x) => x.overdue)) parts.push(`đã quá hạn báo cáo (${model.period.deadline.slice(11)} ngày ${formatVnDate(model.period.deadline.slice(0, 10))})`);
  return `${parts.join('; ')}.`;
}

/** The few lines the command line prints after a run: the period, each indicator's commune totals, issue counts, files. */
import { formatCount, formatDeadline, formatPercent, formatVnDate } from '../core/format';
import type { ReportModel } from '../core/report/model';
import { capitalised, kindNoun } from '../core/report/wording';
import type { ReportChoices } from '../core/campaign/report-periods';

/** The week line, and when the as-of date was not given, which week was taken and how to get the other one. */
function periodLines(model: ReportModel, choices: ReportChoices | null): string[] {
  const p = model.period;
  const lines = [`${p.label} (${formatVnDate(p.from)} – ${formatVnDate(p.to)}), số liệu đến ${formatVnDate(model.asOf)}; hạn báo cáo ${formatDeadline(p.deadline)}`];
  if (choices === null || p.phase !== 'during') return lines;
  const unit = p.kind === 'week' ? 'tuần' : 'kỳ';
  const taken = choices.chosen.which === 'ended' ? `${unit} vừa kết thúc, chưa đến hạn báo cáo (the period just ended)` : `${unit} hiện tại (the current period)`;
  const other = choices.other;
  const switchTo = other && other.period.phase === 'during' ? `; ${other.period.label.toLowerCase()}: --as-of ${formatVnDate(other.asOf)}` : '';
  lines.push(`  Mặc định: ${taken}${switchTo}`);
  return lines;
}

export function summaryLines(model: ReportModel, out: string, json: string | null, choices: ReportChoices | null = null): string[] {
  const lines = [model.campaign.name, ...periodLines(model, choices)];
  for (const kind of ['village', 'unit'] as const) {
    const t = model.totals[kind];
    if (t.entities === 0) continue;
    // The campaign's own words (seed 003: "Cơ sở khám bệnh, chữa bệnh"); no persons to count where every one sent a form.
    // "7 nơi; 949 người", never "7, 949 người", which reads as one number.
    const persons = model.entities.some((e) => e.kind === kind && !e.form && !e.sideList) ? `; ${formatCount(t.counted)} người (persons)` : '';
    lines.push(`${capitalised(kindNoun(model, kind))} (${kind === 'village' ? 'villages' : 'units'}): ${formatCount(t.entities)} nơi (places)${persons}`);
    for (const ind of model.indicators) {
      if (!Object.hasOwn(t.indicators, ind.id)) continue;
      const v = t.indicators[ind.id];
      const mark = v.met === null ? '—' : v.met ? 'đạt (met)' : 'chưa đạt (not met)';
      // Lists without a column the indicator needs have no figure and are not added in (ISSUE 10 §2); nor, for a share of
      // entities, those with no figure for the period (ISSUE 10 §5).
      const why = ind.source === 'entities' ? 'không có số liệu, no figure' : 'left out, no column';
      const leftOut = v.leftOut ? `; không tính (${why}): ${v.leftOut.join(', ')}` : '';
      lines.push(`  ${ind.label.vi}: ${formatCount(v.numerator)}/${formatCount(v.denominator)} = ${formatPercent(v.percent)} → ${mark}${leftOut}`);
    }
  }
  // Issue 10 §3: the lists read for what they are, so the officer sees why they are not in the figures above.
  const side = { roster: 'Tổ công tác (task-group rosters)', mismatch: 'sai lệch của Trạm Y tế → Lỗi dữ liệu (station mismatch lists)', noLevel2: 'chưa có mức 2 (no level-2 lists)' } as const;
  for (const kind of ['roster', 'mismatch', 'noLevel2'] as const) {
    const lists = model.sideLists.filter((l) => l.kind === kind);
    if (lists.length > 0) lines.push(`Không tính (not counted) — ${side[kind]}: ${formatCount(lists.length)} danh sách, ${formatCount(lists.reduce((n, l) => n + l.rows, 0))} dòng (rows)`);
  }
  const undecided = model.sheets.filter((s) => s.role === 'undecided').map((s) => s.sheet);
  if (undecided.length > 0) lines.push(`Chưa rõ loại, không tính (kind unclear, not counted): ${undecided.join(', ')}`);
  const c = model.issueCounts;
  lines.push(`Lỗi dữ liệu (errors): ${formatCount(c.error)}, cảnh báo (warnings): ${formatCount(c.warning)}, trùng lặp (duplicates): ${formatCount(model.duplicates.length)}`);
  lines.push(`Báo cáo (report): ${out}${json ? `\nJSON: ${json}` : ''}`);
  return lines;
}

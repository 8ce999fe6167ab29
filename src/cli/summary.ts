/** The few lines the command line prints after a run: the period, each indicator's commune totals, issue counts, files. */
import { formatDeadline, formatPercent, formatVnDate } from '../core/format';
import type { ReportModel } from '../core/report/model';


export function summaryLines(model: ReportModel, out: string, json: string | null): string[] {
  const p = model.period;
  const lines = [
    model.campaign.name,
    `Tuần ${p.index} (${formatVnDate(p.from)} – ${formatVnDate(p.to)}), số liệu đến ${formatVnDate(model.asOf)}; báo cáo ${formatDeadline(p.deadline)}`,
  ];
  for (const kind of ['village', 'unit'] as const) {
    const t = model.totals[kind];
    if (t.entities === 0) continue;
    lines.push(`${kind === 'village' ? 'Thôn, tổ dân phố (villages)' : 'Cơ quan, đơn vị (units)'}: ${t.entities}, ${t.counted} người (persons)`);
    for (const ind of model.indicators) {
      if (!Object.hasOwn(t.indicators, ind.id)) continue;
      const v = t.indicators[ind.id];
      const mark = v.met === null ? '—' : v.met ? 'đạt (met)' : 'chưa đạt (not met)';
      lines.push(`  ${ind.label.vi}: ${v.numerator}/${v.denominator} = ${formatPercent(v.percent)} → ${mark}`);
    }
  }
  const c = model.issueCounts;
  lines.push(`Lỗi dữ liệu (errors): ${c.error}, cảnh báo (warnings): ${c.warning}, trùng lặp (duplicates): ${model.duplicates.length}`);
  lines.push(`Báo cáo (report): ${out}${json ? `\nJSON: ${json}` : ''}`);
  return lines;
}

/**
 * "Báo cáo tuần": the weekly report the chairman signs. Decree 30/2020 layout on A4 portrait:
 * header, title with the week, a generated narrative, one table per indicator (this week, last
 * week, change, target met, rank; stalled or behind-pace rows shaded), who has not reported, the
 * count forms' figures (last week, this week, to date), then "Nơi nhận" and the signature.
 */
import { formatTarget, formatVnDate } from '../../format';
import type { FormReport, ReportModel } from '../model';
import { FORM_LABELS, MEASURE_LABELS } from '../../forms/measures';
import { sumFigure } from '../../forms/indicators';
import type { SheetSpec } from '../../sheetspec';
import { compareWithHistory, type Comparison } from '../weekly';
import { completenessSentence, indicatorSentence } from '../narrative';
import { adminHeader, signatureBlock } from './admin';
import { DECREE30_PORTRAIT, SheetBuilder, span } from './builder';
import { STYLES } from './styles';
import { assessment, leftOutNote, noFigureText } from './summary';
import { SHEET, ENTITY_KINDS } from '../../vocabulary';

const HEADERS = ['STT', 'Thôn, tổ dân phố / Cơ quan, đơn vị', 'Đạt', 'Tổng số', 'Tỷ lệ', 'Tuần trước', 'Tăng, giảm (điểm)', 'Đánh giá', 'Xếp hạng'];
const WIDTHS = [5, 25, 8, 8, 8, 8, 9, 9, 7];
const LAST = HEADERS.length - 1;
const SPLIT = 4;

function comparisonRow(b: SheetBuilder, r: number, stt: string, c: Comparison, total: boolean): void {
  const alarm = !total && (c.stalled || c.behindPace);
  const v = c.value;
  b.set(r, 0, stt, total ? 'totalLabel' : 'tdCenter');
  b.set(r, 1, c.name, total ? 'totalLabel' : alarm ? 'tdAlarm' : 'td');
  if (v.missingColumns) {
    // No figure, never 0%: the list lacks a column the indicator needs (ISSUE 10 §2); not ranked.
    b.merge(span(r, 2, r, 7), noFigureText(v.missingColumns), 'tdSmall');
    b.set(r, 8, null, 'tdCenter');
    return;
  }
  b.set(r, 2, v.numerator, total ? 'totalInt' : 'tdInt');
  b.set(r, 3, v.denominator, total ? 'totalInt' : 'tdInt');
  b.set(r, 4, v.percent === null ? null : v.percent / 100, total ? 'totalPct' : 'tdPct');
  b.set(r, 5, c.lastWeek?.percent == null ? null : c.lastWeek.percent / 100, total ? 'totalPct' : 'tdPct');
  b.set(r, 6, c.deltaPoints === null ? null : Math.round(c.deltaPoints * 10) / 10, total ? 'totalPoints' : 'tdPoints');
  b.set(r, 7, assessment(v.met), v.met === false ? (total ? 'totalNotMet' : 'notMet') : total ? 'totalMet' : 'met');
  b.set(r, 8, c.rank, total ? 'totalInt' : 'tdCenter');
}

export function layoutWeekly(model: ReportModel): SheetSpec {
  const b = new SheetBuilder(SHEET.weekly, STYLES, WIDTHS, DECREE30_PORTRAIT);
  let r = adminHeader(b, model, SPLIT, LAST);
  const p = model.period;
  b.merge(span(r++, 0, r - 1, LAST), 'BÁO CÁO', 'title');
  b.merge(span(r++, 0, r - 1, LAST), `Kết quả thực hiện ${model.campaign.name}`, 'subject');
  b.merge(span(r++, 0, r - 1, LAST), `Tuần ${p.index} (từ ngày ${formatVnDate(p.from)} đến ngày ${formatVnDate(p.to)})`, 'period');
  r++;

  const comparisons = compareWithHistory(model);
  b.merge(span(r++, 0, r - 1, LAST), 'I. KẾT QUẢ CHUNG', 'heading');
  for (const c of comparisons) b.merge(span(r++, 0, r - 1, LAST), `- ${indicatorSentence(model, c)}`, 'paragraph');
  b.merge(span(r++, 0, r - 1, LAST), `- ${completenessSentence(model)}`, 'paragraph');
  r++;

  b.merge(span(r++, 0, r - 1, LAST), 'II. KẾT QUẢ THEO TỪNG CHỈ TIÊU', 'heading');
  const bars: { from: number; to: number }[] = [];
  comparisons.forEach((c, k) => {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- comparisons are made from the model's own indicators
    const info = model.indicators.find((i) => i.id === c.id)!;
    b.merge(span(r++, 0, r - 1, LAST), `${k + 1}. ${info.label.vi} (chỉ tiêu ${formatTarget(info.target)}, hạn ${formatVnDate(info.deadline)})`, 'subheading');
    HEADERS.forEach((h, col) => b.set(r, col, h, 'th'));
    r++;
    for (const kind of ENTITY_KINDS) {
      const rows = c.rows.filter((x) => x.kind === kind);
      if (rows.length === 0) continue;
      const first = r;
      rows.forEach((row, i) => comparisonRow(b, r++, String(i + 1), row, false));
      bars.push({ from: first, to: r - 1 });
      const total = c.totals[kind];
      const totalName = kind === 'village' ? 'Cộng thôn, tổ dân phố' : 'Cộng cơ quan, đơn vị';
      if (total) comparisonRow(b, r++, '', { ...total, name: totalName }, true);
      const leftOut = total ? leftOutNote(totalName, model.entities, c.id, model.totals[kind].indicators[c.id].leftOut, model.totals[kind].indicators[c.id].onlyWithColumn) : '';
      if (leftOut) b.merge(span(r++, 0, r - 1, LAST), leftOut, 'note');
    }
    r++;
  });
  b.merge(
    span(r++, 0, r - 1, LAST),
    'Ô tên tô màu: tỷ lệ không tăng so với lần tổng hợp trước, hoặc tăng chậm hơn yêu cầu của kế hoạch. Xếp hạng trong từng nhóm (thôn, tổ dân phố; cơ quan, đơn vị).',
    'note',
  );
  r++;
  if (model.forms.length > 0) r = formsSection(b, model, r);
  b.spec.conditionalFormats = bars.map((x) => ({ kind: 'dataBar' as const, range: span(x.from, 4, x.to, 4), color: '5B9BD5', min: 0, max: 1 }));
  signatureBlock(b, model, r, SPLIT, LAST);
  return b.fitRowHeights().spec;
}

/**
 * "III. Số liệu tổng hợp …": each count form's figures, one row per figure (the forms are wide, the
 * page is portrait): last week, this week and the campaign to date.
 */
function formsSection(b: SheetBuilder, model: ReportModel, row: number): number {
  let r = row;
  const week = model.period.index;
  b.merge(span(r++, 0, r - 1, LAST), 'III. SỐ LIỆU TỔNG HỢP CỦA TRẠM Y TẾ, TRUNG TÂM PVHCC, TRƯỜNG HỌC', 'heading');
  model.forms.forEach((form: FormReport, k) => {
    b.merge(span(r++, 0, r - 1, LAST), `${k + 1}. ${form.name} (${FORM_LABELS[form.kind].vi})`, 'subheading');
    b.set(r, 0, 'STT', 'th');
    b.merge(span(r, 1, r, 4), 'Nội dung', 'th');
    b.set(r, 5, week > 1 ? `Tuần ${week - 1}` : 'Tuần trước', 'th');
    b.set(r, 6, `Tuần ${week}`, 'th');
    b.merge(span(r, 7, r, 8), 'Lũy kế từ đầu đợt', 'th');
    r++;
    form.measures.forEach((m, i) => {
      b.set(r, 0, String(i + 1), 'tdCenter');
      b.merge(span(r, 1, r, 4), MEASURE_LABELS[m].vi, 'td');
      b.set(r, 5, form.dated && week > 1 ? sumFigure(form.rows, m, week - 1, false) : null, 'tdInt');
      b.set(r, 6, sumFigure(form.rows, m, week, false), 'tdInt');
      b.merge(span(r, 7, r, 8), sumFigure(form.rows, m, week, true), 'tdInt');
      r++;
    });
    r++;
  });
  return r;
}

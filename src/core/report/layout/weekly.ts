/**
 * "Báo cáo tuần": the weekly report the chairman signs. Decree 30/2020 layout on A4 portrait:
 * header, title with the week, a generated narrative, one table per indicator (this week, last
 * week, change, target met, rank; stalled or behind-pace rows shaded), who has not reported, the
 * count forms' figures (last week, this week, to date), then "Nơi nhận" and the signature.
 */
import { formatTarget, formatVnDate } from '../../format';
import type { DailySeriesReport as DailySeries, FormReport, ReportModel } from '../model';
import { MEASURE_LABELS } from '../../forms/measures';
import { entitiesHeader, formLabel, kindNoun, reportedKinds, totalLabel, wordingOf } from '../wording';
import { sumFigure } from '../../forms/indicators';
import type { SheetSpec } from '../../sheetspec';
import { compareWithHistory, type Comparison } from '../weekly';
import { annexSentence, completenessSentence, forecastHistoryNote, forecastSentence, indicatorSentence } from '../narrative';
import { PACE_SNAPSHOTS, forecastIndex, forecastWords, willMiss } from '../forecast';
import { adminHeader, signatureBlock } from './admin';
import { DECREE30_PORTRAIT, SheetBuilder, span } from './builder';
import { paginate } from './paginate';
import { STYLES } from './styles';
import { assessment, leftOutNote, noFigureText, pointsCell, rateCell } from './summary';
import { SHEET, ENTITY_KINDS, type Measure } from '../../vocabulary';
import { NOT_REPORTED, formNotReported, totalNotReported } from '../not-reported';
import { asOfNotice } from '../../campaign/periods';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V'];

const HEADERS = ['STT', '', 'Đạt', 'Tổng số', 'Tỷ lệ', 'Tuần trước', 'Tăng, giảm (điểm)', 'Dự báo đạt chỉ tiêu', 'Đánh giá', 'Xếp hạng'];
/** The comparison column of a report for a longer period: "Kỳ trước" (the month before, for a monthly report). */
const PREVIOUS_PERIOD = 'Kỳ trước';
const WIDTHS = [5, 20, 7, 7, 7, 7, 9, 17, 9, 6];
/** The forecast's column (ISSUE 11 §2), beside the change in points. */
const FORECAST = 7;
const LAST = HEADERS.length - 1;
/** The day-by-day table's change since the day before: the last two columns, after up to six days. */
const CHANGE = LAST - 1;
const SPLIT = 4;

type ForecastAt = ReturnType<typeof forecastIndex>;

/** The forecast's cell (ISSUE 11 §2): its words, in red when the deadline will be missed at this pace; blank on a total row. */
function forecastCell(b: SheetBuilder, r: number, at: { model: ReportModel; forecastAt: ForecastAt; info: ReportModel['indicators'][number] }, c: Comparison, total: boolean): void {
  if (c.value.missingColumns) return;
  if (total) {
    b.set(r, FORECAST, null, 'totalLabel');
    return;
  }
  const f = at.forecastAt(c.kind, c.name, at.info.id);
  b.set(r, FORECAST, f ? (forecastWords(f, at.info)?.vi ?? null) : null, willMiss(f, at.model.asOf) ? 'tdForecastLate' : 'tdForecast');
}

function comparisonRow(b: SheetBuilder, r: number, stt: string, c: Comparison, total: boolean, notReported = false): void {
  const alarm = !total && (c.stalled || c.behindPace);
  const v = c.value;
  b.set(r, 0, stt, total ? 'totalLabel' : 'tdCenter');
  b.set(r, 1, c.name, total ? 'totalLabel' : alarm ? 'tdAlarm' : 'td');
  if (v.missingColumns) {
    // No figure, never 0%: the list lacks a column the indicator needs (ISSUE 10 §2); not ranked.
    b.merge(span(r, 2, r, 8), noFigureText(v.missingColumns), 'tdSmall');
    b.set(r, 9, null, 'tdCenter');
    return;
  }
  if (notReported) {
    // A form with no row for the week: nothing to show but that, and last week's rate.
    for (const col of [2, 3, 4, 6, 9]) b.set(r, col, null, total ? 'totalInt' : 'tdInt');
    b.set(r, 5, rateCell(c.lastWeek?.percent), total ? 'totalPct' : 'tdPct');
    b.set(r, 8, NOT_REPORTED, total ? 'totalMet' : 'tdCenter');
    return;
  }
  b.set(r, 2, v.numerator, total ? 'totalInt' : 'tdInt');
  b.set(r, 3, v.denominator, total ? 'totalInt' : 'tdInt');
  b.set(r, 4, rateCell(v.percent), total ? 'totalPct' : 'tdPct');
  b.set(r, 5, rateCell(c.lastWeek?.percent), total ? 'totalPct' : 'tdPct');
  b.set(r, 6, pointsCell(c.deltaPoints), total ? 'totalPoints' : 'tdPoints');
  b.set(r, 8, assessment(v.met), v.met === false ? (total ? 'totalNotMet' : 'notMet') : total ? 'totalMet' : 'met');
  b.set(r, 9, c.rank, total ? 'totalInt' : 'tdCenter');
}

/** How rows are ranked: within each kind, "(thôn, tổ dân phố; cơ quan, đơn vị)"; among the one kind a campaign reports. */
function rankingNote(model: ReportModel): string {
  const kinds = reportedKinds(model);
  return kinds.length > 1 ? `Xếp hạng trong từng nhóm (${kinds.map((k) => kindNoun(model, k)).join('; ')}).` : `Xếp hạng giữa các ${kindNoun(model, kinds[0])}.`;
}

/** Under an indicator counted over entities (ISSUE 10 §5): what its 1/1 and 0/1 rows mean and who is not counted. */
function shareNote(model: ReportModel, info: ReportModel['indicators'][number]): string {
  const nouns = info.appliesTo.map((k) => kindNoun(model, k)).join(', ');
  return `Tỷ lệ tính trên số ${nouns}: mỗi nơi đạt điều kiện ghi 1/1, chưa đạt ghi 0/1; nơi không có số liệu kỳ này (chưa báo cáo, biểu thiếu cột) không tính vào số cộng.`;
}

/** The signed report for its period: "Báo cáo tuần" for a week, "Báo cáo định kỳ" for a month or longer. */
export function layoutWeekly(model: ReportModel): SheetSpec {
  const weekly = model.period.kind === 'week';
  const b = new SheetBuilder(weekly ? SHEET.weekly : SHEET.periodic, STYLES, WIDTHS, DECREE30_PORTRAIT);
  let r = adminHeader(b, model, SPLIT, LAST);
  const p = model.period;
  b.merge(span(r++, 0, r - 1, LAST), 'BÁO CÁO', 'title');
  b.merge(span(r++, 0, r - 1, LAST), `Kết quả thực hiện ${model.campaign.name}`, 'subject');
  b.merge(span(r++, 0, r - 1, LAST), `${p.label} (từ ngày ${formatVnDate(p.from)} đến ngày ${formatVnDate(p.to)})`, 'period');
  const outside = asOfNotice(model.campaign, model.asOf);
  if (outside) b.merge(span(r++, 0, r - 1, LAST), outside.vi, 'note');
  r++;

  const comparisons = compareWithHistory(model);
  b.keepWithNext(r);
  b.merge(span(r++, 0, r - 1, LAST), 'I. KẾT QUẢ CHUNG', 'heading');
  for (const c of comparisons) {
    b.merge(span(r++, 0, r - 1, LAST), `- ${indicatorSentence(model, c)}`, 'paragraph');
    const late = forecastSentence(model, c);
    if (late) b.merge(span(r++, 0, r - 1, LAST), `- ${late}`, 'paragraph');
  }
  const noPace = forecastHistoryNote(model);
  if (noPace) b.merge(span(r++, 0, r - 1, LAST), `- ${noPace}`, 'paragraph');
  b.merge(span(r++, 0, r - 1, LAST), `- ${completenessSentence(model)}`, 'paragraph');
  const annex = annexSentence(model);
  if (annex) b.merge(span(r++, 0, r - 1, LAST), `- ${annex}`, 'paragraph');
  r++;

  b.keepWithNext(r);
  b.merge(span(r++, 0, r - 1, LAST), 'II. KẾT QUẢ THEO TỪNG CHỈ TIÊU', 'heading');
  const forecastAt = forecastIndex(model);
  comparisons.forEach((c, k) => {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- comparisons are made from the model's own indicators
    const info = model.indicators.find((i) => i.id === c.id)!;
    const top = r;
    b.merge(span(r++, 0, r - 1, LAST), `${k + 1}. ${info.label.vi} (chỉ tiêu ${formatTarget(info.target)}, hạn ${formatVnDate(info.deadline)})`, 'subheading');
    HEADERS.forEach((h, col) => b.set(r, col, col === 1 ? entitiesHeader(model) : col === 5 && !weekly ? PREVIOUS_PERIOD : h, 'th'));
    // Three lines of bold 11-point: "Tăng, / giảm / (điểm)" breaks so in its narrow column (the estimate says two).
    b.height(r++, 46);
    for (const kind of ENTITY_KINDS) {
      const rows = c.rows.filter((x) => x.kind === kind);
      if (rows.length === 0) continue;
      rows.forEach((row, i) => {
        comparisonRow(b, r, String(i + 1), row, false, formNotReported(model, info, row.name, row.kind));
        forecastCell(b, r++, { model, forecastAt, info }, row, false);
      });
      const total = c.totals[kind];
      const totalName = totalLabel(model, kind);
      if (total) {
        comparisonRow(b, r, '', { ...total, name: totalName }, true, totalNotReported(model, info, kind));
        forecastCell(b, r++, { model, forecastAt, info }, total, true);
      }
      const leftOut = total ? leftOutNote(totalName, model.entities, c.id, model.totals[kind].indicators[c.id].leftOut, model.totals[kind].indicators[c.id].onlyWithColumn) : '';
      if (leftOut) b.merge(span(r++, 0, r - 1, LAST), leftOut, 'note');
    }
    if (info.source === 'entities') b.merge(span(r++, 0, r - 1, LAST), shareNote(model, info), 'note');
    b.table(top, { from: top + 1, to: top + 1 }, r - 1);
    r++;
  });
  b.merge(
    span(r++, 0, r - 1, LAST),
    `Ô tên tô màu: tỷ lệ không tăng so với lần tổng hợp trước, hoặc tăng chậm hơn yêu cầu của kế hoạch. ${rankingNote(model)} ` +
      `Dự báo: theo tốc độ tăng của ${PACE_SNAPSHOTS} lần tổng hợp gần nhất; số người cần thêm mỗi tuần để đạt chỉ tiêu đúng hạn.`,
    'note',
  );
  r++;
  // The series the JSON report carries (model.daily), in the order of the indicators' tables.
  const daily = comparisons.flatMap((c) => model.daily.filter((s) => s.indicator === c.id));
  let numeral = 3;
  if (daily.length > 0) r = dailySection(b, model, r, daily, ROMAN[numeral++]);
  if (model.forms.length > 0) r = formsSection(b, model, r, ROMAN[numeral]);
  b.keep(r, signatureBlock(b, model, r, SPLIT, LAST) - 1);
  return paginate(b);
}

/**
 * "III. Số liệu tổng hợp …": each count form's figures, one row per figure (the forms are wide, the
 * page is portrait): last week, this week and the campaign to date.
 */
function formsSection(b: SheetBuilder, model: ReportModel, row: number, numeral: string): number {
  if (model.period.kind !== 'week') return periodFormsSection(b, model, row, numeral);
  let r = row;
  const week = model.period.index;
  b.keepWithNext(r);
  b.merge(span(r++, 0, r - 1, LAST), `${numeral}. SỐ LIỆU TỔNG HỢP CỦA ${wordingOf(model).formSenders.toLocaleUpperCase('vi')}`, 'heading');
  model.forms.forEach((form: FormReport, k) => {
    const top = r;
    b.merge(span(r++, 0, r - 1, LAST), `${k + 1}. ${form.name} (${formLabel(model, form.kind)})`, 'subheading');
    b.set(r, 0, 'STT', 'th');
    b.merge(span(r, 1, r, 4), 'Nội dung', 'th');
    b.set(r, 5, week > 1 ? `Tuần ${week - 1}` : 'Tuần trước', 'th');
    b.set(r, 6, `Tuần ${week}`, 'th');
    b.merge(span(r, 7, r, LAST), 'Lũy kế từ đầu đợt', 'th');
    r++;
    // A week with no row of the form has not been reported: "Chưa báo cáo", not a column of zeros.
    const reported = (w: number) => form.rows.some((x) => x.week === w);
    const weekCell = (w: number, m: Measure) => (reported(w) ? sumFigure(form.rows, m, w, false) : NOT_REPORTED);
    form.measures.forEach((m, i) => {
      b.set(r, 0, String(i + 1), 'tdCenter');
      b.merge(span(r, 1, r, 4), MEASURE_LABELS[m].vi, 'td');
      b.set(r, 5, form.dated && week > 1 ? weekCell(week - 1, m) : null, reported(week - 1) ? 'tdInt' : 'tdCenter');
      b.set(r, 6, weekCell(week, m), reported(week) ? 'tdInt' : 'tdCenter');
      b.merge(span(r, 7, r, LAST), sumFigure(form.rows, m, week, true), 'tdInt');
      r++;
    });
    b.table(top, { from: top + 1, to: top + 1 }, r - 1);
    r++;
  });
  return r;
}

/** The rows of a form that end in a span (a class row, with no dates, belongs to the report's own period). */
function rowsIn(form: FormReport, span: { from: string; to: string }, own: boolean): FormReport['rows'] {
  return form.rows.filter((x) => (x.to === undefined ? own : x.to >= span.from && x.to <= span.to));
}

/** The forms' section of a report for a longer period: the period before, this period, the campaign to date. */
function periodFormsSection(b: SheetBuilder, model: ReportModel, row: number, numeral: string): number {
  let r = row;
  const p = model.period;
  b.keepWithNext(r);
  b.merge(span(r++, 0, r - 1, LAST), `${numeral}. SỐ LIỆU TỔNG HỢP CỦA ${wordingOf(model).formSenders.toLocaleUpperCase('vi')}`, 'heading');
  model.forms.forEach((form: FormReport, k) => {
    const top = r;
    b.merge(span(r++, 0, r - 1, LAST), `${k + 1}. ${form.name} (${formLabel(model, form.kind)})`, 'subheading');
    const previous = p.previous ? rowsIn(form, p.previous, false) : [];
    const current = rowsIn(form, p, true);
    const toDate = form.rows.filter((x) => x.to === undefined || x.to <= p.to);
    b.set(r, 0, 'STT', 'th');
    b.merge(span(r, 1, r, 4), 'Nội dung', 'th');
    b.set(r, 5, p.previous?.label ?? PREVIOUS_PERIOD, 'th');
    b.set(r, 6, p.label, 'th');
    b.merge(span(r, 7, r, LAST), 'Lũy kế từ đầu đợt', 'th');
    r++;
    const sum = (rows: FormReport['rows'], m: Measure) => rows.reduce((s, x) => s + (x.measures[m] ?? 0), 0);
    form.measures.forEach((m, i) => {
      b.set(r, 0, String(i + 1), 'tdCenter');
      b.merge(span(r, 1, r, 4), MEASURE_LABELS[m].vi, 'td');
      b.set(r, 5, p.previous === null ? null : previous.length > 0 ? sum(previous, m) : NOT_REPORTED, previous.length > 0 ? 'tdInt' : 'tdCenter');
      b.set(r, 6, current.length > 0 ? sum(current, m) : NOT_REPORTED, current.length > 0 ? 'tdInt' : 'tdCenter');
      b.merge(span(r, 7, r, LAST), sum(toDate, m), 'tdInt');
      r++;
    });
    b.table(top, { from: top + 1, to: top + 1 }, r - 1);
    r++;
  });
  return r;
}

/**
 * "III. Kết quả từng ngày": when consolidations are daily (seed 000 §I.2, "tỷ lệ ngày hôm sau phải cao hơn ngày hôm
 * trước"), each village's and unit's rate on each consolidated day of the period, a day that did not rise shaded,
 * and the change since the day before on the last day.
 */
function dailySection(b: SheetBuilder, model: ReportModel, row: number, series: readonly DailySeries[], numeral: string): number {
  let r = row;
  b.keepWithNext(r);
  b.merge(span(r++, 0, r - 1, LAST), `${numeral}. KẾT QUẢ TỪNG NGÀY`, 'heading');
  series.forEach((s, k) => {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a series is made for one of the model's indicators
    const info = model.indicators.find((i) => i.id === s.indicator)!;
    const top = r;
    b.merge(span(r++, 0, r - 1, LAST), `${k + 1}. ${info.label.vi}`, 'subheading');
    b.set(r, 0, 'STT', 'th');
    b.set(r, 1, entitiesHeader(model), 'th');
    s.days.forEach((d, j) => b.set(r, 2 + j, formatVnDate(d).slice(0, 5), 'th'));
    b.merge(span(r, CHANGE, r, LAST), 'So với hôm trước (điểm)', 'th');
    r++;
    let stt = 0;
    for (const row of s.rows) {
      b.set(r, 0, row.total ? '' : String(++stt), row.total ? 'totalLabel' : 'tdCenter');
      b.set(r, 1, row.total ? totalLabel(model, row.kind) : row.name, row.total ? 'totalLabel' : 'td');
      row.days.forEach((p, j) => {
        const style = row.total ? 'totalPct' : p?.stalled ? 'pctAlarm' : 'tdPct';
        b.set(r, 2 + j, rateCell(p?.percent), style);
      });
      for (let j = row.days.length; j < CHANGE - 2; j++) b.set(r, 2 + j, null, row.total ? 'totalPct' : 'tdPct');
      const change = row.days.at(-1)?.change ?? null;
      b.merge(span(r, CHANGE, r, LAST), pointsCell(change), row.total ? 'totalPoints' : 'tdPoints');
      if (row.total) stt = 0;
      r++;
    }
    b.table(top, { from: top + 1, to: top + 1 }, r - 1);
    r++;
  });
  b.merge(span(r++, 0, r - 1, LAST), 'Ô tô màu: tỷ lệ không cao hơn ngày hôm trước (kế hoạch yêu cầu tỷ lệ ngày hôm sau phải cao hơn ngày hôm trước).', 'note');
  return r + 1;
}

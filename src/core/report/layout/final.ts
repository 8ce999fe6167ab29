/**
 * "Báo cáo tổng kết": the campaign's final report. The commune's figures week by week for each
 * indicator, each target met or not at its deadline, who is commended and who is criticised, and
 * the data errors still open; Decree 30 header, "Nơi nhận" and signature as in the weekly report.
 */
import { formatCount, formatPercent, formatTarget, formatVnDate } from '../../format';
import type { ReportModel, Standing } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { deadlineChecks, weekByWeek } from '../final';
import { shownIndicators } from '../shown';
import { adminHeader, signatureBlock } from './admin';
import { DECREE30_PORTRAIT, SheetBuilder, span } from './builder';
import { paginate } from './paginate';
import { STYLES } from './styles';
import { assessment, pointsCell, rateCell } from './summary';
import { SHEET } from '../../vocabulary';
import { entitiesNoun, wordingOf } from '../wording';

// As wide as the weekly report, split as it is: the motto's 12-point capitals need the right-hand 56 (issue 13 §5: it was cut).
const WIDTHS = [6, 30, 10, 10, 10, 12, 16];
const LAST = WIDTHS.length - 1;
const SPLIT = 2;

export function layoutFinal(model: ReportModel): SheetSpec {
  const b = new SheetBuilder(SHEET.final, STYLES, WIDTHS, DECREE30_PORTRAIT);
  let r = adminHeader(b, model, SPLIT, LAST);
  const line = (text: string, style: string) => {
    b.merge(span(r, 0, r, LAST), text, style);
    r++;
  };
  line('BÁO CÁO TỔNG KẾT', 'title');
  line(model.campaign.name, 'subject');
  line(`(Từ ngày ${formatVnDate(model.campaign.start)} đến ngày ${formatVnDate(model.campaign.end)})`, 'period');
  r++;

  const shown = shownIndicators(model);
  b.keepWithNext(r);
  line('I. KẾT QUẢ THEO TỪNG TUẦN', 'heading');
  shown.forEach((info, k) => {
    const top = r;
    line(`${k + 1}. ${info.label.vi} (chỉ tiêu ${formatTarget(info.target)})`, 'subheading');
    ['Tuần', 'Thời gian', 'Đạt', 'Tổng số', 'Tỷ lệ', 'Tăng, giảm (điểm)', 'Đánh giá'].forEach((h, c) => b.set(r, c, h, 'th'));
    r++;
    let previous: number | null = null;
    const weeks = weekByWeek(model, info.id);
    for (const w of weeks) {
      b.set(r, 0, w.index, 'tdCenter');
      b.set(r, 1, `${formatVnDate(w.from).slice(0, 5)} – ${formatVnDate(w.to)}`, 'td');
      b.set(r, 2, w.numerator, 'tdInt');
      b.set(r, 3, w.denominator, 'tdInt');
      b.set(r, 4, rateCell(w.percent), 'tdPct');
      b.set(r, 5, pointsCell(w.percent !== null && previous !== null ? w.percent - previous : null), 'tdPoints');
      const met = w.numerator === null || w.denominator === null || w.denominator === 0 ? null : w.percent !== null && (info.target.op === '>' ? w.percent > info.target.value : w.percent >= info.target.value);
      const unknown = w.notReported ? 'Chưa báo cáo' : 'Chưa tổng hợp';
      b.set(r, 6, w.numerator === null ? unknown : assessment(met), w.numerator === null ? 'tdCenter' : met === false ? 'notMet' : 'met');
      if (w.percent !== null) previous = w.percent;
      r++;
    }
    if (weeks.some((w) => w.source === 'forms')) line('Tuần chưa có lần tổng hợp nào: số liệu theo các dòng có ngày của biểu báo cáo trong tuần đó.', 'note');
    b.table(top, { from: top + 1, to: top + 1 }, r - 1);
    r++;
  });

  const second = r;
  line('II. KẾT QUẢ SO VỚI CHỈ TIÊU ĐƯỢC GIAO', 'heading');
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Hạn', 'Số liệu ngày', 'Tỷ lệ', 'Đánh giá'].forEach((h, c) => b.set(r, c, h, 'th'));
  r++;
  const checks = deadlineChecks(model);
  shown.forEach((info, k) => {
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- deadlineChecks has one check per indicator of the model
    const d = checks.find((x) => x.id === info.id)!;
    b.set(r, 0, k + 1, 'tdCenter');
    b.set(r, 1, info.label.vi, 'td');
    b.set(r, 2, formatTarget(info.target), 'tdCenter');
    b.set(r, 3, formatVnDate(d.deadline), 'tdCenter');
    b.set(r, 4, d.asOf ? formatVnDate(d.asOf) : 'Chưa có', 'tdCenter');
    b.set(r, 5, rateCell(d.percent), 'tdPct');
    b.set(r, 6, assessment(d.met), d.met === false ? 'notMet' : 'met');
    r++;
  });
  b.table(second, { from: second + 1, to: second + 1 }, r - 1);
  r++;

  r = standingsSection(b, model, r);
  b.keepWithNext(r);
  line('V. DỮ LIỆU CÒN SAI SÓT CHƯA XỬ LÝ', 'heading');
  const c = model.issueCounts;
  line(
    c.error + c.warning === 0
      ? 'Không còn sai sót dữ liệu.'
      : `Còn ${formatCount(c.error)} lỗi và ${formatCount(c.warning)} cảnh báo về dữ liệu (danh sách chi tiết tại trang "${SHEET.errors}"), ${formatCount(model.duplicates.length)} trường hợp trùng lặp; đề nghị ${wordingOf(model).police} phối hợp các ${entitiesNoun(model)} xử lý dứt điểm.`,
    'paragraph',
  );
  r++;
  b.keep(r, signatureBlock(b, model, r, SPLIT, LAST) - 1);
  return paginate(b);
}

/** "tỷ lệ bình quân 84,8%" before the reasons, when the village or unit has figures. */
const meanText = (s: Standing) => (s.meanPercent === null ? '' : `tỷ lệ bình quân ${formatPercent(s.meanPercent)}`);

/**
 * What a village or unit is criticised for, as short as the signed page wants it: the targets still short with their
 * deadline ahead in one clause ("chưa đạt: … (67,9%); … (52,9%)"), every other reason in its own words.
 */
function criticism(model: ReportModel, s: Standing): string {
  const label = (id: string | undefined) => model.indicators.find((i) => i.id === id)?.label.vi ?? '';
  const said = (codes: readonly string[]) => s.reasons.filter((x) => codes.includes(x.code)).map((x) => x.message);
  const below = s.reasons.filter((x) => x.code === 'below');
  const belowText = below.length === 0 ? [] : [`chưa đạt: ${below.map((x) => `${label(x.indicator)} (${formatPercent(x.percent ?? null)})`).join('; ')}`];
  return [meanText(s), ...said(['neverReported', 'notReported', 'notStarted']), ...belowText, ...said(['missed'])].filter((t) => t !== '').join('; ');
}

/**
 * III and IV (seed 000 §III.9): the commended, best first; the criticised, worst first, each with what it is
 * criticised for (no list, nothing done, a target missed at its deadline); then those that cannot be judged.
 */
function standingsSection(b: SheetBuilder, model: ReportModel, row: number): number {
  let r = row;
  const line = (text: string, style: string) => {
    b.merge(span(r, 0, r, LAST), text, style);
    r++;
  };
  const of = (standing: Standing['standing']) => model.standings.filter((s) => s.standing === standing);
  b.keepWithNext(r);
  line('III. ĐỀ NGHỊ BIỂU DƯƠNG (đạt tất cả chỉ tiêu đúng hạn, xếp từ cao xuống)', 'heading');
  const commended = of('commended');
  if (commended.length === 0) line(`Chưa có ${entitiesNoun(model)} nào đạt tất cả chỉ tiêu đúng hạn.`, 'paragraph');
  commended.forEach((s, i) => line(`${i + 1}. ${s.name}: ${meanText(s)}.`, 'paragraph'));
  r++;
  b.keepWithNext(r);
  line('IV. PHÊ BÌNH, NHẮC NHỞ (chưa đạt đúng hạn, xếp từ thấp lên)', 'heading');
  const criticised = of('criticised');
  if (criticised.length === 0) line('Không có.', 'paragraph');
  criticised.forEach((s, i) => line(`${i + 1}. ${s.name}: ${criticism(model, s)}.`, 'paragraph'));
  const unassessed = of('unassessed').filter((s) => s.reasons.length > 0);
  if (unassessed.length > 0) {
    b.keepWithNext(r);
    line('Chưa đủ căn cứ đánh giá (không biểu dương, không phê bình):', 'note');
    for (const s of unassessed) line(`- ${s.name}: ${s.reasons.map((x) => x.message).join('; ')}.`, 'note');
  }
  return r + 1;
}

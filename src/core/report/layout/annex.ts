/**
 * "Phụ lục báo cáo", the annex sent with the report (issue 10 §3): the lists communes send that are read for what
 * they are and never counted. I. the task groups' members per village (seed 000 §III.12: "Báo cáo danh sách thành
 * viên Tổ công tác cho Chủ tịch UBND xã … để theo dõi, chỉ đạo"); II. the people still without a level-2 account
 * per unit, by class (seed 000 §III.5); III. the health station's mismatch lists, whose cases are on the police's
 * working list. A4 portrait, Decree 30/2020 type; written only when the workbook holds such a list.
 */
import { formatCount, formatVnDate } from '../../format';
import type { ReportModel } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { DECREE30_PORTRAIT, SheetBuilder, span } from './builder';
import { paginate } from './paginate';
import { STYLES } from './styles';
import { SHEET } from '../../vocabulary';
import { ANNEX_ROSTER_COLUMNS } from '../own-sheets';

const LEVEL2_COLUMNS = ['STT', 'Cơ quan, đơn vị / Thôn', 'Lớp', 'Số người chưa có tài khoản mức 2'] as const;
const WIDTHS = [6, 26, 20, 26, 15];
const LAST = WIDTHS.length - 1;
const ROMAN = ['I', 'II', 'III'];

/** True when the report has something for the annex: a roster, a no-level-2 list or a mismatch list. */
export function hasAnnex(model: ReportModel): boolean {
  return model.sideLists.length > 0;
}

export function layoutAnnex(model: ReportModel): SheetSpec {
  const b = new SheetBuilder(SHEET.annex, STYLES, WIDTHS, DECREE30_PORTRAIT);
  const body = model.campaign.issuingBody;
  let r = 0;
  // The first of two: the summary of every village and unit (layout/summary.ts) is Phụ lục II.
  b.merge(span(r++, 0, r - 1, LAST), 'PHỤ LỤC I', 'title');
  b.merge(span(r++, 0, r - 1, LAST), 'CÁC DANH SÁCH KÈM THEO BÁO CÁO (không tính vào các chỉ tiêu)', 'subject');
  b.merge(span(r++, 0, r - 1, LAST), `(Kèm theo Báo cáo số      /${model.campaign.report.symbol} ngày ${formatVnDate(model.asOf)} của ${body.name})`, 'periodWrap');
  r++;
  let section = 0;
  const heading = (text: string, note: string) => {
    b.keepWithNext(r).keepWithNext(r + 1);
    b.merge(span(r++, 0, r - 1, LAST), `${ROMAN[section++]}. ${text}`, 'heading');
    b.merge(span(r++, 0, r - 1, LAST), note, 'note');
  };
  if (model.annex.rosters.length > 0) {
    heading('THÀNH VIÊN TỔ CÔNG TÁC CÁC THÔN, TỔ DÂN PHỐ', 'Theo danh sách các thôn, tổ dân phố gửi để theo dõi, chỉ đạo; không tính vào chỉ tiêu.');
    r = rosterTable(b, model, r);
    r++;
  }
  if (model.annex.withoutLevel2.length > 0) {
    heading('NGƯỜI CHƯA CÓ TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ MỨC 2', 'Theo danh sách các trường học, cơ quan, đơn vị gửi; không cộng vào số cán bộ, học sinh của đơn vị.');
    r = withoutLevel2Table(b, model, r);
    r++;
  }
  const mismatchLists = model.sideLists.filter((l) => l.kind === 'mismatch');
  if (mismatchLists.length > 0) {
    heading('SAI LỆCH THÔNG TIN ĐỊNH DANH DO TRẠM Y TẾ CHUYỂN', `Từng trường hợp ở trang "${SHEET.errors}"; Công an xã làm sạch dữ liệu trong 24 giờ.`);
    for (const l of mismatchLists) {
      const on = l.listedOn === null ? '' : ` ngày ${formatVnDate(l.listedOn)}`;
      b.merge(span(r++, 0, r - 1, LAST), `- ${l.owner} (trang "${l.sheet}"${on}): ${formatCount(l.rows)} trường hợp.`, 'paragraph');
    }
  }
  return paginate(b);
}

/** Every village's members under a row naming it; a village of the campaign with no roster says so. */
function rosterTable(b: SheetBuilder, model: ReportModel, top: number): number {
  let r = top;
  ANNEX_ROSTER_COLUMNS.forEach((h, c) => b.set(r, c, h, 'th'));
  r++;
  for (const roster of model.annex.rosters) {
    const count = roster.members.length;
    b.merge(span(r++, 0, r - 1, LAST), count === 0 ? `${roster.village}: chưa gửi danh sách Tổ công tác` : `${roster.village} (${formatCount(count)} người)`, 'section');
    roster.members.forEach((m, i) => {
      b.set(r, 0, i + 1, 'tdCenter').set(r, 1, m.name, 'td').set(r, 2, m.position, 'td').set(r, 3, m.force, 'td').set(r, 4, m.phone, 'tdText');
      r++;
    });
  }
  b.table(top, { from: top, to: top }, r - 1);
  return r;
}

/** Per unit: one row per class with how many, then the unit's total. */
function withoutLevel2Table(b: SheetBuilder, model: ReportModel, top: number): number {
  let r = top;
  LEVEL2_COLUMNS.forEach((h, c) => (c < 3 ? b.set(r, c, h, 'th') : b.merge(span(r, c, r, LAST), h, 'th')));
  r++;
  model.annex.withoutLevel2.forEach((list, n) => {
    const first = r;
    for (const c of list.byClass) {
      b.set(r, 2, c.class === '' ? '(không ghi lớp)' : c.class, 'tdCenter');
      b.merge(span(r, 3, r, LAST), c.people, 'tdInt');
      r++;
    }
    b.set(r, 2, 'Cộng', 'totalLabel');
    b.merge(span(r, 3, r, LAST), list.people, 'totalInt');
    b.merge(span(first, 0, r, 0), n + 1, 'tdCenter');
    b.merge(span(first, 1, r, 1), list.owner, 'td');
    r++;
  });
  b.table(top, { from: top, to: top }, r - 1);
  return r;
}

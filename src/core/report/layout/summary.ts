/**
 * The summary sheet: Decree 30/2020 administrative header, title with the campaign and the week,
 * one row per village then per unit (records; those recorded without a smartphone and with a guardian
 * when some list has them; and for each indicator: achieved, population, %, met or not), the commune
 * totals per kind, and each count form's figures row by row.
 */
import { formatCount, formatPercent, formatPoints, formatTarget, formatVnDate } from '../../format';
import type { EntityReport, ReportModel } from '../model';
import type { SheetSpec } from '../../sheetspec';
import { DECREE30_MARGINS, SheetBuilder, span } from './builder';
import { paginate } from './paginate';
import { POINTS_PER_WIDTH_UNIT } from './measure';
import { hasAnnex } from './annex';
import { STYLES } from './styles';
import { shownIndicators } from '../shown';
import { MEASURE_LABELS } from '../../forms/measures';
import { countsNoPersons, entitiesHeader, entitiesNoun, formLabel, kindNoun, reportedKinds, totalLabel, wordingOf } from '../wording';
import { SHEET, type EntityKind } from '../../vocabulary';
import { NOT_REPORTED, formNotReported, totalNotReported } from '../not-reported';

const FIXED_COLUMNS = 3; // STT, name, records
const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const PER_INDICATOR = 4; // achieved, population, %, assessment

/** Persons recorded without a smartphone and with a guardian (seed 001): columns after the records, only when some list has them. */
const RECORDED_COLUMNS = [
  { key: 'noSmartphone', label: 'Không có ĐTTM' },
  { key: 'guardian', label: 'Có người giám hộ' },
] as const;
type RecordedColumn = (typeof RECORDED_COLUMNS)[number];


/** A rate's cell: "84,9%" as text in every locale (styles.ts), blank when there is none. */
export function rateCell(percent: number | null | undefined): string | null {
  return percent == null ? null : formatPercent(percent);
}

/** A change in points' cell: "+3,5" as text, blank when there is none. */
export function pointsCell(points: number | null | undefined): string | null {
  return points == null ? null : formatPoints(points);
}

export function assessment(met: boolean | null): string {
  return met === null ? '—' : met ? 'Đạt' : 'Chưa đạt';
}

/** What stands in place of a figure the list cannot give (ISSUE 10 §2): never 0%. */
export function noFigureText(missingColumns: readonly string[]): string {
  return `Không có số liệu: thiếu cột ${missingColumns.map((c) => `"${c}"`).join(', ')}`;
}

/** The note under a kind's total that leaves out villages or units without a figure: empty when none is. */
export function leftOutNote(
  kindTotal: string,
  entities: readonly Pick<EntityReport, 'name' | 'indicators'>[],
  id: string,
  leftOut: readonly string[] | undefined,
  onlyWithColumn?: string,
): string {
  if (!leftOut) return '';
  const named = leftOut.map((name) => {
    const value = entities.find((e) => e.name === name && Object.hasOwn(e.indicators, id))?.indicators[id];
    // Computed only on lists with a column (the day a dossier was received): a list without it has no value at all.
    const columns = value?.missingColumns ?? (onlyWithColumn ? [onlyWithColumn] : []);
    // Counted over entities (ISSUE 10 §5): one with no figure for the period (no row of its form) is not counted.
    if (columns.length === 0) return `${name} (không có số liệu kỳ này)`;
    return `${name} (danh sách thiếu cột ${columns.map((c) => `"${c}"`).join(', ')}, không có số liệu)`;
  });
  return `${kindTotal} không tính ${named.join('; ')}.`;
}

/** The summary table's columns: the fixed ones, the recorded ones when some list has them, four per indicator. */
interface SummaryColumns {
  indicators: ReportModel['indicators'];
  recorded: readonly RecordedColumn[];
  /** Zero-based column of the first indicator's first column. */
  first: number;
  lastCol: number;
}

/** The first table's header row, under the appendix's title lines. */
const HEADER_ROW = 5;
/** Each indicator's columns: achieved, population, % and assessment. */
const INDICATOR_WIDTHS = [7, 7, 7, 9];
/** STT, the village or unit, the persons listed; then each recorded column. */
const FIXED_WIDTHS = [5, 24, 9];
const RECORDED_WIDTH = 9;
/** The smallest type the appendix may print in (issue 13 §5), and the size of its table text. */
const MIN_PRINTED_SIZE = 10;
const TABLE_SIZE = 11;

/**
 * How many indicators one table holds: as many as one A4 landscape page shows with its 11-point figures printed at
 * 10 points or more (the print is scaled to one page wide); the others go in the next table, under it.
 */
export function indicatorsPerTable(recorded: number): number {
  const page = (297 - DECREE30_MARGINS.left - DECREE30_MARGINS.right) * (72 / 25.4);
  const units = (page * TABLE_SIZE) / MIN_PRINTED_SIZE / POINTS_PER_WIDTH_UNIT;
  const fixed = FIXED_WIDTHS.reduce((a, w) => a + w, 0) + recorded * RECORDED_WIDTH;
  const per = INDICATOR_WIDTHS.reduce((a, w) => a + w, 0);
  return Math.max(1, Math.floor((units - fixed) / per));
}

/**
 * "Tổng hợp", printed as the appendix of the signed report (Phụ lục, Decree 30/2020): every indicator of every
 * village and unit, a table of a few indicators at a time so the figures print large enough to read.
 */
export function layoutSummary(model: ReportModel): SheetSpec {
  const indicators = shownIndicators(model);
  const recorded = model.entities.some((e) => e.noSmartphone !== undefined || e.guardian !== undefined) ? RECORDED_COLUMNS : [];
  const first = FIXED_COLUMNS + recorded.length;
  const per = indicatorsPerTable(recorded.length);
  const tables = Array.from({ length: Math.max(1, Math.ceil(indicators.length / per)) }, (_, t) => indicators.slice(t * per, (t + 1) * per));
  const shown = Math.max(1, tables[0].length);
  const lastCol = first + shown * PER_INDICATOR - 1;
  const widths = [...FIXED_WIDTHS, ...recorded.map(() => RECORDED_WIDTH), ...Array.from({ length: shown }, () => INDICATOR_WIDTHS).flat()];
  // The forms' table puts one figure per column after STT, period and week.
  const formColumns = Math.max(0, ...model.forms.map((f) => 3 + f.measures.length));
  while (widths.length < formColumns) widths.push(10);
  const b = new SheetBuilder(SHEET.summary, STYLES, widths, {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    margins: DECREE30_MARGINS,
    centerHorizontally: true,
    pageNumbersFromPage2: true,
  });
  b.spec.tabColor = '1F4E79';

  titleRows(b, model, lastCol);
  let r = HEADER_ROW;
  tables.forEach((group, t) => {
    const cols: SummaryColumns = { indicators: group, recorded, first, lastCol: first + group.length * PER_INDICATOR - 1 };
    tableHeader(b, r, entitiesHeader(model), cols);
    // No data bars on the rates: they are text (styles.ts), and a bar printed behind a figure hides it (issue 13 §5).
    const end = entitySections(b, model, r + 2, cols);
    // The note under the last table goes with it.
    const last = t === tables.length - 1;
    if (last) note(b, model, end + 1, { indicators, recorded, first, lastCol });
    b.table(r, { from: r, to: r + 1 }, end - 1, last ? end + 1 : end - 1);
    r = end + 1;
  });
  if (model.forms.length > 0) formsTable(b, model, r + 2, Math.max(lastCol, formColumns - 1), ROMAN[reportedKinds(model).length + 1]);

  // On screen the names stay in view; the header too while there is one table (under it, another's would be wrong).
  b.spec.freeze = { rows: tables.length === 1 ? HEADER_ROW + 2 : 0, columns: 2 };
  return paginate(b);
}

/** The appendix's title (Decree 30/2020, Appendix I: an appendix names the document it goes with), the week. */
function titleRows(b: SheetBuilder, model: ReportModel, lastCol: number): void {
  const p = model.period;
  const body = model.campaign.issuingBody;
  // Numbered after the annex of side lists when the report has one (layout/annex.ts).
  b.merge(span(0, 0, 0, lastCol), hasAnnex(model) ? 'PHỤ LỤC II' : 'PHỤ LỤC', 'title');
  b.merge(span(1, 0, 1, lastCol), `Kết quả ${model.campaign.name} của từng ${entitiesNoun(model)}`, 'subject');
  b.merge(span(2, 0, 2, lastCol), `(Kèm theo Báo cáo số      /${model.campaign.report.symbol} ngày ${formatVnDate(model.asOf)} của ${body.name})`, 'periodWrap');
  b.merge(
    span(3, 0, 3, lastCol),
    `${p.label} (từ ${formatVnDate(p.from).slice(0, 5)} đến ${formatVnDate(p.to)}), số liệu đến ngày ${formatVnDate(model.asOf)}`,
    'period',
  );
}

/** Table header: two rows from row h, each indicator's label (with its target) over its four columns. */
function tableHeader(b: SheetBuilder, h: number, header: string, { indicators, recorded, first }: SummaryColumns): void {
  b.merge(span(h, 0, h + 1, 0), 'STT', 'th');
  b.merge(span(h, 1, h + 1, 1), header, 'th');
  b.merge(span(h, 2, h + 1, 2), 'Số người trong danh sách', 'th');
  recorded.forEach((col, j) => b.merge(span(h, FIXED_COLUMNS + j, h + 1, FIXED_COLUMNS + j), col.label, 'th'));
  indicators.forEach((ind, k) => {
    const c = first + k * PER_INDICATOR;
    b.merge(span(h, c, h, c + 3), `${ind.label.vi} (chỉ tiêu ${formatTarget(ind.target)})`, 'th');
    ['Đạt', 'Tổng số', 'Tỷ lệ', 'Đánh giá'].forEach((t, j) => b.set(h + 1, c + j, t, 'th'));
  });
}

/** The villages' section then the units', from row `start`, each with its totals row: the row after the last one written. */
function entitySections(
  b: SheetBuilder,
  model: ReportModel,
  start: number,
  { indicators, recorded, lastCol }: SummaryColumns,
): number {
  let r = start;
  // Numbered by the kinds the campaign reports: a report of facilities only has its one section "I".
  const kinds = reportedKinds(model);
  const section = (title: string, kind: EntityKind) => {
    const list = model.entities.filter((e) => e.kind === kind);
    if (list.length === 0) return;
    b.set(r, 0, ROMAN[kinds.length === 1 && kinds[0] === kind ? 1 : kind === 'village' ? 1 : 2], 'sectionCenter');
    b.merge(span(r, 1, r, lastCol), title, 'section');
    r++;
    list.forEach((e, i) =>
      entityRow(b, r++, String(i + 1), e.name, e.form || e.sideList ? null : e.records, e, indicators, recorded, false, (ind) => formNotReported(model, ind, e.name, e.kind)),
    );
    const totals = model.totals[kind];
    // A kind of count forms only (seed 003's facilities) has no persons to add up.
    const persons = list.some((e) => !e.form && !e.sideList) ? totals.records : null;
    entityRow(b, r++, '', totalLabel(model, kind), persons, totals, indicators, recorded, true, (ind) => totalNotReported(model, ind, kind));
  };
  section(kindNoun(model, 'village').toLocaleUpperCase('vi'), 'village');
  section(kindNoun(model, 'unit').toLocaleUpperCase('vi'), 'unit');
  if (model.entities.length === 0) b.merge(span(r++, 0, r - 1, lastCol), 'Chưa có danh sách nào được nhận diện trong sổ tính.', 'td');
  return r;
}

/** The note under the table: what "Tổng số" means, how many issues and duplicates, what the recorded columns count. */
function note(b: SheetBuilder, model: ReportModel, r: number, { indicators, recorded, lastCol }: SummaryColumns): void {
  const c = model.issueCounts;
  const leftOut = indicators.flatMap((ind) =>
    (['village', 'unit'] as const).flatMap((kind) => {
      const t = Object.hasOwn(model.totals[kind].indicators, ind.id) ? model.totals[kind].indicators[ind.id] : undefined;
      const text = leftOutNote(`"${ind.label.vi}": ${totalLabel(model, kind)}`, model.entities, ind.id, t?.leftOut, t?.onlyWithColumn);
      return text ? [` ${text}`] : [];
    }),
  );
  b.merge(
    span(r, 0, r, lastCol),
    `Ghi chú: "Tổng số" là mẫu số của từng chỉ tiêu${countsNoPersons(model) ? '. ' : '; mỗi người chỉ được tính một lần trong mỗi nhóm (thôn/cơ quan) theo số CCCD. '}` +
      `Dữ liệu có ${formatCount(c.error)} lỗi và ${formatCount(c.warning)} cảnh báo (xem trang "Lỗi dữ liệu"), ${formatCount(model.duplicates.length)} trường hợp trùng (trang "Trùng lặp").` +
      (recorded.length > 0
        ? ` Cột "Không có ĐTTM" và "Có người giám hộ": số người mà danh sách ghi là không có điện thoại thông minh, có người giám hộ (con, cháu, người thân) giữ tài khoản; những người này có được tính vào "Tổng số" hay không là theo từng chỉ tiêu của kế hoạch.`
        : '') +
      leftOut.join(''),
    'note',
  );
}

function entityRow(
  b: SheetBuilder,
  r: number,
  stt: string,
  name: string,
  records: number | null,
  e: Pick<EntityReport, 'indicators' | RecordedColumn['key']>,
  indicators: ReportModel['indicators'],
  recorded: readonly RecordedColumn[],
  total: boolean,
  notReported: (ind: ReportModel['indicators'][number]) => boolean,
): void {
  b.set(r, 0, stt, total ? 'totalLabel' : 'tdCenter');
  b.set(r, 1, name, total ? 'totalLabel' : 'td');
  b.set(r, 2, records, total ? 'totalInt' : 'tdInt');
  // A count form holds figures, not persons: nobody to record.
  recorded.forEach((col, j) => b.set(r, FIXED_COLUMNS + j, records === null ? null : (e[col.key] ?? 0), total ? 'totalInt' : 'tdInt'));
  const first = FIXED_COLUMNS + recorded.length;
  indicators.forEach((ind, k) => {
    const c = first + k * PER_INDICATOR;
    const value = Object.hasOwn(e.indicators, ind.id) ? e.indicators[ind.id] : undefined;
    if (!value || notReported(ind)) {
      for (let j = 0; j < PER_INDICATOR; j++) b.set(r, c + j, j === 3 ? (value ? NOT_REPORTED : '—') : null, total ? 'totalMet' : 'tdCenter');
      return;
    }
    if (value.missingColumns) {
      // 11 points like the figures: the appendix prints nothing under 10 (issue 13 §5).
      b.merge(span(r, c, r, c + PER_INDICATOR - 1), noFigureText(value.missingColumns), 'td');
      return;
    }
    b.set(r, c, value.numerator, total ? 'totalInt' : 'tdInt');
    b.set(r, c + 1, value.denominator, total ? 'totalInt' : 'tdInt');
    b.set(r, c + 2, rateCell(value.percent), total ? 'totalPct' : 'tdPct');
    const style = value.met === false ? (total ? 'totalNotMet' : 'notMet') : total ? 'totalMet' : 'met';
    b.set(r, c + 3, assessment(value.met), style);
  });
}

/** Each count form row by row (its period or class, the campaign week, every figure it has), with a total. */
function formsTable(b: SheetBuilder, model: ReportModel, row: number, lastCol: number, numeral: string): void {
  let r = row;
  b.set(r, 0, numeral, 'sectionCenter');
  b.merge(span(r, 1, r, lastCol), `SỐ LIỆU TỔNG HỢP CỦA ${wordingOf(model).formSenders.toLocaleUpperCase('vi')} (các dòng hợp lệ của biểu)`, 'section');
  r++;
  for (const form of model.forms) {
    b.merge(span(r, 0, r, lastCol), `${form.name} (${formLabel(model, form.kind)}), trang "${form.sheet}"`, 'td');
    r++;
    ['STT', form.dated ? 'Kỳ báo cáo' : 'Lớp', 'Tuần', ...form.measures.map((m) => MEASURE_LABELS[m].vi)].forEach((h, c) => b.set(r, c, h, 'th'));
    r++;
    form.rows.forEach((row, i) => {
      b.set(r, 0, String(i + 1), 'tdCenter');
      b.set(r, 1, row.label, 'td');
      b.set(r, 2, row.week, 'tdCenter');
      form.measures.forEach((m, j) => b.set(r, 3 + j, row.measures[m] ?? 0, 'tdInt'));
      r++;
    });
    b.set(r, 0, '', 'totalLabel');
    b.merge(span(r, 1, r, 2), 'Cộng', 'totalLabel');
    form.measures.forEach((m, j) => b.set(r, 3 + j, form.rows.reduce((s, x) => s + (x.measures[m] ?? 0), 0), 'totalInt'));
    r += 2;
  }
}

/**
 * Every setting of a campaign as a row of the "Cấu hình" sheet: its label, where it sits in the campaign, and how
 * its cells are written and read (config-values.ts). The campaign's own settings first, then one block of rows per
 * indicator. Labels are matched back ignoring case, diacritics and spacing, so no two may fold alike (a test checks).
 */
import type { CellValue } from '../grid';
import { FORM_LABELS, MEASURE_LABELS } from '../forms/measures';
import { formatTarget } from '../format';
import type { FormKind, Measure } from '../vocabulary';
import {
  AUTHORITY_WORDS,
  FLAG_WORDS,
  FORM_WORDS,
  KIND_WORDS,
  MEASURE_WORDS,
  SOURCE_WORDS,
  type Words,
  readCadence,
  readDate,
  readNumber,
  readTarget,
  readWeekly,
  readYesNo,
  showCadence,
  showDate,
  showNumber,
  showWeekly,
  showYesNo,
} from './config-values';

/** What one row's cells hold: a value (null: blank, leave it out) or what should have been written. */
export type CellRead = { value: unknown } | { error: string } | null;

export interface Codec {
  show(value: unknown): CellValue[];
  /** The cells right of the label; `formats` their number formats. */
  read(cells: readonly CellValue[], formats: readonly (string | undefined)[]): CellRead;
  /** A note written right of the value, ignored when read (a form's or a figure's name). */
  note?(value: unknown): string;
}

export interface Field {
  label: string;
  /** Where the value sits in the campaign (or in the indicator, for an indicator's row). */
  path: readonly string[];
  codec: Codec;
  /** A commune's own setting, in yellow; the rest is how the plan counts. */
  editable?: boolean;
  /** Each row one item of the list at `path` (Nơi nhận): a row may be added or deleted. */
  perRow?: boolean;
  /** The value is an object merged into `path` (the weekly deadline sets the weekday and the hour). */
  merge?: boolean;
  /** Written even when the campaign has none, blank, so people see where it goes. */
  always?: boolean;
  /** Only for these indicator sources. */
  sources?: readonly string[];
}

const blank = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');
const ok = (value: unknown): CellRead => ({ value });

/** A codec reading the first filled cell; blank is left out. */
function single(show: (value: never) => CellValue, read: (cell: CellValue, format: string | undefined) => unknown, what: string, note?: (value: never) => string): Codec {
  return {
    show: (value) => [value === undefined ? '' : show(value as never)],
    read: (cells, formats) => {
      const at = cells.findIndex((v) => !blank(v));
      if (at < 0) return null;
      const value = read(cells[at], formats[at]);
      return value === null ? { error: what } : ok(value);
    },
    ...(note ? { note: (value: unknown) => (value === undefined ? '' : note(value as never)) } : {}),
  };
}

const TEXT = single((v: string) => v, (v) => String(v).trim(), '');
const DATE = single((v: string) => showDate(v), (v) => readDate(v), 'ghi ngày dd/mm/yyyy, vd. 20/10/2025 (write a date dd/mm/yyyy)');
const WEEKLY = single((v: { weekday: number; time: string }) => showWeekly(v), (v) => readWeekly(v), 'ghi thứ và giờ như “Thứ Hai, 09:00” (write a weekday and time like “Thứ Hai, 09:00”)');
const TARGET = single((v: { op: '>' | '>='; value: number }) => formatTarget(v), (v, f) => readTarget(v, f), 'ghi mức như “≥ 80%” hoặc “> 95%” (write a target like “≥ 80%”)');
const NUMBER = single((v: number) => showNumber(v), (v) => readNumber(v), 'ghi một số, vd. 14 (write a number)');
const YES_NO = single((v: boolean) => showYesNo(v), (v) => readYesNo(v), 'ghi “Có” hoặc “Không” (write yes or no)');
const CADENCE = single((v: { period: 'month'; dueBeforeDay?: number }) => showCadence(v), (v) => readCadence(v), 'ghi kỳ như “Tháng, trước ngày 10”, “Quý”, “6 tháng”, “Năm” (write a period)');

function oneOf<T extends string>(w: Words<T>, note?: (code: T) => string): Codec {
  return single((v: T) => w.show(v), (v) => w.read(v), `ghi một trong: ${w.all.join('; ')} (one of these)`, note);
}

/** One item per cell: the flags of a population, the kinds an indicator applies to, the two signature lines. */
function perCell(read: (cell: CellValue) => unknown, show: (item: never) => CellValue, what: string): Codec {
  return {
    show: (value) => (Array.isArray(value) ? value.map((item) => show(item as never)) : []),
    read: (cells) => {
      const filled = cells.filter((v) => !blank(v));
      if (filled.length === 0) return null;
      const items = filled.map(read);
      const bad = filled.find((_, i) => items[i] === null);
      return bad === undefined ? ok(items) : { error: `“${String(bad)}”: ${what}` };
    },
  };
}

const FLAGS = perCell((v) => FLAG_WORDS.read(v), (f: never) => FLAG_WORDS.show(f), `mỗi ô một điều kiện: ${FLAG_WORDS.all.join('; ')} (one condition a cell)`);
const KINDS = perCell((v) => KIND_WORDS.read(v), (k: never) => KIND_WORDS.show(k), 'mỗi ô “Thôn” hoặc “Đơn vị” (a kind a cell)');
const TEXTS = perCell((v) => String(v).trim(), (t: string) => t, '');
/** The two lines above a signature: the second may be blank, so the cells keep their places. */
const LINES: Codec = {
  show: (value) => (Array.isArray(value) ? (value as string[]) : []),
  read: (cells) => {
    const [top, title] = [cells.at(0), cells.at(1)].map((v) => (v === undefined || v === null ? '' : String(v).trim()));
    if (top === '' && title === '') return null;
    return top === '' ? { error: 'ghi dòng thứ nhất vào ô đầu (the first line goes in the first cell)' } : ok([top, title]);
  },
};

const formNote = (k: FormKind) => FORM_LABELS[k].vi;
const measureNote = (m: Measure) => MEASURE_LABELS[m].vi;

/** The campaign's own rows, in the order the sheet shows them (sections are config-sheet.ts's). */
export const CAMPAIGN_SECTIONS: readonly { title: string; fields: readonly Field[] }[] = [
  {
    title: '1. CHIẾN DỊCH',
    fields: [
      { label: 'Mã chiến dịch', path: ['id'], codec: TEXT, editable: true },
      { label: 'Tên chiến dịch', path: ['name'], codec: TEXT, editable: true },
      { label: 'Căn cứ (kế hoạch)', path: ['source'], codec: TEXT, editable: true, always: true },
      { label: 'Ngày bắt đầu', path: ['start'], codec: DATE, editable: true },
      { label: 'Ngày kết thúc', path: ['end'], codec: DATE, editable: true },
    ],
  },
  {
    title: '2. CƠ QUAN BAN HÀNH VÀ NGƯỜI KÝ',
    fields: [
      { label: 'Cơ quan cấp trên', path: ['issuingBody', 'supervising'], codec: TEXT, editable: true, always: true },
      { label: 'Cơ quan ban hành', path: ['issuingBody', 'name'], codec: TEXT, editable: true },
      { label: 'Địa danh ghi ngày tháng', path: ['issuingBody', 'place'], codec: TEXT, editable: true },
      { label: 'Ký hiệu văn bản (Số …/…)', path: ['report', 'symbol'], codec: TEXT, editable: true },
      { label: 'Thẩm quyền ký (TM hoặc KT)', path: ['report', 'signature', 'authority'], codec: oneOf(AUTHORITY_WORDS), editable: true },
      { label: 'Dòng chữ trên chữ ký (thay TM, KT)', path: ['report', 'signature', 'lines'], codec: LINES, editable: true, always: true },
      { label: 'Người ký', path: ['report', 'signature', 'name'], codec: TEXT, editable: true, always: true },
      { label: 'Nơi nhận', path: ['report', 'recipients'], codec: TEXT, editable: true, perRow: true, always: true },
    ],
  },
  {
    title: '3. THỜI HẠN BÁO CÁO',
    fields: [
      { label: 'Hạn báo cáo tuần', path: ['reporting'], codec: WEEKLY, editable: true, merge: true },
      { label: 'Báo cáo định kỳ', path: ['reporting', 'cadences'], codec: CADENCE, editable: true, perRow: true },
      { label: 'Hạn báo cáo tổng kết (trước ngày)', path: ['reporting', 'finalReportDue'], codec: DATE, editable: true, always: true },
    ],
  },
  {
    title: '4. TỪ NGỮ TRONG BÁO CÁO',
    fields: [
      { label: 'Cách gọi các thôn', path: ['report', 'wording', 'village'], codec: TEXT },
      { label: 'Cách gọi các đơn vị', path: ['report', 'wording', 'unit'], codec: TEXT },
      { label: 'Cách gọi nơi gửi biểu', path: ['report', 'wording', 'sender'], codec: TEXT },
      { label: 'Địa bàn (Toàn …)', path: ['report', 'wording', 'area'], codec: TEXT },
      { label: 'Cơ quan làm sạch dữ liệu', path: ['report', 'wording', 'police'], codec: TEXT },
      { label: 'Các nơi gửi biểu số liệu', path: ['report', 'wording', 'formSenders'], codec: TEXT },
      { label: 'Tên biểu kcb', path: ['report', 'wording', 'forms', 'kcb'], codec: TEXT },
      { label: 'Tên biểu service', path: ['report', 'wording', 'forms', 'service'], codec: TEXT },
      { label: 'Tên biểu family', path: ['report', 'wording', 'forms', 'family'], codec: TEXT },
    ],
  },
];

/** An entity row: its label says the kind; then the sheet, the name in the report, and "Không tính". */
export const ENTITY_LABELS = { village: 'Thôn, tổ dân phố', unit: 'Cơ quan, đơn vị', none: 'Trang tính' } as const;
export const ENTITY_HEADER = ['Danh sách phải gửi', 'Tên trang tính', 'Tên trong báo cáo (nếu khác)', 'Không tính (Có)'] as const;

/** The row that starts an indicator's block: "Chỉ tiêu | level2_registered". */
export const INDICATOR_LABEL = 'Chỉ tiêu';

const FLAG_FIELDS = (side: 'denominator' | 'numerator', name: string): Field[] => [
  { label: `${name}: những người`, path: [side, 'flags'], codec: FLAGS, always: true, sources: ['persons'] },
  { label: `${name}: từ đủ tuổi`, path: [side, 'minAge'], codec: NUMBER, sources: ['persons'] },
  { label: `${name}: trừ những người`, path: [side, 'exclude'], codec: FLAGS, sources: ['persons'] },
  { label: `${name}: hồ sơ nhận từ ngày`, path: [side, 'receivedFrom'], codec: DATE, sources: ['persons'] },
];

/** An indicator's rows after its "Chỉ tiêu" row, each for the sources it belongs to (all when none is named). */
export const INDICATOR_FIELDS: readonly Field[] = [
  { label: 'Nội dung', path: ['label', 'vi'], codec: TEXT, editable: true },
  { label: 'Nội dung (tiếng Anh)', path: ['label', 'en'], codec: TEXT, editable: true },
  { label: 'Nguồn số liệu', path: ['source'], codec: oneOf(SOURCE_WORDS) },
  { label: 'Áp dụng cho', path: ['appliesTo'], codec: KINDS },
  { label: 'Chỉ tính nơi có tên bắt đầu bằng', path: ['entityNamePrefixes'], codec: TEXTS, sources: ['persons', 'entities'] },
  { label: 'Biểu số liệu', path: ['form'], codec: oneOf(FORM_WORDS, formNote), sources: ['counts'] },
  { label: 'Tử số: số liệu', path: ['numerator'], codec: oneOf(MEASURE_WORDS, measureNote), sources: ['counts'] },
  { label: 'Mẫu số: số liệu', path: ['denominator'], codec: oneOf(MEASURE_WORDS, measureNote), sources: ['counts'] },
  { label: 'Mẫu số: trừ số liệu', path: ['denominatorLess'], codec: oneOf(MEASURE_WORDS, measureNote), sources: ['counts'] },
  { label: 'Cộng dồn cả chiến dịch', path: ['cumulative'], codec: YES_NO, always: true, sources: ['counts'] },
  ...FLAG_FIELDS('denominator', 'Mẫu số'),
  ...FLAG_FIELDS('numerator', 'Tử số'),
  { label: 'Điều kiện: đạt chỉ tiêu', path: ['meets', 'indicator'], codec: TEXT, sources: ['entities'] },
  { label: 'Điều kiện: biểu số liệu', path: ['meets', 'form'], codec: oneOf(FORM_WORDS, formNote), sources: ['entities'] },
  { label: 'Điều kiện: số liệu', path: ['meets', 'measure'], codec: oneOf(MEASURE_WORDS, measureNote), sources: ['entities'] },
  { label: 'Điều kiện: từ mức', path: ['meets', 'atLeast'], codec: NUMBER, sources: ['entities'] },
  { label: 'Điều kiện: cộng dồn', path: ['meets', 'cumulative'], codec: YES_NO, sources: ['entities'] },
  { label: 'Mức chỉ tiêu', path: ['target'], codec: TARGET, editable: true },
  { label: 'Hạn hoàn thành', path: ['deadline'], codec: DATE, editable: true, always: true },
  { label: 'Tiến độ tối thiểu (điểm mỗi tuần)', path: ['pacePointsPerWeek'], codec: NUMBER, editable: true },
];

/** The rows that only title a part of the sheet: read past. */
export const HEADING_LABELS = ['Mục', 'CẤU HÌNH CHIẾN DỊCH', '5. THÔN, TỔ DÂN PHỐ VÀ CƠ QUAN, ĐƠN VỊ', '6. CHỈ TIÊU'] as const;

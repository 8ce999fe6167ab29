/**
 * The "Cấu hình" sheet: the campaign stored in the workbook, so the next person who opens the file gets the same
 * settings. One setting a row (label | value), a list one item a row (Nơi nhận, the villages and units) or a cell
 * (the conditions of a population), one block of rows per indicator (config-rows.ts, config-fields.ts). People read
 * and edit it; it is read back row by row, and a value that cannot be read is reported with its row and cell.
 * A workbook from before, with the campaign as JSON in one row, still reads (config-legacy.ts).
 */
import type { Grid } from '../grid';
import type { CellStyle, SheetSpec } from '../sheetspec';
import type { Campaign } from './schema';
import { type CampaignProblem, type ParsedCampaign, parseCampaign } from './load';
import { campaignToRows, readConfigRows, placeText, type ConfigRow, type RowsRead } from './config-rows';
import { CAMPAIGN_SECTIONS, INDICATOR_FIELDS, INDICATOR_LABEL } from './config-fields';
import { campaignFromLegacyGrid, isLegacyConfigGrid, LEGACY_LABELS } from './config-legacy';
import { SHEET } from '../vocabulary';

/** The labels of the rows people edit most, for tests and messages. */
export const CONFIG_LABELS = {
  id: 'Mã chiến dịch',
  name: 'Tên chiến dịch',
  issuingBody: 'Cơ quan ban hành',
  place: 'Địa danh ghi ngày tháng',
  start: 'Ngày bắt đầu',
  end: 'Ngày kết thúc',
  weekly: 'Hạn báo cáo tuần',
  recipient: 'Nơi nhận',
  signer: 'Người ký',
  indicator: INDICATOR_LABEL,
  target: 'Mức chỉ tiêu',
  deadline: 'Hạn hoàn thành',
  /** The one JSON row of a sheet written before the settings were rows. */
  legacyJson: LEGACY_LABELS.json,
} as const;

/** The sections' titles, which mark the sheet as the add-in's own (report/own-sheets.ts). */
export const CONFIG_SECTION_TITLES: readonly string[] = CAMPAIGN_SECTIONS.map((s) => s.title);

const STYLES: Record<string, CellStyle> = {
  title: { size: 14, bold: true, h: 'center', v: 'middle' },
  intro: { size: 11, italic: true, v: 'top', wrap: true },
  th: { size: 11, bold: true, h: 'center', v: 'middle', wrap: true, border: true, fill: 'E7EEF7' },
  section: { size: 12, bold: true, v: 'middle', fill: 'D9E2F3', border: true },
  indicator: { size: 11, bold: true, v: 'middle', border: true, fill: 'E2EFDA', numFmt: '@' },
  key: { size: 11, bold: true, v: 'middle', border: true, wrap: true },
  value: { size: 11, v: 'middle', border: true, wrap: true, numFmt: '@' },
  editable: { size: 11, v: 'middle', border: true, wrap: true, numFmt: '@', fill: 'FFF2CC' },
  note: { size: 10, italic: true, color: '595959', v: 'middle', wrap: true },
};

const INTRO =
  'Trang này do add-in Tổng hợp SSKĐT tạo và đọc lại ở lần tổng hợp sau: mỗi dòng một mục, cột A là tên mục, giá trị ở các ô bên phải. ' +
  'Sửa được mọi ô giá trị (ô nền vàng là các mục của xã). Ngày ghi dd/mm/yyyy; mức chỉ tiêu như “≥ 80%” hoặc “> 95%”. ' +
  'Thêm một nơi nhận, một thôn hay đơn vị: chèn một dòng cùng tên mục (“Nơi nhận”, “Thôn, tổ dân phố”, “Cơ quan, đơn vị”). ' +
  'Dòng bắt đầu bằng “Ghi chú” không được đọc.';

const COLUMNS = 6;
const WIDTHS = [34, 46, 22, 18, 18, 18];

/** A row's height when a cell's text wraps: lines estimated from the column's width (Excel and LibreOffice do not grow a row written with wrapped text). */
function rowHeight(cells: SheetSpec['rows'][number]): number | null {
  let lines = 1;
  cells.forEach((c, col) => {
    const text = typeof c?.v === 'string' ? c.v : '';
    if (col < WIDTHS.length) lines = Math.max(lines, Math.ceil(text.length / (WIDTHS[col] * 1.1)));
  });
  return lines > 1 ? lines * 15 + 3 : null;
}

function sheetRow(row: ConfigRow): SheetSpec['rows'][number] {
  const style = row.kind === 'indicator' ? 'indicator' : row.kind === 'section' || row.kind === 'header' ? (row.kind === 'section' ? 'section' : 'th') : row.kind;
  const label = { v: row.label, s: row.kind === 'value' || row.kind === 'editable' ? 'key' : style };
  // A setting with nothing set still shows its (yellow) cell to type into.
  const values = (row.values.length > 0 ? row.values : ['']).map((v) => ({ v: v === '' ? null : v, s: style }));
  if (row.kind === 'section') return [label, ...Array.from({ length: COLUMNS - 1 }, () => ({ v: null, s: 'section' }))];
  return [label, ...values, ...(row.note ? [{ v: row.note, s: 'note' }] : [])];
}

export function campaignToConfigSheet(campaign: Campaign): SheetSpec {
  const rows: SheetSpec['rows'] = [
    [{ v: 'CẤU HÌNH CHIẾN DỊCH', s: 'title' }, ...Array.from({ length: COLUMNS - 1 }, () => ({ v: null, s: 'title' }))],
    [{ v: INTRO, s: 'intro' }],
    [],
    [{ v: 'Mục', s: 'th' }, { v: 'Giá trị', s: 'th' }, { v: 'Giá trị tiếp theo, ghi chú', s: 'th' }],
  ];
  const merges: SheetSpec['merges'] = [
    { top: 0, left: 0, bottom: 0, right: COLUMNS - 1 },
    { top: 1, left: 0, bottom: 1, right: COLUMNS - 1 },
  ];
  const rowHeights: Record<number, number> = { 1: 64 };
  for (const row of campaignToRows(campaign)) {
    if (row.kind === 'section') merges.push({ top: rows.length, left: 0, bottom: rows.length, right: COLUMNS - 1 });
    const cells = sheetRow(row);
    const height = row.kind === 'section' ? null : rowHeight(cells);
    if (height !== null) rowHeights[rows.length] = height;
    rows.push(cells);
  }
  return {
    name: SHEET.config,
    rows,
    styles: STYLES,
    baseFont: { name: 'Times New Roman', size: 12 },
    columnWidths: WIDTHS,
    rowHeights,
    merges,
    freeze: { rows: 4, columns: 1 },
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 20, right: 15, header: 10, footer: 10 },
    },
  };
}

// ---------------------------------------------------------------- sheet → campaign

/** The row label of each setting by its path with indicator numbers as "*": for a setting the sheet has no row for. */
const LABEL_OF_PATH = new Map<string, string>([
  ...CAMPAIGN_SECTIONS.flatMap((s) => s.fields.map((f) => [f.path.join('.'), f.label] as const)),
  ['reporting.weekday', CONFIG_LABELS.weekly],
  ['reporting.time', CONFIG_LABELS.weekly],
  ...INDICATOR_FIELDS.map((f) => [`indicators[*].${f.path.join('.')}`, f.label] as const),
  ['indicators[*].id', INDICATOR_LABEL],
  ['indicators', INDICATOR_LABEL],
]);

/** The place whose path is the longest prefix of `path` ("indicators[1].target" for "indicators[1].target.value"). */
function placeOf(read: RowsRead, path: string) {
  let best: { key: string; place: NonNullable<ReturnType<RowsRead['places']['get']>> } | null = null;
  for (const [key, place] of read.places) {
    const boundary = path.length === key.length || path[key.length] === '.' || path[key.length] === '[';
    if (path.startsWith(key) && boundary && (!best || key.length > best.key.length)) best = { key, place };
  }
  return best?.place ?? null;
}

/** A problem the schema found, said at the row it came from, or naming the row the sheet lacks. */
function locate(grid: Grid, read: RowsRead, p: CampaignProblem): CampaignProblem {
  const place = placeOf(read, p.path);
  if (place) return { path: p.path, message: `Trang “${SHEET.config}”, ${placeText(grid, place)}: ${p.message}` };
  const generic = p.path.replace(/^indicators\[\d+\]/, 'indicators[*]').replace(/\[\d+\]$/, '');
  const label = LABEL_OF_PATH.get(generic) ?? LABEL_OF_PATH.get(generic.replace(/\.[^.]*$/, ''));
  const indicator = /^indicators\[(\d+)\]/.exec(p.path);
  const owner = indicator ? ` của chỉ tiêu thứ ${Number(indicator[1]) + 1}` : '';
  const missing = label ? `chưa có dòng “${label}”${owner} (the row is missing)` : 'thiếu một mục (a setting is missing)';
  return { path: p.path, message: `Trang “${SHEET.config}” ${missing}: ${p.message}` };
}

/** Reads the campaign back from the sheet's rows (or, from an old workbook, its JSON row). */
export function campaignFromConfigGrid(grid: Grid): ParsedCampaign {
  if (isLegacyConfigGrid(grid)) return campaignFromLegacyGrid(grid);
  const read = readConfigRows(grid);
  if (!read) return { ok: false, problems: [{ path: '', message: `Trang “${SHEET.config}” không có dòng “${CONFIG_LABELS.id}” nào: đây không phải trang cấu hình của add-in (the config sheet has none of its rows)` }] };
  if (read.problems.length > 0) return { ok: false, problems: read.problems };
  const parsed = parseCampaign(read.input);
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map((p) => locate(grid, read, p)) };
}

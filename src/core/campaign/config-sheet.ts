/**
 * The "Cấu hình" sheet: the campaign stored in the workbook, so the next person who opens the file
 * gets the same settings. People read it as key/value rows; the full campaign is kept as JSON in one
 * labelled row so it round-trips exactly.
 *
 * Editable rows (yellow): Tên chiến dịch, Cơ quan ban hành, Ngày bắt đầu, Ngày kết thúc, Hạn báo cáo
 * tuần, and each indicator's Mức chỉ tiêu and Hạn hoàn thành. When a person changed one of them, the
 * visible value wins over the JSON. Everything else (Mã chiến dịch, Mã and Nội dung chỉ tiêu, which
 * indicators exist, populations, entities) comes from the JSON only; edits there are ignored.
 */
import type { Grid, CellValue } from '../grid';
import { cellAddress, sheetColumnOf } from '../grid';
import type { CellStyle, SheetSpec } from '../sheetspec';
import { foldKey, foldWords } from '../text/fold';
import { readTypedDate } from '../dates';
import { formatTarget } from '../format';
import type { Campaign } from './schema';
import { type CampaignProblem, type ParsedCampaign, campaignJson, parseCampaign } from './load';
import { SHEET } from '../vocabulary';

/** Row labels, matched back ignoring case, diacritics and spacing. */
export const CONFIG_LABELS = {
  id: 'Mã chiến dịch',
  name: 'Tên chiến dịch',
  issuingBody: 'Cơ quan ban hành',
  start: 'Ngày bắt đầu',
  end: 'Ngày kết thúc',
  weekly: 'Hạn báo cáo tuần',
  json: 'Dữ liệu cấu hình (JSON, không sửa)',
} as const;

/** Excel keeps at most 32,767 characters in a cell; longer JSON continues in the cells to the right. */
const JSON_CELL_CHARS = 30_000;

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

const STYLES: Record<string, CellStyle> = {
  title: { size: 14, bold: true, h: 'center', v: 'middle' },
  note: { size: 11, italic: true, v: 'top', wrap: true },
  th: { size: 11, bold: true, h: 'center', v: 'middle', wrap: true, border: true, fill: 'E7EEF7' },
  key: { size: 11, bold: true, v: 'middle', border: true },
  value: { size: 11, v: 'middle', border: true, wrap: true, numFmt: '@' },
  editable: { size: 11, v: 'middle', border: true, wrap: true, numFmt: '@', fill: 'FFF2CC' },
  json: { size: 8, color: '808080', numFmt: '@' },
};

// ---------------------------------------------------------------- display and parsing of one value

/** '2025-10-10' → '10/10/2025'. */
function showDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function showWeekly(r: Campaign['reporting']): string {
  return `${WEEKDAYS[r.weekday - 1]}, ${r.time}`;
}


const pad2 = (n: number) => String(n).padStart(2, '0');

/** A date typed as dd/mm/yyyy (or with - or .), as yyyy-mm-dd, or an Excel date serial → 'YYYY-MM-DD'; null when unreadable. */
function parseDate(value: CellValue): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 61) return null;
    return new Date((Math.floor(value) - 25_569) * 86_400_000).toISOString().slice(0, 10); // 25569 = serial of 1970-01-01
  }
  return readTypedDate(String(value ?? '').trim());
}

/** "Thứ Hai, 09:00", "thu 2 9h", "Chủ nhật 17:30" → weekday (1 = Monday) and HH:mm. */
function parseWeekly(value: CellValue): { weekday: number; time: string } | null {
  const folded = foldWords(String(value ?? ''));
  const time = /(\d{1,2}) ?(?:h|gio)? ?(\d{2})$|(\d{1,2}) ?(?:h|gio)$/.exec(folded);
  if (!time) return null;
  // Of the two alternatives only one matched: the other's groups are undefined.
  const [, hoursWithMinutes, minutesText, hoursAlone] = time as (string | undefined)[];
  const hours = Number(hoursWithMinutes ?? hoursAlone);
  const minutes = Number(minutesText ?? 0);
  if (hours > 23 || minutes > 59) return null;
  const day = folded.slice(0, time.index).trim();
  const names = WEEKDAYS.map((w) => foldWords(w));
  let weekday = names.indexOf(day) + 1;
  const numbered = /^thu (\d)$/.exec(day);
  if (numbered && Number(numbered[1]) >= 2 && Number(numbered[1]) <= 7) weekday = Number(numbered[1]) - 1;
  if (day === 'cn') weekday = 7;
  return weekday >= 1 ? { weekday, time: `${pad2(hours)}:${pad2(minutes)}` } : null;
}

/** "≥ 80%", ">95", ">= 80,5 %" → op and value; a bare number keeps the op it had. A number cell formatted as % holds a fraction. */
function parseTarget(value: CellValue, format: string | undefined, op: '>' | '>='): { op: '>' | '>='; value: number } | null {
  if (typeof value === 'number') return { op, value: format?.includes('%') ? Math.round(value * 1e6) / 1e4 : value };
  const m = /^(>=|≥|>)?\s*(\d+(?:[.,]\d+)?)\s*%?$/.exec(String(value ?? '').trim());
  if (!m) return null;
  const sign = m[1] as string | undefined; // the group is optional
  return { op: sign === undefined ? op : sign === '>' ? '>' : '>=', value: Number(m[2].replace(',', '.')) };
}

// ---------------------------------------------------------------- campaign → sheet

export function campaignToConfigSheet(campaign: Campaign): SheetSpec {
  const rows: SheetSpec['rows'] = [];
  const merges: SheetSpec['merges'] = [];
  const put = (r: number, cells: ([CellValue, string] | null)[]) => {
    rows[r] = cells.map((c) => (c === null ? null : { v: c[0], s: c[1] }));
  };
  const wide = (r: number, label: string, value: string, style: string) => {
    put(r, [[label, 'key'], [value, style], [null, style], [null, style]]);
    merges.push({ top: r, left: 1, bottom: r, right: 3 });
  };

  put(0, [['CẤU HÌNH CHIẾN DỊCH', 'title'], [null, 'title'], [null, 'title'], [null, 'title']]);
  merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
  put(1, [
    [
      'Trang này do add-in Tổng hợp SSKĐT tạo và đọc lại ở lần tổng hợp sau. Có thể sửa các ô nền vàng ' +
        '(tên, cơ quan ban hành, ngày bắt đầu và kết thúc dd/mm/yyyy, hạn báo cáo tuần, mức và hạn của từng chỉ tiêu). ' +
        'Không sửa dòng dữ liệu JSON ở cuối trang.',
      'note',
    ],
  ]);
  merges.push({ top: 1, left: 0, bottom: 1, right: 3 });
  put(3, [['Mục', 'th'], ['Giá trị', 'th'], [null, 'th'], [null, 'th']]);
  merges.push({ top: 3, left: 1, bottom: 3, right: 3 });
  wide(4, CONFIG_LABELS.id, campaign.id, 'value');
  wide(5, CONFIG_LABELS.name, campaign.name, 'editable');
  wide(6, CONFIG_LABELS.issuingBody, campaign.issuingBody.name, 'editable');
  wide(7, CONFIG_LABELS.start, showDate(campaign.start), 'editable');
  wide(8, CONFIG_LABELS.end, showDate(campaign.end), 'editable');
  wide(9, CONFIG_LABELS.weekly, showWeekly(campaign.reporting), 'editable');

  put(11, [['Mã chỉ tiêu', 'th'], ['Nội dung chỉ tiêu', 'th'], ['Mức chỉ tiêu', 'th'], ['Hạn hoàn thành', 'th']]);
  let r = 12;
  for (const ind of campaign.indicators) {
    put(r++, [[ind.id, 'value'], [ind.label.vi, 'value'], [formatTarget(ind.target), 'editable'], [showDate(ind.deadline), 'editable']]);
  }

  const json = JSON.stringify(campaign);
  const parts: [CellValue, string][] = [];
  for (let i = 0; i < json.length; i += JSON_CELL_CHARS) parts.push([json.slice(i, i + JSON_CELL_CHARS), 'json']);
  put(r + 1, [[CONFIG_LABELS.json, 'key'], ...parts]);

  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return {
    name: SHEET.config,
    rows,
    styles: STYLES,
    baseFont: { name: 'Times New Roman', size: 12 },
    columnWidths: [24, 60, 14, 16],
    rowHeights: { 1: 48 },
    merges,
    freeze: { rows: 1, columns: 0 },
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
    },
  };
}

// ---------------------------------------------------------------- sheet → campaign

interface Located {
  row: number;
  col: number;
}

/** Reads the campaign back: the JSON row, then every editable row a person changed. */
export function campaignFromConfigGrid(grid: Grid): ParsedCampaign {
  const address = (r: number, c: number) => cellAddress(r + (grid.rowOffset ?? 0), sheetColumnOf(grid, c));
  const cell = (at: Located, dc: number): CellValue => grid.values[at.row]?.[at.col + dc] ?? null;
  const format = (at: Located, dc: number): string | undefined => grid.formats?.[at.row]?.[at.col + dc];

  // Each row is known by its first non-empty cell (a label or an indicator id), so rows a person
  // inserted or moved still count.
  const byLabel = new Map<string, Located>();
  const byId = new Map<string, Located>();
  grid.values.forEach((cells, row) => {
    const col = cells.findIndex((v) => v !== null && v !== '');
    const first = cells[col];
    if (typeof first !== 'string') return;
    if (!byLabel.has(foldKey(first))) byLabel.set(foldKey(first), { row, col });
    if (!byId.has(first.trim())) byId.set(first.trim(), { row, col });
  });

  const jsonAt = byLabel.get(foldKey(CONFIG_LABELS.json));
  if (!jsonAt) {
    return fail('', `Trang “${SHEET.config}” không có dòng “${CONFIG_LABELS.json}” (the config sheet has no JSON row)`);
  }
  const text = (grid.values[jsonAt.row] ?? [])
    .slice(jsonAt.col + 1)
    .filter((v): v is string => typeof v === 'string')
    .join('');
  let json: unknown;
  try {
    json = campaignJson(text);
  } catch (e) {
    return fail('', `Ô ${address(jsonAt.row, jsonAt.col + 1)}: dữ liệu JSON bị hỏng (broken JSON: ${(e as Error).message})`);
  }
  const stored = parseCampaign(json);
  if (!stored.ok) return stored;

  const edited = JSON.parse(JSON.stringify(stored.campaign)) as Campaign;
  const problems: CampaignProblem[] = [];
  /** Applies a visible value only when it differs from what the JSON value displays as. */
  const apply = <T>(
    at: Located | undefined,
    dc: number,
    path: string,
    shown: string,
    parse: (v: CellValue) => T | null,
    set: (v: T) => void,
    what: string,
  ) => {
    if (!at) return;
    const value = cell(at, dc);
    if (typeof value === 'string' && value.trim() === shown) return;
    if (value === null && shown === '') return;
    const parsed = parse(value);
    if (parsed === null) problems.push({ path, message: `Ô ${address(at.row, at.col + dc)}: “${String(value ?? '')}” không đọc được (${what})` });
    else set(parsed);
  };
  const text1 = (v: CellValue) => (String(v ?? '').trim() === '' ? null : String(v).trim());

  apply(byLabel.get(foldKey(CONFIG_LABELS.name)), 1, 'name', edited.name, text1, (v) => (edited.name = v), 'tên chiến dịch, campaign name');
  apply(byLabel.get(foldKey(CONFIG_LABELS.issuingBody)), 1, 'issuingBody.name', edited.issuingBody.name, text1, (v) => (edited.issuingBody.name = v), 'cơ quan ban hành, issuing body');
  apply(byLabel.get(foldKey(CONFIG_LABELS.start)), 1, 'start', showDate(edited.start), parseDate, (v) => (edited.start = v), 'ngày dd/mm/yyyy, a date');
  apply(byLabel.get(foldKey(CONFIG_LABELS.end)), 1, 'end', showDate(edited.end), parseDate, (v) => (edited.end = v), 'ngày dd/mm/yyyy, a date');
  apply(byLabel.get(foldKey(CONFIG_LABELS.weekly)), 1, 'reporting', showWeekly(edited.reporting), parseWeekly, (v) => Object.assign(edited.reporting, v), '“Thứ Hai, 09:00”, weekday and time');

  edited.indicators.forEach((ind, i) => {
    const at = byId.get(ind.id);
    const parseT = (v: CellValue) => parseTarget(v, at && format(at, 2), ind.target.op);
    apply(at, 2, `indicators[${i}].target`, formatTarget(ind.target), parseT, (v) => (ind.target = v), 'mức chỉ tiêu như “≥ 80%”, a target');
    const deadline = (v: CellValue) => (v === null || v === '' ? ('' as const) : parseDate(v));
    apply(at, 3, `indicators[${i}].deadline`, showDate(ind.deadline), deadline, (v) => {
      if (v === '') delete ind.deadline;
      else ind.deadline = v;
    }, 'ngày dd/mm/yyyy hoặc để trống, a date or blank');
  });

  if (problems.length > 0) return { ok: false, problems };
  return parseCampaign(edited);
}

function fail(path: string, message: string): ParsedCampaign {
  return { ok: false, problems: [{ path, message }] };
}

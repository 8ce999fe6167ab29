/**
 * The "Cấu hình" sheet as the add-in wrote it before its settings were rows (issue 13 §1): a few labelled rows a
 * person could edit, and the whole campaign as JSON in one row "Dữ liệu cấu hình (JSON, không sửa)". Such a
 * workbook still reads: the JSON, then every editable row a person changed (the visible value wins). The next
 * save writes the sheet as rows.
 */
import type { CellValue, Grid } from '../grid';
import { cellAddress, sheetColumnOf } from '../grid';
import { foldKey } from '../text/fold';
import { formatTarget } from '../format';
import type { Campaign } from './schema';
import { type CampaignProblem, type ParsedCampaign, campaignJson, parseCampaign } from './load';
import { readDate, readTarget, readWeekly, showDate, showWeekly } from './config-values';
import { SHEET } from '../vocabulary';

export const LEGACY_LABELS = {
  id: 'Mã chiến dịch',
  name: 'Tên chiến dịch',
  issuingBody: 'Cơ quan ban hành',
  start: 'Ngày bắt đầu',
  end: 'Ngày kết thúc',
  weekly: 'Hạn báo cáo tuần',
  json: 'Dữ liệu cấu hình (JSON, không sửa)',
} as const;

interface Located {
  row: number;
  col: number;
}

/** Each row known by its first non-empty cell (a label or an indicator id), so rows a person inserted or moved still count. */
function rowsByFirstCell(grid: Grid) {
  const byLabel = new Map<string, Located>();
  const byId = new Map<string, Located>();
  grid.values.forEach((cells, row) => {
    const col = cells.findIndex((v) => v !== null && v !== '');
    const first = cells[col];
    if (typeof first !== 'string') return;
    if (!byLabel.has(foldKey(first))) byLabel.set(foldKey(first), { row, col });
    if (!byId.has(first.trim())) byId.set(first.trim(), { row, col });
  });
  return { byLabel, byId };
}

/** True when the sheet holds the old JSON row. */
export function isLegacyConfigGrid(grid: Grid): boolean {
  return rowsByFirstCell(grid).byLabel.has(foldKey(LEGACY_LABELS.json));
}

/** A target typed without a sign keeps the sign the JSON had. */
function legacyTarget(value: CellValue, format: string | undefined, op: '>' | '>='): { op: '>' | '>='; value: number } | null {
  const target = readTarget(value, format);
  if (!target) return null;
  const signed = typeof value === 'string' && /^\s*(>=|≥|>)/.test(value);
  return signed ? target : { op, value: target.value };
}

function storedCampaign(grid: Grid, jsonAt: Located): ParsedCampaign {
  const address = (r: number, c: number) => cellAddress(r + (grid.rowOffset ?? 0), sheetColumnOf(grid, c));
  const text = (grid.values[jsonAt.row] ?? [])
    .slice(jsonAt.col + 1)
    .filter((v): v is string => typeof v === 'string')
    .join('');
  try {
    return parseCampaign(campaignJson(text));
  } catch (e) {
    return { ok: false, problems: [{ path: '', message: `Ô ${address(jsonAt.row, jsonAt.col + 1)}: dữ liệu JSON bị hỏng (broken JSON: ${(e as Error).message})` }] };
  }
}

/** Reads an old sheet back: the JSON row, then every editable row a person changed. */
export function campaignFromLegacyGrid(grid: Grid): ParsedCampaign {
  const address = (r: number, c: number) => cellAddress(r + (grid.rowOffset ?? 0), sheetColumnOf(grid, c));
  const cell = (at: Located, dc: number): CellValue => grid.values[at.row]?.[at.col + dc] ?? null;
  const format = (at: Located, dc: number): string | undefined => grid.formats?.[at.row]?.[at.col + dc];
  const { byLabel, byId } = rowsByFirstCell(grid);
  const jsonAt = byLabel.get(foldKey(LEGACY_LABELS.json));
  if (!jsonAt) return { ok: false, problems: [{ path: '', message: `Trang “${SHEET.config}” không có dòng “${LEGACY_LABELS.json}” (the config sheet has no JSON row)` }] };
  const stored = storedCampaign(grid, jsonAt);
  if (!stored.ok) return stored;

  const edited = JSON.parse(JSON.stringify(stored.campaign)) as Campaign;
  const problems: CampaignProblem[] = [];
  /** Applies a visible value only when it differs from what the JSON value displays as. */
  const apply = <T>(at: Located | undefined, dc: number, path: string, shown: string, parse: (v: CellValue) => T | null, set: (v: T) => void, what: string) => {
    if (!at) return;
    const value = cell(at, dc);
    if (typeof value === 'string' && value.trim() === shown) return;
    if (value === null && shown === '') return;
    const parsed = parse(value);
    if (parsed === null) problems.push({ path, message: `Ô ${address(at.row, at.col + dc)}: “${String(value ?? '')}” không đọc được (${what})` });
    else set(parsed);
  };
  const text1 = (v: CellValue) => (String(v ?? '').trim() === '' ? null : String(v).trim());
  const row = (label: string) => byLabel.get(foldKey(label));

  apply(row(LEGACY_LABELS.name), 1, 'name', edited.name, text1, (v) => (edited.name = v), 'tên chiến dịch, campaign name');
  apply(row(LEGACY_LABELS.issuingBody), 1, 'issuingBody.name', edited.issuingBody.name, text1, (v) => (edited.issuingBody.name = v), 'cơ quan ban hành, issuing body');
  apply(row(LEGACY_LABELS.start), 1, 'start', showDate(edited.start), readDate, (v) => (edited.start = v), 'ngày dd/mm/yyyy, a date');
  apply(row(LEGACY_LABELS.end), 1, 'end', showDate(edited.end), readDate, (v) => (edited.end = v), 'ngày dd/mm/yyyy, a date');
  apply(row(LEGACY_LABELS.weekly), 1, 'reporting', showWeekly(edited.reporting), readWeekly, (v) => Object.assign(edited.reporting, v), '“Thứ Hai, 09:00”, weekday and time');

  edited.indicators.forEach((ind, i) => {
    const at = byId.get(ind.id);
    const parseT = (v: CellValue) => legacyTarget(v, at && format(at, 2), ind.target.op);
    apply(at, 2, `indicators[${i}].target`, formatTarget(ind.target), parseT, (v) => (ind.target = v), 'mức chỉ tiêu như “≥ 80%”, a target');
    const deadline = (v: CellValue) => (v === null || v === '' ? ('' as const) : readDate(v));
    apply(at, 3, `indicators[${i}].deadline`, showDate(ind.deadline), deadline, (v) => {
      if (v === '') delete ind.deadline;
      else ind.deadline = v;
    }, 'ngày dd/mm/yyyy hoặc để trống, a date or blank');
  });

  if (problems.length > 0) return { ok: false, problems };
  return parseCampaign(edited);
}

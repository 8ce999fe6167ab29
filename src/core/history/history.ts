/**
 * History: one row per consolidation, entity and indicator (numerator, denominator), kept in the
 * "Lịch sử" sheet so the weekly report can show change and pace and the final report the whole
 * campaign. Append-only and idempotent: consolidating the same as-of date again replaces only that
 * date's rows. A row someone broke by hand is reported and carried along unchanged, never trusted
 * and never deleted.
 */
import { z } from 'zod';
import type { CellValue, Grid } from '../grid';
import { foldKey } from '../text/fold';
import { isoDateSchema } from '../campaign/schema';
import { ENTITY_KINDS, type EntityKind } from '../vocabulary';
import { excelRowOf } from '../place';
import { readTypedDate, readVnDateTime } from '../dates';

const isoDate = isoDateSchema({ format: 'ngày phải có dạng YYYY-MM-DD', calendar: 'ngày không có trên lịch' });
const count = z.number().int('phải là số nguyên').nonnegative('không được âm');

export const HistoryRow = z
  .strictObject({
    campaignId: z.string().min(1, 'thiếu mã chiến dịch'),
    week: z.number().int().positive('tuần phải từ 1 trở lên'),
    asOf: isoDate,
    entity: z.string().min(1, 'thiếu tên thôn/đơn vị'),
    kind: z.enum([...ENTITY_KINDS, 'commune-village', 'commune-unit']),
    indicator: z.string().regex(/^[a-z][a-z0-9_]*$/, 'mã chỉ tiêu không hợp lệ'),
    numerator: count,
    denominator: count,
    records: count,
    /** When the consolidation ran, local time YYYY-MM-DDTHH:mm. */
    madeAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'thời điểm lập phải có dạng YYYY-MM-DDTHH:mm'),
  })
  .refine((r) => r.numerator <= r.denominator, { error: 'tử số lớn hơn mẫu số', path: ['numerator'] });
export type HistoryRow = z.infer<typeof HistoryRow>;

/** The history sheet's columns, in order: field and the header people read. */
export const HISTORY_COLUMNS = [
  { field: 'campaignId', header: 'Mã chiến dịch' },
  { field: 'week', header: 'Tuần' },
  { field: 'asOf', header: 'Số liệu đến ngày' },
  { field: 'entity', header: 'Thôn, tổ dân phố / Cơ quan, đơn vị' },
  { field: 'kind', header: 'Loại' },
  { field: 'indicator', header: 'Chỉ tiêu' },
  { field: 'numerator', header: 'Tử số' },
  { field: 'denominator', header: 'Mẫu số' },
  { field: 'records', header: 'Số người' },
  { field: 'madeAt', header: 'Thời điểm lập' },
] as const satisfies readonly { field: keyof HistoryRow; header: string }[];

/** A row that failed validation: kept verbatim, with where it was and what is wrong. */
export interface RejectedHistoryRow {
  sheet: string;
  /** 1-based Excel row. */
  row: number;
  cells: CellValue[];
  problem: string;
}

export interface ReadHistory {
  rows: HistoryRow[];
  rejected: RejectedHistoryRow[];
  /** Set when the sheet is our history but a column it is read by is gone: nothing may replace it then. */
  refused?: { missing: string[] };
}

/** The title the layout writes in A1: the sheet is our history even when its header was edited past reading. */
export const HISTORY_TITLE = 'LỊCH SỬ CÁC LẦN TỔNG HỢP';

type HistoryField = (typeof HISTORY_COLUMNS)[number]['field'];

/**
 * The header row and where each column is, by the headers' words wherever the columns are (ISSUE 14 §1):
 * a moved column or an edited header ("Chỉ tiêu (mã)") still reads. A row holding at least three of our
 * headers is our header; `missing` names the columns it lacks.
 */
export function findHistoryHeader(grid: Grid): { row: number; columns: Partial<Record<HistoryField, number>>; missing: string[] } | null {
  const wanted = HISTORY_COLUMNS.map((c) => ({ ...c, key: foldKey(c.header) }));
  for (let r = 0; r < Math.min(grid.values.length, 15); r++) {
    const columns: Partial<Record<HistoryField, number>> = {};
    (grid.values.at(r) ?? []).forEach((v, c) => {
      if (typeof v !== 'string') return;
      const key = foldKey(v);
      if (key === '') return;
      let best: (typeof wanted)[number] | null = null;
      for (const w of wanted) if (key.startsWith(w.key) && (best === null || w.key.length > best.key.length)) best = w;
      if (best !== null && columns[best.field] === undefined) columns[best.field] = c;
    });
    if (Object.keys(columns).length >= 3) return { row: r, columns, missing: HISTORY_COLUMNS.filter((c) => columns[c.field] === undefined).map((c) => c.header) };
  }
  return null;
}

/** The sheet starts with our history's title. */
export function hasHistoryTitle(grid: Grid): boolean {
  return grid.values.slice(0, 3).some((row) => row.some((v) => typeof v === 'string' && foldKey(v) === foldKey(HISTORY_TITLE)));
}

const NUMERIC: ReadonlySet<keyof HistoryRow> = new Set(['week', 'numerator', 'denominator', 'records']);

/** The sheet prints dates as 27/10/2025 and times as 27/10/2025 08:30 (layout/history.ts); earlier ones wrote 2025-10-27 and 2025-10-27T08:30. */
function readBack(field: HistoryField, text: string): string {
  if (field === 'asOf') return readTypedDate(text) ?? text;
  if (field === 'madeAt') return readVnDateTime(text) ?? text;
  return text;
}

/**
 * Reads a history sheet (ours, from this workbook or an earlier report file) by its headers. Rows of every
 * campaign are read (the caller keeps other campaigns' rows as they are); blank rows are skipped.
 */
export function readHistory(grid: Grid): ReadHistory {
  const out: ReadHistory = { rows: [], rejected: [] };
  const header = findHistoryHeader(grid);
  if (header === null) return hasHistoryTitle(grid) ? { ...out, refused: { missing: HISTORY_COLUMNS.map((c) => c.header) } } : out;
  if (header.missing.length > 0) return { ...out, refused: { missing: header.missing } };
  const { columns } = header;
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values.at(r) ?? [];
    // The cells in our column order, wherever the sheet has them: what a rejected row is written back as.
    const cells = HISTORY_COLUMNS.map(({ field }) => row[columns[field] ?? -1] ?? null);
    if (cells.every((v) => v === null || v === '')) continue;
    const raw: Record<string, unknown> = {};
    HISTORY_COLUMNS.forEach(({ field }, c) => {
      const v = cells[c];
      raw[field] = NUMERIC.has(field) && typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : typeof v === 'string' ? readBack(field, v.trim()) : v;
    });
    const parsed = HistoryRow.safeParse(raw);
    if (parsed.success) out.rows.push(parsed.data);
    else {
      const first = parsed.error.issues[0];
      const column = HISTORY_COLUMNS.find((c) => c.field === first.path[0]);
      out.rejected.push({
        sheet: grid.sheet,
        row: excelRowOf(grid, r),
        cells,
        problem: column ? `${column.header}: ${first.message}` : first.message,
      });
    }
  }
  return out;
}

const rowKey = (r: HistoryRow) => `${r.campaignId}\u0000${r.asOf}\u0000${r.entity}\u0000${r.kind}\u0000${r.indicator}`;

/**
 * Earlier history (from several sources, possibly overlapping) plus this run's snapshot. The snapshot
 * replaces every earlier row of its campaign and as-of date; among earlier sources the latest
 * madeAt wins for the same key. Sorted by as-of date, then in snapshot order.
 */
export function mergeHistory(earlier: readonly HistoryRow[], snapshot: readonly HistoryRow[]): HistoryRow[] {
  const replaced = new Set(snapshot.map((r) => `${r.campaignId}\u0000${r.asOf}`));
  const kept = new Map<string, HistoryRow>();
  for (const r of earlier) {
    if (replaced.has(`${r.campaignId}\u0000${r.asOf}`)) continue;
    const key = rowKey(r);
    const seen = kept.get(key);
    if (!seen || seen.madeAt < r.madeAt) kept.set(key, r);
  }
  const all = [...kept.values(), ...snapshot];
  return all
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.asOf < b.r.asOf ? -1 : a.r.asOf > b.r.asOf ? 1 : a.i - b.i))
    .map(({ r }) => r);
}

/** Entity names of the commune totals rows in the history. */
export const COMMUNE_TOTAL_NAME = { village: 'Toàn xã: thôn, tổ dân phố', unit: 'Toàn xã: cơ quan, đơn vị' } as const;

interface SnapshotSource {
  campaignId: string;
  week: number;
  asOf: string;
  madeAt: string;
  /** A value without a figure (numerator null: the list lacks a column it needs) is no snapshot: nothing to compare later. */
  entities: readonly { name: string; kind: EntityKind; records: number; indicators: Record<string, { numerator: number | null; denominator: number | null }> }[];
  totals: Record<EntityKind, { entities: number; records: number; indicators: Record<string, { numerator: number; denominator: number }> }>;
}

/** This run's rows: every entity's indicators, then the commune totals per kind. */
export function snapshotRows(s: SnapshotSource): HistoryRow[] {
  const base = { campaignId: s.campaignId, week: s.week, asOf: s.asOf, madeAt: s.madeAt };
  const rows: HistoryRow[] = [];
  for (const e of s.entities) {
    for (const [indicator, { numerator, denominator }] of Object.entries(e.indicators)) {
      if (numerator === null || denominator === null) continue;
      rows.push({ ...base, entity: e.name, kind: e.kind, indicator, numerator, denominator, records: e.records });
    }
  }
  for (const kind of ENTITY_KINDS) {
    const t = s.totals[kind];
    if (t.entities === 0) continue;
    for (const [indicator, v] of Object.entries(t.indicators)) {
      rows.push({
        ...base,
        entity: COMMUNE_TOTAL_NAME[kind],
        kind: kind === 'village' ? 'commune-village' : 'commune-unit',
        indicator,
        numerator: v.numerator,
        denominator: v.denominator,
        records: t.records,
      });
    }
  }
  return rows;
}

/**
 * Small builders for commune lists as the adapters hand them to the engine (Grids), and for
 * valid CCCD and BHYT numbers, so each test states only what it is about.
 */
import type { CellValue, Grid } from '../../src/core/grid';
import { Campaign, type CampaignInput } from '../../src/core/campaign/schema';

/** The columns of a typical village list, in the order communes write them (seed 000). */
export const LIST_HEADER = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD',
  'Mã thẻ BHYT',
  'Thường trú',
  'Định danh mức 2',
  'Đã kích hoạt',
  'Tích hợp BHYT vào SSKĐT',
] as const;
export type ListColumn = (typeof LIST_HEADER)[number];

/** Column letter of a LIST_HEADER column in a grid built by listGrid without offsets. */
export function letterOf(column: ListColumn): string {
  return String.fromCharCode(65 + LIST_HEADER.indexOf(column));
}

export interface PersonRow {
  name?: CellValue;
  birth?: CellValue;
  sex?: CellValue;
  cccd?: CellValue;
  bhyt?: CellValue;
  resident?: CellValue;
  level2?: CellValue;
  activated?: CellValue;
  integrated?: CellValue;
}

/** One list row under `header` (LIST_HEADER by default): STT, then the person's cells; missing cells are "". */
export function personRow(p: PersonRow, stt: number, header: readonly string[] = LIST_HEADER): CellValue[] {
  const byHeader: Record<string, CellValue | undefined> = {
    STT: stt,
    'Họ và tên': p.name,
    'Ngày sinh': p.birth,
    'Giới tính': p.sex,
    'Số CCCD': p.cccd,
    'Mã thẻ BHYT': p.bhyt,
    'Thường trú': p.resident,
    'Định danh mức 2': p.level2,
    'Đã kích hoạt': p.activated,
    'Tích hợp BHYT vào SSKĐT': p.integrated,
  };
  return header.map((h) => byHeader[h] ?? '');
}

export interface ListOptions {
  /** Rows above the header: titles, blank rows. Default: none. */
  above?: CellValue[][];
  header?: readonly string[];
  rowOffset?: number;
  colOffset?: number;
}

/** A sheet holding a list: the rows above, the header, then one row per person. */
export function listGrid(sheet: string, people: readonly PersonRow[], options: ListOptions = {}): Grid {
  const header = options.header ?? LIST_HEADER;
  const grid: Grid = {
    sheet,
    values: [...(options.above ?? []), [...header], ...people.map((p, i) => personRow(p, i + 1, header))],
  };
  if (options.rowOffset !== undefined) grid.rowOffset = options.rowOffset;
  if (options.colOffset !== undefined) grid.colOffset = options.colOffset;
  return grid;
}

/**
 * A valid 12-digit CCCD (PPP G YY NNNNNN, DOMAIN.md): province 001 (Hà Nội), the century/sex digit
 * for `birthYear` and sex, and `serial` as the six random digits.
 */
export function cccd(birthYear: number, male: boolean, serial: number): string {
  const century = Math.floor((birthYear - 1900) / 100);
  const g = century * 2 + (male ? 0 : 1);
  const yy = String(birthYear % 100).padStart(2, '0');
  return `001${g}${yy}${String(serial).padStart(6, '0')}`;
}

/** A 10-digit mã số BHXH. */
export function bhxh(n: number): string {
  return String(n).padStart(10, '0');
}

/** A 15-character BHYT card: object code GD, benefit level 4 (its usual level), issuer 01, then the mã số BHXH. */
export function bhytCard(n: number): string {
  return `GD401${bhxh(n)}`;
}

/** A campaign through the schema, as a commune would write it; indicators default to one simple indicator. */
export function campaignWith(overrides: Partial<CampaignInput> = {}): Campaign {
  return Campaign.parse({
    id: 'thu-nghiem',
    name: 'Chiến dịch thử nghiệm',
    issuingBody: { supervising: 'UBND TỈNH THỬ', name: 'Ủy ban nhân dân xã Thử', place: 'Thử' },
    start: '2025-10-10',
    end: '2025-11-15',
    reporting: { cadence: 'weekly', weekday: 1, time: '09:00' },
    indicators: [
      {
        id: 'level2_registered',
        label: { vi: 'Có tài khoản định danh mức 2', en: 'Level-2 account' },
        appliesTo: ['village', 'unit'],
        denominator: { flags: ['resident'] },
        numerator: { flags: ['level2'] },
        target: { op: '>=', value: 80 },
      },
    ],
    ...overrides,
  });
}

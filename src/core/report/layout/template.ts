/**
 * "Tạo mẫu danh sách": an empty, correctly formatted list sheet. The headers are the engine's own
 * canonical aliases, so the list is recognised; CCCD and BHYT columns are text ("@") so Excel can no
 * longer drop leading zeros; status columns offer Có/Không; the header is frozen and the list is an
 * Excel table (the header and one empty row, which Excel grows as people type).
 */
import type { EntityKind } from '../../vocabulary';
import { ALIASES, type Field } from '../../table/aliases';
import type { CellSpec, SheetSpec } from '../../sheetspec';
import { DECREE30_MARGINS } from './builder';

/** Rows below the header that get the text format and the dropdowns. */
export const TEMPLATE_ROWS = 1000;

const VILLAGE_FIELDS: readonly Field[] = ['stt', 'fullName', 'birthDate', 'sex', 'cccd', 'bhyt', 'resident', 'level2', 'activated', 'integrated', 'sskdt', 'smartphone', 'note'];
const TEXT_FIELDS: readonly Field[] = ['cccd', 'bhyt'];
const YES_NO_FIELDS: readonly Field[] = ['resident', 'level2', 'activated', 'integrated', 'sskdt', 'smartphone'];
export const YES_NO = ['Có', 'Không'] as const;
/** Excel character units: about 30, 150, 70, 55, 95, 110 and 80 points. */
const WIDTHS: Partial<Record<Field, number>> = { stt: 5.57, fullName: 28.57, birthDate: 13.29, sex: 10.43, cccd: 18.14, bhyt: 21, note: 28.57 };
const STATUS_WIDTH = 15.29;

/** Everyone on a unit list is staff, not a resident: no "Thường trú" column. */
export function templateFields(kind: EntityKind): readonly Field[] {
  return kind === 'village' ? VILLAGE_FIELDS : VILLAGE_FIELDS.filter((f) => f !== 'resident');
}

export function templateHeaders(kind: EntityKind): string[] {
  return templateFields(kind).map((f) => ALIASES[f][0]);
}

export function layoutListTemplate(kind: EntityKind, name: string): SheetSpec {
  const fields = templateFields(kind);
  const last = fields.length - 1;
  const header: CellSpec[] = templateHeaders(kind).map((v) => ({ v, s: 'header' }));
  const body: (CellSpec | null)[] = fields.map((f) => (TEXT_FIELDS.includes(f) ? { v: null, s: 'text' } : null));
  const column = (c: number) => ({ top: 1, left: c, bottom: TEMPLATE_ROWS, right: c });
  return {
    name,
    rows: [header, ...Array.from({ length: TEMPLATE_ROWS }, () => body)],
    styles: { header: { bold: true, wrap: true, v: 'middle' }, text: { numFmt: '@' } },
    baseFont: { name: 'Calibri', size: 11 },
    columnWidths: fields.map((f) => WIDTHS[f] ?? STATUS_WIDTH),
    merges: [],
    freeze: { rows: 1, columns: 0 },
    validations: fields.flatMap((f, c) => (YES_NO_FIELDS.includes(f) ? [{ range: column(c), list: YES_NO }] : [])),
    table: { top: 0, left: 0, bottom: 1, right: last },
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, margins: DECREE30_MARGINS, repeatRows: { from: 0, to: 0 } },
  };
}

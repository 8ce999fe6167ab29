/**
 * "Tạo mẫu danh sách": an empty, correctly formatted list sheet. The headers are the engine's own
 * canonical aliases, so the list is recognised; CCCD and BHYT columns are text ("@") so Excel can no
 * longer drop leading zeros; status columns offer Có/Không; the header is frozen and the list is an
 * Excel table. Two syncs: the sheet names, then everything else.
 */
import { ALIASES, type Field } from '../core/table/aliases';
import { columnLetter } from '../core/grid';
import { isOwnSheet, sameSheetName } from './own-sheets';
import type { EntityKind } from '../core/vocabulary';

/** Rows below the header that get the text format and the dropdowns. */
export const TEMPLATE_ROWS = 1000;

const VILLAGE_FIELDS: readonly Field[] = ['stt', 'fullName', 'birthDate', 'sex', 'cccd', 'bhyt', 'resident', 'level2', 'activated', 'integrated', 'sskdt', 'smartphone', 'note'];
const TEXT_FIELDS: readonly Field[] = ['cccd', 'bhyt'];
const YES_NO_FIELDS: readonly Field[] = ['resident', 'level2', 'activated', 'integrated', 'sskdt', 'smartphone'];
const WIDTHS: Partial<Record<Field, number>> = { stt: 30, fullName: 150, birthDate: 70, sex: 55, cccd: 95, bhyt: 110, note: 150 };
const STATUS_WIDTH = 80;

/** Everyone on a unit list is staff, not a resident: no "Thường trú" column. */
export function templateFields(kind: EntityKind): readonly Field[] {
  return kind === 'village' ? VILLAGE_FIELDS : VILLAGE_FIELDS.filter((f) => f !== 'resident');
}

export function templateHeaders(kind: EntityKind): string[] {
  return templateFields(kind).map((f) => ALIASES[f][0]);
}

const MAX_NAME = 31;

/** A legal sheet name that no sheet has yet (nor any of the add-in's): "Thôn 1", then "Thôn 1 (2)", "Thôn 1 (3)"… */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base =
    wanted
      .replace(/[\\/?*[\]:]/g, '-')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, MAX_NAME) || 'Danh sách';
  const free = (name: string) => !isOwnSheet(name) && !taken.some((t) => sameSheetName(t, name));
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (free(name)) return name;
  }
}

export async function createListTemplate(context: Excel.RequestContext, kind: EntityKind, wanted: string, features: { dataValidation: boolean }): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const name = uniqueSheetName(
    wanted,
    worksheets.items.map((ws) => ws.name),
  );

  const fields = templateFields(kind);
  const headers = fields.map((f) => ALIASES[f][0]);
  const ws = worksheets.add(name);
  const header = ws.getRangeByIndexes(0, 0, 1, fields.length);
  header.numberFormat = [headers.map(() => '@')];
  header.values = [headers];
  header.format.font.bold = true;
  header.format.wrapText = true;
  header.format.verticalAlignment = 'Center';

  fields.forEach((field, c) => {
    const body = ws.getRangeByIndexes(1, c, TEMPLATE_ROWS, 1);
    if (TEXT_FIELDS.includes(field)) body.numberFormat = Array.from({ length: TEMPLATE_ROWS }, () => ['@']);
    if (features.dataValidation && YES_NO_FIELDS.includes(field)) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source: 'Có,Không' } };
    }
    ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = WIDTHS[field] ?? STATUS_WIDTH;
  });
  ws.freezePanes.freezeRows(1);
  // A Range, not an address string: a bare address would be taken on the active sheet.
  ws.tables.add(ws.getRangeByIndexes(0, 0, 2, fields.length), true);
  ws.activate();
  await context.sync();
  return name;
}

/**
 * The sheet list of the campaign card: for each sheet, whether it holds a person list, the kind it
 * will be consolidated as, and how many people it lists. Cheap enough to redo on every change: the
 * header is found once per sheet and a row is a person by the engine's rule (a name, a CCCD or a BHYT
 * number, and not a totals or column-number row), without validating anything.
 */
import type { CellValue, Grid } from '../core/grid';
import type { Campaign } from '../core/campaign/schema';
import { detectHeader, type HeaderMatch } from '../core/table/header';
import { isColumnNumberRow, isTotalsRow } from '../core/table/row-kinds';
import { OWN_SHEETS } from '../core/report/sheet-names';
import { sheetChoice, type SheetChoice } from './sheet-choices';
import { detectCountForm, preferCountForm } from '../core/forms/detect';
import type { FormKind } from '../core/forms/measures';

export interface SheetSummary {
  sheet: string;
  /** False when no list header was found: the engine will not read the sheet. */
  isList: boolean;
  /** How the sheet will be consolidated; null when it is not a list. */
  choice: SheetChoice | null;
  people: number;
  /** The count form the sheet holds instead of a list (the engine reads its figures), else null. */
  form: FormKind | null;
}

/** How far below the header the engine looks for the "(1) (2) (3)" row. */
const COLUMN_NUMBER_ROW_REACH = 3;

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function countPeople(grid: Grid, header: HeaderMatch): number {
  const { fullName, cccd, bhyt } = header.columns;
  let people = 0;
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const name = fullName === undefined ? undefined : row[fullName];
    const hasId = (cccd !== undefined && !isBlank(row[cccd])) || (bhyt !== undefined && !isBlank(row[bhyt]));
    if (isBlank(name) && !hasId) continue;
    if (typeof name === 'string' && isTotalsRow(name)) continue;
    if (r <= header.row + COLUMN_NUMBER_ROW_REACH && isColumnNumberRow(row)) continue;
    people++;
  }
  return people;
}

/**
 * Detects each sheet's header once; the result can be re-labelled for any campaign with labelSheets.
 * The add-in's own sheets (the history the gateway reads back for the engine) are not lists and not shown.
 */
export function findHeaders(grids: readonly Grid[]): { grid: Grid; header: HeaderMatch | null; form: FormKind | null; people: number }[] {
  return grids.filter((grid) => !OWN_SHEETS.has(grid.sheet)).map((grid) => {
    const header = detectHeader(grid);
    const form = detectCountForm(grid);
    if (form && preferCountForm(grid, form, header)) return { grid, header: null, form: form.kind, people: 0 };
    return { grid, header, form: null, people: header ? countPeople(grid, header) : 0 };
  });
}

export function labelSheets(found: ReturnType<typeof findHeaders>, campaign: Campaign): SheetSummary[] {
  return found.map(({ grid, header, form, people }) => ({
    sheet: grid.sheet,
    isList: header !== null,
    choice: header ? sheetChoice(campaign, grid.sheet) : null,
    people,
    form,
  }));
}

export function surveySheets(grids: readonly Grid[], campaign: Campaign): SheetSummary[] {
  return labelSheets(findHeaders(grids), campaign);
}

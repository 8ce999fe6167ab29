/**
 * The sheet list of the campaign card: for each sheet, whether it holds a person list, the kind it
 * will be consolidated as, and how many people it lists. Cheap enough to redo on every change: the
 * header is found once per sheet and a row is a person by the engine's rule (a name, a CCCD or a BHYT
 * number, and not a totals, column-number, title or signature row; lists stacked on the sheet add up),
 * without validating anything.
 */
import type { Grid } from '../core/grid';
import type { Campaign } from '../core/campaign/schema';
import { detectHeader, type HeaderMatch } from '../core/table/header';
import { countSheetPersons } from '../core/table/blocks';
import { isReportSheet } from '../core/report/own-sheets';
import { sheetChoice, type SheetChoice } from './sheet-choices';
import { detectCountForm, preferCountForm } from '../core/forms/detect';
import type { FormKind } from '../core/vocabulary';

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

/**
 * Detects each sheet's header once; the result can be re-labelled for any campaign with labelSheets.
 * The add-in's own sheets (the history the gateway reads back for the engine) are not lists and not shown.
 */
export function findHeaders(grids: readonly Grid[]): { grid: Grid; header: HeaderMatch | null; form: FormKind | null; people: number }[] {
  return grids.filter((grid) => !isReportSheet(grid)).map((grid) => {
    const header = detectHeader(grid);
    const form = detectCountForm(grid);
    if (form && preferCountForm(grid, form, header)) return { grid, header: null, form: form.kind, people: 0 };
    return { grid, header, form: null, people: header ? countSheetPersons(grid, header) : 0 };
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

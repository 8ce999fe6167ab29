/**
 * The sheet list of the campaign card: for each sheet, whether it holds a person list, the kind it will be
 * consolidated as, and how many people it lists, as the engine counts them (core/pipeline/survey-sheets.ts).
 */
import type { Grid } from '../core/grid';
import type { Campaign } from '../core/campaign/schema';
import { surveySheets as surveyWorkbook } from '../core/pipeline/survey-sheets';
import type { FormKind, SideListKind } from '../core/vocabulary';
import { sheetChoice, type SheetChoice } from './sheet-choices';

export interface SheetSummary {
  sheet: string;
  /** False when no list header was found: the engine will not read the sheet. */
  isList: boolean;
  /** How the sheet will be consolidated; null when it is not a list. */
  choice: SheetChoice | null;
  people: number;
  /** The count form the sheet holds instead of a list (the engine reads its figures), else null. */
  form: FormKind | null;
  /** A side list the engine reads for what it is and never counts (`people` its rows), 'undecided' when its kind is unclear, else null. */
  side: SideListKind | 'undecided' | null;
}

/** The add-in's own sheets (the history the gateway reads back for the engine) are not lists and not shown. */
export function surveySheets(grids: readonly Grid[], campaign: Campaign): SheetSummary[] {
  return surveyWorkbook(grids, campaign).map((s) => ({
    sheet: s.sheet,
    isList: s.holds === 'list',
    choice: s.holds === 'list' ? sheetChoice(campaign, s.sheet) : null,
    people: s.persons,
    form: s.form,
    side: s.holds === 'roster' || s.holds === 'mismatch' || s.holds === 'noLevel2' || s.holds === 'undecided' ? s.holds : null,
  }));
}

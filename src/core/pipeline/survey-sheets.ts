/**
 * The sheets as the task pane lists them before a run: what each holds and how many persons, counted by the
 * engine's own stages (legacy text, stacked lists and combined sheets included), so the pane's figure is the
 * report's. A sheet the campaign leaves out is still surveyed, so the user sees what they left out.
 */
import type { Grid } from '../grid';
import type { Campaign } from '../campaign/schema';
import { ymd } from '../campaign/periods';
import type { FormKind, SideListKind } from '../vocabulary';
import { classifySheets } from './classify-sheets';
import { readLists } from './read-lists';
import { readSideLists } from './read-side-lists';

export interface SurveyedSheet {
  sheet: string;
  /**
   * A person list, a unit's count form, a side list read for what it is and never counted (a task group's roster,
   * the health station's mismatch list, people without a level-2 account), a list of an undecided kind (not
   * counted), or nothing the engine reads.
   */
  holds: 'list' | 'form' | SideListKind | 'undecided' | 'none';
  /** Persons on the sheet's lists, or rows of its side list (0 for a form, an undecided list or nothing). */
  persons: number;
  form: FormKind | null;
}

/** Every sheet but the add-in's own, in workbook order. */
export function surveySheets(grids: readonly Grid[], campaign: Campaign): SurveyedSheet[] {
  const surveyed = { ...campaign, entities: campaign.entities.map((o) => ({ ...o, exclude: false })) };
  const { sheets } = classifySheets(grids, surveyed);
  const lists = readLists(sheets, surveyed, ymd(campaign.start));
  const side = sheets.some((s) => s.role === 'side') ? readSideLists({ sheets, stacked: [], campaign: surveyed, listed: lists.listed, forms: [] }).rowsBySheet : new Map<string, number>();
  return sheets.flatMap((s): SurveyedSheet[] => {
    if (s.role === 'report' || s.role === 'excluded') return [];
    if (s.role === 'side') return [{ sheet: s.grid.sheet, holds: s.side, persons: side.get(s.grid.sheet) ?? 0, form: null }];
    const persons = s.role === 'list' ? (lists.bySheet.get(s.grid.sheet)?.records ?? 0) : 0;
    return [{ sheet: s.grid.sheet, holds: s.role, persons, form: s.role === 'form' ? s.form.kind : null }];
  });
}

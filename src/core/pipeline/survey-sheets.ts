/**
 * The sheets as the task pane lists them before a run: what each holds and how many persons, counted by the
 * engine's own stages (legacy text, stacked lists and combined sheets included), so the pane's figure is the
 * report's. A sheet the campaign leaves out is still surveyed, so the user sees what they left out.
 */
import type { Grid } from '../grid';
import type { Campaign } from '../campaign/schema';
import { ymd } from '../campaign/periods';
import type { FormKind } from '../vocabulary';
import { classifySheets } from './classify-sheets';
import { readLists } from './read-lists';

export interface SurveyedSheet {
  sheet: string;
  /** A person list, a unit's count form, or nothing the engine reads. */
  holds: 'list' | 'form' | 'none';
  /** Persons on the sheet's lists (0 for a form or nothing). */
  persons: number;
  form: FormKind | null;
}

/** Every sheet but the add-in's own, in workbook order. */
export function surveySheets(grids: readonly Grid[], campaign: Campaign): SurveyedSheet[] {
  const surveyed = { ...campaign, entities: campaign.entities.map((o) => ({ ...o, exclude: false })) };
  const { sheets } = classifySheets(grids, surveyed);
  const lists = readLists(sheets, surveyed, ymd(campaign.start));
  return sheets.flatMap((s): SurveyedSheet[] => {
    if (s.role === 'report' || s.role === 'excluded') return [];
    const persons = s.role === 'list' ? (lists.bySheet.get(s.grid.sheet)?.records ?? 0) : 0;
    return [{ sheet: s.grid.sheet, holds: s.role, persons, form: s.role === 'form' ? s.form.kind : null }];
  });
}

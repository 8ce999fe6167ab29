/**
 * Stage 1: what each sheet is. The one answer to "what is this sheet", used by the engine, the task pane's
 * sheet list and the command line: one of the add-in's own sheets (read back when it is the history or the
 * police's working list), a sheet the campaign leaves out, a unit's count form, a person list, a list read for
 * what it is and never counted (a task group's roster, the health station's mismatch list, people without a
 * level-2 account: table/list-kind.ts, issue 10 §3), a list whose kind cannot be decided, or nothing the engine
 * can read.
 */
import type { Grid } from '../grid';
import type { Campaign } from '../campaign/schema';
import { type SheetEntity, overrideOf, sheetEntity } from '../campaign/sheet-entity';
import { type Issue, type IssueCode, type ParamsArg, issueAt } from '../issues';
import { placeIn } from '../place';
import { detectHeader, type HeaderMatch } from '../table/header';
import { hiddenIssues } from '../table/hidden';
import { uncalculatedIssues } from '../table/uncalculated';
import { titleAbove } from '../table/blocks';
import { type SideKind, type UndecidedReason, isSideKind, listKindOf } from '../table/list-kind';
import { type FormMatch, detectCountForm, preferCountForm } from '../forms/detect';
import { ownSheetNamed, ownershipOf } from '../report/own-sheets';
import { READ_BACK_SHEETS } from '../vocabulary';

export type SheetClass =
  /** One of our report sheets, by name and content (what the layout writes on it); `own` is its name as the vocabulary spells it. */
  | { role: 'report'; grid: Grid; own: string }
  | { role: 'excluded'; grid: Grid }
  | { role: 'form'; grid: Grid; entity: SheetEntity; form: FormMatch }
  | { role: 'list'; grid: Grid; entity: SheetEntity; header: HeaderMatch }
  /** A side list: read for what it is (rosters and no-level-2 lists for the annex, mismatches for the police), never counted. */
  | { role: 'side'; grid: Grid; entity: SheetEntity; header: HeaderMatch; side: SideKind; title: string }
  /** A list whose kind cannot be decided: not counted, and one SHEET_KIND_UNDECIDED says what to rename or add. */
  | { role: 'undecided'; grid: Grid; entity: SheetEntity; header: HeaderMatch; why: UndecidedReason }
  /** No list header and no count form: nothing to read. */
  | { role: 'none'; grid: Grid };

export interface ClassifiedSheets {
  /** One per Grid, in workbook order. */
  sheets: SheetClass[];
  /** Sheet-level findings: a list named like a report sheet, hidden rows and columns, no header. */
  issues: Issue[];
}

/**
 * Whether a Grid is one of our report sheets, by name and content (a list that took a report sheet's name is
 * not), as classifySheets answers it first: its name as the vocabulary spells it, and whether the engine reads
 * it back on the next run (the history, the police's working list). For a door that sorts the sheets of
 * earlier report files before the engine runs.
 */
export function reportSheetOf(grid: Grid): { own: string; readBack: boolean } | null {
  const own = ownSheetNamed(grid.sheet);
  if (own === null || ownershipOf(grid) !== 'ours') return null;
  return { own, readBack: READ_BACK_SHEETS.has(own) };
}

export function classifySheets(grids: readonly Grid[], campaign: Campaign): ClassifiedSheets {
  const issues: Issue[] = [];
  const sheetIssue = <C extends IssueCode>(grid: Grid, code: C, ...params: ParamsArg<C>) => issues.push(issueAt(placeIn(grid), code, ...params));
  const sheets = grids.map((grid): SheetClass => {
    const own = ownSheetNamed(grid.sheet);
    const ownership = own === null ? null : ownershipOf(grid);
    if (own !== null && ownership === 'ours') return { role: 'report', grid, own };
    // Someone's list that took a report sheet's name ("Tổng hợp"): read like any list, and never overwritten.
    if (ownership === 'list') sheetIssue(grid, 'SHEET_NAME_RESERVED', { sheet: grid.sheet });
    // Any other sheet of the commune's with such a name (its own "Báo cáo tuần"): nothing to read, never overwritten.
    if (ownership === 'theirs') sheetIssue(grid, 'SHEET_NAME_TAKEN', { sheet: grid.sheet });
    const entity = sheetEntity(campaign, grid.sheet);
    if (entity.excluded) return { role: 'excluded', grid };
    if (ownership === 'theirs') return { role: 'none', grid };
    issues.push(...hiddenIssues(grid), ...uncalculatedIssues(grid));
    const header = detectHeader(grid);
    const form = detectCountForm(grid);
    if (form && preferCountForm(grid, form, header)) return { role: 'form', grid, entity, form };
    if (header) {
      const title = titleAbove(grid, header.row);
      const kind = listKindOf({ sheet: grid.sheet, title, header });
      if (isSideKind(kind.kind)) return { role: 'side', grid, entity, header, side: kind.kind, title };
      // A sheet the campaign names as a village or unit is the officer's answer: it is counted.
      if (kind.kind === 'undecided' && overrideOf(campaign, grid.sheet) === undefined) {
        sheetIssue(grid, 'SHEET_KIND_UNDECIDED', { sheet: grid.sheet, ...kind.why });
        return { role: 'undecided', grid, entity, header, why: kind.why };
      }
      return { role: 'list', grid, entity, header };
    }
    sheetIssue(grid, 'SHEET_NO_HEADER');
    return { role: 'none', grid };
  });
  return { sheets, issues };
}

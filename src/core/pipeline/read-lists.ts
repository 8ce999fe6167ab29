/**
 * Stage 2: the person lists read into People (one typed-array store for every person of every list) and the
 * villages and units they report for. A sheet may hold one list, several stacked, or a whole commune split by
 * its village column (table/sheet-lists.ts).
 */
import type { Campaign } from '../campaign/schema';
import { type SheetEntity, configuredEntities } from '../campaign/sheet-entity';
import type { Grid } from '../grid';
import type { ListBlock } from '../table/blocks';
import type { SideKind } from '../table/list-kind';
import { type Issue, type IssueCode, type ParamsArg, issueAt } from '../issues';
import { placeIn } from '../place';
import { ALIASES, type Field } from '../table/aliases';
import type { Ymd } from '../table/cells/excel-dates';
import { findDataDate } from '../table/data-date';
import type { HeaderMatch } from '../table/header';
import type { ListedEntity } from '../table/listed-entity';
import { People } from '../table/people';
import { type SheetLists, readSheetLists } from '../table/sheet-lists';
import { groupByColumn } from '../table/column-issues';
import { foldKey } from '../text/fold';
import { missingColumns } from '../campaign/missing-columns';
import type { SheetClass } from './classify-sheets';

type ListSheet = Extract<SheetClass, { role: 'list' }>;

export interface ReadLists {
  people: People;
  /** Every village and unit read, indexed like People.entity. */
  listed: ListedEntity[];
  /** What each list sheet held: its lists' headers and which entity each row went to. */
  bySheet: Map<string, SheetLists>;
  /** Side lists stacked on list sheets (a school's students without a level-2 account under its staff), with the sheet's entity. */
  sideBlocks: StackedSideList[];
  issues: Issue[];
}

export interface StackedSideList {
  grid: Grid;
  /** The village or unit of the sheet the list sits on. */
  owner: SheetEntity;
  block: ListBlock;
  kind: SideKind;
}

export function readLists(sheets: readonly SheetClass[], campaign: Campaign, asOfYmd: Ymd): ReadLists {
  const lists = sheets.filter((s): s is ListSheet => s.role === 'list');
  const people = new People(lists.reduce((n, s) => n + s.grid.values.length, 0));
  const listed: ListedEntity[] = [];
  const bySheet = new Map<string, SheetLists>();
  const sideBlocks: StackedSideList[] = [];
  const issues: Issue[] = [];
  const configured = configuredEntities(campaign);
  for (const { grid, entity, header } of lists) {
    const sheetIssue = <C extends IssueCode>(code: C, ...params: ParamsArg<C>) => issues.push(issueAt(placeIn(grid), code, ...params));
    const own = (h: HeaderMatch): ListedEntity => ({
      index: listed.length,
      name: entity.name,
      kind: entity.kind,
      grid,
      header: h,
      records: 0,
      dataDate: findDataDate(grid, h.row),
      key: foldKey(grid.sheet),
    });
    const read = readSheetLists(grid, header, own, { people, listed, issues, asOfYmd, configured });
    bySheet.set(grid.sheet, read);
    for (const { block, kind } of read.sideBlocks) sideBlocks.push({ grid, owner: entity, block, kind });
    if (read.records === 0) sheetIssue('SHEET_EMPTY');
    const missing = new Set<Field>();
    for (const { header: h, entity: e } of read.blocks) for (const field of missingColumns({ ...e, header: h }, campaign.indicators)) missing.add(field);
    for (const field of missing) sheetIssue('COLUMN_MISSING', { column: ALIASES[field][0] });
  }
  return { people, listed, bySheet, sideBlocks, issues: groupByColumn(issues) };
}

/** A list sheet's role in the report: split into several villages, or the kind of its one entity. */
export function listRole(grid: { sheet: string }, read: SheetLists): 'village' | 'unit' {
  const split = read.entities.length > 1 || read.entities[0].key !== foldKey(grid.sheet);
  return split ? 'village' : read.entities[0].kind;
}

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
import { nameKey } from '../text/names';
import { unplacedNames } from '../campaign/unplaced';
import { lackingByIndicator } from '../campaign/missing-columns';
import type { LackingColumns } from '../report/count';
import type { SheetClass } from './classify-sheets';

type ListSheet = Extract<SheetClass, { role: 'list' }>;

export interface ReadLists {
  people: People;
  /** Every village and unit read, indexed like People.entity. */
  listed: ListedEntity[];
  /** What each list sheet held: its lists' headers and which entity each row went to. */
  bySheet: Map<string, SheetLists>;
  /**
   * Per entity index, the person indicators one of its lists lacks a column for, with those columns' header
   * texts: the indicators have no value for the entity (campaign/missing-columns.ts). Entities lacking none are absent.
   */
  lacking: LackingColumns;
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
  const lacking = new Map<number, Map<string, string[]>>();
  const configured = configuredEntities(campaign);
  for (const { grid, entity, header } of lists) {
    const sheetIssue = <C extends IssueCode>(code: C, ...params: ParamsArg<C>) => issues.push(issueAt(placeIn(grid), code, ...params));
    // Each list's "Số liệu đến ngày": its own, between the list before and its header, else the sheet's (above the first list).
    let below = 0;
    let sheetDate: string | null | undefined;
    const dataDateOf = (h: HeaderMatch): string | null => {
      const ownDate = findDataDate(grid, h.row, below, true);
      sheetDate ??= below === 0 ? findDataDate(grid, h.row) : null;
      below = h.row + 1;
      return ownDate ?? sheetDate;
    };
    const own = (h: HeaderMatch): ListedEntity => ({
      index: listed.length,
      name: entity.name,
      kind: entity.kind,
      grid,
      header: h,
      records: 0,
      dataDate: dataDateOf(h),
      key: nameKey(grid.sheet),
    });
    const read = readSheetLists(grid, header, own, { people, listed, issues, asOfYmd, configured });
    bySheet.set(grid.sheet, read);
    for (const { block, kind } of read.sideBlocks) sideBlocks.push({ grid, owner: entity, block, kind });
    if (read.records === 0) sheetIssue('SHEET_EMPTY');
    // Which indicators each missing column blocks, over the sheet's lists: one finding per column.
    const blocked = new Map<Field, Set<string>>();
    for (const { header: h, entity: e } of read.blocks) {
      const mine = lacking.get(e.index) ?? new Map<string, string[]>();
      for (const [id, fields] of lackingByIndicator(e, h, campaign.indicators)) {
        mine.set(id, [...new Set([...(mine.get(id) ?? []), ...fields.map((f) => ALIASES[f][0])])]);
        for (const field of fields) blocked.set(field, (blocked.get(field) ?? new Set()).add(id));
      }
      if (mine.size > 0) lacking.set(e.index, mine);
    }
    for (const [field, ids] of blocked) {
      const blocks = campaign.indicators.filter((ind) => ids.has(ind.id));
      const quoted = (lang: 'vi' | 'en') => blocks.map((ind) => `"${ind.label[lang]}"`).join(', ');
      sheetIssue('COLUMN_MISSING', { column: ALIASES[field][0], indicators: quoted('vi'), indicatorsEn: quoted('en') });
    }
  }
  issues.push(...unplacedNames(listed, campaign));
  return { people, listed, bySheet, lacking, sideBlocks, issues: groupByColumn(issues) };
}

/** A list sheet's role in the report: split into several villages, or the kind of its one entity. */
export function listRole(grid: { sheet: string }, read: SheetLists): 'village' | 'unit' {
  const split = read.entities.length > 1 || read.entities[0].key !== nameKey(grid.sheet);
  return split ? 'village' : read.entities[0].kind;
}

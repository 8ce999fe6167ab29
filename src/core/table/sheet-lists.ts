/**
 * Everything a person sheet holds, read into entities: one list or several stacked (blocks.ts), each
 * either one entity's list or a combined list split by its village column (combined.ts). Lists whose
 * titles name different villages give one entity per village; otherwise the sheet is one entity.
 */
import { type Grid, sheetColumnLetter } from '../grid';
import type { ListedEntity } from './listed-entity';
import { type Issue, type IssueCode, type ParamsArg, issueAt } from '../issues';
import { excelRowOf, placeIn } from '../place';
import type { HeaderMatch } from './header';
import { type KnownVillage, type ListBlock, findListBlocks } from './blocks';
import { type ConfiguredVillage, combinedSheet } from './combined';
import { readList } from './read-list';
import type { People } from './people';
import type { Ymd } from './cells/excel-dates';
import { villageIndex, villageKey } from './villages';
import { nameKey } from '../text/names';
import { type SideKind, isSideKind, listKindOf } from './list-kind';

export interface SheetListsContext {
  people: People;
  /** Every entity so far; the sheet's are appended. */
  listed: ListedEntity[];
  issues: Issue[];
  asOfYmd: Ymd;
  /** The campaign's villages and units, for naming the villages of titles and village columns. */
  configured: readonly ConfiguredVillage[];
}

export interface SheetLists {
  records: number;
  /** The sheet's entities, in the order they were made. */
  entities: ListedEntity[];
  /** Each list's header (in row order) with the entity its rows went to: which header a row is read by. */
  blocks: { header: HeaderMatch; entity: ListedEntity }[];
  /** Entity index per grid row when the sheet's rows went to more than one entity, else null. */
  entityOfRow: Int32Array | null;
  /**
   * Lists stacked under the sheet's own whose title or columns make them a side list (issue 10 §3: a school's
   * students without a level-2 account under its staff): not read as persons, each with its kind.
   */
  sideBlocks: { block: ListBlock; kind: SideKind }[];
}

/** The sheet's lists split into those read as persons and the side lists stacked among them (never the first). */
function splitSideBlocks(blocks: readonly ListBlock[]): { counted: ListBlock[]; side: SheetLists['sideBlocks'] } {
  const counted: ListBlock[] = [];
  const side: SheetLists['sideBlocks'] = [];
  for (const block of blocks) {
    const kind = block.start === 'header' && counted.length > 0 ? listKindOf({ sheet: null, title: block.title, header: block.header }).kind : 'count';
    if (isSideKind(kind)) side.push({ block, kind });
    else counted.push(block);
  }
  return { counted, side };
}

/** The campaign's villages as titles name them. */
export function knownVillages(configured: readonly ConfiguredVillage[]): KnownVillage[] {
  return configured.filter((c) => c.kind === 'village').map((c) => ({ name: c.name, keys: [...new Set([villageKey(c.sheet), villageKey(c.name)])] }));
}

/**
 * Reads the lists of a sheet whose first header is `first`. `own(header)` makes the sheet's own entity
 * (name, kind and data date from the sheet and the campaign's override); it is made at most once.
 */
export function readSheetLists(grid: Grid, first: HeaderMatch, own: (header: HeaderMatch) => ListedEntity, ctx: SheetListsContext): SheetLists {
  const { counted: blocks, side } = splitSideBlocks(findListBlocks(grid, first, knownVillages(ctx.configured)));
  const entities = sheetEntities(grid, blocks, own, ctx);
  const sheetIssuesFrom = ctx.issues.length;
  const start = ctx.people.count;
  const { read, combinedRows, unknown } = readBlocks(grid, blocks, entities, ctx);
  reportBlocks(grid, blocks, read, unknown, ctx);
  mergeLegacyWarnings(ctx.issues, sheetIssuesFrom);
  return {
    records: ctx.people.count - start,
    entities: entities.made,
    blocks: read,
    entityOfRow: entities.made.length > 1 ? rowEntities(grid, read, combinedRows) : null,
    sideBlocks: side,
  };
}

/** The entities of one sheet, each made once by its key (and appended to `ctx.listed`) when a row first goes to it. */
interface SheetEntities {
  /** In the order they were made. */
  made: ListedEntity[];
  /** The entity of a village a title or a village column names: the sheet's own when it is the sheet's village. */
  ofVillage(name: string, header: HeaderMatch, configured: ConfiguredVillage | null): ListedEntity;
  /** The entity of a block's rows: its title's village when titles split the sheet, the list above for a repeated header, else the sheet's. */
  ofBlock(block: ListBlock, previous: ListedEntity | null): ListedEntity;
}

function sheetEntities(grid: Grid, blocks: readonly ListBlock[], own: (header: HeaderMatch) => ListedEntity, ctx: SheetListsContext): SheetEntities {
  const byKey = new Map<string, ListedEntity>();
  const made: ListedEntity[] = [];
  const entityFor = (key: string, make: () => ListedEntity): ListedEntity => {
    let entity = byKey.get(key);
    if (!entity) {
      entity = make();
      byKey.set(key, entity);
      ctx.listed.push(entity);
      made.push(entity);
    }
    return entity;
  };
  const configuredByKey = villageIndex(ctx.configured);
  const ownKey = nameKey(grid.sheet);
  const ownVillage = villageKey(grid.sheet);
  const ownConfigured = configuredByKey.get(ownVillage);
  const isOwn = (village: string) => villageKey(village) === ownVillage || (ownConfigured !== undefined && configuredByKey.get(villageKey(village)) === ownConfigured);
  // Titles naming villages other than the sheet's split the sheet; titles naming none (or the sheet's) do not.
  const byTitle = blocks.length > 1 && blocks.some((b) => b.village !== null && !isOwn(b.village));
  const sheetEntity = (header: HeaderMatch) => entityFor(ownKey, () => own(header));
  const ofVillage = (name: string, header: HeaderMatch, configured: ConfiguredVillage | null) => {
    const key = nameKey(configured?.sheet ?? name);
    return key === ownKey ? sheetEntity(header) : entityFor(key, () => ({ ...own(header), name: configured?.name ?? name, kind: configured?.kind ?? 'village', key }));
  };
  const ofBlock = (block: ListBlock, previous: ListedEntity | null) => {
    if (byTitle && block.village !== null) return ofVillage(block.village, block.header, configuredByKey.get(villageKey(block.village)) ?? null);
    if (block.start === 'repeated' && previous !== null) return previous;
    return sheetEntity(block.header);
  };
  return { made, ofVillage, ofBlock };
}

/** A village a combined list names that the campaign does not list, where it is first named. */
interface UnknownVillage {
  name: string;
  row: number;
  column: number;
  entity: ListedEntity;
}

interface BlocksRead {
  read: SheetLists['blocks'];
  /** A combined block's entity per grid row, to fill entityOfRow once the sheet is known to hold several entities. */
  combinedRows: Map<HeaderMatch, Int32Array>;
  unknown: UnknownVillage[];
}

/** Every block's rows read into People, each to its entity (a combined list's rows to the village each names). */
function readBlocks(grid: Grid, blocks: readonly ListBlock[], entities: SheetEntities, ctx: SheetListsContext): BlocksRead {
  const { people, listed, issues } = ctx;
  const out: BlocksRead = { read: [], combinedRows: new Map(), unknown: [] };
  let previous: ListedEntity | null = null;
  for (const block of blocks) {
    const header = block.header;
    const combined = combinedSheet(grid, header, ctx.configured);
    const villageColumn = header.columns.village; // defined whenever combined is
    if (combined && villageColumn !== undefined) {
      const ofVillage = combined.villages.map((v) => entities.ofVillage(v.name, header, v.configured));
      // The block's own entity only when some row names no village: a fully split list adds no empty entity.
      const entity: ListedEntity | null = combined.hasRowsWithoutVillage ? entities.ofBlock(block, previous) : null;
      const rows = combined.villageOfRow.map((v) => (v >= 0 ? ofVillage[v].index : -1));
      const before = people.count;
      readList(grid, header, (entity ?? ofVillage[0]).index, people, { asOfYmd: ctx.asOfYmd, issues, villages: { entityOfRow: rows, column: villageColumn } });
      for (let i = before; i < people.count; i++) listed[people.entity[i]].records++;
      out.combinedRows.set(header, rows);
      combined.villages.forEach((v, k) => {
        if (v.configured === null) out.unknown.push({ name: v.name, row: v.firstRow, column: villageColumn, entity: ofVillage[k] });
      });
      out.read.push({ header, entity: entity ?? ofVillage[0] });
      if (entity) previous = entity;
    } else {
      const entity = entities.ofBlock(block, previous);
      entity.records += readList(grid, header, entity.index, people, { asOfYmd: ctx.asOfYmd, issues }).records;
      out.read.push({ header, entity });
      previous = entity;
    }
  }
  return out;
}

/** What the sheet's lists tell the police: villages the campaign does not list, lists stacked on one sheet, headers repeated. */
function reportBlocks(grid: Grid, blocks: readonly ListBlock[], read: SheetLists['blocks'], unknown: readonly UnknownVillage[], ctx: SheetListsContext): void {
  const push = <C extends IssueCode>(gridRow: number | null, column: string | null, code: C, ...params: ParamsArg<C>) =>
    ctx.issues.push(issueAt(placeIn(grid, gridRow, column), code, ...params));
  // Unknown names are warned about only when the campaign lists its villages: otherwise every name is new.
  if (ctx.configured.length > 0) {
    const seen = new Set<ListedEntity>();
    for (const u of unknown) {
      if (seen.has(u.entity)) continue;
      seen.add(u.entity);
      push(u.row, sheetColumnLetter(grid, u.column), 'VILLAGE_UNKNOWN', { value: u.name, count: u.entity.records });
    }
  }
  const lists = blocks.filter((b) => b.start !== 'repeated');
  if (lists.length > 1) {
    const names = [...new Set(read.map((b) => b.entity.name))];
    push(null, null, 'LISTS_STACKED', { count: lists.length, rows: lists.map((b) => excelRowOf(grid, b.titleRow)).join(', '), ...(names.length > 1 ? { entities: names.join(', ') } : {}) });
  }
  for (const b of blocks) if (b.start === 'repeated') push(b.titleRow, null, 'HEADER_REPEATED');
}

/** The entity of each grid row of a sheet whose lists went to several entities (-1 outside any list). */
function rowEntities(grid: Grid, read: SheetLists['blocks'], combinedRows: ReadonlyMap<HeaderMatch, Int32Array>): Int32Array {
  const entityOfRow = new Int32Array(grid.values.length).fill(-1);
  for (const { header, entity } of read) {
    const end = header.end ?? grid.values.length;
    const rows = combinedRows.get(header);
    if (rows === undefined) entityOfRow.fill(entity.index, header.row + 1, end);
    else for (let r = header.row + 1; r < end; r++) entityOfRow[r] = rows[r] >= 0 ? rows[r] : entity.index;
  }
  return entityOfRow;
}

/** One TEXT_LEGACY_ENCODING per column of a sheet, counting the cells of every list read by it. */
function mergeLegacyWarnings(issues: Issue[], from: number): void {
  const first = new Map<string, Issue & { code: 'TEXT_LEGACY_ENCODING' }>();
  let kept = from;
  for (let i = from; i < issues.length; i++) {
    const issue = issues[i];
    if (issue.code === 'TEXT_LEGACY_ENCODING') {
      const key = `${issue.column}\u0000${issue.params.encoding}`;
      const seen = first.get(key);
      if (seen) {
        seen.params = { ...seen.params, count: seen.params.count + issue.params.count };
        continue;
      }
      first.set(key, issue);
    }
    issues[kept++] = issue;
  }
  issues.length = kept;
}


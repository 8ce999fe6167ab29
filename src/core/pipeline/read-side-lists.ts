/**
 * Stage 2b: the side lists (issue 10 §3), read for what they are and never counted as people. A task group's
 * roster (seed 000 §III.12, seed 001 phase 1) gives each village's members for the annex; a list of people without
 * a level-2 account (seed 000 §III.5) gives how many, by class, for the annex; the health station's list of records
 * the national database did not match (seed 001 phase 3) gives the police's working list its cases, found on the
 * date the station's list gives. Each list is named once for the user (SIDE_LIST).
 */
import type { Campaign } from '../campaign/schema';
import { configuredEntities, overrideOf } from '../campaign/sheet-entity';
import { type Grid, sheetColumnLetter } from '../grid';
import { type Issue, issueAt } from '../issues';
import { excelRowOf, placeIn } from '../place';
import type { ReportedCase } from '../report/mismatches';
import type { Annex, RosterMember, SideListReport } from '../report/model';
import { personRef } from '../report/person-ref';
import { type KnownVillage, type ListBlock, findListBlocks, villageInText } from '../table/blocks';
import { formatYmd } from '../table/cells/birth-date';
import type { Ymd } from '../table/cells/excel-dates';
import { findDataDate } from '../table/data-date';
import { type SideKind, nameWithoutSide } from '../table/list-kind';
import type { ListedEntity } from '../table/listed-entity';
import { knownVillages } from '../table/sheet-lists';
import { type SideRow, dateInTitle, readSideRows } from '../table/side-rows';
import { villageKey } from '../table/villages';
import { foldWords } from '../text/fold';
import { expandName, nameKey } from '../text/names';
import type { EntityKind } from '../vocabulary';
import type { SheetClass } from './classify-sheets';
import type { FormEntity } from './read-forms';
import type { StackedSideList } from './read-lists';

export interface ReadSideLists {
  /** Every side list, in workbook order. */
  lists: SideListReport[];
  annex: Annex;
  /** The health stations' cases, for the police's working list. */
  cases: ReportedCase[];
  /** The village or unit of each mismatch list: the cases count for it (Chỉ tiêu 4, seed 001). */
  owners: Map<string, MismatchOwner>;
  /** Rows read per side sheet (for the report's sheet list). */
  rowsBySheet: Map<string, number>;
  issues: Issue[];
}

/** A village or unit a mismatch list is of (the health station, seed 001 phase 3). */
export interface MismatchOwner {
  kind: EntityKind;
  /** Its first mismatch list's sheet and header row: where its own row points when it sent nothing else. */
  sheet: string;
  headerRow: number;
  /** Cases listed, over all its lists. */
  rows: number;
  /** The latest date its lists give, null when none does. */
  listedOn: string | null;
}

export interface ReadSideListsInput {
  sheets: readonly SheetClass[];
  stacked: readonly StackedSideList[];
  campaign: Campaign;
  listed: readonly ListedEntity[];
  forms: readonly FormEntity[];
}

/** One side list to read: a sheet's block and who it is of. */
interface SideList {
  grid: Grid;
  kind: SideKind;
  block: ListBlock;
  /** The village or unit the sheet (or the list's place on it) names, else null. */
  owner: { name: string; kind: EntityKind } | null;
  /** What is left of the sheet's name without its side words ("Thôn 1" of "Thôn 1 - Tổ công tác"), '' for a stacked list. */
  rest: string;
  /** The campaign's villages, as titles name them. */
  villages: readonly KnownVillage[];
}

/** A village or unit the report knows: read from a list or form, or named by the campaign. */
interface Known {
  name: string;
  kind: EntityKind;
}

export function readSideLists({ sheets, stacked, campaign, listed, forms }: ReadSideListsInput): ReadSideLists {
  const known = knownEntities(campaign, listed, forms);
  const found = sideListsInOrder(sheets, stacked, campaign);
  const out: ReadSideLists = { lists: [], annex: { rosters: [], withoutLevel2: [] }, cases: [], owners: new Map(), rowsBySheet: new Map(), issues: [] };
  const rosters = new Map<string, Annex['rosters'][number]>();
  const withoutLevel2 = new Map<string, { entry: Annex['withoutLevel2'][number]; classes: Map<string, number> }>();
  const station = forms.filter((f) => f.match.kind === 'kcb');
  for (const list of found) {
    const rows = readSideRows(list.grid, list.block.header);
    const sheet = list.grid.sheet;
    const listedOn = listDate(list);
    let owner: Known;
    if (list.kind === 'roster') owner = addRoster(list, rows, known, rosters);
    else {
      owner = list.owner ?? matchKnown(list.rest, known) ?? entityInText(list.block.title, known) ?? defaultOwner(list, station);
      if (list.kind === 'noLevel2') addWithoutLevel2(owner.name, sheet, rows, withoutLevel2);
      else {
        addOwner(out.owners, owner, list, rows.length, ymdIso(listedOn));
        for (const row of rows) out.cases.push(reportedCase(list, row, owner.name, listedOn));
      }
    }
    out.rowsBySheet.set(sheet, (out.rowsBySheet.get(sheet) ?? 0) + rows.length);
    out.lists.push({ sheet, kind: list.kind, headerRow: excelRowOf(list.grid, list.block.header.row), title: list.block.title, owner: owner.name, rows: rows.length, listedOn: ymdIso(listedOn) });
    const row = list.block.start === 'first' ? null : list.block.titleRow;
    out.issues.push(issueAt(placeIn(list.grid, row), 'SIDE_LIST', { sheet, side: list.kind, rows: rows.length, owner: owner.name }));
  }
  out.annex.rosters = [...rosters.values()];
  if (rosters.size > 0) out.annex.rosters.push(...villagesWithoutRoster(campaign, rosters));
  out.annex.withoutLevel2 = [...withoutLevel2.values()].map(({ entry, classes }) => ({ ...entry, byClass: byClass(classes) }));
  return out;
}

/** The side sheets' lists (a roster sheet may hold one list per village) and the side lists stacked on list sheets, in workbook order. */
function sideListsInOrder(sheets: readonly SheetClass[], stacked: readonly StackedSideList[], campaign: Campaign): SideList[] {
  const villages = knownVillages(configuredEntities(campaign));
  const out: SideList[] = [];
  for (const s of sheets) {
    if (s.role === 'side') {
      const override = overrideOf(campaign, s.grid.sheet);
      const owner = override ? { name: s.entity.name, kind: s.entity.kind } : null;
      const rest = nameWithoutSide(s.grid.sheet);
      for (const block of findListBlocks(s.grid, s.header, villages)) out.push({ grid: s.grid, kind: s.side, block, owner, rest, villages });
    } else if (s.role === 'list') {
      for (const st of stacked) if (st.grid === s.grid) out.push({ grid: st.grid, kind: st.kind, block: st.block, owner: { name: st.owner.name, kind: st.owner.kind }, rest: '', villages });
    }
  }
  return out;
}

function addOwner(owners: Map<string, MismatchOwner>, owner: Known, list: SideList, rows: number, listedOn: string | null): void {
  const seen = owners.get(owner.name);
  if (seen) {
    seen.rows += rows;
    if (listedOn !== null && (seen.listedOn === null || listedOn > seen.listedOn)) seen.listedOn = listedOn;
    return;
  }
  owners.set(owner.name, { kind: owner.kind, sheet: list.grid.sheet, headerRow: excelRowOf(list.grid, list.block.header.row), rows, listedOn });
}

function knownEntities(campaign: Campaign, listed: readonly ListedEntity[], forms: readonly FormEntity[]): Known[] {
  const all: Known[] = [
    ...configuredEntities(campaign).map((c) => ({ name: c.name, kind: c.kind })),
    ...listed.map((e) => ({ name: e.name, kind: e.kind })),
    ...forms.map((f) => ({ name: f.name, kind: 'unit' as const })),
  ];
  const seen = new Set<string>();
  return all.filter((k) => !seen.has(k.name) && seen.add(k.name));
}

/**
 * The known village or unit a text names: the same name (as villages are compared: "Thôn 01" is "Thôn 1"), else
 * the one name holding the text's words ("THCS" in "Trường THCS Bờ Y"); null when none or several do.
 */
function matchKnown(text: string, known: readonly Known[]): Known | null {
  if (text === '') return null;
  const key = villageKey(text);
  const same = known.find((k) => villageKey(k.name) === key) ?? known.find((k) => nameKey(k.name) === nameKey(text));
  if (same) return same;
  // Abbreviations spelled out (ISSUE 10 §10): "TYT" is the "Trạm Y tế xã Thượng Ninh" the campaign names.
  const words = ` ${expandName(text)} `;
  const holding = known.filter((k) => ` ${expandName(k.name)} `.includes(words));
  return holding.length === 1 ? holding[0] : null;
}

/** The one known village or unit whose whole name a title holds ("DANH SÁCH HỌC SINH TRƯỜNG THCS BỜ Y …"). */
function entityInText(text: string, known: readonly Known[]): Known | null {
  if (text === '') return null;
  const words = ` ${foldWords(text)} `;
  const named = known.filter((k) => foldWords(k.name) !== '' && words.includes(` ${foldWords(k.name)} `));
  named.sort((a, b) => b.name.length - a.name.length);
  return named[0] ?? null;
}

/** A side list that names no known village or unit: a mismatch list is the health station's (seed 001 phase 3). */
function defaultOwner(list: SideList, station: readonly FormEntity[]): Known {
  if (list.kind === 'mismatch' && station.length === 1) return { name: station[0].name, kind: 'unit' };
  if (list.rest !== '') return { name: list.rest, kind: 'unit' };
  return { name: list.kind === 'mismatch' ? 'Trạm Y tế' : list.grid.sheet.trim(), kind: 'unit' };
}

/** The date a list gives: its title's ("gửi Công an xã ngày 26/6/2026") or its "Số liệu đến ngày" line. */
function listDate(list: SideList): Ymd {
  const titled = dateInTitle(foldWords(list.block.title));
  if (titled > 0) return titled;
  const data = list.block.start === 'first' ? findDataDate(list.grid, list.block.header.row) : null;
  return data === null ? 0 : Number(data.replace(/-/g, ''));
}

const ymdIso = (ymd: Ymd): string | null => (ymd > 0 ? `${Math.floor(ymd / 10000)}-${String(Math.floor(ymd / 100) % 100).padStart(2, '0')}-${String(ymd % 100).padStart(2, '0')}` : null);

/** A roster's members added to their villages: the row's village column, else the list's title, else the sheet's name. */
function addRoster(list: SideList, rows: readonly SideRow[], known: readonly Known[], rosters: Map<string, Annex['rosters'][number]>): Known {
  const villages = known.filter((k) => k.kind === 'village');
  // "DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC THÔN 1": the village after the group's own words ("Tổ" is no village here).
  const titled = list.block.title === '' ? null : villageInText(nameWithoutSide(list.block.title), list.villages);
  const listVillage = list.owner?.name ?? matchKnown(titled ?? '', villages)?.name ?? titled ?? matchKnown(list.rest, villages)?.name ?? (list.rest || list.grid.sheet.trim());
  const seen = new Set<string>();
  for (const row of rows) {
    const written = row.village || row.texts.assignedVillage;
    const village = written === '' ? listVillage : (matchKnown(written, villages)?.name ?? written);
    seen.add(village);
    const key = villageKey(village);
    let entry = rosters.get(key);
    if (!entry) {
      entry = { village, sheets: [], members: [] };
      rosters.set(key, entry);
    }
    if (!entry.sheets.includes(list.grid.sheet)) entry.sheets.push(list.grid.sheet);
    const member: RosterMember = { name: row.name, position: row.texts.position, force: row.texts.force, phone: row.texts.phone };
    entry.members.push(member);
  }
  return { name: seen.size === 1 ? [...seen][0] : listVillage, kind: 'village' };
}

/** The campaign's villages that sent no roster, once some village has (seed 000 §III.12: due 20/10/2025). */
function villagesWithoutRoster(campaign: Campaign, rosters: ReadonlyMap<string, unknown>): Annex['rosters'] {
  return configuredEntities(campaign)
    .filter((c) => c.kind === 'village' && !rosters.has(villageKey(c.name)) && !rosters.has(villageKey(c.sheet)))
    .map((c) => ({ village: c.name, sheets: [], members: [] }));
}

function addWithoutLevel2(owner: string, sheet: string, rows: readonly SideRow[], lists: Map<string, { entry: Annex['withoutLevel2'][number]; classes: Map<string, number> }>): void {
  let list = lists.get(owner);
  if (!list) {
    list = { entry: { owner, sheets: [], people: 0, byClass: [] }, classes: new Map() };
    lists.set(owner, list);
  }
  if (!list.entry.sheets.includes(sheet)) list.entry.sheets.push(sheet);
  list.entry.people += rows.length;
  for (const row of rows) list.classes.set(row.texts.schoolClass, (list.classes.get(row.texts.schoolClass) ?? 0) + 1);
}

/** Classes in the order a school writes them: "6A" before "10A1", "9A" before "9B"; people with no class last. */
function byClass(classes: ReadonlyMap<string, number>): Annex['withoutLevel2'][number]['byClass'] {
  return [...classes.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'vi', { numeric: true })))
    .map(([c, people]) => ({ class: c, people }));
}

/** One case of a station's mismatch list as the police's working list takes it. */
function reportedCase(list: SideList, row: SideRow, owner: string, listedOn: Ymd): ReportedCase {
  const { grid, block } = list;
  const header = block.header;
  const col = header.side?.mismatch ?? header.columns.fullName ?? header.columns.cccd ?? 0;
  const place = `${grid.sheet}!${sheetColumnLetter(grid, col)}${excelRowOf(grid, row.gridRow)}`;
  const what = row.texts.mismatch || row.texts.reason || row.note;
  const found = row.foundOn > 0 ? row.foundOn : listedOn;
  const on = found > 0 ? ` (ngày ${formatYmd(found, false)})` : '';
  const problem = `${owner} báo ${what === '' ? 'thông tin không trùng khớp với Cơ sở dữ liệu quốc gia về dân cư' : `sai lệch: ${what}`}${on}. Công an xã kiểm tra, cập nhật, làm sạch dữ liệu dân cư trong 24 giờ.`;
  const village = row.village;
  return { person: personRef({ grid, header }, row.gridRow), entities: village === '' ? [owner] : [owner, village], place, problem, foundOn: ymdIso(found) };
}

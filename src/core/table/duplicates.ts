/**
 * Duplicates across lists.
 * - CCCD within a kind: the first list in workbook order keeps the person; later rows are marked
 *   duplicate (the marks tell the counting which persons not to count again) and get DUPLICATE_CCCD. A person on a unit list and a village list is
 *   normal and counted in both.
 * - BHYT: two persons with different CCCD (or no CCCD) but the same last 10 characters (mã số BHXH)
 *   are what VNeID rejects: every member of such a group gets DUPLICATE_BHYT, and all still count.
 */
import { type Issue, type IssueCode, type IssueParamsOf, issueAt } from '../issues';
import { excelRowOf, placeIn, placeText } from '../place';
import { sheetColumnLetter } from '../grid';
import type { ListedEntity } from './listed-entity';
import type { HeaderMatch } from './header';
import { NumberIndex } from './number-index';
import type { People } from './people';

export interface Duplicates {
  groups: DuplicateGroup[];
  /** 1 for a person whose CCCD an earlier list of the same kind already has: not counted again. Indexed like People. */
  duplicate: Uint8Array;
  issues: Issue[];
}

export interface DuplicateGroup {
  kind: 'cccd' | 'bhyt';
  value: string;
  occurrences: { entity: number; row: number }[];
}

function cccdText(key: number): string {
  const s = String(key);
  return s.length <= 9 ? s : s.padStart(12, '0');
}

function bhytText(key: number): string {
  return String(key).padStart(10, '0');
}

/** `headerOf` names the header a row was read by, when a sheet holds lists with different columns. */
export function findDuplicates(
  people: People,
  listed: readonly ListedEntity[],
  headerOf: (entity: number, row: number) => HeaderMatch = (entity) => listed[entity].header,
): Duplicates {
  const n = people.count;
  const groups: DuplicateGroup[] = [];
  const issues: Issue[] = [];
  const duplicate = new Uint8Array(n);
  const excelRow = (entity: number, row: number) => excelRowOf(listed[entity].grid, row);
  const at = <C extends IssueCode>(entity: number, row: number, field: 'cccd' | 'bhyt', code: C, params: IssueParamsOf<C>) => {
    const { grid } = listed[entity];
    issues.push(issueAt(placeIn(grid, row, sheetColumnLetter(grid, headerOf(entity, row).columns[field] ?? 0)), code, ...([params] as [IssueParamsOf<C>])));
  };

  // One index for both kinds: the key is the CCCD number doubled, plus 1 for units.
  const isUnit = Uint8Array.from(listed, (e) => (e.kind === 'unit' ? 1 : 0));
  const firstByKind = new NumberIndex(n);
  const cccdGroups = new Map<number, DuplicateGroup>();
  for (let i = 0; i < n; i++) {
    const key = people.cccdKey[i];
    if (key !== key) continue; // NaN: no usable number
    const first = firstByKind.getOrSet(key * 2 + isUnit[people.entity[i]], i);
    if (first < 0) continue;
    duplicate[i] = 1;
    const firstEntity = listed[people.entity[first]];
    at(people.entity[i], people.row[i], 'cccd', 'DUPLICATE_CCCD', {
      value: cccdText(key),
      firstSheet: firstEntity.grid.sheet,
      firstRow: excelRow(people.entity[first], people.row[first]),
    });
    let group = cccdGroups.get(key);
    if (!group) {
      group = { kind: 'cccd', value: cccdText(key), occurrences: [{ entity: people.entity[first], row: people.row[first] }] };
      cccdGroups.set(key, group);
      groups.push(group);
    }
    group.occurrences.push({ entity: people.entity[i], row: people.row[i] });
  }

  // BHYT: pass 1 finds the last-10 values held by more than one CCCD, pass 2 reports every holder.
  const firstHolder = new NumberIndex(n);
  const conflicting = new Set<number>();
  for (let i = 0; i < n; i++) {
    const key = people.bhytKey[i];
    if (key !== key || duplicate[i]) continue;
    const first = firstHolder.getOrSet(key, i);
    if (first < 0) continue;
    const a = people.cccdKey[first];
    const b = people.cccdKey[i];
    if (a !== b || a !== a) conflicting.add(key);
  }
  if (conflicting.size === 0) return { groups, duplicate, issues };
  const bhytGroups = new Map<number, DuplicateGroup>();
  for (let i = 0; i < n; i++) {
    const key = people.bhytKey[i];
    if (key !== key || duplicate[i] || !conflicting.has(key)) continue;
    let group = bhytGroups.get(key);
    if (!group) {
      group = { kind: 'bhyt', value: bhytText(key), occurrences: [] };
      bhytGroups.set(key, group);
      groups.push(group);
    }
    group.occurrences.push({ entity: people.entity[i], row: people.row[i] });
  }
  for (const group of bhytGroups.values()) {
    // The first four holders name the others of each (three at most, and how many more): linear in the
    // group, where every holder listing every other was quadratic (the same BHYT typed on every row).
    // Named as people read a place (issue 13 §5): "Thôn Bờ Y, dòng 157", never "Thôn Bờ Y!157".
    const named = group.occurrences.slice(0, 4).map((x) => placeText({ sheet: listed[x.entity].grid.sheet, row: excelRow(x.entity, x.row), column: null }));
    group.occurrences.forEach((o, k) => {
      const shown = named.filter((_, j) => j !== k).slice(0, 3);
      const rest = group.occurrences.length - 1 - shown.length;
      at(o.entity, o.row, 'bhyt', 'DUPLICATE_BHYT', rest > 0 ? { value: group.value, others: shown.join('; '), more: rest } : { value: group.value, others: shown.join('; ') });
    });
  }
  return { groups, duplicate, issues };
}

/**
 * Who on this run's lists an earlier working-list row may be about, for a row no current problem is
 * (ISSUE 14 §1): the persons of its CCCD as restored, else of its BHYT's last 10, else of its name, birth date
 * and village. The merge (report/working-list.ts) resolves the row only when exactly one is found and that one
 * has no problem now. The indexes are built on the first question, so a run with no such row pays nothing.
 */
import { excelRowOf } from '../place';
import type { PersonRef } from '../report/model';
import { bhytLast10, cccdDigits, nameOnlyKey, personKey } from '../report/mismatches';
import type { FindAgain } from '../report/working-list';
import { personRef } from '../report/person-ref';
import type { ReadLists } from './read-lists';
import type { RowLocator } from './locate';

function indexBy(count: number, keyOf: (i: number) => number | string): Map<number | string, number[]> {
  const index = new Map<number | string, number[]>();
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    if (key !== key) continue; // NaN: no such number
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  }
  return index;
}

export function personFinder({ people, listed }: Pick<ReadLists, 'people' | 'listed'>, locate: RowLocator): FindAgain {
  let byCccd: Map<number | string, number[]> | undefined;
  let byBhyt: Map<number | string, number[]> | undefined;
  let byVillage: Map<number | string, number[]> | undefined;
  const byName = new Map<string, Map<number | string, number[]>>();
  /** The person as the findings show them, and the village their row counts for (as entityOf names it). */
  const seen = (i: number): { person: PersonRef; village: string } | null => {
    const grid = listed[people.entity[i]].grid;
    const at = locate.listAt(grid.sheet, excelRowOf(grid, people.row[i]));
    return at ? { person: personRef(at, at.gridRow), village: at.entity.name } : null;
  };
  const named = (village: string): Map<number | string, number[]> => {
    let index = byName.get(village);
    if (index === undefined) {
      byVillage ??= indexBy(people.count, (i) => listed[people.entity[i]].name);
      const members = byVillage.get(village) ?? [];
      const keys = members.map((i) => {
        const s = seen(i);
        return s ? nameOnlyKey(s.person, s.village) : NaN;
      });
      const local = indexBy(members.length, (k) => keys[k]);
      index = new Map([...local].map(([key, ks]) => [key, ks.map((k) => members[k])]));
      byName.set(village, index);
    }
    return index;
  };
  return (person, village) => {
    const cccd = cccdDigits(person.cccd);
    const bhyt = bhytLast10(person.bhyt);
    let found: readonly number[] = [];
    if (cccd !== null) found = (byCccd ??= indexBy(people.count, (i) => people.cccdKey[i])).get(Number(cccd)) ?? [];
    if (found.length === 0 && bhyt !== null) found = (byBhyt ??= indexBy(people.count, (i) => people.bhytKey[i])).get(Number(bhyt)) ?? [];
    // A CCCD or BHYT the village corrected since: the same person by name, birth date and village.
    if (found.length === 0) found = named(village).get(nameOnlyKey(person, village)) ?? [];
    return found.flatMap((i) => {
      const s = seen(i);
      return s ? [personKey(s.person, s.village)] : [];
    });
  };
}

/**
 * Columns the campaign's person indicators need that a list lacks. Without one, the indicator has no value for
 * the list's village or unit ("không có số liệu: thiếu cột …"), never 0% (ISSUE 10 §2): it is left out of the
 * kind's totals, never ranked and never criticised. Each missing column is said once per sheet (COLUMN_MISSING),
 * naming the indicators it blocks.
 */
import { type Campaign, type PersonIndicator, isPersonIndicator } from './schema';
import type { PersonFlag } from '../vocabulary';
import { indicatorApplies, listCarries } from './indicator-applies';
import type { Field } from '../table/aliases';
import type { HeaderMatch } from '../table/header';
import type { ListedEntity } from '../table/listed-entity';

const FIELD_OF_FLAG: Record<PersonFlag, Field | null> = {
  resident: null, // everyone counts as a resident when the column is missing
  hasCccd: 'cccd',
  hasBhyt: 'bhyt',
  level2: 'level2',
  activated: 'activated',
  integrated: 'integrated',
  sskdt: 'sskdt',
  smartphone: 'smartphone',
  digitalSignature: 'digitalSignature',
  noSmartphone: null, // said in the smartphone, note or its own column; nobody is without a smartphone when no list says so
  guardian: null,
};

/** The columns `ind`'s numerator or denominator needs that a list with these columns lacks, in the order the populations name them. */
export function columnsLacking(ind: PersonIndicator, columns: HeaderMatch['columns']): Field[] {
  const needed = new Set<Field>();
  for (const pop of [ind.denominator, ind.numerator]) {
    for (const flag of pop.flags) {
      const field = FIELD_OF_FLAG[flag];
      if (field) needed.add(field);
    }
    // An age comes from the birth date, or from the CCCD's century digit and year.
    if (pop.minAge !== undefined && columns.cccd === undefined) needed.add('birthDate');
  }
  return [...needed].filter((f) => columns[f] === undefined);
}

/** Per person indicator that applies to the entity and lacks a column on this list: the columns it lacks. */
export function lackingByIndicator(entity: Pick<ListedEntity, 'kind' | 'name'>, header: Pick<HeaderMatch, 'columns'>, indicators: Campaign['indicators']): Map<string, Field[]> {
  const out = new Map<string, Field[]>();
  for (const ind of indicators) {
    if (!isPersonIndicator(ind) || !indicatorApplies(ind, entity.kind, entity.name) || !listCarries(ind, header)) continue;
    const lacking = columnsLacking(ind, header.columns);
    if (lacking.length > 0) out.set(ind.id, lacking);
  }
  return out;
}

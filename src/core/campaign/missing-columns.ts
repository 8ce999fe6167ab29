/** Columns the campaign's person indicators need that a list lacks: each is said once per sheet (COLUMN_MISSING). */
import type { Campaign } from './schema';
import type { PersonFlag } from '../vocabulary';
import { indicatorApplies } from './indicator-applies';
import type { Field } from '../table/aliases';
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

export function missingColumns(entity: Pick<ListedEntity, 'kind' | 'name' | 'header'>, indicators: Campaign['indicators']): Field[] {
  const needed = new Set<Field>();
  for (const ind of indicators) {
    if (ind.source !== 'persons' || !indicatorApplies(ind, entity.kind, entity.name)) continue;
    for (const pop of [ind.denominator, ind.numerator]) {
      for (const flag of pop.flags) {
        const field = FIELD_OF_FLAG[flag];
        if (field) needed.add(field);
      }
      if (pop.minAge !== undefined && entity.header.columns.cccd === undefined) needed.add('birthDate');
    }
  }
  return [...needed].filter((f) => entity.header.columns[f] === undefined);
}

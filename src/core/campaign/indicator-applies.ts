/**
 * Which villages and units a person indicator is computed for: its kinds, and optionally names starting with a
 * prefix, read with their abbreviations spelled out ("TYT xã Tri Tôn" starts with "Trạm Y tế": text/names.ts).
 */
import type { PersonIndicator } from './schema';
import type { HeaderMatch } from '../table/header';
import { expandName } from '../text/names';
import type { EntityKind } from '../vocabulary';

/**
 * An indicator over the persons whose level-2 dossier was received since a date (seed 000 §II.2) is computed only on
 * the lists that say when a dossier was received ("Ngày thu nhận hồ sơ"): the others carry no such figure, are left
 * out of its totals (which name them), and are neither warned about nor judged on it. The column it needs, else null.
 */
export function columnItNeeds(indicator: PersonIndicator): 'receivedDate' | null {
  return indicator.denominator.receivedFrom !== undefined || indicator.numerator.receivedFrom !== undefined ? 'receivedDate' : null;
}

/** False when `indicator` is computed only on lists with a column this list lacks (columnItNeeds). */
export function listCarries(indicator: PersonIndicator, header: Pick<HeaderMatch, 'columns'>): boolean {
  const field = columnItNeeds(indicator);
  return field === null || header.columns[field] !== undefined;
}

export function indicatorApplies(indicator: Pick<PersonIndicator, 'appliesTo' | 'entityNamePrefixes'>, kind: EntityKind, name: string): boolean {
  if (!indicator.appliesTo.includes(kind)) return false;
  if (!indicator.entityNamePrefixes) return true;
  const expanded = expandName(name);
  return indicator.entityNamePrefixes.some((p) => expanded.startsWith(expandName(p)));
}

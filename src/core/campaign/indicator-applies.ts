/** Which villages and units a person indicator is computed for: its kinds, and optionally names starting with a prefix. */
import type { PersonIndicator } from './schema';
import { foldWords } from '../text/fold';
import type { EntityKind } from '../vocabulary';

export function indicatorApplies(indicator: PersonIndicator, kind: EntityKind, name: string): boolean {
  if (!indicator.appliesTo.includes(kind)) return false;
  if (!indicator.entityNamePrefixes) return true;
  const folded = foldWords(name);
  return indicator.entityNamePrefixes.some((p) => folded.startsWith(foldWords(p)));
}

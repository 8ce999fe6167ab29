/**
 * Which villages and units a person indicator is computed for: its kinds, and optionally names starting with a
 * prefix, read with their abbreviations spelled out ("TYT xã Tri Tôn" starts with "Trạm Y tế": text/names.ts).
 */
import type { PersonIndicator } from './schema';
import { expandName } from '../text/names';
import type { EntityKind } from '../vocabulary';

export function indicatorApplies(indicator: PersonIndicator, kind: EntityKind, name: string): boolean {
  if (!indicator.appliesTo.includes(kind)) return false;
  if (!indicator.entityNamePrefixes) return true;
  const expanded = expandName(name);
  return indicator.entityNamePrefixes.some((p) => expanded.startsWith(expandName(p)));
}

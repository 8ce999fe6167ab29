/**
 * What the campaign says a sheet is: the one answer to "which village or unit does this sheet report for".
 * A sheet's kind comes from its name (table/entity-kind.ts) unless the campaign's per-sheet entity overrides it,
 * renames it or leaves the sheet out; the engine, the completeness check and the task pane all ask here.
 */
import type { Campaign, EntityOverride } from './schema';
import type { ConfiguredVillage } from '../table/combined';
import { entityKindFromName } from '../table/entity-kind';
import { nameKey } from '../text/names';
import type { EntityKind } from '../vocabulary';

export interface SheetEntity {
  /** The name the report shows: the override's, else the sheet's. */
  name: string;
  kind: EntityKind;
  /** The campaign leaves the sheet out of the consolidation. */
  excluded: boolean;
}

/** The campaign's override for a sheet, matched case-, diacritic- and space-insensitively, abbreviations spelled out ("TYT"). */
export function overrideOf(campaign: Campaign, sheet: string): EntityOverride | undefined {
  const key = nameKey(sheet);
  return campaign.entities.find((o) => nameKey(o.sheet) === key);
}

/** The kind of an override's sheet: the override's own, else what the sheet's name says. */
export function overrideKind(override: EntityOverride): EntityKind {
  return override.kind ?? entityKindFromName(override.sheet);
}

export function sheetEntity(campaign: Campaign, sheet: string): SheetEntity {
  const override = overrideOf(campaign, sheet);
  return {
    name: override?.name ?? sheet.trim(),
    kind: override?.kind ?? entityKindFromName(sheet),
    excluded: override?.exclude === true,
  };
}

/** The villages and units the campaign expects, for naming the villages of combined sheets and list titles. */
export function configuredEntities(campaign: Campaign): ConfiguredVillage[] {
  return campaign.entities.filter((o) => !o.exclude).map((o) => ({ sheet: o.sheet, name: o.name ?? o.sheet, kind: overrideKind(o) }));
}

/**
 * What the user says a sheet is (a village list, a unit list, or one to leave out), kept where the
 * engine reads it: the campaign's per-sheet entity overrides. The name override is left as it was.
 */
import type { Campaign, EntityKind, EntityOverride } from '../core/campaign/schema';
import { entityKindFromName } from '../core/table/entity-kind';
import { foldKey } from '../core/text/fold';

export type SheetChoice = EntityKind | 'exclude';

function overrideIndex(campaign: Campaign, sheet: string): number {
  const key = foldKey(sheet);
  return campaign.entities.findIndex((e) => foldKey(e.sheet) === key);
}

/** The kind a sheet is consolidated as: its override, else what its name says. */
export function sheetChoice(campaign: Campaign, sheet: string): SheetChoice {
  const index = overrideIndex(campaign, sheet);
  const override = index >= 0 ? campaign.entities[index] : undefined;
  if (override?.exclude) return 'exclude';
  return override?.kind ?? entityKindFromName(sheet);
}

export function withSheetChoice(campaign: Campaign, sheet: string, choice: SheetChoice): Campaign {
  const index = overrideIndex(campaign, sheet);
  const previous: EntityOverride = index >= 0 ? campaign.entities[index] : { sheet };
  const next: EntityOverride = { sheet: previous.sheet };
  if (previous.name !== undefined) next.name = previous.name;
  if (choice === 'exclude') next.exclude = true;
  else next.kind = choice;
  const entities = index >= 0 ? campaign.entities.map((e, i) => (i === index ? next : e)) : [...campaign.entities, next];
  return { ...campaign, entities };
}

/** Applies the choices made in the pane (by sheet name) on top of a campaign's own overrides. */
export function withSheetChoices(campaign: Campaign, choices: ReadonlyMap<string, SheetChoice>): Campaign {
  let out = campaign;
  for (const [sheet, choice] of choices) out = withSheetChoice(out, sheet, choice);
  return out;
}

/**
 * Names the campaign cannot place get a warning, never a silent 0/0 (ISSUE 10 §10): a list on a sheet named like a
 * new sheet ("Sheet1"), a village or unit that the campaign's list of that kind does not hold, and an indicator for
 * named units (the health station's staff: "Trạm Y tế …", seed 004 §B.I.3b) that no list's name takes. Names are
 * compared with their abbreviations spelled out (text/names.ts), so "TYT xã Tri Tôn" is a "Trạm Y tế".
 */
import type { Campaign } from './schema';
import { isPersonIndicator } from './schema';
import { indicatorApplies } from './indicator-applies';
import { overrideKind, overrideOf } from './sheet-entity';
import { type Issue, issueAt } from '../issues';
import { placeIn } from '../place';
import type { ListedEntity } from '../table/listed-entity';
import { isGenericSheetName } from '../table/source-names';
import { nameKey, shownPrefix } from '../text/names';

export function unplacedNames(listed: readonly ListedEntity[], campaign: Campaign): Issue[] {
  const issues: Issue[] = [];
  const listedKinds = new Set(campaign.entities.filter((o) => !o.exclude).map(overrideKind));
  const said = new Set<string>();
  for (const e of listed) {
    // Only an entity named by its own sheet: a combined sheet's villages have VILLAGE_UNKNOWN.
    if (e.key !== nameKey(e.grid.sheet) || said.has(e.grid.sheet)) continue;
    const place = placeIn(e.grid);
    const configured = overrideOf(campaign, e.grid.sheet) !== undefined;
    if (!configured && isGenericSheetName(e.grid.sheet)) issues.push(issueAt(place, 'ENTITY_UNPLACED', { name: e.name, reason: 'generic' }));
    else if (!configured && listedKinds.has(e.kind)) issues.push(issueAt(place, 'ENTITY_UNPLACED', { name: e.name, reason: 'unlisted', kind: e.kind }));
    else continue;
    said.add(e.grid.sheet);
  }
  // An indicator for named units that no list is: said once, on the first unit's list (the first list when none).
  const first = listed.find((e) => e.kind === 'unit') ?? listed.at(0);
  if (first === undefined) return issues;
  for (const ind of campaign.indicators.filter(isPersonIndicator)) {
    const prefixes = ind.entityNamePrefixes;
    if (!prefixes || listed.some((e) => indicatorApplies(ind, e.kind, e.name))) continue;
    const wanted = prefixes.map((p) => `"${shownPrefix(p)}"`).join(', ');
    issues.push(issueAt(placeIn(first.grid), 'ENTITY_UNPLACED', { name: first.name, reason: 'indicator', indicator: ind.label.vi, wanted }));
  }
  return issues;
}

/**
 * The words the printed report uses for those who report and where (ISSUE 10 §6): a commune's "thôn, tổ dân phố" and
 * "cơ quan, đơn vị" by default, a province's "cơ sở khám bệnh, chữa bệnh" for seed 003 (campaign `report.wording`).
 * Only the kinds the campaign's indicators are for are named: a report of facilities never speaks of villages.
 */
import { Wording } from '../campaign/schema';
import { FORM_LABELS } from '../forms/measures';
import type { EntityKind, FormKind } from '../vocabulary';
import type { ReportFigures } from './model';

type WithCampaign = Pick<ReportFigures, 'campaign'>;
type WithIndicators = Pick<ReportFigures, 'campaign' | 'indicators'>;

const DEFAULT_WORDING: Wording = Wording.parse({});

export function wordingOf(model: WithCampaign): Wording {
  return { ...DEFAULT_WORDING, ...model.campaign.report.wording };
}

/** "Thôn, tổ dân phố": the first letter in capitals. */
export const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The kinds the campaign's indicators are for, villages first; both when it has none. */
export function reportedKinds(model: Pick<ReportFigures, 'indicators'>): EntityKind[] {
  const kinds = (['village', 'unit'] as const).filter((k) => model.indicators.some((i) => i.appliesTo.includes(k)));
  return kinds.length > 0 ? kinds : ['village', 'unit'];
}

/** The plural noun of one kind: "thôn, tổ dân phố", "cơ quan, đơn vị". */
export function kindNoun(model: WithCampaign, kind: EntityKind): string {
  return wordingOf(model)[kind];
}

/** Every kind reported, in a sentence: "thôn, tổ dân phố, cơ quan, đơn vị"; "cơ sở khám bệnh, chữa bệnh". */
export function entitiesNoun(model: WithIndicators): string {
  return reportedKinds(model).map((k) => kindNoun(model, k)).join(', ');
}

/** The name column's header: "Thôn, tổ dân phố / Cơ quan, đơn vị"; "Cơ sở khám bệnh, chữa bệnh". */
export function entitiesHeader(model: WithIndicators): string {
  return reportedKinds(model).map((k) => capitalised(kindNoun(model, k))).join(' / ');
}

/** A kind's total row: "Cộng thôn, tổ dân phố", "Cộng cơ sở khám bệnh, chữa bệnh". */
export function totalLabel(model: WithCampaign, kind: EntityKind): string {
  return `Cộng ${kindNoun(model, kind)}`;
}

/** A count form's name after its sender: "Trạm Y tế: khám chữa bệnh", or the campaign's words for it. */
export function formLabel(model: WithCampaign, kind: FormKind): string {
  return wordingOf(model).forms[kind] ?? FORM_LABELS[kind].vi;
}

/** True when the campaign counts no persons: its report is of forms and facilities, not of people on lists. */
export function countsNoPersons(model: Pick<ReportFigures, 'indicators'>): boolean {
  return model.indicators.every((i) => i.source !== undefined && i.source !== 'persons');
}

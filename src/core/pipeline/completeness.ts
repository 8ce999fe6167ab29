/**
 * Which lists came in (DOMAIN.md, reports): every configured village and unit, and every list or form found,
 * is present and current, empty, missing, or stale (its "Số liệu đến ngày" line is before the week), and
 * overdue once the week's deadline has passed.
 */
import type { Campaign } from '../campaign/schema';
import { overrideKind } from '../campaign/sheet-entity';
import type { Completeness } from '../report/model';
import type { ListedEntity } from '../table/listed-entity';
import { nameKey } from '../text/names';
import type { EntityKind } from '../vocabulary';
import type { FormEntity } from './read-forms';

/** What completeness needs to know of a list or a form. */
interface Reported {
  sheet: string;
  key: string;
  name: string;
  kind: EntityKind;
  records: number;
  dataDate: string | null;
}

/** Lists and forms as completeness sees them, in workbook order. */
function reportedInOrder(listed: readonly ListedEntity[], forms: readonly FormEntity[], sheetOrder: ReadonlyMap<string, number>): Reported[] {
  return [
    ...listed.map((e) => ({ sheet: e.grid.sheet, key: e.key, name: e.name, kind: e.kind, records: e.records, dataDate: e.dataDate })),
    ...forms.map((f) => ({ sheet: f.grid.sheet, key: nameKey(f.grid.sheet), name: f.name, kind: 'unit' as const, records: f.read.records, dataDate: f.dataDate })),
  ].sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0));
}

export interface CompletenessInput {
  campaign: Campaign;
  listed: readonly ListedEntity[];
  forms: readonly FormEntity[];
  sheetOrder: ReadonlyMap<string, number>;
  /** First day of the reporting week: a list dated before it is stale. */
  periodFrom: string;
  pastDeadline: boolean;
}

export function completenessOf({ campaign, listed, forms, sheetOrder, periodFrom, pastDeadline }: CompletenessInput): Completeness[] {
  const reported = reportedInOrder(listed, forms, sheetOrder);
  const out: Completeness[] = [];
  const found = new Map(reported.map((e) => [e.key, e]));
  const seen = new Set<Reported>();
  const add = (name: string, kind: EntityKind, e: Reported | undefined) => {
    const status: Completeness['status'] = !e ? 'missing' : e.records === 0 ? 'empty' : e.dataDate !== null && e.dataDate < periodFrom ? 'stale' : 'ok';
    out.push({ name, kind, sheet: e?.sheet ?? null, status, dataDate: e?.dataDate ?? null, overdue: status !== 'ok' && pastDeadline });
  };
  for (const o of campaign.entities) {
    if (o.exclude) continue;
    const e = found.get(nameKey(o.sheet));
    if (e) seen.add(e);
    add(o.name ?? o.sheet, e?.kind ?? overrideKind(o), e);
  }
  for (const e of reported) if (!seen.has(e)) add(e.name, e.kind, e);
  return out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'village' ? -1 : 1));
}

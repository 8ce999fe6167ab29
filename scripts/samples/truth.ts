/**
 * expected.json from the generator's own model: per entity the numerator and denominator of every
 * bo-y-2025 indicator, the totals per kind, and per sheet the count of each issue code.
 *
 * Rules (DOMAIN.md and the bo-y-2025 preset, restated here, not taken from the engine):
 * - Files are read in name order, sheets in tab order. A file whose only sheet is "Sheet1" (when
 *   several files are read together) is named after the file.
 * - A CCCD (or CMND, or a 12-digit number with a bad province) seen earlier on a list of the same
 *   kind makes the later row a duplicate: DUPLICATE_CCCD on it, and it is not counted. A person on a
 *   unit list and a village list is counted in both.
 * - Rows (duplicates left out) whose valid BHYT numbers share the last 10 characters while their
 *   CCCD differ, or one of them has none, each get DUPLICATE_BHYT; all still count.
 * - Indicators (bo-y-2025):
 *     level2_registered      resident ∧ CCCD ∧ aged 14+   →  ∧ level-2 account     (villages, units)
 *     level2_activated       level-2 account              →  ∧ activated           (villages, units)
 *     new_dossiers_activated_integrated  BHYT ∧ dossier received since 10/10/2025  →  ∧ activated ∧ integrated
 *                            (villages, units; only on lists with a receipt-date column, which these lists never have:
 *                            no entity carries it and its totals are 0/0)
 *     bhyt_in_sskdt          resident                     →  ∧ BHYT integrated     (villages, units)
 *     unit_staff_integrated  everyone on the unit's list  →  ∧ BHYT integrated     (units)
 * - An indicator whose numerator or denominator reads a column the list lacks has no figure for it
 *   (numerator and denominator null) and is left out of the kind's totals (ISSUE 10 §2).
 */
import type { Col, IssueCode, Kind, RenderedSheet, RowTruth } from './render';

interface IndicatorDef {
  id: string;
  appliesTo: readonly Kind[];
  denominator: (r: RowTruth) => boolean;
  numerator: (r: RowTruth) => boolean;
  /** The columns the two read (the age comes from the CCCD these lists all have). */
  needs: readonly Col[];
  /** Computed only on lists with a receipt-date column (seed 000 §II.2), which the sample lists do not have. */
  onlyWithReceiptDate?: true;
}

export const BO_Y_INDICATORS: readonly IndicatorDef[] = [
  { id: 'level2_registered', appliesTo: ['village', 'unit'], denominator: (r) => r.resident && r.hasCccd && r.age14, numerator: (r) => r.level2, needs: ['cccd', 'level2'] },
  { id: 'level2_activated', appliesTo: ['village', 'unit'], denominator: (r) => r.level2, numerator: (r) => r.activated, needs: ['level2', 'activated'] },
  {
    id: 'new_dossiers_activated_integrated',
    appliesTo: ['village', 'unit'],
    denominator: (r) => r.bhytKey !== null,
    numerator: (r) => r.activated && r.integrated,
    needs: ['activated', 'integrated'],
    onlyWithReceiptDate: true,
  },
  { id: 'bhyt_in_sskdt', appliesTo: ['village', 'unit'], denominator: (r) => r.resident, numerator: (r) => r.integrated, needs: ['integrated'] },
  { id: 'unit_staff_integrated', appliesTo: ['unit'], denominator: () => true, numerator: (r) => r.integrated, needs: ['integrated'] },
];

/** Null numerator and denominator: no figure, the list lacks a column the indicator needs. */
export interface Fraction {
  numerator: number | null;
  denominator: number | null;
}

export interface ExpectedEntity {
  sheet: string;
  kind: Kind;
  /** 1-based Excel row of the header. */
  headerRow: number;
  /** Persons on the list, duplicates included. */
  records: number;
  /** Persons counted: duplicates of an earlier list of the same kind left out. */
  counted: number;
  indicators: Record<string, Fraction>;
}

export interface ExpectedTotals {
  entities: number;
  records: number;
  counted: number;
  indicators: Record<string, Fraction>;
}

export interface Expected {
  campaign: string;
  asOf: string;
  files: string[];
  sheets: { file: string; sheet: string; role: Kind | 'none' }[];
  entities: ExpectedEntity[];
  totals: { village: ExpectedTotals; unit: ExpectedTotals };
  issues: Record<string, Partial<Record<IssueCode, number>>>;
}

export interface RenderedFile {
  fileName: string;
  sheets: RenderedSheet[];
}

const GENERIC_SHEET = /^sheet\s*\d*$/i;

export function sheetNameInReport(file: RenderedFile, sheet: RenderedSheet, fileCount: number): string {
  if (fileCount > 1 && file.sheets.length === 1 && GENERIC_SHEET.test(sheet.name)) return file.fileName.replace(/\.xlsx$/i, '');
  return sheet.name;
}

export function computeExpected(files: readonly RenderedFile[], campaign: string, asOf: string): Expected {
  const ordered = [...files].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const sheets: Expected['sheets'] = [];
  const issues: Expected['issues'] = {};
  const lists: { name: string; sheet: RenderedSheet; rows: { truth: RowTruth; duplicate: boolean; issues: IssueCode[] }[] }[] = [];

  for (const file of ordered) {
    for (const sheet of file.sheets) {
      const name = sheetNameInReport(file, sheet, ordered.length);
      sheets.push({ file: file.fileName, sheet: name, role: sheet.kind ?? 'none' });
      issues[name] = {};
      for (const code of sheet.sheetIssues) bump(issues[name], code);
      if (sheet.kind) lists.push({ name, sheet, rows: sheet.truths.map((truth) => ({ truth, duplicate: false, issues: [...truth.issues] })) });
    }
  }

  // Duplicate CCCD within a kind: the first list in reading order keeps the person.
  const firstByKind: Record<Kind, Set<string>> = { village: new Set(), unit: new Set() };
  for (const l of lists) {
    for (const r of l.rows) {
      const key = r.truth.cccdKey;
      if (key === null) continue;
      const seen = firstByKind[l.sheet.kind!];
      if (seen.has(key)) {
        r.duplicate = true;
        r.issues.push('DUPLICATE_CCCD');
      } else seen.add(key);
    }
  }

  // Shared last 10 BHYT characters between different (or missing) CCCD.
  const holders = new Map<string, { truth: RowTruth; issues: IssueCode[] }[]>();
  for (const l of lists) {
    for (const r of l.rows) {
      if (r.duplicate || r.truth.bhytKey === null) continue;
      const group = holders.get(r.truth.bhytKey) ?? [];
      group.push(r);
      holders.set(r.truth.bhytKey, group);
    }
  }
  for (const group of holders.values()) {
    if (group.length < 2) continue;
    const cccds = new Set(group.map((r) => r.truth.cccdKey));
    if (cccds.size > 1 || cccds.has(null)) for (const r of group) r.issues.push('DUPLICATE_BHYT');
  }

  const entities: ExpectedEntity[] = lists.map((l) => {
    const kind = l.sheet.kind!;
    const counted = l.rows.filter((r) => !r.duplicate).map((r) => r.truth);
    const indicators: Record<string, Fraction> = {};
    for (const ind of BO_Y_INDICATORS) {
      if (!ind.appliesTo.includes(kind) || ind.onlyWithReceiptDate) continue;
      if (ind.needs.some((col) => !l.sheet.columns.includes(col))) {
        indicators[ind.id] = { numerator: null, denominator: null };
        continue;
      }
      const den = counted.filter(ind.denominator);
      indicators[ind.id] = { numerator: den.filter(ind.numerator).length, denominator: den.length };
    }
    for (const r of l.rows) for (const code of r.issues) bump(issues[l.name], code);
    return { sheet: l.name, kind, headerRow: l.sheet.headerRow + 1, records: l.rows.length, counted: counted.length, indicators };
  });
  // The report lists villages first, then units, each in reading order.
  entities.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'village' ? -1 : 1));

  for (const name of Object.keys(issues)) issues[name] = sortKeys(issues[name]);
  return { campaign, asOf, files: ordered.map((f) => f.fileName), sheets, entities, totals: { village: totalsOf(entities, 'village'), unit: totalsOf(entities, 'unit') }, issues };
}

export function totalsOf(entities: readonly ExpectedEntity[], kind: Kind): ExpectedTotals {
  const members = entities.filter((e) => e.kind === kind);
  const indicators: Record<string, Fraction> = {};
  for (const ind of BO_Y_INDICATORS) {
    if (!ind.appliesTo.includes(kind)) continue;
    indicators[ind.id] = {
      numerator: members.reduce((s, e) => s + (e.indicators[ind.id]?.numerator ?? 0), 0),
      denominator: members.reduce((s, e) => s + (e.indicators[ind.id]?.denominator ?? 0), 0),
    };
  }
  return {
    entities: members.length,
    records: members.reduce((s, e) => s + e.records, 0),
    counted: members.reduce((s, e) => s + e.counted, 0),
    indicators,
  };
}

function bump(counts: Partial<Record<IssueCode, number>>, code: IssueCode): void {
  counts[code] = (counts[code] ?? 0) + 1;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

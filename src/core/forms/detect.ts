/**
 * Recognises a count form by its header row: within the first rows (as for person lists), a row that
 * names a period column (a school's form may name its class instead) and at least two figures of one
 * form. When a header could belong to two forms, the one it names more figures of wins, then the one
 * the sheet's name points to ("Trạm Y tế", "Trung tâm PVHCC", "Trường …").
 */
import type { CellValue, Grid } from '../grid';
import { HEADER_SCAN_ROWS, type HeaderMatch } from '../table/header';
import { decodeLegacy, detectLegacy } from '../text/legacy';
import { foldWords } from '../text/fold';
import { type PeriodColumn, headerKey, matchMeasureKey, matchPeriodKey } from './aliases';
import { parseCount } from './count-cell';
import { FORM_KINDS, type FormKind, type Measure } from '../vocabulary';

export interface FormMatch {
  kind: FormKind;
  /** Zero-based row index of the header in the Grid. */
  row: number;
  /** Zero-based column of each figure found (the leftmost wins when two columns name one figure). */
  measures: Partial<Record<Measure, number>>;
  /** Zero-based column of each period column found. */
  period: Partial<Record<PeriodColumn, number>>;
  /** Each header cell as written (legacy text decoded), so messages name the column the way the sender does. */
  headers: string[];
}

const NAME_HINTS: Record<FormKind, readonly string[]> = {
  kcb: ['y te', 'kcb', 'kham chua benh'],
  service: ['hanh chinh cong', 'phuc vu', 'dich vu cong', 'mot cua', 'hcc', 'pvhcc'],
  family: ['truong', 'lop', 'hoc sinh'],
};

function headerText(cell: CellValue | undefined): string {
  if (typeof cell !== 'string' || cell.length === 0 || cell.length > 120) return '';
  const legacy = detectLegacy(cell);
  return legacy === null ? cell : decodeLegacy(cell, legacy);
}

/** True when the form's rows carry dates or weeks; a school's rows may name only their class. */
export function namesDates(period: FormMatch['period']): boolean {
  return period.week !== undefined || period.date !== undefined || period.from !== undefined || period.to !== undefined || period.period !== undefined;
}

function hasPeriod(kind: FormKind, period: FormMatch['period']): boolean {
  return namesDates(period) || (kind === 'family' && period.class !== undefined);
}

/** The count form a sheet holds, or null when its header names no period or fewer than two figures of any form. */
export function detectCountForm(grid: Grid): FormMatch | null {
  const hint = foldWords(grid.sheet);
  const hinted = (kind: FormKind) => NAME_HINTS[kind].some((h) => hint.includes(h));
  let best: { match: FormMatch; count: number; hinted: boolean } | null = null;
  const last = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const row = grid.values[r];
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a Grid built by hand may leave rows out
    if (!row || row.length < 3) continue;
    const headers = row.map(headerText);
    const keys = headers.map(headerKey);
    const period: FormMatch['period'] = {};
    keys.forEach((key, c) => {
      const column = matchPeriodKey(key);
      if (column && period[column] === undefined) period[column] = c;
    });
    const periodCols = new Set(Object.values(period));
    for (const kind of FORM_KINDS) {
      if (!hasPeriod(kind, period)) continue;
      const measures: FormMatch['measures'] = {};
      keys.forEach((key, c) => {
        if (periodCols.has(c)) return;
        const measure = matchMeasureKey(kind, key);
        if (measure && measures[measure] === undefined) measures[measure] = c;
      });
      const count = Object.keys(measures).length;
      if (count < 2) continue;
      const candidate = { match: { kind, row: r, measures, period, headers }, count, hinted: hinted(kind) };
      if (!best || count > best.count || (count === best.count && candidate.hinted && !best.hinted)) best = candidate;
    }
  }
  return best?.match ?? null;
}

/** Figure cells looked at to tell a count form from a person list whose header reads as both. */
const SAMPLE_CELLS = 20;

/**
 * True when a sheet whose header reads both as a count form and as a person list is the form. A
 * form's wordy headers can look like a thin list ("KCB bằng CCCD" names a CCCD column), so a list
 * without a name column is no list. With a name column, the cells decide: counts make a form (a
 * school's per-student family report), status words ("x", "Có") a list.
 */
export function preferCountForm(grid: Grid, form: FormMatch, list: HeaderMatch | null): boolean {
  if (list === null || list.columns.fullName === undefined) return true;
  const columns = Object.values(form.measures);
  let counts = 0;
  let others = 0;
  for (let r = form.row + 1; r < grid.values.length && counts + others < SAMPLE_CELLS; r++) {
    for (const c of columns) {
      const cell = grid.values[r]?.[c];
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a row shorter than the header reads undefined past its end
      if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue;
      if (parseCount(cell).ok) counts++;
      else others++;
    }
  }
  return counts > others;
}

/**
 * Stage 3: the units' count forms (a health station's weekly figures, a public-service centre's, a school's
 * family reports) read and checked row by row (forms/read-form.ts). Their figures feed the count indicators.
 */
import type { Campaign, CountIndicator } from '../campaign/schema';
import { isCountIndicator, isEntityShareIndicator } from '../campaign/schema';
import { campaignWeeks, type WeekOf } from '../campaign/periods';
import { type Issue, type IssueCode, type ParamsArg, issueAt } from '../issues';
import { placeIn } from '../place';
import type { Grid } from '../grid';
import type { FormMatch } from '../forms/detect';
import { MEASURE_LABELS } from '../forms/measures';
import { type ReadForm, readCountForm } from '../forms/read-form';
import { findDataDate } from '../table/data-date';
import type { FormKind, Measure } from '../vocabulary';
import type { SheetClass } from './classify-sheets';

/** One count form read from one sheet: a unit's figures. */
export interface FormEntity {
  name: string;
  grid: Grid;
  match: FormMatch;
  read: ReadForm;
  /** The later of the "Số liệu đến ngày" line and the form's last dated row. */
  dataDate: string | null;
}

export interface ReadForms {
  forms: FormEntity[];
  issues: Issue[];
}

/** Rows whose period begins after `asOf` are not counted: the report is about the days up to its as-of date. */
export function readForms(sheets: readonly SheetClass[], campaign: Campaign, period: WeekOf, asOf: string): ReadForms {
  const weeks = campaignWeeks(campaign);
  const indicators = formNeeds(campaign);
  const issues: Issue[] = [];
  const forms: FormEntity[] = [];
  for (const sheet of sheets) {
    if (sheet.role !== 'form') continue;
    const { grid, form, entity } = sheet;
    const sheetIssue = <C extends IssueCode>(code: C, ...params: ParamsArg<C>) => issues.push(issueAt(placeIn(grid), code, ...params));
    const read = readCountForm(grid, form, { campaign, weeks, asOfWeek: period.index, asOf, issues });
    const written = findDataDate(grid, form.row);
    const dataDate = written === null || (read.lastDate !== null && read.lastDate > written) ? read.lastDate : written;
    forms.push({ name: entity.name, grid, match: form, read, dataDate });
    if (read.records === 0) sheetIssue('SHEET_EMPTY', { form: 1 });
    for (const [measure, labels] of missingFigures(form, indicators)) {
      sheetIssue('COUNT_COLUMN_MISSING', { column: MEASURE_LABELS[measure].vi, indicator: labels.join('; ') });
    }
  }
  return { forms, issues };
}

/** The figures a count indicator sums: numerator, denominator and the figure subtracted from it. */
export function figuresOf(ind: CountIndicator): Measure[] {
  return ind.denominatorLess === undefined ? [ind.numerator, ind.denominator] : [ind.numerator, ind.denominator, ind.denominatorLess];
}

/** What an indicator needs of a form: its count figures, or the figure a share of facilities is decided on (ISSUE 10 §5). */
interface FormNeed {
  form: FormKind;
  figures: Measure[];
  label: { vi: string };
}

function formNeeds(campaign: Campaign): FormNeed[] {
  return campaign.indicators.flatMap((ind): FormNeed[] => {
    if (isCountIndicator(ind)) return [{ form: ind.form, figures: figuresOf(ind), label: ind.label }];
    if (isEntityShareIndicator(ind) && 'form' in ind.meets) return [{ form: ind.meets.form, figures: [ind.meets.measure], label: ind.label }];
    return [];
  });
}

/** A form's figures the campaign's indicators need and the form has no column for, with the indicators that need each. */
function missingFigures(form: FormMatch, indicators: readonly FormNeed[]): Map<Measure, string[]> {
  const missing = new Map<Measure, string[]>();
  for (const ind of indicators) {
    if (ind.form !== form.kind) continue;
    for (const measure of ind.figures) {
      if (form.measures[measure] !== undefined) continue;
      const labels = missing.get(measure) ?? [];
      if (!labels.includes(ind.label.vi)) labels.push(ind.label.vi);
      missing.set(measure, labels);
    }
  }
  return missing;
}

/**
 * One count form → its rows (one period, or one class, each), every figure checked: a count is a
 * whole number of zero or more, a part never exceeds its whole, a period is readable and inside the
 * campaign. A row with an error is left out of every sum until it is corrected, so a figure the
 * report shows never rests on a cell the police were told is wrong.
 */
import type { CellValue, Grid } from '../grid';
import { sheetColumnLetter } from '../grid';
import type { CampaignWeek } from '../vocabulary';
import { formatVnDate } from '../format';
import { type Issue, type IssueCode, type ParamsArg, issueAt } from '../issues';
import { excelRowOf, placeIn } from '../place';
import { isDateFormat } from '../table/cells/excel-dates';
import { isTotalsRow } from '../table/row-kinds';
import { cleanText, foldWords } from '../text/fold';
import type { FormMatch } from './detect';
import { MEASURE_LABELS, PART_RULES } from './measures';
import { type Period, type YearContext, campaignWeekOf, parseDateCell, parsePeriodCell, periodLabel } from './period';
import { parseCount } from './count-cell';
import { FORM_MEASURES, type Measure } from '../vocabulary';

export interface FormRow {
  /** 1-based Excel row. */
  row: number;
  /** Campaign week the row's period falls in (the as-of week for a school's class rows). */
  week: number;
  /** The period or class as the report shows it: "Tuần 2", "23/06/2026 – 29/06/2026", "9A". */
  label: string;
  /** The row's figures, one per measure the form has (a blank cell is 0). */
  measures: Partial<Record<Measure, number>>;
  /** The row's first day and its last within its week (a week row: the week's); absent for a class row. */
  from?: string;
  to?: string;
}

export interface ReadForm {
  /** Rows that passed every check and begin by the as-of date, in sheet order: the sums are taken over these. */
  rows: FormRow[];
  /** Rows holding figures, counted or not. */
  records: number;
  /** The last day of the latest period counted, or null when rows carry no dates (a school's classes). */
  lastDate: string | null;
}

export interface FormContext {
  campaign: YearContext;
  weeks: readonly CampaignWeek[];
  /** The reporting week of the as-of date: rows without a period (classes) belong to it. */
  asOfWeek: number;
  /** The as-of date, YYYY-MM-DD: a row whose period begins after it is not counted (a later day, a later week); class rows have none and always count. */
  asOf?: string;
  issues: Issue[];
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

const SUMMARY_WORDS = ['luy ke', 'cong don'];

/** A totals or running-total row ("Tổng cộng", "Lũy kế từ đầu đợt") in the columns left of the figures. */
function isSummaryRow(row: readonly CellValue[], labelColumns: readonly number[]): boolean {
  return labelColumns.some((c) => {
    const cell = row[c];
    if (typeof cell !== 'string') return false;
    const folded = foldWords(cell);
    return isTotalsRow(cell) || SUMMARY_WORDS.some((w) => folded.startsWith(w));
  });
}

/** The "1 2 3 …" row right under a header: consecutive numbers from 1 in every filled cell. */
function isColumnNumbering(row: readonly CellValue[]): boolean {
  let expected = 1;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    const n = typeof cell === 'number' ? cell : Number(String(cell).trim().replace(/^\((\d+)\)$/, '$1'));
    if (n !== expected) return false;
    expected++;
  }
  return expected > 3;
}

interface FigureColumn {
  measure: Measure;
  /** Zero-based column of the figure in the Grid. */
  col: number;
}

/** The figures the form has, in the vocabulary's order, with the column each is read from. */
function figureColumns(match: FormMatch): FigureColumn[] {
  return FORM_MEASURES[match.kind].flatMap((measure) => {
    const col = match.measures[measure];
    return col === undefined ? [] : [{ measure, col }];
  });
}

const shown = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** What is worked out once per form: the columns it has and the campaign its periods must fall in. */
interface FormSheet {
  grid: Grid;
  match: FormMatch;
  ctx: FormContext;
  columns: FigureColumn[];
  /** Columns left of the figures, and the period columns: where a totals row says what it is. */
  labelColumns: number[];
  /** The column a row's missing period is reported in; undefined when the form names no dates (a school's classes). */
  firstDatedCol: number | undefined;
  campaignSpan: { from: string; to: string; weeks: number };
}

function formSheet(grid: Grid, match: FormMatch, ctx: FormContext): FormSheet {
  const columns = figureColumns(match);
  const firstMeasureCol = Math.min(...columns.map(({ col }) => col));
  const labelColumns = [...new Set([...Array.from({ length: firstMeasureCol }, (_, c) => c), ...Object.values(match.period)])];
  const p = match.period;
  const firstDatedCol = p.week ?? p.from ?? p.date ?? p.period ?? p.to;
  const campaignSpan = { from: formatVnDate(ctx.campaign.start), to: formatVnDate(ctx.campaign.end), weeks: ctx.weeks.length };
  return { grid, match, ctx, columns, labelColumns, firstDatedCol, campaignSpan };
}

function report<C extends IssueCode>(sheet: FormSheet, r: number, c: number, code: C, ...params: ParamsArg<C>): void {
  const { grid, ctx } = sheet;
  ctx.issues.push(issueAt(placeIn(grid, r, sheetColumnLetter(grid, c)), code, ...params));
}

/** A column's header as the sender wrote it, or the figure's own name when the cell is blank. */
function header(sheet: FormSheet, c: number, measure?: Measure): string {
  return cleanText(sheet.match.headers[c] ?? '') || (measure ? MEASURE_LABELS[measure].vi : '');
}

const formatOf = (sheet: FormSheet, r: number, c: number) => sheet.grid.formats?.[r]?.[c];

/** A period cell as a person reads it: a real Excel date as dd/mm/yyyy, not its serial. */
function cellText(sheet: FormSheet, row: readonly CellValue[], r: number, c: number): string {
  const v = row[c];
  const p = sheet.match.period;
  if (typeof v === 'number' && (isDateFormat(formatOf(sheet, r, c)) || c === p.date || c === p.from || c === p.to)) {
    const date = parseDateCell(v, formatOf(sheet, r, c), sheet.ctx.campaign);
    if (date !== null) return formatVnDate(date);
  }
  return shown(v);
}

interface RowPeriod {
  /** Null when the form names no period (a school's classes). */
  period: Period | null;
  /** The cell it was read from (-1 for none). */
  col: number;
  /** What the cell says, for the messages. */
  text: string;
}

/** The period of a form with Từ ngày / Đến ngày columns, or null when both are blank on this row. */
function rangePeriodOf(sheet: FormSheet, row: readonly CellValue[], r: number): RowPeriod | null {
  const p = sheet.match.period;
  const read = (c: number | undefined) => (c === undefined || isBlank(row[c]) ? undefined : { col: c, date: parseDateCell(row[c], formatOf(sheet, r, c), sheet.ctx.campaign) });
  const from = read(p.from);
  const to = read(p.to);
  const first = from ?? to;
  if (first === undefined) return null;
  const last = to ?? first;
  if (first.date === null) return { period: { kind: 'invalid', reason: 'unreadable' }, col: first.col, text: cellText(sheet, row, r, first.col) };
  if (last.date === null) return { period: { kind: 'invalid', reason: 'unreadable' }, col: last.col, text: cellText(sheet, row, r, last.col) };
  const a = first.date;
  const b = last.date;
  const text = [from, to].filter((d) => d !== undefined).map((d) => cellText(sheet, row, r, d.col)).join(' – ');
  return { period: a > b ? { kind: 'invalid', reason: 'reversed' } : { kind: 'dates', from: a, to: b }, col: first.col, text };
}

/** The period of row r and the cell it was read from: a week, a date range, a date, a period text, in that order. */
function periodOf(sheet: FormSheet, row: readonly CellValue[], r: number): RowPeriod {
  const p = sheet.match.period;
  const campaign = sheet.ctx.campaign;
  if (p.week !== undefined && !isBlank(row[p.week])) {
    return { period: parsePeriodCell(row[p.week], formatOf(sheet, r, p.week), 'week', campaign), col: p.week, text: cellText(sheet, row, r, p.week) };
  }
  const range = rangePeriodOf(sheet, row, r);
  if (range !== null) return range;
  for (const [column, c] of [['date', p.date], ['period', p.period]] as const) {
    if (c !== undefined && !isBlank(row[c])) return { period: parsePeriodCell(row[c], formatOf(sheet, r, c), column, campaign), col: c, text: cellText(sheet, row, r, c) };
  }
  if (sheet.firstDatedCol === undefined) return { period: null, col: -1, text: '' };
  return { period: { kind: 'invalid', reason: 'unreadable' }, col: sheet.firstDatedCol, text: '' };
}

/** Row r's figures, and whether every one of them was readable (COUNT_INVALID for each that is not). */
function readFigures(sheet: FormSheet, row: readonly CellValue[], r: number): { figures: Partial<Record<Measure, number>>; readable: boolean } {
  let readable = true;
  const figures: Partial<Record<Measure, number>> = {};
  for (const { measure, col } of sheet.columns) {
    const count = parseCount(row[col]);
    if (count.ok) figures[measure] = count.value;
    else {
      readable = false;
      report(sheet, r, col, 'COUNT_INVALID', { value: shown(row[col]), column: header(sheet, col, measure), reason: count.reason });
    }
  }
  return { figures, readable };
}

/** Row r's period and the campaign week it counts in; week null when it counts in none (with an issue, unless a class row's as-of week is no campaign week). */
function readWeek(sheet: FormSheet, row: readonly CellValue[], r: number): { period: Period | null; week: CampaignWeek | null } {
  const { ctx } = sheet;
  const { period, col, text } = periodOf(sheet, row, r);
  if (period === null) return { period, week: ctx.weeks.find((w) => w.index === ctx.asOfWeek) ?? null };
  if (period.kind === 'invalid') {
    report(sheet, r, col, 'COUNT_PERIOD_INVALID', { value: text, reason: text === '' ? 'empty' : period.reason });
    return { period, week: null };
  }
  const week = campaignWeekOf(period, ctx.weeks);
  if (week === null) report(sheet, r, col, 'COUNT_PERIOD_OUTSIDE', { value: text, ...sheet.campaignSpan });
  return { period, week };
}

/** True when no part exceeds its whole on row r (COUNT_PART_EXCEEDS_WHOLE for each rule broken). */
function partsFit(sheet: FormSheet, figures: Partial<Record<Measure, number>>, r: number): boolean {
  const columnOf = (measure: Measure) => sheet.columns.find((c) => c.measure === measure);
  let fit = true;
  for (const rule of PART_RULES[sheet.match.kind]) {
    // A rule is judged on the columns the form has, and only when none of them holds an unreadable count.
    const parts = rule.parts.flatMap((m) => columnOf(m) ?? []);
    const whole = columnOf(rule.whole);
    if (parts.length === 0 || whole === undefined) continue;
    const partValues = parts.map(({ measure }) => figures[measure]);
    const wholeValue = figures[whole.measure];
    if (wholeValue === undefined || !partValues.every((v) => v !== undefined)) continue;
    const partValue = partValues.reduce((s, v) => s + v, 0);
    if (partValue <= wholeValue) continue;
    fit = false;
    report(sheet, r, parts[0].col, 'COUNT_PART_EXCEEDS_WHOLE', {
      parts: parts.map(({ measure, col }) => `"${header(sheet, col, measure)}"`).join(' + '),
      partValue,
      whole: header(sheet, whole.col, whole.measure),
      wholeValue,
    });
  }
  return fit;
}

/** How the report names a counted row: its class and its period, or its Excel row when it has neither. */
function rowLabel(sheet: FormSheet, row: readonly CellValue[], r: number, period: Period | null): string {
  const c = sheet.match.period.class;
  const classText = c !== undefined && !isBlank(row[c]) ? cleanText(shown(row[c])) : '';
  const periodText = period === null || period.kind === 'invalid' ? '' : periodLabel(period);
  return [classText, periodText].filter((t) => t !== '').join(' – ') || `Dòng ${excelRowOf(sheet.grid, r)}`;
}

/** The first day a row's period is about: its first date, or its week's first day. */
function firstDay(period: Period, week: CampaignWeek): string {
  return period.kind === 'dates' ? period.from : week.from;
}

export function readCountForm(grid: Grid, match: FormMatch, ctx: FormContext): ReadForm {
  const sheet = formSheet(grid, match, ctx);
  const out: ReadForm = { rows: [], records: 0, lastDate: null };
  for (let r = match.row + 1; r < grid.values.length; r++) {
    const row = grid.values.at(r); // undefined where a Grid built by hand leaves a row out
    if (!row || sheet.columns.every(({ col }) => isBlank(row[col]))) continue;
    if (isSummaryRow(row, sheet.labelColumns)) continue;
    if (r === match.row + 1 && isColumnNumbering(row)) continue;
    out.records++;

    const { figures, readable } = readFigures(sheet, row, r);
    const { period, week } = readWeek(sheet, row, r);
    const fit = partsFit(sheet, figures, r);
    if (!readable || !fit || week === null) continue;
    if (ctx.asOf !== undefined && period !== null && firstDay(period, week) > ctx.asOf) continue;
    const counted: FormRow = { row: excelRowOf(grid, r), week: week.index, label: rowLabel(sheet, row, r, period), measures: figures };
    out.rows.push(counted);
    if (period !== null && period.kind !== 'invalid') {
      const start = period.kind === 'dates' ? period.from : week.from;
      const end = period.kind === 'dates' && period.to < week.to ? period.to : week.to;
      counted.from = start;
      counted.to = end;
      if (out.lastDate === null || end > out.lastDate) out.lastDate = end;
    }
  }
  return out;
}

/**
 * One count form → its rows (one period, or one class, each), every figure checked: a count is a
 * whole number of zero or more, a part never exceeds its whole, a period is readable and inside the
 * campaign. A row with an error is left out of every sum until it is corrected, so a figure the
 * report shows never rests on a cell the police were told is wrong.
 */
import type { CellValue, Grid } from '../grid';
import { columnLetter } from '../grid';
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
}

export interface ReadForm {
  /** Rows that passed every check, in sheet order: the sums are taken over these. */
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

export function readCountForm(grid: Grid, match: FormMatch, ctx: FormContext): ReadForm {
  const colOffset = grid.colOffset ?? 0;
  const issue = <C extends IssueCode>(r: number, c: number, code: C, ...params: ParamsArg<C>) => ctx.issues.push(issueAt(placeIn(grid, r, columnLetter(c + colOffset)), code, ...params));
  const header = (c: number, measure?: Measure) => cleanText(match.headers[c] ?? '') || (measure ? MEASURE_LABELS[measure].vi : '');
  const format = (r: number, c: number) => grid.formats?.[r]?.[c];

  const columns = figureColumns(match);
  const columnOf = (measure: Measure) => columns.find((c) => c.measure === measure);
  const firstMeasureCol = Math.min(...columns.map(({ col }) => col));
  const labelColumns = [...new Set([...Array.from({ length: firstMeasureCol }, (_, c) => c), ...Object.values(match.period)])];
  const p = match.period;
  // The column a row's missing period is reported in; undefined when the form names no dates (a school's classes).
  const firstDatedCol = p.week ?? p.from ?? p.date ?? p.period ?? p.to;
  const campaignSpan = { from: formatVnDate(ctx.campaign.start), to: formatVnDate(ctx.campaign.end), weeks: ctx.weeks.length };

  /** A period cell as a person reads it: a real Excel date as dd/mm/yyyy, not its serial. */
  const cellText = (row: readonly CellValue[], r: number, c: number): string => {
    const v = row[c];
    if (typeof v === 'number' && (isDateFormat(format(r, c)) || c === p.date || c === p.from || c === p.to)) {
      const date = parseDateCell(v, format(r, c), ctx.campaign);
      if (date !== null) return formatVnDate(date);
    }
    return shown(v);
  };

  /** The period of row r and the cell it was read from; null period when the form names none (a school's classes). */
  const periodOf = (row: readonly CellValue[], r: number): { period: Period | null; col: number; text: string } => {
    if (p.week !== undefined && !isBlank(row[p.week])) {
      return { period: parsePeriodCell(row[p.week], format(r, p.week), 'week', ctx.campaign), col: p.week, text: cellText(row, r, p.week) };
    }
    const read = (c: number | undefined) => (c === undefined || isBlank(row[c]) ? undefined : { col: c, date: parseDateCell(row[c], format(r, c), ctx.campaign) });
    const from = read(p.from);
    const to = read(p.to);
    const first = from ?? to;
    if (first !== undefined) {
      const last = to ?? first;
      if (first.date === null) return { period: { kind: 'invalid', reason: 'unreadable' }, col: first.col, text: cellText(row, r, first.col) };
      if (last.date === null) return { period: { kind: 'invalid', reason: 'unreadable' }, col: last.col, text: cellText(row, r, last.col) };
      const a = first.date;
      const b = last.date;
      const text = [from, to].filter((d) => d !== undefined).map((d) => cellText(row, r, d.col)).join(' – ');
      return { period: a > b ? { kind: 'invalid', reason: 'reversed' } : { kind: 'dates', from: a, to: b }, col: first.col, text };
    }
    for (const [column, c] of [['date', p.date], ['period', p.period]] as const) {
      if (c !== undefined && !isBlank(row[c])) return { period: parsePeriodCell(row[c], format(r, c), column, ctx.campaign), col: c, text: cellText(row, r, c) };
    }
    if (firstDatedCol === undefined) return { period: null, col: -1, text: '' };
    return { period: { kind: 'invalid', reason: 'unreadable' }, col: firstDatedCol, text: '' };
  };

  const out: ReadForm = { rows: [], records: 0, lastDate: null };
  for (let r = match.row + 1; r < grid.values.length; r++) {
    const row = grid.values.at(r); // undefined where a Grid built by hand leaves a row out
    if (!row || columns.every(({ col }) => isBlank(row[col]))) continue;
    if (isSummaryRow(row, labelColumns)) continue;
    if (r === match.row + 1 && isColumnNumbering(row)) continue;
    out.records++;

    let counted = true;
    const figures: Partial<Record<Measure, number>> = {};
    for (const { measure: m, col: c } of columns) {
      const count = parseCount(row[c]);
      if (count.ok) figures[m] = count.value;
      else {
        counted = false;
        issue(r, c, 'COUNT_INVALID', { value: shown(row[c]), column: header(c, m), reason: count.reason });
      }
    }

    const { period, col, text } = periodOf(row, r);
    let week: CampaignWeek | null = null;
    if (period === null) week = ctx.weeks.find((w) => w.index === ctx.asOfWeek) ?? null;
    else if (period.kind === 'invalid') {
      counted = false;
      issue(r, col, 'COUNT_PERIOD_INVALID', { value: text, reason: text === '' ? 'empty' : period.reason });
    } else {
      week = campaignWeekOf(period, ctx.weeks);
      if (week === null) {
        counted = false;
        issue(r, col, 'COUNT_PERIOD_OUTSIDE', { value: text, ...campaignSpan });
      }
    }

    for (const rule of PART_RULES[match.kind]) {
      // A rule is judged on the columns the form has, and only when none of them holds an unreadable count.
      const parts = rule.parts.flatMap((m) => columnOf(m) ?? []);
      const whole = columnOf(rule.whole);
      if (parts.length === 0 || whole === undefined) continue;
      const partValues = parts.map(({ measure }) => figures[measure]);
      const wholeValue = figures[whole.measure];
      if (wholeValue === undefined || !partValues.every((v) => v !== undefined)) continue;
      const partValue = partValues.reduce((s, v) => s + v, 0);
      if (partValue <= wholeValue) continue;
      counted = false;
      issue(r, parts[0].col, 'COUNT_PART_EXCEEDS_WHOLE', {
        parts: parts.map(({ measure, col }) => `"${header(col, measure)}"`).join(' + '),
        partValue,
        whole: header(whole.col, whole.measure),
        wholeValue,
      });
    }

    if (!counted || week === null) continue;
    const classText = p.class !== undefined && !isBlank(row[p.class]) ? cleanText(shown(row[p.class])) : '';
    const periodText = period === null || period.kind === 'invalid' ? '' : periodLabel(period);
    const label = [classText, periodText].filter((t) => t !== '').join(' – ') || `Dòng ${excelRowOf(grid, r)}`;
    out.rows.push({ row: excelRowOf(grid, r), week: week.index, label, measures: figures });
    if (period !== null && period.kind !== 'invalid') {
      const end = period.kind === 'dates' && period.to < week.to ? period.to : week.to;
      if (out.lastDate === null || end > out.lastDate) out.lastDate = end;
    }
  }
  return out;
}

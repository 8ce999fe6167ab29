/**
 * The period a count-form row is about, as stations write it: a week number ("Tuần 2", 2), a date
 * (a real Excel date, "23/6/2026", "23/6"), or a date range ("Từ 23/6 đến 29/6/2026",
 * "23/06/2026 - 29/06/2026", "23–29/6/2026", or two columns Từ ngày / Đến ngày), then the campaign
 * week it belongs to. A range belongs to the week of its last day inside the campaign: a report
 * covers the days up to its end.
 */
import type { CellValue } from '../grid';
import type { CampaignWeek } from '../vocabulary';
import { formatVnDate } from '../format';
import { isDateFormat, ymdFromExcelSerial } from '../table/cells/excel-dates';
import { isValidYmd } from '../dates';
import { foldWords } from '../text/fold';

export type Period =
  | { kind: 'week'; index: number }
  | { kind: 'dates'; from: string; to: string }
  | { kind: 'invalid'; reason: 'unreadable' | 'reversed' };

/** Excel serials from 2000-01-01 to 2099-12-31: a number in that range in a date or period column is a date. */
const SERIAL_MIN = 36526;
const SERIAL_MAX = 73050;

const pad2 = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;

function isoFromSerial(serial: number): string | null {
  const ymd = ymdFromExcelSerial(serial);
  return ymd === null ? null : iso(Math.floor(ymd / 10000), Math.floor(ymd / 100) % 100, ymd % 100);
}

/** Years to try for a date written without one: the campaign's, so "23/6" lands inside it when it can. */
export interface YearContext {
  start: string;
  end: string;
}

function withYear(d: number, m: number, y: number | null, ctx: YearContext): string | null {
  if (y !== null) return isValidYmd(y, m, d) ? iso(y, m, d) : null;
  const years = [...new Set([Number(ctx.start.slice(0, 4)), Number(ctx.end.slice(0, 4))])];
  const candidates = years.filter((year) => isValidYmd(year, m, d)).map((year) => iso(year, m, d));
  return candidates.find((c) => c >= ctx.start && c <= ctx.end) ?? (candidates.length > 0 ? candidates[0] : null);
}

const fullYear = (text: string | undefined) => (text === undefined ? null : text.length === 2 ? 2000 + Number(text) : Number(text));

/** d/m[/yy[yy]] with one separator throughout (/ . -), or yyyy-mm-dd. */
const DATE_TOKEN = /(\d{4})-(\d{2})-(\d{2})|(\d{1,2})([/.-])(\d{1,2})(?:\5(\d{4}|\d{2}(?!\d)))?/g;
/** "23–29/6/2026", "23 đến 29/6": a range of days in one month. */
const DAY_RANGE = /^(\d{1,2})\s*(?:-|–|—|den)\s*(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?$/;
const WEEK = /^(?:tuan(?: thu| so)?\s*)?0*(\d{1,2})$/;
const WEEK_PREFIX = /^tuan(?: thu| so)?\s*0*(\d{1,2})\b/;

interface Token {
  d: number;
  m: number;
  y: number | null;
}

function dateTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(DATE_TOKEN)) {
    const yearFirst = m[1] as string | undefined; // undefined when the day-first alternative matched
    if (yearFirst !== undefined) tokens.push({ y: Number(yearFirst), m: Number(m[2]), d: Number(m[3]) });
    else tokens.push({ d: Number(m[4]), m: Number(m[6]), y: fullYear(m[7]) });
  }
  return tokens;
}

function range(from: string | null, to: string | null): Period {
  if (from === null || to === null) return { kind: 'invalid', reason: 'unreadable' };
  if (from > to) return { kind: 'invalid', reason: 'reversed' };
  return { kind: 'dates', from, to };
}

/** A period written as text: a week ("Tuần 2", "2"), a date, or a range of dates. */
export function parsePeriodText(raw: string, ctx: YearContext, bareNumberIsWeek: boolean): Period {
  const text = raw.normalize('NFC').trim();
  const folded = foldWords(text);
  const week = WEEK.exec(folded);
  if (week && (bareNumberIsWeek || folded.startsWith('tuan'))) return { kind: 'week', index: Number(week[1]) };
  // "Tuần 2 (23/6 – 29/6)": the week number is what the station meant.
  const weekFirst = WEEK_PREFIX.exec(folded);
  if (weekFirst) return { kind: 'week', index: Number(weekFirst[1]) };
  const compact = text.toLowerCase().replace(/^(từ|tu)\s*(ngày|ngay)?\s*/, '').replace(/\s*(đến|den)\s*(ngày|ngay)?\s*/, ' den ').trim();
  const days = DAY_RANGE.exec(compact);
  if (days) {
    const y = fullYear(days[4]);
    const m = Number(days[3]);
    return range(withYear(Number(days[1]), m, y, ctx), withYear(Number(days[2]), m, y, ctx));
  }
  const tokens = dateTokens(text);
  if (tokens.length === 1) {
    const date = withYear(tokens[0].d, tokens[0].m, tokens[0].y, ctx);
    return date === null ? { kind: 'invalid', reason: 'unreadable' } : { kind: 'dates', from: date, to: date };
  }
  if (tokens.length === 2) {
    const [a, b] = tokens;
    // "23/6 - 29/6/2026": the first date takes the second one's year.
    return range(withYear(a.d, a.m, a.y ?? b.y, ctx), withYear(b.d, b.m, b.y, ctx));
  }
  return { kind: 'invalid', reason: 'unreadable' };
}

/** A date cell (Từ ngày, Đến ngày, Ngày): a real date, a serial, or text. Null when it holds no single date. */
export function parseDateCell(value: CellValue, format: string | undefined, ctx: YearContext): string | null {
  if (typeof value === 'number') {
    if (!isDateFormat(format) && (value < SERIAL_MIN || value > SERIAL_MAX)) return null;
    return isoFromSerial(value);
  }
  if (typeof value !== 'string') return null;
  const p = parsePeriodText(value, ctx, false);
  return p.kind === 'dates' && p.from === p.to ? p.from : null;
}

/**
 * A period cell in a column of the given kind. Numbers: a week number in a week or period column
 * (a real date when the cell is formatted as one), an Excel date in a date column.
 */
export function parsePeriodCell(value: CellValue, format: string | undefined, column: 'week' | 'date' | 'period', ctx: YearContext): Period {
  if (typeof value === 'number') {
    const looksLikeDate = isDateFormat(format) || (column !== 'week' && value >= SERIAL_MIN && value <= SERIAL_MAX);
    if (looksLikeDate) {
      const date = isoFromSerial(value);
      return date === null ? { kind: 'invalid', reason: 'unreadable' } : { kind: 'dates', from: date, to: date };
    }
    return column !== 'date' && Number.isInteger(value) && value >= 0 ? { kind: 'week', index: value } : { kind: 'invalid', reason: 'unreadable' };
  }
  if (typeof value !== 'string') return { kind: 'invalid', reason: 'unreadable' };
  return parsePeriodText(value, ctx, column !== 'date');
}

/** The campaign week a period belongs to, or null when it lies outside the campaign. */
export function campaignWeekOf(period: Exclude<Period, { kind: 'invalid' }>, weeks: readonly CampaignWeek[]): CampaignWeek | null {
  if (weeks.length === 0) return null;
  if (period.kind === 'week') return weeks.find((w) => w.index === period.index) ?? null;
  const start = weeks[0].from;
  const end = weeks[weeks.length - 1].to;
  if (period.to < start || period.from > end) return null;
  const last = period.to > end ? end : period.to;
  return weeks.find((w) => w.from <= last && last <= w.to) ?? null;
}

/** How the report shows a period: "Tuần 2", "23/06/2026", "23/06/2026 – 29/06/2026". */
export function periodLabel(period: Exclude<Period, { kind: 'invalid' }>): string {
  if (period.kind === 'week') return `Tuần ${period.index}`;
  return period.from === period.to ? formatVnDate(period.from) : `${formatVnDate(period.from)} – ${formatVnDate(period.to)}`;
}

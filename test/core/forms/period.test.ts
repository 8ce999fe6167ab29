import { PRESETS } from '../../../src/core/campaign/presets';
import { campaignWeeks } from '../../../src/core/campaign/periods';
import { campaignWeekOf, parseDateCell, parsePeriodCell, parsePeriodText, periodLabel, type Period } from '../../../src/core/forms/period';

// Bờ Y runs from Friday 10/10/2025 to 15/11/2025: week 1 is 10–12/10, week 2 13–19/10, … week 6 10–15/11.
const BO_Y = PRESETS['bo-y-2025'];
const weeks = campaignWeeks(BO_Y);
const ctx = { start: BO_Y.start, end: BO_Y.end };
/** Excel serial of a date (1900 date system). */
const serial = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25_569;

const weekOfPeriod = (p: Period) => (p.kind === 'invalid' ? 'invalid' : (campaignWeekOf(p, weeks)?.index ?? 'outside'));

describe('parsePeriodText: how stations write a period', () => {
  it.each([
    ['Tuần 2', { kind: 'week', index: 2 }],
    ['tuan thu 3', { kind: 'week', index: 3 }],
    ['TUẦN 04', { kind: 'week', index: 4 }],
    ['2', { kind: 'week', index: 2 }],
    ['Tuần 2 (13/10 – 19/10)', { kind: 'week', index: 2 }],
    ['20/10/2025', { kind: 'dates', from: '2025-10-20', to: '2025-10-20' }],
    ['20-10-2025', { kind: 'dates', from: '2025-10-20', to: '2025-10-20' }],
    ['20.10.25', { kind: 'dates', from: '2025-10-20', to: '2025-10-20' }],
    ['2025-10-20', { kind: 'dates', from: '2025-10-20', to: '2025-10-20' }],
    ['20/10', { kind: 'dates', from: '2025-10-20', to: '2025-10-20' }],
    ['Từ 20/10 đến 26/10/2025', { kind: 'dates', from: '2025-10-20', to: '2025-10-26' }],
    ['Từ ngày 20/10/2025 đến ngày 26/10/2025', { kind: 'dates', from: '2025-10-20', to: '2025-10-26' }],
    ['20/10/2025 - 26/10/2025', { kind: 'dates', from: '2025-10-20', to: '2025-10-26' }],
    ['20/10-26/10/2025', { kind: 'dates', from: '2025-10-20', to: '2025-10-26' }],
    ['20–26/10/2025', { kind: 'dates', from: '2025-10-20', to: '2025-10-26' }],
    ['20 đến 26/10', { kind: 'dates', from: '2025-10-20', to: '2025-10-26' }],
  ])('"%s"', (text, expected) => {
    expect(parsePeriodText(text, ctx, true)).toEqual(expected);
  });

  it.each([
    ['Tuần hai', 'unreadable'],
    ['tháng 10', 'unreadable'],
    ['31/02/2025', 'unreadable'],
    ['26/10/2025 - 20/10/2025', 'reversed'],
  ])('refuses "%s" (%s)', (text, reason) => {
    expect(parsePeriodText(text, ctx, true)).toEqual({ kind: 'invalid', reason });
  });

  it('reads a bare number as a week only where a week is expected', () => {
    expect(parsePeriodText('3', ctx, false)).toEqual({ kind: 'invalid', reason: 'unreadable' });
  });

  it('gives a date without a year the year that puts it inside a campaign across New Year', () => {
    const winter = { start: '2025-12-15', end: '2026-01-31' };
    expect(parsePeriodText('05/01', winter, false)).toEqual({ kind: 'dates', from: '2026-01-05', to: '2026-01-05' });
    expect(parsePeriodText('20/12', winter, false)).toEqual({ kind: 'dates', from: '2025-12-20', to: '2025-12-20' });
  });
});

describe('parsePeriodCell and parseDateCell: numbers', () => {
  it('reads a number in a week column as the week, unless the cell is formatted as a date', () => {
    expect(parsePeriodCell(3, 'General', 'week', ctx)).toEqual({ kind: 'week', index: 3 });
    expect(parsePeriodCell(serial('2025-10-21'), 'dd/mm/yyyy', 'week', ctx)).toEqual({ kind: 'dates', from: '2025-10-21', to: '2025-10-21' });
    expect(parsePeriodCell(2.5, 'General', 'week', ctx)).toEqual({ kind: 'invalid', reason: 'unreadable' });
  });

  it('reads a real Excel date in a date or period column, with or without a date format', () => {
    expect(parsePeriodCell(serial('2025-10-21'), 'dd/mm/yyyy', 'date', ctx)).toEqual({ kind: 'dates', from: '2025-10-21', to: '2025-10-21' });
    expect(parsePeriodCell(serial('2025-10-21'), undefined, 'period', ctx)).toEqual({ kind: 'dates', from: '2025-10-21', to: '2025-10-21' });
    expect(parsePeriodCell(5, undefined, 'date', ctx)).toEqual({ kind: 'invalid', reason: 'unreadable' });
    expect(parseDateCell(serial('2025-10-26'), 'd/m/yyyy', ctx)).toBe('2025-10-26');
    expect(parseDateCell('26/10/2025', undefined, ctx)).toBe('2025-10-26');
    expect(parseDateCell('20/10 - 26/10', undefined, ctx)).toBeNull();
  });
});

describe('campaignWeekOf: the campaign week of a period', () => {
  it.each([
    ['Tuần 1', 1],
    ['Tuần 6', 6],
    ['Tuần 7', 'outside'],
    ['0', 'outside'],
    ['10/10/2025', 1],
    ['12/10/2025', 1],
    ['13/10/2025', 2],
    ['15/11/2025', 6],
    ['09/10/2025', 'outside'],
    ['16/11/2025', 'outside'],
    // A range belongs to the week of its last day: 15–21/10 (Wednesday to Tuesday) reports up to week 3.
    ['15/10/2025 - 21/10/2025', 3],
    // Partly before the start: the days inside count, in the week they end.
    ['06/10/2025 - 12/10/2025', 1],
    ['10/11/2025 - 20/11/2025', 6],
    ['01/10/2025 - 09/10/2025', 'outside'],
  ])('"%s" → week %s', (text, week) => {
    expect(weekOfPeriod(parsePeriodText(text, ctx, true))).toBe(week);
  });

  it('labels a period the way the report shows it', () => {
    expect(periodLabel({ kind: 'week', index: 2 })).toBe('Tuần 2');
    expect(periodLabel({ kind: 'dates', from: '2025-10-20', to: '2025-10-20' })).toBe('20/10/2025');
    expect(periodLabel({ kind: 'dates', from: '2025-10-20', to: '2025-10-26' })).toBe('20/10/2025 – 26/10/2025');
  });
});

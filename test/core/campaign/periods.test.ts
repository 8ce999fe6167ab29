import {
  ageOnDate,
  asOfNotice,
  campaignWeeks,
  finalReportBefore,
  vnDateLine,
  weekOf,
  ymd,
} from '../../../src/core/campaign/periods';
import { formatDeadline, formatVnDate } from '../../../src/core/format';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { Campaign } from '../../../src/core/campaign/schema';

const boY = PRESETS['bo-y-2025']; // Fri 10/10/2025 → Sat 15/11/2025, report Monday 09:00
const triTon = PRESETS['tri-ton-2026']; // Thu 25/6/2026 → Tue 15/9/2026, report Tuesday 15:00

function withReporting(campaign: Campaign, weekday: number, time: string): Campaign {
  return { ...campaign, reporting: { ...campaign.reporting, weekday, time } };
}

describe('campaignWeeks', () => {
  it('starts week 1 on the start date even in the middle of a week', () => {
    expect(campaignWeeks(boY)[0]).toEqual({ index: 1, from: '2025-10-10', to: '2025-10-12' });
  });

  it('runs the following weeks Monday to Sunday', () => {
    expect(campaignWeeks(boY).slice(1, 3)).toEqual([
      { index: 2, from: '2025-10-13', to: '2025-10-19' },
      { index: 3, from: '2025-10-20', to: '2025-10-26' },
    ]);
  });

  it('clips the last week at the end date and leaves no gaps', () => {
    const weeks = campaignWeeks(boY);
    expect(weeks).toHaveLength(6);
    expect(weeks[5]).toEqual({ index: 6, from: '2025-11-10', to: '2025-11-15' });
    expect(weeks.map((w) => w.index)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('counts the weeks of a long campaign across month ends', () => {
    const weeks = campaignWeeks(triTon);
    expect(weeks[0]).toEqual({ index: 1, from: '2026-06-25', to: '2026-06-28' });
    expect(weeks[1]).toEqual({ index: 2, from: '2026-06-29', to: '2026-07-05' });
    expect(weeks.at(-1)).toEqual({ index: 13, from: '2026-09-14', to: '2026-09-15' });
  });

  it('makes a one-day campaign a single week of one day', () => {
    expect(campaignWeeks({ ...boY, start: '2025-10-15', end: '2025-10-15' })).toEqual([
      { index: 1, from: '2025-10-15', to: '2025-10-15' },
    ]);
  });
});

describe('weekOf', () => {
  it('puts the start date in week 1 with its report due the next Monday at 09:00', () => {
    expect(weekOf(boY, '2025-10-10')).toEqual({
      index: 1,
      from: '2025-10-10',
      to: '2025-10-12',
      deadline: '2025-10-13T09:00',
      daysLeft: 36,
      phase: 'during',
    });
  });

  it('keeps Sunday in the week it ends and moves Monday to the next week', () => {
    expect(weekOf(boY, '2025-10-19')).toMatchObject({ index: 2, from: '2025-10-13', to: '2025-10-19' });
    expect(weekOf(boY, '2025-10-20')).toMatchObject({ index: 3, from: '2025-10-20', to: '2025-10-26' });
  });

  it('gives a Monday report the day after the week ends, so the deadline Monday already belongs to the next week', () => {
    const week2 = weekOf(boY, '2025-10-15');
    expect(week2.deadline).toBe('2025-10-20T09:00');
    expect(weekOf(boY, '2025-10-20').index).toBe(week2.index + 1);
  });

  it('sets a Tuesday 15:00 report two days after the week ends (Tri Tôn)', () => {
    expect(weekOf(triTon, '2026-06-25')).toMatchObject({ index: 1, to: '2026-06-28', deadline: '2026-06-30T15:00' });
    expect(weekOf(triTon, '2026-07-01')).toMatchObject({ index: 2, to: '2026-07-05', deadline: '2026-07-07T15:00' });
  });

  it('gives the last, short week the final report’s deadline (seed 000 §IV.3: "kết thúc đợt cao điểm trước ngày 15/11/2025")', () => {
    expect(weekOf(boY, '2025-11-15')).toMatchObject({
      index: 6,
      from: '2025-11-10',
      to: '2025-11-15',
      deadline: '2025-11-15T00:00',
      daysLeft: 0,
      phase: 'during',
    });
  });

  it('sets a Sunday report on the Sunday after the week, never on the week’s own last day', () => {
    expect(weekOf(withReporting(boY, 7, '17:30'), '2025-10-10').deadline).toBe('2025-10-19T17:30');
  });

  it('treats a date before the start as week 1, phase before, counting the days to the end', () => {
    expect(weekOf(boY, '2025-10-01')).toEqual({
      index: 1,
      from: '2025-10-10',
      to: '2025-10-12',
      deadline: '2025-10-13T09:00',
      daysLeft: 45,
      phase: 'before',
    });
  });

  it('treats a date after the end as the last week, phase after, with no days left', () => {
    expect(weekOf(boY, '2026-01-05')).toEqual({
      index: 6,
      from: '2025-11-10',
      to: '2025-11-15',
      deadline: '2025-11-15T00:00',
      daysLeft: 0,
      phase: 'after',
    });
  });

  it('counts days left in calendar days to the end date', () => {
    expect(weekOf(boY, '2025-11-14').daysLeft).toBe(1);
    expect(weekOf(triTon, '2026-06-30').daysLeft).toBe(77);
  });

  it('rejects a date that is not on the calendar', () => {
    expect(() => weekOf(boY, '2025-02-30')).toThrow(RangeError);
    expect(() => weekOf(boY, '10/10/2025')).toThrow(RangeError);
  });
});

describe('ymd and ageOnDate', () => {
  it('turns an ISO date into a yyyymmdd integer', () => {
    expect(ymd('2025-10-10')).toBe(20251010);
    expect(ymd('2008-02-29')).toBe(20080229);
  });

  it('turns 14 on the 14th birthday, not the day before', () => {
    expect(ageOnDate(20111010, 20251009)).toBe(13);
    expect(ageOnDate(20111010, 20251010)).toBe(14);
  });

  it('makes someone born on 29 February a year older on 1 March in a non-leap year', () => {
    expect(ageOnDate(20080229, 20220228)).toBe(13);
    expect(ageOnDate(20080229, 20220301)).toBe(14);
  });

  it('makes someone born on 29 February a year older on 29 February in a leap year', () => {
    expect(ageOnDate(20080229, 20240228)).toBe(15);
    expect(ageOnDate(20080229, 20240229)).toBe(16);
  });

  it('gives a negative age when the birth date is after the as-of date', () => {
    expect(ageOnDate(20260101, 20251010)).toBe(-1);
  });
});

describe('Vietnamese dates', () => {
  it('formats a date as dd/mm/yyyy', () => {
    expect(formatVnDate('2026-01-05')).toBe('05/01/2026');
    expect(formatVnDate('2025-11-15')).toBe('15/11/2025');
  });

  it('writes the Decree 30 date line with leading zeros on days below 10 and on January and February', () => {
    expect(vnDateLine('Bờ Y', '2026-01-05')).toBe('Bờ Y, ngày 05 tháng 01 năm 2026');
    expect(vnDateLine('Tri Tôn', '2026-02-28')).toBe('Tri Tôn, ngày 28 tháng 02 năm 2026');
  });

  it('writes other months without a leading zero', () => {
    expect(vnDateLine('Bờ Y', '2025-10-10')).toBe('Bờ Y, ngày 10 tháng 10 năm 2025');
    expect(vnDateLine('Thanh Định', '2025-03-07')).toBe('Thanh Định, ngày 07 tháng 3 năm 2025');
  });
});

describe('the last reporting deadlines', () => {
  test('a final report due "trước ngày 01/7/2026" is due before 1 July, not at 09:00 on 30/6 (seed 001 §II.1.1)', () => {
    const thuongNinh = PRESETS['thuong-ninh-2026']; // Tue 23/6 → Tue 30/6/2026
    expect(weekOf(thuongNinh, '2026-06-30')).toMatchObject({ index: 2, from: '2026-06-29', to: '2026-06-30', deadline: '2026-07-01T00:00' });
    expect(finalReportBefore(thuongNinh)).toBe('2026-07-01');
  });

  test('the week the final report falls due in takes its deadline (seed 004 §IV.1: "trước ngày 10 tháng 9 năm 2026")', () => {
    // 7–13/9/2026 would be due Tuesday 15/9 at 15:00; the final report, which replaces it, is due before 10/9.
    expect(weekOf(triTon, '2026-09-08')).toMatchObject({ index: 12, from: '2026-09-07', to: '2026-09-13', deadline: '2026-09-10T00:00' });
  });

  test('no week gets a deadline before it starts: Tri Tôn 14–15/9/2026 keeps its Tuesday, after the final report of 10/9', () => {
    expect(weekOf(triTon, '2026-09-14')).toMatchObject({ index: 13, from: '2026-09-14', to: '2026-09-15', deadline: '2026-09-22T15:00' });
    for (const campaign of Object.values(PRESETS)) {
      for (const w of campaignWeeks(campaign)) expect(weekOf(campaign, w.from).deadline > `${w.from}T00:00`).toBe(true);
    }
  });

  test('an ordinary week keeps the weekly rule: Tuesday 15:00 after the week’s Sunday', () => {
    expect(weekOf(triTon, '2026-07-01').deadline).toBe('2026-07-07T15:00');
  });

  test('without a final report date the report is due by the end of the campaign’s last day (Định Hóa, to 31/3/2025)', () => {
    const dinhHoa = PRESETS['dinh-hoa-2025'];
    expect(finalReportBefore(dinhHoa)).toBe('2025-04-01');
    expect(weekOf(dinhHoa, '2025-03-31')).toMatchObject({ from: '2025-03-31', to: '2025-03-31', deadline: '2025-04-01T00:00' });
  });
});

describe('formatDeadline', () => {
  test('writes a deadline with its hour and weekday, "trước 09:00 thứ Hai, 27/10/2025", Vietnamese first', () => {
    expect(formatDeadline('2025-10-27T09:00')).toBe('trước 09:00 thứ Hai, 27/10/2025');
    // Due at midnight (seed 001 §II.1.1 "trước ngày 01/7/2026"): the day, no hour.
    expect(formatDeadline('2026-07-01T00:00')).toBe('trước thứ Tư, 01/07/2026');
    expect(formatDeadline('2026-06-30T15:00', 'en')).toBe('before 15:00 Tuesday, 30/06/2026');
    expect(formatDeadline('2026-07-01T00:00', 'en')).toBe('before Wednesday, 01/07/2026');
  });
});

describe('asOfNotice: an as-of date outside the campaign is never reported silently', () => {
  test('says nothing inside the campaign, its first and last day included', () => {
    expect([asOfNotice(boY, '2025-10-10'), asOfNotice(boY, '2025-11-15')]).toEqual([null, null]);
  });

  test('after the end it says so in Vietnamese and English, with the last day to choose', () => {
    const notice = asOfNotice(boY, '2025-11-20');
    expect(notice?.vi).toContain('Ngày số liệu 20/11/2025 là sau khi đợt đã kết thúc (10/10/2025 – 15/11/2025)');
    expect(notice?.vi).toContain('Hãy chọn ngày kết thúc đợt (15/11/2025)');
    expect(notice?.en).toContain('after the campaign ended');
  });

  test('before the start it says so too', () => {
    expect(asOfNotice(boY, '2025-10-05')?.vi).toContain('là trước khi đợt bắt đầu');
  });
});

import { campaignPeriods, periodNameEn, periodOf, reportChoices } from '../../../src/core/campaign/report-periods';
import { PRESETS } from '../../../src/core/campaign/presets';
import { parseCampaign } from '../../../src/core/campaign/load';
import type { Campaign, CampaignInput } from '../../../src/core/campaign/schema';

const boY = PRESETS['bo-y-2025']; // Fri 10/10/2025 → Sat 15/11/2025, report Monday 09:00
const triTon = PRESETS['tri-ton-2026']; // Thu 25/6/2026 → Tue 15/9/2026, report Tuesday 15:00, monthly before the 10th

describe('reportChoices: the week a report made at a given moment covers', () => {
  test('on Monday 27/10/2025 at 08:30, before the 09:00 deadline, Bờ Y reports the week just ended (seed 000 §IV.3)', () => {
    const { chosen, other } = reportChoices(boY, '2025-10-27T08:30');
    expect(chosen).toMatchObject({ asOf: '2025-10-26', which: 'ended', period: { index: 3, from: '2025-10-20', to: '2025-10-26', deadline: '2025-10-27T09:00' } });
    expect(other).toMatchObject({ asOf: '2025-10-27', which: 'today', period: { index: 4, from: '2025-10-27', to: '2025-11-02' } });
  });

  test('from 09:00 on that Monday the report is the current week’s, and the week just ended is the other choice', () => {
    const { chosen, other } = reportChoices(boY, '2025-10-27T09:00');
    expect(chosen).toMatchObject({ asOf: '2025-10-27', which: 'today', period: { index: 4 } });
    expect(other).toMatchObject({ asOf: '2025-10-26', which: 'ended', period: { index: 3 } });
  });

  test('Tri Tôn reports the week just ended until Tuesday 15:00, Monday included (seed 004 §IV.1)', () => {
    expect(reportChoices(triTon, '2026-06-29T10:00').chosen).toMatchObject({ asOf: '2026-06-28', period: { index: 1, from: '2026-06-25', to: '2026-06-28', deadline: '2026-06-30T15:00' } });
    expect(reportChoices(triTon, '2026-06-30T14:59').chosen).toMatchObject({ asOf: '2026-06-28', which: 'ended' });
    expect(reportChoices(triTon, '2026-06-30T15:00').chosen).toMatchObject({ asOf: '2026-06-30', which: 'today', period: { index: 2 } });
  });

  test('in the middle of a week the report is today’s', () => {
    expect(reportChoices(boY, '2025-10-23T14:00').chosen).toMatchObject({ asOf: '2025-10-23', which: 'today', period: { index: 3 } });
  });

  test('before the campaign starts there is only today, outside the campaign', () => {
    expect(reportChoices(boY, '2025-10-05T08:00')).toEqual({ chosen: { asOf: '2025-10-05', which: 'today', period: periodOf(boY, 'week', '2025-10-05') }, other: null });
  });

  test('after the end, the last week while its report is not yet due, then today with the last week as the other choice', () => {
    // Tri Tôn's last week, 14–15/9/2026, is due Tuesday 22/9 at 15:00.
    expect(reportChoices(triTon, '2026-09-16T10:00').chosen).toMatchObject({ asOf: '2026-09-15', which: 'ended', period: { index: 13, phase: 'during' } });
    const late = reportChoices(boY, '2025-11-20T10:00');
    expect(late.chosen).toMatchObject({ asOf: '2025-11-20', which: 'today', period: { phase: 'after' } });
    expect(late.other).toMatchObject({ asOf: '2025-11-15', which: 'ended', period: { index: 6, phase: 'during' } });
  });
});

describe('monthly reports (seed 004 §IV.1: "hàng tháng (trước ngày 10 hàng tháng)")', () => {
  test('Tri Tôn declares its monthly report, due before the 10th of the next month', () => {
    expect(triTon.reporting.cadences).toEqual([{ period: 'month', dueBeforeDay: 10 }]);
  });

  test('its months are calendar months clipped to the campaign, each with its deadline', () => {
    expect(campaignPeriods(triTon, 'month')).toEqual([
      { kind: 'month', index: 1, label: 'Tháng 6/2026', from: '2026-06-25', to: '2026-06-30', deadline: '2026-07-10T00:00' },
      { kind: 'month', index: 2, label: 'Tháng 7/2026', from: '2026-07-01', to: '2026-07-31', deadline: '2026-08-10T00:00' },
      { kind: 'month', index: 3, label: 'Tháng 8/2026', from: '2026-08-01', to: '2026-08-31', deadline: '2026-09-10T00:00' },
      // The final report, due before 10/9, replaces September's, due before 10/10.
      { kind: 'month', index: 4, label: 'Tháng 9/2026', from: '2026-09-01', to: '2026-09-15', deadline: '2026-09-10T00:00' },
    ]);
  });

  test('a report as of 15/7/2026 is Tháng 7/2026, compared with Tháng 6/2026', () => {
    expect(periodOf(triTon, 'month', '2026-07-15')).toEqual({
      kind: 'month',
      index: 2,
      label: 'Tháng 7/2026',
      from: '2026-07-01',
      to: '2026-07-31',
      deadline: '2026-08-10T00:00',
      daysLeft: 62,
      phase: 'during',
      previous: { index: 1, label: 'Tháng 6/2026', from: '2026-06-25', to: '2026-06-30' },
    });
  });

  test('made on 5/8/2026, before the 10th, the monthly report covers July; from the 10th, August', () => {
    expect(reportChoices(triTon, '2026-08-05T10:00', 'month')).toMatchObject({ chosen: { asOf: '2026-07-31', which: 'ended', period: { label: 'Tháng 7/2026' } }, other: { asOf: '2026-08-05' } });
    expect(reportChoices(triTon, '2026-08-10T00:00', 'month').chosen).toMatchObject({ asOf: '2026-08-10', which: 'today', period: { label: 'Tháng 8/2026' } });
  });

  test('names each period in English for the pane', () => {
    expect(periodNameEn(periodOf(triTon, 'month', '2026-07-15'))).toBe('July 2026');
    expect(periodNameEn(periodOf(triTon, 'week', '2026-07-15'))).toBe('Week 4');
  });
});

describe('monthly, six-month and yearly reports (seed 003 §IV.1(4): "Định kỳ hàng tuần/hàng tháng/6 tháng/năm")', () => {
  // Kế hoạch 143/KH-TCT of 02/6/2023 sets no reporting day: each report is due by its period's last day.
  const input: CampaignInput = {
    ...triTon,
    id: 'thanh-hoa-2023',
    start: '2023-06-02',
    end: '2023-12-31',
    reporting: { cadence: 'weekly', weekday: 1, time: '09:00', cadences: [{ period: 'month' }, { period: 'half-year' }, { period: 'year' }] },
  };
  const parsed = parseCampaign(input);
  const thanhHoa = parsed.ok ? parsed.campaign : (undefined as unknown as Campaign);

  test('the campaign file declares its three longer cadences', () => {
    expect(parsed.ok).toBe(true);
  });

  test('names the six-month and yearly periods as reports do, each due by its last day', () => {
    expect(campaignPeriods(thanhHoa, 'half-year').map((p) => [p.label, p.from, p.to, p.deadline])).toEqual([
      ['6 tháng đầu năm 2023', '2023-06-02', '2023-06-30', '2023-07-01T00:00'],
      ['6 tháng cuối năm 2023', '2023-07-01', '2023-12-31', '2024-01-01T00:00'],
    ]);
    expect(campaignPeriods(thanhHoa, 'year').map((p) => [p.label, p.deadline])).toEqual([['Năm 2023', '2024-01-01T00:00']]);
    expect(periodOf(thanhHoa, 'month', '2023-12-31')).toMatchObject({ label: 'Tháng 12/2023', previous: { label: 'Tháng 11/2023' } });
  });

  test('refuses a period declared twice', () => {
    expect(parseCampaign({ ...input, reporting: { ...input.reporting, cadences: [{ period: 'month' }, { period: 'month', dueBeforeDay: 5 }] } }).ok).toBe(false);
  });
});

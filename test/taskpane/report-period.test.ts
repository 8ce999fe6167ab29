import { PRESETS } from '../../src/core/campaign/presets';
import { defaultAsOf, reportPeriodView } from '../../src/taskpane/report-period';

const boY = PRESETS['bo-y-2025'];

describe('the week the pane reports (issue 10 §4)', () => {
  test('opened on Monday 27/10/2025 at 08:30 it starts on the week just ended, and offers the current week', () => {
    const now = '2025-10-27T08:30';
    expect(defaultAsOf(boY, now)).toBe('2025-10-26');
    const shown = reportPeriodView(boY, now, '2025-10-26');
    expect(shown).toMatchObject({ period: { index: 3, from: '2025-10-20', to: '2025-10-26', deadline: '2025-10-27T09:00' }, which: 'ended', notice: null });
    expect(shown?.alternative).toMatchObject({ asOf: '2025-10-27', period: { index: 4 } });
  });

  test('after switching, it offers the week just ended back', () => {
    const shown = reportPeriodView(boY, '2025-10-27T08:30', '2025-10-27');
    expect(shown).toMatchObject({ period: { index: 4 }, which: 'today' });
    expect(shown?.alternative).toMatchObject({ asOf: '2025-10-26', period: { index: 3 } });
  });

  test('a date the officer typed is neither choice, and the default is offered', () => {
    const shown = reportPeriodView(boY, '2025-10-27T08:30', '2025-10-15');
    expect(shown).toMatchObject({ period: { index: 2 }, which: null, alternative: { asOf: '2025-10-26' } });
  });

  test('today after the campaign ended carries the notice, and offers the campaign’s last week', () => {
    const shown = reportPeriodView(boY, '2025-11-20T10:00', '2025-11-20');
    expect(shown?.notice?.vi).toContain('sau khi đợt đã kết thúc');
    expect(shown?.alternative).toMatchObject({ asOf: '2025-11-15', period: { index: 6 } });
  });

  test('before the start there is nothing to switch to', () => {
    expect(reportPeriodView(boY, '2025-10-01T10:00', '2025-10-01')).toMatchObject({ alternative: null, notice: { vi: expect.stringContaining('trước khi đợt bắt đầu') } });
  });

  test('says nothing while the date typed is not a date', () => {
    expect(reportPeriodView(boY, '2025-10-27T08:30', '2025-02-30')).toBeNull();
  });
});

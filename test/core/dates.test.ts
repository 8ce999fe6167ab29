import { InvalidDateError, checkTypedDate, checkTypedMoment, dateProblemText, dayNumberOf, isIsoDate, isValidYmd, isoOfDayNumber, momentProblemText, parseIsoDate, parseVnDate, readLocalDateTime, readTypedDate } from '../../src/core/dates';

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('core/dates: one parser for the dates the engine reads', () => {
  test('parses YYYY-MM-DD to local midnight of that day, a leap day included', () => {
    const d = parseIsoDate('2024-02-29');
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]).toEqual([2024, 2, 29, 0]);
  });

  test('refuses a date not on the calendar with a typed error carrying the input, not a rollover to March', () => {
    const e = thrown(() => parseIsoDate('2025-02-30'));
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(e).toBeInstanceOf(RangeError);
    expect(e).toMatchObject({ input: '2025-02-30', expected: 'YYYY-MM-DD', reason: 'calendar' });
  });

  test.each(['10/10/2025', '2025-1-5', '2025-10-10T00:00', ' 2025-10-10', ''])('refuses %p as not of the YYYY-MM-DD shape', (text) => {
    expect(thrown(() => parseIsoDate(text))).toMatchObject({ name: 'InvalidDateError', input: text, reason: 'shape' });
  });

  test('reads a day-first date as Vietnamese write it, with /, . or -', () => {
    for (const text of ['05/01/2026', '5/1/2026', '5.1.2026', '05-01-2026']) {
      const d = parseVnDate(text);
      expect([d.getFullYear(), d.getMonth() + 1, d.getDate()]).toEqual([2026, 1, 5]);
    }
    expect(thrown(() => parseVnDate('31/04/2026'))).toMatchObject({ input: '31/04/2026', expected: 'dd/mm/yyyy', reason: 'calendar' });
    expect(thrown(() => parseVnDate('2026-01-05'))).toMatchObject({ reason: 'shape' });
  });

  test('readTypedDate: either shape to YYYY-MM-DD, null for anything else', () => {
    expect(readTypedDate('05/01/2026')).toBe('2026-01-05');
    expect(readTypedDate('2026-01-05')).toBe('2026-01-05');
    expect(readTypedDate('29/02/2025')).toBeNull();
    expect(readTypedDate('tuần 1')).toBeNull();
  });

  test('readLocalDateTime: the moment of a run, YYYY-MM-DDTHH:mm or with a space, on the calendar and the clock', () => {
    expect(readLocalDateTime('2025-10-27T08:30')).toBe('2025-10-27T08:30');
    expect(readLocalDateTime(' 2026-06-30 14:59 ')).toBe('2026-06-30T14:59');
    expect([readLocalDateTime('2025-02-29T08:30'), readLocalDateTime('2025-10-27T24:00'), readLocalDateTime('2025-10-27T8:30'), readLocalDateTime('27/10/2025 08:30'), readLocalDateTime('2025-10-27')]).toEqual([null, null, null, null, null]);
  });

  test('isIsoDate and isValidYmd agree with the calendar', () => {
    expect([isIsoDate('2024-02-29'), isIsoDate('2025-02-29'), isIsoDate('2025-13-01'), isIsoDate('2025-04-31')]).toEqual([true, false, false, false]);
    expect([isValidYmd(2000, 2, 29), isValidYmd(1900, 2, 29), isValidYmd(2025, 12, 31), isValidYmd(2025, 0, 1), isValidYmd(0, 1, 1)]).toEqual([true, false, true, false, false]);
  });
});

describe('core/dates: day numbers for date arithmetic in loops', () => {
  it('counts days across a month, a leap day and a year end as the calendar does', () => {
    expect(dayNumberOf('2025-11-15') - dayNumberOf('2025-10-27')).toBe(19);
    expect(isoOfDayNumber(dayNumberOf('2024-02-28') + 1)).toBe('2024-02-29');
    expect(isoOfDayNumber(dayNumberOf('2025-10-27') + 133)).toBe('2026-03-09');
    expect(isoOfDayNumber(dayNumberOf('1970-01-01'))).toBe('1970-01-01');
  });
});

describe('core/dates: a date or a moment a person typed, and what is wrong with it (issue 13 §2)', () => {
  const reason = (text: string) => {
    const r = checkTypedDate(text);
    return r.ok ? r.iso : dateProblemText(r.problem).vi;
  };

  test('takes the day first, as officers write it, and YYYY-MM-DD: "07/01/2026" is 7 January, never 1 July', () => {
    expect(['07/01/2026', '7/1/2026', '07.01.2026', '07-01-2026', '2026-01-07', ' 07/01/2026 '].map(reason)).toEqual(Array(6).fill('2026-01-07'));
  });

  test('says which day the month does not have, in Vietnamese and English', () => {
    const r = checkTypedDate('2025-02-31');
    expect(r).toEqual({ ok: false, problem: { kind: 'day', day: 31, month: 2, year: 2025, days: 28 } });
    expect(r.ok ? null : dateProblemText(r.problem)).toEqual({ vi: 'tháng 2/2025 chỉ có 28 ngày.', en: 'February 2025 has only 28 days.' });
    expect([reason('29/02/2024'), reason('29/02/2025'), reason('31/04/2026'), reason('00/10/2025')]).toEqual(['2024-02-29', 'tháng 2/2025 chỉ có 28 ngày.', 'tháng 4/2026 chỉ có 30 ngày.', 'không có ngày 0.']);
  });

  test('offers the day-first reading of a month-first date, and the full year of a two-digit one', () => {
    expect(reason('10/27/2025')).toBe('không có tháng 27; ngày ghi trước, tháng ghi sau: có phải 27/10/2025?');
    expect(reason('10/13/2025')).toBe('không có tháng 13; ngày ghi trước, tháng ghi sau: có phải 13/10/2025?');
    expect(reason('31/13/2025')).toBe('không có tháng 13.');
    // YYYY-MM-DD is never read the other way round.
    expect(reason('2025-13-01')).toBe('không có tháng 13.');
    expect(reason('20/10/25')).toBe('năm cần ghi đủ 4 chữ số: có phải 20/10/2025?');
    expect(reason('31/02/25')).toBe('năm cần ghi đủ 4 chữ số.');
  });

  test('says so when there is nothing, or no date at all', () => {
    expect([reason(''), reason('   '), reason('hôm nay'), reason('27/10'), reason('0000-01-01')]).toEqual([
      'chưa ghi ngày.',
      'chưa ghi ngày.',
      'không đọc được thành ngày.',
      'không đọc được thành ngày.',
      'không đọc được thành ngày.',
    ]);
  });

  test('reads a moment in either shape with its time, "27/10/2025 08:30", "2025-10-27T08:30", "27/10/2025 8h30"', () => {
    const moment = (text: string) => {
      const r = checkTypedMoment(text);
      return r.ok ? r.moment : momentProblemText(r.problem).vi;
    };
    expect(['27/10/2025 08:30', '2025-10-27T08:30', '2025-10-27 08:30', '27/10/2025 8:30', '27/10/2025 8h30', '27/10/2025, 08:30', '27/10/2025 8 giờ 30'].map(moment)).toEqual(Array(7).fill('2025-10-27T08:30'));
    expect(moment('27/10/2025 9h')).toBe('2025-10-27T09:00');
    expect([moment('27/10/2025'), moment('27/10/2025 24:00'), moment('27/10/2025 08:60')]).toEqual(Array(3).fill('cần ghi giờ, từ 00:00 đến 23:59, sau ngày.'));
    expect([moment('2025-02-29T08:30'), moment('')]).toEqual(['tháng 2/2025 chỉ có 28 ngày.', 'chưa ghi ngày.']);
  });
});

/**
 * The pane's as-of date (issue 13 §2): typed dd/mm/yyyy and read day first whatever the browser's language (the
 * browser's own date input showed mm/dd/yyyy: "07/01/2026" was 1 July), with the reason beside the field, and a
 * calendar of its own, Monday first, moved by the keyboard. The typing and the calendar in a browser:
 * test/web/taskpane.browser.test.ts.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { checkTypedDate, type DateProblem } from '../../src/core/dates';
import { WEEKDAY_HEADERS, addMonths, dayAfterKey, monthGrid, monthTitle } from '../../src/taskpane/calendar';
import { DateField } from '../../src/taskpane/components/DateField';
import type { Lang } from '../../src/taskpane/i18n';
import { LanguageProvider } from '../../src/taskpane/language';
import { asOfField } from '../../src/taskpane/report-period';

describe('the as-of field reads what the officer typed', () => {
  test('shows the default date as dd/mm/yyyy before anything is typed', () => {
    expect(asOfField(null, '2025-10-26')).toEqual({ text: '26/10/2025', asOf: '2025-10-26', problem: null });
  });

  test('"07/01/2026" is 7 January 2026, never 1 July, and YYYY-MM-DD is taken too', () => {
    expect(asOfField('07/01/2026', '2025-10-26')).toEqual({ text: '07/01/2026', asOf: '2026-01-07', problem: null });
    expect(asOfField('7/1/2026', '2025-10-26').asOf).toBe('2026-01-07');
    expect(asOfField('2026-01-07', '2025-10-26').asOf).toBe('2026-01-07');
  });

  test('a half-typed or impossible date reads as no date, with its reason, and keeps the text as typed', () => {
    expect(asOfField('27/10/202', '2025-10-26')).toMatchObject({ text: '27/10/202', asOf: '', problem: { kind: 'shape' } });
    expect(asOfField('31/02/2025', '2025-10-26')).toMatchObject({ text: '31/02/2025', asOf: '', problem: { kind: 'day', days: 28 } });
    expect(asOfField('', '2025-10-26')).toMatchObject({ asOf: '', problem: { kind: 'empty' } });
  });
});

function render(text: string, lang: Lang = 'vi'): string {
  const checked = checkTypedDate(text);
  const problem: DateProblem | null = checked.ok ? null : checked.problem;
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider initial={lang}>
        <DateField label="Số liệu tính đến ngày" text={text} value={checked.ok ? checked.iso : ''} problem={problem} onText={() => undefined} onPick={() => undefined} />
      </LanguageProvider>
    </FluentProvider>,
  );
}

describe('the as-of field as the officer sees it', () => {
  test('is a text field with its label visible and tied to it, the shape to type, and a calendar button', () => {
    const html = render('27/10/2025');
    const id = /<input[^>]*id="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<label for="${id}"`);
    expect(html).toMatch(/<input type="text" placeholder="dd\/mm\/yyyy"/);
    expect(html).toContain('value="27/10/2025"');
    expect(html).not.toContain('type="date"');
    expect(html).toContain('Ngày/tháng/năm, vd. 27/10/2025.');
    expect(html).toMatch(/<button type="button" aria-expanded="false" aria-label="Chọn ngày trên lịch"[^>]*>Lịch<\/button>/);
    expect(html).not.toContain('aria-invalid="true"');
  });

  test('says beside the field, in Vietnamese, what is wrong with 31/02/2025, and marks it invalid for screen readers', () => {
    const html = render('31/02/2025');
    expect(html).toContain('aria-invalid="true"');
    const message = /<div id="([^"]+)" role="alert"[^>]*>.*?<\/span>([^<]*)<\/div>/.exec(html);
    expect(message?.[2]).toBe('Ngày chưa đúng: tháng 2/2025 chỉ có 28 ngày.');
    expect(html).toMatch(new RegExp(`aria-describedby="[^"]*${message?.[1]}`));
  });

  test('offers the day-first reading of a month-first date, and says it in English when the pane is in English', () => {
    expect(render('10/27/2025')).toContain('Ngày chưa đúng: không có tháng 27; ngày ghi trước, tháng ghi sau: có phải 27/10/2025?');
    expect(render('10/27/2025', 'en')).toContain('Not a date: there is no month 27; the day comes first, then the month: did you mean 27/10/2025?');
  });
});

describe('the calendar, whatever the browser’s language', () => {
  test('lays October 2025 out from Monday: the 1st is a Wednesday, the 27th a Monday', () => {
    const weeks = monthGrid({ year: 2025, month: 10 });
    expect(weeks[0]).toEqual([null, null, '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05']);
    expect(weeks.find((w) => w.includes('2025-10-27'))?.[0]).toBe('2025-10-27');
    expect(weeks.flat().filter((d) => d !== null)).toHaveLength(31);
    expect(WEEKDAY_HEADERS.vi.map((h) => h.short)).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
  });

  test('has the days of February in a leap year and a month starting on a Monday or a Sunday', () => {
    expect(monthGrid({ year: 2024, month: 2 }).flat().filter((d) => d !== null)).toHaveLength(29);
    expect(monthGrid({ year: 2025, month: 9 })[0][0]).toBe('2025-09-01');
    const june = monthGrid({ year: 2025, month: 6 });
    expect(june[0]).toEqual([null, null, null, null, null, null, '2025-06-01']);
    expect(june).toHaveLength(6);
  });

  test('names the month in the pane’s language', () => {
    expect([monthTitle({ year: 2025, month: 10 }, 'vi'), monthTitle({ year: 2025, month: 10 }, 'en')]).toEqual(['Tháng 10/2025', 'October 2025']);
    expect([addMonths({ year: 2025, month: 12 }, 1), addMonths({ year: 2025, month: 1 }, -1)]).toEqual([{ year: 2026, month: 1 }, { year: 2024, month: 12 }]);
  });

  test('moves with the keys: arrows by a day and a week, Home and End to Monday and Sunday, PageUp and PageDown by a month', () => {
    const from = '2025-10-31'; // a Friday
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].map((k) => dayAfterKey(from, k))).toEqual([
      '2025-10-30', '2025-11-01', '2025-10-24', '2025-11-07', '2025-10-27', '2025-11-02', '2025-09-30', '2025-11-30',
    ]);
    // 31 January to the end of February, and with Shift a year.
    expect([dayAfterKey('2024-01-31', 'PageDown'), dayAfterKey('2024-02-29', 'PageDown', true), dayAfterKey('2025-10-27', 'Tab')]).toEqual(['2024-02-29', '2025-02-28', null]);
  });
});

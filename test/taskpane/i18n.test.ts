import { ISSUE_CODES } from '../../src/core/issues';
import { ADAPTER_ERRORS, ISSUE_TITLES, OFFICE_PROBLEMS, REFUSALS, REPORT_LEFT, STRINGS, fill, formatPercent, translator, type Translation } from '../../src/taskpane/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const ALL: [string, Translation][] = [
  ...Object.entries(STRINGS),
  ...Object.entries(ADAPTER_ERRORS).flatMap(([code, e]) => [[`${code}.title`, e.title], [`${code}.body`, e.body], [`${code}.next`, e.next]] as [string, Translation][]),
  ...Object.entries(REPORT_LEFT).map(([k, t]) => [`report left ${k}`, t] as [string, Translation]),
  ...Object.entries(OFFICE_PROBLEMS).map(([k, t]) => [`office problem ${k}`, t] as [string, Translation]),
  ...Object.entries(REFUSALS).flatMap(([code, r]) => [[`${code}.title`, r.title], [`${code}.body`, r.body], [`${code}.next`, r.next]] as [string, Translation][]),
  ...Object.entries(ISSUE_TITLES).map(([code, t]) => [`issue ${code}`, t] as [string, Translation]),
];

describe('the pane’s dictionary', () => {
  it.each(ALL)('%s has a Vietnamese and an English text, neither empty', (_key, t) => {
    expect(t.vi.trim()).not.toBe('');
    expect(t.en.trim()).not.toBe('');
  });

  it.each(ALL)('%s is in NFC (precomposed Vietnamese letters, as Excel and fonts expect)', (_key, t) => {
    expect(t.vi).toBe(t.vi.normalize('NFC'));
    expect(t.en).toBe(t.en.normalize('NFC'));
  });

  it.each(ALL)('%s has the same {placeholders} in both languages', (_key, t) => {
    expect(placeholders(t.en)).toEqual(placeholders(t.vi));
  });

  it('names every issue code the engine can report', () => {
    expect(Object.keys(ISSUE_TITLES).sort()).toEqual(Object.keys(ISSUE_CODES).sort());
  });

  it('writes Vietnamese with its diacritics, not folded to ASCII', () => {
    const t = translator('vi');
    expect(t('consolidate')).toBe('Tổng hợp');
    expect(t('check')).toBe('Kiểm tra');
    expect(t('templateTitle')).toBe('Tạo mẫu danh sách');
    expect(t('openWorkbook')).toBe('Mở báo cáo thành tệp riêng');
    expect(t('stepReading')).toBe('Đang đọc danh sách…');
  });
});

describe('fill and number formats', () => {
  it('fills placeholders and leaves an unknown one visible', () => {
    expect(fill('Dòng {row} của {sheet}', { row: 5 })).toBe('Dòng 5 của {sheet}');
  });

  it('writes percentages the way each language does', () => {
    expect(formatPercent(95.25, 'vi')).toBe('95,3%');
    expect(formatPercent(95.25, 'en')).toBe('95.3%');
    expect(formatPercent(null, 'vi')).toBe('—');
  });
});

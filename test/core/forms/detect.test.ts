import { detectCountForm, preferCountForm } from '../../../src/core/forms/detect';
import { MEASURE_ALIASES, PERIOD_ALIASES, headerKey, matchMeasureKey, matchPeriodKey } from '../../../src/core/forms/aliases';
import { detectHeader } from '../../../src/core/table/header';
import { foldWords } from '../../../src/core/text/fold';
import type { Grid } from '../../../src/core/grid';
import { FAMILY_HEADER, KCB_HEADER, SERVICE_HEADER, formGrid } from '../../helpers/forms';
import { LIST_HEADER, cccd, listGrid } from '../../helpers/lists';
import { toTcvn3 } from '../text/legacy-encoders';
import { FORM_KINDS, FORM_MEASURES, type FormKind, type Measure } from '../../../src/core/vocabulary';

/** Vietnamese typed three ways: as written (NFC), without diacritics (OCR text, old keyboards), decomposed (NFD, macOS). */
const SPELLINGS: [string, (s: string) => string][] = [
  ['with diacritics', (s) => s],
  ['without diacritics', (s) => foldWords(s).toUpperCase()],
  ['decomposed (NFD)', (s) => s.normalize('NFD')],
];

const headerOnly = (sheet: string, header: readonly string[]): Grid => formGrid(sheet, header, [{}]);

describe('detectCountForm: the three forms from the plans’ headers', () => {
  describe.each(SPELLINGS)('%s', (_, spell) => {
    it('reads the health station’s KCB form with every figure (seed 000 §III.3, seed 001, seed 003)', () => {
      const form = detectCountForm(headerOnly('Sheet1', KCB_HEADER.map(spell)));
      expect(form).toMatchObject({ kind: 'kcb', row: 2, period: { week: 1 } });
      expect(form!.measures).toEqual({
        visits: 2,
        guided: 3,
        integratedLevel2: 4,
        referred: 5,
        newRecords: 6,
        signedSameDay: 7,
        cccdVisits: 8,
        cccdReturned: 9,
        mismatchFound: 10,
        mismatchResolved: 11,
      });
    });

    it('reads the public-service centre’s form with its from–to columns (seed 000 §III.7)', () => {
      const form = detectCountForm(headerOnly('Sheet1', SERVICE_HEADER.map(spell)));
      expect(form).toMatchObject({ kind: 'service', period: { from: 1, to: 2 }, measures: { served: 3, integratedLevel2: 4, referred: 5 } });
    });

    it('reads a school’s family report by class (seed 000 §III.5)', () => {
      const form = detectCountForm(headerOnly('Sheet1', FAMILY_HEADER.map(spell)));
      expect(form).toMatchObject({ kind: 'family', period: { class: 1 }, measures: { householdMembers: 2, integratedMembers: 3 } });
    });
  });

  it('takes the plans’ own long sentences as headers (seed 000 §III.3 and §III.7)', () => {
    const kcb = detectCountForm(
      headerOnly('Trạm Y tế', [
        'TT',
        'Thời gian',
        'Tổng số lượt khám chữa bệnh',
        'Tổng số có tài khoản định danh mức 2 được tích hợp thông tin thẻ BHYT',
        'Tổng số chưa có tài khoản hướng dẫn qua Công an xã để kích hoạt',
      ]),
    );
    expect(kcb).toMatchObject({ kind: 'kcb', period: { period: 1 }, measures: { visits: 2, integratedLevel2: 3, referred: 4 } });
    const service = detectCountForm(
      headerOnly('TT PVHCC', ['STT', 'Ngày', 'Tổng số người dân đến giải quyết thủ tục hành chính', 'Trong đó: đã tích hợp BHYT', 'Chưa có tài khoản, hướng dẫn qua Công an']),
    );
    expect(service).toMatchObject({ kind: 'service', period: { date: 1 }, measures: { served: 2, integratedLevel2: 3, referred: 4 } });
  });

  it('finds the header under title rows and ignores rates, notes and what is still open', () => {
    const grid: Grid = {
      sheet: 'Trạm Y tế',
      values: [
        ['TRẠM Y TẾ XÃ BỜ Y'],
        ['BÁO CÁO KẾT QUẢ TUẦN'],
        [],
        ['STT', 'Tuần', 'Tổng số lượt KCB (lượt)', 'Số lượt được hướng dẫn', 'Tỷ lệ hướng dẫn (%)', 'Số trường hợp sai lệch', 'Sai lệch chưa xử lý', 'Ghi chú'],
      ],
    };
    const form = detectCountForm(grid);
    expect(form).toMatchObject({ kind: 'kcb', row: 3 });
    expect(form!.measures).toEqual({ visits: 2, guided: 3, mismatchFound: 5 });
  });

  it('reads a header typed with a .VnTime font (TCVN3)', () => {
    const form = detectCountForm(headerOnly('Trạm Y tế', ['STT', toTcvn3('Tuần'), toTcvn3('Tổng số lượt KCB'), toTcvn3('Số lượt được hướng dẫn')]));
    expect(form).toMatchObject({ kind: 'kcb', measures: { visits: 2, guided: 3 } });
    expect(form!.headers[2]).toBe('Tổng số lượt KCB');
  });

  it('lets the sheet’s name decide a header two forms share', () => {
    const shared = ['STT', 'Tuần', 'Có TK mức 2 đã tích hợp BHYT', 'Chưa có TK, chuyển Công an'];
    expect(detectCountForm(headerOnly('Trung tâm PVHCC', shared))?.kind).toBe('service');
    expect(detectCountForm(headerOnly('Trạm Y tế', shared))?.kind).toBe('kcb');
  });

  it('needs a period column (or a class for a school) and two figures', () => {
    expect(detectCountForm(headerOnly('Trạm Y tế', ['STT', 'Tổng số lượt KCB', 'Số lượt được hướng dẫn']))).toBeNull();
    expect(detectCountForm(headerOnly('Trạm Y tế', ['STT', 'Tuần', 'Tổng số lượt KCB']))).toBeNull();
    expect(detectCountForm(headerOnly('Trạm Y tế', ['STT', 'Lớp', 'Tổng số lượt KCB', 'Số lượt được hướng dẫn']))).toBeNull();
  });

  it('sees no form in a person list, a notes sheet or a school’s student list', () => {
    expect(detectCountForm(listGrid('Thôn 1', [{ name: 'An', cccd: cccd(1980, true, 1) }]))).toBeNull();
    expect(detectCountForm({ sheet: 'Ghi chú', values: [['Nhận qua Zalo'], ['ngày 20/11']] })).toBeNull();
    const students = ['STT', 'Họ và tên', 'Lớp', 'Ngày sinh', 'Số CCCD', 'Định danh mức 2', 'Tích hợp BHYT vào SSKĐT'];
    expect(detectCountForm(headerOnly('Trường THCS', students))).toBeNull();
  });
});

describe('the aliases', () => {
  const kindsOf = (m: Measure) => FORM_KINDS.filter((k) => FORM_MEASURES[k].includes(m));

  it.each(Object.entries(MEASURE_ALIASES).flatMap(([m, aliases]) => aliases.flatMap((a) => kindsOf(m as Measure).map((k) => [a, k, m] as const))))(
    '"%s" names, on the %s form, %s',
    (alias, kind, measure) => {
      for (const [, spell] of SPELLINGS) expect(matchMeasureKey(kind as FormKind, headerKey(spell(alias)))).toBe(measure);
    },
  );

  it.each(Object.entries(PERIOD_ALIASES).flatMap(([column, aliases]) => aliases.map((a) => [a, column] as const)))('"%s" is a %s column', (alias, column) => {
    for (const [, spell] of SPELLINGS) expect(matchPeriodKey(headerKey(spell(alias)))).toBe(column);
  });

  it('never takes a person list’s own headers for a period', () => {
    for (const h of LIST_HEADER) expect(matchPeriodKey(headerKey(h))).toBeNull();
  });
});

describe('preferCountForm: a header that reads both ways', () => {
  it('is a form when the "list" it also reads as has no name column ("KCB bằng CCCD" looks like a CCCD column)', () => {
    const grid = formGrid('Trạm Y tế', KCB_HEADER, [{ Tuần: 1, 'Tổng số lượt KCB': 10 }]);
    const list = detectHeader(grid);
    expect(list?.columns.fullName).toBeUndefined();
    expect(preferCountForm(grid, detectCountForm(grid)!, list)).toBe(true);
  });

  it('with a name column, lets the cells decide: counts make a form, status words a list', () => {
    const header = ['STT', 'Họ và tên học sinh', 'Lớp', 'Số nhân khẩu trong hộ', 'Số nhân khẩu đã tích hợp'];
    const counts = formGrid('Trường TH', header, [
      { 'Họ và tên học sinh': 'Lò Văn An', Lớp: '5A', 'Số nhân khẩu trong hộ': 5, 'Số nhân khẩu đã tích hợp': 3 },
      { 'Họ và tên học sinh': 'Hà Thị Bình', Lớp: '5A', 'Số nhân khẩu trong hộ': '4', 'Số nhân khẩu đã tích hợp': 4 },
    ]);
    expect(preferCountForm(counts, detectCountForm(counts)!, detectHeader(counts))).toBe(true);
    const words = formGrid('Trường TH', header, [
      { 'Họ và tên học sinh': 'Lò Văn An', Lớp: '5A', 'Số nhân khẩu trong hộ': 'x', 'Số nhân khẩu đã tích hợp': 'Có' },
      { 'Họ và tên học sinh': 'Hà Thị Bình', Lớp: '5A', 'Số nhân khẩu trong hộ': 'x', 'Số nhân khẩu đã tích hợp': '' },
    ]);
    expect(preferCountForm(words, detectCountForm(words)!, detectHeader(words))).toBe(false);
  });
});

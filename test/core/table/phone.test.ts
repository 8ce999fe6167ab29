import { GUARDIAN, NO_SMARTPHONE, noteFacts, readGuardianCell, readNoSmartphoneCell, readSmartphoneCell } from '../../../src/core/table/phone';
import { NO, UNRECOGNIZED, YES } from '../../../src/core/table/cells/status';
import { decodeLegacy, detectLegacy } from '../../../src/core/text/legacy';
import { toTcvn3, toVni } from '../text/legacy-encoders';

const BOTH = NO_SMARTPHONE | GUARDIAN;

/** Strip Vietnamese diacritics the way a list typed without a Vietnamese keyboard reads. */
function withoutDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Every wording the engine reads as "no smartphone", as lists write it. */
const NO_SMARTPHONE_WORDINGS = [
  'Không có ĐTTM',
  'Không có điện thoại',
  'Không có điện thoại thông minh',
  'Không có smartphone',
  'Không có ĐT thông minh',
  'Chưa có ĐTTM',
  'Không sử dụng ĐTTM',
  'Không dùng điện thoại thông minh',
  'K có ĐTTM',
  'Ko có ĐTTM',
  'KHÔNG CÓ ĐTTM',
  'ĐT thường',
  'Điện thoại cục gạch',
  'Người già yếu, không có smartphone',
];

/** Every wording the engine reads as "a guardian holds the account". */
const GUARDIAN_WORDINGS = [
  'Người giám hộ: Nguyễn Văn B',
  'NGH: Lò Thị C',
  'NGH Lò Thị C',
  'Giám hộ',
  'Người giám hộ',
  'Người bảo hộ (con, cháu)',
  'Người thân giữ',
  'Người nhà quản lý',
  'Con cháu giữ',
  'Con giữ TK',
  'TK của con',
  'Tài khoản người thân',
  'Tích hợp vào tài khoản người giám hộ',
];

describe('the smartphone column', () => {
  it.each(NO_SMARTPHONE_WORDINGS)('reads "%s" as a recognised No, the person recorded without a smartphone', (text) => {
    expect(readSmartphoneCell(text, false)).toEqual({ status: NO, facts: NO_SMARTPHONE });
  });

  it.each(GUARDIAN_WORDINGS)('reads "%s" as a recognised No with a guardian holding the account', (text) => {
    expect(readSmartphoneCell(text, false)).toEqual({ status: NO, facts: GUARDIAN });
  });

  it.each([...NO_SMARTPHONE_WORDINGS, ...GUARDIAN_WORDINGS])('reads "%s" typed without diacritics the same', (text) => {
    expect(readSmartphoneCell(withoutDiacritics(text), false)).toEqual(readSmartphoneCell(text, false));
    expect(readSmartphoneCell(withoutDiacritics(text).toLowerCase(), false)).toEqual(readSmartphoneCell(text, false));
  });

  it.each([...NO_SMARTPHONE_WORDINGS, ...GUARDIAN_WORDINGS])('reads "%s" in decomposed (NFD) Unicode the same', (text) => {
    expect(readSmartphoneCell(text.normalize('NFD'), false)).toEqual(readSmartphoneCell(text, false));
  });

  it('reads both facts in one cell', () => {
    expect(readSmartphoneCell('Không có ĐTTM, người giám hộ: Nguyễn Văn B', false)).toEqual({ status: NO, facts: BOTH });
  });

  it('keeps Có/Không, blank, dates and numbers as any status, with no fact', () => {
    expect(readSmartphoneCell('Có', false)).toEqual({ status: YES, facts: 0 });
    expect(readSmartphoneCell('x', false)).toEqual({ status: YES, facts: 0 });
    expect(readSmartphoneCell(1, false)).toEqual({ status: YES, facts: 0 });
    expect(readSmartphoneCell(46000, true)).toEqual({ status: YES, facts: 0 });
    expect(readSmartphoneCell('Không', false)).toEqual({ status: NO, facts: 0 });
    expect(readSmartphoneCell('', false)).toEqual({ status: NO, facts: 0 });
    expect(readSmartphoneCell(null, false)).toEqual({ status: NO, facts: 0 });
    expect(readSmartphoneCell('?', false)).toEqual({ status: UNRECOGNIZED, facts: 0 });
  });

  it('does not take a denial or a near-miss for a fact', () => {
    expect(readSmartphoneCell('Không có người giám hộ', false).facts).toBe(0);
    expect(readSmartphoneCell('Chưa có NGH', false).facts).toBe(0);
    expect(readSmartphoneCell('Còn giữ thẻ', false).facts).toBe(0); // "còn" folds like "con"
    expect(readSmartphoneCell('Dùng điện thoại thông minh thường xuyên', false).facts).toBe(0);
    expect(readSmartphoneCell('Số điện thoại 0912345678', false).facts).toBe(0);
    expect(readSmartphoneCell('Có ĐTTM', false).facts).toBe(0);
  });
});

describe('legacy fonts', () => {
  it('decodes "Kh«ng cã §TTM" (TCVN3) to the wording it reads', () => {
    expect(toTcvn3('Không có ĐTTM')).toBe('Kh«ng cã §TTM');
    expect(detectLegacy('Kh«ng cã §TTM')).toBe('tcvn3');
    expect(readSmartphoneCell(decodeLegacy('Kh«ng cã §TTM', 'tcvn3'), false)).toEqual({ status: NO, facts: NO_SMARTPHONE });
  });

  it.each(['Người giám hộ: Nguyễn Văn B', 'Không có điện thoại', 'Giám hộ'])('decodes "%s" from TCVN3 and VNI', (text) => {
    for (const [encoded, encoding] of [
      [toTcvn3(text), 'tcvn3'],
      [toVni(text), 'vni'],
    ] as const) {
      expect(readSmartphoneCell(encoded, false).facts).toBe(0); // as it stands, nothing
      expect(readSmartphoneCell(decodeLegacy(encoded, encoding), false)).toEqual(readSmartphoneCell(text, false));
    }
  });
});

describe('the note column', () => {
  it.each([...NO_SMARTPHONE_WORDINGS.map((t) => [t, NO_SMARTPHONE] as const), ...GUARDIAN_WORDINGS.map((t) => [t, GUARDIAN] as const)])(
    'reads "%s" as %i',
    (text, facts) => {
      expect(noteFacts(text)).toBe(facts);
    },
  );

  it.each(['Kiểm tra lại giới tính', 'Đã chuyển đến thôn Xốp Dung', 'Chưa làm thẻ Căn cước', 'Sai năm sinh so với CCCD', 'Không có người giám hộ', ''])(
    'finds nothing in "%s"',
    (text) => {
      expect(noteFacts(text)).toBe(0);
    },
  );
});

describe('a "Không có ĐTTM" column', () => {
  it('takes Có, x and the wordings for no smartphone; a guardian wording adds the guardian', () => {
    expect(readNoSmartphoneCell('x', false)).toEqual({ status: YES, facts: NO_SMARTPHONE });
    expect(readNoSmartphoneCell('Có', false)).toEqual({ status: YES, facts: NO_SMARTPHONE });
    expect(readNoSmartphoneCell(1, false)).toEqual({ status: YES, facts: NO_SMARTPHONE });
    expect(readNoSmartphoneCell('Không có ĐTTM', false)).toEqual({ status: YES, facts: NO_SMARTPHONE });
    expect(readNoSmartphoneCell('NGH: Lò Thị C', false)).toEqual({ status: YES, facts: BOTH });
  });

  it('takes Không and blank as nothing and anything else as unrecognised', () => {
    expect(readNoSmartphoneCell('Không', false)).toEqual({ status: NO, facts: 0 });
    expect(readNoSmartphoneCell(null, false)).toEqual({ status: NO, facts: 0 });
    expect(readNoSmartphoneCell('Lúc có lúc không', false).status).toBe(UNRECOGNIZED);
  });
});

describe('a "Người giám hộ" column', () => {
  it.each([['x'], ['Có'], ['Nguyễn Văn B'], ['Con trai'], ['Cháu'], ['0912345678'], [912345678], [1], [true], ['NGH: Lò Thị C']])(
    'reads %p as a guardian',
    (value) => {
      expect(readGuardianCell(value)).toBe(GUARDIAN);
    },
  );

  it.each([['Không'], ['Không rõ'], ['Chưa có'], ['-'], ['?'], [''], [null], [0], [false], ['Không có người giám hộ']])('reads %p as none', (value) => {
    expect(readGuardianCell(value)).toBe(0);
  });

  it('reads a no-smartphone wording there as that alone', () => {
    expect(readGuardianCell('Không có ĐTTM')).toBe(NO_SMARTPHONE);
  });

  // ISSUE 10 §1 reads "Không …" as no; the family name "Khổng" folds the same and is a guardian's name.
  it('reads a guardian named "Khổng Văn Bình" as a guardian, and "Không" still as none', () => {
    expect(readGuardianCell('Khổng Văn Bình')).toBe(GUARDIAN);
    expect(readGuardianCell('KHỔNG THỊ LAN')).toBe(GUARDIAN);
    expect(readGuardianCell('Không')).toBe(0);
  });
});

// ISSUE 10 §1: status words read by their leading word keep the smartphone columns' own meanings.
describe('the smartphone columns under the leading-word rule', () => {
  it('reads "Đã có ĐTTM" as a smartphone and a plain "Không có" as only no smartphone, not as a stated lack', () => {
    expect(readSmartphoneCell('Đã có ĐTTM', false)).toEqual({ status: YES, facts: 0 });
    expect(readSmartphoneCell('Không có', false)).toEqual({ status: NO, facts: 0 });
    expect(readSmartphoneCell('Ko có', false)).toEqual({ status: NO, facts: 0 });
    expect(readSmartphoneCell('Chưa có ĐTTM', false)).toEqual({ status: NO, facts: NO_SMARTPHONE });
  });

  it('reads "Đã …" in a "Không có ĐTTM" column as no smartphone, and "Không có" there as nothing said', () => {
    expect(readNoSmartphoneCell('Đã ghi nhận', false)).toEqual({ status: YES, facts: NO_SMARTPHONE });
    expect(readNoSmartphoneCell('Không có', false)).toEqual({ status: NO, facts: 0 });
  });
});


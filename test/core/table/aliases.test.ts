import { matchHeader, type Field } from '../../../src/core/table/aliases';

/** Every alias family the list spec names, with the field each header must resolve to. */
const FAMILIES: Record<Exclude<Field, 'digitalSignature'>, string[]> = {
  stt: ['STT', 'TT', 'Số TT'],
  fullName: ['Họ và tên', 'Họ tên'],
  birthDate: ['Ngày sinh', 'Năm sinh', 'Ngày tháng năm sinh'],
  sex: ['Giới tính'],
  cccd: ['Số CCCD', 'CCCD', 'Số định danh cá nhân', 'Số căn cước', 'Số CCCD/CMND'],
  bhyt: ['Mã thẻ BHYT', 'Số thẻ BHYT', 'Mã BHYT', 'Mã số BHXH'],
  resident: ['Thường trú'],
  level2: ['Định danh mức 2', 'TK định danh mức 2', 'Tài khoản định danh mức 2', 'ĐDĐT mức 2'],
  activated: ['Đã kích hoạt', 'Kích hoạt'],
  integrated: ['Tích hợp BHYT vào SSKĐT', 'Đã tích hợp BHYT vào SSKĐT', 'Tích hợp BHYT'],
  sskdt: ['SSKĐT', 'Sổ sức khỏe điện tử'],
  smartphone: ['Điện thoại thông minh', 'Có ĐTTM', 'Có điện thoại thông minh'],
  noSmartphone: ['Không có ĐTTM', 'Không có điện thoại thông minh', 'Không có smartphone'],
  guardian: ['Người giám hộ', 'Giám hộ', 'Người bảo hộ', 'Họ và tên người giám hộ'],
  note: ['Ghi chú'],
  village: ['Thôn', 'Thôn/TDP', 'Tổ dân phố', 'Địa chỉ'],
  // Seed 000 §II.2: the day the level-2 dossier was received (ISSUE 10 §5).
  receivedDate: ['Ngày thu nhận hồ sơ', 'Ngày tiếp nhận', 'Ngày tiếp nhận hồ sơ', 'Ngày thu nhận hồ sơ ĐDĐT mức 2'],
  // The household columns of the door-to-door work lists (seed 001 §III.5).
  householdNo: ['Số hộ', 'Mã hộ', 'Số hộ khẩu', 'Mã hộ gia đình'],
  householdHead: ['Chủ hộ', 'Họ tên chủ hộ', 'Họ và tên chủ hộ', 'Tên chủ hộ'],
  relation: ['Quan hệ với chủ hộ', 'QH với chủ hộ', 'Quan hệ', 'Mối quan hệ với chủ hộ'],
};

const cases = Object.entries(FAMILIES).flatMap(([field, headers]) => headers.map((h) => [h, field] as const));

/** Strip Vietnamese diacritics the way a list typed without a Vietnamese keyboard reads ("Ho va ten"). */
function withoutDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

describe('matchHeader: every alias family resolves', () => {
  it.each(cases)('reads "%s" as %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it.each(cases)('reads "%s" in capitals as %s', (header, field) => {
    expect(matchHeader(header.toUpperCase())).toBe(field);
  });

  it.each(cases)('reads "%s" in lower case as %s', (header, field) => {
    expect(matchHeader(header.toLowerCase())).toBe(field);
  });

  it.each(cases)('reads "%s" typed without diacritics as %s', (header, field) => {
    expect(matchHeader(withoutDiacritics(header))).toBe(field);
  });

  it.each(cases)('reads "%s" in decomposed (NFD) Unicode as %s', (header, field) => {
    const nfd = header.normalize('NFD');
    expect(matchHeader(nfd)).toBe(field);
    expect(matchHeader(nfd.toUpperCase())).toBe(field);
  });

  it.each(cases)('reads "%s" with extra, non-breaking and line-break whitespace as %s', (header, field) => {
    const spaced = `  ${header.split(' ').join('\u00A0 \n')}\t `;
    expect(matchHeader(spaced)).toBe(field);
  });
});

describe('matchHeader: brackets and near-misses', () => {
  it('ignores a format hint in brackets: "Ngày sinh (dd/mm/yyyy)" is the birth date', () => {
    expect(matchHeader('Ngày sinh (dd/mm/yyyy)')).toBe('birthDate');
    expect(matchHeader('Ngày sinh [dd/mm/yyyy]')).toBe('birthDate');
  });

  it('ignores a column number in brackets after the header', () => {
    expect(matchHeader('Họ và tên (2)')).toBe('fullName');
  });

  it('reads "Kích hoạt" as activation, never as the level-2 account itself', () => {
    expect(matchHeader('Kích hoạt')).toBe('activated');
    expect(matchHeader('KICH HOAT')).not.toBe('level2');
  });

  it('reads "SSKĐT" as the health book shown, never as BHYT integrated', () => {
    expect(matchHeader('SSKĐT')).toBe('sskdt');
    expect(matchHeader('sskdt')).not.toBe('integrated');
  });

  it('reads "Tích hợp BHYT" as integrated and not as the BHYT card number', () => {
    expect(matchHeader('Tích hợp BHYT')).toBe('integrated');
  });

  it('reads "Mã số BHXH" as the BHYT column (the last 10 characters of the card)', () => {
    expect(matchHeader('Mã số BHXH')).toBe('bhyt');
  });

  it('reads "Không có ĐTTM" as the opposite of the smartphone column, also in longer wordings', () => {
    expect(matchHeader('Không có ĐTTM')).toBe('noSmartphone');
    expect(matchHeader('Người không có điện thoại thông minh')).toBe('noSmartphone');
    expect(matchHeader('Có ĐTTM')).toBe('smartphone');
    expect(matchHeader('Đã có điện thoại thông minh')).toBe('smartphone');
  });

  it('reads a guardian’s name or phone column as the guardian, never as the person’s name', () => {
    expect(matchHeader('Họ và tên người giám hộ')).toBe('guardian');
    expect(matchHeader('Họ tên người giám hộ')).toBe('guardian');
    expect(matchHeader('SĐT người giám hộ')).toBe('guardian');
    expect(matchHeader('Họ và tên')).toBe('fullName');
  });

  it('reads the household head’s name as the household, never as the person’s name', () => {
    expect(matchHeader('Họ và tên chủ hộ')).toBe('householdHead');
    expect(matchHeader('Họ và tên chủ hộ gia đình')).toBe('householdHead');
    expect(matchHeader('Quan hệ với chủ hộ')).toBe('relation');
    expect(matchHeader('Quan hệ với người giám hộ')).toBe('guardian');
  });

  it('leaves a phone-number column alone', () => {
    expect(matchHeader('Số điện thoại')).toBeNull();
    expect(matchHeader('SĐT')).toBeNull();
  });

  it.each(['', '   ', '(1)', 'Danh sách', 'Xã Bờ Y', '12345'])('names no field for "%s"', (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});

/**
 * What kind of list a sheet holds (issue 10 §3), from its name, its title and its columns: a list to count, a task
 * group's roster (seed 000 §III.12), the health station's mismatch list (seed 001 phase 3), a list of people without
 * a level-2 account (seed 000 §III.5), or a list whose kind cannot be decided.
 */
import type { Grid } from '../../../src/core/grid';
import { detectHeader } from '../../../src/core/table/header';
import { listKindOf, nameWithoutSide, sidesInName, sidesInTitle } from '../../../src/core/table/list-kind';
import { matchSideHeader } from '../../../src/core/table/aliases';

const kindOf = (sheet: string | null, header: string[], title = '') => {
  const grid: Grid = { sheet: sheet ?? 'Trang', values: [header, header.map(() => 'x')] };
  const found = detectHeader(grid);
  if (!found) throw new Error(`no header in ${header.join(', ')}`);
  return listKindOf({ sheet, title, header: found });
};

describe('the kind of a list', () => {
  test.each([
    ['Thôn 1 - Tổ công tác', 'roster'],
    ['Thành viên TCT thôn 2', 'roster'],
    ['Tổ lưu động', 'roster'],
    ['TYT - Sai lệch', 'mismatch'],
    ['Không trùng khớp', 'mismatch'],
    ['THCS - Chưa có mức 2', 'noLevel2'],
    ['HS chưa ĐDĐT', 'noLevel2'],
    ['Chưa có TK', 'noLevel2'],
  ])('the sheet name "%s" says %s', (name, kind) => {
    expect(sidesInName(name)).toEqual([kind]);
  });

  test.each(['Thôn 1', 'Tổ 3', 'Tổ dân phố Tổ 1', 'Trạm Y tế', 'Ban Chỉ huy Quân sự', 'Trường THCS Bờ Y'])('the name of a village or unit, "%s", says none', (name) => {
    expect(sidesInName(name)).toEqual([]);
  });

  test.each([
    ['DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC ĐỀ ÁN 06 THÔN 1', ['roster']],
    ['DANH SÁCH CÁC TRƯỜNG HỢP SAI LỆCH THÔNG TIN ĐỊNH DANH', ['mismatch']],
    ['DANH SÁCH HỌC SINH TỪ ĐỦ 14 TUỔI TRỞ LÊN CHƯA CÓ TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2', ['noLevel2']],
    ['Danh sách chưa có TK ĐDĐT mức 2', ['noLevel2']],
    // The issuing group above a village's list, and a list of who has and who has not an account: lists to count.
    ['TỔ CÔNG TÁC ĐỀ ÁN 06 THÔN 1 — DANH SÁCH CÔNG DÂN', []],
    ['Danh sách công dân đã có và chưa có tài khoản định danh mức 2', []],
  ])('the title "%s" says %j', (title, kinds) => {
    expect(sidesInTitle(title)).toEqual(kinds);
  });

  test('a header with a status column is a list to count, whatever side columns it has', () => {
    expect(kindOf('Ban Chỉ huy Quân sự', ['STT', 'Họ và tên', 'Lực lượng', 'Tích hợp BHYT vào SSKĐT'])).toEqual({ kind: 'count' });
  });

  test("a header naming a task group's forces or what does not match says the side list", () => {
    expect(kindOf(null, ['STT', 'Họ và tên', 'Chức vụ', 'Lực lượng', 'Số điện thoại'])).toEqual({ kind: 'roster' });
    expect(kindOf(null, ['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Nội dung sai lệch'])).toEqual({ kind: 'mismatch' });
  });

  test('a population list without statuses (names and CCCD) is a list to count; names only cannot be decided', () => {
    expect(kindOf('Thôn 2', ['STT', 'Họ và tên', 'Số CCCD'])).toEqual({ kind: 'count' });
    expect(kindOf('Danh sách', ['STT', 'Họ và tên', 'Số điện thoại'])).toEqual({ kind: 'undecided', why: { reason: 'namesOnly' } });
  });

  test("a roster's name over a status column, and two kinds at once, cannot be decided", () => {
    expect(kindOf('Thôn 1 - Tổ công tác', ['STT', 'Họ và tên', 'Đã tích hợp BHYT'])).toEqual({
      kind: 'undecided',
      why: { reason: 'sideWithStatus', side: 'roster', column: 'Tích hợp BHYT vào SSKĐT' },
    });
    expect(kindOf('Tổ công tác', ['STT', 'Họ và tên', 'Nội dung sai lệch'])).toEqual({ kind: 'undecided', why: { reason: 'twoKinds', sides: ['roster', 'mismatch'] } });
  });

  test('a list of people without a level-2 account stays one though it carries a status column', () => {
    expect(kindOf('Chưa có mức 2', ['STT', 'Họ và tên', 'Định danh mức 2'])).toEqual({ kind: 'noLevel2' });
  });
});

describe('the side columns of a header', () => {
  test.each([
    ['Chức vụ', 'position'],
    ['Lực lượng tham gia', 'force'],
    ['Thôn phụ trách', 'assignedVillage'],
    ['SĐT', 'phone'],
    ['Số điện thoại liên hệ', 'phone'],
    ['Lớp', 'schoolClass'],
    ['Thông tin không trùng khớp', 'mismatch'],
    ['Nội dung sai lệch (họ tên, ngày sinh, CCCD)', 'mismatch'],
    ['Ngày phát hiện', 'foundOn'],
  ])('"%s" is %s', (text, column) => {
    expect(matchSideHeader(text)).toBe(column);
  });

  test('a roster header with only a name among the person fields is a header', () => {
    const grid: Grid = { sheet: 'Tổ công tác', values: [['Họ và tên', 'Chức vụ', 'Lực lượng'], ['An', 'Tổ trưởng', 'Công an viên']] };
    expect(detectHeader(grid)).toMatchObject({ row: 0, columns: { fullName: 0 }, fieldCount: 1, side: { position: 1, force: 2 } });
  });
});

describe("a side sheet's name without its side words", () => {
  test.each([
    ['Thôn 1 - Tổ công tác', 'Thôn 1'],
    ['TYT - Sai lệch', 'TYT'],
    ['THCS - Chưa có mức 2', 'THCS'],
    ['Thành viên TCT thôn 2', 'thôn 2'],
    ['DS Tổ CT Thôn Nà Lạn', 'Thôn Nà Lạn'],
    ['Trạm Y tế (sai lệch)', 'Trạm Y tế'],
    ['Tổ công tác', ''],
  ])('"%s" → "%s"', (name, rest) => {
    expect(nameWithoutSide(name)).toBe(rest);
  });
});

/**
 * Issue 10 §3: side lists are read for what they are, never counted as people. Each workbook is made to the
 * plans' own numbers: seed 000 (Bờ Y) §II.3 ≥ 80% BHYT in SSKĐT, §III.5 the schools' lists of students aged 14+
 * without a level-2 account (due 15/10/2025), §III.12 the villages' task groups; seed 001 (Thượng Ninh) phase 1
 * task groups, phase 3 the health station's list of records the national database did not match, Chỉ tiêu 4.
 */
import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../../src/core/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { ReportModel } from '../../../src/core/report/model';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { surveySheets } from '../../../src/core/pipeline/survey-sheets';
import { KCB_HEADER, formGrid } from '../../helpers/forms';
import { bhytCard, campaignWith, cccd, listGrid, type PersonRow } from '../../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];
const THUONG_NINH = PRESETS['thuong-ninh-2026'];
const asGrid = (spec: SheetSpec): Grid => ({ sheet: spec.name, values: spec.rows.map((row) => row.map((c) => (c ? c.v : null))) });

/** n residents with a level-2 account, the first `integrated` of them with BHYT in SSKĐT. */
function residents(n: number, integrated: number, serial: number, year = 1980): PersonRow[] {
  return Array.from({ length: n }, (_, i) => ({ name: `Người ${serial + i}`, birth: `01/01/${year}`, cccd: cccd(year, true, serial + i), bhyt: bhytCard(serial + i), resident: 'x', level2: 'x', activated: 'x', integrated: i < integrated ? 'x' : '' }));
}

/** Seed 000 §III.12: the village's task group, led by the village head, two of each force. */
const ROSTER_ROWS: CellValue[][] = [
  ['DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC ĐỀ ÁN 06 THÔN 1'],
  ['STT', 'Họ và tên', 'Chức vụ', 'Lực lượng', 'Số điện thoại'],
  [1, 'Trần Văn Tổ', 'Trưởng thôn', 'Tổ trưởng', '0912000001'],
  [2, 'Lê Văn An', 'Công an viên', 'Lực lượng ANTT cơ sở', '0912000002'],
  [3, 'Phạm Thị Số', 'Thành viên', 'Tổ công nghệ số cộng đồng', '0912000003'],
  [4, 'Hoàng Văn Đoàn', 'Bí thư chi đoàn', 'Đoàn thanh niên', '0912000004'],
  [5, 'Vũ Thị Hội', 'Chi hội trưởng', 'Hội phụ nữ', '0912000005'],
];
const roster = (sheet = 'Thôn 1 - Tổ công tác', rows = ROSTER_ROWS): Grid => ({ sheet, values: rows.map((r) => [...r]) });

/** Seed 000 §III.5: five students aged 14+ without a level-2 account, in three classes. */
const STUDENTS: CellValue[][] = [
  ['DANH SÁCH HỌC SINH TỪ ĐỦ 14 TUỔI TRỞ LÊN CHƯA CÓ TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ MỨC ĐỘ 2'],
  ['STT', 'Họ và tên', 'Ngày sinh', 'Lớp', 'Số CCCD'],
  ...['9A', '9A', '9A', '9B', '8A'].map((c, i) => [i + 1, `Học sinh ${i + 1}`, `0${i + 1}/03/2011`, c, cccd(2011, i % 2 === 0, 500 + i)]),
];

const AS_OF = '2025-10-20';
const bhytInSskdt = (m: ReportModel) => m.totals.village.indicators.bhyt_in_sskdt;
const staff = (m: ReportModel, name: string) => m.entities.find((e) => e.name === name)?.indicators.unit_staff_integrated;

describe("a task group's roster (seed 000 §III.12, seed 001 phase 1)", () => {
  const village = listGrid('Thôn 1', residents(20, 16, 100));
  const campaign = { ...BO_Y, entities: [{ sheet: 'Thôn 1' }, { sheet: 'Thôn 2' }] };
  const model = ReportModel.parse(consolidate({ grids: [village, roster()], campaign, asOf: AS_OF }));

  test('16/20 = 80% stays 80% (met) with the roster sheet present: it was 16/25 = 64%, not met', () => {
    expect(bhytInSskdt(model)).toMatchObject({ numerator: 16, denominator: 20, percent: 80, met: true });
    expect(model.entities.map((e) => e.name)).toEqual(['Thôn 1']);
  });

  test('is kept as a roster: the sheet is listed as one, with its members, and one note says why it is not counted', () => {
    expect(model.sheets).toContainEqual({ sheet: 'Thôn 1 - Tổ công tác', role: 'roster', records: 5 });
    expect(model.sideLists).toEqual([expect.objectContaining({ sheet: 'Thôn 1 - Tổ công tác', kind: 'roster', owner: 'Thôn 1', rows: 5, headerRow: 2 })]);
    const notes = model.issues.filter((i) => i.sheet === 'Thôn 1 - Tổ công tác');
    expect(notes.map((i) => i.code)).toEqual(['SIDE_LIST']);
    expect(notes[0].message).toContain('không tính vào chỉ tiêu');
    expect(model.mismatches).toEqual([]);
  });

  test('its members are shown per village in the annex; a village of the campaign that sent none says so', () => {
    expect(model.annex.rosters).toEqual([
      {
        village: 'Thôn 1',
        sheets: ['Thôn 1 - Tổ công tác'],
        members: [
          { name: 'Trần Văn Tổ', position: 'Trưởng thôn', force: 'Tổ trưởng', phone: '0912000001' },
          { name: 'Lê Văn An', position: 'Công an viên', force: 'Lực lượng ANTT cơ sở', phone: '0912000002' },
          { name: 'Phạm Thị Số', position: 'Thành viên', force: 'Tổ công nghệ số cộng đồng', phone: '0912000003' },
          { name: 'Hoàng Văn Đoàn', position: 'Bí thư chi đoàn', force: 'Đoàn thanh niên', phone: '0912000004' },
          { name: 'Vũ Thị Hội', position: 'Chi hội trưởng', force: 'Hội phụ nữ', phone: '0912000005' },
        ],
      },
      { village: 'Thôn 2', sheets: [], members: [] },
    ]);
  });

  test("a roster whose header names only the members' positions and phones is one by its sheet's name", () => {
    const bare = roster('Tổ công tác thôn 1', [['STT', 'Họ và tên', 'Chức vụ', 'Số điện thoại'], [1, 'Trần Văn Tổ', 'Tổ trưởng', '0912000001']]);
    const m = consolidate({ grids: [village, bare], campaign, asOf: AS_OF });
    expect(m.sideLists).toEqual([expect.objectContaining({ kind: 'roster', owner: 'Thôn 1', rows: 1 })]);
    expect(bhytInSskdt(m)).toMatchObject({ numerator: 16, denominator: 20 });
  });

  test('one roster for the commune, with the village each member serves, gives each village its members', () => {
    const commune = roster('Tổ công tác', [
      ['STT', 'Họ và tên', 'Lực lượng', 'Thôn phụ trách'],
      [1, 'Trần Văn Tổ', 'Công an viên', 'Thôn 1'],
      [2, 'Lê Thị Hai', 'Đoàn thanh niên', 'Thôn 2'],
      [3, 'Vũ Văn Ba', 'Dân quân thường trực', 'thôn 02'],
    ]);
    const m = consolidate({ grids: [village, commune], campaign, asOf: AS_OF });
    expect(m.annex.rosters.map((r) => [r.village, r.members.map((x) => x.name)])).toEqual([
      ['Thôn 1', ['Trần Văn Tổ']],
      ['Thôn 2', ['Lê Thị Hai', 'Vũ Văn Ba']],
    ]);
  });

  test('a village list headed by its task group ("TỔ CÔNG TÁC ĐỀ ÁN 06 THÔN 1" above the title) is still counted', () => {
    const headed = listGrid('Thôn 1', residents(20, 16, 100), { above: [['TỔ CÔNG TÁC ĐỀ ÁN 06 THÔN 1'], ['DANH SÁCH CÔNG DÂN THÔN 1']] });
    expect(bhytInSskdt(consolidate({ grids: [headed], campaign, asOf: AS_OF }))).toMatchObject({ numerator: 16, denominator: 20 });
  });

  test("a unit's staff list with a Lực lượng column (the militia, seed 000 §III.11) is counted as the unit's staff", () => {
    const header = ['STT', 'Họ và tên', 'Lực lượng', 'Số CCCD', 'Tích hợp BHYT vào SSKĐT'];
    const militia: Grid = { sheet: 'Ban Chỉ huy Quân sự', values: [header, [1, 'Đinh Văn Quân', 'Dân quân thường trực', cccd(1995, true, 1), 'x'], [2, 'Mai Văn Dân', 'Dân quân cơ động', cccd(1996, true, 2), '']] };
    expect(staff(consolidate({ grids: [militia], campaign: BO_Y, asOf: AS_OF }), 'Ban Chỉ huy Quân sự')).toMatchObject({ numerator: 1, denominator: 2 });
  });
});

describe('a list of students aged 14+ still without a level-2 account (seed 000 §III.5, due 15/10/2025)', () => {
  const school = listGrid('Trường THCS Bờ Y', residents(10, 10, 300, 1985), { above: [['DANH SÁCH CÁN BỘ, GIÁO VIÊN TRƯỜNG THCS BỜ Y']] });

  test('on a sheet of its own: not added to the staff (10/10 = 100% stays, it was 10/15 = 66.7%), reported by class', () => {
    const m = ReportModel.parse(consolidate({ grids: [school, { sheet: 'THCS - Chưa có mức 2', values: STUDENTS }], campaign: BO_Y, asOf: AS_OF }));
    expect(staff(m, 'Trường THCS Bờ Y')).toMatchObject({ numerator: 10, denominator: 10, percent: 100, met: true });
    expect(m.totals.unit.indicators.unit_staff_integrated).toMatchObject({ numerator: 10, denominator: 10 });
    expect(m.entities.map((e) => e.name)).toEqual(['Trường THCS Bờ Y']);
    expect(m.sheets).toContainEqual({ sheet: 'THCS - Chưa có mức 2', role: 'noLevel2', records: 5 });
    expect(m.annex.withoutLevel2).toEqual([
      {
        owner: 'Trường THCS Bờ Y',
        sheets: ['THCS - Chưa có mức 2'],
        people: 5,
        byClass: [
          { class: '8A', people: 1 },
          { class: '9A', people: 3 },
          { class: '9B', people: 1 },
        ],
      },
    ]);
  });

  test('stacked under the staff on the school\'s sheet: the staff stay 10, the students are the list by class', () => {
    const stacked: Grid = { sheet: school.sheet, values: [...school.values, [], ...STUDENTS] };
    const m = ReportModel.parse(consolidate({ grids: [stacked], campaign: BO_Y, asOf: AS_OF }));
    expect(m.entities.map((e) => [e.name, e.records])).toEqual([['Trường THCS Bờ Y', 10]]);
    expect(staff(m, 'Trường THCS Bờ Y')).toMatchObject({ numerator: 10, denominator: 10, met: true });
    expect(m.sideLists).toEqual([expect.objectContaining({ sheet: 'Trường THCS Bờ Y', kind: 'noLevel2', owner: 'Trường THCS Bờ Y', rows: 5, headerRow: 15 })]);
    expect(m.annex.withoutLevel2[0]).toMatchObject({ people: 5 });
    const note = m.issues.find((i) => i.code === 'SIDE_LIST');
    expect(note).toMatchObject({ row: 14 });
    expect(note?.person).toBeUndefined();
    expect(m.issues.map((i) => i.code)).not.toContain('COLUMN_MISSING');
    expect(m.mismatches).toEqual([]);
  });
});

describe("the health station's list of records the national database did not match (seed 001 phase 3, Chỉ tiêu 4)", () => {
  const village = listGrid('Thôn 1', residents(10, 10, 700));
  const MISMATCH_HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Thông tin không trùng khớp', 'Ngày phát hiện'];
  const cases: CellValue[][] = [
    [1, 'Nguyễn Thị Mai', '12/03/1960', cccd(1960, false, 801), bhytCard(801), 'Sai ngày sinh', '25/06/2026'],
    [2, 'Lò Văn Pấng', '05/07/1955', cccd(1955, true, 802), bhytCard(802), 'Sai họ tên', '25/06/2026'],
    [3, 'Hà Thị Lan', '20/11/1972', cccd(1972, false, 803), bhytCard(803), 'Không tìm thấy công dân', ''],
  ];
  const stationList: Grid = { sheet: 'TYT - Sai lệch', values: [['DANH SÁCH CÁC TRƯỜNG HỢP SAI LỆCH THÔNG TIN ĐỊNH DANH'], ['(Trạm Y tế xã gửi Công an xã ngày 26/6/2026)'], MISMATCH_HEADER, ...cases] };
  // The station's own tally on its weekly form: 3 found in week 1, 1 resolved.
  const form = formGrid('Trạm Y tế', KCB_HEADER, [{ Tuần: 1, 'Tổng số lượt KCB': 40, 'Số trường hợp sai lệch': 3, 'Đã xử lý sai lệch': 1 }]);
  const run = (madeAt: string, earlier: Grid[] = [], grids = [village, stationList, form]) =>
    ReportModel.parse(consolidate({ grids, campaign: THUONG_NINH, asOf: madeAt.slice(0, 10), madeAt, earlier }));
  const first = run('2026-06-26T15:00');

  test('is not a unit: no entity with 0/0, the sheet is the mismatch list', () => {
    expect(first.entities.map((e) => e.name)).toEqual(['Thôn 1', 'Trạm Y tế']);
    expect(first.sheets).toContainEqual({ sheet: 'TYT - Sai lệch', role: 'mismatch', records: 3 });
  });

  test("its people go onto the police's working list, found on the date the station's list gives", () => {
    expect(first.mismatches.map((m) => [m.name, m.cccd, m.bhyt, m.entities, m.places, m.foundAt, m.status])).toEqual([
      ['Nguyễn Thị Mai', cccd(1960, false, 801), bhytCard(801), ['Trạm Y tế'], ['TYT - Sai lệch!F4'], '2026-06-25', 'open'],
      ['Lò Văn Pấng', cccd(1955, true, 802), bhytCard(802), ['Trạm Y tế'], ['TYT - Sai lệch!F5'], '2026-06-25', 'open'],
      ['Hà Thị Lan', cccd(1972, false, 803), bhytCard(803), ['Trạm Y tế'], ['TYT - Sai lệch!F6'], '2026-06-26', 'open'],
    ]);
    expect(first.mismatches[0].problems).toEqual(['Trạm Y tế báo sai lệch: Sai ngày sinh (ngày 25/06/2026). Công an xã kiểm tra, cập nhật, làm sạch dữ liệu dân cư trong 24 giờ.']);
    expect(first.sideLists).toEqual([expect.objectContaining({ kind: 'mismatch', owner: 'Trạm Y tế', rows: 3, listedOn: '2026-06-26' })]);
  });

  test("Chỉ tiêu 4 counts the station's cases (0/3, it was 0/0), and once the police resolve one it agrees with the station's form (1 of 3)", () => {
    expect(first.entities.find((e) => e.name === 'Trạm Y tế')?.indicators.identity_mismatch_resolved).toMatchObject({ numerator: 0, denominator: 3, met: false });
    const worked = asGrid(layoutReport(first).find((s) => s.name === 'Lỗi dữ liệu')!);
    const status = worked.values.find((r) => r.includes('Trạng thái'))!.indexOf('Trạng thái');
    worked.values.find((r) => r[1] === 'Nguyễn Thị Mai')![status] = 'Đã xử lý';
    const second = run('2026-06-29T09:00', [worked]);
    const form = second.forms[0].rows[0].measures;
    expect([form.mismatchResolved, form.mismatchFound]).toEqual([1, 3]);
    expect(second.totals.unit.indicators.identity_mismatch_resolved).toMatchObject({ numerator: 1, denominator: 3 });
  });

  test('a case the station dated 25/06 is overdue only once the 24 hours after that day have surely passed', () => {
    const overdue = (m: ReportModel) => m.mismatches.map((x) => x.overdue);
    expect(overdue(run('2026-06-26T23:00'))).toEqual([false, false, false]);
    expect(overdue(run('2026-06-27T08:00'))).toEqual([true, true, false]);
  });

  test("without a form the cases still count in the units' total, for the station the list belongs to, on a row of its own", () => {
    const m = run('2026-06-26T15:00', [], [village, stationList]);
    expect(m.entities.map((e) => e.name)).toEqual(['Thôn 1', 'TYT']);
    expect(m.mismatches.map((x) => x.entities)).toEqual([['TYT'], ['TYT'], ['TYT']]);
    expect(m.totals.unit.indicators.identity_mismatch_resolved).toMatchObject({ numerator: 0, denominator: 3 });
  });

  test('a person our own checks also flag is one row, counted for the station that listed them', () => {
    const wrongYear = listGrid('Thôn 1', [{ name: 'Nguyễn Thị Mai', birth: '12/03/1961', cccd: cccd(1960, false, 801), bhyt: bhytCard(801), resident: 'x' }]);
    const m = run('2026-06-26T15:00', [], [wrongYear, stationList, form]);
    const mai = m.mismatches.filter((x) => x.name === 'Nguyễn Thị Mai');
    expect(mai).toHaveLength(1);
    expect(mai[0].entities).toEqual(['Trạm Y tế', 'Thôn 1']);
    expect(mai[0].problems).toHaveLength(2);
  });
});

describe('a sheet whose kind cannot be decided is not counted and gets one issue that says what to do', () => {
  const village = listGrid('Thôn 1', residents(20, 16, 100));

  test('names only: not a village with 0%, one warning naming the sheet, Vietnamese first, English second', () => {
    const names: Grid = { sheet: 'Danh sách 2', values: [['STT', 'Họ và tên', 'Chức vụ', 'Số điện thoại'], [1, 'Trần Văn Tổ', 'Tổ trưởng', '0912000001']] };
    const m = consolidate({ grids: [village, names], campaign: BO_Y, asOf: AS_OF });
    expect(bhytInSskdt(m)).toMatchObject({ numerator: 16, denominator: 20 });
    expect(m.entities.map((e) => e.name)).toEqual(['Thôn 1']);
    expect(m.sheets).toContainEqual({ sheet: 'Danh sách 2', role: 'undecided', records: 0 });
    const found = m.issues.filter((i) => i.sheet === 'Danh sách 2');
    expect(found.map((i) => [i.code, i.severity, i.row])).toEqual([['SHEET_KIND_UNDECIDED', 'warning', null]]);
    expect(found[0].message).toMatch(/^Không xác định được trang "Danh sách 2" là danh sách gì nên trang chưa được tính\..*thêm các cột đó.*"Thôn 1 - Tổ công tác"/);
    expect(found[0].messageEn).toMatch(/^Cannot tell what sheet "Danh sách 2" lists, so it is not counted\..*rename the sheet "Thôn 1 - Tổ công tác"/);
  });

  test("a roster's name with a column the indicators count: says which column to delete or what to rename", () => {
    const mixed = listGrid('Thôn 1 - Tổ công tác', residents(5, 0, 900));
    const m = consolidate({ grids: [village, mixed], campaign: BO_Y, asOf: AS_OF });
    expect(bhytInSskdt(m)).toMatchObject({ numerator: 16, denominator: 20 });
    const issue = m.issues.find((i) => i.code === 'SHEET_KIND_UNDECIDED');
    expect(issue?.message).toContain('xóa cột "Định danh mức 2"');
    expect(issue?.message).toContain('đổi tên trang theo thôn, đơn vị (ví dụ "Thôn 1")');
  });

  test('a name and a title that say two different lists', () => {
    const both: Grid = { sheet: 'Tổ công tác', values: [['DANH SÁCH CÁC TRƯỜNG HỢP SAI LỆCH THÔNG TIN'], ['STT', 'Họ và tên', 'Số CCCD'], [1, 'Trần Văn Tổ', cccd(1980, true, 1)]] };
    const issue = consolidate({ grids: [both], campaign: BO_Y, asOf: AS_OF }).issues.find((i) => i.code === 'SHEET_KIND_UNDECIDED');
    expect(issue?.message).toContain('vừa giống danh sách thành viên Tổ công tác, vừa giống danh sách sai lệch thông tin của Trạm Y tế');
  });

  test('the campaign naming the sheet as a village is the answer: it is counted', () => {
    const names = listGrid('Xóm Mới', [{ name: 'An' }, { name: 'Bình' }], { header: ['STT', 'Họ và tên'] });
    const campaign = campaignWith({ entities: [{ sheet: 'Xóm Mới', kind: 'village' }] });
    const m = consolidate({ grids: [names], campaign, asOf: AS_OF });
    expect(m.entities.map((e) => [e.name, e.records])).toEqual([['Xóm Mới', 2]]);
    expect(m.issues.map((i) => i.code)).not.toContain('SHEET_KIND_UNDECIDED');
  });
});

describe('the sheet survey of the task pane says the same', () => {
  test('each side list by its kind, with its rows; an undecided list as such', () => {
    const village = listGrid('Thôn 1', residents(3, 1, 100));
    const names: Grid = { sheet: 'Danh sách 2', values: [['STT', 'Họ và tên'], [1, 'An']] };
    const grids = [village, roster(), { sheet: 'THCS - Chưa có mức 2', values: STUDENTS }, names];
    expect(surveySheets(grids, BO_Y).map((s) => [s.sheet, s.holds, s.persons])).toEqual([
      ['Thôn 1', 'list', 3],
      ['Thôn 1 - Tổ công tác', 'roster', 5],
      ['THCS - Chưa có mức 2', 'noLevel2', 5],
      ['Danh sách 2', 'undecided', 0],
    ]);
  });
});

describe('the annex', () => {
  const village = listGrid('Thôn 1', residents(20, 16, 100));
  const school = listGrid('Trường THCS Bờ Y', residents(10, 10, 300, 1985));
  const model = consolidate({ grids: [village, school, roster(), { sheet: 'THCS - Chưa có mức 2', values: STUDENTS }], campaign: BO_Y, asOf: AS_OF });
  const annex = layoutReport(model).find((s) => s.name === 'Phụ lục báo cáo');
  const text = (annex?.rows ?? []).map((row) => row.map((c) => (c?.v ?? '')).join('|'));

  test('comes after the weekly report with the members per village and the students by class', () => {
    expect(layoutReport(model).map((s) => s.name).slice(0, 3)).toEqual(['Báo cáo tuần', 'Phụ lục báo cáo', 'Tổng hợp']);
    expect(text).toContain('STT|Họ và tên|Chức vụ|Lực lượng|Số điện thoại');
    expect(text.some((t) => t.startsWith('Thôn 1 (5 người)'))).toBe(true);
    expect(text).toContain('2|Lê Văn An|Công an viên|Lực lượng ANTT cơ sở|0912000002');
    expect(text).toContain('1|Trường THCS Bờ Y|8A|1|');
    expect(text).toContain('||9A|3|');
    expect(text).toContain('||Cộng|5|');
  });

  test('is ours when read back, not a roster', () => {
    const again = consolidate({ grids: [village, asGrid(annex!)], campaign: BO_Y, asOf: AS_OF });
    expect(again.sheets.map((s) => s.sheet)).toEqual(['Thôn 1']);
  });

  test('is not written when the workbook holds no side list', () => {
    expect(layoutReport(consolidate({ grids: [village], campaign: BO_Y, asOf: AS_OF })).map((s) => s.name)).not.toContain('Phụ lục báo cáo');
  });

  const weeklyLines = (m: ReportModel) => (layoutReport(m).find((s) => s.name === 'Báo cáo tuần')?.rows ?? []).map((row) => row[0]?.v).filter((v): v is string => typeof v === 'string');

  test('the signed weekly report says, in one line, that the annex is attached and what it holds (it did not mention it)', () => {
    const campaign = { ...BO_Y, entities: [{ sheet: 'Thôn 1' }, { sheet: 'Thôn 2' }, { sheet: 'Trường THCS Bờ Y' }] };
    const m = ReportModel.parse(consolidate({ grids: [village, school, roster(), { sheet: 'THCS - Chưa có mức 2', values: STUDENTS }], campaign, asOf: AS_OF }));
    const lines = weeklyLines(m).filter((t) => t.includes('Phụ lục báo cáo'));
    expect(lines).toEqual([
      '- Kèm theo báo cáo là phụ lục ở trang "Phụ lục báo cáo" (không tính vào các chỉ tiêu): thành viên Tổ công tác của 1 thôn, tổ dân phố (5 người), chưa gửi: Thôn 2; 5 người chưa có tài khoản định danh điện tử mức 2 theo lớp của Trường THCS Bờ Y.',
    ]);
  });

  test("the health station's mismatch list is named in that line with its cases", () => {
    const cases: CellValue[][] = [[1, 'Nguyễn Thị Mai', '12/03/1960', cccd(1960, false, 801), bhytCard(801), 'Sai ngày sinh']];
    const list: Grid = { sheet: 'TYT - Sai lệch', values: [['DANH SÁCH CÁC TRƯỜNG HỢP SAI LỆCH THÔNG TIN ĐỊNH DANH'], ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã thẻ BHYT', 'Thông tin không trùng khớp'], ...cases] };
    const m = consolidate({ grids: [village, list], campaign: THUONG_NINH, asOf: '2026-06-26' });
    expect(weeklyLines(m).find((t) => t.startsWith('- Kèm theo báo cáo'))).toContain('1 trường hợp sai lệch thông tin định danh do TYT chuyển (từng trường hợp ở trang "Lỗi dữ liệu")');
  });

  test('no side list, no such line', () => {
    expect(weeklyLines(consolidate({ grids: [village], campaign: BO_Y, asOf: AS_OF })).filter((t) => t.includes('Phụ lục'))).toEqual([]);
  });
});

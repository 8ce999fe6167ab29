import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../../src/core/grid';
import { parseCount } from '../../../src/core/forms/count-cell';
import { ReportModel } from '../../../src/core/report/model';
import { FAMILY_HEADER, KCB_HEADER, SERVICE_HEADER, columnOf, formGrid, formRow } from '../../helpers/forms';

// Bờ Y, as of Friday 24/10/2025: week 3 (20–26/10) of six.
const BO_Y = PRESETS['bo-y-2025'];
const AS_OF = '2025-10-24';
const run = (grids: Grid[], campaign = BO_Y) => ReportModel.parse(consolidate({ grids, campaign, asOf: AS_OF }));
const at = (model: ReportModel, code: string) => model.issues.filter((i) => i.code === code).map((i) => `${i.sheet}!${i.column}${i.row}`);

/** A full, consistent week of the health station; `change` overrides cells. */
function kcbRow(week: CellValue, change: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    Tuần: week,
    'Tổng số lượt KCB': 100,
    'Số lượt được hướng dẫn': 90,
    'Có TK mức 2 đã tích hợp BHYT': 60,
    'Chưa có TK, chuyển Công an': 20,
    'Hồ sơ KCB mới': 80,
    'Ký số, gửi trong ngày': 78,
    'KCB bằng CCCD': 50,
    'Trả thông tin thẻ BHYT': 40,
    'Số trường hợp sai lệch': 4,
    'Đã xử lý sai lệch': 3,
    ...change,
  };
}
const col = (text: string) => columnOf(KCB_HEADER, text);

describe('parseCount: a count cell', () => {
  it.each([
    [125, 125],
    ['125', 125],
    [' 1.250 ', 1250],
    ['1,250', 1250],
    ['', 0],
    [null, 0],
    ['-', 0],
    [12.000000000001, 12],
  ] as const)('%j is %d', (cell, value) => {
    expect(parseCount(cell)).toEqual({ ok: true, value });
  });

  it.each([
    [-3, 'negative'],
    ['-3', 'negative'],
    [12.5, 'fraction'],
    ['12,5', 'fraction'],
    ['nhiều', 'text'],
    ['12 lượt', 'text'],
    [true, 'text'],
  ] as const)('%j is refused as %s', (cell, reason) => {
    expect(parseCount(cell)).toEqual({ ok: false, reason });
  });
});

describe('count forms: every finding at its cell', () => {
  it('COUNT_INVALID: a negative, fractional or non-numeric count, at its cell, as an error', () => {
    const grid = formGrid('Trạm Y tế', KCB_HEADER, [
      kcbRow(1, { 'Số lượt được hướng dẫn': -5 }),
      kcbRow(2, { 'Hồ sơ KCB mới': '12,5' }),
      kcbRow(3, { 'KCB bằng CCCD': 'chưa thống kê' }),
    ]);
    const model = run([grid]);
    expect(at(model, 'COUNT_INVALID')).toEqual([
      `Trạm Y tế!${col('Số lượt được hướng dẫn')}${formRow(0)}`,
      `Trạm Y tế!${col('Hồ sơ KCB mới')}${formRow(1)}`,
      `Trạm Y tế!${col('KCB bằng CCCD')}${formRow(2)}`,
    ]);
    const [negative, fraction, text] = model.issues;
    expect(negative).toMatchObject({ severity: 'error' });
    expect(negative.message).toContain('"Số lượt được hướng dẫn" ghi "-5": số âm');
    expect(fraction.message).toContain('số lẻ thập phân');
    expect(text.message).toContain('không phải là số');
    expect(text.messageEn).toContain('not a number');
    // None of the three rows is counted, so week 3 has no figures.
    expect(model.forms[0].rows).toEqual([]);
    expect(model.entities[0].records).toBe(3);
  });

  it.each([
    ['Có TK mức 2 đã tích hợp BHYT', { 'Có TK mức 2 đã tích hợp BHYT': 90, 'Chưa có TK, chuyển Công an': 20 }, '"Có TK mức 2 đã tích hợp BHYT" + "Chưa có TK, chuyển Công an" là 110'],
    ['Số lượt được hướng dẫn', { 'Số lượt được hướng dẫn': 101 }, '"Số lượt được hướng dẫn" là 101, lớn hơn "Tổng số lượt KCB" là 100'],
    ['KCB bằng CCCD', { 'KCB bằng CCCD': 120 }, 'lớn hơn "Tổng số lượt KCB"'],
    ['Trả thông tin thẻ BHYT', { 'Trả thông tin thẻ BHYT': 51 }, 'lớn hơn "KCB bằng CCCD" là 50'],
    ['Ký số, gửi trong ngày', { 'Ký số, gửi trong ngày': 81 }, 'lớn hơn "Hồ sơ KCB mới" là 80'],
    ['Đã xử lý sai lệch', { 'Đã xử lý sai lệch': 5 }, 'lớn hơn "Số trường hợp sai lệch" là 4'],
  ])('COUNT_PART_EXCEEDS_WHOLE at "%s"', (column, change, says) => {
    const model = run([formGrid('Trạm Y tế', KCB_HEADER, [kcbRow(3, change)])]);
    expect(at(model, 'COUNT_PART_EXCEEDS_WHOLE')).toEqual([`Trạm Y tế!${col(column)}${formRow(0)}`]);
    expect(model.issues[0].severity).toBe('error');
    expect(model.issues[0].message).toContain(says);
    expect(model.forms[0].rows).toEqual([]);
    expect(model.entities[0].indicators.kcb_integrated).toMatchObject({ numerator: 0, denominator: 0, percent: null });
  });

  it('COUNT_PART_EXCEEDS_WHOLE on the public-service centre’s and a school’s forms', () => {
    const service = formGrid('Trung tâm PVHCC', SERVICE_HEADER, [
      { 'Từ ngày': '20/10/2025', 'Đến ngày': '24/10/2025', 'Tổng số người đến giao dịch': 30, 'Có TK mức 2 đã tích hợp BHYT': 25, 'Chưa có TK, chuyển Công an': 6 },
    ]);
    const school = formGrid('Trường THCS', FAMILY_HEADER, [{ Lớp: '9A', 'Số nhân khẩu trong hộ': 150, 'Số nhân khẩu đã tích hợp': 151 }]);
    const model = run([service, school]);
    expect(at(model, 'COUNT_PART_EXCEEDS_WHOLE')).toEqual([
      `Trung tâm PVHCC!${columnOf(SERVICE_HEADER, 'Có TK mức 2 đã tích hợp BHYT')}${formRow(0)}`,
      `Trường THCS!${columnOf(FAMILY_HEADER, 'Số nhân khẩu đã tích hợp')}${formRow(0)}`,
    ]);
  });

  it('COUNT_PERIOD_OUTSIDE: a week or a date outside the campaign, as a warning, not counted', () => {
    const grid = formGrid('Trạm Y tế', KCB_HEADER, [kcbRow(7), kcbRow('05/10/2025'), kcbRow(3)]);
    const model = run([grid]);
    expect(at(model, 'COUNT_PERIOD_OUTSIDE')).toEqual([`Trạm Y tế!${col('Tuần')}${formRow(0)}`, `Trạm Y tế!${col('Tuần')}${formRow(1)}`]);
    expect(model.issues[0]).toMatchObject({ severity: 'warning' });
    expect(model.issues[0].message).toBe(
      'Kỳ báo cáo "7" nằm ngoài thời gian chiến dịch (từ 10/10/2025 đến 15/11/2025, 6 tuần) nên không được tính. Kiểm tra lại số tuần hoặc ngày.',
    );
    expect(model.forms[0].rows.map((r) => r.week)).toEqual([3]);
  });

  it('names a real Excel date outside the campaign as a date, not as its serial number', () => {
    const grid = formGrid('Trung tâm PVHCC', SERVICE_HEADER, [{ 'Từ ngày': 45933, 'Đến ngày': 45939, 'Tổng số người đến giao dịch': 30 }]);
    grid.formats = grid.values.map((row) => row.map((cell) => (typeof cell === 'number' && cell > 40000 ? 'dd/mm/yyyy' : 'General')));
    const model = run([grid]);
    expect(at(model, 'COUNT_PERIOD_OUTSIDE')).toEqual([`Trung tâm PVHCC!${columnOf(SERVICE_HEADER, 'Từ ngày')}${formRow(0)}`]);
    expect(model.issues[0].message).toContain('Kỳ báo cáo "03/10/2025 – 09/10/2025"');
  });

  it('COUNT_PERIOD_INVALID: an unreadable, missing or reversed period, as an error at the period cell', () => {
    const service = formGrid('Trung tâm PVHCC', SERVICE_HEADER, [
      { 'Từ ngày': '26/10/2025', 'Đến ngày': '20/10/2025', 'Tổng số người đến giao dịch': 30 },
      { 'Từ ngày': 'tuần này', 'Đến ngày': '24/10/2025', 'Tổng số người đến giao dịch': 30 },
    ]);
    const kcb = formGrid('Trạm Y tế', KCB_HEADER, [kcbRow(''), kcbRow('Tuần hai')]);
    const model = run([service, kcb]);
    expect(at(model, 'COUNT_PERIOD_INVALID')).toEqual([
      `Trung tâm PVHCC!${columnOf(SERVICE_HEADER, 'Từ ngày')}${formRow(0)}`,
      `Trung tâm PVHCC!${columnOf(SERVICE_HEADER, 'Từ ngày')}${formRow(1)}`,
      `Trạm Y tế!${col('Tuần')}${formRow(0)}`,
      `Trạm Y tế!${col('Tuần')}${formRow(1)}`,
    ]);
    const messages = model.issues.filter((i) => i.code === 'COUNT_PERIOD_INVALID').map((i) => i.message);
    expect(messages[0]).toContain('ngày bắt đầu sau ngày kết thúc');
    expect(messages[1]).toContain('Không đọc được kỳ báo cáo "tuần này"');
    expect(messages[2]).toContain('chưa ghi kỳ báo cáo');
    expect(model.forms.every((f) => f.rows.length === 0)).toBe(true);
  });

  it('COUNT_COLUMN_MISSING: once per figure an indicator needs and the form lacks, naming the indicator', () => {
    const header = ['STT', 'Tuần', 'Tổng số lượt KCB', 'Số lượt được hướng dẫn', 'Hồ sơ KCB mới'];
    const model = run([formGrid('Trạm Y tế', header, [{ Tuần: 3, 'Tổng số lượt KCB': 10, 'Số lượt được hướng dẫn': 9, 'Hồ sơ KCB mới': 4 }])], PRESETS['thuong-ninh-2026']);
    const missing = model.issues.filter((i) => i.code === 'COUNT_COLUMN_MISSING');
    // The mismatch figures are not needed: identity_mismatch_resolved comes from the working list of data errors.
    expect(missing.map((i) => [i.row, i.column, i.severity])).toEqual([[null, null, 'warning']]);
    expect(missing.map((i) => /"([^"]+)"/.exec(i.message)![1])).toEqual(['Hồ sơ được ký số, gửi lên Cổng SSKĐT trong ngày']);
    expect(Object.keys(model.entities[0].indicators)).toEqual(['visitors_guided', 'identity_mismatch_resolved']);
  });

  it('skips totals and running-total rows, the column-number row and rows without figures; a blank or "-" count is 0', () => {
    const grid: Grid = {
      sheet: 'Trạm Y tế',
      values: [
        ['BÁO CÁO TUẦN'],
        [...KCB_HEADER],
        KCB_HEADER.map((_, i) => `(${i + 1})`),
        [1, 'Tuần 1', 40, 30, 20, 10, '', '', '', '', '', ''],
        [2, 'Tuần 2', 50, '-', 25, 10],
        [3, 'Tuần 3'],
        ['', 'Tổng cộng', 90, 30, 45, 20],
        ['', 'Lũy kế từ đầu đợt', 90, 30, 45, 20],
      ],
    };
    const model = run([grid]);
    expect(model.issues).toEqual([]);
    expect(model.forms[0].rows.map((r) => [r.row, r.week, r.measures.visits, r.measures.guided, r.measures.newRecords])).toEqual([
      [4, 1, 40, 30, 0],
      [5, 2, 50, 0, 0],
    ]);
    expect(model.entities[0].records).toBe(2);
  });

  it('points at the right cell when the sheet was read from an offset used range', () => {
    const grid = formGrid('Trạm Y tế', KCB_HEADER, [kcbRow(3, { 'Số lượt được hướng dẫn': -1 })]);
    const model = run([{ ...grid, rowOffset: 4, colOffset: 1 }]);
    const colLetter = String.fromCharCode(col('Số lượt được hướng dẫn').charCodeAt(0) + 1);
    expect(at(model, 'COUNT_INVALID')).toEqual([`Trạm Y tế!${colLetter}${formRow(0) + 4}`]);
  });

  it('an empty form is reported as such, and its unit is "empty" in the completeness list', () => {
    const model = run([formGrid('Trạm Y tế', KCB_HEADER, [])]);
    expect(model.issues.map((i) => [i.code, i.message])).toEqual([['SHEET_EMPTY', 'Biểu số liệu có tiêu đề nhưng chưa có dòng số liệu nào.']]);
    expect(model.completeness).toEqual([{ name: 'Trạm Y tế', kind: 'unit', sheet: 'Trạm Y tế', status: 'empty', dataDate: null, overdue: false }]);
  });
});

import { classifySheets } from '../../../src/core/pipeline/classify-sheets';
import { readForms } from '../../../src/core/pipeline/read-forms';
import { PRESETS } from '../../../src/core/campaign/presets';
import { weekOf } from '../../../src/core/campaign/periods';
import { MEASURE_LABELS } from '../../../src/core/forms/measures';
import type { Grid } from '../../../src/core/grid';
import { FAMILY_HEADER, KCB_HEADER, formGrid, formRow } from '../../helpers/forms';
import { listGrid } from '../../helpers/lists';

// Bờ Y, as of Friday 24/10/2025: week 3 (20–26/10); week 1 is 10–12/10, week 2 13–19/10.
const BO_Y = PRESETS['bo-y-2025'];
const PERIOD = weekOf(BO_Y, '2025-10-24');
const CENTRE_HEADER = ['STT', 'Từ ngày', 'Đến ngày', 'Tổng số người đến giao dịch', 'Chưa có TK, chuyển Công an'];

const station = formGrid('Trạm Y tế', KCB_HEADER, [
  { Tuần: 1, 'Tổng số lượt KCB': 10, 'Có TK mức 2 đã tích hợp BHYT': 6 },
  { Tuần: 2, 'Tổng số lượt KCB': 'nhiều' },
]);
// The centre's form has no "Có TK mức 2 đã tích hợp BHYT" column, which the centre's count indicator needs.
const centre = formGrid('Trung tâm PVHCC', CENTRE_HEADER, [{ 'Từ ngày': '13/10/2025', 'Đến ngày': '17/10/2025', 'Tổng số người đến giao dịch': 30, 'Chưa có TK, chuyển Công an': 5 }], {
  above: [['BÁO CÁO SỐ LIỆU TRUNG TÂM PVHCC'], ['Số liệu đến ngày 24/10/2025']],
});
const school = formGrid('Trường THCS', FAMILY_HEADER, [{ Lớp: '9A', 'Số nhân khẩu trong hộ': 40, 'Số nhân khẩu đã tích hợp': 30 }]);
const emptySchool = formGrid('Trường Tiểu học', FAMILY_HEADER, []);
const village = listGrid('Thôn 1', [{ name: 'An' }]);
const grids: Grid[] = [village, station, centre, school, emptySchool];

describe('readForms', () => {
  const sheets = classifySheets(grids, BO_Y).sheets;
  const before = structuredClone(grids);
  const { forms, issues } = readForms(sheets, BO_Y, PERIOD, '2025-10-24');

  it('reads one form per count-form sheet, in workbook order, and nothing of a list', () => {
    expect(forms.map((f) => [f.name, f.grid, f.match.kind, f.read.records, f.read.rows.length])).toEqual([
      ['Trạm Y tế', station, 'kcb', 2, 1],
      ['Trung tâm PVHCC', centre, 'service', 1, 1],
      ['Trường THCS', school, 'family', 1, 1],
      ['Trường Tiểu học', emptySchool, 'family', 0, 0],
    ]);
  });

  it('counts a week row in its week and a class row in the as-of week', () => {
    expect(forms[0].read.rows).toEqual([
      { row: formRow(0), week: 1, label: 'Tuần 1', from: '2025-10-10', to: '2025-10-12', measures: expect.objectContaining({ visits: 10, integratedLevel2: 6, guided: 0 }) },
    ]);
    expect(forms[2].read.rows).toEqual([{ row: formRow(0), week: PERIOD.index, label: '9A', measures: { householdMembers: 40, integratedMembers: 30 } }]);
  });

  it('dates a form by the later of its "Số liệu đến ngày" line and its last counted period', () => {
    expect(forms.map((f) => [f.name, f.read.lastDate, f.dataDate])).toEqual([
      ['Trạm Y tế', '2025-10-12', '2025-10-12'],
      ['Trung tâm PVHCC', '2025-10-17', '2025-10-24'],
      ['Trường THCS', null, null],
      ['Trường Tiểu học', null, null],
    ]);
  });

  it("says what is wrong at its cell, then each sheet's own findings: a form with no rows, a figure an indicator needs and the form lacks", () => {
    const service = BO_Y.indicators.find((i) => i.id === 'service_integrated');
    expect(issues.map((i) => [i.sheet, i.code, i.row, i.column, i.params])).toEqual([
      ['Trạm Y tế', 'COUNT_INVALID', formRow(1), 'C', { value: 'nhiều', column: 'Tổng số lượt KCB', reason: 'text' }],
      ['Trung tâm PVHCC', 'COUNT_COLUMN_MISSING', null, null, { column: MEASURE_LABELS.integratedLevel2.vi, indicator: service?.label.vi }],
      ['Trường Tiểu học', 'SHEET_EMPTY', null, null, { form: 1 }],
    ]);
  });

  it('leaves its input Grids as they were', () => {
    expect(grids).toEqual(before);
  });
});

describe('readForms: rows dated after the as-of date (issue 10 §8)', () => {
  const ahead = formGrid('Trạm Y tế', KCB_HEADER, [
    { Tuần: 3, 'Tổng số lượt KCB': 40, 'Có TK mức 2 đã tích hợp BHYT': 30 },
    { Tuần: 4, 'Tổng số lượt KCB': 50, 'Có TK mức 2 đã tích hợp BHYT': 45 },
  ]);
  const { forms } = readForms(classifySheets([ahead], BO_Y).sheets, BO_Y, PERIOD, '2025-10-24');

  it('counts the as-of week, though it ends after the as-of date, and leaves out the week after it', () => {
    expect(forms[0].read.rows.map((r) => r.week)).toEqual([3]);
    expect(forms[0].read.records).toBe(2);
    expect(forms[0].read.lastDate).toBe('2025-10-26');
  });
});

import { classifySheets, reportSheetOf } from '../../../src/core/pipeline/classify-sheets';
import { HISTORY_COLUMNS } from '../../../src/core/history/history';
import type { Grid } from '../../../src/core/grid';
import { KCB_HEADER, formGrid } from '../../helpers/forms';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const campaign = campaignWith({ entities: [{ sheet: 'Thôn 9', exclude: true }, { sheet: 'Thôn 1', name: 'Thôn Nà Lạn' }] });
const history: Grid = { sheet: 'Lịch sử', values: [HISTORY_COLUMNS.map((c) => c.header)] };
const someonesSummary = listGrid('Tổng hợp', [{ name: 'An', cccd: cccd(1980, true, 1) }]);
const excluded = { ...listGrid('Thôn 9', [{ name: 'Bình' }]), hidden: { rows: [1] } };
const station = formGrid('Trạm Y tế', KCB_HEADER, [{ Tuần: 1, 'Tổng số lượt KCB': 10 }]);
const note: Grid = { sheet: 'Ghi chú', values: [['Nhận qua Zalo'], ['ngày 20/11']] };
const village = listGrid('Thôn 1', [{ name: 'Cường' }]);

describe('classifySheets', () => {
  const { sheets, issues } = classifySheets([history, someonesSummary, excluded, station, note, village], campaign);

  it('gives one class per Grid, in workbook order', () => {
    expect(sheets.map((s) => [s.grid.sheet, s.role])).toEqual([
      ['Lịch sử', 'report'],
      ['Tổng hợp', 'list'],
      ['Thôn 9', 'excluded'],
      ['Trạm Y tế', 'form'],
      ['Ghi chú', 'none'],
      ['Thôn 1', 'list'],
    ]);
  });

  it('names our own history sheet as the vocabulary spells it', () => {
    expect(sheets[0]).toMatchObject({ role: 'report', own: 'Lịch sử' });
  });

  it('reads a health-station count form as a kcb form of a unit', () => {
    const form = sheets[3];
    if (form.role !== 'form') throw new Error('not a form');
    expect(form.form.kind).toBe('kcb');
    expect(form.form.row).toBe(2);
    expect(form.entity).toEqual({ name: 'Trạm Y tế', kind: 'unit', excluded: false });
  });

  it("gives a list its header and the campaign's name for the sheet", () => {
    const list = sheets[5];
    if (list.role !== 'list') throw new Error('not a list');
    expect(list.header.row).toBe(0);
    expect(list.entity).toEqual({ name: 'Thôn Nà Lạn', kind: 'village', excluded: false });
  });

  it('says once that a list took a report name and that a sheet has no header; nothing about the excluded sheet', () => {
    expect(issues.map((i) => [i.sheet, i.code, i.row, i.column, i.params])).toEqual([
      ['Tổng hợp', 'SHEET_NAME_RESERVED', null, null, { sheet: 'Tổng hợp' }],
      ['Ghi chú', 'SHEET_NO_HEADER', null, null, {}],
    ]);
  });

  it('says what a sheet it reads hides', () => {
    const hidden = { ...listGrid('Thôn 2', [{ name: 'An' }, { name: 'Bình' }]), hidden: { rows: [2] } };
    expect(classifySheets([hidden], campaign).issues.map((i) => [i.code, i.params])).toEqual([['ROWS_HIDDEN', { count: 1, rows: '3' }]]);
  });

  it('answers for one sheet whether it is ours and read back, as it classifies it', () => {
    const summary: Grid = { sheet: 'TỔNG HỢP', values: [['BÁO CÁO'], ['STT', 'Thôn, tổ dân phố / Cơ quan, đơn vị', 'Số người trong danh sách']] };
    expect([history, summary, someonesSummary, village].map(reportSheetOf)).toEqual([{ own: 'Lịch sử', readBack: true }, { own: 'Tổng hợp', readBack: false }, null, null]);
    expect(classifySheets([summary], campaign).sheets[0]).toMatchObject({ role: 'report', own: 'Tổng hợp' });
  });

  it("tells a commune's own sheet with a report sheet's name from ours: nothing to read, one warning naming it", () => {
    const theirs: Grid = { sheet: 'Báo cáo tuần', values: [['BÁO CÁO'], ['Tuần 2: các thôn đều đạt']] };
    expect(reportSheetOf(theirs)).toBeNull();
    const out = classifySheets([theirs], campaign);
    expect(out.sheets.map((x) => x.role)).toEqual(['none']);
    expect(out.issues.map((i) => [i.sheet, i.code, i.params])).toEqual([['Báo cáo tuần', 'SHEET_NAME_TAKEN', { sheet: 'Báo cáo tuần' }]]);
  });
});

import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { Grid } from '../../src/core/grid';
import { surveySheets } from '../../src/taskpane/sheet-survey';
import { withSheetChoice } from '../../src/taskpane/sheet-choices';
import { createDemoGateway } from '../../src/taskpane/demo-gateway';
import { LIST_HEADER, cccd, listGrid } from '../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];

const awkward: Grid[] = [
  listGrid('Thôn 3', [{ name: 'An', cccd: cccd(1980, true, 1) }, { name: 'Tổng cộng: 1' }, {}, { bhyt: 'GD4010000000001' }], {
    above: [['DANH SÁCH'], []],
  }),
  { sheet: 'TDP 2', values: [[...LIST_HEADER], LIST_HEADER.map((_, i) => `(${i + 1})`), [1, 'Bình', '', '', cccd(1990, false, 2)], [2, 'Tống Văn Cường']] },
  { sheet: 'Ghi chú', values: [['Nhận qua Zalo'], ['ngày 20/11']] },
  { sheet: 'Ban Chỉ huy Quân sự', values: [['Họ và tên', 'Số CCCD'], ['  ', '\u00a0'], ['Dũng', '']] },
];

describe('surveySheets (the campaign card’s sheet list)', () => {
  it('counts the same persons as the engine, skipping totals, blank and column-number rows', async () => {
    const grids = [...awkward, ...(await createDemoGateway().readGrids())];
    const engine = consolidate({ grids, campaign: BO_Y, asOf: '2025-10-25' }).sheets;
    const survey = surveySheets(grids, BO_Y);
    expect(survey.map((s) => [s.sheet, s.isList ? s.choice : 'none', s.people])).toEqual(engine.map((s) => [s.sheet, s.role, s.records]));
  });

  it('leaves out the add-in’s own sheets, such as the history the gateway reads back for the engine', () => {
    const history: Grid = { sheet: 'Lịch sử', values: [['Mã chiến dịch', 'Tuần', 'Số liệu đến ngày', 'Thôn, tổ dân phố / Cơ quan, đơn vị']] };
    expect(surveySheets([history, ...awkward], BO_Y).map((s) => s.sheet)).toEqual(['Thôn 3', 'TDP 2', 'Ghi chú', 'Ban Chỉ huy Quân sự']);
  });

  it('names each list’s kind from its sheet name and marks a sheet without a list header', () => {
    expect(surveySheets(awkward, BO_Y).map((s) => [s.sheet, s.isList, s.choice])).toEqual([
      ['Thôn 3', true, 'village'],
      ['TDP 2', true, 'village'],
      ['Ghi chú', false, null],
      ['Ban Chỉ huy Quân sự', true, 'unit'],
    ]);
  });

  it('shows the kind the user chose', () => {
    const campaign = withSheetChoice(withSheetChoice(BO_Y, 'thon 3', 'unit'), 'TDP 2', 'exclude');
    expect(surveySheets(awkward, campaign).map((s) => s.choice)).toEqual(['unit', 'exclude', null, 'unit']);
  });

  it('marks a side list by its kind with its rows, and a list of an unclear kind, none of them a list to choose a kind for (issue 10 §3)', () => {
    const roster: Grid = { sheet: 'Thôn 3 - Tổ công tác', values: [['STT', 'Họ và tên', 'Lực lượng'], [1, 'An', 'Công an viên'], [2, 'Bình', 'Đoàn thanh niên']] };
    const station: Grid = { sheet: 'TYT - Sai lệch', values: [['Họ và tên', 'Số CCCD', 'Nội dung sai lệch'], ['Cường', cccd(1960, true, 3), 'Sai ngày sinh']] };
    const names: Grid = { sheet: 'Sheet2', values: [['STT', 'Họ và tên'], [1, 'Dũng']] };
    expect(surveySheets([roster, station, names], BO_Y).map((s) => [s.sheet, s.isList, s.choice, s.side, s.people])).toEqual([
      ['Thôn 3 - Tổ công tác', false, null, 'roster', 2],
      ['TYT - Sai lệch', false, null, 'mismatch', 1],
      ['Sheet2', false, null, 'undecided', 0],
    ]);
  });
});

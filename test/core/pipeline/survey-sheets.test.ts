import { consolidate } from '../../../src/core/consolidate';
import { surveySheets } from '../../../src/core/pipeline/survey-sheets';
import { HISTORY_COLUMNS } from '../../../src/core/history/history';
import type { Grid } from '../../../src/core/grid';
import { KCB_HEADER, formGrid } from '../../helpers/forms';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const grids: Grid[] = [
  { sheet: 'Lịch sử', values: [HISTORY_COLUMNS.map((c) => c.header)] },
  listGrid('Thôn 1', [{ name: 'An', cccd: cccd(1980, true, 1) }, { name: 'Tổng cộng: 1' }, { name: 'Bình', cccd: cccd(1981, false, 2) }]),
  formGrid('Trạm Y tế', KCB_HEADER, [{ Tuần: 1, 'Tổng số lượt KCB': 10 }]),
  { sheet: 'Ghi chú', values: [['Nhận qua Zalo']] },
  listGrid('Nháp', [{ name: 'Cường' }]),
];

describe('surveySheets', () => {
  it("equals consolidate()'s sheets for the same grids, without our own sheets", () => {
    const campaign = campaignWith();
    const engine = consolidate({ grids, campaign, asOf: '2025-10-25' }).sheets;
    const survey = surveySheets(grids, campaign);
    expect(survey.map((s) => s.sheet)).toEqual(engine.map((s) => s.sheet));
    // A form's records are its rows, not persons: only the lists' counts are compared.
    const listed = survey.filter((s) => s.holds === 'list');
    expect(listed.map((s) => s.persons)).toEqual(listed.map((s) => engine.find((e) => e.sheet === s.sheet)?.records));
    expect(survey.map((s) => [s.sheet, s.holds, s.persons, s.form])).toEqual([
      ['Thôn 1', 'list', 2, null],
      ['Trạm Y tế', 'form', 0, 'kcb'],
      ['Ghi chú', 'none', 0, null],
      ['Nháp', 'list', 1, null],
    ]);
  });

  it('still surveys a sheet the campaign excludes', () => {
    const campaign = campaignWith({ entities: [{ sheet: 'Nháp', exclude: true }] });
    expect(surveySheets(grids, campaign).find((s) => s.sheet === 'Nháp')).toEqual({ sheet: 'Nháp', holds: 'list', persons: 1, form: null });
  });
});

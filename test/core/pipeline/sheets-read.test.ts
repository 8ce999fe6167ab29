import { classifySheets } from '../../../src/core/pipeline/classify-sheets';
import { readLists } from '../../../src/core/pipeline/read-lists';
import { readForms } from '../../../src/core/pipeline/read-forms';
import { sheetsRead } from '../../../src/core/pipeline/sheets-read';
import { weekOf } from '../../../src/core/campaign/periods';
import { HISTORY_COLUMNS } from '../../../src/core/history/history';
import type { Grid } from '../../../src/core/grid';
import { KCB_HEADER, formGrid } from '../../helpers/forms';
import { campaignWith, cccd, listGrid } from '../../helpers/lists';

const campaign = campaignWith({ entities: [{ sheet: 'Thôn 9', exclude: true }] });
const grids: Grid[] = [
  { sheet: 'Lịch sử', values: [HISTORY_COLUMNS.map((c) => c.header)] },
  listGrid('Thôn 9', [{ name: 'Bình' }]),
  formGrid('Trạm Y tế', KCB_HEADER, [
    { Tuần: 1, 'Tổng số lượt KCB': 10 },
    { Tuần: 2, 'Tổng số lượt KCB': 'nhiều' },
  ]),
  { sheet: 'Ghi chú', values: [['Nhận qua Zalo']] },
  listGrid('Thôn 1', [{ name: 'An', cccd: cccd(1980, true, 1) }, { name: 'Cường', cccd: cccd(1981, true, 2) }]),
  listGrid('Trường THCS', [{ name: 'Dũng', cccd: cccd(1975, true, 3) }]),
];

describe('sheetsRead', () => {
  const { sheets } = classifySheets(grids, campaign);
  const lists = readLists(sheets, campaign, 20251025);
  const forms = readForms(sheets, campaign, weekOf(campaign, '2025-10-24'), '2025-10-24');

  it('lists every sheet but our own, in workbook order, with its role and the records read from it', () => {
    expect(sheetsRead(sheets, lists, forms)).toEqual([
      { sheet: 'Thôn 9', role: 'excluded', records: 0 },
      // A count form is a unit's; its records are the rows holding figures, counted or not.
      { sheet: 'Trạm Y tế', role: 'unit', records: 2 },
      { sheet: 'Ghi chú', role: 'none', records: 0 },
      { sheet: 'Thôn 1', role: 'village', records: 2 },
      { sheet: 'Trường THCS', role: 'unit', records: 1 },
    ]);
  });

  it('refuses a list sheet the list stage did not read: the stages disagree', () => {
    expect(() => sheetsRead(sheets, { bySheet: new Map() }, forms)).toThrow('list sheet "Thôn 1" was classified but not read');
  });
});

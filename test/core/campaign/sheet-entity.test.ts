import { configuredEntities, overrideOf, sheetEntity } from '../../../src/core/campaign/sheet-entity';
import { campaignWith } from '../../helpers/lists';

const campaign = campaignWith({
  entities: [
    { sheet: 'Thôn 3', name: 'Thôn Nà Lạn' },
    { sheet: 'Tổ công tác', kind: 'village' },
    { sheet: 'Nháp', exclude: true },
  ],
});

describe('sheetEntity', () => {
  it('takes the kind from the name when nothing overrides it', () => {
    expect(sheetEntity(campaign, ' Trường THCS ')).toEqual({ name: 'Trường THCS', kind: 'unit', excluded: false });
    expect(sheetEntity(campaign, 'TDP 2')).toEqual({ name: 'TDP 2', kind: 'village', excluded: false });
  });

  it("matches the override case-, diacritic- and space-insensitively and takes its name, kind and exclusion", () => {
    expect(overrideOf(campaign, 'thon  3')?.name).toBe('Thôn Nà Lạn');
    expect(sheetEntity(campaign, 'THÔN 3')).toEqual({ name: 'Thôn Nà Lạn', kind: 'village', excluded: false });
    expect(sheetEntity(campaign, 'Tổ công tác')).toEqual({ name: 'Tổ công tác', kind: 'village', excluded: false });
    expect(sheetEntity(campaign, 'nhap').excluded).toBe(true);
  });
});

describe('configuredEntities', () => {
  it('lists the expected villages and units without the excluded ones, with their kinds', () => {
    expect(configuredEntities(campaign)).toEqual([
      { sheet: 'Thôn 3', name: 'Thôn Nà Lạn', kind: 'village' },
      { sheet: 'Tổ công tác', name: 'Tổ công tác', kind: 'village' },
    ]);
  });
});

import { PRESETS } from '../../src/core/campaign/presets';
import { Campaign } from '../../src/core/campaign/schema';
import { sheetChoice, withSheetChoice, withSheetChoices } from '../../src/taskpane/sheet-choices';

const BO_Y = PRESETS['bo-y-2025'];

describe('sheet kinds kept as campaign entity overrides', () => {
  it('adds an override for a sheet that had none', () => {
    const campaign = withSheetChoice(BO_Y, 'Trạm Y tế', 'village');
    expect(campaign.entities).toEqual([{ sheet: 'Trạm Y tế', kind: 'village' }]);
    expect(BO_Y.entities).toEqual([]);
  });

  it('replaces the kind of an existing override, matched without regard to case or diacritics, keeping its display name', () => {
    const base = Campaign.parse({ ...BO_Y, entities: [{ sheet: 'Thôn 1', name: 'Thôn Gò Da', exclude: true }] });
    const campaign = withSheetChoice(base, 'THON 1', 'unit');
    expect(campaign.entities).toEqual([{ sheet: 'Thôn 1', name: 'Thôn Gò Da', kind: 'unit' }]);
    expect(sheetChoice(campaign, 'Thôn 1')).toBe('unit');
  });

  it('stays valid for the campaign schema (it is stored in the workbook)', () => {
    const campaign = withSheetChoices(BO_Y, new Map([['Thôn 1', 'exclude'], ['Trường', 'village']] as const));
    expect(Campaign.parse(campaign)).toEqual(campaign);
    expect(sheetChoice(campaign, 'Thôn 1')).toBe('exclude');
    expect(sheetChoice(campaign, 'Tổ dân phố 4')).toBe('village');
    expect(sheetChoice(campaign, 'Công an xã')).toBe('unit');
  });
});

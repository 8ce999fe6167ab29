import { entityKindFromName } from '../../../src/core/table/entity-kind';
import { consolidate } from '../../../src/core/consolidate';
import { campaignWith, listGrid } from '../../helpers/lists';

const VILLAGE_NAMES = [
  'Thôn 1',
  'Xóm Đông',
  'Bản Mường',
  'Làng Kon Klor',
  'Ấp 3',
  'Buôn Đôn',
  'Plei Ơi',
  'Tổ dân phố 4',
  'TDP 5',
  'Khu phố 6',
  'Tổ 7',
];

/** The same name written the ways sheet tabs arrive (without diacritics below: "Ban" is ambiguous). */
function spellings(name: string): string[] {
  return [name, name.toUpperCase(), name.toLowerCase(), name.normalize('NFD'), name.toUpperCase().normalize('NFD'), ` ${name} `];
}

describe('entityKindFromName', () => {
  it.each(VILLAGE_NAMES.flatMap((n) => spellings(n).map((s) => [n, s])))('reads %s (written %j) as a village', (_, sheet) => {
    expect(entityKindFromName(sheet)).toBe('village');
  });

  it.each([
    ['Thon 1'],
    ['Xom Dong'],
    ['Lang Kon Klor'],
    ['Ap 3'],
    ['Buon Don'],
    ['To dan pho 4'],
    ['Khu pho 6'],
    ['To 7'],
  ])('reads %s (no diacritics) as a village', (sheet) => {
    expect(entityKindFromName(sheet)).toBe('village');
  });

  it.each(['Thôn1', 'TDP3'])('reads %s (prefix glued to the number) as a village', (sheet) => {
    expect(entityKindFromName(sheet)).toBe('village');
  });

  it.each(['Ban Chỉ huy Quân sự', 'BAN CHỈ HUY QUÂN SỰ', 'Trạm Y tế', 'Trường THCS', 'Trường THCS Bờ Y', 'UBND xã', 'Công an xã', 'Hội Phụ nữ'])(
    'reads %s as a unit',
    (sheet) => {
      expect(entityKindFromName(sheet)).toBe('unit');
    },
  );

  it('tells the hamlet "Bản" from the board "Ban"', () => {
    expect(entityKindFromName('Bản Phố')).toBe('village');
    expect(entityKindFromName('BẢN PHỐ')).toBe('village');
    expect(entityKindFromName('Ban Phố')).toBe('unit');
    expect(entityKindFromName('Ban Chỉ huy Quân sự xã')).toBe('unit');
  });
});

describe('campaign entity overrides', () => {
  const list = (sheet: string) => listGrid(sheet, [{ name: 'Nguyễn Văn An', resident: 'x' }]);

  it('sets the kind and the shown name of a sheet, matched without case or diacritics', () => {
    const campaign = campaignWith({ entities: [{ sheet: 'khu tap the', kind: 'village', name: 'Khu tập thể Nhà máy' }] });
    const model = consolidate({ grids: [list('Khu Tập Thể')], campaign, asOf: '2025-10-25' });
    expect(model.entities[0]).toMatchObject({ kind: 'village', name: 'Khu tập thể Nhà máy', sheet: 'Khu Tập Thể' });
    expect(model.sheets[0].role).toBe('village');
  });

  it('makes a village-looking sheet a unit when the campaign says so', () => {
    const campaign = campaignWith({ entities: [{ sheet: 'Tổ 7', kind: 'unit' }] });
    const model = consolidate({ grids: [list('Tổ 7')], campaign, asOf: '2025-10-25' });
    expect(model.entities[0].kind).toBe('unit');
    expect(model.totals.unit.entities).toBe(1);
    expect(model.totals.village.entities).toBe(0);
  });

  it('leaves an excluded sheet out altogether: no entity, no count, no issue', () => {
    const campaign = campaignWith({ entities: [{ sheet: 'Danh sách cũ', exclude: true }] });
    const old = listGrid('Danh sách cũ', [{ name: 'Nguyễn Văn An', cccd: '12', birth: '31/02/1990' }]);
    const model = consolidate({ grids: [old, list('Thôn 1')], campaign, asOf: '2025-10-25' });
    expect(model.sheets[0]).toEqual({ sheet: 'Danh sách cũ', role: 'excluded', records: 0 });
    expect(model.entities.map((e) => e.sheet)).toEqual(['Thôn 1']);
    expect(model.issues).toEqual([]);
  });
});

// ISSUE 10 §10: the abbreviations communes write for their units name units, never villages.
describe('entityKindFromName: abbreviated unit names', () => {
  it.each(['TYT xã Tri Tôn', 'Trạm YT', 'UBND xã', 'THCS Kim Đồng', 'THPT Tri Tôn', 'TH Kim Đồng', 'MN Hoa Sen', 'BCHQS xã', 'Ban CHQS xã', 'CAX', 'CA xã'])('reads "%s" as a unit', (name) => {
    expect(entityKindFromName(name)).toBe('unit');
  });
});

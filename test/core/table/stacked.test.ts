import type { CellValue, Grid } from '../../../src/core/grid';
import { surveySheets } from '../../../src/core/pipeline/survey-sheets';
import { consolidate } from '../../../src/core/consolidate';
import { layoutReport } from '../../../src/core/report/layout';
import { detectHeader } from '../../../src/core/table/header';
import { findListBlocks, villageInText } from '../../../src/core/table/blocks';
import { LIST_HEADER, type PersonRow, campaignWith, cccd, personRow } from '../../helpers/lists';
import { toTcvn3 } from '../text/legacy-encoders';

const asOf = '2025-10-25';
const configured = campaignWith({
  entities: [
    { sheet: 'Thôn 1', kind: 'village' },
    { sheet: 'Thôn 2', kind: 'village' },
    { sheet: 'Thôn 3', name: 'Thôn Nà Lạn', kind: 'village' },
  ],
});
const plain = campaignWith();

/** n residents with valid CCCDs from `serial`, every other one with a level-2 account. */
function persons(n: number, serial: number, extra: Partial<PersonRow> = {}): PersonRow[] {
  return Array.from({ length: n }, (_, i) => ({ name: `Người ${serial + i}`, cccd: cccd(1980, i % 2 === 0, serial + i), resident: 'x', level2: i % 2 === 0 ? 'x' : '', ...extra }));
}

const rows = (people: PersonRow[], header: readonly string[] = LIST_HEADER) => people.map((p, i) => personRow(p, i + 1, header));
/** A title merged over the row, as ExcelJS hands it over: the text in every cell. */
const merged = (text: string, width: number = LIST_HEADER.length): CellValue[] => Array.from({ length: width }, () => text);

function entitiesOf(grid: Grid, campaign = configured) {
  const model = consolidate({ grids: [grid], campaign, asOf });
  return { model, entities: model.entities.map((e) => ({ name: e.name, kind: e.kind, records: e.records })) };
}

describe('two lists for two villages stacked on one sheet', () => {
  // The second list has its columns in another order: CCCD before the name.
  const header2 = ['STT', 'Số CCCD', 'Họ và tên', 'Định danh mức 2'];
  const grid: Grid = {
    sheet: 'Toàn xã',
    values: [
      merged('DANH SÁCH CÔNG DÂN THÔN 1 TỪ ĐỦ 14 TUỔI'),
      [...LIST_HEADER],
      ...rows(persons(3, 1)),
      [],
      merged('DANH SÁCH CÔNG DÂN THÔN 02 TỪ ĐỦ 14 TUỔI', 4),
      merged('(Số liệu đến ngày 24/10/2025)', 4),
      header2,
      ...rows(persons(2, 10), header2),
      [1, '0011', 'Người sai số', 'x'],
    ],
  };

  test('each list is its village, the title rows are nobody', () => {
    const { entities } = entitiesOf(grid);
    expect(entities).toEqual([
      { name: 'Thôn 1', kind: 'village', records: 3 },
      { name: 'Thôn 2', kind: 'village', records: 3 },
    ]);
  });

  test('says the sheet holds two lists, where, and for whom', () => {
    const { model } = entitiesOf(grid);
    const stacked = model.issues.filter((i) => i.code === 'LISTS_STACKED');
    expect(stacked).toHaveLength(1);
    expect(stacked[0]).toMatchObject({ sheet: 'Toàn xã', row: null, severity: 'info' });
    expect(stacked[0].message).toContain('2 danh sách');
    expect(stacked[0].message).toContain('dòng 1, 7');
    expect(stacked[0].message).toContain('Thôn 1, Thôn 2');
  });

  test("a finding in the second list names that list's column and person", () => {
    const { model } = entitiesOf(grid);
    const bad = model.issues.find((i) => i.code === 'CCCD_FORMAT');
    expect(bad).toMatchObject({ row: 12, column: 'B' });
    expect(bad?.person?.name).toBe('Người sai số');
    expect(model.mismatches.find((m) => m.cccd === '0011')?.entities).toEqual(['Thôn 2']);
  });

  test('counts each list into its own village', () => {
    const { model } = entitiesOf(grid);
    const level2 = model.entities.map((e) => [e.name, e.indicators.level2_registered.numerator, e.indicators.level2_registered.denominator]);
    expect(level2).toEqual([
      ['Thôn 1', 2, 3],
      ['Thôn 2', 2, 3],
    ]);
  });

  test('completeness finds both configured villages on the sheet', () => {
    const { model } = entitiesOf(grid);
    const status = Object.fromEntries(model.completeness.map((c) => [c.name, c.status]));
    expect(status).toEqual({ 'Thôn 1': 'ok', 'Thôn 2': 'ok', 'Thôn Nà Lạn': 'missing' });
  });

  test('without configured villages the titles still name them, written as names', () => {
    const { entities } = entitiesOf(grid, plain);
    expect(entities.map((e) => e.name)).toEqual(['Thôn 1', 'Thôn 02']);
  });

  test("the task pane's count is the engine's", () => {
    expect(surveySheets([grid], plain).map((s) => s.persons)).toEqual([6]);
  });
});

describe('stacked lists of one village', () => {
  const grid: Grid = {
    sheet: 'Thôn 1',
    values: [
      ['DANH SÁCH NGƯỜI TỪ 14 TUỔI TRỞ LÊN'],
      [...LIST_HEADER],
      ...rows(persons(4, 1)),
      [],
      ['DANH SÁCH TRẺ EM DƯỚI 14 TUỔI'],
      [...LIST_HEADER],
      ...rows(persons(2, 20)),
    ],
  };

  test('stay one entity, with every person', () => {
    const { model, entities } = entitiesOf(grid);
    expect(entities).toEqual([{ name: 'Thôn 1', kind: 'village', records: 6 }]);
    const stacked = model.issues.find((i) => i.code === 'LISTS_STACKED');
    expect(stacked?.message).toContain('dòng 1, 8');
    expect(stacked?.message).not.toContain('tính cho');
  });

  test('a list titled with the sheet\'s own village stays the sheet\'s', () => {
    const own: Grid = { ...grid, values: [['DANH SÁCH THÔN 1'], ...grid.values.slice(1, 8), ['DANH SÁCH BỔ SUNG THÔN 01'], ...grid.values.slice(9)] };
    expect(entitiesOf(own).entities).toEqual([{ name: 'Thôn 1', kind: 'village', records: 6 }]);
  });

  test('a title with no header of its own continues the list above and is nobody', () => {
    const more: Grid = { sheet: 'Thôn 1', values: [[...LIST_HEADER], ...rows(persons(3, 1)), ['DANH SÁCH BỔ SUNG'], ...rows(persons(2, 30))] };
    const { model, entities } = entitiesOf(more);
    expect(entities).toEqual([{ name: 'Thôn 1', kind: 'village', records: 5 }]);
    expect(model.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('a header repeated inside a list (a printout pasted back)', () => {
  const grid: Grid = {
    sheet: 'Thôn 2',
    values: [[...LIST_HEADER], ...rows(persons(3, 1)), [...LIST_HEADER], ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'], ...rows(persons(3, 4))],
  };

  test('is skipped, not read as a person named "Họ và tên"', () => {
    const { model, entities } = entitiesOf(grid);
    expect(entities).toEqual([{ name: 'Thôn 2', kind: 'village', records: 6 }]);
    expect(model.issues.map((i) => [i.code, i.row])).toEqual([['HEADER_REPEATED', 5]]);
  });

  test("the notes sheet points at the row (there is no cell to name)", () => {
    const { model } = entitiesOf(grid);
    const notes = layoutReport(model).find((s) => s.name === 'Lưu ý danh sách')!;
    const row = notes.rows.find((r) => r.some((c) => c?.v === 'HEADER_REPEATED'))!;
    expect(row.map((c) => c?.v)).toEqual(expect.arrayContaining(['Thôn 2', 'dòng 5']));
  });

  test('is not a second list', () => {
    const blocks = findListBlocks(grid, detectHeader(grid)!);
    expect(blocks.map((b) => b.start)).toEqual(['first', 'repeated']);
    expect(blocks[0].header.end).toBe(4);
  });

  test('a repeated two-line header is skipped as a whole', () => {
    const top = ['STT', 'Họ và tên', 'Số CCCD', 'Tình trạng', 'Tình trạng'];
    const lower = ['', '', '', 'Định danh mức 2', 'Đã kích hoạt'];
    const person = (n: number): CellValue[] => [n, `Người ${n}`, cccd(1990, true, n), 'x', ''];
    const twoLine: Grid = { sheet: 'Thôn 2', values: [top, lower, person(1), person(2), top, lower, person(3)] };
    const { model, entities } = entitiesOf(twoLine);
    expect(entities).toEqual([{ name: 'Thôn 2', kind: 'village', records: 3 }]);
    expect(model.entities[0].indicators.level2_registered.numerator).toBe(3);
    expect(model.issues.map((i) => i.code)).toEqual(['HEADER_REPEATED']);
  });
});

describe('a list grouped by village rows ("I. THÔN …")', () => {
  const grid: Grid = {
    sheet: 'Danh sách xã',
    values: [
      ['DANH SÁCH CÔNG DÂN XÃ'],
      [...LIST_HEADER],
      ['I', 'THÔN 1', '', '', '', '', '', '', '', ''],
      ...rows(persons(2, 1)),
      merged('II. Thôn Nà Lạn'),
      ...rows(persons(3, 10)),
    ],
  };

  test('splits into the villages the group rows name, and the group rows are nobody', () => {
    const { model, entities } = entitiesOf(grid);
    expect(entities).toEqual([
      { name: 'Thôn 1', kind: 'village', records: 2 },
      { name: 'Thôn Nà Lạn', kind: 'village', records: 3 },
    ]);
    expect(model.issues.filter((i) => i.code !== 'LISTS_STACKED')).toEqual([]);
  });
});

test('a name in capitals right before a village group row is a person of the group above', () => {
  const grid: Grid = {
    sheet: 'Danh sách xã',
    values: [[...LIST_HEADER], ['I', 'THÔN 1'], ...rows(persons(2, 1)), [3, 'NGUYỄN VĂN AN'], ['II', 'THÔN 2'], ...rows(persons(1, 10))],
  };
  expect(entitiesOf(grid).entities).toEqual([
    { name: 'Thôn 1', kind: 'village', records: 3 },
    { name: 'Thôn 2', kind: 'village', records: 1 },
  ]);
});

describe('the signature block under a list', () => {
  const grid = (last: CellValue[][]): Grid => ({
    sheet: 'Thôn 1',
    values: [[...LIST_HEADER], ...rows(persons(3, 1)), ...last],
  });
  const footer: CellValue[][] = [
    [],
    ['', '', '', '', '', '', 'Giang Lố, ngày 24 tháng 10 năm 2025'],
    ['', 'Người lập biểu', '', '', '', '', 'TRƯỞNG THÔN'],
    ['', '(Ký, ghi rõ họ tên)', '', '', '', '', '(Ký, ghi rõ họ tên)'],
    [],
    ['', 'Lò Văn Lập', '', '', '', '', 'Giàng A Tủa'],
  ];

  test('is nobody: not the signers, not the date line', () => {
    const { model, entities } = entitiesOf(grid(footer));
    expect(entities).toEqual([{ name: 'Thôn 1', kind: 'village', records: 3 }]);
    expect(model.issues).toEqual([]);
  });

  test('a last person written in capitals without any number is still a person', () => {
    const { entities } = entitiesOf(grid([['4', 'NGUYỄN VĂN AN', '', '', '', '', '', '', '', ''], ...footer]));
    expect(entities[0].records).toBe(4);
  });

  test('people whose family name is a village word are persons, not village groups', () => {
    const names = ['Lang Văn Bình', 'Tô Thị Hoa', 'Ban Văn Tài', 'Xom Thi Nga'];
    const { entities } = entitiesOf(grid(names.map((n, i) => [i + 4, n])));
    expect(entities).toEqual([{ name: 'Thôn 1', kind: 'village', records: 7 }]);
  });

  test('a note saying "Trưởng thôn" beside a person keeps the person', () => {
    const row = personRow({ name: 'Hà Văn Bảy' }, 4);
    const { entities } = entitiesOf(grid([[...row.slice(0, 9), 'Trưởng thôn', ''], ...footer]));
    expect(entities[0].records).toBe(4);
  });
});

describe('legacy text over stacked lists', () => {
  test('one TEXT_LEGACY_ENCODING per column, counting the cells of both lists', () => {
    const names = (from: number, n: number) => Array.from({ length: n }, (_, i) => toTcvn3(`Nguyễn Văn Hùng ${from + i}`));
    const list = (from: number, n: number): CellValue[][] => names(from, n).map((name, i) => [i + 1, name, cccd(1980, true, from + i), 'x']);
    const header = ['STT', toTcvn3('Họ và tên'), 'Số CCCD', toTcvn3('Định danh mức 2')];
    const grid: Grid = { sheet: 'Thôn 1', values: [header, ...list(1, 6), [], [toTcvn3('DANH SÁCH BỔ SUNG ĐỢT 2')], header, ...list(20, 4)] };
    const { model, entities } = entitiesOf(grid);
    expect(entities).toEqual([{ name: 'Thôn 1', kind: 'village', records: 10 }]);
    const legacy = model.issues.filter((i) => i.code === 'TEXT_LEGACY_ENCODING');
    expect(legacy.map((i) => [i.row, i.column])).toEqual([[1, 'B']]);
    expect(legacy[0].message).toContain('10 ô');
    expect(model.issues.find((i) => i.code === 'LISTS_STACKED')?.message).toContain('dòng 1, 9');
  });
});

describe('duplicates across stacked lists with different columns', () => {
  test('the second occurrence is flagged at the CCCD cell of its own list', () => {
    const header2 = ['Số CCCD', 'Họ và tên', 'Định danh mức 2'];
    const same = cccd(1975, false, 77);
    const grid: Grid = {
      sheet: 'Toàn xã',
      values: [['DANH SÁCH THÔN 1'], [...LIST_HEADER], personRow({ name: 'Lò Thị Một', cccd: same }, 1), [], ['DANH SÁCH THÔN 2'], header2, [same, 'Lò Thị Một', 'x']],
    };
    const { model } = entitiesOf(grid);
    const dup = model.issues.find((i) => i.code === 'DUPLICATE_CCCD');
    expect(dup).toMatchObject({ row: 7, column: 'A' });
    expect(model.duplicates[0].occurrences.map((o) => o.name)).toEqual(['Lò Thị Một', 'Lò Thị Một']);
  });
});

describe('villageInText', () => {
  const known = [{ name: 'Thôn Nà Lạn', keys: ['thon 3', 'thon na lan'] }];
  test.each([
    ['DANH SÁCH CÔNG DÂN THÔN NÀ LẠN ĐỦ 14 TUỔI', 'Thôn Nà Lạn'],
    ['Danh sách thôn 03', 'Thôn Nà Lạn'],
    ['DANH SÁCH TỔ DÂN PHỐ BẮC SƠN (ĐỢT 1)', 'Tổ Dân Phố Bắc Sơn'],
    ['Danh sách bản Pục, xã Bờ Y', 'Bản Pục'],
    ['DS Thon 4 nam 2025', 'Thon 4'],
    ['Danh sách người từ 14 tuổi trở lên', null],
    ['Lang Văn Bình', null],
    ['Tô Thị Hoa', null],
  ])('%s → %s', (text, village) => {
    expect(villageInText(text, known)).toBe(village);
  });
});

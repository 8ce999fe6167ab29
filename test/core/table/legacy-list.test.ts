import { consolidate } from '../../../src/core/consolidate';
import { PRESETS } from '../../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../../src/core/grid';
import { detectHeader } from '../../../src/core/table/header';
import { ReportModel } from '../../../src/core/report/model';
import { LIST_HEADER, cccd, letterOf, listGrid, type PersonRow } from '../../helpers/lists';
import { toTcvn3, toVni } from '../text/legacy-encoders';

const AS_OF = '2025-10-25';
const run = (grids: Grid[]) => {
  const model = consolidate({ grids, campaign: PRESETS['bo-y-2025'], asOf: AS_OF });
  ReportModel.parse(model);
  return model;
};
type Model = ReturnType<typeof run>;
const codes = (model: Model, code: string) => model.issues.filter((i) => i.code === code);

const PEOPLE: PersonRow[] = [
  { name: 'Nguyễn Văn An', birth: '01/01/1980', sex: 'Nam', cccd: cccd(1980, true, 1), resident: 'Thường trú', level2: 'Có', activated: 'Đã', integrated: 'Rồi' },
  { name: 'Trần Thị Bình', birth: '02/02/1985', sex: 'Nữ', cccd: cccd(1985, false, 2), resident: 'Thường trú', level2: 'Có', activated: 'Chưa', integrated: 'Chưa' },
  { name: 'Lê Văn Cường', birth: '03/03/1990', sex: 'Nam', cccd: cccd(1990, true, 3), resident: 'Tạm trú', level2: 'Không', activated: 'Không', integrated: 'Không' },
  { name: 'Phạm Thị Dung', birth: '04/04/1975', sex: 'Nữ', cccd: cccd(1975, false, 4), resident: 'Thường trú', level2: 'x', activated: 'Rồi', integrated: 'x' },
  { name: 'Đỗ Quốc Hùng', birth: '05/05/1960', sex: 'Nam', cccd: '0011', resident: 'Thường trú', level2: 'Có', activated: 'Có', integrated: 'Chưa' },
];

/** The same list as typed with a legacy font: every text cell (header included) encoded, numbers and IDs as they are. */
function encodedList(sheet: string, encode: (text: string) => string, people = PEOPLE): Grid {
  const grid = listGrid(sheet, people);
  grid.values = grid.values.map((row) => row.map((cell: CellValue) => (typeof cell === 'string' && /[^\x00-\x7f]/.test(cell) ? encode(cell) : cell)));
  return grid;
}

const comparable = (model: Model) => ({
  sheets: model.sheets,
  entities: model.entities.map((e) => ({ records: e.records, counted: e.counted, indicators: e.indicators })),
  issues: model.issues.filter((i) => i.code !== 'TEXT_LEGACY_ENCODING').map((i) => ({ row: i.row, column: i.column, code: i.code, person: i.person })),
});

describe.each([
  ['TCVN3', toTcvn3],
  ['VNI', toVni],
] as const)('a list typed with %s fonts', (encodingName, encode) => {
  const clean = listGrid('Thôn 1', PEOPLE);
  const legacy = encodedList('Thôn 1', encode);

  it('recognises the legacy header as the same columns', () => {
    expect(detectHeader(legacy)?.columns).toEqual(detectHeader(clean)?.columns);
  });

  it('gives the same counts, issues and persons as the Unicode list', () => {
    expect(comparable(run([legacy]))).toEqual(comparable(run([clean])));
  });

  it('reads legacy status and sex words as yes/no and Nam/Nữ: no STATUS_UNRECOGNIZED, no SEX_INVALID', () => {
    const model = run([legacy]);
    expect(codes(model, 'STATUS_UNRECOGNIZED')).toEqual([]);
    expect(codes(model, 'SEX_INVALID')).toEqual([]);
  });

  it('warns once per converted column, on its header cell, with the count and the encoding', () => {
    const warnings = codes(run([legacy]), 'TEXT_LEGACY_ENCODING');
    const columns = ['Họ và tên', 'Giới tính', 'Thường trú', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT vào SSKĐT'] as const;
    expect(warnings.map((w) => w.column)).toEqual(columns.map(letterOf));
    for (const w of warnings) {
      expect(w).toMatchObject({ sheet: 'Thôn 1', row: 1, severity: 'warning' });
      expect(w.message).toContain(encodingName);
      expect(w.messageEn).toContain(encodingName);
      expect(w.person).toEqual({ name: '', birthDate: '', cccd: '', bhyt: '' });
    }
    const converted = (column: (typeof columns)[number]) => warnings.find((w) => w.column === letterOf(column))?.message;
    expect(converted('Họ và tên')).toContain('đã tự chuyển 5 ô');
    expect(converted('Giới tính')).toContain('đã tự chuyển 2 ô'); // "Nữ" twice; "Nam" is the same in every encoding
  });

  it('keeps the column warning out of the police\'s working list: it is about a column, not a person', () => {
    const model = run([legacy]);
    expect(model.mismatches.map((m) => m.name)).toEqual(['Đỗ Quốc Hùng']);
  });

  it('shows the decoded name, in NFC, in the errors list', () => {
    const bad = codes(run([legacy]), 'CCCD_FORMAT');
    expect(bad).toHaveLength(1);
    expect(bad[0].person?.name).toBe('Đỗ Quốc Hùng');
  });
});

describe('legacy text in the table layer', () => {
  it('skips a totals row written in TCVN3 ("Tæng céng")', () => {
    const grid = encodedList('Thôn 1', toTcvn3, [...PEOPLE, { name: 'Tổng cộng' }]);
    const model = run([grid]);
    expect(model.entities[0].records).toBe(PEOPLE.length);
  });

  it('says nothing about a Unicode list', () => {
    expect(codes(run([listGrid('Thôn 1', PEOPLE)]), 'TEXT_LEGACY_ENCODING')).toEqual([]);
  });

  it('decodes a status column of "Cã" and "Ch\u00ada" beside Unicode names, cell by cell when the column is not judged legacy', () => {
    const people: PersonRow[] = Array.from({ length: 60 }, (_, i) => ({
      name: `Người ${i + 1}`,
      cccd: cccd(1980, true, i + 1),
      resident: 'x',
      level2: i < 55 ? 'x' : i < 58 ? 'Cã' : 'Ch\u00ada', // the 50-cell sample sees only "x"
    }));
    const model = run([listGrid('Thôn 1', people)]);
    expect(codes(model, 'STATUS_UNRECOGNIZED')).toEqual([]);
    const warnings = codes(model, 'TEXT_LEGACY_ENCODING');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ row: 1, column: letterOf('Định danh mức 2') });
    expect(warnings[0].messageEn).toContain('5 cells');
    expect(model.entities[0].indicators.level2_registered).toMatchObject({ numerator: 58, denominator: 60 });
  });

  it('lets a status column of "Cã" follow the TCVN3 of the name column beside it', () => {
    const people: PersonRow[] = PEOPLE.map((p) => ({ ...p, name: toTcvn3(String(p.name)), level2: 'Cã' }));
    const grid = listGrid('Thôn 1', people);
    expect(detectHeader(grid)?.textEncodings).toMatchObject({ fullName: 'tcvn3', level2: 'tcvn3' });
  });

  it('reads Unicode data under an old header typed with .VnTime: a template decides nothing about its rows', () => {
    const grid = listGrid('Thôn 1', PEOPLE);
    grid.values[0] = LIST_HEADER.map((h) => toTcvn3(h));
    const header = detectHeader(grid);
    expect(header?.columns).toEqual(detectHeader(listGrid('Thôn 1', PEOPLE))?.columns);
    expect(header?.textEncodings).toBeUndefined();
    expect(comparable(run([grid]))).toEqual(comparable(run([listGrid('Thôn 1', PEOPLE)])));
  });

  it('shows decoded names in the duplicates list', () => {
    const twice = [PEOPLE[0], { ...PEOPLE[0] }];
    const model = run([encodedList('Thôn 1', toTcvn3, twice)]);
    expect(model.duplicates[0].occurrences.map((o) => o.name)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An']);
  });
});

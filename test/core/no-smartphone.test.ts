/**
 * Elderly people without a smartphone and people whose account a guardian holds (seed 001), end to end on
 * small lists: read from the smartphone, note and their own columns, counted on their own, left out of the
 * denominators the presets say, shown on the summary sheet, and the guardian's name nowhere in the report.
 */
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { CellValue, Grid } from '../../src/core/grid';
import { ReportModel } from '../../src/core/report/model';
import { layoutReport } from '../../src/core/report/layout';
import type { CellSpec, SheetSpec } from '../../src/core/sheetspec';
import { bhytCard, cccd } from '../helpers/lists';
import { toTcvn3, toVni } from './text/legacy-encoders';

const THUONG_NINH = PRESETS['thuong-ninh-2026'];
const DINH_HOA = PRESETS['dinh-hoa-2025'];

const GUARDIAN_NAMES = ['Nguyễn Văn Bảy', 'Lò Thị Cúc', 'Trần Văn Tám', 'Hà Văn Chín'];

interface Row {
  name: string;
  serial: number;
  bhyt?: boolean;
  sskdt?: CellValue;
  phone?: CellValue;
  note?: CellValue;
}

/** Thôn 1: BHYT holders with an activated level-2 account, and what the smartphone and note columns say of them. */
const THON_1: Row[] = [
  { name: 'Vi Văn Một', serial: 1, sskdt: 'x', phone: 'x' }, // counted, SSKĐT shows
  { name: 'Vi Văn Hai', serial: 2, phone: 'x' }, // counted, no SSKĐT yet
  { name: 'Vi Văn Ba', serial: 3, phone: 'Không có ĐTTM' }, // no smartphone
  { name: 'Vi Văn Bốn', serial: 4, phone: `Người giám hộ: ${GUARDIAN_NAMES[0]}` }, // guardian
  { name: 'Vi Văn Năm', serial: 5, note: `NGH: ${GUARDIAN_NAMES[1]}` }, // guardian, from the note
  { name: 'Vi Văn Sáu', serial: 6, sskdt: 'x', phone: 'Kh«ng cã §TTM' }, // TCVN3 in a Unicode column: no smartphone
  { name: 'Vi Văn Bảy', serial: 7, bhyt: false, phone: 'Khong co dien thoai' }, // no smartphone, and no BHYT
  { name: 'Vi Văn Tám', serial: 8, sskdt: 'x', phone: 'Có', note: 'Không có người giám hộ' }, // counted, SSKĐT shows
  { name: 'Vi Văn Chín', serial: 9, phone: 'x', note: 'Người thân giữ TK' }, // guardian: the note wins over "x"
];
// "Tích hợp BHYT" stays empty: dinh-hoa-2025 reads it, and a list without the column would have no figure (ISSUE 10 §2).
const LIST_HEADER = ['STT', 'Họ và tên', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Đã kích hoạt', 'SSKĐT', 'Có ĐTTM', 'Ghi chú', 'Tích hợp BHYT'];

function village(sheet: string, rows: Row[]): Grid {
  return {
    sheet,
    values: [
      LIST_HEADER,
      ...rows.map((p, i) => [i + 1, p.name, cccd(1950, true, p.serial), p.bhyt === false ? '' : bhytCard(p.serial), 'x', 'x', p.sskdt ?? '', p.phone ?? '', p.note ?? '', '']),
    ],
  };
}

/** Trạm Y tế: columns of their own for "Không có ĐTTM" and "Người giám hộ". */
const STATION: Grid = {
  sheet: 'Trạm Y tế',
  values: [
    ['STT', 'Họ và tên', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Đã kích hoạt', 'SSKĐT', 'Không có ĐTTM', 'Họ và tên người giám hộ'],
    [1, 'Lương Thị Một', cccd(1955, false, 101), bhytCard(101), 'x', 'x', 'x', '', ''],
    [2, 'Lương Thị Hai', cccd(1955, false, 102), bhytCard(102), 'x', 'x', '', 'x', ''],
    [3, 'Lương Thị Ba', cccd(1955, false, 103), bhytCard(103), 'x', 'x', '', '', GUARDIAN_NAMES[2]],
    [4, 'Lương Thị Bốn', cccd(1955, false, 104), bhytCard(104), 'x', 'x', '', 'x', `Con trai ${GUARDIAN_NAMES[3]}`],
    [5, 'Lương Thị Năm', cccd(1955, false, 105), bhytCard(105), 'x', 'x', '', 'Không', 'Không'],
  ],
};

/** Thôn 2 lists Vi Văn Ba again (counted once, in Thôn 1) and one person with a smartphone. */
const THON_2 = village('Thôn 2', [THON_1[2], { name: 'Đinh Văn Mười', serial: 10, phone: 'x' }]);

const AS_OF = '2026-06-26';
const run = (campaign = THUONG_NINH) => ReportModel.parse(consolidate({ grids: [village('Thôn 1', THON_1), THON_2, STATION], campaign, asOf: AS_OF }));
const entity = (model: ReportModel, name: string) => model.entities.find((e) => e.name === name)!;

describe('consolidate: persons without a smartphone and with a guardian', () => {
  const model = run();

  it('counts them per village and unit (duplicates once) and per kind', () => {
    expect([entity(model, 'Thôn 1').noSmartphone, entity(model, 'Thôn 1').guardian]).toEqual([3, 3]);
    expect([entity(model, 'Thôn 2').noSmartphone, entity(model, 'Thôn 2').guardian]).toEqual([undefined, undefined]);
    expect([entity(model, 'Trạm Y tế').noSmartphone, entity(model, 'Trạm Y tế').guardian]).toEqual([2, 2]);
    expect([model.totals.village.noSmartphone, model.totals.village.guardian]).toEqual([3, 3]);
    expect([model.totals.unit.noSmartphone, model.totals.unit.guardian]).toEqual([2, 2]);
  });

  it('reads every wording as a recognised value: no STATUS_UNRECOGNIZED', () => {
    expect(model.issues.filter((i) => i.code === 'STATUS_UNRECOGNIZED')).toEqual([]);
  });

  it('decodes the TCVN3 cell and says so on the smartphone column', () => {
    const legacy = model.issues.filter((i) => i.code === 'TEXT_LEGACY_ENCODING' && i.sheet === 'Thôn 1');
    expect(legacy.map((i) => [i.column, i.row])).toEqual([['H', 1]]);
  });

  it('leaves them out of sskdt_shown (seed 001): 2 of 3 in Thôn 1, 1 of 2 at the station', () => {
    expect(entity(model, 'Thôn 1').indicators.sskdt_shown).toMatchObject({ numerator: 2, denominator: 3 });
    expect(entity(model, 'Thôn 2').indicators.sskdt_shown).toMatchObject({ numerator: 0, denominator: 1 });
    expect(entity(model, 'Trạm Y tế').indicators.sskdt_shown).toMatchObject({ numerator: 1, denominator: 2 });
    expect(model.totals.village.indicators.sskdt_shown).toMatchObject({ numerator: 2, denominator: 4 });
  });

  it('counts them without the exclusion as a campaign file without `exclude` would', () => {
    const plain = structuredClone(THUONG_NINH);
    const ind = plain.indicators.find((i) => i.id === 'sskdt_shown');
    if (ind?.source !== 'persons') throw new Error('sskdt_shown is a person indicator');
    delete ind.denominator.exclude;
    // Everyone with BHYT: 8 in Thôn 1 (Vi Văn Bảy has none), of whom Một, Sáu and Tám show an SSKĐT.
    expect(entity(run(plain), 'Thôn 1').indicators.sskdt_shown).toMatchObject({ numerator: 3, denominator: 8 });
  });

  it('never puts a guardian’s name into the report', () => {
    const json = JSON.stringify(model);
    for (const name of GUARDIAN_NAMES) expect(json).not.toContain(name);
    const cells = layoutReport(model).flatMap((s) => s.rows.flatMap((row) => row.map((c) => String(c?.v ?? ''))));
    for (const name of GUARDIAN_NAMES) expect(cells.some((c) => c.includes(name))).toBe(false);
  });

  it('takes the smartphone away from them: dinh-hoa-2025 counts only the others with a smartphone', () => {
    const dinhHoa = run(DINH_HOA);
    // Một, Hai and Tám; Vi Văn Chín's "x" yields to his note.
    expect(entity(dinhHoa, 'Thôn 1').indicators.bhyt_in_sskdt).toMatchObject({ numerator: 0, denominator: 3 });
    // Seed 002 §IV.1: a unit's staff owe 100% over all staff, smartphone or not (ISSUE 10 §6), so the station has no
    // citizens' figure; its list has no "Tích hợp" column: no staff figure either, never 0/0 (ISSUE 10 §2).
    expect(entity(dinhHoa, 'Trạm Y tế').indicators.bhyt_in_sskdt).toBeUndefined();
    expect(entity(dinhHoa, 'Trạm Y tế').indicators.staff_sskdt).toMatchObject({ numerator: null, denominator: null, met: null, missingColumns: [expect.stringContaining('ích hợp')] });
  });
});

describe('the presets', () => {
  const population = (preset: string, id: string) => {
    const ind = PRESETS[preset].indicators.find((i) => i.id === id);
    if (ind?.source !== 'persons') throw new Error(`${preset}: ${id} is not a person indicator`);
    return ind.denominator;
  };

  it('thuong-ninh-2026 leaves them out of sskdt_shown (seed 001: recorded for a guardian’s account later)', () => {
    expect(population('thuong-ninh-2026', 'sskdt_shown')).toEqual({ flags: ['hasBhyt', 'level2', 'activated'], exclude: ['noSmartphone', 'guardian'] });
  });

  it('dinh-hoa-2025 needs a smartphone (seed 002), which they have not', () => {
    expect(population('dinh-hoa-2025', 'bhyt_in_sskdt')).toEqual({ flags: ['hasBhyt', 'level2', 'smartphone'] });
  });

  it('bo-y-2025 and tri-ton-2026 say nothing of smartphones, and exclude nobody', () => {
    for (const preset of ['bo-y-2025', 'tri-ton-2026']) {
      for (const ind of PRESETS[preset].indicators) if (ind.source === 'persons') expect([preset, ind.id, ind.denominator.exclude, ind.numerator.exclude]).toEqual([preset, ind.id, undefined, undefined]);
    }
  });
});

describe.each([
  ['TCVN3', toTcvn3],
  ['VNI', toVni],
])('a list typed with a legacy font (%s)', (_, encode) => {
  // An empty SSKĐT column: sskdt_shown reads it, and without it the list would have no figure (ISSUE 10 §2).
  const header = ['STT', 'Họ và tên', 'Số CCCD', 'Mã thẻ BHYT', 'Định danh mức 2', 'Đã kích hoạt', 'Có ĐTTM', 'Người giám hộ', 'Ghi chú', 'SSKĐT'];
  const rows: CellValue[][] = [
    [1, 'Hà Văn Một', cccd(1950, true, 1), bhytCard(1), 'Có', 'Có', 'Có', '', '', ''],
    [2, 'Hà Văn Hai', cccd(1950, true, 2), bhytCard(2), 'Có', 'Có', 'Không có ĐTTM', '', '', ''],
    [3, 'Hà Văn Ba', cccd(1950, true, 3), bhytCard(3), 'Có', 'Có', 'Không', 'Không', 'Người giám hộ: Nguyễn Văn Bảy', ''],
    [4, 'Hà Văn Bốn', cccd(1950, true, 4), bhytCard(4), 'Có', 'Có', 'Không', 'Lò Thị Cúc', 'Không có điện thoại', ''],
    [5, 'Hà Văn Năm', cccd(1950, true, 5), bhytCard(5), 'Có', 'Có', 'Có', 'Không', 'Đã chuyển đến thôn khác', ''],
  ];
  const grid: Grid = {
    sheet: 'Thôn 1',
    values: [header, ...rows].map((row) => row.map((cell) => (typeof cell === 'string' && /[^\x00-\x7f]/.test(cell) ? encode(cell) : cell))),
  };
  const model = ReportModel.parse(consolidate({ grids: [grid], campaign: THUONG_NINH, asOf: AS_OF }));

  it('reads the header, the statuses, the guardian column and the notes', () => {
    expect(model.issues.filter((i) => i.code === 'STATUS_UNRECOGNIZED')).toEqual([]);
    expect([model.entities[0].noSmartphone, model.entities[0].guardian]).toEqual([2, 2]);
    expect(model.entities[0].indicators.sskdt_shown).toMatchObject({ numerator: 0, denominator: 2 });
    expect(JSON.stringify(model)).not.toContain('Bảy');
  });
});

describe('the summary sheet with persons without a smartphone', () => {
  const text = (cell: CellSpec | null | undefined) => (cell && cell.v !== null ? String(cell.v) : '');
  const find = (sheet: SheetSpec, value: string): [number, number] => {
    const hits: [number, number][] = [];
    sheet.rows.forEach((row, r) => row.forEach((cell, c) => text(cell) === value && hits.push([r, c])));
    expect(hits).toHaveLength(1);
    return hits[0];
  };
  const summaryOf = (model: ReportModel) => layoutReport(model).find((s) => s.name === 'Tổng hợp')!;

  it('shows "Không có ĐTTM" and "Có người giám hộ" after the records, per entity and in the totals', () => {
    const summary = summaryOf(run());
    const [h, records] = find(summary, 'Số người trong danh sách');
    expect(find(summary, 'Không có ĐTTM')).toEqual([h, records + 1]);
    expect(find(summary, 'Có người giám hộ')).toEqual([h, records + 2]);
    const row = (name: string) => find(summary, name)[0];
    const values = (name: string) => [0, 1, 2].map((j) => summary.rows[row(name)][records + j]?.v);
    expect(values('Thôn 1')).toEqual([9, 3, 3]);
    expect(values('Thôn 2')).toEqual([2, 0, 0]);
    expect(values('Trạm Y tế')).toEqual([5, 2, 2]);
    expect(values('Cộng thôn, tổ dân phố')).toEqual([11, 3, 3]);
    expect(values('Cộng cơ quan, đơn vị')).toEqual([5, 2, 2]);
  });

  it('moves the indicator columns right by two', () => {
    const summary = summaryOf(run());
    const [, records] = find(summary, 'Số người trong danh sách');
    const [, label] = find(summary, `${THUONG_NINH.indicators[0].label.vi} (chỉ tiêu ≥ 100%)`);
    expect(label).toBe(records + 3);
    const thon1 = find(summary, 'Thôn 1')[0];
    expect([0, 1, 3].map((j) => summary.rows[thon1][label + j]?.v)).toEqual([2, 3, 'Chưa đạt']);
    expect(summary.rows[thon1][label + 2]?.v).toBe('66,7%');
  });

  it('has no such columns when no list records anybody so', () => {
    const model = ReportModel.parse(consolidate({ grids: [village('Thôn 1', [THON_1[0], THON_1[1]])], campaign: THUONG_NINH, asOf: AS_OF }));
    expect(model.entities[0].noSmartphone).toBeUndefined();
    const summary = summaryOf(model);
    const cells = summary.rows.flatMap((row) => row.map(text));
    expect(cells).not.toContain('Không có ĐTTM');
    expect(cells).not.toContain('Có người giám hộ');
    const [, records] = find(summary, 'Số người trong danh sách');
    expect(find(summary, `${THUONG_NINH.indicators[0].label.vi} (chỉ tiêu ≥ 100%)`)[1]).toBe(records + 1);
  });
});

describe('the report schema', () => {
  it('still reads a report made before the counts existed', () => {
    const model = run();
    const older = structuredClone(model);
    for (const e of older.entities) {
      delete e.noSmartphone;
      delete e.guardian;
    }
    for (const t of [older.totals.village, older.totals.unit]) {
      delete t.noSmartphone;
      delete t.guardian;
    }
    expect(ReportModel.safeParse(older).success).toBe(true);
  });

  it('refuses a count of zero or less: absent means none', () => {
    const model = run();
    expect(ReportModel.safeParse({ ...model, entities: [{ ...model.entities[0], guardian: 0 }] }).success).toBe(false);
  });
});

import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import type { Grid } from '../../src/core/grid';
import { ReportModel } from '../../src/core/report/model';
import { LIST_HEADER, bhxh, bhytCard, campaignWith, cccd, letterOf, listGrid, type PersonRow } from '../helpers/lists';

const BO_Y = PRESETS['bo-y-2025'];
const AS_OF = '2025-10-25';
const run = (grids: Grid[], campaign = BO_Y) => {
  const model = consolidate({ grids, campaign, asOf: AS_OF });
  ReportModel.parse(model);
  return model;
};
const entity = (model: ReturnType<typeof run>, sheet: string) => {
  const e = model.entities.find((x) => x.sheet === sheet);
  if (!e) throw new Error(`no entity for sheet ${sheet}`);
  return e;
};
const codes = (model: ReturnType<typeof run>, code: string) => model.issues.filter((i) => i.code === code);

/** `n` adult permanent residents with distinct valid CCCDs; the first `yes` of them have the given statuses. */
function residents(n: number, yes: number, status: Partial<PersonRow>, serialFrom = 1): PersonRow[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Người ${serialFrom + i}`,
    birth: '01/01/1980',
    cccd: cccd(1980, i % 2 === 0, serialFrom + i),
    resident: 'x',
    ...(i < yes ? status : {}),
  }));
}

describe('consolidate: CCCD duplicates within a kind', () => {
  const shared = cccd(1985, true, 42);
  // Thôn 2 writes its columns in another order: the CCCD sits in column B there.
  const THON2_HEADER = ['STT', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Thường trú', 'Định danh mức 2'];

  const thon1 = listGrid('Thôn 1', [
    { name: 'Nguyễn Văn An', birth: '01/01/1985', cccd: shared, resident: 'x', level2: 'x' },
    { name: 'Trần Thị Bình', birth: '01/01/1990', cccd: cccd(1990, false, 1), resident: 'x' },
  ]);
  const thon2 = listGrid(
    'Thôn 2',
    [
      { name: 'Lê Văn Cường', birth: '01/01/1970', cccd: cccd(1970, true, 2), resident: 'x' },
      { name: 'Nguyễn Văn An', birth: '01/01/1985', cccd: shared, resident: 'x', level2: 'x' },
    ],
    { header: THON2_HEADER },
  );

  it('keeps the person on the first sheet in workbook order and flags the later row at its CCCD cell', () => {
    const model = run([thon1, thon2]);
    const dup = codes(model, 'DUPLICATE_CCCD');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ sheet: 'Thôn 2', row: 3, column: 'B', severity: 'warning' });
    expect(dup[0].message).toContain('"Thôn 1", dòng 2');
    expect(dup[0].person).toMatchObject({ name: 'Nguyễn Văn An', cccd: shared });
  });

  it('counts the duplicate once: records keep it, counted and denominators do not', () => {
    const model = run([thon1, thon2]);
    expect(entity(model, 'Thôn 1')).toMatchObject({ records: 2, counted: 2 });
    expect(entity(model, 'Thôn 2')).toMatchObject({ records: 2, counted: 1 });
    expect(entity(model, 'Thôn 1').indicators.level2_registered).toMatchObject({ numerator: 1, denominator: 2 });
    expect(entity(model, 'Thôn 2').indicators.level2_registered).toMatchObject({ numerator: 0, denominator: 1 });
    expect(model.totals.village).toMatchObject({ entities: 2, records: 4, counted: 3 });
    expect(model.totals.village.indicators.level2_registered).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('lets the sheet that comes first in the workbook keep the person, whatever the sheet names', () => {
    const model = run([thon2, thon1]);
    const dup = codes(model, 'DUPLICATE_CCCD');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ sheet: 'Thôn 1', row: 2, column: letterOf('Số CCCD') });
    expect(entity(model, 'Thôn 2').counted).toBe(2);
    expect(entity(model, 'Thôn 1').counted).toBe(1);
  });

  it('lists the duplicate with every occurrence, first one first', () => {
    const model = run([thon1, thon2]);
    expect(model.duplicates).toEqual([
      {
        kind: 'cccd',
        value: shared,
        occurrences: [
          { sheet: 'Thôn 1', row: 2, name: 'Nguyễn Văn An' },
          { sheet: 'Thôn 2', row: 3, name: 'Nguyễn Văn An' },
        ],
      },
    ]);
  });

  it('flags a CCCD written twice on the same list, and a numeric CCCD that lost its zero matches the text one', () => {
    const g = listGrid('Thôn 1', [
      { name: 'Nguyễn Văn An', cccd: shared, resident: 'x' },
      { name: 'Nguyễn Văn An', cccd: Number(shared), resident: 'x' },
    ]);
    const model = run([g]);
    expect(codes(model, 'DUPLICATE_CCCD').map((i) => [i.row, i.column])).toEqual([[3, letterOf('Số CCCD')]]);
    expect(entity(model, 'Thôn 1').counted).toBe(1);
  });

  it('dedupes units among themselves too', () => {
    const a = listGrid('Trạm Y tế', [{ name: 'Nguyễn Văn An', cccd: shared, integrated: 'x' }]);
    const b = listGrid('Trường THCS', [{ name: 'Nguyễn Văn An', cccd: shared, integrated: 'x' }]);
    const model = run([a, b]);
    expect(codes(model, 'DUPLICATE_CCCD').map((i) => i.sheet)).toEqual(['Trường THCS']);
    expect(model.totals.unit.indicators.unit_staff_integrated).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('counts a person on a unit list and on a village list in both, with no duplicate issue', () => {
    const unit = listGrid('Trạm Y tế', [{ name: 'Nguyễn Văn An', birth: '01/01/1985', cccd: shared, resident: 'x', integrated: 'x' }]);
    const model = run([thon1, unit]);
    expect(codes(model, 'DUPLICATE_CCCD')).toEqual([]);
    expect(model.duplicates).toEqual([]);
    expect(entity(model, 'Thôn 1').counted).toBe(2);
    expect(entity(model, 'Trạm Y tế').counted).toBe(1);
    expect(entity(model, 'Trạm Y tế').indicators.unit_staff_integrated).toMatchObject({ numerator: 1, denominator: 1 });
  });
});

describe('consolidate: BHYT duplicates', () => {
  it('flags both persons with different CCCDs and the same last 10 BHYT characters, and counts both', () => {
    const thon1 = listGrid('Thôn 1', [{ name: 'Nguyễn Văn An', cccd: cccd(1985, true, 1), bhyt: bhytCard(123456789), resident: 'x' }]);
    const thon2 = listGrid('Thôn 2', [
      { name: 'Trần Thị Bình', cccd: cccd(1990, false, 2), resident: 'x' },
      { name: 'Lê Văn Cường', cccd: cccd(1970, true, 3), bhyt: bhxh(123456789), resident: 'x' },
    ]);
    const model = run([thon1, thon2]);
    const dup = codes(model, 'DUPLICATE_BHYT');
    expect(dup.map((i) => [i.sheet, i.row, i.column])).toEqual([
      ['Thôn 1', 2, letterOf('Mã thẻ BHYT')],
      ['Thôn 2', 3, letterOf('Mã thẻ BHYT')],
    ]);
    expect(dup[0].message).toContain('Thôn 2, dòng 3');
    expect(dup[1].message).toContain('Thôn 1, dòng 2');
    expect(model.duplicates).toEqual([
      {
        kind: 'bhyt',
        value: '0123456789',
        occurrences: [
          { sheet: 'Thôn 1', row: 2, name: 'Nguyễn Văn An' },
          { sheet: 'Thôn 2', row: 3, name: 'Lê Văn Cường' },
        ],
      },
    ]);
    expect(entity(model, 'Thôn 1').counted).toBe(1);
    expect(entity(model, 'Thôn 2').counted).toBe(2);
    expect(model.totals.village.indicators.bhyt_in_sskdt.denominator).toBe(3);
  });

  it('flags two persons sharing a BHYT number when one of them has no CCCD', () => {
    const g = listGrid('Thôn 1', [
      { name: 'Nguyễn Văn An', cccd: cccd(1985, true, 1), bhyt: bhxh(987654321) },
      { name: 'Nguyễn Thị An', bhyt: bhxh(987654321) },
    ]);
    expect(codes(run([g]), 'DUPLICATE_BHYT').map((i) => i.row)).toEqual([2, 3]);
  });

  it('does not flag the same person (same CCCD, same BHYT) on a unit list and a village list', () => {
    const id = cccd(1985, true, 7);
    const thon = listGrid('Thôn 1', [{ name: 'Nguyễn Văn An', cccd: id, bhyt: bhytCard(555), resident: 'x' }]);
    const unit = listGrid('Trạm Y tế', [{ name: 'Nguyễn Văn An', cccd: id, bhyt: bhxh(555) }]);
    const model = run([thon, unit]);
    expect(codes(model, 'DUPLICATE_BHYT')).toEqual([]);
    expect(codes(model, 'DUPLICATE_CCCD')).toEqual([]);
    expect(model.duplicates).toEqual([]);
  });

  it('does not flag a BHYT number again on the row already flagged as a CCCD duplicate', () => {
    const id = cccd(1985, true, 7);
    const a = listGrid('Thôn 1', [{ name: 'Nguyễn Văn An', cccd: id, bhyt: bhxh(555) }]);
    const b = listGrid('Thôn 2', [{ name: 'Nguyễn Văn An', cccd: id, bhyt: bhxh(555) }]);
    const model = run([a, b]);
    expect(codes(model, 'DUPLICATE_BHYT')).toEqual([]);
    expect(codes(model, 'DUPLICATE_CCCD')).toHaveLength(1);
  });
});

describe('consolidate: level-2 denominator (residents aged 14+ with a CCCD)', () => {
  // As of 25/10/2025: born 25/10/2011 turns 14 that day; born 01/11/2011 is still 13.
  const people: PersonRow[] = [
    { name: 'Người lớn', birth: '01/01/1985', cccd: cccd(1985, true, 1), resident: 'x', level2: 'x' },
    { name: 'Mười ba tuổi', birth: '01/11/2011', cccd: cccd(2011, true, 2), resident: 'x', level2: 'x' },
    { name: 'Vừa đủ 14', birth: '25/10/2011', cccd: cccd(2011, false, 3), resident: 'x' },
    { name: 'Còn CMND', birth: '01/01/1970', cccd: '123456789', resident: 'x', level2: 'x' },
    { name: 'Sai năm sinh', birth: '01/01/1990', cccd: cccd(1985, true, 5), resident: 'x', level2: 'x' },
    { name: 'Tạm trú', birth: '01/01/1980', cccd: cccd(1980, true, 6), resident: 'Tạm trú', level2: 'x' },
    { name: 'CCCD sai mã tỉnh', birth: '01/01/1980', cccd: '999080000007', resident: 'x', level2: 'x' },
  ];

  it('counts adults, the one who turns 14 on the as-of date and a CCCD/birth mismatch; not the 13-year-old, the CMND, the non-resident or a bad CCCD', () => {
    const model = run([listGrid('Thôn 1', people)]);
    expect(entity(model, 'Thôn 1').indicators.level2_registered).toMatchObject({ numerator: 2, denominator: 3 });
    expect(codes(model, 'CCCD_BIRTH_MISMATCH').map((i) => i.row)).toEqual([6]);
    expect(codes(model, 'CMND_OLD').map((i) => i.row)).toEqual([5]);
  });

  it('takes the age from the CCCD when the birth date is missing or unreadable', () => {
    const model = run([
      listGrid('Thôn 1', [
        { name: 'A', cccd: cccd(2011, true, 1), resident: 'x', level2: 'x' }, // 2011 → 14 in 2025
        { name: 'B', cccd: cccd(2012, true, 2), resident: 'x', level2: 'x' }, // 2012 → 13
        { name: 'C', birth: '31/02/1990', cccd: cccd(1990, false, 3), resident: 'x' },
      ]),
    ]);
    expect(entity(model, 'Thôn 1').indicators.level2_registered).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('takes everyone as a resident when the list has no resident column', () => {
    const header = LIST_HEADER.filter((h) => h !== 'Thường trú');
    const model = run([
      listGrid(
        'Thôn 1',
        [
          { name: 'A', cccd: cccd(1985, true, 1), integrated: 'x', level2: 'x' },
          { name: 'B', cccd: cccd(1986, true, 2) },
          { name: 'C' },
        ],
        { header },
      ),
    ]);
    const e = entity(model, 'Thôn 1');
    expect(e.indicators.bhyt_in_sskdt).toMatchObject({ numerator: 1, denominator: 3 });
    expect(e.indicators.level2_registered).toMatchObject({ numerator: 1, denominator: 2 });
    expect(codes(model, 'COLUMN_MISSING')).toEqual([]);
  });

  it('reads a CCCD whose leading zero Excel dropped as a CCCD, with a warning, and counts the person', () => {
    const model = run([listGrid('Thôn 1', [{ name: 'A', birth: 1985, cccd: Number(cccd(1985, true, 1)), resident: 'x' }])]);
    expect(codes(model, 'CCCD_LEADING_ZERO_RESTORED')).toHaveLength(1);
    expect(entity(model, 'Thôn 1').indicators.level2_registered.denominator).toBe(1);
  });
});

describe('consolidate: percentages and targets', () => {
  it('gives percent null and met null, never NaN, when the denominator is zero', () => {
    const model = run([listGrid('Thôn 1', [{ name: 'Trẻ em', birth: '01/01/2015', cccd: cccd(2015, true, 1), resident: 'x' }])]);
    const e = entity(model, 'Thôn 1');
    expect(e.indicators.level2_registered).toEqual({ numerator: 0, denominator: 0, percent: null, target: { op: '>', value: 95 }, met: null });
    expect(e.indicators.level2_activated).toMatchObject({ denominator: 0, percent: null, met: null });
    expect(model.totals.unit.indicators.unit_staff_integrated).toMatchObject({ numerator: 0, denominator: 0, percent: null, met: null });
  });

  it('does not meet "> 95%" at exactly 19 of 20 (95%)', () => {
    const model = run([listGrid('Thôn 1', residents(20, 19, { level2: 'x' }))]);
    expect(entity(model, 'Thôn 1').indicators.level2_registered).toMatchObject({ numerator: 19, denominator: 20, percent: 95, met: false });
  });

  it('meets "> 95%" at 96 of 100', () => {
    const model = run([listGrid('Thôn 1', residents(100, 96, { level2: 'x' }))]);
    expect(entity(model, 'Thôn 1').indicators.level2_registered).toMatchObject({ numerator: 96, denominator: 100, met: true });
  });

  it('meets "≥ 80%" at exactly 80 of 100 and not at 79 of 100', () => {
    const at80 = run([listGrid('Thôn 1', residents(100, 80, { integrated: 'x' }))]);
    expect(entity(at80, 'Thôn 1').indicators.bhyt_in_sskdt).toMatchObject({ numerator: 80, denominator: 100, percent: 80, met: true });
    const at79 = run([listGrid('Thôn 1', residents(100, 79, { integrated: 'x' }))]);
    expect(entity(at79, 'Thôn 1').indicators.bhyt_in_sskdt).toMatchObject({ numerator: 79, met: false });
  });

  it('counts activation only among persons with a level-2 account', () => {
    const people = residents(4, 0, {});
    people[0] = { ...people[0], level2: 'x', activated: 'x' };
    people[1] = { ...people[1], level2: 'x' };
    people[2] = { ...people[2], activated: 'x' }; // activated without an account: not in the population
    const model = run([listGrid('Thôn 1', people)]);
    expect(entity(model, 'Thôn 1').indicators.level2_activated).toMatchObject({ numerator: 1, denominator: 2, percent: 50 });
  });
});

describe('consolidate: indicators per kind and totals', () => {
  const thon1 = listGrid('Thôn 1', residents(10, 9, { integrated: 'x', level2: 'x' }, 1));
  const thon2 = listGrid('Thôn 2', residents(5, 2, { integrated: 'x', level2: 'x' }, 100));
  const tram = listGrid('Trạm Y tế', residents(4, 4, { integrated: 'x' }, 200));
  const truong = listGrid('Trường THCS', residents(6, 3, { integrated: 'x' }, 300));

  it('computes unit_staff_integrated only for units', () => {
    const model = run([thon1, tram]);
    expect(Object.keys(entity(model, 'Thôn 1').indicators).sort()).toEqual(['bhyt_in_sskdt', 'level2_activated', 'level2_registered']);
    expect(entity(model, 'Trạm Y tế').indicators.unit_staff_integrated).toMatchObject({ numerator: 4, denominator: 4, percent: 100, met: true });
    expect(model.totals.village.indicators.unit_staff_integrated).toBeUndefined();
    expect(model.totals.unit.indicators.unit_staff_integrated).toBeDefined();
  });

  it('lists villages before units and keeps workbook order within a kind', () => {
    const model = run([tram, thon2, truong, thon1]);
    expect(model.entities.map((e) => e.sheet)).toEqual(['Thôn 2', 'Thôn 1', 'Trạm Y tế', 'Trường THCS']);
  });

  it('sums numerators, denominators, records and counts over the entities of a kind and decides met on the sums', () => {
    const model = run([thon1, thon2, tram, truong]);
    const v = model.totals.village;
    expect(v).toMatchObject({ entities: 2, records: 15, counted: 15 });
    expect(v.indicators.bhyt_in_sskdt).toMatchObject({ numerator: 11, denominator: 15, met: false });
    expect(v.indicators.bhyt_in_sskdt.percent).toBeCloseTo((11 / 15) * 100, 10);
    const u = model.totals.unit;
    expect(u).toMatchObject({ entities: 2, records: 10, counted: 10 });
    expect(u.indicators.unit_staff_integrated).toMatchObject({ numerator: 7, denominator: 10, percent: 70, met: false });
    for (const kind of ['village', 'unit'] as const) {
      const members = model.entities.filter((e) => e.kind === kind);
      for (const [id, total] of Object.entries(model.totals[kind].indicators)) {
        expect(total.numerator).toBe(members.reduce((s, e) => s + (e.indicators[id]?.numerator ?? 0), 0));
        expect(total.denominator).toBe(members.reduce((s, e) => s + (e.indicators[id]?.denominator ?? 0), 0));
      }
    }
  });

  it('copies each indicator with its target and deadline (the campaign end when it has none)', () => {
    const model = run([thon1]);
    expect(model.indicators.map((i) => [i.id, i.target, i.deadline])).toEqual([
      ['level2_registered', { op: '>', value: 95 }, '2025-11-15'],
      ['level2_activated', { op: '>', value: 95 }, '2025-11-15'],
      ['new_dossiers_activated_integrated', { op: '>=', value: 100 }, '2025-11-15'],
      ['bhyt_in_sskdt', { op: '>=', value: 80 }, '2025-11-15'],
      ['unit_staff_integrated', { op: '>=', value: 100 }, '2025-10-20'],
      ['kcb_integrated', { op: '>=', value: 100 }, '2025-11-15'],
      ['service_integrated', { op: '>=', value: 100 }, '2025-11-15'],
    ]);
  });

  it('puts the as-of date in its campaign week (weeks run Monday to Sunday, week 1 holds the start)', () => {
    const model = run([thon1]);
    // 10/10/2025 is a Friday: week 1 is 10–12/10, week 2 13–19/10, week 3 20–26/10.
    expect(model.period).toMatchObject({ kind: 'week', index: 3, from: '2025-10-20', to: '2025-10-26', daysLeft: 21 });
  });
});

describe('consolidate: missing columns', () => {
  it('warns once per column an applicable indicator needs and the list lacks', () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Thường trú'];
    const model = run([listGrid('Thôn 1', [{ name: 'A', cccd: cccd(1985, true, 1), resident: 'x' }], { header })]);
    const missing = codes(model, 'COLUMN_MISSING');
    expect(missing.every((i) => i.sheet === 'Thôn 1' && i.row === null && i.column === null && i.severity === 'warning')).toBe(true);
    const named = missing.map((i) => /"([^"]+)"/.exec(i.message)?.[1]).sort();
    expect(named).toEqual(['Tích hợp BHYT vào SSKĐT', 'Đã kích hoạt', 'Định danh mức 2'].sort());
  });

  it('asks for the CCCD column, and for a birth date when there is no CCCD to take the age from', () => {
    const model = run([listGrid('Thôn 1', [{ name: 'A' }], { header: ['STT', 'Họ và tên', 'Định danh mức 2', 'Đã kích hoạt', 'Tích hợp BHYT'] })]);
    const named = codes(model, 'COLUMN_MISSING').map((i) => /"([^"]+)"/.exec(i.message)?.[1]);
    expect(named).toEqual(expect.arrayContaining(['Số CCCD', 'Ngày sinh']));
    expect(named).toHaveLength(2);
  });

  it('does not warn for a column only an indicator of the other kind needs', () => {
    const campaign = campaignWith({
      indicators: [
        {
          id: 'unit_only',
          label: { vi: 'Chỉ đơn vị', en: 'Units only' },
          appliesTo: ['unit'],
          denominator: { flags: [] },
          numerator: { flags: ['smartphone'] },
          target: { op: '>=', value: 50 },
        },
      ],
    });
    const model = run([listGrid('Thôn 1', [{ name: 'A' }])], campaign);
    expect(codes(model, 'COLUMN_MISSING')).toEqual([]);
    const unitModel = run([listGrid('Trạm Y tế', [{ name: 'A' }])], campaign);
    expect(codes(unitModel, 'COLUMN_MISSING').map((i) => i.message)).toEqual([expect.stringContaining('"Điện thoại thông minh"')]);
  });
});

describe('consolidate: where issues point', () => {
  it('shifts issue rows and columns by the grid offsets (a used range not starting at A1)', () => {
    const id = cccd(1985, true, 1);
    const a = listGrid('Thôn 1', [{ name: 'A', birth: '31/02/1990', cccd: id }], { rowOffset: 3, colOffset: 2 });
    const b = listGrid('Thôn 2', [{ name: 'A', cccd: id }], { rowOffset: 10, colOffset: 1 });
    const model = run([a, b]);
    const date = codes(model, 'DATE_INVALID')[0];
    // values[1] is Excel row 1 + 1 + 3; column C (index 2) + 2 = E.
    expect([date.sheet, date.row, date.column]).toEqual(['Thôn 1', 5, 'E']);
    const dup = codes(model, 'DUPLICATE_CCCD')[0];
    // values[1] is Excel row 1 + 1 + 10; column E (index 4) + 1 = F; the first occurrence is Thôn 1 row 5.
    expect([dup.sheet, dup.row, dup.column]).toEqual(['Thôn 2', 12, 'F']);
    expect(dup.message).toContain('dòng 5');
    expect(dup.person?.name).toBe('A');
    expect(entity(model, 'Thôn 1').headerRow).toBe(4);
    expect(model.duplicates[0].occurrences.map((o) => o.row)).toEqual([5, 12]);
  });

  it('names the person each issue is about, as written on the list', () => {
    const model = run([listGrid('Thôn 1', [{ name: 'Nguyễn  Văn An', birth: '31/02/1990', cccd: '001085000001', bhyt: bhxh(1) }])]);
    expect(codes(model, 'DATE_INVALID')[0].person).toEqual({ name: 'Nguyễn Văn An', birthDate: '31/02/1990', cccd: '001085000001', bhyt: '0000000001' });
  });

  it('lists issues sheet by sheet in workbook order, then by row, then by column', () => {
    const a = listGrid('Thôn 2', [{ name: 'A', birth: 'x', sex: 'y' }, { name: 'B', birth: 'z' }]);
    const b = listGrid('Thôn 1', [{ name: 'C', birth: 'x' }]);
    const model = run([a, b]);
    expect(model.issues.map((i) => `${i.sheet}!${i.column}${i.row}`)).toEqual(['Thôn 2!C2', 'Thôn 2!D2', 'Thôn 2!C3', 'Thôn 1!C2']);
  });

  it('counts issues by severity', () => {
    const model = run([listGrid('Thôn 1', [{ name: 'A', birth: 'x', level2: '?!', cccd: '123456789' }]), { sheet: 'Ghi chú', values: [['Ghi chú']] }]);
    expect(model.issueCounts).toEqual({
      error: model.issues.filter((i) => i.severity === 'error').length,
      warning: model.issues.filter((i) => i.severity === 'warning').length,
      info: model.issues.filter((i) => i.severity === 'info').length,
    });
    expect(model.issueCounts.info).toBe(1);
    expect(model.issueCounts.error).toBeGreaterThanOrEqual(1);
  });
});

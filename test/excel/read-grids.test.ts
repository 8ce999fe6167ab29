import { planBatch, probeRows, readGrids, startReading } from '../../src/excel/read-grids';
import { DEFAULT_PAYLOAD_BUDGET, UNMEASURED_BYTES_PER_CELL } from '../../src/excel/payload';
import { SHEET } from '../../src/core/vocabulary';
import { FakeExcel } from './fake-excel';
import { addVillage, expectedGrid, villageList, type ListSheet } from './fixtures';

const BIG = 64 * 1024 * 1024;

describe('readGrids: the workbook in a constant number of syncs', () => {
  test('reads 1 sheet and 60 sheets of 2,000 rows in the same number of syncs, and the Grids equal the sheets', async () => {
    const one = new FakeExcel({ maxPayloadBytes: BIG });
    const single = addVillage(one, 'Thôn 1', 2000);
    const oneGrids = await readGrids(one.context(), { payloadBudget: BIG });

    const sixty = new FakeExcel({ maxPayloadBytes: BIG });
    const lists: { name: string; list: ListSheet; origin: { row: number; col: number } }[] = [];
    for (let i = 1; i <= 60; i++) {
      // Some lists start below a title or to the right: the Grid says where.
      const origin = i % 7 === 0 ? { row: 2, col: 1 } : { row: 0, col: 0 };
      lists.push({ name: `Thôn ${i}`, list: addVillage(sixty, `Thôn ${i}`, 2000, origin, i * 10_000), origin });
    }
    const sixtyGrids = await readGrids(sixty.context(), { payloadBudget: BIG });

    expect(one.syncs).toHaveLength(3);
    expect(sixty.syncs).toHaveLength(one.syncs.length);
    expect(oneGrids).toEqual([expectedGrid('Thôn 1', single)]);
    expect(sixtyGrids).toEqual(lists.map(({ name, list, origin }) => expectedGrid(name, list, origin)));
  });

  test.each([30, 60])('at the 4 MB budget %i sheets take as many syncs as one sheet of the same cells', async (sheets) => {
    const many = new FakeExcel();
    for (let i = 1; i <= sheets; i++) addVillage(many, `Thôn ${i}`, 2000, undefined, i * 10_000);
    await readGrids(many.context());

    const one = new FakeExcel();
    addVillage(one, 'Thôn lớn', sheets * 2000 + sheets - 1); // the same number of cells, headers included
    await readGrids(one.context());

    expect(many.syncs.length).toBe(one.syncs.length);
    expect(many.syncs.length).toBeGreaterThan(3);
    for (const s of [...many.syncs, ...one.syncs]) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
  });

  test('sizes batches from what the cells measure: 60 lists of 2,000 rows take at most one sync more than their bytes need', async () => {
    const fake = new FakeExcel();
    for (let i = 1; i <= 60; i++) addVillage(fake, `Thôn ${i}`, 2000, undefined, i * 10_000);
    await readGrids(fake.context());

    const data = fake.syncs.slice(2);
    const bytes = data.reduce((n, s) => n + s.payloadBytes, 0);
    const cells = 60 * 2001 * 8;
    // The one sync more is the first batch, sized before any cell came back.
    expect(data.length).toBeLessThanOrEqual(Math.ceil(bytes / DEFAULT_PAYLOAD_BUDGET) + 1);
    // An estimate fixed at 32 bytes a cell needed this many; these cells measure far less.
    expect(data.length).toBeLessThan(Math.ceil((cells * 32) / DEFAULT_PAYLOAD_BUDGET));
    // Every batch between the first and the last is filled close to the budget.
    for (const s of data.slice(1, -1)) expect(s.payloadBytes).toBeGreaterThan(0.85 * DEFAULT_PAYLOAD_BUDGET);
    for (const s of data) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
  });

  test('never goes over the budget when some lists carry a 200-character note on every row', async () => {
    const fake = new FakeExcel();
    const note = 'Hộ gia đình đã hẹn bổ sung giấy khai sinh và ảnh chân dung của trẻ; cán bộ thôn sẽ xác minh lại thẻ BHYT hộ nghèo, đối chiếu số CCCD với Công an xã trước ngày tổng kết chiến dịch. '.repeat(2).slice(0, 200);
    const expected = [];
    for (let i = 1; i <= 30; i++) {
      const list = villageList(2000, i * 10_000);
      if (i % 2 === 0) {
        list.rows.forEach((row, r) => row.push(r === 0 ? 'Ghi chú' : `${note.slice(0, 190)} ${r}`));
        list.formats.forEach((row) => row.push('General'));
      }
      fake.addSheet(`Thôn ${i}`, list.rows, { formats: list.formats });
      expected.push(expectedGrid(`Thôn ${i}`, list));
    }
    const grids = await readGrids(fake.context());

    expect(grids).toEqual(expected);
    const data = fake.syncs.slice(2);
    for (const s of data) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
    expect(data.length).toBeLessThanOrEqual(Math.ceil(data.reduce((n, s) => n + s.payloadBytes, 0) / DEFAULT_PAYLOAD_BUDGET) + 1);
  });

  test('reads a 200,000-row sheet in row slices, each sync under the payload budget, complete and in order', async () => {
    const fake = new FakeExcel();
    const list = addVillage(fake, 'Thôn đông dân', 200_000);
    const [grid] = await readGrids(fake.context());

    const dataSyncs = fake.syncs.slice(2);
    expect(dataSyncs.length).toBeGreaterThan(1);
    for (const s of fake.syncs) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
    expect(grid.values).toHaveLength(200_001);
    expect(grid.values[0]).toEqual(list.rows[0]);
    expect(grid.values[123_457]).toEqual(list.rows[123_457]);
    expect(grid.values[200_000]).toEqual(list.rows[200_000]);
    expect(grid.formats?.[200_000]).toEqual(list.formats[200_000]);
    expect(grid.values.map((r) => r[0])).toEqual(list.rows.map((r) => r[0]));
  });

  test('when Excel refuses a batch as too large, reads the same rows again in halves', async () => {
    const fake = new FakeExcel({ maxPayloadBytes: 200_000 });
    const list = addVillage(fake, 'Thôn 1', 5000);
    // An estimate far below the real size: the first batch is refused and split until it fits.
    const [grid] = await readGrids(fake.context(), { payloadBudget: 190_000, bytesPerCell: 2 });
    expect(grid).toEqual(expectedGrid('Thôn 1', list));
    expect(fake.syncs.some((s) => s.responseBytes > 200_000)).toBe(true);
  });

  test('skips only the temporary sheets of a write, in tab order: the engine tells report sheets from lists named like them', async () => {
    const fake = new FakeExcel();
    addVillage(fake, 'Thôn 2', 3);
    fake.addSheet(SHEET.summary, [['BÁO CÁO']]);
    fake.addSheet(SHEET.errors, [['DANH SÁCH LỖI']]);
    fake.addSheet(SHEET.config, [['CẤU HÌNH']]);
    fake.addSheet(SHEET.history, [['LỊCH SỬ']]);
    fake.addSheet('~SSKĐT abc 1', [['tạm']]);
    fake.addSheet('Ghi chú');
    addVillage(fake, 'Thôn 1', 3);
    const grids = await readGrids(fake.context());
    expect(grids.map((g) => g.sheet)).toEqual(['Thôn 2', SHEET.summary, SHEET.errors, SHEET.config, SHEET.history, 'Ghi chú', 'Thôn 1']);
    expect(grids[5]).toEqual({ sheet: 'Ghi chú', values: [], formats: [], rowOffset: 0, colOffset: 0 });
    expect(fake.syncs).toHaveLength(3);
  });

  test('never writes: every sync is loads only', async () => {
    const fake = new FakeExcel();
    addVillage(fake, 'Thôn 1', 100);
    const before = fake.snapshot('Thôn 1');
    await readGrids(fake.context());
    expect(fake.snapshot('Thôn 1')).toEqual(before);
  });
});

describe('planBatch', () => {
  const areas = () =>
    startReading([
      { sheet: 0, top: 0, left: 0, rowCount: 10, columnCount: 1 },
      { sheet: 1, top: 0, left: 0, rowCount: 10, columnCount: 2 },
    ]);
  const shape = (batch: ReturnType<typeof planBatch>) => batch.map((s) => [s.area.sheet, s.start, s.rowCount]);

  test('starts with the first rows of every sheet, then fills the batch in tab order', () => {
    const reading = areas();
    // 64 bytes a slice, 10 a cell before measuring: room for 3 probe rows of each sheet and the rest
    // of sheet 0, not for one more row of sheet 1.
    expect(shape(planBatch(reading, 64 + 3 * 10 + 64 + 3 * 20 + 64 + 7 * 10 + 64 + 19, 10, 3))).toEqual([
      [0, 0, 3],
      [1, 0, 3],
      [0, 3, 7],
    ]);
  });

  test('sizes later rows by what each sheet measured, and ends when every row is planned', () => {
    const reading = areas();
    expect(shape(planBatch(reading, 64 + 2 * 100 + 64 + 4 * 100 + 50, 100, 2))).toEqual([
      [0, 0, 2],
      [1, 0, 2],
    ]);
    reading.forEach((area) => (area.measuredRows = 2));
    reading[0].measuredBytes = 2 * 5; // 5 bytes a cell
    reading[1].measuredBytes = 4 * 50; // 50 bytes a cell
    // With a margin of 5 %: 8 rows of sheet 0 cost 42 bytes, sheet 1's rows 105 each.
    expect(shape(planBatch(reading, 64 + 42 + 64 + 2 * 105 + 10, 100, 2))).toEqual([
      [0, 2, 8],
      [1, 2, 2],
    ]);
    expect(shape(planBatch(reading, 1_000_000, 100, 2))).toEqual([[1, 4, 6]]);
    expect(planBatch(reading, 1_000_000, 100, 2)).toEqual([]);
  });

  test('a row wider than the whole budget is still read, alone', () => {
    const reading = startReading([{ sheet: 0, top: 0, left: 0, rowCount: 2, columnCount: 100 }]);
    expect(shape(planBatch(reading, 500, 64, 1))).toEqual([[0, 0, 1]]);
    expect(shape(planBatch(reading, 500, 64, 1))).toEqual([[0, 1, 1]]);
  });

  test('probes fewer rows when the sheets are so many that 64 rows of each would not fit half a batch', () => {
    const sheets = Array.from({ length: 1000 }, (_, sheet) => ({ sheet, top: 0, left: 0, rowCount: 5000, columnCount: 10 }));
    expect(probeRows(sheets.slice(0, 2), DEFAULT_PAYLOAD_BUDGET, UNMEASURED_BYTES_PER_CELL)).toBe(64);
    const few = probeRows(sheets, DEFAULT_PAYLOAD_BUDGET, UNMEASURED_BYTES_PER_CELL);
    expect(few).toBeLessThan(64);
    expect(few * 10 * 1000 * UNMEASURED_BYTES_PER_CELL).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET / 2);
    expect(probeRows(Array.from({ length: 100_000 }, () => sheets[0]), DEFAULT_PAYLOAD_BUDGET, UNMEASURED_BYTES_PER_CELL)).toBe(1);
  });
});

import { planBatch, readGrids, SLICE_BYTES, type PlanCursor, type UsedArea } from '../../src/excel/read-grids';
import { DEFAULT_PAYLOAD_BUDGET } from '../../src/excel/payload';
import { FakeExcel } from './fake-excel';
import { addVillage, expectedGrid, type ListSheet } from './fixtures';
import { SHEET } from '../../src/core/vocabulary';

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

  test('at the 4 MB budget the sync count follows the amount of data, not the number of sheets', async () => {
    const sixty = new FakeExcel();
    for (let i = 1; i <= 60; i++) addVillage(sixty, `Thôn ${i}`, 2000, undefined, i * 10_000);
    await readGrids(sixty.context());

    const one = new FakeExcel();
    addVillage(one, 'Thôn lớn', 60 * 2000 + 59); // the same number of cells, headers included
    await readGrids(one.context());

    expect(sixty.syncs.length).toBe(one.syncs.length);
    expect(sixty.syncs.length).toBeGreaterThan(3);
    for (const s of [...sixty.syncs, ...one.syncs]) expect(s.payloadBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
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
  /** Every batch of a plan at fixed bytes per cell, with a cap on the calls: a planner that stopped advancing fails here instead of hanging. */
  function planAll(areas: readonly UsedArea[], budget: number, bytesPerCell: (area: UsedArea) => number) {
    const rows = areas.reduce((n, a) => n + a.rowCount, 0);
    const batches = [];
    let cursor: PlanCursor = { area: 0, row: 0 };
    for (let calls = 0; ; calls++) {
      if (calls > rows) throw new Error(`planBatch was called ${calls} times for ${rows} rows: it did not advance`);
      const { batch, next } = planBatch(areas, cursor, budget, bytesPerCell);
      if (batch.length === 0) return batches;
      batches.push(batch.map((s) => [s.area.sheet, s.start, s.rowCount]));
      cursor = next;
    }
  }

  test('fills each batch up to the budget across sheets, cutting sheets into row slices', () => {
    const areas = [
      { sheet: 0, top: 0, left: 0, rowCount: 10, columnCount: 1 },
      { sheet: 1, top: 0, left: 0, rowCount: 10, columnCount: 1 },
    ];
    // Rows of 1,000 bytes: room for 6 rows and two slices' overhead in a batch.
    expect(planAll(areas, 6 * 1000 + 2 * SLICE_BYTES, () => 1000)).toEqual([
      [[0, 0, 6]],
      [
        [0, 6, 4],
        [1, 0, 2],
      ],
      [[1, 2, 6]],
      [[1, 8, 2]],
    ]);
  });
});

/**
 * Hidden rows and columns, and rows a filter hides, through the Office.js reader: read like any other,
 * said in the Grid, and found in a constant number of syncs (one more only when some sheet hides some).
 */
import { readGrids } from '../../src/excel/read-grids';
import { FakeExcel } from './fake-excel';
import { addVillage, expectedGrid, modelOf } from './fixtures';

const BIG = 64 * 1024 * 1024;

function hiddenWorkbook(sheets: number, origin?: { row: number; col: number }) {
  const fake = new FakeExcel({ maxPayloadBytes: BIG });
  const lists = [];
  for (let i = 1; i <= sheets; i++) {
    lists.push(addVillage(fake, `Thôn ${i}`, 40, origin, i * 1000));
    const sheet = fake.sheet(`Thôn ${i}`);
    const top = origin?.row ?? 0;
    const left = origin?.col ?? 0;
    // Rows 6–8 and 20 of the list (grid rows 5–7 and 19) and its BHYT column (grid column 4) hidden.
    for (const r of [5, 6, 7, 19]) sheet.hiddenRows.add(top + r);
    sheet.hiddenColumns.add(left + 4);
  }
  return { fake, lists };
}

describe('readGrids: hidden rows and columns', () => {
  test('says which rows and columns are hidden, relative to the used range, and the values are all there', async () => {
    const { fake, lists } = hiddenWorkbook(1, { row: 2, col: 1 });
    const [grid] = await readGrids(fake.context(), { payloadBudget: BIG });
    expect(grid.hidden).toEqual({ rows: [5, 6, 7, 19], columns: [4] });
    expect(grid.values).toEqual(expectedGrid('Thôn 1', lists[0], { row: 2, col: 1 }).values);
  });

  test('one sync more when some sheet hides something, the same for 1 sheet and 30', async () => {
    const plain = new FakeExcel({ maxPayloadBytes: BIG });
    addVillage(plain, 'Thôn 1', 40);
    await readGrids(plain.context(), { payloadBudget: BIG });
    const one = hiddenWorkbook(1);
    await readGrids(one.fake.context(), { payloadBudget: BIG });
    const thirty = hiddenWorkbook(30);
    await readGrids(thirty.fake.context(), { payloadBudget: BIG });
    expect(one.fake.syncs.length).toBe(plain.syncs.length + 1);
    expect(thirty.fake.syncs.length).toBe(one.fake.syncs.length);
  });

  test('a sheet whose every row is hidden needs no extra sync: rowHidden says so', async () => {
    const fake = new FakeExcel({ maxPayloadBytes: BIG });
    addVillage(fake, 'Thôn 1', 3);
    for (let r = 0; r < 4; r++) fake.sheet('Thôn 1').hiddenRows.add(r);
    const [grid] = await readGrids(fake.context(), { payloadBudget: BIG });
    expect(grid.hidden).toEqual({ rows: [0, 1, 2, 3] });
    expect(fake.syncs).toHaveLength(3);
  });

  test('rows a filter hides are reported as filtered, and every row is still counted', async () => {
    const { fake } = hiddenWorkbook(1);
    const sheet = fake.sheet('Thôn 1');
    sheet.autoFilter = 'A1:H41';
    sheet.filterHidesRows = true;
    const grids = await readGrids(fake.context(), { payloadBudget: BIG, autoFilter: true });
    expect(grids[0].hidden).toEqual({ rows: [5, 6, 7, 19], columns: [4], filtered: true });
    const model = modelOf(grids);
    expect(model.entities[0].records).toBe(40);
    expect(model.issues.filter((i) => i.severity === 'info').map((i) => [i.code, i.message])).toEqual([
      ['LIST_FILTERED', expect.stringContaining('4 dòng bị lọc ẩn (dòng 6–8, 20)')],
      ['COLUMNS_HIDDEN', expect.stringContaining('cột E')],
    ]);
  });

  test('without ExcelApi 1.9 the AutoFilter is not asked: hidden rows are reported as hidden', async () => {
    const { fake } = hiddenWorkbook(1);
    fake.sheet('Thôn 1').filterHidesRows = true;
    const grids = await readGrids(fake.context(), { payloadBudget: BIG });
    expect(grids[0].hidden?.filtered).toBeUndefined();
    expect(modelOf(grids).issues.map((i) => i.code)).toContain('ROWS_HIDDEN');
  });
});

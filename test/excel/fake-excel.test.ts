import { FakeExcel, FakeOfficeError } from './fake-excel';

/** The fake is only worth its tests if it fails where Office.js fails. */
describe('the Excel fake behaves like Office.js where the adapter depends on it', () => {
  test('a property cannot be read before it is loaded and synced', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Thôn 1', [['STT', 'Họ và tên']]);
    const context = fake.context();
    const range = context.workbook.worksheets.getItem('Thôn 1').getRange('A1:B1');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(range.values).toEqual([['STT', 'Họ và tên']]);
  });

  test('refuses empty and navigational loads', () => {
    const context = new FakeExcel().context();
    expect(() => context.workbook.worksheets.load()).toThrow(/no-empty-load/);
    expect(() => context.workbook.worksheets.load('items/format/font')).toThrow(/not supported/);
  });

  test('queued writes apply at sync, in order; a failing command stops the batch and keeps what ran before it', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Thôn 1');
    const context = fake.context();
    const ws = context.workbook.worksheets.getItem('Thôn 1');
    ws.getRange('A1').values = [['một']];
    context.workbook.worksheets.getItem('Không có').getRange('A1').values = [['x']];
    ws.getRange('A2').values = [['hai']];
    expect(fake.cell('Thôn 1', 'A1').value).toBe('');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.cell('Thôn 1', 'A1').value).toBe('một');
    expect(fake.cell('Thôn 1', 'A2').value).toBe('');
  });

  test('types written strings as Excel does, unless the cell is formatted as text', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S');
    const context = fake.context();
    const ws = context.workbook.worksheets.getItem('S');
    ws.getRange('A1:D1').values = [['=1+1', '001080000001', '2025-10-10', "'=x"]];
    const text = ws.getRange('A2:D2');
    text.numberFormat = [['@', '@', '@', '@']];
    text.values = [['=1+1', '001080000001', '2025-10-10', "'=x"]];
    await context.sync();
    expect(fake.cell('S', 'A1')).toMatchObject({ formula: '=1+1' });
    expect(fake.cell('S', 'B1').value).toBe(1080000001);
    expect(typeof fake.cell('S', 'C1').value).toBe('number');
    expect(fake.cell('S', 'D1').value).toBe('=x');
    expect(['A2', 'B2', 'C2', 'D2'].map((a) => fake.cell('S', a).value)).toEqual(['=1+1', '001080000001', '2025-10-10', "'=x"]);
    expect(fake.cell('S', 'A2').formula).toBeUndefined();
  });

  test('an injected failure applies part of the batch, records the sync and throws', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S');
    const context = fake.context();
    fake.failSync(1, { afterCommands: 1 });
    const ws = context.workbook.worksheets.getItem('S');
    ws.getRange('A1').values = [[1]];
    ws.getRange('A2').values = [[2]];
    await expect(context.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    expect([fake.cell('S', 'A1').value, fake.cell('S', 'A2').value]).toEqual([1, '']);
    expect(fake.syncs).toHaveLength(1);
  });

  test('APIs above the host requirement set fail at sync with ApiNotFound', async () => {
    const fake = new FakeExcel({ apiVersion: '1.8' });
    fake.addSheet('S');
    const context = fake.context();
    context.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape';
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('refuses a response above the payload limit and delivers nothing of it', async () => {
    const fake = new FakeExcel({ maxPayloadBytes: 1000 });
    fake.addSheet(
      'S',
      Array.from({ length: 200 }, (_, i) => [`dòng ${i}`]),
    );
    const context = fake.context();
    const range = context.workbook.worksheets.getItem('S').getRange('A1:A200');
    range.load('values');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  test('fails a test that syncs more often than it allows: a loop that never ends is caught by counting', async () => {
    const fake = new FakeExcel({ maxSyncs: 2 });
    const context = fake.context();
    await context.sync();
    await context.sync();
    await expect(context.sync()).rejects.toThrow(/sync 3 is more than the test allows \(2\)/);
  });
});

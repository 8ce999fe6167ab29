import { strToU8, zipSync } from 'fflate';
import { readOdsBytes } from '../../src/files/ods/read-ods';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

function ods(tables: string): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`),
  });
}

test('an .ods list reads into Grids: text, numbers, dates, repeats, hidden rows and columns, comments left out', () => {
  const grids = readOdsBytes(
    ods(
      '<table:table table:name="Thôn 1">' +
        '<table:table-column table:number-columns-repeated="2"/><table:table-column table:visibility="collapse"/><table:table-column table:number-columns-repeated="1020"/>' +
        '<table:table-row><table:table-cell office:value-type="string"><text:p>STT</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Họ và <text:span>tên</text:span></text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Ngày sinh</text:p></table:table-cell></table:table-row>' +
        '<table:table-row table:visibility="collapse"><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell><table:table-cell office:value-type="string"><office:annotation><text:p>ghi chú</text:p></office:annotation><text:p>Nguyễn<text:s text:c="2"/>Văn An</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2025-10-21"><text:p>21/10/2025</text:p></table:table-cell></table:table-row>' +
        '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell></table:table-row>' +
        '<table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
        '</table:table><table:table table:name="Đơn vị 2"><table:table-row><table:table-cell office:value-type="percentage" office:value="0.95"><text:p>95%</text:p></table:table-cell></table:table-row></table:table>',
    ),
  );
  expect(grids.map((g) => g.sheet)).toEqual(['Thôn 1', 'Đơn vị 2']);
  expect(grids[0].values).toEqual([
    ['STT', 'Họ và tên', 'Ngày sinh'],
    [1, 'Nguyễn  Văn An', 45951],
    [null, null, true],
    [null, null, true],
  ]);
  expect(grids[0].formats).toEqual([undefined, ['General', '', 'dd/mm/yyyy']]);
  expect(grids[0].hidden).toEqual({ rows: [1], columns: [2] });
  expect(grids[1]).toEqual({ sheet: 'Đơn vị 2', values: [[0.95]], formats: [['0%']] });
});

describe('hostile OpenDocument sheets (ISSUE 14 §2)', () => {
  const text = (v: string) => `<table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;

  test('a note in the last column on every row keeps only the columns that hold something', () => {
    const row = (cells: string[]) => `<table:table-row>${cells.map(text).join('')}<table:table-cell table:number-columns-repeated="${16_383 - cells.length}"/>${text('ghi chú')}</table:table-row>`;
    const rows = Array.from({ length: 50 }, (_, i) => row([String(i + 1), `Người ${i}`]));
    const [grid] = readOdsBytes(ods(`<table:table table:name="Thôn 1">${row(['STT', 'Họ và tên'])}${rows.join('')}<table:table-row table:number-rows-repeated="3">${text('x')}<table:table-cell table:number-columns-repeated="16382"/>${text('y')}</table:table-row></table:table>`));
    expect(grid.columns).toEqual([0, 1, 16_383]);
    expect(grid.values[0]).toEqual(['STT', 'Họ và tên', 'ghi chú']);
    expect(grid.values[50]).toEqual(['50', 'Người 49', 'ghi chú']);
    expect(grid.values.slice(51)).toEqual([['x', null, 'y'], ['x', null, 'y'], ['x', null, 'y']]);
  });

  test('a value beyond Excel’s last row or repeated past its last column is refused or cut, never billions of cells', () => {
    const far = `<table:table table:name="Thôn 1"><table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row><table:table-row>${text('x')}</table:table-row></table:table>`;
    expect(() => readOdsBytes(ods(far))).toThrow(/dòng 1048577 nằm ngoài bảng tính Excel/);
    const [wide] = readOdsBytes(ods(`<table:table table:name="Thôn 1"><table:table-row><table:table-cell table:number-columns-repeated="1000000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`));
    expect(wide.values[0]).toHaveLength(16_384);
  });
});

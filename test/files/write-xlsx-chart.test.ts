/**
 * The file writer draws the chart sheet's chart (issue 13 §6: "Biểu đồ" had no chart in the report
 * file): a drawing anchored over the spec's cells, clustered columns per series and the target as a
 * line, each pointing at the sheet's cells with their values cached. Read as XML, and by ExcelJS.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Range, SheetSpec } from '../../src/core/sheetspec';
import { writeXlsxBytes, writeXlsxBytesAsync } from '../../src/files/write-xlsx';
import { childNamed, childrenNamed, descendants, parseXml, type XmlElement } from '../manifest/xml';

const range = (top: number, left: number, bottom: number, right: number): Range => ({ top, left, bottom, right });
const PRINT: SheetSpec['print'] = { paper: 'A4', orientation: 'landscape', fitToWidth: true, margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } };
const VILLAGES: [string, number | null][] = [
  ['Thôn Bờ Y', 0.879],
  ['Thôn Đăk Ri Dốp', 0.752],
  ["Thôn K'Bang", null],
  ['TDP 1', 0.938],
];

function chartSheet(options: { table?: boolean } = {}): SheetSpec {
  const rows: SheetSpec['rows'] = [
    [{ v: 'Tỷ lệ tài khoản mức 2 (chỉ tiêu ≥ 95%)', s: 'td' }],
    [],
    [],
    [{ v: 'Thôn, tổ dân phố', s: 'td' }, { v: 'Tỷ lệ đạt', s: 'td' }, { v: 'Chỉ tiêu', s: 'td' }],
    ...VILLAGES.map(([name, rate]): SheetSpec['rows'][number] => [{ v: name, s: 'td' }, { v: rate, s: 'td' }, { v: 0.95, s: 'td' }]),
  ];
  return {
    name: 'Biểu đồ',
    rows,
    styles: { td: {} },
    baseFont: { name: 'Times New Roman', size: 12 },
    columnWidths: [28, 12, 12],
    merges: [],
    print: PRINT,
    ...(options.table ? { table: range(3, 0, 7, 2) } : {}),
    chart: {
      kind: 'bar',
      title: 'Tỷ lệ tài khoản mức 2 (chỉ tiêu ≥ 95%)',
      categories: range(4, 0, 7, 0),
      series: [{ name: 'Tỷ lệ đạt', values: range(4, 1, 7, 1) }],
      target: { name: 'Chỉ tiêu ≥ 95%', values: range(4, 2, 7, 2) },
      anchor: range(3, 4, 23, 13),
    },
  };
}

function parts(specs: SheetSpec[]): Record<string, string> {
  const files = unzipSync(writeXlsxBytes(specs));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const texts = (element: XmlElement | undefined, name: string) =>
  element ? [...descendants(element)].filter((e) => e.name === name).map((e) => e.text) : [];

describe('the report file draws the chart sheet\'s chart', () => {
  const files = parts([chartSheet()]);

  test('as a drawing of the sheet holding one chart part, each declared', () => {
    expect(files['xl/worksheets/sheet1.xml']).toContain('<drawing r:id="rId1"/>');
    expect(files['xl/worksheets/_rels/sheet1.xml.rels']).toContain('Target="../drawings/drawing1.xml"');
    expect(files['xl/drawings/_rels/drawing1.xml.rels']).toContain('Target="../charts/chart1.xml"');
    expect(files['[Content_Types].xml']).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(files['[Content_Types].xml']).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  test('anchored over the cells the spec names, its right and bottom edges included', () => {
    const anchor = childNamed(parseXml(files['xl/drawings/drawing1.xml']), 'xdr:twoCellAnchor');
    const corner = (name: string) => {
      const c = anchor && childNamed(anchor, name);
      return c && [childNamed(c, 'xdr:col')?.text, childNamed(c, 'xdr:row')?.text];
    };
    expect({ from: corner('xdr:from'), to: corner('xdr:to') }).toEqual({ from: ['4', '3'], to: ['14', '24'] });
  });

  test('as columns of the rates and a line at the target, over the village names, values cached', () => {
    const plot = childNamed(childNamed(parseXml(files['xl/charts/chart1.xml']), 'c:chart') as XmlElement, 'c:plotArea') as XmlElement;
    const bar = childNamed(plot, 'c:barChart');
    const line = childNamed(plot, 'c:lineChart');
    const [barSeries] = bar ? childrenNamed(bar, 'c:ser') : [];
    const [lineSeries] = line ? childrenNamed(line, 'c:ser') : [];
    expect(childNamed(bar as XmlElement, 'c:barDir')?.attributes.val).toBe('col');
    expect(texts(barSeries, 'c:f')).toEqual(["'Biểu đồ'!$A$5:$A$8", "'Biểu đồ'!$B$5:$B$8"]);
    expect(texts(lineSeries, 'c:f')).toEqual(["'Biểu đồ'!$A$5:$A$8", "'Biểu đồ'!$C$5:$C$8"]);
    const strCache = childNamed(childNamed(childNamed(barSeries, 'c:cat') as XmlElement, 'c:strRef') as XmlElement, 'c:strCache');
    expect(texts(strCache, 'c:v')).toEqual(VILLAGES.map(([name]) => name));
    const numCache = childNamed(childNamed(childNamed(barSeries, 'c:val') as XmlElement, 'c:numRef') as XmlElement, 'c:numCache') as XmlElement;
    // The village without a figure is a gap, not a zero bar.
    expect(childrenNamed(numCache, 'c:pt').map((pt) => [pt.attributes.idx, childNamed(pt, 'c:v')?.text])).toEqual([
      ['0', '0.879'],
      ['1', '0.752'],
      ['3', '0.938'],
    ]);
    expect(texts(childNamed(barSeries, 'c:tx'), 'c:v')).toEqual(['Tỷ lệ đạt']);
    expect(texts(childNamed(lineSeries, 'c:tx'), 'c:v')).toEqual(['Chỉ tiêu ≥ 95%']);
  });

  test('beside a table on the same sheet, each with its own relationship', () => {
    const both = parts([chartSheet({ table: true })]);
    expect(both['xl/worksheets/sheet1.xml']).toContain('<drawing r:id="rId2"/>');
    expect(both['xl/worksheets/sheet1.xml']).toContain('<tablePart r:id="rId1"/>');
    const rels = both['xl/worksheets/_rels/sheet1.xml.rels'];
    expect(rels).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table"');
    expect(rels).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"');
  });

  test('and nothing for a sheet without a chart', () => {
    const { chart: _chart, ...plain } = chartSheet();
    const none = parts([plain]);
    expect(Object.keys(none).filter((name) => /drawing|chart/.test(name))).toEqual([]);
    expect(none['xl/worksheets/sheet1.xml']).not.toContain('<drawing');
  });

  test('in a file ExcelJS opens with the sheet\'s figures intact', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(writeXlsxBytes([chartSheet(), { ...chartSheet(), name: 'Biểu đồ 2' }]).buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Biểu đồ', 'Biểu đồ 2']);
    expect(book.getWorksheet('Biểu đồ 2')?.getCell('B6').value).toBe(0.752);
    const twice = parts([chartSheet(), { ...chartSheet(), name: 'Biểu đồ 2' }]);
    expect(twice['xl/drawings/_rels/drawing2.xml.rels']).toContain('../charts/chart2.xml');
    expect(twice['xl/charts/chart2.xml']).toContain("'Biểu đồ 2'!$B$5:$B$8");
  });
});

describe('the report file written a block of rows at a time (the pane shows how far it is)', () => {
  function bigSheet(rows: number): SheetSpec {
    return {
      name: 'Lỗi dữ liệu',
      rows: Array.from({ length: rows }, (_, r) => [{ v: r + 1 }, { v: `Người ${r + 1}` }]),
      styles: {},
      baseFont: { name: 'Times New Roman', size: 12 },
      columnWidths: [6, 30],
      merges: [],
      print: PRINT,
    };
  }

  test('gives the same workbook as the one-go writer and reports rows written, rising to all of them', async () => {
    const specs = [chartSheet(), bigSheet(5_000)];
    const seen: { done: number; total: number }[] = [];
    // sliceMs 0: it pauses after every block, so each block's progress is heard.
    const bytes = await writeXlsxBytesAsync(specs, (p) => seen.push(p), 0);
    // The same parts with the same contents (the zip's own bytes differ by the time it records).
    const ours = unzipSync(bytes);
    const reference = unzipSync(writeXlsxBytes(specs));
    expect(Object.keys(ours)).toEqual(Object.keys(reference));
    for (const name of Object.keys(reference)) expect({ name, same: Buffer.from(ours[name]).equals(Buffer.from(reference[name])) }).toEqual({ name, same: true });
    const total = 8 + 5_000;
    expect(seen.every((p) => p.total === total)).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(Math.floor(5_000 / 512));
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: total, total });
  });
});

/**
 * Other formats people receive: the same village list as .xlsx and as CSV in every encoding and
 * separator communes send gives the same figures; .xls and .ods are refused with how to convert.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { runCli } from '../../src/cli/run';
import { ReportModel } from '../../src/core/report/model';
import type { CellValue } from '../../src/core/grid';
import { cccd, listGrid } from '../helpers/lists';

const dir = mkdtempSync(join(tmpdir(), 'sskdt-formats-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

// Names without capitals that carry a tone: TCVN3 (VN3) types those with a capital font, a different file.
// The title holds a line break, quotes and both separators, which the CSV must quote.
const list = listGrid(
  'Thôn Đông',
  [
    { name: 'Nguyễn Văn Bình', birth: '12/04/1985', sex: 'Nam', cccd: cccd(1985, true, 123), resident: 'x', level2: 'x', activated: 'x', integrated: 'x' },
    { name: 'Trần Thị Hường', birth: '03/05/1990', sex: 'Nữ', cccd: cccd(1990, false, 456), resident: 'x', level2: 'x', activated: '', integrated: '' },
    { name: 'Lê Văn Cường', birth: '21/09/1978', sex: 'Nam', cccd: cccd(1978, true, 789), resident: 'x', level2: 'có', activated: 'x', integrated: 'x' },
    { name: 'Phạm Thị Nguyệt', birth: '2015', sex: 'Nữ', cccd: '', resident: 'x', level2: '', activated: '', integrated: 'x' },
    { name: 'Đỗ Văn Lưu', birth: '30/01/1966', sex: 'Nam', cccd: cccd(1966, true, 321), resident: 'x', level2: '', activated: '', integrated: '' },
  ],
  { above: [['DANH SÁCH CÔNG DÂN\n"THÔN ĐÔNG"; xóm Đoài, bãi']] },
);

function csv(rows: readonly CellValue[][], delimiter: string): string {
  const field = (v: CellValue) => {
    const s = v === null ? '' : String(v);
    return /["\r\n,;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(delimiter)).join('\r\n') + '\r\n';
}

/** Windows-1258 keeps some letters whole and writes the five tones as combining marks after them. */
function windows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const split = [...text.normalize('NFC')].map((ch) => {
    const parts = ch.normalize('NFD');
    return parts.replace(tones, '').normalize('NFC') + (parts.match(tones) ?? []).join('');
  });
  return iconv.encode(split.join(''), 'windows1258');
}

function utf16be(text: string): Buffer {
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

interface Figures {
  entities: [string, number][];
  indicators: string;
  issues: string[];
  /** Columns the legacy reader decoded. */
  legacy: number;
}

async function figuresOf(path: string): Promise<Figures> {
  const json = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const { io, err } = capture();
  const code = await runCli([path, '--campaign', 'bo-y-2025', '--as-of', '20/10/2025', '--out', join(dir, 'r.xlsx'), '--json', json, '--quiet'], io);
  expect([code, err]).toEqual([0, []]);
  const model = ReportModel.parse(JSON.parse(readFileSync(json, 'utf8')));
  return {
    entities: model.entities.map((e) => [e.name, e.records]),
    indicators: JSON.stringify(model.entities.map((e) => e.indicators)),
    // The legacy reader says which column it decoded: that note is what tells a TCVN3 file apart.
    issues: model.issues.filter((i) => i.code !== 'TEXT_LEGACY_ENCODING').map((i) => `${i.code}@${i.column}${i.row}`),
    legacy: model.issues.filter((i) => i.code === 'TEXT_LEGACY_ENCODING').length,
  };
}

describe('a list as CSV gives the figures of the same list as .xlsx', () => {
  let xlsx: Figures;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(list.sheet);
    for (const row of list.values) ws.addRow(row);
    const path = join(dir, 'Thôn Đông.xlsx');
    await wb.xlsx.writeFile(path);
    xlsx = await figuresOf(path);
  }, 60_000);

  test('the .xlsx itself is counted: four valid CCCDs, level 2 for three, no leading-zero warning', () => {
    expect(xlsx.entities).toEqual([['Thôn Đông', 5]]);
    expect(xlsx.legacy).toBe(0);
    expect(JSON.parse(xlsx.indicators)[0].level2_registered).toMatchObject({ numerator: 3, denominator: 4 });
  });

  const text = csv(list.values, ',');
  const cases: [string, string, Buffer][] = [
    ['UTF-8', 'Thôn Đông.csv', Buffer.from(text, 'utf8')],
    ['UTF-8 with a BOM', 'Thôn Đông.csv', Buffer.from('\ufeff' + text, 'utf8')],
    ['UTF-16 LE with a BOM', 'Thôn Đông.csv', Buffer.from('\ufeff' + text, 'utf16le')],
    ['UTF-16 BE with a BOM', 'Thôn Đông.csv', utf16be(text)],
    ['semicolons (Vietnamese Excel)', 'Thôn Đông.csv', Buffer.from(csv(list.values, ';'), 'utf8')],
    ['tabs', 'Thôn Đông.tsv', Buffer.from(csv(list.values, '\t'), 'utf8')],
    ['Windows-1258', 'Thôn Đông.csv', windows1258(csv(list.values, ';'))],
    ['TCVN3 (.VnTime)', 'Thôn Đông.csv', iconv.encode(csv(list.values, ';'), 'tcvn')],
  ];
  test.each(cases)('%s', async (encoding, name, bytes) => {
    const sub = mkdtempSync(join(dir, 'csv-'));
    const path = join(sub, name);
    writeFileSync(path, bytes);
    const figures = await figuresOf(path);
    expect({ ...figures, legacy: 0 }).toEqual(xlsx);
    // Only the TCVN3 file goes through the engine's legacy decoding; Windows-1258 is decoded on reading.
    expect(figures.legacy > 0).toBe(encoding.startsWith('TCVN3'));
    expect(figures.issues.filter((i) => i.includes('LEADING_ZERO'))).toEqual([]);
  }, 60_000);
});

describe('formats the command line cannot read are named, with how to convert them', () => {
  async function refused(name: string, bytes: Buffer) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const { io, err } = capture();
    const code = await runCli([path, '--campaign', 'bo-y-2025', '--out', join(dir, 'never.xlsx')], io);
    return { code, err };
  }

  /** A zip whose first entry, stored, is `mimetype`: how every OpenDocument file starts. */
  function odsBytes(): Buffer {
    const mimetype = Buffer.from('application/vnd.oasis.opendocument.spreadsheet');
    const name = Buffer.from('mimetype');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt32LE(mimetype.length, 18);
    header.writeUInt32LE(mimetype.length, 22);
    header.writeUInt16LE(name.length, 26);
    return Buffer.concat([header, name, mimetype, Buffer.alloc(64)]);
  }

  test.each([
    ['.xls (Excel 97–2003)', 'thon-2.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])],
    // A .xls renamed .xlsx is still a .xls: the bytes decide.
    ['.xls (Excel 97–2003)', 'thon-4.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])],
  ])('%s (%s): exit 1, Vietnamese then English, how to convert', async (format, name, bytes) => {
    const { code, err } = await refused(name, bytes);
    expect(code).toBe(1);
    expect(err).toHaveLength(2);
    expect(err[0]).toContain(`Chưa đọc được tệp ${format}`);
    expect(err[0]).toContain('Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx)');
    expect(err[0]).toContain('soffice --headless --convert-to xlsx');
    expect(err[1]).toContain('File → Save As');
    expect(err.join('\n')).not.toMatch(/central directory|\n\s+at /);
  });

  test('a damaged .ods (no content.xml) is read by the OpenDocument reader and refused, Vietnamese then English', async () => {
    const { code, err } = await refused('thon-3.ods', odsBytes());
    expect(code).toBe(1);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^Không đọc được .*thon-3\.ods/);
    expect(err[1]).toContain('Cannot read');
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  test('text saved under a workbook name is refused, with the rename that helps', async () => {
    const { code, err } = await refused('thon-5.xlsx', Buffer.from('STT,Họ và tên\r\n1,An\r\n'));
    expect(code).toBe(1);
    expect(err[0]).toContain('đổi đuôi tệp thành .csv');
    expect(err[1]).toContain('rename it to .csv');
  });
});

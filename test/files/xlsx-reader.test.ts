import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { nativeInflate } from '../../src/files/native-inflate';
import { readXlsxBytes, readXlsxFile, UnreadableFileError } from '../../src/files/read-xlsx';
import fc from 'fast-check';
import { bytesXmlText, isName } from '../../src/files/xlsx/byte-scanner';
import { SheetBuilder } from '../../src/files/xlsx/sheet';
import { scanByteChunks, scanChunks } from '../../src/files/xlsx/xml-part';
import type { WholeInflate } from '../../src/files/xlsx/zip';
import { minimalXlsx } from './minimal-xlsx';

const sheetData = (rows: string) => `<sheetData>${rows}</sheetData>`;
const one = (body: string, parts?: Parameters<typeof minimalXlsx>[1]) => readXlsxBytes(minimalXlsx([{ name: 'Thôn 1', body }], parts))[0];

describe('cell values', () => {
  test('a shared string and an inline string read the same; rich text reads as its plain text', () => {
    const grid = one(sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Trần Thị Bình</t></is></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><r><t>Lê </t></r><r><rPr><b/></rPr><t>Văn Cường</t></r></is></c></row>'), {
      sharedStrings: ['<si><t>Nguyễn Văn An</t></si>', '<si><r><t xml:space="preserve">Phạm </t></r><r><rPr><i/></rPr><t>Thị Dung</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>'],
    });
    expect(grid.values).toEqual([['Nguyễn Văn An', 'Trần Thị Bình', 'Phạm Thị Dung', 'Lê Văn Cường']]);
    expect(grid.formats).toEqual([]);
  });

  test('a formula hands over its cached value; one never calculated is empty', () => {
    const grid = one(sheetData('<row r="1"><c r="A1" t="str"><f>IF(1=1,"x","")</f><v>x</v></c><c r="B1"><f>SUM(1,2)</f><v>3</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1"><f>A1&amp;B1</f></c></row>'));
    expect(grid.values).toEqual([['x', 3, true, null]]);
    expect(grid.formats).toEqual([['', 'General', '', '']]);
  });

  test('formulas with no cached value are marked by column and row; a calculated empty text is not (ISSUE 14 §3)', () => {
    const grid = one(
      sheetData(
        '<row r="1"><c r="A1"><f>SUM(1,2)</f></c><c r="B1" t="str"><f>""</f><v></v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1*2</f></c></row>' +
          '<row r="2"><c r="C2"><f t="shared" si="0"/></c></row><row r="3"><c r="A3"><f>1+1</f><v>2</v></c><c r="C3"><f t="shared" si="0"/><v>4</v></c></row>',
      ),
    );
    expect(grid.values).toEqual([[null, null, null], [null, null, null], [2, null, 4]]);
    expect(grid.uncalculated).toEqual([
      { column: 0, rows: [0] },
      { column: 2, rows: [0, 1] },
    ]);
    expect(one(sheetData('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>')).uncalculated).toBeUndefined();
  });

  test('an error value, typed or computed, reads as its text', () => {
    const grid = one(sheetData('<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><f>VLOOKUP(A3,Z:Z,1,0)</f><v>#REF!</v></c></row>'));
    expect(grid.values).toEqual([['#N/A', '#REF!']]);
  });

  test('entities and OOXML escapes are decoded, numbers and booleans typed', () => {
    const grid = one(sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>A &amp; B &lt;1&gt; &#272;&#x1EA1;i_x000D__x000a_</t></is></c><c r="B1"><v>1.5E+3</v></c><c r="C1" t="b"><v>0</v></c></row>'));
    expect(grid.values).toEqual([['A & B <1> Đại\r\n', 1500, false]]);
  });
});

describe('number formats and dates', () => {
  const styles =
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\/mm\\/yyyy"/><numFmt numFmtId="165" formatCode="000000000000"/></numFmts>' +
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="49"/></cellXfs>';

  test('a date cell is an Excel serial with its date format; a custom format is its code', () => {
    const grid = one(sheetData('<row r="1"><c r="A1" s="1"><v>45951</v></c><c r="B1" s="2"><v>51080000001</v></c><c r="C1" s="3"><v>45951.5</v></c><c r="D1" s="4" t="s"><v>0</v></c><c r="E1"><v>7</v></c></row>'), {
      styles,
      sharedStrings: ['<si><t>051080000001</t></si>'],
    });
    expect(grid.values).toEqual([[45951, 51080000001, 45951.5, '051080000001', 7]]);
    // Formats only for numbers: the text cell's "@" is not handed over.
    expect(grid.formats).toEqual([['dd/mm/yyyy', '000000000000', 'mm-dd-yy', '', 'General']]);
  });

  test('a 1904 workbook hands over 1900-system serials', () => {
    const grid = one(sheetData('<row r="1"><c r="A1" s="1"><v>44489</v></c></row>'), { styles, workbookPr: '<workbookPr date1904="1"/>' });
    expect(grid.values).toEqual([[45951]]);
  });
});

describe('shape of the sheet', () => {
  test('rows and cells not starting at A1 keep their place from A1', () => {
    const grid = one(sheetData('<row r="3"><c r="C3" t="inlineStr"><is><t>STT</t></is></c></row><row r="5"><c r="B5"><v>1</v></c><c><v>2</v></c></row>'));
    expect(grid.values).toEqual([[], [], [null, null, 'STT'], [], [null, 1, 2]]);
    expect(grid.rowOffset).toBeUndefined();
    expect(grid.formats).toEqual([undefined, undefined, undefined, undefined, ['', 'General', 'General']]);
  });

  test('hidden rows and columns, and whether an AutoFilter hides the rows', () => {
    const rows = [1, 2, 3, 4].map((r) => `<row r="${r}"${r === 2 || r === 4 ? ' hidden="1"' : ''}><c r="A${r}"><v>${r}</v></c></row>`).join('');
    const plain = one(`<cols><col min="2" max="3" width="9" hidden="true"/><col min="5" max="5" hidden="0"/></cols>${sheetData(rows)}`);
    expect(plain.hidden).toEqual({ rows: [1, 3], columns: [1, 2] });
    const filtered = one(`${sheetData(rows)}<autoFilter ref="A1:A4"/>`);
    expect(filtered.hidden).toEqual({ rows: [1, 3], filtered: true });
    const nothing = one(`${sheetData('<row r="1"><c r="A1"><v>1</v></c></row>')}<autoFilter ref="A1:A4"/>`);
    expect(nothing.hidden).toBeUndefined();
  });

  test('a merged range repeats its top-left value over the cells it covers', () => {
    const grid = one(`${sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>DANH SÁCH</t></is></c><c r="B1" s="0"/></row>')}<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells>`);
    expect(grid.values).toEqual([
      ['DANH SÁCH', 'DANH SÁCH', 'DANH SÁCH'],
      ['DANH SÁCH', 'DANH SÁCH', 'DANH SÁCH'],
    ]);
  });

  test('sheets come in tab order with their names; prefixed element names read the same', () => {
    const bytes = minimalXlsx([
      { name: 'Thôn Bờ Y', body: sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') },
      { name: 'Trạm Y tế &amp; TT', body: '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:row r="1"><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData>' },
    ]);
    expect(readXlsxBytes(bytes).map((g) => [g.sheet, g.values])).toEqual([
      ['Thôn Bờ Y', [[1]]],
      ['Trạm Y tế & TT', [[null, 2]]],
    ]);
  });
});

describe('streaming', () => {
  test('a Vietnamese string whose UTF-8 bytes fall across chunk boundaries survives, whatever the chunk size', () => {
    const xml = new TextEncoder().encode('<si><t>Nguyễn Thị Hằng, Đặng Quốc Tuấn — Ủy ban nhân dân xã</t></si>');
    for (const size of [1, 2, 3, 5, 7]) {
      let text = '';
      scanChunks(
        (push) => {
          for (let i = 0; i < xml.length; i += size) push(xml.subarray(i, i + size));
        },
        { open() {}, close() {}, text: (content) => (text += content) },
      );
      expect({ size, text }).toEqual({ size, text: 'Nguyễn Thị Hằng, Đặng Quốc Tuấn — Ủy ban nhân dân xã' });
    }
  });

  test('a tag cut between chunks is read whole, with a ">" inside a quoted attribute', () => {
    const xml = new TextEncoder().encode('<a><b x="1&gt;2" y=\'p>q\'/><!-- <c> --><![CDATA[<d>]]></a>');
    const seen: string[] = [];
    scanChunks(
      (push) => {
        for (let i = 0; i < xml.length; i++) push(xml.subarray(i, i + 1));
      },
      {
        open: (name, tag) => seen.push(`<${name}${tag.attr('x') ? ` x=${tag.attr('x')} y=${tag.attr('y')}` : ''}>`),
        close: (name) => seen.push(`</${name}>`),
        text: (content) => seen.push(content),
      },
    );
    expect(seen).toEqual(['<a>', '<b x=1>2 y=p>q>', '</b>', '<d>', '</a>']);
  });
});

describe('streaming on the bytes (worksheets and shared strings)', () => {
  const encode = (xml: string) => new TextEncoder().encode(xml);
  const inChunks = (bytes: Uint8Array, size: number) => (push: (b: Uint8Array) => void) => {
    for (let i = 0; i < bytes.length; i += size) push(bytes.subarray(i, i + size));
  };
  const events = (xml: string, size: number) => {
    const seen: string[] = [];
    const name = (s: Uint8Array, from: number, to: number) => bytesXmlText(s, from, to, true);
    scanByteChunks(inChunks(encode(xml), size), {
      open: (s, from, to, tag) => seen.push(`<${name(s, from, to)}${tag.attr('x') === undefined ? '' : ` x=${tag.attr('x')} y=${tag.attr('y')}`}>`),
      close: (s, from, to) => seen.push(`</${name(s, from, to)}>`),
      text: (s, from, to, cdata) => seen.push(bytesXmlText(s, from, to, cdata)),
    });
    return seen;
  };
  /** A worksheet's XML read through the sheet reader in chunks of `size` bytes. */
  const sheetIn = (xml: string, size: number, strings: string[] = []) => {
    const builder = new SheetBuilder('Thôn 1', { strings, styles: ['', '', '0.00'], date1904: false });
    scanByteChunks(inChunks(encode(xml), size), builder);
    return builder.finish();
  };

  test('a Vietnamese string whose UTF-8 bytes fall across chunk boundaries survives, whatever the chunk size', () => {
    const text = 'Nguyễn Thị Hằng, Đặng Quốc Tuấn — Ủy ban nhân dân xã';
    for (const size of [1, 2, 3, 5, 7, 4096]) expect({ size, seen: events(`<si><t>${text}</t></si>`, size) }).toEqual({ size, seen: ['<si>', '<t>', text, '</t>', '</si>'] });
  });

  test('a tag cut between chunks is read whole, with a ">" inside a quoted attribute; comments and declarations are skipped', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "f">]><x:a><b x="1&gt;2" y=\'p>q\'/><!-- <c> --><![CDATA[<d>]]></x:a>';
    for (const size of [1, 2, 3, 64]) expect(events(xml, size)).toEqual(['<a>', '<b x=1>2 y=p>q>', '</b>', '<d>', '</a>']);
  });

  test('a document cut inside a tag is refused', () => {
    expect(() => events('<a><b x="1"', 4)).toThrow('XML ends inside a tag');
  });

  test('element names are compared whole', () => {
    const s = encode('rowrPhrPr');
    expect([isName(s, 0, 3, 'row'), isName(s, 3, 6, 'rPh'), isName(s, 6, 9, 'rPh'), isName(s, 0, 2, 'row')]).toEqual([true, true, false, false]);
  });

  test('a sheet reads the same whatever the chunk size, a token longer than the stitch included', () => {
    const long = 'Đ'.repeat(5000);
    const xml = sheetData(
      `<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>${long}</t></is></c><c r="D1" s="2"><v>-0.25</v></c></row>` +
        '<row r="2"><c r="A2"><v>12</v></c><c r="C2" t="str"><v>a&amp;b</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2"><v>1.5E+3</v></c></row>',
    );
    const whole = sheetIn(xml, xml.length * 3, ['Nam', 'Nữ']);
    expect(whole.values).toEqual([
      ['Nữ', long, null, -0.25],
      [12, null, 'a&b', '#N/A', 1500],
    ]);
    expect(whole.formats).toEqual([
      ['', '', '', '0.00'],
      ['General', '', '', '', 'General'],
    ]);
    for (const size of [1, 3, 1000, 4095, 4097]) expect(sheetIn(xml, size, ['Nam', 'Nữ'])).toEqual(whole);
    // Chunks longer than the stitch, each cutting a short token: the rest of a chunk is scanned in place.
    const many = sheetData(Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}.5</v></c><c r="B${i + 1}" t="s"><v>${i % 2}</v></c></row>`).join(''));
    const read = sheetIn(many, many.length * 2, ['Nam', 'Nữ']);
    expect(read.values[1999]).toEqual([1999.5, 'Nữ']);
    for (const size of [4097, 5003, 9999]) expect(sheetIn(many, size, ['Nam', 'Nữ'])).toEqual(read);
  });

  test('a part whose stated size is wrong is inflated as a stream and reads the same', () => {
    const body = sheetData(Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Thôn ${i}</t></is></c></row>`).join(''));
    const zip = minimalXlsx([{ name: 'Thôn 1', body }]);
    const right = readXlsxBytes(zip);
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    for (const delta of [-7, 7]) {
      const wrong = zip.slice();
      // The central directory's record of the sheet (signature PK\1\2, its name 46 bytes in): its uncompressed size at +24.
      const at = wrong.findIndex((_, i) => wrong[i] === 0x50 && wrong[i + 1] === 0x4b && wrong[i + 2] === 1 && wrong[i + 3] === 2 && name.every((b, k) => wrong[i + 46 + k] === b));
      const view = new DataView(wrong.buffer);
      view.setUint32(at + 24, view.getUint32(at + 24, true) + delta, true);
      expect(readXlsxBytes(wrong)).toEqual(right);
      // The command line's native inflate gives a wrong size back to fflate's stream, which reads the same.
      expect(readXlsxBytes(wrong, { inflate: nativeInflate })).toEqual(right);
    }
    expect(right[0].values[299]).toEqual(['Thôn 299']);
  });

  test("the command line's native inflate reads every fixture as fflate does, and hands back what it cannot inflate", () => {
    const dir = join(__dirname, '..', 'fixtures');
    const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      // Counted, so a reader that never asked it (fflate doing all the work) would fail here, not pass on fflate's grids.
      let inflated = 0;
      const counted: WholeInflate = (compressed, limit) => {
        const out = nativeInflate(compressed, limit);
        if (out !== null) inflated++;
        return out;
      };
      expect(readXlsxBytes(bytes, { inflate: counted })).toEqual(readXlsxBytes(bytes));
      expect({ f, inflated: inflated > 0 }).toEqual({ f, inflated: true });
    }
    const text = new TextEncoder().encode('<row r="1"/>'.repeat(50));
    const packed = deflateRawSync(text);
    expect(nativeInflate(packed, text.length + 1)).toEqual(text);
    expect(nativeInflate(packed, text.length - 1)).toBeNull();
    expect(nativeInflate(new Uint8Array([0xff, 0xff, 0xff]), 100)).toBeNull();
  });

  test('a number read from its digits is the number parseFloat reads', () => {
    const digits = fc.stringMatching(/^-?[0-9]{0,18}(\.[0-9]{0,18})?$/);
    fc.assert(
      // An empty <v></v> is an empty cell, not a number.
      fc.property(fc.oneof(digits, fc.double().map(String), fc.string()).filter((text) => text !== ''), (text) => {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const [[value]] = sheetIn(sheetData(`<row r="1"><c r="A1"><v>${escaped}</v></c></row>`), 1 << 16).values;
        expect(Object.is(value, parseFloat(text))).toBe(true);
      }),
    );
  });

  test('rows whose formats read the same share them; a merge writes into its own row only', () => {
    const rows = [1, 2, 3].map((r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="s"><v>0</v></c></row>`).join('');
    const grid = one(`${sheetData(rows)}<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`, { sharedStrings: ['<si><t>x</t></si>'] });
    expect(grid.values).toEqual([
      [1, 1],
      [2, 'x'],
      [3, 'x'],
    ]);
    expect(grid.formats).toEqual([
      ['General', 'General'],
      ['General', ''],
      ['General', ''],
    ]);
    const plain = one(sheetData(rows), { sharedStrings: ['<si><t>x</t></si>'] });
    expect(plain.formats?.[1]).toBe(plain.formats?.[2]);
  });
});

describe('files that are not a readable .xlsx', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'xlsx-reader-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const reasonOf = async (path: string) => {
    try {
      await readXlsxFile(path);
    } catch (e) {
      expect(e).toBeInstanceOf(UnreadableFileError);
      return (e as UnreadableFileError).reason;
    }
    throw new Error('read without error');
  };

  test('a missing file, a text file and an old .xls each say what they are, in Vietnamese first', async () => {
    expect(await reasonOf(join(dir, 'không-có.xlsx'))).toBe('không tìm thấy tệp (file not found)');
    writeFileSync(join(dir, 'list.xlsx'), 'STT,Họ và tên\n1,Nguyễn Văn An\n');
    expect(await reasonOf(join(dir, 'list.xlsx'))).toMatch(/^không đọc được tệp \.xlsx \(not a readable \.xlsx file/);
    writeFileSync(join(dir, 'old.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(await reasonOf(join(dir, 'old.xlsx'))).toMatch(/^tệp là bảng tính Excel 97–2003 \(\.xls\)/);
  });

  test('a zip without a workbook is not a readable .xlsx', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    writeFileSync(join(dir, 'other.xlsx'), zipSync({ 'readme.txt': strToU8('xin chào') }));
    expect(await reasonOf(join(dir, 'other.xlsx'))).toMatch(/^không đọc được tệp \.xlsx/);
  });
});

// ISSUE 14 §2: one cell at row 2,000,000,000 ran the reader out of memory; a merge over the whole sheet hangs.
describe('a sheet beyond Excel', () => {
  test('a row past 1,048,576 is refused, saying the file is damaged, in Vietnamese then English', () => {
    const far = sheetData('<row r="1"><c r="A1"><v>1</v></c></row><row r="2000000000"><c r="A2000000000"><v>1</v></c></row>');
    expect(() => one(far)).toThrow(/dòng 2000000000 nằm ngoài bảng tính Excel.*row 2000000000 is beyond Excel's grid/);
    expect(() => one(sheetData('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toThrow(/cột 16385 nằm ngoài bảng tính Excel/);
  });

  test('a cell on Excel’s last row is read, with the rows between empty', () => {
    const grid = one(sheetData('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="B1048576"><v>2</v></c></row>'));
    expect(grid.values).toHaveLength(1_048_576);
    expect(grid.values[1_048_575]).toEqual([null, 2]);
    expect(grid.values[500_000]).toEqual([]);
  });

  test('a merge over the whole sheet fills only the cells the sheet uses', () => {
    const grid = one(`${sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>DANH SÁCH</t></is></c><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>')}<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`);
    expect(grid.values).toEqual([
      ['DANH SÁCH', 'DANH SÁCH'],
      ['DANH SÁCH', 'DANH SÁCH'],
    ]);
  });
});

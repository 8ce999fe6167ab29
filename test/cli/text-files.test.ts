/** The pieces under the CSV door: the RFC 4180 parser, the delimiter, the encoding and the format sniffed from bytes. */
import iconv from 'iconv-lite';
import { detectDelimiter, parseDelimited } from '../../src/files/parse-delimited';
import { decodeText } from '../../src/files/decode-text';
import { detectFormat } from '../../src/files/detect-format';

describe('parseDelimited', () => {
  test('quoted fields keep delimiters, line breaks and doubled quotes; empty fields are null', () => {
    const text = 'a,"b, c","say ""hi""\r\nnext line"\r\n,,\n\nlast,x"y\r\n';
    expect(parseDelimited(text, ',')).toEqual([['a', 'b, c', 'say "hi"\r\nnext line'], [null, null, null], [], ['last', 'x"y']]);
  });

  test('numbers stay the text typed: a CCCD keeps its leading zero', () => {
    expect(parseDelimited('001085000123;0912345678;1.234,5', ';')).toEqual([['001085000123', '0912345678', '1.234,5']]);
  });

  test('a last record without a line break, and a trailing delimiter', () => {
    expect(parseDelimited('a\tb\n1\t', '\t')).toEqual([['a', 'b'], ['1', null]]);
  });
});

describe('detectDelimiter', () => {
  test.each([
    ['STT;Họ và tên;Ngày sinh\n1;Nguyễn Văn An, con;12/04/1985\n2;Trần B;03/05/1990\n', ';'],
    ['STT,Họ và tên,Ngày sinh\n1,"An; con",12/04/1985\n2,B,03/05/1990\n', ','],
    ['STT\tHọ và tên\n1\tAn, con; cháu\n', '\t'],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('decodeText', () => {
  const text = 'Họ và tên;Định danh mức 2\nNguyễn Thị Hường;Đã kích hoạt\n';
  test.each([
    ['utf-8', Buffer.from(text)],
    ['utf-8', Buffer.from('\ufeff' + text)],
    ['utf-16le', Buffer.from('\ufeff' + text, 'utf16le')],
  ])('%s', (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  test('Windows-1258 bytes read as Vietnamese, tones joined to their letters (NFC)', () => {
    const bytes = Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x20, 0x54, 0x68, 0x69, 0xf2]); // "Nguyê" + tilde + "n Thi" + dot below
    expect(decodeText(bytes)).toEqual({ text: 'Nguyễn Thị', encoding: 'windows-1258' });
  });

  test('TCVN3 bytes are handed on as Excel shows a .VnTime cell: one Windows-1252 character per byte', () => {
    const bytes = iconv.encode('Nguyễn Thị Hường', 'tcvn');
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect([...decoded.text].map((c) => c.charCodeAt(0))).toEqual([...bytes]);
  });
});

describe('detectFormat', () => {
  const zip = (name: string, data: string) => {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(name.length, 26);
    return Buffer.concat([header, Buffer.from(name), Buffer.from(data)]);
  };
  test.each([
    ['xlsx', zip('[Content_Types].xml', '<?xml')],
    ['ods', zip('mimetype', 'application/vnd.oasis.opendocument.spreadsheet')],
    ['xlsx', zip('mimetype', 'application/vnd.oasis.opendocument.text')],
    ['xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['text', Buffer.from('STT,Họ và tên')],
    ['text', Buffer.alloc(0)],
  ])('%s', (format, bytes) => {
    expect(detectFormat(bytes)).toBe(format);
  });
});

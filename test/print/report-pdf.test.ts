/**
 * The printed report, as the chairman's office prints it: the report workbook converted to PDF by
 * LibreOffice, then read back with poppler. A4, one page wide, the Decree 30 header and the
 * signature block in the text. Skipped (with the reason in its name) where soffice or pdftotext is
 * missing (./libreoffice.ts).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { consolidate } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { layoutReport } from '../../src/core/report/layout';
import { writeXlsxBytes } from '../../src/files/write-xlsx';
import { DECREE30_PORTRAIT, REPORT_FONT } from '../../src/core/report/layout/builder';
import { STYLES } from '../../src/core/report/layout/styles';
import type { SheetSpec } from '../../src/core/sheetspec';
import { cccd, listGrid, type PersonRow } from '../helpers/lists';
import { describePrinted, printXlsx, scratchFolder } from './libreoffice';

/** The workbook as LibreOffice prints it: each page's text, laid out, and each page's words with their boxes. */
function printed(xlsx: string): { info: string; pages: string[]; words: Word[][] } {
  const { pdf, info, pages } = printXlsx(xlsx, { layout: true });
  const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).normalize('NFC');
  const words = boxes.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      y: Number(m[2]),
      height: Number(m[4]) - Number(m[2]),
      text: m[5],
    })),
  );
  return { info, pages, words };
}

interface Word {
  y: number;
  height: number;
  text: string;
}

describePrinted('the printed report (LibreOffice → PDF)', () => {
  const dir = scratchFolder('sskdt-print-');
  const xlsx = join(dir, 'bao-cao.xlsx');
  let pages: string[] = [];
  let words: Word[][] = [];
  let info = '';

  beforeAll(async () => {
    const silent = { out: () => undefined, err: () => undefined };
    const samples = join(__dirname, '../../assets/samples/xa-bo-y.xlsx');
    // As of 10/11/2025 the final report is due within the week, so every report sheet is printed.
    expect(await runCli([samples, '--campaign', 'bo-y-2025', '--as-of', '2025-11-10', '--out', xlsx, '--quiet'], silent)).toBe(0);
    ({ info, pages, words } = printed(xlsx));
  }, 180_000);

  test('prints on A4', () => {
    // 595 × 842 points, portrait or landscape.
    expect(info).toMatch(/Page size:\s+(595\.\d+ x 841\.\d+|841\.\d+ x 595\.\d+) pts \(A4\)/);
  });

  test('prints each table one page wide: a page with the last columns also has the first', () => {
    const lastColumns = /Xếp\s+hạng|Đánh\s+giá|Mã lỗi|Thời điểm lập|Họ và tên/;
    const firstColumn = /STT|Mã chiến dịch|Tuần/;
    const offending = pages.map((text, i) => ({ page: i + 1, text })).filter((p) => lastColumns.test(p.text) && !firstColumn.test(p.text));
    expect(offending.map((p) => p.page)).toEqual([]);
  });

  test('opens the final and the weekly report with the Decree 30 header', () => {
    const all = pages.join('\n');
    for (const text of ['UBND TỈNH QUẢNG NGÃI', 'ỦY BAN NHÂN DÂN XÃ BỜ Y', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bờ Y, ngày 10 tháng 11 năm 2025', 'Số:', '/BC-UBND']) {
      expect(all).toContain(text);
    }
    expect(pages[0]).toContain('BÁO CÁO TỔNG KẾT');
    expect(all).toContain('Tuần 6 (từ ngày 10/11/2025 đến ngày 15/11/2025)');
  });

  test('ends each report with "Nơi nhận" and the signature block', () => {
    const all = pages.join('\n');
    expect(all.match(/Nơi nhận:/g)?.length).toBe(2);
    expect(all.match(/TM\. ỦY BAN NHÂN DÂN/g)?.length).toBe(2);
    expect(all).toMatch(/CHỦ TỊCH/);
    expect(all).toContain('- Lưu: VT, CAX.');
  });

  test('prints the summary as the appendix "PHỤ LỤC", nothing on its pages under 10 points', () => {
    const appendix = pages.map((text, i) => ({ text, i })).filter((p) => /Số người\s+trong/.test(p.text) || /PHỤ LỤC/.test(p.text));
    expect(appendix.length).toBeGreaterThan(0);
    expect(appendix[0].text).toMatch(/^\s*(\d+\s+)?PHỤ LỤC\s*$/m);
    expect(appendix[0].text).not.toMatch(/^\s*BÁO CÁO\s*$/m);
    // LibreOffice's box of a word is 1.3 × its printed size (measured on 12- and 13-point Times New Roman).
    for (const { i } of appendix) expect(Math.min(...words[i].map((w) => w.height)) / 1.3).toBeGreaterThanOrEqual(9.95);
  });

  test('spaces the paragraphs of "I. KẾT QUẢ CHUNG" evenly', () => {
    const page = pages.findIndex((t) => t.includes('I. KẾT QUẢ CHUNG'));
    const all = words[page];
    const from = all.find((w) => w.text === 'CHUNG')!.y;
    const to = all.find((w, k) => w.text === 'II.' && all[k + 1]?.text === 'KẾT')!.y;
    const lines = [...new Set(all.filter((w) => w.y > from && w.y < to).map((w) => Math.round(w.y * 2) / 2))].sort((a, b) => a - b);
    const steps = lines.slice(1).map((y, k) => y - lines[k]);
    const line = Math.min(...steps);
    const between = steps.filter((d) => d > line + 2);
    expect(between.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...between) - Math.min(...between)).toBeLessThanOrEqual(2);
  });

  test('prints every rate in the signed tables with a decimal comma, as the narrative writes it, on a computer with English settings (issue 13 §2)', () => {
    // The chart's own sheet keeps numbers for its chart; every other page is the signed report, its appendix or a list.
    const signed = pages.filter((text) => !text.includes('Theo thôn, tổ dân phố. Số liệu đến ngày'));
    expect(process.env.LANG ?? 'C').not.toMatch(/^vi/);
    expect(signed.join('\n')).toMatch(/\b\d{1,3},\d%/);
    expect(signed.flatMap((text) => text.match(/\b\d{1,3}\.\d%/g) ?? [])).toEqual([]);
  });

  test('numbers pages from the second one on', () => {
    // Decree 30: page numbers centred in the top margin, not on the first page of a sheet.
    expect(pages[0].trim().split('\n')[0].trim()).not.toBe('1');
    expect(pages[1].trim().split('\n')[0].trim()).toBe('2');
  });
});

/**
 * A commune whose lists have many problems (issue 13 §5): the police's list and the villages' notes both run over
 * several pages, each page under its own header; places, IDs and times as people read them.
 */
describePrinted('the printed lists of problems (LibreOffice → PDF)', () => {
  const dir = scratchFolder('sskdt-print-errors-');
  let pages: string[] = [];

  beforeAll(() => {
    // 40 villages: in each, one CCCD a digit short (the police's) and one typed as a number, its zero dropped (a note).
    const grids = Array.from({ length: 40 }, (_, v) => {
      const serial = 1000 * (v + 1);
      const rows: PersonRow[] = [
        { name: `Nguyễn Văn ${v}`, birth: '01/01/1980', cccd: cccd(1980, true, serial).slice(0, 11), resident: 'x' },
        { name: `Trần Thị ${v}`, birth: '01/01/1990', cccd: Number(cccd(1990, false, serial + 1)), resident: 'x' },
        { name: `Lê Văn ${v}`, birth: '01/01/1985', cccd: cccd(1985, true, serial + 2), resident: 'x' },
      ];
      if (v === 0) rows.push({ name: 'Phạm Văn Tròn', birth: '01/01/1970', cccd: '6.21923E+10', resident: 'x' });
      return listGrid(`Thôn ${v + 1}`, rows);
    });
    const model = consolidate({ grids, campaign: PRESETS['bo-y-2025'], asOf: '2025-10-27', madeAt: '2025-10-27T08:30' });
    const xlsx = join(dir, 'loi.xlsx');
    writeFileSync(xlsx, writeXlsxBytes(layoutReport(model)));
    ({ pages } = printXlsx(xlsx, { layout: true }));
  }, 180_000);

  const police = () => pages.filter((t) => t.includes('Chưa xử lý'));
  const notes = () => pages.filter((t) => /CCCD_LEADING_ZERO_RESTORED/.test(t));

  test('prints each list over several pages, every page under its own table\'s header', () => {
    expect(police().length).toBeGreaterThan(1);
    expect(notes().length).toBeGreaterThan(1);
    for (const page of police()) expect(page).toMatch(/Sai sót, cách xử lý/);
    for (const page of notes()) {
      expect(page).toMatch(/Nội dung, cách xử lý/);
      expect(page).not.toMatch(/Trạng thái|Phát hiện lúc|Chưa xử lý/);
    }
  });

  test('names places "Thôn 1, dòng 2, cột E", never "Thôn 1!E2"', () => {
    const all = pages.join('\n');
    expect(all).toMatch(/Thôn 1, dòng 2, cột E/);
    expect(all).not.toMatch(/![A-Z]{1,3}\d+/);
  });

  test('prints no ID as a number in scientific notation, only quoted in the problem it has', () => {
    const all = pages.join('\n');
    expect(all).toContain('Cần nhập lại');
    for (const m of all.matchAll(/\d[.,]\d+E\+\d+/g)) expect(all[(m.index ?? 0) - 1]).toBe('"');
  });

  test('prints every time as dd/mm/yyyy HH:mm and every date as dd/mm/yyyy', () => {
    const all = pages.join('\n');
    expect(all).toContain('27/10/2025 08:30');
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describePrinted('counts as LibreOffice prints them', () => {
  const dir = scratchFolder('sskdt-counts-');
  test('puts a dot between thousands whatever the computer’s settings: 7.949, 1.234.567 (issue 13 §2)', () => {
    const values = [0, 999, 1000, 7949, 123456, 1234567];
    const spec: SheetSpec = { name: 'Số', rows: values.map((v) => [{ v, s: 'tdInt' }, { v, s: 'totalInt' }]), styles: STYLES, baseFont: REPORT_FONT, columnWidths: [14, 14], merges: [], print: DECREE30_PORTRAIT };
    writeFileSync(join(dir, 'so.xlsx'), writeXlsxBytes([spec]));
    const lines = printXlsx(join(dir, 'so.xlsx'), { layout: true }).pages.join('\n').split('\n').map((l) => l.trim().split(/\s+/)).filter((cells) => cells[0] !== '');
    expect(lines).toEqual([['0', '0'], ['999', '999'], ['1.000', '1.000'], ['7.949', '7.949'], ['123.456', '123.456'], ['1.234.567', '1.234.567']]);
  }, 180_000);
});

/**
 * The printed report, as the chairman's office prints it: the report workbook converted to PDF by
 * LibreOffice, then read back with poppler. A4, one page wide, the Decree 30 header and the
 * signature block in the text. Skipped (with the reason in its name) where soffice or pdftotext is
 * missing; .ci/run installs both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { writeXlsxBytes } from '../../src/files/write-xlsx';
import { DECREE30_PORTRAIT, REPORT_FONT } from '../../src/core/report/layout/builder';
import { STYLES } from '../../src/core/report/layout/styles';
import type { SheetSpec } from '../../src/core/sheetspec';

const have = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};
const ready = have('soffice') && have('pdftotext') && have('pdfinfo');
const maybe = ready ? describe : describe.skip;

maybe(ready ? 'the printed report (LibreOffice → PDF)' : 'the printed report: SKIPPED, soffice/pdftotext not installed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sskdt-print-'));
  const xlsx = join(dir, 'bao-cao.xlsx');
  const pdf = join(dir, 'bao-cao.pdf');
  let pages: string[] = [];
  let info = '';

  beforeAll(async () => {
    const silent = { out: () => undefined, err: () => undefined };
    const samples = join(__dirname, '../../assets/samples/xa-bo-y.xlsx');
    // As of 10/11/2025 the final report is due within the week, so every report sheet is printed.
    expect(await runCli([samples, '--campaign', 'bo-y-2025', '--as-of', '2025-11-10', '--out', xlsx, '--quiet'], silent)).toBe(0);
    // A profile of its own, so a LibreOffice already running elsewhere cannot block this one.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    expect(existsSync(pdf)).toBe(true);
    info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    pages = Array.from({ length: count }, (_, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC'),
    );
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

maybe(ready ? 'counts as LibreOffice prints them' : 'counts as LibreOffice prints them: SKIPPED, soffice/pdftotext not installed', () => {
  test('puts a dot between thousands whatever the computer’s settings: 7.949, 1.234.567 (issue 13 §2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sskdt-counts-'));
    const values = [0, 999, 1000, 7949, 123456, 1234567];
    const spec: SheetSpec = { name: 'Số', rows: values.map((v) => [{ v, s: 'tdInt' }, { v, s: 'totalInt' }]), styles: STYLES, baseFont: REPORT_FONT, columnWidths: [14, 14], merges: [], print: DECREE30_PORTRAIT };
    writeFileSync(join(dir, 'so.xlsx'), writeXlsxBytes([spec]));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'so.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    const lines = execFileSync('pdftotext', ['-layout', join(dir, 'so.pdf'), '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim().split(/\s+/)).filter((cells) => cells[0] !== '');
    expect(lines).toEqual([['0', '0'], ['999', '999'], ['1.000', '1.000'], ['7.949', '7.949'], ['123.456', '123.456'], ['1.234.567', '1.234.567']]);
  }, 180_000);
});

/**
 * The work lists as a team gets them on paper (ISSUE 11 §1): the sheet converted to PDF by LibreOffice and read back
 * with poppler, page by page. One village per page set, the column header and the village's line on every page, and
 * every word the sheet puts on a page printed on that page (LibreOffice broke no page before the layout's breaks; that
 * a wrapped cell shows all its lines is the layout's row heights, looked at on the PNGs). Skipped (with the reason in its name)
 * where soffice or pdftotext is missing (./libreoffice.ts).
 */
import { join } from 'node:path';
import { consolidateWithWorkLists } from '../../src/core/consolidate';
import { PRESETS } from '../../src/core/campaign/presets';
import { layoutWorkLists } from '../../src/core/report/layout/work-lists';
import { writeXlsxFile } from '../../src/files/write-xlsx-file';
import { AS_OF, COMMUNE, largeVillage } from '../helpers/work-lists';
import { describePrinted, printXlsx, scratchFolder } from './libreoffice';

/** How many times each word occurs in a text. */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.normalize('NFC').split(/[\s,;:()]+/)) if (w !== '') counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

describePrinted('the printed work lists (LibreOffice → PDF)', () => {
  const dir = scratchFolder('sskdt-worklists-print-');
  const xlsx = join(dir, 'ra-soat.xlsx');
  const work = consolidateWithWorkLists({ grids: [largeVillage('Thôn Đông', 30), ...COMMUNE], campaign: PRESETS['bo-y-2025'], asOf: AS_OF }).workLists;
  const spec = layoutWorkLists(work);
  const header = spec.print.repeatRows?.from ?? 0;
  const starts = [header + 1, ...(spec.print.rowBreaks ?? [])];
  /** The sheet's rows of each printed page, as the layout meant them. */
  const meant = starts.map((from, i) => spec.rows.slice(from, starts[i + 1] ?? spec.rows.length));
  let info = '';
  let pages: string[] = [];

  beforeAll(async () => {
    await writeXlsxFile([spec], xlsx);
    ({ info, pages } = printXlsx(xlsx));
  }, 180_000);

  test('prints on A4 portrait, one printed page for each page the layout made', () => {
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pages.length).toBe(meant.length);
  });

  test('prints the column header and one village’s line, with its page of its pages, on every page', () => {
    pages.forEach((text, i) => {
      for (const h of ['STT', 'Họ và tên', 'Việc cần làm', 'Kết quả', 'Ghi chú']) expect({ page: i + 1, h, found: text.includes(h) }).toEqual({ page: i + 1, h, found: true });
      const villageLines = text.split('\n').filter((l) => / - tờ \d+\/\d+$/.test(l.trim()));
      expect({ page: i + 1, lines: villageLines }).toEqual({ page: i + 1, lines: [String(meant[i][0][0]?.v).split('\n')[0]] });
    });
  });

  test('prints every word the layout put on a page on that very page: no row pushed over to the next, none lost', () => {
    meant.forEach((rows, i) => {
      const printed = words(pages[i]);
      const wanted = words(rows.flatMap((row) => row.map((c) => (typeof c?.v === 'string' ? c.v : ''))).join(' '));
      const missing = [...wanted].filter(([w, n]) => (printed.get(w) ?? 0) < n).map(([w]) => w);
      expect({ page: i + 1, missing }).toEqual({ page: i + 1, missing: [] });
    });
  });
});

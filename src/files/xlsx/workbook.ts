/** The workbook part: its sheets in tab order, where each one's XML is, and the date system. */
import { readRelationships, type Relationship } from './relationships';
import { scanPart } from './xml-part';
import type { ZipEntry } from './zip';

export interface SheetRef {
  name: string;
  path: string;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  /** Serials count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
  rels: Map<string, Relationship>;
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

export function readWorkbook(zip: Uint8Array, entries: Map<string, ZipEntry>, part: string): WorkbookInfo {
  const entry = entries.get(part);
  if (!entry) throw new Error(`no ${part}`);
  const rels = readRelationships(zip, entries, part);
  const sheets: SheetRef[] = [];
  let date1904 = false;
  scanPart(zip, entry, {
    open(name, tag) {
      if (name === 'workbookPr') date1904 = isTrue(tag.attr('date1904'));
      else if (name === 'sheet') {
        // Chart sheets hold no cells: only worksheets become Grids.
        const rel = rels.get(tag.attr('id') ?? '');
        if (rel && rel.type.endsWith('/worksheet') && entries.has(rel.target)) sheets.push({ name: tag.attr('name') ?? '', path: rel.target });
      }
    },
    close() {},
    text() {},
  });
  return { sheets, date1904, rels };
}

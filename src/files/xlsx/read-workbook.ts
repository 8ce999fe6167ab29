/** The .xlsx bytes → one Grid per worksheet, in tab order. Each sheet's XML streams through once. */
import type { Grid } from '../../core/grid';
import { readRelationships, targetOfType } from './relationships';
import { readSharedStrings } from './shared-strings';
import { SheetBuilder } from './sheet';
import { readStyleFormats } from './styles';
import { readWorkbook } from './workbook';
import { scanPartBytes } from './xml-part';
import { PartBuffer, type WholeInflate, zipEntries } from './zip';

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

/** `inflate`: how a part is inflated whole (the command line's native zlib); fflate's by default, which runs in a browser too. */
export function readXlsxBytes(zip: Uint8Array, options: { inflate?: WholeInflate } = {}): Grid[] {
  const entries = zipEntries(zip);
  const main = targetOfType(readRelationships(zip, entries, ''), 'officeDocument') ?? DEFAULT_WORKBOOK;
  const workbook = readWorkbook(zip, entries, main);
  const part = (kind: string) => {
    const path = targetOfType(workbook.rels, kind);
    return path === undefined ? undefined : entries.get(path);
  };
  const buffer = new PartBuffer(options.inflate);
  const ctx = {
    strings: readSharedStrings(zip, part('sharedStrings'), buffer),
    styles: readStyleFormats(zip, part('styles')),
    date1904: workbook.date1904,
  };
  return workbook.sheets.flatMap((sheet) => {
    const entry = entries.get(sheet.path);
    // readWorkbook lists only sheets whose part is in the zip, so this skips nothing.
    if (!entry) return [];
    const builder = new SheetBuilder(sheet.name, ctx);
    scanPartBytes(zip, entry, builder, buffer);
    return [builder.finish()];
  });
}

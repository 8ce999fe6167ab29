/** The styles part, reduced to what a Grid needs: each cell style's number format code. */
import { builtInFormat } from './number-formats';
import { scanPart } from './xml-part';
import type { ZipEntry } from './zip';

/** Number format code of each cell style (`s` of a cell), "" when it has none. */
export type StyleFormats = readonly string[];

export function readStyleFormats(zip: Uint8Array, entry: ZipEntry | undefined): StyleFormats {
  if (!entry) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  scanPart(zip, entry, {
    open(name, tag) {
      if (name === 'numFmt') {
        // Escaped characters lose their backslash ("dd\/mm" → "dd/mm"), as the codes were read until now.
        custom.set(Number(tag.attr('numFmtId')), (tag.attr('formatCode') ?? '').replace(/\\(.)/g, '$1'));
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(parseInt(tag.attr('numFmtId') ?? '0', 10) || 0);
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  // Style 0 is the workbook's default; like an unstyled cell it carries no format of its own.
  return formatIds.map((id, i) => (i === 0 || id === 0 ? '' : (custom.get(id) ?? builtInFormat(id) ?? '')));
}

/**
 * The shared strings part: every string a cell points to by index. Rich text is its runs' text joined;
 * phonetic guides (`rPh`) are not part of the text. An `<si/>` with no text at all reads as empty (null).
 */
import { unescapeOoxml } from './escapes';
import { xmlText } from './xml-scanner';
import { scanPart } from './xml-part';
import type { ZipEntry } from './zip';

export function readSharedStrings(zip: Uint8Array, entry: ZipEntry | undefined): (string | null)[] {
  const strings: (string | null)[] = [];
  if (!entry) return strings;
  let text: string | null = null;
  let runs: string | null = null;
  let inT = false;
  let inPhonetic = false;
  let inRun = false;
  let t = '';
  scanPart(zip, entry, {
    open(name) {
      switch (name) {
        case 'si':
          text = null;
          runs = null;
          break;
        case 'r':
          inRun = true;
          runs ??= '';
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          inT = true;
          t = '';
          break;
      }
    },
    close(name) {
      switch (name) {
        case 't':
          inT = false;
          if (inPhonetic) break;
          if (inRun) runs = (runs ?? '') + unescapeOoxml(t);
          else text = unescapeOoxml(t);
          break;
        case 'r':
          inRun = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'si':
          strings.push(runs ?? text);
          break;
      }
    },
    text(src, from, to, cdata) {
      if (inT) t += xmlText(src, from, to, cdata);
    },
  });
  return strings;
}

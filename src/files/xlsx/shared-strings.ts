/**
 * The shared strings part: every string a cell points to by index. Rich text is its runs' text joined;
 * phonetic guides (`rPh`) are not part of the text. An `<si/>` with no text at all reads as empty (null).
 * Each string is decoded from its own bytes, so it holds only its own letters.
 */
import { bytesXmlText, isName } from './byte-scanner';
import { unescapeOoxml } from './escapes';
import { scanPartBytes } from './xml-part';
import type { PartBuffer, ZipEntry } from './zip';

export function readSharedStrings(zip: Uint8Array, entry: ZipEntry | undefined, buffer?: PartBuffer): (string | null)[] {
  const strings: (string | null)[] = [];
  if (!entry) return strings;
  let text: string | null = null;
  let runs: string | null = null;
  let inT = false;
  let inPhonetic = false;
  let inRun = false;
  let t = '';
  scanPartBytes(
    zip,
    entry,
    {
      open(s, name, nameEnd) {
        if (isName(s, name, nameEnd, 'si')) {
          text = null;
          runs = null;
        } else if (isName(s, name, nameEnd, 'r')) {
          inRun = true;
          runs ??= '';
        } else if (isName(s, name, nameEnd, 'rPh')) inPhonetic = true;
        else if (isName(s, name, nameEnd, 't')) {
          inT = true;
          t = '';
        }
      },
      close(s, name, nameEnd) {
        if (isName(s, name, nameEnd, 't')) {
          inT = false;
          if (inPhonetic) return;
          if (inRun) runs = (runs ?? '') + unescapeOoxml(t);
          else text = unescapeOoxml(t);
        } else if (isName(s, name, nameEnd, 'r')) inRun = false;
        else if (isName(s, name, nameEnd, 'rPh')) inPhonetic = false;
        else if (isName(s, name, nameEnd, 'si')) strings.push(runs ?? text);
      },
      text(s, from, to, cdata) {
        if (inT) t += bytesXmlText(s, from, to, cdata);
      },
    },
    buffer,
  );
  return strings;
}

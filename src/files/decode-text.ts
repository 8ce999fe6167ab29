/**
 * A text file's bytes → text. UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as
 * they say. Other bytes come from an old Vietnamese Windows: Windows-1258 when that reading gives
 * Vietnamese words on most lines (one odd word must not tip a file); otherwise each byte is read as Windows-1252, which is how Excel shows a cell
 * typed with a .VnTime (TCVN3) or VNI font, so the engine's per-column legacy detection decodes a
 * TCVN3 CSV exactly as it decodes the same list in a workbook.
 * TextDecoder (WHATWG encodings) runs in Node and in browsers, so no package is needed.
 */
import { isWellFormed } from '../core/text/legacy';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomOf(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length)).normalize('NFC'), encoding: bom.encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC'), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy single-byte file.
  }
  // Windows-1258 writes tones as combining marks after the letter: NFC joins them into Vietnamese letters.
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  if (mostlyVietnamese(cp1258)) return { text: cp1258, encoding: 'windows-1258' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

/** More than half of the lines with a non-ASCII character read as Vietnamese words. */
function mostlyVietnamese(text: string): boolean {
  let candidates = 0;
  let vietnamese = 0;
  for (const line of text.split('\n')) {
    // eslint-disable-next-line no-control-regex -- the class is every non-ASCII character, so it must start at NUL
    if (!/[^\x00-\x7f]/.test(line)) continue;
    candidates++;
    if (isWellFormed(line)) vietnamese++;
  }
  return vietnamese * 2 > candidates;
}

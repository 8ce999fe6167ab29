/**
 * Text typed with legacy Vietnamese fonts and pasted into Excel: TCVN3 (.VnTime, "ABC") arrives as
 * "Céng hßa x· héi chñ nghÜa ViÖt Nam", VNI (VNI-Times) as "Xin chaøo caùc baïn". Each character
 * is the Windows-1252 reading of a legacy byte, so detection and conversion work on that reading.
 *
 * Detection is conservative. A cell is in an encoding only when
 *   1. every character has a Windows-1252 byte, and one is not ASCII;
 *   2. read as Unicode, it has a word of two or more characters that is not Vietnamese (a syllable
 *      of the wrong shape, or a symbol inside a word: "x·", "Ch­a", "chaøo");
 *   3. the encoding's own evidence is there, at least one of: a letter byte that is no Vietnamese
 *      letter in Unicode ("ß", "·", "¨" for TCVN3; "ñ", "ö" for VNI), or for VNI a mark byte joined
 *      to its vowel ("aø"). TCVN3 bytes that look like Vietnamese letters ("é" is ộ) do not count,
 *      so diacritic-stripped OCR text like "huéng dan" stays as it is;
 *   4. decoded, every word with a non-ASCII letter is a well-formed Vietnamese syllable;
 *   5. the other encoding does not pass with as much decoded (a tie is no answer).
 * Text whose words are all ASCII or Vietnamese syllables is never legacy (rule 2), so correct
 * Unicode Vietnamese, English and Vietnamese names are left alone.
 */
import { isVietnameseSyllable } from './syllable';
import { decodeTcvn3 } from './tcvn3';
import { decodeVni } from './vni';
import { windows1252Byte } from './windows-1252';

export type LegacyEncoding = 'tcvn3' | 'vni';
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni'];

/** How an encoding is named to people (issue params, messages). */
export const LEGACY_ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3', vni: 'VNI' };

export interface DecodeOptions {
  /**
   * TCVN3 only. The capital fonts (.VnTimeH) show capitals on the small letters' bytes: true makes the
   * result upper case, false keeps it as decoded. Left out, a cell whose ASCII letters are all
   * capitals (at least two) is taken as typed in a capital font; any other cell keeps lower case.
   */
  capitals?: boolean;
}

/** Legacy text → Unicode NFC. Characters the encoding does not use are kept. */
export function decodeLegacy(text: string, encoding: LegacyEncoding, options: DecodeOptions = {}): string {
  return decode(text, encoding, options).text;
}

interface Decoded {
  text: string;
  /** Characters of the input the encoding read as its letters or marks. */
  replaced: number;
  /** Of those, the ones only legacy text has (rule 3 above). */
  evidence: number;
}

function decode(text: string, encoding: LegacyEncoding, options: DecodeOptions): Decoded {
  if (encoding === 'vni') {
    const vni = decodeVni(text);
    return { text: vni.text.normalize('NFC'), replaced: vni.merged + vni.letters.length, evidence: vni.merged + foreignLetters(vni.letters) };
  }
  const tcvn3 = decodeTcvn3(text);
  const decoded = tcvn3.text.normalize('NFC');
  const capitals = options.capitals ?? typedInCapitals(text);
  return { text: capitals ? decoded.toUpperCase() : decoded, replaced: tcvn3.letters.length, evidence: foreignLetters(tcvn3.letters) };
}

/** Latin-1 letters that are Vietnamese letters too: on their own they are no evidence of a legacy font. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');

function foreignLetters(bytes: string): number {
  let n = 0;
  for (const ch of bytes) if (!VIETNAMESE_LATIN1.has(ch)) n++;
  return n;
}

/** Which legacy encoding `text` is in, or null for Unicode, ASCII, anything unsure. */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (!mayBeLegacy(text)) return null;
  if (!hasForeignWord(text)) return null;
  let found: LegacyEncoding | null = null;
  let foundChanges = 0;
  let tie = false;
  for (const encoding of LEGACY_ENCODINGS) {
    const decoded = decode(text, encoding, { capitals: false });
    if (decoded.evidence === 0 || !isWellFormed(decoded.text)) continue;
    const changes = decoded.replaced;
    if (changes > foundChanges) {
      found = encoding;
      foundChanges = changes;
      tie = false;
    } else if (changes === foundChanges) tie = true;
  }
  return tie ? null : found;
}

/**
 * True when every character of `text` has a Windows-1252 byte and at least one is not ASCII: the only
 * text a legacy font can have produced and that decoding would change. Cheap: a Unicode Vietnamese
 * name stops at its first letter beyond Latin-1 ("Nguyễn" at ễ).
 */
export function mayBeLegacy(text: string): boolean {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (windows1252Byte(code) < 0) return false;
    high = true;
  }
  return high;
}

/**
 * True when `text` is Vietnamese as it stands: every word is ASCII, a well-formed syllable or an
 * abbreviation in capitals ("SSKĐT"). Words
 * are runs of letters and of the Latin-1 symbols legacy fonts put letters on (§ · ¸ µ …).
 */
export function isWellFormed(text: string): boolean {
  let ok = true;
  forEachWord(text, (word, ascii) => {
    if (!ascii && !isVietnameseSyllable(word) && !isAbbreviation(word)) ok = false;
    return ok;
  });
  return ok;
}

/** Capitals with Đ as their only non-ASCII letter: "SSKĐT", "ĐTTM", "ĐDĐT". */
function isAbbreviation(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!((code >= 0x41 && code <= 0x5a) || code === 0x110)) return false;
  }
  return true;
}

function hasForeignWord(text: string): boolean {
  let found = false;
  forEachWord(text, (word, ascii) => {
    if (!ascii && word.length >= 2 && !isVietnameseSyllable(word)) found = true;
    return !found;
  });
  return found;
}

/** Letters (ASCII, Latin-1 and above, combining marks) and the Latin-1 symbols 0xA1–0xBF; NBSP and × ÷ included as legacy letters. */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code <= 0xa0) return false;
  if (code <= 0x24f) return true;
  if (code >= 0x300 && code <= 0x36f) return true;
  return code >= 0x1e00 && code <= 0x1eff;
}

/** Calls `visit(word, isAscii)` for each word until it returns false. */
function forEachWord(text: string, visit: (word: string, ascii: boolean) => boolean): void {
  let start = -1;
  let ascii = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isWordChar(code)) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (code >= 0x80) ascii = false;
      continue;
    }
    if (start >= 0) {
      if (!visit(text.slice(start, i), ascii)) return;
      start = -1;
    }
  }
}

/** A .VnTimeH cell: at least two ASCII letters, all capitals. */
function typedInCapitals(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x41 && code <= 0x5a) capitals++;
  }
  return capitals >= 2;
}

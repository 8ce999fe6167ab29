/**
 * Characters people type for digits in number columns: full-width digits (０–９, from East Asian
 * input methods and some web forms), the letter O for 0 and l or I for 1. Read only where that is
 * unambiguous, and always with a warning: an ID is never changed silently.
 */
import { INVISIBLE } from './invisible';

/** Letters taken as digits, and most of them one value may hold: more and it is text, not a mistyped number. */
const LOOKALIKES: Partial<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };
const MAX_LOOKALIKES = 3;
const MIN_REAL_DIGITS = 6;

/**
 * `text` with the look-alike letters at `from` and after read as digits, or null when that is not
 * unambiguous: anything but digits and O o l I there, none of them or more than three, fewer than six
 * real digits.
 */
export function digitsFromLookalikes(text: string, from = 0): string | null {
  let out = text.slice(0, from);
  let letters = 0;
  let digits = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits++;
      out += ch;
      continue;
    }
    const digit = LOOKALIKES[ch];
    if (digit === undefined) return null;
    letters++;
    out += digit;
  }
  return letters === 0 || letters > MAX_LOOKALIKES || digits < MIN_REAL_DIGITS ? null : out;
}

/**
 * True when `raw` holds a character NFKC turns into an ASCII digit or letter (full-width forms,
 * circled or superscript digits): something other than the spaces and dashes written between groups.
 */
export function hasWideCharacters(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 0x80 || isSeparator(code)) continue;
    return true;
  }
  return false;
}

/** Non-ASCII spaces, zero-width characters, hyphens and dashes, and the invisible marks of text/invisible.ts. */
function isSeparator(code: number): boolean {
  return (
    code === 0xa0 ||
    INVISIBLE.test(String.fromCharCode(code)) ||
    (code >= 0x2000 && code <= 0x200d) ||
    (code >= 0x2010 && code <= 0x2015) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x2212 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

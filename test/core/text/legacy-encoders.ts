/**
 * Encoders for the tests: Unicode Vietnamese → the mojibake a legacy font leaves in an Excel cell
 * (each legacy byte shown as its Windows-1252 character). Written from the published code tables in
 * a different layout from the engine's decoders (byte order for TCVN3, spelled letters for VNI), so
 * a slip in one does not hide in the other.
 */

/** TCVN 5712:1993 VN3, bytes 0xA1–0xFF in byte order; '_' is a byte with no VN3 letter of its own. */
const VN3_HIGH = 'ĂÂÊÔƠƯĐăâêôơưđ______àảãáạ_ằẳẵắ_______ặầẩẫấậè_ẻẽéẹềểễếệìỉ___ĩíịò_ỏõóọồổỗốộờởỡớợù_ủũúụừửữứựỳỷỹýỵ_';

const TCVN3_BYTE = new Map<string, number>();
[...VN3_HIGH].forEach((letter, i) => {
  if (letter !== '_') TCVN3_BYTE.set(letter, 0xa1 + i);
});

/**
 * The cell text of `unicode` typed with .VnTime. A capital with a tone has no byte of its own: it is
 * typed with the capital font (.VnTimeH) on the small letter's byte, so decoding needs `capitals`.
 * Characters Windows-1252 has (ASCII, “ ” – …) pass through; anything else throws.
 */
export function toTcvn3(unicode: string): string {
  let out = '';
  for (const ch of unicode.normalize('NFC')) {
    const byte = TCVN3_BYTE.get(ch) ?? TCVN3_BYTE.get(ch.toLowerCase());
    if (byte !== undefined) out += String.fromCharCode(byte);
    else if (ch.charCodeAt(0) < 0x80 || '“”‘’–—…'.includes(ch)) out += ch;
    else throw new Error(`no TCVN3 byte for ${JSON.stringify(ch)}`);
  }
  return out;
}

/** Tone order of the rows below: none, huyền, hỏi, ngã, sắc, nặng. */
export const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** How VNI spells each small vowel with each tone (row order of TONE_MARKS), and đ. */
const VNI_SPELLING: Record<string, readonly string[]> = {
  a: ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ă: ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  â: ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  e: ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ê: ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  i: ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  o: ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ô: ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ơ: ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  u: ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ư: ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  y: ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
  đ: ['ñ'],
};

const VNI_OF = new Map<string, string>();
for (const [vowel, row] of Object.entries(VNI_SPELLING)) {
  row.forEach((spelling, tone) => {
    const letter = (vowel + TONE_MARKS[tone]).normalize('NFC');
    VNI_OF.set(letter, spelling);
    // Capitals are spelled with the capital base letter and the capital form of the mark byte.
    VNI_OF.set(letter.toUpperCase(), spelling.toUpperCase());
  });
}

/** The cell text of `unicode` typed with a VNI font. Characters Windows-1252 has pass through; anything else throws. */
export function toVni(unicode: string): string {
  let out = '';
  for (const ch of unicode.normalize('NFC')) {
    const spelling = VNI_OF.get(ch);
    if (spelling !== undefined) out += spelling;
    else if (ch.charCodeAt(0) < 0x80 || '“”‘’–—…'.includes(ch)) out += ch;
    else throw new Error(`no VNI spelling for ${JSON.stringify(ch)}`);
  }
  return out;
}

/** The twelve vowels and đ, small. */
export const LETTERS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

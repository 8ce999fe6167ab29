/**
 * TCVN3 (TCVN 5712:1993, VN3; the ".VnTime"/"ABC" fonts): one byte per letter, tone included.
 * Built from the standard's code table: each vowel's bytes in the standard's tone order, the seven
 * letters without a tone, and the VN1 capitals of the upper half. Bytes below 0xA1 stay as they are:
 * VN3 keeps ASCII and does not reassign 0x80–0x9F, where the fonts show Windows punctuation.
 */

/** No tone, then huyền, hỏi, ngã, sắc, nặng: the order in which the standard lays each vowel out. */
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

const VOWEL_ROWS: readonly (readonly [string, readonly number[]])[] = [
  ['a', [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** Capitals without a tone, and đ. A capital with a tone is typed with a capital font (.VnTimeH) on the small letter's byte. */
const LETTERS: readonly (readonly [number, string])[] = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'], [0xae, 'đ'],
];

/** VN1's capitals with a tone that sit in the upper half (VN3 leaves these bytes free; some files use VN1). */
const VN1_CAPITALS: readonly (readonly [number, string])[] = [
  [0xaf, 'Ằ'], [0xba, 'Ẳ'], [0xbf, 'Ẵ'], [0xc0, 'Ắ'], [0xc1, 'Ầ'], [0xc2, 'Ẩ'], [0xc3, 'Ẫ'], [0xc4, 'Ấ'],
  [0xc5, 'Ề'], [0xcd, 'Ể'], [0xd9, 'Ễ'], [0xda, 'Ế'], [0xdb, 'Ồ'], [0xe0, 'Ổ'], [0xf0, 'Ỗ'], [0xff, 'Ố'],
];

/** Unicode (NFC) letter of each byte 0xA1–0xFF, '' where TCVN3 assigns nothing. */
const TCVN3_LETTERS: readonly string[] = (() => {
  const table: string[] = new Array<string>(256).fill('');
  for (const [vowel, bytes] of VOWEL_ROWS) {
    bytes.forEach((byte, tone) => {
      if (byte >= 0xa1) table[byte] = (vowel + TONES[tone]).normalize('NFC');
    });
  }
  for (const [byte, letter] of [...LETTERS, ...VN1_CAPITALS]) table[byte] = letter;
  return table;
})();

/** What decoding read: the text (not normalised) and the characters it replaced, in order. */
export interface Tcvn3Decoded {
  text: string;
  letters: string;
}

/** Reads the cell text as TCVN3 bytes (each character being the byte's Windows-1252 character). */
export function decodeTcvn3(text: string): Tcvn3Decoded {
  let out = '';
  let start = 0;
  let letters = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa1 || code > 0xff) continue;
    const letter = TCVN3_LETTERS[code];
    if (letter === '') continue;
    out += text.slice(start, i) + letter;
    start = i + 1;
    letters += text[i];
  }
  return { text: start === 0 ? text : out + text.slice(start), letters };
}

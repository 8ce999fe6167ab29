/**
 * VNI Windows encoding (the "VNI-Times" fonts): a base letter followed by one byte that carries its
 * vowel mark and tone ("aø" = à, "aá" = ấ, "aë" = ặ), except ơ ư đ and the toned i and ỵ, which are
 * one byte each. A mark byte's capital form is 0x20 below its small form (ø F8, Ø D8).
 */

/** Mark bytes (small form) → the combining marks they add, and the base letters that take them. */
const MARKS: readonly (readonly [number, string, string])[] = [
  [0xf8, '\u0300', 'aeouyơư'], // ø huyền
  [0xf9, '\u0301', 'aeouyơư'], // ù sắc
  [0xfb, '\u0309', 'aeouyơư'], // û hỏi
  [0xf5, '\u0303', 'aeouyơư'], // õ ngã
  [0xef, '\u0323', 'aeouyơư'], // ï nặng
  [0xe2, '\u0302', 'aeo'], // â mũ: â ê ô
  [0xe1, '\u0302\u0301', 'aeo'], // á ấ ế ố
  [0xe0, '\u0302\u0300', 'aeo'], // à ầ ề ồ
  [0xe5, '\u0302\u0309', 'aeo'], // å ẩ ể ổ
  [0xe3, '\u0302\u0303', 'aeo'], // ã ẫ ễ ỗ
  [0xe4, '\u0302\u0323', 'aeo'], // ä ậ ệ ộ
  [0xea, '\u0306', 'a'], // ê trăng: ă
  [0xe9, '\u0306\u0301', 'a'], // é ắ
  [0xe8, '\u0306\u0300', 'a'], // è ằ
  [0xfa, '\u0306\u0309', 'a'], // ú ẳ
  [0xfc, '\u0306\u0303', 'a'], // ü ẵ
  [0xeb, '\u0306\u0323', 'a'], // ë ặ
];

/** Letters VNI writes as one byte (small form). */
const LETTERS: readonly (readonly [number, string])[] = [
  [0xf4, 'ơ'], [0xf6, 'ư'], [0xf1, 'đ'], [0xec, 'ì'], [0xed, 'í'], [0xe6, 'ỉ'], [0xf3, 'ĩ'], [0xf2, 'ị'], [0xee, 'ỵ'],
];

interface Mark {
  combining: string;
  bases: string;
}

const MARK_OF = new Map<number, Mark>();
for (const [byte, combining, bases] of MARKS) {
  MARK_OF.set(byte, { combining, bases });
  MARK_OF.set(byte - 0x20, { combining, bases });
}

const LETTER_OF = new Map<number, string>();
for (const [byte, letter] of LETTERS) {
  LETTER_OF.set(byte, letter);
  LETTER_OF.set(byte - 0x20, letter.toUpperCase());
}

/** The letter a mark may follow, small and as VNI spells it (ô and ö are ơ and ư), or ''. */
function baseOf(code: number): string {
  switch (code | 0x20) {
    case 0x61: return 'a';
    case 0x65: return 'e';
    case 0x6f: return 'o';
    case 0x75: return 'u';
    case 0x79: return 'y';
    case 0xf4: return 'ơ';
    case 0xf6: return 'ư';
    default: return '';
  }
}

/** What decoding read: the text (not normalised), marks joined to a letter, and one-byte letters replaced. */
export interface VniDecoded {
  text: string;
  merged: number;
  letters: string;
}

/** Reads the cell text as VNI bytes, longest match first (letter + mark before a lone letter). */
export function decodeVni(text: string): VniDecoded {
  let out = '';
  let start = 0;
  let merged = 0;
  let letters = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41) continue;
    const base = baseOf(code);
    if (base !== '') {
      const mark = MARK_OF.get(text.charCodeAt(i + 1));
      if (mark !== undefined && mark.bases.includes(base)) {
        const letter = code < 0x80 ? text[i] : (LETTER_OF.get(code) as string);
        out += text.slice(start, i) + letter + mark.combining;
        start = i + 2;
        merged++;
        i++;
        continue;
      }
    }
    const letter = LETTER_OF.get(code);
    if (letter === undefined) continue;
    out += text.slice(start, i) + letter;
    start = i + 1;
    letters += text[i];
  }
  return { text: start === 0 ? text : out + text.slice(start), merged, letters };
}

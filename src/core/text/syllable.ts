/**
 * The shape of a written Vietnamese syllable: initial consonant, vowel nucleus, final consonant, at
 * most one tone mark, on a vowel. Used to tell decoded legacy text (which must come out as
 * Vietnamese) from text that already is Vietnamese. It checks shape, not the dictionary: "hoà" and
 * "hòa" both pass (old and new tone placement), and so do syllables no one says.
 */

/** Consonants a syllable may start with, longest first so "ngh" is tried before "ng" and "n". */
const INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Consonants a syllable may end with; c, ch, p, t stop the syllable and take only sắc or nặng. */
const FINALS = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't', ''];
const STOPS = new Set(['c', 'ch', 'p', 't']);

/** Vowel nuclei that stand alone or before a final consonant. */
const OPEN_OR_CLOSED = new Set(['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy', 'uơ']);
/** Nuclei that need a final consonant ("ăn", "tiên", "xoong"). */
const CLOSED_ONLY = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'oo', 'uyê']);
/** Nuclei that end in a glide and take no final consonant ("ai", "yêu", "người"). */
const OPEN_ONLY = new Set([
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu',
  'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu',
]);

const VOWELS = 'aăâeêioôơuưy';

const HORN = 0x31b;
const CIRCUMFLEX = 0x302;
const BREVE = 0x306;
const TONE_MARKS = new Set([0x300, 0x301, 0x303, 0x309, 0x323]);
const ACUTE = 0x301;
const DOT_BELOW = 0x323;

/** The letter a base letter becomes with a vowel mark, or '' when Vietnamese has no such letter. */
function withMark(letter: string, mark: number): string {
  if (mark === CIRCUMFLEX) return letter === 'a' ? 'â' : letter === 'e' ? 'ê' : letter === 'o' ? 'ô' : '';
  if (mark === BREVE) return letter === 'a' ? 'ă' : '';
  if (mark === HORN) return letter === 'o' ? 'ơ' : letter === 'u' ? 'ư' : '';
  return '';
}

/**
 * True when `word` (letters only, any case, composed or not) is shaped like one Vietnamese syllable.
 * Letters outside the Vietnamese alphabet (f, j, w, z, ß, ñ, ü …) make it false.
 */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  let letters = '';
  let tone = 0;
  for (let i = 0; i < nfd.length; i++) {
    const ch = nfd[i];
    const code = nfd.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) {
      if (letters.length === 0) return false;
      const last = letters[letters.length - 1];
      if (TONE_MARKS.has(code)) {
        if (tone !== 0 || !VOWELS.includes(last)) return false;
        tone = code;
        continue;
      }
      const marked = withMark(last, code);
      if (marked === '') return false;
      letters = letters.slice(0, -1) + marked;
      continue;
    }
    if ((code >= 0x61 && code <= 0x7a && ch !== 'f' && ch !== 'j' && ch !== 'w' && ch !== 'z') || ch === 'đ') {
      letters += ch;
      continue;
    }
    return false;
  }
  for (const initial of INITIALS) {
    if (!letters.startsWith(initial)) continue;
    const rest = letters.slice(initial.length);
    for (const final of FINALS) {
      if (!rest.endsWith(final)) continue;
      const nucleus = rest.slice(0, rest.length - final.length);
      if (nucleus === '') continue;
      const fits = final === '' ? OPEN_OR_CLOSED.has(nucleus) || OPEN_ONLY.has(nucleus) : OPEN_OR_CLOSED.has(nucleus) || CLOSED_ONLY.has(nucleus);
      if (!fits) continue;
      if (STOPS.has(final) && tone !== ACUTE && tone !== DOT_BELOW) continue;
      return true;
    }
  }
  return false;
}

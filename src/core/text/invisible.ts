/**
 * Characters a person cannot see that arrive pasted with a value: zero-width spaces and joiners, the
 * word joiner, the byte-order mark, and the direction marks and isolates a right-to-left
 * aware editor or a web form adds (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069). A CCCD with
 * one of them looks right in the message and must read right too (ISSUE 14 §3). One list for every reader.
 * Not the soft hyphen U+00AD: in a TCVN3 text it is the byte of "ư".
 */
export const INVISIBLE_CLASS = '\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF';

/** Matches one invisible character. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);
/** Matches every invisible character (for replace). */
export const INVISIBLE_ALL = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');

/** The text without its invisible characters; the same string when it has none. */
export function withoutInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}

/**
 * Diacritic folding for matching headers, sheet names and status words: "Đã tích hợp BHYT" → "da tich hop bhyt".
 * NFD splits tone and vowel marks off the letters; đ/Đ have no decomposition, so they are mapped explicitly.
 */
import { INVISIBLE_ALL } from './invisible';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/** Lower case, no diacritics, đ → d, runs of anything but letters and digits collapsed to one space, trimmed. */
export function foldWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NON_ALNUM, ' ')
    .trim();
}

/** Like foldWords, with no spaces at all: "Số CCCD/CMND" → "socccdcmnd". The key headers are matched on. */
export function foldKey(text: string): string {
  return foldWords(text).replace(/ /g, '');
}

/** NFC with ordinary spaces: non-breaking and zero-width spaces removed or made plain, runs collapsed, trimmed. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE_ALL, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/**
 * A combined list for the whole commune names each person's village in a column (Thôn, Thôn/TDP,
 * Tổ dân phố, Địa chỉ). Village names are matched on a key that ignores case, diacritics, leading
 * zeros and number words: "Thon 1", "thôn 01", "Thôn Một" and "Thôn1" are one village.
 */
import { foldWords } from '../text/fold';

/** Folded number words một … mười (bốn also "tư"). */
const NUMBER_WORDS: Partial<Record<string, string>> = {
  mot: '1',
  hai: '2',
  ba: '3',
  bon: '4',
  tu: '4',
  nam: '5',
  sau: '6',
  bay: '7',
  tam: '8',
  chin: '9',
  muoi: '10',
};

/** The key two spellings of one village share. */
export function villageKey(text: string): string {
  const words = foldWords(text)
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/\bto dan pho\b/g, 'tdp')
    .split(' ')
    .map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w));
  // Only a last word after the prefix is a number ("Thôn Một"); "Thôn Ba Sao" keeps its name.
  const last = words.length - 1;
  const number = last >= 1 ? NUMBER_WORDS[words[last]] : undefined;
  if (number !== undefined) words[last] = number;
  return words.join(' ');
}

/** The campaign's villages and units by the key of their sheet name and of their display name (sheet names first). */
export function villageIndex<T extends { sheet: string; name: string }>(configured: readonly T[]): Map<string, T> {
  const byKey = new Map(configured.map((c) => [villageKey(c.sheet), c]));
  for (const c of configured) if (!byKey.has(villageKey(c.name))) byKey.set(villageKey(c.name), c);
  return byKey;
}

/**
 * The names of villages and units as people abbreviate them (ISSUE 10 §10): "TYT xã Tri Tôn" and "Trạm YT Tri Tôn"
 * are the "Trạm Y tế xã Tri Tôn" a campaign names; "UBND xã", "THCS Kim Đồng", "BCHQS xã", "CAX" likewise. Names
 * are compared on their folded words with each abbreviation spelled out, so either spelling finds the other.
 */
import { foldWords } from './fold';

/** Folded abbreviations of unit names anywhere in a name, and the folded words they stand for. */
const ABBREVIATIONS: Partial<Record<string, string>> = {
  tyt: 'tram y te',
  ubnd: 'uy ban nhan dan',
  bchqs: 'ban chi huy quan su',
  chqs: 'chi huy quan su',
  cax: 'cong an xa',
};

/** Two-word abbreviations: "Trạm YT", "Ban CHQS" (by the single-word rule), "CA xã". */
const PAIRS: Partial<Record<string, Partial<Record<string, string>>>> = {
  tram: { yt: 'tram y te' },
  ca: { xa: 'cong an xa' },
};

/** Schools by level. "TH" and "MN" are short enough to mean other things: only a school's name starts with them. */
const SCHOOLS: Partial<Record<string, string>> = {
  thcs: 'trung hoc co so',
  thpt: 'trung hoc pho thong',
  th: 'tieu hoc',
  mn: 'mam non',
  mg: 'mau giao',
};

/** The folded words of a name with its abbreviations spelled out: "TYT xã Tri Tôn" → "tram y te xa tri ton". */
export function expandName(text: string): string {
  const folded = foldWords(text);
  if (folded === '') return folded;
  const words = folded.split(' ');
  const out: string[] = [];
  // A school's level words follow "Trường", another level ("TH&THCS") or "và", or start the name.
  let schoolAt = true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const pair = PAIRS[w]?.[words[i + 1]];
    const school = schoolAt ? SCHOOLS[w] : undefined;
    if (pair !== undefined) {
      out.push(pair);
      i++;
      schoolAt = false;
    } else if (school !== undefined) {
      // "THCS Kim Đồng" is "Trường THCS Kim Đồng": the school word is added when the name leaves it out.
      if (out.length === 0) out.push('truong');
      out.push(school);
      schoolAt = true;
    } else {
      out.push(ABBREVIATIONS[w] ?? w);
      schoolAt = w === 'truong' || (w === 'va' && i > 0 && SCHOOLS[words[i - 1]] !== undefined);
    }
  }
  return out.join(' ');
}

/** The key two spellings of one village's or unit's name share: expanded, with no spaces. */
export function nameKey(text: string): string {
  return expandName(text).replace(/ /g, '');
}

/** How a name prefix a campaign gives (folded: "tram y te") is shown to people. */
const SHOWN: Partial<Record<string, string>> = {
  'tram y te': 'Trạm Y tế',
  'uy ban nhan dan': 'Ủy ban nhân dân',
  'ban chi huy quan su': 'Ban Chỉ huy Quân sự',
  'cong an xa': 'Công an xã',
  truong: 'Trường',
};

/** A campaign's name prefix as people write it ("tram y te" → "Trạm Y tế"), or as the campaign wrote it. */
export function shownPrefix(prefix: string): string {
  return SHOWN[expandName(prefix)] ?? prefix;
}

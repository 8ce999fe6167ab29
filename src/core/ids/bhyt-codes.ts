/**
 * BHYT object codes (mã đối tượng, the first two letters of a 15-character card number) and the
 * benefit level (mức hưởng, the third character) each one usually carries. Kept as data: BHXH
 * changes the list.
 */

/** The object codes listed in the VNeID integration guide. */
const VNEID_GUIDE_CODES = [
  'DN', 'HX', 'CH', 'NN', 'TK', 'HC', 'XK', 'HT', 'TB', 'NO', 'CT', 'XB', 'TN', 'CS', 'QN', 'CA',
  'CY', 'XN', 'MS', 'CC', 'CK', 'CB', 'KC', 'HD', 'TE', 'BT', 'HN', 'DT', 'DK', 'XD', 'TS', 'TC',
  'TQ', 'TA', 'TY', 'HG', 'LS', 'PV', 'CN', 'HS', 'SV', 'GB', 'GD',
] as const;

/** Codes the guide lacks but lists and current claims software use. */
const NEWER_CODES = ['TV', 'AK', 'TG', 'DS', 'HK', 'ND', 'TH', 'TD', 'TU', 'BA', 'LH'] as const;

export const BHYT_OBJECT_CODES: readonly string[] = [...VNEID_GUIDE_CODES, ...NEWER_CODES];

/** Level for any code not named below. */
const DEFAULT_LEVELS: readonly number[] = [4];

/**
 * Usual benefit levels where they differ from 4. From 1/1/2026 CN and LH move to level 2, but
 * cards issued before keep the old digit, so both are usual.
 */
const USUAL_LEVELS: Readonly<Record<string, readonly number[]>> = {
  CC: [1],
  TE: [1],
  CK: [2],
  CB: [2],
  KC: [2],
  HN: [2],
  DT: [2],
  DK: [2],
  XD: [2],
  BT: [2],
  TS: [2],
  HT: [3],
  TC: [3],
  CN: [3, 2],
  QN: [5],
  CA: [5],
  CY: [5],
  LH: [4, 2],
};

/** The benefit levels usual for an object code (upper case), or null when the code is not in the list. */
export function usualBenefitLevels(objectCode: string): readonly number[] | null {
  if (!BHYT_OBJECT_CODES.includes(objectCode)) return null;
  return USUAL_LEVELS[objectCode] ?? DEFAULT_LEVELS;
}

const A = 65;
const LETTERS = 26;

/** Per two-letter code (index (first-A)*26 + second-A): bit n set when level n is usual; 0 = unknown code. */
const LEVEL_MASK = new Uint8Array(LETTERS * LETTERS);
/** The same code as a string, so a parser can hand it out without building a new one. */
const CODE_AT: (string | undefined)[] = new Array<string | undefined>(LETTERS * LETTERS);
for (const code of BHYT_OBJECT_CODES) {
  const index = (code.charCodeAt(0) - A) * LETTERS + (code.charCodeAt(1) - A);
  let mask = 0;
  for (const level of usualBenefitLevels(code) ?? DEFAULT_LEVELS) mask |= 1 << level;
  LEVEL_MASK[index] = mask;
  CODE_AT[index] = code;
}

/**
 * Index of a two-letter code given its character codes, or -1 when either is not A–Z.
 * The fast path of the parser works on character codes, not substrings.
 */
export function objectCodeIndex(first: number, second: number): number {
  const i = first - A;
  const j = second - A;
  if (i < 0 || i >= LETTERS || j < 0 || j >= LETTERS) return -1;
  return i * LETTERS + j;
}

/** Bit mask of the usual levels (bit n = level n) for an objectCodeIndex; 0 when the code is unknown. */
export function usualLevelMask(index: number): number {
  return index < 0 ? 0 : LEVEL_MASK[index];
}

/** The known object code at an objectCodeIndex, or null. */
export function knownObjectCode(index: number): string | null {
  return index < 0 ? null : (CODE_AT[index] ?? null);
}

/**
 * BHYT card number (thẻ BHYT): either the 10-digit mã số BHXH alone (cards printed since 1/4/2021)
 * or 15 characters: object code (2 letters), benefit level (1–5), issuer (2 digits), mã số BHXH.
 * People are matched on the last 10 characters, so both forms of one card meet.
 */
import { NO_ISSUES, type IssueParamsOf, type ValueIssue } from '../issues';
import { knownObjectCode, objectCodeIndex, usualBenefitLevels, usualLevelMask } from './bhyt-codes';
import { digitsFromLookalikes, hasWideCharacters } from '../text/lookalike-digits';
import { INVISIBLE_CLASS } from '../text/invisible';

export interface BhytResult {
  kind: 'empty' | 'card15' | 'bhxh10' | 'invalid';
  /** Normalised: upper-case 15 characters, or the 10 digits. */
  value: string;
  /**
   * The last 10 characters (mã số BHXH) as a number, NaN when kind is 'empty' or 'invalid'; people are
   * matched on it. A card15 with a bad object code, level or issuer keeps it (valid is false then).
   */
  last10: number;
  /** No error-severity issue. */
  valid: boolean;
  objectCode: string | null;
  benefitLevel: number | null;
  issuer: number | null;
  issues: ValueIssue[];
}

/** Why a value got BHYT_FORMAT (params.reason). */
export type BhytFormatReason =
  | 'length' // neither 10 nor 15 characters; params.length says how many
  | 'characters' // a letter where a digit belongs, or the reverse, or other symbols
  | 'rounded' // "1.23457E+14": Excel already rounded the number
  | 'leadingZeroLost' // a numeric cell of 9 digits: a mã số BHXH whose leading 0 Excel dropped
  | 'notInteger' // a numeric cell that is not a whole number of 10 digits
  | 'boolean'; // TRUE/FALSE in an ID column

/** Who issued a card, from its 4th–5th characters. */
export type BhytIssuerKind = 'vss' | 'police' | 'defence' | 'invalid';

/** 01–99 except 97/98: Vietnam Social Security; 98: BHXH CAND (police); 97: BHXH BQP (defence). */
export function bhytIssuerKind(issuer: number): BhytIssuerKind {
  if ((issuer | 0) !== issuer || issuer < 1 || issuer > 99) return 'invalid';
  return issuer === 98 ? 'police' : issuer === 97 ? 'defence' : 'vss';
}


const EMPTY: BhytResult = Object.freeze<BhytResult>({
  kind: 'empty',
  value: '',
  last10: NaN,
  valid: false,
  objectCode: null,
  benefitLevel: null,
  issuer: null,
  issues: NO_ISSUES,
});

const MAX_PARAM_LENGTH = 40;

const EXPONENT_TEXT = /^[+-]?\d+(?:[.,]\d*)?e[+-]?\d+$/i;
/** Spaces (incl. non-breaking and zero-width) and hyphens people put between the parts of a card number. */
const SEPARATORS = new RegExp(`[\\s\\-\\u2010-\\u2015\\u2212${INVISIBLE_CLASS}]`, 'g');

export function parseBhyt(raw: string | number | boolean | null): BhytResult {
  if (typeof raw === 'string') {
    if (raw.length === 10) {
      const last10 = digitRun(raw, 0, 10);
      if (last10 === last10) return bhxh10(raw, last10);
    } else if (raw.length === 15 && isUpperLetter(raw.charCodeAt(0)) && isUpperLetter(raw.charCodeAt(1))) {
      const result = fromCard(raw);
      if (result.kind === 'card15') return result;
    }
    return parseText(raw);
  }
  if (typeof raw === 'number') return parseNumber(raw);
  if (typeof raw === 'boolean') return formatError(raw ? 'TRUE' : 'FALSE', 'boolean');
  return EMPTY;
}

function parseNumber(n: number): BhytResult {
  if (!Number.isInteger(n) || n < 0) return formatError(String(n), 'notInteger');
  if (n >= 1e9 && n < 1e10) return bhxh10(String(n), n);
  if (n >= 1e8 && n < 1e9) return formatError(String(n).padStart(10, '0'), 'leadingZeroLost');
  return formatError(String(n), 'length');
}

/**
 * The slow path: lower case, separators, full-width characters, apostrophes, wrong lengths. Full-width
 * characters and O/o, l/I typed for 0 and 1 in the digit positions are read with an
 * ID_CHARACTERS_CLEANED warning when the card then reads; otherwise it is a BHYT_FORMAT error.
 */
function parseText(raw: string): BhytResult {
  let text = raw.normalize('NFKC').trim();
  if (text.charCodeAt(0) === 39) text = text.slice(1).trim(); // a leading apostrophe forces text in Excel
  if (text === '') return EMPTY;
  if (EXPONENT_TEXT.test(text)) return formatError(text, 'rounded');
  const compact = text.replace(SEPARATORS, '');
  if (compact === '') return EMPTY; // a lone "-" is a placeholder for "none"
  let value = compact.toUpperCase();
  let cleaned = hasWideCharacters(raw);
  if (value.length === 10 || value.length === 15) {
    const from = value.length === 15 ? 2 : 0; // the object code's letters stay letters
    if (Number.isNaN(digitRun(value, from, value.length))) {
      const read = digitsFromLookalikes(compact, from);
      if (read !== null) {
        value = read.toUpperCase();
        cleaned = true;
      }
    }
  }
  let result: BhytResult;
  if (value.length === 10) {
    const last10 = digitRun(value, 0, 10);
    result = last10 === last10 ? bhxh10(value, last10) : formatError(value, 'characters');
  } else if (value.length === 15) result = fromCard(value);
  else result = formatError(value, 'length');
  if (!cleaned || result.kind === 'invalid') return result;
  const warning: ValueIssue = { code: 'ID_CHARACTERS_CLEANED', params: { value: raw.trim().slice(0, MAX_PARAM_LENGTH), cleaned: value } };
  return { ...result, issues: [warning, ...result.issues] };
}

/** `value` has 15 characters, upper case. */
function fromCard(value: string): BhytResult {
  const codeIndex = objectCodeIndex(value.charCodeAt(0), value.charCodeAt(1));
  const level = value.charCodeAt(2) - 48;
  const issuer = digitRun(value, 3, 5);
  const last10 = digitRun(value, 5, 15);
  if (codeIndex < 0 || level < 0 || level > 9 || issuer !== issuer || last10 !== last10) {
    return formatError(value, 'characters');
  }
  const mask = usualLevelMask(codeIndex);
  const levelValid = level >= 1 && level <= 5;
  const objectCode = knownObjectCode(codeIndex) ?? value.slice(0, 2);
  if (mask !== 0 && levelValid && issuer !== 0 && (mask & (1 << level)) !== 0) {
    return card(value, last10, true, objectCode, level, issuer, NO_ISSUES);
  }
  const issues: ValueIssue[] = [];
  if (mask === 0) issues.push({ code: 'BHYT_OBJECT_CODE', params: { value, code: objectCode } });
  if (!levelValid) issues.push({ code: 'BHYT_BENEFIT_LEVEL', params: { value, level } });
  if (issuer === 0) issues.push({ code: 'BHYT_ISSUER', params: { value, issuer: value.slice(3, 5) } });
  if (mask !== 0 && levelValid && (mask & (1 << level)) === 0) {
    const expected = (usualBenefitLevels(objectCode) ?? []).join('/');
    issues.push({ code: 'BHYT_LEVEL_MISMATCH', params: { value, code: objectCode, level, expected } });
  }
  const valid = mask !== 0 && levelValid && issuer !== 0;
  return card(value, last10, valid, objectCode, level, issuer, issues);
}

function card(
  value: string,
  last10: number,
  valid: boolean,
  objectCode: string,
  benefitLevel: number,
  issuer: number,
  issues: ValueIssue[],
): BhytResult {
  return { kind: 'card15', value, last10, valid, objectCode, benefitLevel, issuer, issues };
}

function bhxh10(value: string, last10: number): BhytResult {
  return {
    kind: 'bhxh10',
    value,
    last10,
    valid: true,
    objectCode: null,
    benefitLevel: null,
    issuer: null,
    issues: NO_ISSUES,
  };
}

function formatError(shown: string, reason: BhytFormatReason): BhytResult {
  const params: IssueParamsOf<'BHYT_FORMAT'> = { value: shown.slice(0, MAX_PARAM_LENGTH), reason };
  if (reason === 'length') params.length = shown.length;
  return {
    kind: 'invalid',
    value: '',
    last10: NaN,
    valid: false,
    objectCode: null,
    benefitLevel: null,
    issuer: null,
    issues: [{ code: 'BHYT_FORMAT', params }],
  };
}

/** Digits `start`..`end` of `s` as a number, or NaN when any of them is not an ASCII digit. */
function digitRun(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

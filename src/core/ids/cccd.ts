/**
 * CCCD (Căn cước công dân, 12 digits `PPP G YY NNNNNN`) and the old 9-digit CMND: parse one
 * cell, restore the leading zeros Excel drops, and read the birth century/year and sex it encodes.
 * There is no check digit (Decree 137/2015, Circular 07/2016): never invent one.
 */
import { NO_ISSUES, type IssueParamsOf, type ValueIssue } from '../issues';
import { provinceCodeKind } from './provinces';
import { digitsFromLookalikes, hasWideCharacters } from '../text/lookalike-digits';
import { INVISIBLE_CLASS } from '../text/invisible';

export interface CccdResult {
  kind: 'empty' | 'cccd' | 'cmnd' | 'invalid';
  /** Normalised digits: 12 for a CCCD (leading zeros restored), 9 for a CMND, '' otherwise. */
  value: string;
  /** The number itself (exact in a double) for duplicate detection; NaN when there is no usable number. */
  key: number;
  /**
   * true when the person "has a CCCD": 12 digits after leading-zero recovery, no CCCD_FORMAT and no
   * CCCD_PROVINCE error. kind 'invalid' always comes with CCCD_FORMAT, and CCCD_FORMAT only with it.
   */
  valid: boolean;
  /** From the century/sex digit G and YY: 1900 + 100*floor(G/2) + YY; null when not a CCCD. */
  birthYear: number | null;
  /** G even = male; null when not a CCCD. */
  male: boolean | null;
  issues: ValueIssue[];
}

/** Why a value got CCCD_FORMAT (params.reason). */
export type CccdFormatReason =
  | 'rounded' // "1.23457E+11": Excel already rounded the number, the digits are lost
  | 'characters' // something other than digits and digit-group separators
  | 'length' // neither 12 (CCCD) nor 9 (CMND) digits; params.digits says how many
  | 'century' // century/sex digit 4–9: nobody alive was born after 2099
  | 'notInteger' // a numeric cell holding a fraction or a negative number
  | 'boolean'; // TRUE/FALSE in an ID column


const EMPTY: CccdResult = Object.freeze<CccdResult>({
  kind: 'empty',
  value: '',
  key: NaN,
  valid: false,
  birthYear: null,
  male: null,
  issues: NO_ISSUES,
});

/** Longest text an issue repeats back: enough to recognise the value, never a pasted row. */
const MAX_PARAM_LENGTH = 40;

const EXPONENT_TEXT = /^[+-]?\d+(?:[.,]\d*)?e[+-]?\d+$/i;
/** Spaces (incl. non-breaking and zero-width), dots and hyphens used between digit groups. */
const SEPARATORS = new RegExp(`[\\s.\\-\\u2010-\\u2015\\u2212${INVISIBLE_CLASS}]`, 'g');
const ALL_DIGITS = /^\d+$/;

/**
 * Parse one CCCD/CMND cell. `numberFormat` is the cell's Excel number format: a numeric cell shown
 * in scientific notation ("0.00E+00") holds a number typed or pasted as "1.23457E+11", so rounded.
 */
export function parseCccd(raw: string | number | boolean | null, numberFormat?: string): CccdResult {
  if (typeof raw === 'string') {
    if (raw.length === 12) {
      const key = digitsToNumber(raw);
      if (key === key) return fromTwelveDigits(raw, key, null);
    }
    return parseText(raw);
  }
  if (typeof raw === 'number') return parseNumber(raw, numberFormat);
  if (typeof raw === 'boolean') return formatError(raw ? 'TRUE' : 'FALSE', 'boolean');
  return EMPTY;
}

/**
 * Compare the birth year and sex a CCCD encodes with those recorded in the same row. Only when both
 * sides are known: a CMND or an invalid value encodes nothing.
 */
export function checkCccdAgainstPerson(
  result: CccdResult,
  birthYear: number | null,
  male: boolean | null,
): ValueIssue[] {
  const cccdYear = result.birthYear;
  const cccdMale = result.male;
  if (cccdYear === null || cccdMale === null) return NO_ISSUES;
  const yearDiffers = birthYear !== null && birthYear !== cccdYear;
  const sexDiffers = male !== null && male !== cccdMale;
  if (!yearDiffers && !sexDiffers) return NO_ISSUES;
  const issues: ValueIssue[] = [];
  if (yearDiffers) {
    issues.push({ code: 'CCCD_BIRTH_MISMATCH', params: { value: result.value, cccdYear, listYear: birthYear } });
  }
  if (sexDiffers) {
    issues.push({ code: 'CCCD_SEX_MISMATCH', params: { value: result.value, cccdMale: cccdMale ? 1 : 0, listMale: male ? 1 : 0 } });
  }
  return issues;
}

/** The digits of `s` as a number, or NaN when `s` holds anything but ASCII digits. */
export function digitsToNumber(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return s.length === 0 ? NaN : n;
}

/** True for Excel number formats that show numbers in scientific notation ("0.00E+00", "##0.0e-0"). */
export function isScientificFormat(numberFormat: string): boolean {
  for (let i = 0; i + 1 < numberFormat.length; i++) {
    const c = numberFormat.charCodeAt(i);
    if (c !== 69 && c !== 101) continue; // E, e
    const next = numberFormat.charCodeAt(i + 1);
    if (next === 43 || next === 45) return true; // +, -
  }
  return false;
}

function parseNumber(n: number, numberFormat: string | undefined): CccdResult {
  if (!Number.isInteger(n) || n < 0) return formatError(String(n), 'notInteger');
  if (numberFormat !== undefined && isScientificFormat(numberFormat)) return formatError(String(n), 'rounded');
  if (n >= 1e11 && n < 1e12) return fromTwelveDigits(String(n), n, null);
  if (n >= 1e9 && n < 1e11) {
    const typed = String(n);
    return fromTwelveDigits(typed.padStart(12, '0'), n, typed);
  }
  if (n >= 1e8 && n < 1e9) return cmnd(String(n), n);
  return formatError(String(n), 'length', n < 1e21 ? String(n).length : Math.floor(Math.log10(n)) + 1);
}

/**
 * The slow path: anything but 12 plain digits. Spaces and separators go silently; full-width digits
 * and O/o, l/I typed for 0 and 1 are read with an ID_CHARACTERS_CLEANED warning when the result has
 * the length of a CCCD or CMND, and are a CCCD_FORMAT error otherwise.
 */
function parseText(raw: string): CccdResult {
  // NFKC turns full-width digits and odd spaces into ASCII ones.
  let text = raw.normalize('NFKC').trim();
  if (text.charCodeAt(0) === 39) text = text.slice(1).trim(); // a leading apostrophe forces text in Excel
  if (text === '') return EMPTY;
  if (EXPONENT_TEXT.test(text)) return formatError(text, 'rounded');
  let digits = text.replace(SEPARATORS, '');
  if (digits === '') return EMPTY; // a lone "-" or "." is a placeholder for "none"
  let cleaned = hasWideCharacters(raw);
  if (!ALL_DIGITS.test(digits)) {
    const read = digitsFromLookalikes(digits);
    if (read === null || (read.length !== 12 && read.length !== 9)) return formatError(text, 'characters');
    digits = read;
    cleaned = true;
  }
  const result =
    digits.length === 12
      ? fromTwelveDigits(digits, digitsToNumber(digits), null)
      : digits.length === 9
        ? cmnd(digits, digitsToNumber(digits))
        : formatError(digits, 'length', digits.length);
  if (!cleaned || result.kind === 'invalid') return result;
  const warning: ValueIssue = { code: 'ID_CHARACTERS_CLEANED', params: { value: raw.trim().slice(0, MAX_PARAM_LENGTH), cleaned: digits } };
  return { ...result, issues: [warning, ...result.issues] };
}

/** `value` is 12 ASCII digits; `restoredFrom` is what the numeric cell held when zeros were put back. */
function fromTwelveDigits(value: string, key: number, restoredFrom: string | null): CccdResult {
  const g = value.charCodeAt(3) - 48;
  if (g > 3) return formatError(value, 'century');
  const province =
    (value.charCodeAt(0) - 48) * 100 + (value.charCodeAt(1) - 48) * 10 + (value.charCodeAt(2) - 48);
  const birthYear = 1900 + 100 * (g >> 1) + (value.charCodeAt(4) - 48) * 10 + (value.charCodeAt(5) - 48);
  const male = (g & 1) === 0;
  const provinceKind = provinceCodeKind(province);
  if (provinceKind === 'province' && restoredFrom === null) {
    return { kind: 'cccd', value, key, valid: true, birthYear, male, issues: NO_ISSUES };
  }
  const issues: ValueIssue[] = [];
  if (restoredFrom !== null) {
    issues.push({ code: 'CCCD_LEADING_ZERO_RESTORED', params: { value, original: restoredFrom } });
  }
  if (provinceKind === 'foreign') {
    issues.push({ code: 'CCCD_FOREIGN_BIRTH', params: { value, code: value.slice(0, 3) } });
  } else if (provinceKind === 'invalid') {
    issues.push({ code: 'CCCD_PROVINCE', params: { value, code: value.slice(0, 3) } });
  }
  return { kind: 'cccd', value, key, valid: provinceKind !== 'invalid', birthYear, male, issues };
}

function cmnd(value: string, key: number): CccdResult {
  return {
    kind: 'cmnd',
    value,
    key,
    valid: false,
    birthYear: null,
    male: null,
    issues: [{ code: 'CMND_OLD', params: { value } }],
  };
}

function formatError(shown: string, reason: CccdFormatReason, digits?: number): CccdResult {
  const params: IssueParamsOf<'CCCD_FORMAT'> = { value: shown.slice(0, MAX_PARAM_LENGTH), reason };
  if (digits !== undefined) params.digits = digits;
  return {
    kind: 'invalid',
    value: '',
    key: NaN,
    valid: false,
    birthYear: null,
    male: null,
    issues: [{ code: 'CCCD_FORMAT', params }],
  };
}

/** A count cell of a form, read the way people write counts in Vietnam. */
import type { CellValue } from '../grid';
import { withoutInvisible } from '../text/invisible';

export type Count = { ok: true; value: number } | { ok: false; reason: 'negative' | 'fraction' | 'text' };

const THOUSANDS = /^[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*$/;
const INTEGER = /^[-−]?\d+$/;
const DECIMAL = /^[-−]?\d+[.,]\d+$/;
const DASHES = /^[-–—]+$/;

/** A count cell: blank or a dash is 0; "1.250" is Vietnamese for 1250; "12,5" and "-3" are errors. */
export function parseCount(value: CellValue | undefined): Count {
  // Rows may be ragged: a cell past the row's end is blank.
  if (value === null || value === undefined || value === '') return { ok: true, value: 0 };
  if (typeof value === 'boolean') return { ok: false, reason: 'text' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: 'text' };
    const whole = Math.round(value);
    // Formulas leave 12.000000000001 behind; that is still 12.
    if (Math.abs(value - whole) > 1e-9) return { ok: false, reason: value < 0 ? 'negative' : 'fraction' };
    return whole < 0 ? { ok: false, reason: 'negative' } : { ok: true, value: whole };
  }
  const text = withoutInvisible(value.normalize('NFC')).replace(/[\s\u00A0]+/g, '');
  if (text === '' || DASHES.test(text)) return { ok: true, value: 0 };
  if (THOUSANDS.test(text)) return { ok: true, value: Number(text.replace(/[.,]/g, '')) };
  if (INTEGER.test(text)) {
    const n = Number(text.replace('−', '-'));
    return n < 0 ? { ok: false, reason: 'negative' } : { ok: true, value: n };
  }
  if (DECIMAL.test(text)) return { ok: false, reason: /^[-−]/.test(text) ? 'negative' : 'fraction' };
  return { ok: false, reason: 'text' };
}

/** Excel's dates: serials of the 1900 date system as yyyymmdd integers, and which number formats show a date. */

/** yyyymmdd as an integer, e.g. 19850412. Year-only dates are stored as yyyy0101 (see README: ages from a bare year). */
export type Ymd = number;

/** Gregorian date from days since 1970-01-01 (Howard Hinnant's civil_from_days), no Date allocation. */
function ymdFromEpochDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

/** Excel (1900 date system) serial → yyyymmdd. Serial 60 is Excel's fictitious 29/02/1900. */
export function ymdFromExcelSerial(serial: number): Ymd | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(whole) || whole < 1 || whole === 60 || whole > 2958465) return null;
  // 25569 = serial of 1970-01-01; serials below 60 are one day off because of the fictitious leap day.
  return ymdFromEpochDays(whole - (whole < 60 ? 25568 : 25569));
}

/** True when an Excel number format shows a date (d, m, y codes outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
}

/**
 * Date serials as the Grid contract wants them: the 1900 system, whole milliseconds. Until now the
 * reader went through a JavaScript Date (rounded to the millisecond, 1904 workbooks shifted), so a
 * serial goes the same way to stay the same number.
 */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

export function gridSerial(serial: number, date1904: boolean): number {
  return Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** An ISO 8601 date cell (`t="d"`), as a 1900-system serial; NaN when it is not a date. */
export function isoSerial(iso: string): number {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

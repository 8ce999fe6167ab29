/**
 * Windows-1252, read backwards: which byte a character came from. Text typed with a legacy
 * Vietnamese font (.VnTime, VNI-Times) reaches Excel as bytes that Windows showed in its ANSI code
 * page, so every character of such a cell maps back to one byte; anything else was never legacy.
 */

/** Characters Windows-1252 puts at 0x80–0x9F (0 where the code page leaves a byte undefined). */
const HIGH_CONTROLS = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const BYTE_OF = new Map<number, number>();
HIGH_CONTROLS.forEach((code, i) => {
  if (code !== 0) BYTE_OF.set(code, 0x80 + i);
});

/**
 * The Windows-1252 byte of a UTF-16 code unit, or -1. Latin-1 code points are their own byte; the
 * C1 controls U+0080–U+009F count as the bytes Windows leaves undefined (they arrive that way).
 */
export function windows1252Byte(code: number): number {
  if (code < 0x100) return code;
  return BYTE_OF.get(code) ?? -1;
}

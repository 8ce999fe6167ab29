/** OOXML's own escape for characters XML cannot carry: "_x000D_" is a carriage return (hex digits in either case). */
export function unescapeOoxml(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

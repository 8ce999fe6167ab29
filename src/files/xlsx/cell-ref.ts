/** Digits and letters of an A1 reference read in place in the XML's bytes, without cutting a string out. */

/** Zero-based column of the reference starting at `at` ("BC12" → 54), or -1 when it has no letters. */
export function columnAt(s: Uint8Array, at: number): number {
  let col = 0;
  for (let i = at; ; i++) {
    const c = s[i] | 32;
    if (c < 97 || c > 122) return col - 1;
    col = col * 26 + (c - 96);
  }
}

/** The unsigned integer starting at `at` after any letters ("BC12" → 12), or -1 when there is none. */
export function numberAt(s: Uint8Array, at: number): number {
  let i = at;
  let c = s[i];
  while ((c | 32) >= 97 && (c | 32) <= 122) c = s[++i];
  if (!(c >= 48 && c <= 57)) return -1;
  let n = 0;
  while (c >= 48 && c <= 57) {
    n = n * 10 + (c - 48);
    c = s[++i];
  }
  return n;
}

const ascii = new TextEncoder();

/** "B3:D4" → zero-based [top, left, bottom, right]; a single cell is a range of one. */
export function rangeOf(ref: string): [number, number, number, number] | null {
  const [a, b = a] = ref.split(':').map((part) => ascii.encode(part));
  const top = numberAt(a, 0) - 1;
  const left = columnAt(a, 0);
  const bottom = numberAt(b, 0) - 1;
  const right = columnAt(b, 0);
  if (top < 0 || left < 0 || bottom < 0 || right < 0) return null;
  return [Math.min(top, bottom), Math.min(left, right), Math.max(top, bottom), Math.max(left, right)];
}

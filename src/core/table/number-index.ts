/**
 * A map from non-negative integer keys (CCCD numbers, the last 10 BHYT digits) to the first person
 * index seen, on one typed array with open addressing: a JavaScript Map of a million keys costs
 * about a second, this a few tens of milliseconds (ARCHITECTURE.md, "Rules that keep the engine fast").
 * Key and value sit side by side so a probe touches one cache line.
 */
const EMPTY = -1;

export class NumberIndex {
  /** [key0, value0, key1, value1, …]; EMPTY marks a free slot. */
  private readonly slots: Float64Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Float64Array(size * 2).fill(EMPTY);
    this.mask = size - 1;
  }

  /** The value stored for `key` (an integer ≥ 0), or stores `value` and returns -1 when the key is new. */
  getOrSet(key: number, value: number): number {
    const slots = this.slots;
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let i = h & this.mask;
    for (;;) {
      const k = slots[2 * i];
      if (k === EMPTY) {
        slots[2 * i] = key;
        slots[2 * i + 1] = value;
        return -1;
      }
      if (k === key) return slots[2 * i + 1];
      i = (i + 1) & this.mask;
    }
  }
}

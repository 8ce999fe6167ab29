/**
 * A map from integer keys (CCCD numbers, the last 10 BHYT digits) to the first person index seen,
 * on typed arrays with open addressing: a JavaScript Map of a million keys costs about a second,
 * this a few tens of milliseconds (see ARCHITECTURE.md, "Rules that keep the engine fast").
 */
export class NumberIndex {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size).fill(NaN);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  private slot(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let i = h & this.mask;
    const keys = this.keys;
    while (!Number.isNaN(keys[i]) && keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** The value stored for `key`, or stores `value` and returns -1 when the key is new. */
  getOrSet(key: number, value: number): number {
    const i = this.slot(key);
    if (Number.isNaN(this.keys[i])) {
      this.keys[i] = key;
      this.values[i] = value;
      return -1;
    }
    return this.values[i];
  }

  get(key: number): number {
    const i = this.slot(key);
    return Number.isNaN(this.keys[i]) ? -1 : this.values[i];
  }
}

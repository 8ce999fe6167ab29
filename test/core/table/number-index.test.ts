import fc from 'fast-check';
import { NumberIndex } from '../../../src/core/table/number-index';

describe('NumberIndex', () => {
  it('returns -1 for a new key and the first value for a key seen before', () => {
    const index = new NumberIndex(4);
    expect(index.getOrSet(1085000001, 0)).toBe(-1);
    expect(index.getOrSet(1085000001, 5)).toBe(0);
    expect(index.getOrSet(1085000001, 9)).toBe(0);
    expect(index.getOrSet(42, 1)).toBe(-1);
  });

  it('tells apart keys above 2^32 that share their low 32 bits (12-digit CCCDs)', () => {
    const index = new NumberIndex(2);
    const a = 1085000001;
    const b = a + 2 ** 32;
    expect(index.getOrSet(a, 1)).toBe(-1);
    expect(index.getOrSet(b, 2)).toBe(-1);
    expect(index.getOrSet(a, 3)).toBe(1);
    expect(index.getOrSet(b, 4)).toBe(2);
  });

  it('keeps 0 as an ordinary key (mã số BHXH 0000000000)', () => {
    const index = new NumberIndex(1);
    expect(index.getOrSet(0, 7)).toBe(-1);
    expect(index.getOrSet(0, 8)).toBe(7);
  });

  it('behaves like a Map of first occurrences for CCCD- and BHXH-sized keys, filled to capacity', () => {
    const keyArb = fc.oneof(
      fc.integer({ min: 0, max: 999_999_999 }),
      fc.integer({ min: 0, max: 99_999 }).map((k) => 1_000_000_000 + k * 2 ** 20),
      fc.constantFrom(0, 1, 2 ** 32, 2 ** 33 + 1, 999_999_999_999 * 2 + 1),
    );
    fc.assert(
      fc.property(fc.array(keyArb, { minLength: 1, maxLength: 300 }), (keys) => {
        const index = new NumberIndex(keys.length);
        const first = new Map<number, number>();
        const wrong: string[] = [];
        keys.forEach((k, i) => {
          const expected = first.get(k) ?? -1;
          if (!first.has(k)) first.set(k, i);
          const got = index.getOrSet(k, i);
          if (got !== expected) wrong.push(`${k}@${i}: ${got} ≠ ${expected}`);
        });
        expect(wrong).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

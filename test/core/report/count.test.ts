import fc from 'fast-check';
import { indicatorValue, meetsTarget } from '../../../src/core/report/count';

const gt = (value: number) => ({ op: '>' as const, value });
const ge = (value: number) => ({ op: '>=' as const, value });

describe('meetsTarget', () => {
  it('is null when there is nobody to count', () => {
    expect(meetsTarget(0, 0, gt(95))).toBeNull();
    expect(meetsTarget(0, 0, ge(0))).toBeNull();
  });

  it('does not meet "> 95%" at exactly 95% (19/20, 95/100) and meets it just above', () => {
    expect(meetsTarget(19, 20, gt(95))).toBe(false);
    expect(meetsTarget(95, 100, gt(95))).toBe(false);
    expect(meetsTarget(96, 100, gt(95))).toBe(true);
    expect(meetsTarget(951, 1000, gt(95))).toBe(true);
  });

  it('meets "≥ 80%" at exactly 80% and not just below', () => {
    expect(meetsTarget(80, 100, ge(80))).toBe(true);
    expect(meetsTarget(4, 5, ge(80))).toBe(true);
    expect(meetsTarget(79, 100, ge(80))).toBe(false);
    expect(meetsTarget(799, 1000, ge(80))).toBe(false);
  });

  it('decides a fractional target (95.5%) on the exact fraction', () => {
    expect(meetsTarget(191, 200, ge(95.5))).toBe(true); // exactly 95.5%
    expect(meetsTarget(191, 200, gt(95.5))).toBe(false);
    expect(meetsTarget(1910, 2000, gt(95.5))).toBe(false);
    expect(meetsTarget(1911, 2000, gt(95.5))).toBe(true); // 95.55%
    expect(meetsTarget(1909, 2000, ge(95.5))).toBe(false); // 95.45%
  });

  it('meets 100% only when everyone is counted', () => {
    expect(meetsTarget(10, 10, ge(100))).toBe(true);
    expect(meetsTarget(9999, 10000, ge(100))).toBe(false);
    expect(meetsTarget(10, 10, gt(100))).toBe(false);
  });

  it('meets "≥ 0%" with nobody counted but somebody in the population', () => {
    expect(meetsTarget(0, 7, ge(0))).toBe(true);
    expect(meetsTarget(0, 7, gt(0))).toBe(false);
  });

  it('agrees with exact integer arithmetic for targets with up to three decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (denominator, milli, strict, share) => {
          const numerator = Math.floor(denominator * share);
          const value = milli / 1000;
          // numerator/denominator vs milli/100000, cross-multiplied in BigInt: no rounding anywhere.
          const left = BigInt(numerator) * 100_000n;
          const right = BigInt(milli) * BigInt(denominator);
          const expected = strict ? left > right : left >= right;
          expect(meetsTarget(numerator, denominator, { op: strict ? '>' : '>=', value })).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  // The schema lets a commune write any target; "decided on the exact fraction" should hold for 1/3 vs 33.33335%.
  test('decides a target with more than three decimals on the exact fraction', () => {
    // 1/3 = 33.33333…% is below 33.33335%.
    expect(meetsTarget(1, 3, ge(33.33335))).toBe(false);
  });
});

describe('indicatorValue', () => {
  it('carries numerator, denominator, percent, target and met', () => {
    expect(indicatorValue(19, 20, gt(95))).toEqual({ numerator: 19, denominator: 20, percent: 95, target: gt(95), met: false });
  });

  it('gives percent null and met null for a zero denominator, never NaN', () => {
    const v = indicatorValue(0, 0, ge(80));
    expect(v.percent).toBeNull();
    expect(v.met).toBeNull();
  });

  it('gives 0 and 100 at the ends', () => {
    expect(indicatorValue(0, 3, ge(80)).percent).toBe(0);
    expect(indicatorValue(3, 3, ge(80)).percent).toBe(100);
  });

  it('keeps percent within 0–100 and met consistent with meetsTarget', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (d, share, t) => {
        const n = Math.floor(d * share);
        const target = ge(t / 10);
        const v = indicatorValue(n, d, target);
        expect(v.percent).not.toBeNull();
        expect(v.percent!).toBeGreaterThanOrEqual(0);
        expect(v.percent!).toBeLessThanOrEqual(100);
        expect(v.met).toBe(meetsTarget(n, d, target));
      }),
      { numRuns: 200 },
    );
  });
});

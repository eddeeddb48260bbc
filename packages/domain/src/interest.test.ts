import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDefaultInterest } from './interest.js';

describe('default interest', () => {
  it('is simple interest at the reference rate + 8 points, per day over 365', () => {
    // 10,000.00 RSD for 30 days at 5.75 + 8 = 13.75%: 10000 x 0.1375 x 30/365 = 113.0137 -> 113.01
    expect(computeDefaultInterest(1_000_000, '2025-03-01', '2025-03-30')).toBe(11301);
  });

  it("uses each day's rate across a change of the reference rate", () => {
    // 2024-07-01..2024-07-20 at 6.25 + 8 = 14.25% (11 days) and 6.00 + 8 = 14% (9 days, from 12 July)
    // 100000 x (0.1425 x 11 + 0.14 x 9) / 365 = 100000 x 2.8275 / 365 = 774.66 -> para 77466
    expect(computeDefaultInterest(10_000_000, '2024-07-01', '2024-07-20')).toBe(77466);
  });

  it('counts a leap year by 366 days under actual/actual', () => {
    // 2024-03-01..2024-03-31, 31 days at 6.50 + 8 = 14.5%: 100000 x 0.145 x 31/366 = 1228.1421 -> 1228.14
    // (by 365: 1231.5068 -> 1231.51)
    const rules = { markup: '8', dayCount: 'actual/actual' } as const;
    expect(computeDefaultInterest(10_000_000, '2024-03-01', '2024-03-31', undefined, rules)).toBe(122814);
    expect(computeDefaultInterest(10_000_000, '2024-03-01', '2024-03-31')).toBe(123151);
  });

  it('is zero for nothing overdue, and refuses days before the rate table', () => {
    expect(computeDefaultInterest(0, '2025-01-01', '2025-02-01')).toBe(0);
    expect(computeDefaultInterest(1000, '2025-02-01', '2025-01-01')).toBe(0);
    expect(() => computeDefaultInterest(1000, '2020-01-01', '2020-02-01')).toThrow(/no NBS reference rate/);
  });

  it('is additive over consecutive spans, within a para of rounding (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        (principal, offset, first, second) => {
          const day = (n: number) => new Date(Date.UTC(2023, 0, 15 + n)).toISOString().slice(0, 10);
          const whole = computeDefaultInterest(principal, day(offset), day(offset + first + second - 1));
          const parts =
            computeDefaultInterest(principal, day(offset), day(offset + first - 1)) +
            computeDefaultInterest(principal, day(offset + first), day(offset + first + second - 1));
          expect(Math.abs(whole - parts)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

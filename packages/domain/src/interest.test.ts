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

  it('is zero for nothing overdue', () => {
    expect(computeDefaultInterest(0, '2025-01-01', '2025-02-01')).toBe(0);
    expect(computeDefaultInterest(1000, '2025-02-01', '2025-01-01')).toBe(0);
  });
});

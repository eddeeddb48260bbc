import { describe, expect, it } from 'vitest';
import { formatRsd } from '../money.js';
import { computeEpsHouseholdBill } from './eps-household.js';
import { householdBase, printed } from './eps-household.test-helpers.js';
import { defaultTariffRules } from './rules.js';

// Periods of other than 30 days, and periods across a price change.
const base = householdBase;

describe('EPS household bill, days and price changes', () => {
  it('splits a period that spans the 1.10.2025 price change by days', () => {
    // 16.9. - 15.10.2025: 15 days at the old prices, 15 at the new; 400 kWh single-rate -> 200 + 200.
    // Each half: green limit 175, blue limit 800 (old) / 600 (new): green 175 + blue 25.
    // 1: 6.90 x 54.258 x 15/30 = 187.1901 -> 187.19; 6.90 x 60.8947 x 15/30 = 210.086715 -> 210.09
    // 2: 160.67/2 = 80.335 -> 80.34; 160.6695/2 = 80.33475 -> 80.33
    // 3: 175 x 7.970 = 1394.75; 25 x 11.955 = 298.875 -> 298.88; 175 x 8.4119 = 1472.0825 -> 1472.08;
    //    25 x 12.6178 = 315.445 -> 315.45;  5: 160.20 x 2;  6: 3.00 x 2
    // 8 = 4365.51  9 = 327.41  10 = 4692.92  11 = 938.58  14 = 5631.50  + TV 349 = 5980.50
    const bill = computeEpsHouseholdBill({
      ...base,
      periodStart: '2025-09-16',
      periodEnd: '2025-10-15',
      consumption: { single: 400 },
    });
    expect(bill.segments.map((s) => [s.from, s.to, s.days])).toEqual([
      ['2025-09-16', '2025-09-30', 15],
      ['2025-10-01', '2025-10-15', 15],
    ]);
    expect(printed(bill.lines)).toEqual([
      '1:187.19',
      '1:210.09',
      '2:80.34',
      '2:80.33',
      '3:1394.75',
      '3:298.88',
      '3:1472.08',
      '3:315.45',
      '5:160.20',
      '5:160.20',
      '6:3.00',
      '6:3.00',
      '8:4365.51',
      '9:327.41',
      '10:4692.92',
      '11:938.58',
      '14:5631.50',
      '15:349.00',
    ]);
    expect(formatRsd(bill.total)).toBe('5980.50');
  });

  it('splits the consumption by days at a price change', () => {
    // 15.9. - 14.10.2025: 16 + 14 days. 401 kWh: 401 x 16/30 = 213.87 -> 214 (cumulative, the default)
    // or 213 (remainder to the last part). Limits: green 350 x 16/30 = 186.67 -> 187, 350 x 14/30 -> 163.
    const input = {
      ...base,
      periodStart: '2025-09-15',
      periodEnd: '2025-10-14',
      consumption: { single: 401 },
    };
    const zones = (bill: ReturnType<typeof computeEpsHouseholdBill>) =>
      bill.segments.map((s) => [s.days, s.limits.green, s.zones.map((z) => z.kwh)]);
    expect(zones(computeEpsHouseholdBill(input))).toEqual([
      [16, 187, [187, 27, 0]],
      [14, 163, [163, 24, 0]],
    ]);
    const remainderToLast = computeEpsHouseholdBill({
      ...input,
      rules: { ...defaultTariffRules, consumptionSplitAtPriceChange: 'remainder-to-last' },
    });
    expect(zones(remainderToLast)).toEqual([
      [16, 187, [187, 26, 0]],
      [14, 163, [163, 25, 0]],
    ]);
    expect(remainderToLast.zoneLimits.green).toBe(350);
  });

  it('prorates the monthly lines of a 31-day split period by days/30, or by days/31 on request', () => {
    // 16.9. - 16.10.2025: 15 days old prices, 16 days new.
    // days/30: 1: 374.3802 x 15/30 = 187.1901 -> 187.19; 420.17343 x 16/30 = 224.0925 -> 224.09
    //          2: 160.67 x 15/30 = 80.335 -> 80.34; 160.6695 x 16/30 = 85.6904 -> 85.69 (31/30 of a month)
    // days/31: 1: 374.3802 x 15/31 = 181.1517 -> 181.15; 420.17343 x 16/31 = 216.8637 -> 216.86
    //          2: 160.67 x 15/31 = 77.7435 -> 77.74; 160.6695 x 16/31 = 82.9262 -> 82.93 (one month)
    const input = { ...base, periodStart: '2025-09-16', periodEnd: '2025-10-16', consumption: { single: 0 } };
    const monthly = (bill: ReturnType<typeof computeEpsHouseholdBill>) =>
      printed(bill.lines.filter((l) => l.code === '1' || l.code === '2'));
    expect(monthly(computeEpsHouseholdBill(input))).toEqual(['1:187.19', '1:224.09', '2:80.34', '2:85.69']);
    const byPeriod = computeEpsHouseholdBill({
      ...input,
      rules: { ...defaultTariffRules, monthlyChargesAtPriceChange: 'days-over-period' },
    });
    expect(monthly(byPeriod)).toEqual(['1:181.15', '1:216.86', '2:77.74', '2:82.93']);
    expect(byPeriod.lines.filter((l) => l.code === '2').map((l) => l.quantity)).toEqual(['0.4839', '0.5161']);
  });

  it('moves the green limit with the days: 28 days -> 327 kWh, 31 days -> 362 kWh', () => {
    const limit = (end: string) =>
      computeEpsHouseholdBill({
        ...base,
        periodStart: '2026-02-01',
        periodEnd: end,
        consumption: { single: 1 },
      }).segments[0]!.limits.green;
    expect(limit('2026-02-28')).toBe(327);
    expect(limit('2026-03-03')).toBe(362);
  });

  it('moves the blue limit too: 1200 x 31/30 = 1240 from October 2025, 1600 x 28/30 = 1493 before', () => {
    const limits = (periodStart: string, periodEnd: string) =>
      computeEpsHouseholdBill({ ...base, periodStart, periodEnd, consumption: { single: 1 } }).zoneLimits;
    expect(limits('2025-10-01', '2025-10-31')).toEqual({ green: 362, blue: 1240 });
    expect(limits('2024-02-01', '2024-02-28')).toEqual({ green: 327, blue: 1493 });
  });
});

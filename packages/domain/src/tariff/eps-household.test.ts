import { describe, expect, it } from 'vitest';
import { formatRsd } from '../money.js';
import { computeEpsHouseholdBill, sum } from './eps-household.js';
import { householdBase, printed } from './eps-household.test-helpers.js';

const base = householdBase;

describe('EPS household bill, hand-computed', () => {
  it('single-rate, green zone, 30 days (2023 prices)', () => {
    // 1: 6.90 kW x 54.258 = 374.3802 -> 374.38     2: 160.67     3: 250 kWh x 7.97 = 1992.50
    // 5: 250 x 0.801 = 200.25     6: 250 x 0.015 = 3.75     8 = 2731.55
    // 9: 7.5% = 204.86625 -> 204.87     10 = 2936.42     11: 20% = 587.284 -> 587.28
    // 14 = 3523.70     15: TV 299     total 3822.70;  next bill's discount 5% x 2527.55 = 126.3775 -> 126.38
    const bill = computeEpsHouseholdBill({
      ...base,
      periodStart: '2024-03-01',
      periodEnd: '2024-03-30',
      consumption: { single: 250 },
    });
    expect(printed(bill.lines)).toEqual([
      '1:374.38',
      '2:160.67',
      '3:1992.50',
      '5:200.25',
      '6:3.75',
      '8:2731.55',
      '9:204.87',
      '10:2936.42',
      '11:587.28',
      '14:3523.70',
      '15:299.00',
    ]);
    expect(formatRsd(bill.total)).toBe('3822.70');
    expect(formatRsd(bill.discountOffer)).toBe('126.38');
    expect(bill.zoneTotals).toEqual({ GREEN: 250, BLUE: 0, RED: 0 });
  });

  it('dual-rate reaching the red zone, 31 days (limits 362 / 1653)', () => {
    // 2000 kWh, VT 1400 / NT 600 (70%). Green 362, blue 1653 - 362 = 1291, red 347.
    // NT down cumulatively: 600 x 362/2000 = 108.6 -> 108; 600 x 1653/2000 = 495.9 -> 495 -> blue 387; red 105.
    // VT the rest of each zone: 254, 904, 242.
    // 1: 11.04 x 54.258 = 599.00832 -> 599.01; energy 254 x 9.1092 = 2313.74, 108 x 2.2773 = 245.95,
    // 12352.08, 1321.99, 242 x 27.3276 = 6613.28, 105 x 6.8319 = 717.35
    // 5: 1602.00  6: 30.00  8 = 25956.07  9 = 1946.71  10 = 27902.78  11 = 5580.56  14 = 33483.34  +349 TV
    const bill = computeEpsHouseholdBill({
      ...base,
      billingPowerKw: '11.04',
      periodStart: '2025-01-01',
      periodEnd: '2025-01-31',
      consumption: { vt: 1400, nt: 600 },
    });
    expect(bill.segments[0]!.limits).toEqual({ green: 362, blue: 1653 });
    expect(bill.segments[0]!.zones).toEqual([
      { zone: 'GREEN', kwh: 362, vt: 254, nt: 108 },
      { zone: 'BLUE', kwh: 1291, vt: 904, nt: 387 },
      { zone: 'RED', kwh: 347, vt: 242, nt: 105 },
    ]);
    expect(printed(bill.lines)).toEqual([
      '1:599.01',
      '2:160.67',
      '3:2313.74',
      '3:245.95',
      '3:12352.08',
      '3:1321.99',
      '3:6613.28',
      '3:717.35',
      '5:1602.00',
      '6:30.00',
      '8:25956.07',
      '9:1946.71',
      '10:27902.78',
      '11:5580.56',
      '14:33483.34',
      '15:349.00',
    ]);
    expect(formatRsd(bill.total)).toBe('33832.34');
  });

  it('a 33-day period with an earned discount and an e-bill (2025 prices)', () => {
    // Limits: 350 x 33/30 = 385, 1200 x 33/30 = 1320. 450 kWh (VT 300): green 385, blue 65.
    // VT: round(300 x 385/450 = 256.67) = 257 -> green 257/128; blue 300 - 257 = 43 / 22.
    // 1: 5.75 x 60.8947 = 350.1445 -> 350.14; 2: 160.6695 -> 160.67; energy 257 x 9.6136 = 2470.70,
    // 128 x 2.4034 = 307.64, 43 x 14.4203 = 620.07, 22 x 3.6051 = 79.31; 4: -150.00; 5: 360.45; 6: 6.75
    // 8 = 4205.73  9 = 315.43  10 = 4521.16  11 = 904.23  14 = 5425.39  + TV 349 = 5774.39
    // offer with e-bill: 7% x (350.14 + 160.67 + 3477.72 = 3988.53) = 279.1971 -> 279.20
    const bill = computeEpsHouseholdBill({
      ...base,
      billingPowerKw: '5.75',
      earnedDiscount: 15_000,
      eBill: true,
      periodStart: '2026-01-01',
      periodEnd: '2026-02-02',
      consumption: { vt: 300, nt: 150 },
    });
    expect(bill.days).toBe(33);
    expect(bill.zoneLimits).toEqual({ green: 385, blue: 1320 });
    expect(bill.consumptionByZone.GREEN).toEqual({ total: 385, vt: 257, nt: 128, single: 0 });
    expect(bill.consumptionByZone.BLUE).toEqual({ total: 65, vt: 43, nt: 22, single: 0 });
    expect(printed(bill.lines)).toEqual([
      '1:350.14',
      '2:160.67',
      '3:2470.70',
      '3:307.64',
      '3:620.07',
      '3:79.31',
      '4:-150.00',
      '5:360.45',
      '6:6.75',
      '8:4205.73',
      '9:315.43',
      '10:4521.16',
      '11:904.23',
      '14:5425.39',
      '15:349.00',
    ]);
    expect(formatRsd(bill.discountOffer)).toBe('279.20');
    expect(bill.discountRate).toBe('7');
  });

  it('deducts line 4 from the previous bill paid on time, at the rate it offered', () => {
    // Previous bill (period to 30.9.2025, old prices, no e-bill rate before October): 5% x 2527.55 =
    // 126.3775 -> 126.38. This bill, 1-31.10.2025, single-rate 300 kWh, all green (limit 362):
    // 1: 6.90 x 60.8947 = 420.17343 -> 420.17   2: 160.67   3: 300 x 8.4119 = 2523.57   4: -126.38
    // 5: 300 x 0.801 = 240.30   6: 300 x 0.015 = 4.50   8 = 3222.83   9: 7.5% = 241.71225 -> 241.71
    // 10 = 3464.54   11: 20% = 692.908 -> 692.91   14 = 4157.45   15: 349   total 4506.45
    // offer, e-bill from October: 7% x (420.17 + 160.67 + 2523.57 = 3104.41) = 217.3087 -> 217.31
    const input = {
      ...base,
      eBill: true,
      periodStart: '2025-10-01',
      periodEnd: '2025-10-31',
      consumption: { single: 300 },
      previousBill: { discountBase: 252_755, paidOnTime: true },
    };
    const bill = computeEpsHouseholdBill(input);
    expect(printed(bill.lines)).toEqual([
      '1:420.17',
      '2:160.67',
      '3:2523.57',
      '4:-126.38',
      '5:240.30',
      '6:4.50',
      '8:3222.83',
      '9:241.71',
      '10:3464.54',
      '11:692.91',
      '14:4157.45',
      '15:349.00',
    ]);
    expect(formatRsd(bill.total)).toBe('4506.45');
    expect(formatRsd(bill.discountOffer)).toBe('217.31');
    expect(bill.discountRate).toBe('7');

    const late = computeEpsHouseholdBill({
      ...input,
      previousBill: { discountBase: 252_755, paidOnTime: false },
    });
    expect(late.lines.some((l) => l.code === '4')).toBe(false);
    // 126.38 more in the excise base: 14 = 4320.48 (see below), 4669.48 - 4506.45 = 163.03
    expect(late.total - bill.total).toBe(16_303);
  });

  it('prints the vulnerable-customer reductions as lines 12 and 13, after VAT', () => {
    // The bill above without a discount: 8 = 3349.21, 9 = 251.19, 10 = 3600.40, 11 = 720.08;
    // 12: -1000.00, 13: -50.00, 14 = 4320.48 - 1050.00 = 3270.48
    const bill = computeEpsHouseholdBill({
      ...base,
      periodStart: '2025-10-01',
      periodEnd: '2025-10-31',
      consumption: { single: 300 },
      vulnerableReductions: { line12: 100_000, line13: 5_000 },
    });
    expect(printed(bill.lines).slice(5)).toEqual([
      '8:3349.21',
      '9:251.19',
      '10:3600.40',
      '11:720.08',
      '12:-1000.00',
      '13:-50.00',
      '14:3270.48',
      '15:349.00',
    ]);
    expect(sum(bill.lines)).toBe(bill.total);
  });

  it('takes the consumption from the register values', () => {
    const fromKwh = computeEpsHouseholdBill({
      ...base,
      periodStart: '2025-01-01',
      periodEnd: '2025-01-31',
      consumption: { vt: 1400, nt: 600 },
    });
    const fromReadings = computeEpsHouseholdBill({
      ...base,
      periodStart: '2025-01-01',
      periodEnd: '2025-01-31',
      readings: { vt: { previous: 41_250, current: 42_650 }, nt: { previous: 20_010, current: 20_610 } },
    });
    expect(fromReadings).toEqual(fromKwh);
  });
});

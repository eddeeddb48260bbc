import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRsd } from '../money.js';
import { computeEpsHouseholdBill, sum, type EpsHouseholdBillInput } from './eps-household.js';
import { epsHouseholdTariffs } from './eps-tariffs.js';

const base: Omit<EpsHouseholdBillInput, 'periodStart' | 'periodEnd' | 'consumption'> = {
  billingPowerKw: '6.90',
  tvFeeApplies: true,
  earnedDiscount: 0,
  eBill: false,
  tariffs: epsHouseholdTariffs,
};

/** code -> amounts as printed, for compact expectations */
const printed = (lines: { code: string; amount: number }[]) =>
  lines.map((l) => `${l.code}:${formatRsd(l.amount)}`);

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
    // VT cumulative: round(1400 x 362/2000 = 253.4) = 253; round(1400 x 1653/2000 = 1157.1) = 1157 -> blue 904;
    // red 1400 - 1157 = 243. NT: 109, 387, 104.
    // 1: 11.04 x 54.258 = 599.00832 -> 599.01; energy 2304.63, 248.23, 12352.08, 1321.99, 6640.61, 710.52
    // 5: 1602.00  6: 30.00  8 = 25969.74  9 = 1947.73  10 = 27917.47  11 = 5583.49  14 = 33500.96  +349 TV
    const bill = computeEpsHouseholdBill({
      ...base,
      billingPowerKw: '11.04',
      periodStart: '2025-01-01',
      periodEnd: '2025-01-31',
      consumption: { vt: 1400, nt: 600 },
    });
    expect(bill.segments[0]!.limits).toEqual({ green: 362, blue: 1653 });
    expect(bill.segments[0]!.zones).toEqual([
      { zone: 'GREEN', kwh: 362, vt: 253, nt: 109 },
      { zone: 'BLUE', kwh: 1291, vt: 904, nt: 387 },
      { zone: 'RED', kwh: 347, vt: 243, nt: 104 },
    ]);
    expect(printed(bill.lines)).toEqual([
      '1:599.01',
      '2:160.67',
      '3:2304.63',
      '3:248.23',
      '3:12352.08',
      '3:1321.99',
      '3:6640.61',
      '3:710.52',
      '5:1602.00',
      '6:30.00',
      '8:25969.74',
      '9:1947.73',
      '10:27917.47',
      '11:5583.49',
      '14:33500.96',
      '15:349.00',
    ]);
    expect(formatRsd(bill.total)).toBe('33849.96');
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

  it('refuses a period no tariff covers', () => {
    expect(() =>
      computeEpsHouseholdBill({
        ...base,
        periodStart: '2023-10-01',
        periodEnd: '2023-10-30',
        consumption: { single: 100 },
      }),
    ).toThrow(/no EPS household tariff/);
  });
});

describe('EPS household bill, properties', () => {
  const period = fc
    .tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 27, max: 35 }))
    .map(([offset, days]) => {
      const start = new Date(Date.UTC(2023, 10, 1 + offset));
      const end = new Date(start.getTime() + (days - 1) * 86_400_000);
      return { periodStart: start.toISOString().slice(0, 10), periodEnd: end.toISOString().slice(0, 10) };
    });
  const consumption = fc.oneof(
    fc.record({ vt: fc.integer({ min: 0, max: 4000 }), nt: fc.integer({ min: 0, max: 2500 }) }),
    fc.record({ single: fc.integer({ min: 0, max: 6000 }) }),
  );
  const input = fc.record({
    period,
    consumption,
    discount: fc.integer({ min: 0, max: 50_000 }),
    tv: fc.boolean(),
  });

  it('the amount lines add up exactly to the total, and zone quantities to the consumption', () => {
    fc.assert(
      fc.property(input, ({ period: p, consumption: c, discount, tv }) => {
        const bill = computeEpsHouseholdBill({
          ...base,
          ...p,
          consumption: c,
          earnedDiscount: discount,
          tvFeeApplies: tv,
        });
        expect(sum(bill.lines)).toBe(bill.total);
        const kwh = 'single' in c ? c.single : c.vt + c.nt;
        expect(bill.zoneTotals.GREEN + bill.zoneTotals.BLUE + bill.zoneTotals.RED).toBe(kwh);
        for (const s of bill.segments)
          for (const z of s.zones) if (z.vt !== null) expect(z.vt + z.nt!).toBe(z.kwh);
        if (!('single' in c)) {
          const vt = bill.segments.flatMap((s) => s.zones).reduce((a, z) => a + z.vt!, 0);
          expect(vt).toBe(c.vt);
        }
      }),
    );
  });

  it('more kWh never costs less', () => {
    fc.assert(
      fc.property(
        period,
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 300 }),
        (p, kwh, extra) => {
          const price = (single: number) =>
            computeEpsHouseholdBill({ ...base, ...p, consumption: { single } }).total;
          expect(price(kwh + extra)).toBeGreaterThanOrEqual(price(kwh));
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { BillInputError } from './bill-input-error.js';
import { printed } from './eps-household.test-helpers.js';
import { computeErsHouseholdBill, type ErsHouseholdBillInput } from './ers-household.js';
import { ersHouseholdTariffs } from './ers-tariffs.js';
import type { ErsHouseholdTariff } from './types.js';

// Amounts are fening: printed() shows them as KM with two decimals.
const base = { billingPowerKw: '7', tariffs: ersHouseholdTariffs } as const;

describe('ERS household bill with consumption bands, hand-computed', () => {
  it('reaches band III and keeps the AVT:AMT ratio in every band (30 days)', () => {
    // 1801 kWh, AVT 1234 / AMT 567 (68.5175%). Bands for 30 days: I 500, II 1000, III 301.
    // AVT cumulative: 1234 x 500/1801 = 342.59 -> 343 (I: 343 / 157); 1234 x 1500/1801 = 1027.76 -> 1028
    // (II: 685 / 315); III: 1234 - 1028 = 206 / 95. AMT 157 + 315 + 95 = 567, the metered AMT.
    // 26a: 343 x 0.0544 = 18.6592 -> 18.66; 685 x 0.0914 = 62.609 -> 62.61; 206 x 0.2013 = 41.4678 -> 41.47
    // 26b: 157 x 0.0272 = 4.2704 -> 4.27; 315 x 0.0457 = 14.3955 -> 14.40; 95 x 0.10065 = 9.56175 -> 9.56
    // 16a = 122.74   16b = 28.23
    // 17: 1234 x 0.066 = 81.444 -> 81.44; 567 x 0.033 = 18.711 -> 18.71; OS 7 kW x 1.1 = 7.70
    // 18: 1234 x 0.0044 = 5.4296 -> 5.43; 567 x 0.0044 = 2.4948 -> 2.49   19 = 266.74
    // 20: 2.50   21: 1.50   22a = 270.74   22b: 17% = 46.0258 -> 46.03   22c = 316.77
    const bill = computeErsHouseholdBill({
      ...base,
      periodStart: '2025-04-01',
      periodEnd: '2025-04-30',
      consumption: { vt: 1234, nt: 567 },
      commonConsumption: 150,
    });
    expect(bill.tariffShares).toEqual({ vt: '68.52', nt: '31.48' });
    expect(bill.bandLimits).toEqual({ bandI: 500, bandII: 1500 });
    expect(bill.segments[0]!.bands.map((b) => [b.zone, b.kwh, b.vt, b.nt])).toEqual([
      ['BAND_I', 500, 343, 157],
      ['BAND_II', 1000, 685, 315],
      ['BAND_III', 301, 206, 95],
    ]);
    expect(printed(bill.lines)).toEqual([
      '16a:122.74',
      '16b:28.23',
      '17:81.44',
      '17:18.71',
      '17:7.70',
      '18:5.43',
      '18:2.49',
      '19:266.74',
      '20:2.50',
      '21:1.50',
      '22a:270.74',
      '22b:46.03',
      '22c:316.77',
      '26a:18.66',
      '26b:4.27',
      '26a:62.61',
      '26b:14.40',
      '26a:41.47',
      '26b:9.56',
    ]);
    expect(bill.total).toBe(31_677);
    expect(bill.currency).toBe('BAM');
  });

  it('moves the bands with the days: 28 days -> 467 / 1400 kWh (single-rate)', () => {
    // 500 x 28/30 = 466.67 -> 467; 1500 x 28/30 = 1400. 1500 kWh: I 467, II 933, III 100.
    // 26: 467 x 0.0544 = 25.4048 -> 25.40; 933 x 0.0914 = 85.2762 -> 85.28; 100 x 0.2013 = 20.13
    // 16 = 130.81   17: 1500 x 0.06 = 90.00, OS 7.70   18: 1500 x 0.0044 = 6.60   19 = 235.11
    // 20: 2.50   22a = 237.61   22b: 40.3937 -> 40.39   22c = 278.00
    const input: ErsHouseholdBillInput = {
      ...base,
      periodStart: '2025-02-01',
      periodEnd: '2025-02-28',
      consumption: { single: 1500 },
    };
    const bill = computeErsHouseholdBill(input);
    expect(bill.bandLimits).toEqual({ bandI: 467, bandII: 1400 });
    expect(printed(bill.lines)).toEqual([
      '16:130.81',
      '17:90.00',
      '17:7.70',
      '18:6.60',
      '19:235.11',
      '20:2.50',
      '22a:237.61',
      '22b:40.39',
      '22c:278.00',
      '26:25.40',
      '26:85.28',
      '26:20.13',
    ]);
    expect(bill.tariffShares).toBeNull();
    // 'fixed' bands: I 500, II 1000 -> 27.20 + 91.40 = 118.60, no band III
    const fixed = computeErsHouseholdBill({ ...input, rules: { bandLimits: 'fixed' } });
    expect(printed(fixed.lines.filter((l) => l.code === '26' || l.code === '16'))).toEqual([
      '16:118.60',
      '26:27.20',
      '26:91.40',
    ]);
  });

  it('splits a period across a price change by days (hypothetical 2026 prices)', () => {
    // 17.12.2025 - 15.1.2026: 15 + 15 days; 1200 kWh single-rate -> 600 + 600. Bands per part:
    // 500 x 15/30 = 250, 1500 x 15/30 = 750: I 250, II 350 in each part.
    // 26: 250 x 0.0544 = 13.60; 350 x 0.0914 = 31.99; 250 x 0.06 = 15.00; 350 x 0.1 = 35.00; 16 = 95.59
    // 17: 600 x 0.06 = 36.00 twice; OS 7 x 1.1 x 15/30 = 3.85 twice   18: 600 x 0.0044 = 2.64 twice
    // 19 = 180.57   20: 2.5 x 15/30 = 1.25; 3 x 15/30 = 1.50   22a = 183.32   22b: 31.1644 -> 31.16
    // 22c = 214.48
    const [current] = ersHouseholdTariffs as [ErsHouseholdTariff];
    const tariffs: ErsHouseholdTariff[] = [
      { ...current, validTo: '2025-12-31' },
      {
        ...current,
        validFrom: '2026-01-01',
        source: 'test',
        energy: {
          ...current.energy,
          BAND_I: { ...current.energy.BAND_I, SINGLE: '0.06' },
          BAND_II: { ...current.energy.BAND_II, SINGLE: '0.1' },
        },
        supplyFeePerMonth: '3',
      },
    ];
    const bill = computeErsHouseholdBill({
      ...base,
      tariffs,
      periodStart: '2025-12-17',
      periodEnd: '2026-01-15',
      consumption: { single: 1200 },
    });
    expect(bill.segments.map((s) => [s.days, s.limits.bandI, s.limits.bandII])).toEqual([
      [15, 250, 750],
      [15, 250, 750],
    ]);
    expect(printed(bill.lines)).toEqual([
      '16:95.59',
      '17:36.00',
      '17:36.00',
      '17:3.85',
      '17:3.85',
      '18:2.64',
      '18:2.64',
      '19:180.57',
      '20:1.25',
      '20:1.50',
      '22a:183.32',
      '22b:31.16',
      '22c:214.48',
      '26:13.60',
      '26:31.99',
      '26:15.00',
      '26:35.00',
    ]);
  });

  it('adds the kWh charged or credited on other grounds (field 13) to the metered kWh', () => {
    const bill = computeErsHouseholdBill({
      ...base,
      periodStart: '2025-04-01',
      periodEnd: '2025-04-30',
      readings: { vt: { previous: 100, current: 400 }, nt: { previous: 50, current: 150 } },
      adjustment: { vt: -20, nt: 10 },
    });
    expect(bill.metered).toEqual({ vt: 300, nt: 100 });
    expect(bill.consumption).toEqual({ vt: 280, nt: 110 });
    expect(() =>
      computeErsHouseholdBill({
        ...base,
        periodStart: '2025-04-01',
        periodEnd: '2025-04-30',
        consumption: { vt: 10, nt: 10 },
        adjustment: { vt: -11, nt: 0 },
      }),
    ).toThrow(BillInputError);
  });
});

import { describe, expect, it } from 'vitest';
import { formatRsd } from '../money.js';
import { BillInputError } from './bill-input-error.js';
import { computeBill } from './compute-bill.js';
import { computeEpsHouseholdBill } from './eps-household.js';
import { householdBase, printed } from './eps-household.test-helpers.js';
import { netMetering } from './prosumer.js';

// 30 days of January 2026 (prices of 1.10.2025): taken VT 400 / NT 200, delivered VT 250 / NT 50.
const period = { ...householdBase, periodStart: '2026-01-01', periodEnd: '2026-01-30' };
const taken = { vt: 400, nt: 200 };

describe('net metering per tariff', () => {
  it('bills taken − delivered per tariff', () => {
    expect(netMetering(taken, { vt: 250, nt: 50 })).toEqual({
      taken,
      delivered: { vt: 250, nt: 50 },
      surplusBroughtForward: { vt: 0, nt: 0 },
      net: { vt: 150, nt: 150 },
      surplusCarriedForward: { vt: 0, nt: 0 },
    });
  });

  it('carries a surplus forward per tariff, and uses the one brought forward first', () => {
    // VT: 180 delivered against 100 taken: nothing billed, 80 carried on.
    // NT: 20 delivered + 40 brought forward against 70 taken: 10 billed, nothing carried on.
    const result = netMetering({ vt: 100, nt: 70 }, { vt: 180, nt: 20 }, { vt: 0, nt: 40 });
    expect(result.net).toEqual({ vt: 0, nt: 10 });
    expect(result.surplusCarriedForward).toEqual({ vt: 80, nt: 0 });
  });

  it('single-rate meters net the one register', () => {
    const result = netMetering({ single: 90 }, { single: 120 }, { single: 5 });
    expect(result.net).toEqual({ single: 0 });
    expect(result.surplusCarriedForward).toEqual({ single: 35 });
  });

  it('refuses delivered energy metered differently from the energy taken, and negative kWh', () => {
    expect(() => netMetering(taken, { single: 10 })).toThrow(BillInputError);
    expect(() => netMetering(taken, { vt: -1, nt: 0 })).toThrow(BillInputError);
    expect(() => netMetering({ single: 1 }, { single: 1 }, { vt: 1, nt: 1 })).toThrow(/surplus brought/);
  });
});

describe('prosumer household bill: line 7 in the excise base', () => {
  it('prices the net, takes line 7 as billed and taxes it (hand-computed)', () => {
    // Net VT 150 / NT 150, 300 kWh, all green (limit 350).
    // 1: 6.90 x 60.8947 = 420.17343 -> 420.17     2: 160.67
    // 3: 150 x 9.6136 = 1442.04; 150 x 2.4034 = 360.51     5: 300 x 0.801 = 240.30     6: 300 x 0.015 = 4.50
    // 7: as billed 1234.56     8 = 420.17 + 160.67 + 1442.04 + 360.51 + 240.30 + 4.50 + 1234.56 = 3862.75
    // 9: 7.5% = 289.70625 -> 289.71     10 = 4152.46     11: 20% = 830.492 -> 830.49     14 = 4982.95
    // 15: 349     total 5331.95.  The next discount stays on lines 1+2+3: 5% of 2383.39 = 119.17
    const bill = computeEpsHouseholdBill({
      ...period,
      consumption: taken,
      prosumer: { delivered: { vt: 250, nt: 50 }, distributionAccessBilled: 123456 },
    });
    expect(printed(bill.lines)).toEqual([
      '1:420.17',
      '2:160.67',
      '3:1442.04',
      '3:360.51',
      '5:240.30',
      '6:4.50',
      '7:1234.56',
      '8:3862.75',
      '9:289.71',
      '10:4152.46',
      '11:830.49',
      '14:4982.95',
      '15:349.00',
    ]);
    expect(formatRsd(bill.total)).toBe('5331.95');
    expect(formatRsd(bill.discountOffer)).toBe('119.17');
    expect(bill.consumption).toEqual({ vt: 150, nt: 150 });
    expect(bill.netMetering?.taken).toEqual(taken);
    expect(bill.distributionAccess).toEqual({ amount: 123456, basis: 'as-billed' });
    expect(bill.lines.find((l) => l.code === '7')).toMatchObject({
      kind: 'distribution_access',
      quantity: null,
    });
  });

  it('without line 7 the same bill would be 1592.59 RSD lower: the error the engine made before', () => {
    // 8 = 2628.19     9 = 197.11     10 = 2825.30     11 = 565.06     14 = 3390.36     + 349
    const without = computeBill('EPS_HOUSEHOLD', { ...period, consumption: { vt: 150, nt: 150 } });
    expect(formatRsd(without.total)).toBe('3739.36');
  });

  it('computes line 7 on the energy taken when a price is published', () => {
    // 400 x 1.5 + 200 x 0.5 = 700.00 (an illustrative price list: no real one is in our sources)
    const bill = computeEpsHouseholdBill({
      ...period,
      consumption: taken,
      prosumer: {
        delivered: { vt: 250, nt: 50 },
        distributionAccessBilled: 1,
        distributionAccessPrices: [
          {
            validFrom: '2026-01-01',
            validTo: null,
            source: 'test',
            perKwhTaken: { VT: '1.5', NT: '0.5', SINGLE: '1.2' },
          },
        ],
      },
    });
    expect(bill.distributionAccess).toEqual({ amount: 70000, basis: 'tariff' });
    expect(bill.lines.find((l) => l.code === '7')).toMatchObject({ quantity: '600', unit: 'kWh' });
  });

  it('with a surplus covering everything, bills no energy but still the monthly items and line 7', () => {
    const bill = computeEpsHouseholdBill({
      ...period,
      consumption: { vt: 100, nt: 70 },
      prosumer: {
        delivered: { vt: 180, nt: 20 },
        surplusBroughtForward: { vt: 0, nt: 50 },
        distributionAccessBilled: 50000,
      },
    });
    expect(bill.lines.filter((l) => l.kind === 'energy')).toEqual([]);
    expect(bill.netMetering?.surplusCarriedForward).toEqual({ vt: 80, nt: 0 });
    // 8 = 420.17 + 160.67 + 500.00 = 1080.84; 9 = 81.06; 10 = 1161.90; 11 = 232.38; 14 = 1394.28
    expect(printed(bill.lines.filter((l) => ['7', '8', '14'].includes(l.code)))).toEqual([
      '7:500.00',
      '8:1080.84',
      '14:1394.28',
    ]);
  });

  it('refuses a prosumer bill with neither a published price nor the billed line 7', () => {
    expect(() =>
      computeEpsHouseholdBill({ ...period, consumption: taken, prosumer: { delivered: { vt: 0, nt: 0 } } }),
    ).toThrow(expect.objectContaining({ code: 'PROSUMER' }));
    expect(() =>
      computeEpsHouseholdBill({
        ...period,
        consumption: taken,
        prosumer: { delivered: { vt: 0, nt: 0 }, distributionAccessBilled: -5 },
      }),
    ).toThrow(BillInputError);
  });
});

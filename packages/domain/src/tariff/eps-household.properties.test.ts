import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEpsHouseholdBill, sum } from './eps-household.js';
import {
  acrossEpsPriceChange as acrossPriceChange,
  householdBase as base,
  meteredKwh as consumption,
  epsPeriod as period,
  tariffRules as rules,
} from './eps-household.test-helpers.js';

const input = fc.record({
  period: fc.oneof(period, acrossPriceChange),
  consumption,
  rules,
  discount: fc.integer({ min: 0, max: 50_000 }),
  tv: fc.boolean(),
  eBill: fc.boolean(),
});

describe('EPS household bill, properties', () => {
  it('the amount lines add up to the total; zones to the consumption; VT + NT to each zone', () => {
    fc.assert(
      fc.property(input, ({ period: p, consumption: c, rules: r, discount, tv, eBill }) => {
        const bill = computeEpsHouseholdBill({
          ...base,
          ...p,
          consumption: c,
          rules: r,
          earnedDiscount: discount,
          tvFeeApplies: tv,
          eBill,
        });
        expect(sum(bill.lines)).toBe(bill.total);
        expect(bill.lines.every((l) => Number.isSafeInteger(l.amount))).toBe(true);
        const kwh = 'single' in c ? c.single : c.vt + c.nt;
        expect(bill.zoneTotals.GREEN + bill.zoneTotals.BLUE + bill.zoneTotals.RED).toBe(kwh);
        const zones = bill.segments.flatMap((s) => s.zones);
        for (const z of zones) {
          expect(z.kwh).toBeGreaterThanOrEqual(0);
          if (z.vt !== null) {
            expect(z.vt).toBeGreaterThanOrEqual(0);
            expect(z.nt).toBeGreaterThanOrEqual(0);
            expect(z.vt + z.nt!).toBe(z.kwh);
          }
        }
        const line3 = bill.lines.filter((l) => l.code === '3').reduce((a, l) => a + Number(l.quantity), 0);
        expect(line3).toBe(kwh);
      }),
    );
  });

  it('with cumulative rounding the zones keep the metered VT exactly', () => {
    fc.assert(
      fc.property(
        period,
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 2500 }),
        (p, vt, nt) => {
          const bill = computeEpsHouseholdBill({ ...base, ...p, consumption: { vt, nt } });
          const zones = bill.consumptionByZone;
          expect(zones.GREEN.vt + zones.BLUE.vt + zones.RED.vt).toBe(vt);
          expect(zones.GREEN.nt + zones.BLUE.nt + zones.RED.nt).toBe(nt);
        },
      ),
    );
  });

  it('more kWh never costs less (same period)', () => {
    fc.assert(
      fc.property(
        fc.oneof(period, acrossPriceChange),
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

  it('more VT or more NT never costs less on a dual-rate meter (same period)', () => {
    fc.assert(
      fc.property(
        period,
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 200 }),
        (p, vt, nt, extra) => {
          const price = (v: number, n: number) =>
            computeEpsHouseholdBill({ ...base, ...p, consumption: { vt: v, nt: n } }).total;
          expect(price(vt + extra, nt)).toBeGreaterThanOrEqual(price(vt, nt));
          expect(price(vt, nt + extra)).toBeGreaterThanOrEqual(price(vt, nt));
        },
      ),
    );
  });

  it('the next discount is the rate of lines 1 + 2 + 3', () => {
    fc.assert(
      fc.property(period, consumption, fc.boolean(), (p, c, eBill) => {
        const bill = computeEpsHouseholdBill({ ...base, ...p, consumption: c, eBill });
        const base123 = sum(bill.lines.filter((l) => ['1', '2', '3'].includes(l.code)));
        expect(bill.discountBase).toBe(base123);
        const rate = Number(bill.discountRate);
        expect(Math.abs(bill.discountOffer - (base123 * rate) / 100)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

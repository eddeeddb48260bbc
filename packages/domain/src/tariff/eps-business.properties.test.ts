import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sum } from './bill-line.js';
import { epsCommercialTariffs, epsPowerMeteringTariffs } from './eps-business-tariffs.js';
import { computeEpsBusinessBill } from './eps-business.js';
import {
  acrossEpsPriceChange,
  meteredKwh as consumption,
  epsPeriod,
  quantityOf,
  tariffRules,
} from './eps-household.test-helpers.js';
import type { Consumption } from './consumption.js';
import type { PowerMetering, PowerMeteringRules } from './power-metering.js';

const period = fc.oneof(epsPeriod, acrossEpsPriceChange);
const commercialBill = (p: { periodStart: string; periodEnd: string }, c: Consumption) =>
  computeEpsBusinessBill({
    category: 'COMMERCIAL',
    ...p,
    billingPowerKw: '17.25',
    consumption: c,
    tariffs: epsCommercialTariffs,
  });

const kw = fc.integer({ min: 0, max: 80_000 }).map((w) => (w / 1000).toFixed(3));
const metered: fc.Arbitrary<PowerMetering> = fc.record({
  active: fc.record({ vt: fc.integer({ min: 0, max: 40_000 }), nt: fc.integer({ min: 0, max: 20_000 }) }),
  reactive: fc.record({ vt: fc.integer({ min: 0, max: 20_000 }), nt: fc.integer({ min: 0, max: 10_000 }) }),
  maxPowerKw: kw,
});
const powerBill = (
  p: { periodStart: string; periodEnd: string },
  m: PowerMetering,
  rules: Partial<PowerMeteringRules> = {},
) =>
  computeEpsBusinessBill({
    category: 'POWER_METERING',
    ...p,
    approvedPowerKw: '40',
    metered: m,
    tariffs: epsPowerMeteringTariffs,
    rules,
  });

describe('EPS small business bill, properties', () => {
  it('the amount lines add up to the total; zones and line 13 to the kWh', () => {
    fc.assert(
      fc.property(period, consumption, tariffRules, (p, c, rules) => {
        const bill = computeEpsBusinessBill({
          category: 'COMMERCIAL',
          ...p,
          billingPowerKw: '11.04',
          consumption: c,
          tariffs: epsCommercialTariffs,
          rules,
        });
        expect(sum(bill.lines)).toBe(bill.total);
        const kwh = 'single' in c ? c.single : c.vt + c.nt;
        expect(bill.zoneTotals.GREEN + bill.zoneTotals.BLUE + bill.zoneTotals.RED).toBe(kwh);
        expect(quantityOf(bill.lines, 'energy')).toBe(kwh);
      }),
    );
  });

  it('more kWh never costs less, on either tariff (same period)', () => {
    fc.assert(
      fc.property(period, consumption, fc.integer({ min: 1, max: 300 }), (p, c, extra) => {
        const price = (x: Consumption) => commercialBill(p, x).total;
        if ('single' in c) {
          expect(price({ single: c.single + extra })).toBeGreaterThanOrEqual(price(c));
        } else {
          expect(price({ vt: c.vt + extra, nt: c.nt })).toBeGreaterThanOrEqual(price(c));
          expect(price({ vt: c.vt, nt: c.nt + extra })).toBeGreaterThanOrEqual(price(c));
        }
      }),
    );
  });
});

describe('EPS power-metering bill, properties', () => {
  const rules = fc.record({
    billingPower: fc.constantFrom('capped-at-approved', 'measured'),
    reactiveLimitRounding: fc.constantFrom('nearest', 'down'),
    consumptionSplitAtPriceChange: fc.constantFrom('remainder-to-last', 'cumulative'),
    monthlyChargesAtPriceChange: fc.constantFrom('days-over-30', 'days-over-period'),
  });

  it('the amount lines add up to the total; the lines carry every metered kWh and kvarh', () => {
    fc.assert(
      fc.property(period, metered, rules, (p, m, r) => {
        const bill = powerBill(p, m, r);
        expect(sum(bill.lines)).toBe(bill.total);
        expect(quantityOf(bill.lines, 'energy', 'VT')).toBe(m.active.vt);
        expect(quantityOf(bill.lines, 'energy', 'NT')).toBe(m.active.nt);
        for (const [register, kvarh] of [
          ['REACTIVE_VT', m.reactive.vt],
          ['REACTIVE_NT', m.reactive.nt],
        ] as const) {
          const billed =
            quantityOf(bill.lines, 'reactive_energy', register) +
            quantityOf(bill.lines, 'excess_reactive_energy', register);
          expect(billed).toBe(kvarh);
        }
        // excess only beyond the limit
        for (const s of [bill.reactive.vt, bill.reactive.nt]) {
          expect(s.within).toBeLessThanOrEqual(s.limit);
          if (s.excess > 0) expect(s.within).toBe(s.limit);
        }
      }),
    );
  });

  it('more active or reactive energy, or a higher maximum power, never costs less', () => {
    fc.assert(
      fc.property(period, metered, fc.integer({ min: 1, max: 500 }), (p, m, extra) => {
        const total = (x: PowerMetering) => powerBill(p, x).total;
        const more = [
          { ...m, active: { ...m.active, vt: m.active.vt + extra } },
          { ...m, active: { ...m.active, nt: m.active.nt + extra } },
          { ...m, reactive: { ...m.reactive, vt: m.reactive.vt + extra } },
          { ...m, reactive: { ...m.reactive, nt: m.reactive.nt + extra } },
          { ...m, maxPowerKw: (Number(m.maxPowerKw) + extra / 100).toFixed(3) },
        ];
        for (const x of more) expect(total(x)).toBeGreaterThanOrEqual(total(m));
      }),
    );
  });
});

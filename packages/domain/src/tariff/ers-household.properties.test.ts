import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sum } from './bill-line.js';
import type { Consumption } from './consumption.js';
import { meteredKwh as consumption, periodFrom, quantityOf } from './eps-household.test-helpers.js';
import { computeErsHouseholdBill, ersBands } from './ers-household.js';
import { ersHouseholdTariffs, type ErsRules } from './ers-tariffs.js';
import type { ErsHouseholdTariff } from './types.js';

/** the shipped list, and the same split in two at 1.1.2025 so that some periods span a price change */
const [current] = ersHouseholdTariffs as [ErsHouseholdTariff];
const splitTariffs: ErsHouseholdTariff[] = [
  { ...current, validTo: '2024-12-31' },
  { ...current, validFrom: '2025-01-01', supplyFeePerMonth: '3', networkPerKw: '1.2' },
];
const period = periodFrom('2023-01-01', 1000);
const tariffs = fc.constantFrom(ersHouseholdTariffs, splitTariffs);
const rules: fc.Arbitrary<Partial<ErsRules>> = fc.record({
  bandLimits: fc.constantFrom('scaled-by-days', 'fixed'),
  zoneLimitRounding: fc.constantFrom('nearest', 'down', 'up'),
  consumptionSplitAtPriceChange: fc.constantFrom('remainder-to-last', 'cumulative'),
  monthlyChargesAtPriceChange: fc.constantFrom('days-over-30', 'days-over-period'),
});
const bill = (
  p: { periodStart: string; periodEnd: string },
  c: Consumption,
  t: readonly ErsHouseholdTariff[] = ersHouseholdTariffs,
  r: Partial<ErsRules> = {},
) => computeErsHouseholdBill({ ...p, billingPowerKw: '7', consumption: c, tariffs: t, rules: r });

describe('ERS household bill, properties', () => {
  it('the amount lines add up to the total', () => {
    fc.assert(
      fc.property(
        period,
        consumption,
        tariffs,
        rules,
        fc.integer({ min: 0, max: 2000 }),
        (p, c, t, r, common) => {
          const b = computeErsHouseholdBill({
            ...p,
            billingPowerKw: '7',
            consumption: c,
            tariffs: t,
            rules: r,
            commonConsumption: common,
          });
          expect(sum(b.lines)).toBe(b.total);
          expect(b.lines.every((l) => Number.isSafeInteger(l.amount))).toBe(true);
        },
      ),
    );
  });

  it('the bands add up to the metered kWh, their AVT and AMT to the metered AVT and AMT', () => {
    fc.assert(
      fc.property(period, consumption, tariffs, rules, (p, c, t, r) => {
        const b = bill(p, c, t, r);
        const totals = ersBands.map((band) => b.bandTotals[band]);
        if ('single' in c) {
          expect(totals.reduce((a, z) => a + z.single, 0)).toBe(c.single);
          expect(quantityOf(b.lines, 'energy', 'SINGLE')).toBe(c.single);
          return;
        }
        expect(totals.reduce((a, z) => a + z.vt, 0)).toBe(c.vt);
        expect(totals.reduce((a, z) => a + z.nt, 0)).toBe(c.nt);
        expect(quantityOf(b.lines, 'energy', 'VT')).toBe(c.vt);
        expect(quantityOf(b.lines, 'energy', 'NT')).toBe(c.nt);
        for (const block of b.segments.flatMap((s) => s.bands)) {
          expect(block.vt! + block.nt!).toBe(block.kwh);
          expect(Math.min(block.vt!, block.nt!)).toBeGreaterThanOrEqual(0);
          // within a kWh of the band's exact share of the part's AVT
          const part = b.segments.find((s) => s.bands.includes(block))!.consumption as {
            vt: number;
            nt: number;
          };
          const exact = part.vt + part.nt === 0 ? 0 : (block.kwh * part.vt) / (part.vt + part.nt);
          expect(Math.abs(block.vt! - exact)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('more kWh never costs less (same period)', () => {
    fc.assert(
      fc.property(period, consumption, tariffs, fc.integer({ min: 1, max: 300 }), (p, c, t, extra) => {
        const total = (x: Consumption) => bill(p, x, t).total;
        if ('single' in c) {
          expect(total({ single: c.single + extra })).toBeGreaterThanOrEqual(total(c));
        } else {
          expect(total({ vt: c.vt + extra, nt: c.nt })).toBeGreaterThanOrEqual(total(c));
          expect(total({ vt: c.vt, nt: c.nt + extra })).toBeGreaterThanOrEqual(total(c));
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consumptionFromReadings, splitConsumptionByDays } from './consumption.js';
import { tvFees, valueOn } from './eps-tariffs.js';
import { defaultTariffRules, scaleZoneLimit, splitProportionally, splitRemainderToLast } from './rules.js';
import { distributeOverZones } from './zones.js';

const rules = defaultTariffRules;

describe('tariff rules (the assumptions)', () => {
  it('rounds zone limits to the nearest kWh by default, down or up on request', () => {
    // 350 x 28/30 = 326.67; 350 x 31/30 = 361.67; 1600 x 33/30 = 1760
    expect(scaleZoneLimit(350, 28)).toBe(327);
    expect(scaleZoneLimit(350, 31)).toBe(362);
    expect(scaleZoneLimit(1600, 33)).toBe(1760);
    expect(scaleZoneLimit(350, 28, { ...rules, zoneLimitRounding: 'down' })).toBe(326);
    expect(scaleZoneLimit(350, 31, { ...rules, zoneLimitRounding: 'up' })).toBe(362);
    expect(scaleZoneLimit(350, 30, { ...rules, zoneLimitRounding: 'up' })).toBe(350);
  });

  it('splits the zones into NT rounded down and VT the rest (EPS), or VT half-up (ERS bands)', () => {
    const limits = { green: 1, blue: 2 };
    // exact shares 0.5 and 0.5: NT down gives green NT 0 (VT 1), then blue NT 1; VT half-up the same
    expect(distributeOverZones({ vt: 1, nt: 1 }, limits)).toEqual([
      { zone: 'GREEN', kwh: 1, vt: 1, nt: 0 },
      { zone: 'BLUE', kwh: 1, vt: 0, nt: 1 },
      { zone: 'RED', kwh: 0, vt: 0, nt: 0 },
    ]);
    // 10 kWh, VT 3 / NT 7, green 4: exact NT 2.8 -> down 2 (VT 2); exact VT 1.2 -> half-up 1 (NT 3)
    const big = { green: 4, blue: 100 };
    expect(distributeOverZones({ vt: 3, nt: 7 }, big)[0]).toEqual({ zone: 'GREEN', kwh: 4, vt: 2, nt: 2 });
    expect(
      distributeOverZones({ vt: 3, nt: 7 }, big, {
        ...rules,
        tariffSplitRounding: 'vt-nearest-cumulative',
      })[0],
    ).toEqual({ zone: 'GREEN', kwh: 4, vt: 1, nt: 3 });
    expect(distributeOverZones({ single: 500 }, { green: 350, blue: 1600 })).toEqual([
      { zone: 'GREEN', kwh: 350, vt: null, nt: null },
      { zone: 'BLUE', kwh: 150, vt: null, nt: null },
      { zone: 'RED', kwh: 0, vt: null, nt: null },
    ]);
  });

  it('splits consumption at a price change cumulatively by default, or with the remainder to the last part', () => {
    expect(splitRemainderToLast(401, [15, 15])).toEqual([200, 201]);
    expect(splitProportionally(401, [15, 15])).toEqual([201, 200]);
    // 301 x 14/31 = 135.9 and 99 x 14/31 = 44.7
    expect(splitConsumptionByDays({ vt: 301, nt: 99 }, [14, 17])).toEqual([
      { vt: 136, nt: 45 },
      { vt: 165, nt: 54 },
    ]);
    expect(
      splitConsumptionByDays({ vt: 301, nt: 99 }, [14, 17], {
        ...rules,
        consumptionSplitAtPriceChange: 'remainder-to-last',
      }),
    ).toEqual([
      { vt: 135, nt: 44 },
      { vt: 166, nt: 55 },
    ]);
  });

  it('split helpers give whole parts that add up to the total (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 4 }),
        (total, weights) => {
          for (const split of [splitProportionally, splitRemainderToLast]) {
            const parts = split(total, weights);
            expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
            expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
          }
        },
      ),
    );
  });

  it('computes kWh from register values and the meter constant', () => {
    expect(consumptionFromReadings({ single: { previous: 12_345, current: 12_645 } })).toEqual({
      single: 300,
    });
    expect(
      consumptionFromReadings({ vt: { previous: 10, current: 20 }, nt: { previous: 5, current: 6 } }, 40),
    ).toEqual({ vt: 400, nt: 40 });
  });

  it('charges 299 RSD TV fee to the end of 2024 and 349 from 2025 (assumed date)', () => {
    expect(valueOn(tvFees, '2024-12-31')).toBe('299');
    expect(valueOn(tvFees, '2025-01-01')).toBe('349');
    expect(valueOn([...tvFees].reverse(), '2026-03-01')).toBe('349');
  });
});

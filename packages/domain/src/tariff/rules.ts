// The rules DOMAIN.md marks as assumptions, named and configurable so the supplier can confirm or
// change them in one place.
import { divideRounded } from '../money.js';

export interface TariffRules {
  /**
   * Zone limits for a period of `days` days: limit30 x days / 30 rounded to whole kWh. How EPS rounds is
   * not stated; the bills we saw (28 days: 327, 31 days: 362) agree with rounding to the nearest.
   */
  zoneLimitRounding: 'nearest' | 'down' | 'up';
  /**
   * How the VT/NT split of the total is kept within each zone, in whole kWh. 'cumulative': the VT of
   * zones green, green+blue, all is rounded half-up, and each zone gets the difference, so that the VT
   * of the zones adds up to the measured VT and every zone is within 1 kWh of its exact share.
   */
  tariffSplitRounding: 'cumulative';
  /**
   * A period that spans a price change is split by days: consumption in proportion to the days of
   * each part (whole kWh, the remainder to the last part), and the monthly billing power and supplier
   * cost in proportion days/30.
   */
  priceChangeSplit: 'by-days';
}

export const defaultTariffRules: TariffRules = {
  zoneLimitRounding: 'nearest',
  tariffSplitRounding: 'cumulative',
  priceChangeSplit: 'by-days',
};

export function scaleZoneLimit(
  limit30: number,
  days: number,
  rules: TariffRules = defaultTariffRules,
): number {
  const exact = BigInt(limit30 * days);
  switch (rules.zoneLimitRounding) {
    case 'nearest':
      return Number(divideRounded(exact, 30n));
    case 'down':
      return Math.floor((limit30 * days) / 30);
    case 'up':
      return Math.ceil((limit30 * days) / 30);
  }
}

/** Splits `total` into parts proportional to `weights`, whole numbers that add up to `total`. */
export function splitProportionally(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  let cumulativeWeight = 0;
  let assigned = 0;
  return weights.map((w) => {
    cumulativeWeight += w;
    const upTo = Number(divideRounded(BigInt(total) * BigInt(cumulativeWeight), BigInt(sum)));
    const part = upTo - assigned;
    assigned = upTo;
    return part;
  });
}

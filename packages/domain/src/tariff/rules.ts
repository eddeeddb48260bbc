// The rules DOMAIN.md marks as assumptions, named and configurable so that each can be changed in one
// place when the supplier confirms how it really computes them.
import { divideRounded } from '../decimal.js';

export interface TariffRules {
  /**
   * Assumption: zone limits for a period of `days` days are limit30 x days / 30 rounded to whole kWh,
   * to the nearest. EPS does not say how it rounds; the bills we saw (28 days: 327, 31 days: 362) agree
   * with 'nearest'.
   */
  zoneLimitRounding: 'nearest' | 'down' | 'up';
  /**
   * Assumption: how the VT:NT ratio of the whole period is kept within each zone in whole kWh.
   * - 'cumulative': the VT of green, green+blue and all zones is rounded half-up and each zone gets the
   *   difference; every zone is within 1 kWh of its exact share and the zones' VT adds up to the
   *   metered VT, so the bill never shows more VT than the meter did.
   * - 'per-zone-half-up': each zone's VT share rounded half-up on its own; NT = zone total - VT. The
   *   zones' VT can then differ from the metered VT by a kWh or two.
   */
  tariffSplitRounding: 'cumulative' | 'per-zone-half-up';
  /**
   * Assumption: a period that spans a price change is split by days, and so is its consumption: whole
   * kWh in proportion to each part's days, rounded down, the remainder to the last part
   * ('remainder-to-last'); or each part rounded cumulatively to the nearest ('cumulative').
   */
  consumptionSplitAtPriceChange: 'remainder-to-last' | 'cumulative';
  /**
   * Assumption: in a period split at a price change, the monthly items (billing power, supplier cost)
   * are charged for days/30 of a month per part ('days-over-30'), or so that the parts make exactly
   * one month, as an unsplit period does ('days-over-period').
   */
  monthlyChargesAtPriceChange: 'days-over-30' | 'days-over-period';
}

export const defaultTariffRules: TariffRules = {
  zoneLimitRounding: 'nearest',
  tariffSplitRounding: 'cumulative',
  consumptionSplitAtPriceChange: 'cumulative',
  monthlyChargesAtPriceChange: 'days-over-30',
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

/**
 * Splits `total` into whole parts proportional to `weights` that add up to `total`: the running total
 * is rounded half-up at each step, so every part is within 1 of its exact share.
 */
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

/** Splits `total` in proportion to `weights`, each part rounded down and the remainder to the last. */
export function splitRemainderToLast(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => (sum === 0 ? 0 : Number((BigInt(total) * BigInt(w)) / BigInt(sum))));
  const rest = total - parts.slice(0, -1).reduce((a, b) => a + b, 0);
  return [...parts.slice(0, -1), rest];
}

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
   * How the VT:NT ratio of the whole period is kept within each zone (or band) in whole kWh; the EPS
   * default is dated (tariffSplitRules below), see TariffSplitRounding.
   */
  tariffSplitRounding: TariffSplitRounding;
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

/**
 * How a zone's kWh are split into VT and NT ("within each zone the achieved ratio of VT to NT in total
 * consumption is kept", seeds/001; DOMAIN.md):
 * - 'nt-down-cumulative': EPS, seen on a real 2026 bill (DOMAIN.md): the NT of green, green+blue and all
 *   zones is the exact share rounded DOWN, each zone's NT is the difference, and VT takes the rest of the
 *   zone. The zones' NT and VT add up to the metered NT and VT.
 * - 'vt-nearest-cumulative': the VT of the running zones rounded half-up, each zone the difference. The
 *   ERS band rule (seeds/004: the shares "are rounded to whole numbers"); EPS bills do not follow it: on
 *   the 28-day bill it put 1 kWh of VT into another zone than the supplier did.
 */
export type TariffSplitRounding = 'nt-down-cumulative' | 'vt-nearest-cumulative';

/** A named rule in force from `validFrom` (a period's first day) until the next entry. */
export interface DatedRule<T> {
  validFrom: string;
  rule: T;
  source: string;
}

/**
 * The EPS VT/NT split by the date a period starts. Only one rule is known: it is seen on a 2026 bill and
 * no bill we have contradicts it for earlier periods, so it is dated from the first price list the engine
 * holds (1.11.2023). When EPS changes its rounding, add an entry here.
 */
export const tariffSplitRules: readonly DatedRule<TariffSplitRounding>[] = [
  {
    validFrom: '2023-11-01',
    rule: 'nt-down-cumulative',
    source: 'real 2026 EPS household bill, 28 days (DOMAIN.md, "VT/NT within zones")',
  },
];

/** The dated rule in force for a period starting on `date`; the earliest one before the table starts. */
export function ruleOn<T>(table: readonly DatedRule<T>[], date: string): T {
  const sorted = [...table].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  if (!sorted.length) throw new Error('a dated rule table is empty');
  return sorted.filter((r) => r.validFrom <= date).pop()?.rule ?? sorted[0]!.rule;
}

export const defaultTariffRules: TariffRules = {
  zoneLimitRounding: 'nearest',
  tariffSplitRounding: 'nt-down-cumulative',
  consumptionSplitAtPriceChange: 'cumulative',
  monthlyChargesAtPriceChange: 'days-over-30',
};

/** The EPS rules for a period starting on `periodStart`: the defaults with the dated rules in force. */
export function tariffRulesFor(periodStart: string): TariffRules {
  return { ...defaultTariffRules, tariffSplitRounding: ruleOn(tariffSplitRules, periodStart) };
}

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
 * (total x weights so far / all weights) is rounded by `round` at each step and each part is the step.
 */
function splitCumulatively(
  total: number,
  weights: readonly number[],
  round: (numerator: bigint, denominator: bigint) => bigint,
): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  let cumulativeWeight = 0;
  let assigned = 0;
  return weights.map((w) => {
    cumulativeWeight += w;
    const upTo = Number(round(BigInt(total) * BigInt(cumulativeWeight), BigInt(sum)));
    const part = upTo - assigned;
    assigned = upTo;
    return part;
  });
}

/** splitCumulatively rounding half-up: every part is within 1 of its exact share. */
export function splitProportionally(total: number, weights: readonly number[]): number[] {
  return splitCumulatively(total, weights, divideRounded);
}

/** splitCumulatively rounding down: the first parts never get more than their exact share. */
export function splitProportionallyDown(total: number, weights: readonly number[]): number[] {
  return splitCumulatively(total, weights, (n, d) => n / d);
}

/** Splits `total` in proportion to `weights`, each part rounded down and the remainder to the last. */
export function splitRemainderToLast(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => (sum === 0 ? 0 : Number((BigInt(total) * BigInt(w)) / BigInt(sum))));
  const rest = total - parts.slice(0, -1).reduce((a, b) => a + b, 0);
  return [...parts.slice(0, -1), rest];
}

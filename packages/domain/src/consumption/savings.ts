// Savings against past years: each month against the higher of the same month in the two years before
// (DOMAIN.md: the 2023/24 winter savings discount). The rule is a dated table; a month outside every
// rule gets the comparison but no discount step.
import type { ConsumptionPeriod } from './periods.js';

export interface SavingsRule {
  /** first and last billing month the rule applies to, "YYYY-MM" */
  fromMonth: string;
  toMonth: string;
  /** reduction in % at least -> discount in %, highest threshold first */
  steps: readonly { minReductionPercent: number; discountPercent: number }[];
  source: string;
}

export const savingsRules: readonly SavingsRule[] = [
  {
    fromMonth: '2023-10',
    toMonth: '2024-03',
    steps: [
      { minReductionPercent: 30, discountPercent: 40 },
      { minReductionPercent: 25, discountPercent: 35 },
      { minReductionPercent: 20, discountPercent: 30 },
      { minReductionPercent: 15, discountPercent: 25 },
      { minReductionPercent: 5, discountPercent: 20 },
    ],
    source: 'EPS savings discount 1.10.2023 - 31.3.2024 (vreme.com)',
  },
];

export interface MonthComparison {
  month: string;
  kwh: number;
  /** the same month one and two years before, when there were bills for it */
  previousYears: [number | null, number | null];
  /** the higher of the two, the base of the comparison */
  reference: number | null;
  /** (kwh - reference) / reference in %, one decimal; negative is a saving */
  changePercent: number | null;
  /** the discount step this saving reaches under the rule in force for the month; null: no rule */
  savingsDiscountPercent: number | null;
}

export function shiftYear(month: string, years: number): string {
  return `${Number(month.slice(0, 4)) - years}${month.slice(4)}`;
}

export function discountStep(month: string, reductionPercent: number, rules = savingsRules): number | null {
  const rule = rules.find((r) => r.fromMonth <= month && month <= r.toMonth);
  if (!rule) return null;
  return rule.steps.find((step) => reductionPercent >= step.minReductionPercent)?.discountPercent ?? 0;
}

/** One comparison per month of `periods` (the periods of one metering point, any order). */
export function compareWithPreviousYears(
  periods: readonly Pick<ConsumptionPeriod, 'month' | 'total'>[],
  rules: readonly SavingsRule[] = savingsRules,
): MonthComparison[] {
  const byMonth = new Map<string, number>();
  for (const p of periods) byMonth.set(p.month, (byMonth.get(p.month) ?? 0) + p.total);
  return [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, kwh]) => {
      const previousYears: [number | null, number | null] = [
        byMonth.get(shiftYear(month, 1)) ?? null,
        byMonth.get(shiftYear(month, 2)) ?? null,
      ];
      const known = previousYears.filter((v): v is number => v !== null);
      const reference = known.length ? Math.max(...known) : null;
      const changePercent =
        reference === null || reference === 0
          ? null
          : Math.round(((kwh - reference) * 1000) / reference) / 10;
      return {
        month,
        kwh,
        previousYears,
        reference,
        changePercent,
        savingsDiscountPercent: changePercent === null ? null : discountStep(month, -changePercent, rules),
      };
    });
}

export interface AgainstLastYearPoints {
  month: string;
  /** the points billed both in `month` and a year before, summed */
  kwh: number;
  lastYear: number;
  /** %, one decimal; negative is less; null when last year's sum is 0 */
  changePercent: number | null;
  /** how many points the sums cover */
  points: number;
  /** points billed in only one of the two months, left out of both sums */
  missing: number;
}

/**
 * A month of several metering points against the same month a year before, like for like: only the points
 * billed in both months count, so a point added (or billed late) does not read as a change in consumption.
 */
export function againstLastYearByPoint(
  points: readonly (readonly Pick<ConsumptionPeriod, 'month' | 'total'>[])[],
  month: string,
): AgainstLastYearPoints {
  const lastYearMonth = shiftYear(month, 1);
  const result = { month, kwh: 0, lastYear: 0, points: 0, missing: 0 };
  for (const periods of points) {
    const sum = (m: string) => {
      const own = periods.filter((p) => p.month === m);
      return own.length ? own.reduce((total, p) => total + p.total, 0) : null;
    };
    const now = sum(month);
    const before = sum(lastYearMonth);
    if (now !== null && before !== null) {
      result.kwh += now;
      result.lastYear += before;
      result.points += 1;
    } else if (now !== null || before !== null) result.missing += 1;
  }
  const changePercent =
    result.lastYear === 0 ? null : Math.round(((result.kwh - result.lastYear) * 1000) / result.lastYear) / 10;
  return { ...result, changePercent };
}

// Consumption per billing period, as the consumption page and its exports show it.
import { billingMonth } from '../bill-reference.js';
import type { Para } from '../money.js';

export type ReadingKindName = 'read' | 'estimated' | 'self_reading';

/** The registers a bill charges on: active energy, and for businesses reactive energy and billing power. */
export const chargedRegisters = ['vt', 'nt', 'single', 'reactiveVt', 'reactiveNt', 'power'] as const;
export type ChargedRegister = (typeof chargedRegisters)[number];

/** A bill's amount split by register; `other` is the rest (fixed charges, fees, discounts, VAT); para. */
export type TariffAmounts = Record<ChargedRegister | 'other', Para>;

const noTariffAmounts = (): TariffAmounts => ({
  vt: 0,
  nt: 0,
  single: 0,
  reactiveVt: 0,
  reactiveNt: 0,
  power: 0,
  other: 0,
});

/** What a bill says of its period's consumption. */
export interface BilledPeriod {
  billId: string;
  periodStart: string;
  periodEnd: string;
  days: number;
  readingKind: ReadingKindName;
  kwh: { vt: number; nt: number; single: number; green: number; blue: number; red: number };
  /** the bill's own amount (charge for the period + TV fee), para */
  amount: Para;
  /** the bill's line items per register, para; left out: a bill without itemised lines */
  registerAmounts?: Partial<Record<ChargedRegister, Para>>;
}

export interface ConsumptionPeriod extends BilledPeriod {
  /** "2026-03": the month the bill is for (the middle of its period) */
  month: string;
  total: number;
  /** kWh per day to one decimal, so that periods of different length compare fairly */
  averagePerDay: number;
  /** adds up to `amount` */
  tariffAmounts: TariffAmounts;
}

/** The amount by register, and what no register accounts for as `other`, so that the parts add up. */
export function tariffAmountsOf(
  amount: Para,
  registers: BilledPeriod['registerAmounts'] = {},
): TariffAmounts {
  const amounts = noTariffAmounts();
  for (const register of chargedRegisters) amounts[register] = registers[register] ?? 0;
  amounts.other = amount - chargedRegisters.reduce((sum, register) => sum + amounts[register], 0);
  return amounts;
}

export function toConsumptionPeriod({ registerAmounts, ...period }: BilledPeriod): ConsumptionPeriod {
  const total = period.kwh.vt + period.kwh.nt + period.kwh.single;
  return {
    ...period,
    tariffAmounts: tariffAmountsOf(period.amount, registerAmounts),
    month: billingMonth(period.periodStart, period.periodEnd),
    total,
    averagePerDay: period.days > 0 ? Math.round((total * 10) / period.days) / 10 : 0,
  };
}

export interface MonthSum {
  month: string;
  /** the earliest start and the latest end of the month's periods */
  periodStart: string;
  periodEnd: string;
  /** the longest of the month's periods, the divisor of the average per day */
  days: number;
  total: number;
  /** kWh per day over `days`, one decimal */
  averagePerDay: number;
  amount: Para;
  kwh: BilledPeriod['kwh'];
  tariffAmounts: TariffAmounts;
  /** how many billing periods (metering points) the month adds up */
  periods: number;
}

/** Several metering points' periods summed by billing month (the account-level view), oldest first. */
export function sumByMonth(periods: readonly ConsumptionPeriod[]): MonthSum[] {
  const months = new Map<string, MonthSum>();
  for (const p of periods) {
    const sum = months.get(p.month) ?? {
      month: p.month,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      days: 0,
      total: 0,
      averagePerDay: 0,
      amount: 0,
      kwh: { vt: 0, nt: 0, single: 0, green: 0, blue: 0, red: 0 },
      tariffAmounts: noTariffAmounts(),
      periods: 0,
    };
    if (p.periodStart < sum.periodStart) sum.periodStart = p.periodStart;
    if (p.periodEnd > sum.periodEnd) sum.periodEnd = p.periodEnd;
    sum.days = Math.max(sum.days, p.days);
    sum.total += p.total;
    sum.amount += p.amount;
    sum.periods += 1;
    for (const key of Object.keys(sum.kwh) as (keyof BilledPeriod['kwh'])[]) sum.kwh[key] += p.kwh[key];
    for (const key of Object.keys(sum.tariffAmounts) as (keyof TariffAmounts)[])
      sum.tariffAmounts[key] += p.tariffAmounts[key];
    months.set(p.month, sum);
  }
  return [...months.values()]
    .map((sum) => ({
      ...sum,
      averagePerDay: sum.days > 0 ? Math.round((sum.total * 10) / sum.days) / 10 : 0,
    }))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** One metering point's periods, for the side-by-side comparison. */
export interface PointPeriods {
  id: string;
  periods: readonly Pick<ConsumptionPeriod, 'month' | 'total' | 'amount'>[];
}

/**
 * Metering points side by side: every billing month any of them has, oldest first, and for each point
 * its kWh and amount in that month (null where it has no bill for it; two bills of a month add up).
 */
export function sideBySide(points: readonly PointPeriods[]): {
  months: string[];
  points: { id: string; totals: (number | null)[]; amounts: (Para | null)[] }[];
} {
  const months = [...new Set(points.flatMap((point) => point.periods.map((p) => p.month)))].sort();
  const index = new Map(months.map((month, i) => [month, i]));
  return {
    months,
    points: points.map((point) => {
      const totals: (number | null)[] = months.map(() => null);
      const amounts: (Para | null)[] = months.map(() => null);
      for (const p of point.periods) {
        const i = index.get(p.month)!;
        totals[i] = (totals[i] ?? 0) + p.total;
        amounts[i] = (amounts[i] ?? 0) + p.amount;
      }
      return { id: point.id, totals, amounts };
    }),
  };
}

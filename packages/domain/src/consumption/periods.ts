// Consumption per billing period, as the consumption page and its exports show it.
import { billingMonth } from '../bill-reference.js';
import type { Para } from '../money.js';

export type ReadingKindName = 'read' | 'estimated' | 'self_reading';

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
}

export interface ConsumptionPeriod extends BilledPeriod {
  /** "2026-03": the month the bill is for (the middle of its period) */
  month: string;
  total: number;
  /** kWh per day to one decimal, so that periods of different length compare fairly */
  averagePerDay: number;
}

export function toConsumptionPeriod(period: BilledPeriod): ConsumptionPeriod {
  const total = period.kwh.vt + period.kwh.nt + period.kwh.single;
  return {
    ...period,
    month: billingMonth(period.periodStart, period.periodEnd),
    total,
    averagePerDay: period.days > 0 ? Math.round((total * 10) / period.days) / 10 : 0,
  };
}

/** Several metering points' periods summed by billing month (the account-level view). */
export function sumByMonth(periods: readonly ConsumptionPeriod[]): {
  month: string;
  total: number;
  amount: Para;
  kwh: BilledPeriod['kwh'];
}[] {
  const months = new Map<string, { month: string; total: number; amount: Para; kwh: BilledPeriod['kwh'] }>();
  for (const p of periods) {
    const sum = months.get(p.month) ?? {
      month: p.month,
      total: 0,
      amount: 0,
      kwh: { vt: 0, nt: 0, single: 0, green: 0, blue: 0, red: 0 },
    };
    sum.total += p.total;
    sum.amount += p.amount;
    for (const key of Object.keys(sum.kwh) as (keyof BilledPeriod['kwh'])[]) sum.kwh[key] += p.kwh[key];
    months.set(p.month, sum);
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

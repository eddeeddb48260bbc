// The rows of the consumption statement (consumption.statement.ts) and how they become periods and views.
import type { BilledMonthsView } from '@portal/contract';
import {
  billingMonth,
  formatRsd,
  parseRsd,
  toConsumptionPeriod,
  type ConsumptionPeriod,
  type ReadingKindName,
  type TariffAmounts,
} from '@portal/domain';

export interface Row {
  meteringPointId: string;
  nickname: string | null;
  edNumber: string;
  street: string;
  city: string;
  category: string;
  billId: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  days: number | null;
  readingKind: string | null;
  vt: number;
  nt: number;
  single: number;
  green: number;
  blue: number;
  red: number;
  amount: string | null;
  /** the bill's line items per register, "1234.56" */
  amountVt: string;
  amountNt: string;
  amountSingle: string;
  amountReactiveVt: string;
  amountReactiveNt: string;
  amountPower: string;
  /** the metering point's first and last bill of all, for the months a range can be chosen from */
  firstStart: string | null;
  firstEnd: string | null;
  lastStart: string | null;
  lastEnd: string | null;
}

export function toPeriod(row: Row): ConsumptionPeriod {
  return toConsumptionPeriod({
    billId: row.billId!,
    periodStart: row.periodStart!,
    periodEnd: row.periodEnd!,
    days: row.days!,
    readingKind: (row.readingKind ?? 'READ').toLowerCase() as ReadingKindName,
    kwh: { vt: row.vt, nt: row.nt, single: row.single, green: row.green, blue: row.blue, red: row.red },
    amount: parseRsd(row.amount!),
    registerAmounts: {
      vt: parseRsd(row.amountVt),
      nt: parseRsd(row.amountNt),
      single: parseRsd(row.amountSingle),
      reactiveVt: parseRsd(row.amountReactiveVt),
      reactiveNt: parseRsd(row.amountReactiveNt),
      power: parseRsd(row.amountPower),
    },
  });
}

/** The billing months of a metering point's first and last bill; null without a bill. */
export function billedMonthsOf(row: Row): BilledMonthsView {
  if (!row.firstStart || !row.firstEnd || !row.lastStart || !row.lastEnd) return null;
  return {
    first: billingMonth(row.firstStart, row.firstEnd),
    last: billingMonth(row.lastStart, row.lastEnd),
  };
}

/** The months of several metering points together: the earliest first and the latest last. */
export function billedMonthsOfAll(all: readonly BilledMonthsView[]): BilledMonthsView {
  const spans = all.filter((months) => months !== null);
  if (!spans.length) return null;
  return {
    first: spans.map((s) => s.first).reduce((a, b) => (a < b ? a : b)),
    last: spans.map((s) => s.last).reduce((a, b) => (a > b ? a : b)),
  };
}

/** The tariff amounts as the API writes amounts. */
export const tariffAmountsView = (amounts: TariffAmounts) =>
  Object.fromEntries(Object.entries(amounts).map(([key, para]) => [key, formatRsd(para)])) as Record<
    keyof TariffAmounts,
    string
  >;

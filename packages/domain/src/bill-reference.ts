// The payment reference (poziv na broj) printed on a bill: model 97 over the billing number and, as EPS
// does since January 2025, the YYMM of the billing month (DOMAIN.md).
import { addDays, daysBetween, endOfMonth } from './dates.js';
import { model97Control } from './identifiers/model97.js';

/**
 * The billing month of a period: the month of its middle day. Periods run from reading to reading
 * (29.9. - 1.11. is October's bill), so neither the first nor the last day names the month reliably.
 */
export function billingMonth(periodStart: string, periodEnd: string): string {
  const middle = addDays(periodStart, Math.floor(daysBetween(periodStart, periodEnd) / 2));
  return middle.slice(0, 7);
}

/** Control digits + billing number + YYMM, e.g. "16" + "2034567891" + "2510"; model 97 is separate. */
export function billPaymentReference(billingNumber: string, periodStart: string, periodEnd: string): string {
  const month = billingMonth(periodStart, periodEnd);
  const digits = `${billingNumber.replace(/\D/g, '')}${month.slice(2, 4)}${month.slice(5, 7)}`;
  return `${model97Control(digits)}${digits}`;
}

/** "2026-01" -> "2025-12" */
const previousMonth = (month: string) => endOfMonth(`${month}-01`, -1).slice(0, 7);

/**
 * The billing months of consecutive periods, oldest first, each month at most once: the newest period
 * keeps its own billing month (the one its payment reference carries) and every earlier one takes its own
 * or, when that is not before the next one's, the month before the next one's. Readings on the 15th make
 * two middle days fall in one month (16.12.-15.1. and 16.1.-15.2. are both "January" by the middle day),
 * while the supplier bills one period a month; a real gap (a month with no bill) is kept.
 */
export function billingMonths(periods: readonly { periodStart: string; periodEnd: string }[]): string[] {
  const months = periods.map((p) => billingMonth(p.periodStart, p.periodEnd));
  for (let i = months.length - 2; i >= 0; i--) {
    if (months[i]! >= months[i + 1]!) months[i] = previousMonth(months[i + 1]!);
  }
  return months;
}

// The payment reference (poziv na broj) printed on a bill: model 97 over the billing number and, as EPS
// does since January 2025, the YYMM of the billing month (DOMAIN.md).
import { addDays, daysBetween } from './dates.js';
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

// Whether a bill is paid, as the customer sees it on the bill list.
import { isPastDue } from './balance.js';
import type { Para } from './money.js';

export type BillPaymentStatus = 'paid' | 'partly_paid' | 'unpaid' | 'overdue';

/**
 * Paid when its own amount is covered (a bill of zero or a credit counts as paid); otherwise overdue
 * once the due date has passed (`today` is a Belgrade calendar date), whether or not part was paid,
 * because that is what earns interest and loses the on-time discount; otherwise partly paid or unpaid.
 */
export function billPaymentStatus(
  bill: { total: Para; amountPaid: Para; dueDate: string },
  today: string,
): BillPaymentStatus {
  if (bill.amountPaid >= bill.total) return 'paid';
  if (isPastDue(bill.dueDate, today)) return 'overdue';
  return bill.amountPaid > 0 ? 'partly_paid' : 'unpaid';
}

/**
 * Where a bill's on-time discount offer (element 9: "pay by the due date and the next bill is lower")
 * stands on `today` (a Belgrade calendar date):
 * - 'none': the bill offers no discount;
 * - 'offered': the due date has not passed (or is today) and the bill is not settled yet;
 * - 'earned': settled in full by the due date, so the next bill carries the discount (line 4);
 * - 'lapsed': the due date passed before the bill was settled in full: the offer no longer holds and the
 *   bill must not keep promising it.
 */
export type OnTimeDiscountState = 'none' | 'offered' | 'earned' | 'lapsed';

export function onTimeDiscountState(
  bill: { discountOffer: Para; total: Para; amountPaid: Para; dueDate: string; paidOn: string | null },
  today: string,
): OnTimeDiscountState {
  if (bill.discountOffer <= 0) return 'none';
  if (bill.amountPaid >= bill.total) {
    // Settled: on time unless the day it was settled in full is after the due date.
    return bill.paidOn !== null && isPastDue(bill.dueDate, bill.paidOn) ? 'lapsed' : 'earned';
  }
  return isPastDue(bill.dueDate, today) ? 'lapsed' : 'offered';
}

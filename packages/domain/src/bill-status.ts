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

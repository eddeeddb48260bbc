// How far a metering point's bills are paid: every payment received settles the oldest debt first
// (the oldest due date, as the law orders for a debtor who does not say otherwise), whatever bill the
// payer named. The regional import writes bill.amount_paid and paid_on by this rule in SQL
// (apps/api/src/modules/regional-import/ledger.ts); a test holds the two to the same answers.
import type { Para } from '../money.js';

export interface SettledBill {
  id: string;
  dueDate: string;
  issueDate: string;
  /** the bill's own amount (month total), para */
  total: Para;
}

export interface ReceivedPayment {
  id: string;
  paidOn: string;
  amount: Para;
}

export interface BillSettlement {
  amountPaid: Para;
  /** the day the payments first covered the bill in full, or null */
  paidOn: string | null;
}

const byKeys =
  <T>(...keys: ((item: T) => string)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

/**
 * The settlement of each bill with a positive total: bills in order of due date (then issue date, id),
 * payments in order of the day they were paid (then id). A bill is paid as far as the payments reach
 * beyond the bills before it.
 */
export function settleOldestFirst(
  bills: readonly SettledBill[],
  payments: readonly ReceivedPayment[],
): Map<string, BillSettlement> {
  const ordered = bills
    .filter((bill) => bill.total > 0)
    .sort(
      byKeys(
        (bill) => bill.dueDate,
        (bill) => bill.issueDate,
        (bill) => bill.id,
      ),
    );
  const received = payments
    .filter((payment) => payment.amount > 0)
    .sort(
      byKeys(
        (payment) => payment.paidOn,
        (payment) => payment.id,
      ),
    );
  const paidUntil: { paidOn: string; sum: Para }[] = [];
  let sum = 0;
  for (const payment of received) paidUntil.push({ paidOn: payment.paidOn, sum: (sum += payment.amount) });

  const result = new Map<string, BillSettlement>();
  let owedBefore = 0;
  for (const bill of ordered) {
    const owedUntil = owedBefore + bill.total;
    result.set(bill.id, {
      amountPaid: Math.max(0, Math.min(bill.total, sum - owedBefore)),
      paidOn: paidUntil.find((step) => step.sum >= owedUntil)?.paidOn ?? null,
    });
    owedBefore = owedUntil;
  }
  return result;
}

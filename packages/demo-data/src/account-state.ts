// The money side of one metering point while its history is generated: open charges, payments
// allocated oldest first, default interest accrued on overdue amounts, and the ledger (financial card).
import { computeDefaultInterest, nbsReferenceRates } from '@portal/domain';
import { addDays } from '@portal/domain';

export interface OpenCharge {
  /** the bill this charge belongs to, or null for an interest charge */
  billId: string | null;
  dueDate: string;
  remaining: number; // para
  /** interest has been accrued up to (and including) this day */
  interestUntil: string;
  onSettled?: (date: string) => void;
}

export interface LedgerEvent {
  date: string;
  type: 'BILL' | 'PAYMENT' | 'INTEREST';
  documentNumber: string;
  description: string;
  debit: number;
  credit: number;
  billId: string | null;
  paymentId: string | null;
}

export class AccountState {
  balance = 0; // para; > 0 is debt
  /** paid beyond every open charge: settles the next charges as they come (para) */
  private credit = 0;
  readonly charges: OpenCharge[] = [];
  readonly ledger: LedgerEvent[] = [];
  private accruedInterest = 0;

  charge(event: Omit<LedgerEvent, 'credit'>, dueDate: string, onSettled?: (date: string) => void): void {
    this.balance += event.debit;
    this.ledger.push({ ...event, credit: 0 });
    const fromCredit = Math.min(this.credit, event.debit);
    this.credit -= fromCredit;
    this.charges.push({
      billId: event.billId,
      dueDate,
      remaining: event.debit - fromCredit,
      interestUntil: dueDate,
      ...(onSettled ? { onSettled } : {}),
    });
    if (fromCredit > 0 && fromCredit === event.debit) onSettled?.(event.date);
  }

  /** Accrues simple default interest on every overdue charge up to `date` (inclusive). */
  accrueInterest(date: string): void {
    for (const item of this.charges) {
      if (item.remaining <= 0 || item.billId === null || item.interestUntil >= date) continue;
      this.accruedInterest += computeDefaultInterest(
        item.remaining,
        addDays(item.interestUntil, 1),
        date,
        nbsReferenceRates,
      );
      item.interestUntil = date;
    }
  }

  /** Books the interest accrued so far as a charge of its own; returns it (para). */
  bookInterest(date: string, documentNumber: string): number {
    this.accrueInterest(date);
    const amount = this.accruedInterest;
    this.accruedInterest = 0;
    if (amount > 0) {
      this.charge(
        {
          date,
          type: 'INTEREST',
          documentNumber,
          description: 'Затезна камата',
          debit: amount,
          billId: null,
          paymentId: null,
        },
        date,
      );
    }
    return amount;
  }

  pay(date: string, amount: number, paymentId: string, documentNumber: string): void {
    this.accrueInterest(addDays(date, -1));
    this.balance -= amount;
    this.ledger.push({
      date,
      type: 'PAYMENT',
      documentNumber,
      description: 'Уплата',
      debit: 0,
      credit: amount,
      billId: null,
      paymentId,
    });
    let left = amount;
    for (const item of this.charges) {
      if (left <= 0) break;
      if (item.remaining <= 0) continue;
      const used = Math.min(left, item.remaining);
      item.remaining -= used;
      left -= used;
      if (item.remaining === 0) item.onSettled?.(date);
    }
    this.credit += left;
  }

  /** Principal of bills more than `graceDays` past their due date on `date`. */
  overdue(date: string, graceDays = 0): number {
    return this.charges
      .filter((c) => c.billId !== null && c.remaining > 0 && addDays(c.dueDate, graceDays) < date)
      .reduce((sum, c) => sum + c.remaining, 0);
  }

  /** Ledger events in booking order, each with the running balance after it. */
  entries(): (LedgerEvent & { balance: number })[] {
    const order = { BILL: 1, INTEREST: 0, PAYMENT: 2 } as const;
    const sorted = [...this.ledger].sort((a, b) =>
      a.date === b.date ? order[a.type] - order[b.type] : a.date < b.date ? -1 : 1,
    );
    let running = 0;
    return sorted.map((e) => {
      running += e.debit - e.credit;
      return { ...e, balance: running };
    });
  }
}

// What a metering point's ledger says the customer owes: the balance, the part of it past due, and the
// portal payments the billing system has not confirmed yet. The overview computes them in SQL
// (apps/api/src/modules/metering-points/list-query.ts); a test requires both to agree.
import type { Para } from './money.js';

/** A bill is past due from the day after its due date (`today` is a Belgrade calendar date). */
export const isPastDue = (dueDate: string, today: string): boolean => dueDate < today;

/** The balance is the running balance of the last entry in ledger order: > 0 is debt, < 0 credit. */
export const ledgerBalance = (last: { balance: Para } | null | undefined): Para => last?.balance ?? 0;

export interface IssuedBill {
  dueDate: string;
  /** the bill's own amount (month total), para */
  total: Para;
}

/**
 * The part of the balance that is past due: the balance minus the issued bills not yet due, never below
 * zero. Payments settle the oldest debt first (as the law orders for a debtor who does not say
 * otherwise), so what the balance holds beyond the bills still within their due date is past due, and
 * interest counts as past due. Reading it from the ledger keeps it consistent with the balance: it is
 * never more than the debt, even where a regional export leaves a bill's paid amount unset.
 */
export function overdueAmount(input: { balance: Para; bills: readonly IssuedBill[]; today: string }): Para {
  const notYetDue = input.bills
    .filter((bill) => !isPastDue(bill.dueDate, input.today))
    .reduce((sum, bill) => sum + bill.total, 0);
  return Math.max(input.balance - notYetDue, 0);
}

/**
 * What an account has to pay: the debts of its metering points. A credit on one does not reduce
 * another's debt: each is paid separately, to its own account and reference.
 */
export const totalToPay = (balances: readonly Para[]): Para =>
  balances.reduce((sum, balance) => sum + Math.max(balance, 0), 0);

export interface LedgerPayment {
  /** the portal order it was made with, if any */
  paymentOrderId: string | null;
  /** its row in the regional billing data, once the billing system has reported it */
  sourceId: string | null;
}

/** A payment made through the portal that the billing system has not reported back yet. */
export const awaitsConfirmation = (payment: LedgerPayment): boolean =>
  payment.paymentOrderId !== null && payment.sourceId === null;

/** Of a metering point's payments, the sum of those awaiting confirmation ("0.00" when none). */
export const pendingConfirmation = (payments: readonly (LedgerPayment & { amount: Para })[]): Para =>
  payments.filter(awaitsConfirmation).reduce((sum, payment) => sum + payment.amount, 0);

/** How many days the billing system gets to report a portal payment back before support is told. */
export const confirmationDays = 3;

/** The moment before which a portal payment still awaiting confirmation is flagged for support. */
export const confirmationDeadline = (now: Date): Date =>
  new Date(now.getTime() - confirmationDays * 86_400_000);

export interface CardEntry {
  debit: Para;
  credit: Para;
}

/**
 * The running balance after each entry of a financial card given in ledger order (entry date, then
 * id): debits add, credits subtract. The regional import rewrites ledger_entry.balance by this rule in
 * SQL (a window sum); a test holds the two to the same answers.
 */
export function runningBalances(entries: readonly CardEntry[]): Para[] {
  let balance = 0;
  return entries.map((entry) => (balance = nextBalance(balance, entry)));
}

/** The balance after one more entry: what the portal's own bookings (a card payment) write. */
export const nextBalance = (balance: Para, entry: CardEntry): Para => balance + entry.debit - entry.credit;

// How one payment is spread over the bills the customer chose: oldest due date first, each bill up to
// what is still open on it; what is left over stays unallocated (a credit on the account).
import type { Para } from '../money.js';

export interface OpenBill {
  billId: string;
  dueDate: string;
  /** what is still to pay on the bill, para */
  open: Para;
}

export interface Allocation {
  allocations: { billId: string; amount: Para }[];
  /** paid beyond the chosen bills, para */
  unallocated: Para;
}

export function allocatePayment(amount: Para, bills: readonly OpenBill[]): Allocation {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new RangeError(`a payment is a positive amount: ${amount}`);
  const ordered = [...bills].sort((a, b) =>
    a.dueDate === b.dueDate ? (a.billId < b.billId ? -1 : 1) : a.dueDate < b.dueDate ? -1 : 1,
  );
  let left = amount;
  const allocations: Allocation['allocations'] = [];
  for (const bill of ordered) {
    if (left === 0) break;
    if (bill.open <= 0) continue;
    const used = Math.min(left, bill.open);
    allocations.push({ billId: bill.billId, amount: used });
    left -= used;
  }
  return { allocations, unallocated: left };
}

/**
 * What a metering point owes beyond its open bills (interest on late payment, corrections, other
 * debt): its ledger balance less what is open on its bills, nothing when that is not positive.
 */
export function debtBeyondBills(balance: Para, openOnBills: readonly Para[]): Para {
  return Math.max(
    0,
    openOnBills.reduce((rest, open) => rest - open, balance),
  );
}

export interface DebtBeyondBills {
  meteringPointId: string;
  /** what is owed beyond the point's open bills, para */
  owed: Para;
}

export interface AllocationWithDebts extends Allocation {
  debts: { meteringPointId: string; amount: Para }[];
}

/**
 * A payment over chosen bills and debts beyond bills: the bills first, oldest due date first, then the
 * debts beyond bills in the order given. Payments settle a point's oldest debt first whatever the payer
 * names (settlement.ts), and a debt that is on no bill is settled only once the bills are, so it comes
 * last; its point's open bills must all be chosen with it (see debtNeedsItsBills).
 */
export function allocateWithDebts(
  amount: Para,
  bills: readonly OpenBill[],
  debts: readonly DebtBeyondBills[],
): AllocationWithDebts {
  const { allocations, unallocated } = allocatePayment(amount, bills);
  let left = unallocated;
  const paid: AllocationWithDebts['debts'] = [];
  for (const debt of debts) {
    if (left === 0) break;
    if (debt.owed <= 0) continue;
    const used = Math.min(left, debt.owed);
    paid.push({ meteringPointId: debt.meteringPointId, amount: used });
    left -= used;
  }
  return { allocations, debts: paid, unallocated: left };
}

/**
 * A debt beyond bills may be paid only with every open bill of its metering point: on its own the
 * payment would settle those bills (oldest first) and the debt beyond them would stay as it was.
 */
export function debtNeedsItsBills(
  openBillIds: readonly string[],
  chosenBillIds: ReadonlySet<string>,
): boolean {
  return openBillIds.every((id) => chosenBillIds.has(id));
}

/**
 * What an approved payment for a debt beyond bills books on it, and the surplus: never more than is
 * owed when the approval arrives (the debt may have been paid meanwhile, e.g. by a bank transfer).
 */
export function bookOnDebt(paid: Para, owedNow: Para): { booked: Para; surplus: Para } {
  const booked = Math.min(paid, Math.max(0, owedNow));
  return { booked, surplus: paid - booked };
}

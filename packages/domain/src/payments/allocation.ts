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

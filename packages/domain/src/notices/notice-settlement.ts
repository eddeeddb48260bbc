// When the debt a dunning notice names counts as paid. Pure rules over the metering point's ledger, so
// that the list (which shows a covered notice as settled at once) and settleCoveredNotices (which writes
// it down) agree, and tests can call them without a database.
import type { Para } from '../money.js';

export interface NoticeDebt {
  /** the debt is stated as of this date */
  debtDate: string;
  debtAmount: Para;
}

export interface LedgerCredit {
  entryDate: string;
  credit: Para;
}

export interface LedgerBalance {
  /** the running balance after the last entry (by entry date, id): > 0 is debt */
  balance: Para;
  entryDate: string;
}

/**
 * The date the notice's debt was paid, or null while it is not: the day the credits booked on or after
 * the debt date add up to the debt, or, failing that, the day of the last entry when it left the
 * balance at zero or in credit (the debt was paid some other way, e.g. set off). `credits` in ledger
 * order (entry date, id).
 */
export function noticeCoveredOn(
  notice: NoticeDebt,
  credits: readonly LedgerCredit[],
  last: LedgerBalance | null,
): string | null {
  let paid = 0;
  for (const entry of credits) {
    if (entry.entryDate < notice.debtDate || entry.credit <= 0) continue;
    paid += entry.credit;
    if (paid >= notice.debtAmount) return entry.entryDate;
  }
  if (last && last.balance <= 0) return last.entryDate < notice.debtDate ? notice.debtDate : last.entryDate;
  return null;
}

import { describe, expect, it } from 'vitest';
import {
  awaitsConfirmation,
  isPastDue,
  ledgerBalance,
  overdueAmount,
  pendingConfirmation,
  runningBalances,
  totalToPay,
} from './balance.js';

const today = '2026-11-23';

describe('overdueAmount', () => {
  const bills = [
    { dueDate: '2026-10-20', total: 90_000 },
    { dueDate: '2026-11-23', total: 70_000 },
    { dueDate: '2026-12-05', total: 50_000 },
  ];

  it('is the balance beyond the bills due today or later', () => {
    expect(overdueAmount({ balance: 150_000, bills, today })).toBe(30_000);
    // interest on top of the bills is past due
    expect(overdueAmount({ balance: 210_000, bills, today })).toBe(90_000);
  });

  it('is never below zero, and nothing for a credit', () => {
    expect(overdueAmount({ balance: 100_000, bills, today })).toBe(0);
    expect(overdueAmount({ balance: -30_000, bills: [], today })).toBe(0);
  });

  it('counts a bill as past due only from the day after its due date', () => {
    expect(isPastDue('2026-11-22', today)).toBe(true);
    expect(isPastDue('2026-11-23', today)).toBe(false);
  });
});

describe('balance and pending confirmation', () => {
  it('takes the last entry, zero without one, and adds up only debts', () => {
    expect(ledgerBalance({ balance: -300 })).toBe(-300);
    expect(ledgerBalance(null)).toBe(0);
    expect(totalToPay([1_000, -300, 250])).toBe(1_250);
  });

  it('waits for the billing system on portal payments it has not reported', () => {
    const portal = { paymentOrderId: 'o1', sourceId: null, amount: 500 };
    const confirmed = { paymentOrderId: 'o2', sourceId: 'BG-1', amount: 700 };
    const bank = { paymentOrderId: null, sourceId: 'BG-2', amount: 900 };
    expect([portal, confirmed, bank].map(awaitsConfirmation)).toEqual([true, false, false]);
    expect(pendingConfirmation([portal, confirmed, bank, portal])).toBe(1_000);
    expect(pendingConfirmation([])).toBe(0);
  });
});

describe('runningBalances', () => {
  it('adds debits and subtracts credits in ledger order', () => {
    expect(
      runningBalances([
        { debit: 3349_00, credit: 0 },
        { debit: 0, credit: 1000_00 },
        { debit: 12_00, credit: 0 },
        { debit: 0, credit: 5000_00 },
      ]),
    ).toEqual([3349_00, 2349_00, 2361_00, -2639_00]);
  });
});

import { describe, expect, it } from 'vitest';
import { AccountState } from './account-state.js';

const bill = (id: string, date: string, amount: number) =>
  ({
    date,
    type: 'BILL',
    documentNumber: id,
    description: 'bill',
    debit: amount,
    billId: id,
    paymentId: null,
  }) as const;

describe('AccountState', () => {
  it('allocates payments to the oldest charges first and reports when a bill is settled', () => {
    const state = new AccountState();
    const settled: Record<string, string> = {};
    state.charge(bill('a', '2026-01-05', 10_000), '2026-01-25', (d) => (settled.a = d));
    state.charge(bill('b', '2026-02-05', 20_000), '2026-02-25', (d) => (settled.b = d));
    state.pay('2026-02-10', 15_000, 'p1', 'P1');
    expect(settled).toEqual({ a: '2026-02-10' });
    expect(state.charges.map((c) => c.remaining)).toEqual([0, 15_000]);
    state.pay('2026-02-20', 15_000, 'p2', 'P2');
    expect(settled).toEqual({ a: '2026-02-10', b: '2026-02-20' });
    expect(state.balance).toBe(0);
  });

  it('keeps an overpayment as credit that settles the next bills', () => {
    const state = new AccountState();
    const settled: Record<string, string> = {};
    state.charge(bill('a', '2026-01-05', 10_000), '2026-01-25', (d) => (settled.a = d));
    state.pay('2026-01-20', 25_000, 'p1', 'P1');
    state.charge(bill('b', '2026-02-05', 10_000), '2026-02-25', (d) => (settled.b = d));
    state.charge(bill('c', '2026-03-05', 10_000), '2026-03-25', (d) => (settled.c = d));
    expect(settled).toEqual({ a: '2026-01-20', b: '2026-02-05' });
    expect(state.charges.map((c) => c.remaining)).toEqual([0, 0, 5_000]);
    expect(state.balance).toBe(5_000);
    expect(state.overdue('2026-04-01')).toBe(5_000);
  });

  it('keeps a running balance in booking order', () => {
    const state = new AccountState();
    state.charge(bill('a', '2026-01-05', 10_000), '2026-01-25');
    state.pay('2026-01-20', 4_000, 'p1', 'P1');
    state.charge(bill('b', '2026-02-05', 5_000), '2026-02-25');
    expect(state.entries().map((e) => e.balance)).toEqual([10_000, 6_000, 11_000]);
  });

  it('charges default interest only on overdue principal and books it as a charge', () => {
    const state = new AccountState();
    state.charge(bill('a', '2026-01-05', 1_000_000), '2026-01-25');
    expect(state.bookInterest('2026-01-25', 'K1')).toBe(0);
    const interest = state.bookInterest('2026-03-05', 'K2');
    expect(interest).toBeGreaterThan(0);
    expect(state.balance).toBe(1_000_000 + interest);
    expect(state.overdue('2026-03-05')).toBe(1_000_000);
  });
});

import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.js';
import { allocateOver, type PayableBill } from './open-bills.js';

const bill = (id: string, dueDate: string, open: number): PayableBill => ({
  id,
  number: `R-${id}`,
  meteringPointId: `mp-${id}`,
  regionId: 'BG',
  periodStart: '2026-01-01',
  periodEnd: '2026-01-31',
  dueDate,
  total: open,
  open,
});

describe('allocateOver', () => {
  const bills = [bill('b', '2026-03-20', 5_000), bill('a', '2026-02-20', 10_000)];

  it('pays all that is open when no amount is given, oldest due date first', () => {
    const { amount, allocations } = allocateOver(bills, undefined);
    expect(amount).toBe(15_000);
    expect(allocations.map((a) => [a.bill.id, a.amount])).toEqual([
      ['a', 10_000],
      ['b', 5_000],
    ]);
  });

  it('pays the last bill in part', () => {
    expect(allocateOver(bills, 12_345).allocations.map((a) => [a.bill.id, a.amount])).toEqual([
      ['a', 10_000],
      ['b', 2_345],
    ]);
  });

  it('refuses more than is open, and nothing', () => {
    expect(() => allocateOver(bills, 15_001)).toThrow(AppError);
    expect(() => allocateOver(bills, 0)).toThrow(AppError);
    expect(() => allocateOver([], undefined)).toThrow(AppError);
  });
});

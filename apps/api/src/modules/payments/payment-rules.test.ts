import { isValidModel97Reference } from '@portal/domain';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.js';
import { allocateOver, type PayableBill } from './open-bills.js';
import { feeOf } from './payment-gateway.js';
import { historyStart } from './payment-history.service.js';
import { debtReference, ipsOrderReference } from './payment-orders.service.js';

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

describe('feeOf', () => {
  it('is nothing without a rule, a percentage rounded to the para, and at least the minimum', () => {
    expect(feeOf({ percent: '0', minimum: 0 }, 1_000_000)).toBe(0);
    expect(feeOf({ percent: '1.5', minimum: 0 }, 123_457)).toBe(1_852);
    expect(feeOf({ percent: '1.5', minimum: 2_000 }, 10_000)).toBe(2_000);
  });
});

describe('payment references', () => {
  it('gives IPS orders a model 97 reference that no billing number has (9 and the order number)', () => {
    const reference = ipsOrderReference('100042');
    expect(reference).toMatch(/^\d{2}9000100042$/);
    expect(isValidModel97Reference(reference)).toBe(true);
  });

  it('pays the whole debt of a metering point by its billing number alone', () => {
    const reference = debtReference('2034567891');
    expect(reference.slice(2)).toBe('2034567891');
    expect(isValidModel97Reference(reference)).toBe(true);
  });
});

describe('historyStart', () => {
  it('is the first of the month three years back', () => {
    expect(historyStart('2026-11-30')).toBe('2023-11-01');
    expect(historyStart('2026-01-05')).toBe('2023-01-01');
  });
});

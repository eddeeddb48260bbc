import { describe, expect, it } from 'vitest';
import { billPaymentStatus } from './bill-status.js';

const bill = { total: 1_234_56, amountPaid: 0, dueDate: '2026-03-25' };

describe('bill payment status', () => {
  it('is paid when the amount is covered, whatever the date', () => {
    expect(billPaymentStatus({ ...bill, amountPaid: 1_234_56 }, '2026-05-01')).toBe('paid');
    expect(billPaymentStatus({ ...bill, total: 0 }, '2026-05-01')).toBe('paid');
    expect(billPaymentStatus({ ...bill, total: -500 }, '2026-03-01')).toBe('paid');
  });

  it('is overdue from the day after the due date, partly paid or not', () => {
    expect(billPaymentStatus(bill, '2026-03-25')).toBe('unpaid');
    expect(billPaymentStatus(bill, '2026-03-26')).toBe('overdue');
    expect(billPaymentStatus({ ...bill, amountPaid: 100_00 }, '2026-03-26')).toBe('overdue');
  });

  it('is partly paid before the due date when something was paid', () => {
    expect(billPaymentStatus({ ...bill, amountPaid: 100_00 }, '2026-03-20')).toBe('partly_paid');
  });
});

import { describe, expect, it } from 'vitest';
import { billPaymentStatus, onTimeDiscountState } from './bill-status.js';

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

describe('on-time discount offer', () => {
  const offered = { ...bill, discountOffer: 91_95, paidOn: null };

  it('is offered until the due date, the due date included', () => {
    expect(onTimeDiscountState(offered, '2026-03-01')).toBe('offered');
    expect(onTimeDiscountState(offered, '2026-03-25')).toBe('offered');
    expect(onTimeDiscountState({ ...offered, amountPaid: 100_00 }, '2026-03-25')).toBe('offered');
  });

  it('has lapsed once the due date has passed unpaid or partly paid', () => {
    expect(onTimeDiscountState(offered, '2026-03-26')).toBe('lapsed');
    expect(onTimeDiscountState({ ...offered, amountPaid: 100_00 }, '2026-04-30')).toBe('lapsed');
  });

  it('is earned when settled in full by the due date, and lapsed when settled after it', () => {
    const paid = { ...offered, amountPaid: bill.total };
    expect(onTimeDiscountState({ ...paid, paidOn: '2026-03-25' }, '2026-05-01')).toBe('earned');
    expect(onTimeDiscountState({ ...paid, paidOn: '2026-03-26' }, '2026-05-01')).toBe('lapsed');
  });

  it('is none when the bill offers no discount', () => {
    expect(onTimeDiscountState({ ...offered, discountOffer: 0 }, '2026-03-01')).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { allocateWithDebts, bookOnDebt, debtBeyondBills, debtNeedsItsBills } from './allocation.js';
import { cardOrderDescription, cardOrderRules } from './card-order-rules.js';

describe('the debt beyond bills', () => {
  it('is the balance less the open bills, nothing when the bills cover it or there is credit', () => {
    expect(debtBeyondBills(5_000_00, [1_500_00, 2_500_00])).toBe(1_000_00);
    expect(debtBeyondBills(4_000_00, [1_500_00, 2_500_00])).toBe(0);
    // a bill the billing system still shows open while a payment already lowered the balance
    expect(debtBeyondBills(1_000_00, [1_500_00])).toBe(0);
    expect(debtBeyondBills(-200_00, [])).toBe(0);
    expect(debtBeyondBills(312_45, [])).toBe(312_45);
  });

  it('is paid after the bills: a partial amount reaches it only once they are covered', () => {
    const bills = [
      { billId: 'new', dueDate: '2026-11-20', open: 2_000_00 },
      { billId: 'old', dueDate: '2026-10-20', open: 1_000_00 },
    ];
    const debts = [
      { meteringPointId: 'a', owed: 300_00 },
      { meteringPointId: 'b', owed: 200_00 },
    ];
    expect(allocateWithDebts(3_400_00, bills, debts)).toEqual({
      allocations: [
        { billId: 'old', amount: 1_000_00 },
        { billId: 'new', amount: 2_000_00 },
      ],
      debts: [
        { meteringPointId: 'a', amount: 300_00 },
        { meteringPointId: 'b', amount: 100_00 },
      ],
      unallocated: 0,
    });
    expect(allocateWithDebts(2_500_00, bills, debts).debts).toEqual([]);
    expect(allocateWithDebts(300_00, [], debts)).toEqual({
      allocations: [],
      debts: [{ meteringPointId: 'a', amount: 300_00 }],
      unallocated: 0,
    });
    expect(allocateWithDebts(600_00, [], debts).unallocated).toBe(100_00);
  });

  it('needs every open bill of its point chosen with it', () => {
    expect(debtNeedsItsBills(['x', 'y'], new Set(['x', 'y', 'z']))).toBe(true);
    expect(debtNeedsItsBills(['x', 'y'], new Set(['x']))).toBe(false);
    expect(debtNeedsItsBills([], new Set())).toBe(true);
  });

  it('books at most what is owed when the approval arrives; the rest is surplus', () => {
    expect(bookOnDebt(300_00, 300_00)).toEqual({ booked: 300_00, surplus: 0 });
    expect(bookOnDebt(300_00, 120_00)).toEqual({ booked: 120_00, surplus: 180_00 });
    expect(bookOnDebt(300_00, 0)).toEqual({ booked: 0, surplus: 300_00 });
    expect(bookOnDebt(300_00, -50_00)).toEqual({ booked: 0, surplus: 300_00 });
  });
});

describe('the card order description of a debt beyond bills', () => {
  it('names it after the bills, or alone', () => {
    expect(cardOrderDescription('sr', ['2610-1234567'], true)).toBe(
      'Račun br. 2610-1234567; kamata i ostali dug',
    );
    expect(cardOrderDescription('en', [], true)).toBe('Interest and other debt');
    expect(cardOrderDescription('sr', [], true)).toBe('Kamata i ostali dug');
  });

  it('keeps it within the limit when many bills are paid', () => {
    const numbers = Array.from({ length: 30 }, (_, i) => `26${String(i).padStart(2, '0')}-1234567`);
    const text = cardOrderDescription('en', numbers, true);
    expect(text.length).toBeLessThanOrEqual(cardOrderRules.descriptionMaxLength);
    expect(text).toMatch(/^Bills no\. 2600-1234567, .* and \d+ more; interest and other debt$/);
  });
});

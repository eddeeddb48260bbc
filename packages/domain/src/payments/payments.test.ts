import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocatePayment } from './allocation.js';
import { cardBrand, maskCardNumber, passesLuhn } from './cards.js';

describe('cards', () => {
  it('checks Luhn on the usual test numbers, and refuses a changed digit', () => {
    for (const number of [
      '4111 1111 1111 1111',
      '5555555555554444',
      '2223003122003222',
      '9891000000000003',
    ]) {
      expect(passesLuhn(number)).toBe(true);
    }
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('4111')).toBe(false);
    expect(passesLuhn('4111-1111-1111-111a')).toBe(false);
  });

  it('recognises Dina, Visa and Mastercard by prefix', () => {
    expect(cardBrand('9891000000000003')).toBe('dina');
    expect(cardBrand('4111111111111111')).toBe('visa');
    expect(cardBrand('5555555555554444')).toBe('mastercard');
    expect(cardBrand('2223003122003222')).toBe('mastercard');
    expect(cardBrand('2721000000000000')).toBeNull();
    expect(cardBrand('378282246310005')).toBeNull(); // American Express is not taken
  });

  it('masks all but the first and last four digits', () => {
    expect(maskCardNumber('4111 1111 1111 1111')).toBe('4111 ******** 1111');
  });
});

describe('allocating a payment over bills', () => {
  const bills = [
    { billId: 'c', dueDate: '2026-03-25', open: 300_00 },
    { billId: 'a', dueDate: '2026-01-25', open: 100_00 },
    { billId: 'b', dueDate: '2026-02-25', open: 200_00 },
  ];

  it('pays the oldest first, a partial last one, and keeps the rest as credit', () => {
    expect(allocatePayment(250_00, bills)).toEqual({
      allocations: [
        { billId: 'a', amount: 100_00 },
        { billId: 'b', amount: 150_00 },
      ],
      unallocated: 0,
    });
    expect(allocatePayment(700_00, bills).unallocated).toBe(100_00);
    expect(() => allocatePayment(0, bills)).toThrow(RangeError);
  });

  it('never allocates more than paid or more than open (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(
          fc.record({
            billId: fc.uuid(),
            dueDate: fc.constantFrom('2026-01-01', '2026-02-01'),
            open: fc.integer({ min: 0, max: 5_000_000 }),
          }),
        ),
        (amount, open) => {
          const { allocations, unallocated } = allocatePayment(amount, open);
          expect(allocations.reduce((sum, a) => sum + a.amount, 0) + unallocated).toBe(amount);
          for (const a of allocations)
            expect(a.amount).toBeLessThanOrEqual(open.find((b) => b.billId === a.billId)!.open);
        },
      ),
    );
  });
});

import { cardBrand, passesLuhn } from '@portal/domain';
import { describe, expect, it } from 'vitest';
import { checkCardForm, testCardOutcome, testCards } from './test-cards.js';
import { formatAmount } from './texts.js';

const now = new Date('2026-11-30T12:00:00Z');
const form = { cardNumber: '4111 1111 1111 1111', expiry: '12/29', cvv: '123', cardholder: 'Petar Petrović' };

describe('test cards', () => {
  it('are valid card numbers of the brand they are listed as', () => {
    for (const card of testCards) {
      expect(passesLuhn(card.number), card.number).toBe(true);
      expect(cardBrand(card.number), card.number).toBe(card.brand);
    }
  });

  it('decide the outcome by the number, with or without spaces', () => {
    expect(testCardOutcome('4111111111111111')).toBe('approved');
    expect(testCardOutcome('5555-5555-5555-4444')).toBe('approved');
    expect(testCardOutcome('9891 0000 0000 0003')).toBe('approved');
    expect(testCardOutcome('4000000000000002')).toBe('declined');
    expect(testCardOutcome('4000000000000259')).toBe('pending');
    expect(testCardOutcome('4242424242424242')).toBeNull();
  });
});

describe('checkCardForm', () => {
  it('accepts a test card with a future expiry and a 3-digit CVV', () => {
    expect(checkCardForm(form, now)).toEqual({
      ok: true,
      digits: '4111111111111111',
      brand: 'visa',
      outcome: 'approved',
    });
    expect(checkCardForm({ ...form, expiry: '1129' }, now).ok).toBe(true);
  });

  it('names each field that is wrong', () => {
    const errors = (changes: Partial<typeof form>) => {
      const check = checkCardForm({ ...form, ...changes }, now);
      return check.ok ? {} : check.errors;
    };
    expect(errors({ cardNumber: '' })).toEqual({ cardNumber: 'cardNumberMissing' });
    expect(errors({ cardNumber: '4111 1111 1111 1112' })).toEqual({ cardNumber: 'cardNumberInvalid' });
    expect(errors({ cardNumber: '3782 822463 10005' })).toEqual({ cardNumber: 'cardBrandUnknown' });
    expect(errors({ cardNumber: '4242 4242 4242 4242' })).toEqual({ cardNumber: 'cardNotTestCard' });
    expect(errors({ expiry: '13/29' })).toEqual({ expiry: 'expiryInvalid' });
    expect(errors({ expiry: '10/26' })).toEqual({ expiry: 'expiryPast' });
    expect(errors({ cvv: '12' })).toEqual({ cvv: 'cvvInvalid' });
    expect(errors({ cvv: '1234' })).toEqual({ cvv: 'cvvInvalid' });
    expect(errors({ cardholder: ' ' })).toEqual({ cardholder: 'cardholderMissing' });
  });

  it('treats a card as valid through the last day of its expiry month', () => {
    expect(checkCardForm({ ...form, expiry: '11/26' }, now).ok).toBe(true);
    expect(checkCardForm({ ...form, expiry: '11/26' }, new Date('2026-12-01T00:00:00Z')).ok).toBe(false);
  });
});

describe('formatAmount', () => {
  it('groups thousands the Serbian or the English way', () => {
    expect(formatAmount('1234.56', 'RSD', 'sr')).toBe('1.234,56 RSD');
    expect(formatAmount('1234567.00', 'RSD', 'sr')).toBe('1.234.567,00 RSD');
    expect(formatAmount('0.50', 'RSD', 'sr')).toBe('0,50 RSD');
    expect(formatAmount('1234.56', 'RSD', 'en')).toBe('1,234.56 RSD');
  });
});

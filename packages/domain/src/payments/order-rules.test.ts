import { describe, expect, it } from 'vitest';
import { isValidModel97Reference } from '../identifiers/index.js';
import { cardFeeOf } from './card-fee.js';
import { cardOrderDescription, cardOrderExpired, reconcileOrdersMadeBefore } from './card-order-rules.js';
import { openOrderStatuses, orderStatusReplaces } from './order-states.js';
import { debtReference, ipsOrderReference } from './references.js';

describe('cardFeeOf', () => {
  it('is nothing without a rule, a percentage rounded to the para, and at least the minimum', () => {
    expect(cardFeeOf({ percent: '0', minimum: 0 }, 1_000_000)).toBe(0);
    expect(cardFeeOf({ percent: '1.5', minimum: 0 }, 123_457)).toBe(1_852);
    expect(cardFeeOf({ percent: '1.5', minimum: 2_000 }, 10_000)).toBe(2_000);
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

describe('order state transitions', () => {
  it('never undoes a final status, but books an approval whatever came before', () => {
    for (const final of ['APPROVED', 'DECLINED', 'EXPIRED', 'CANCELLED'] as const) {
      for (const status of ['pending', 'declined', 'cancelled', 'expired'] as const)
        expect(orderStatusReplaces[status]).not.toContain(final);
    }
    expect(orderStatusReplaces.approved).toEqual(['CREATED', 'PENDING', 'DECLINED', 'EXPIRED', 'CANCELLED']);
    expect(orderStatusReplaces.created).toEqual([]);
    expect(orderStatusReplaces.pending).toEqual(['CREATED']);
  });

  it('counts created and pending orders as open', () => {
    expect(openOrderStatuses).toEqual(['CREATED', 'PENDING']);
  });
});

describe('card order rules', () => {
  const made = new Date('2026-11-23T10:00:00Z');
  const later = (minutes: number) => new Date(made.getTime() + minutes * 60_000);

  it('gives an order up after an hour and checks open ones after 15 minutes', () => {
    expect(cardOrderExpired(made, later(60))).toBe(false);
    expect(cardOrderExpired(made, later(60.01))).toBe(true);
    expect(reconcileOrdersMadeBefore(later(15))).toEqual(made);
  });
});

describe('cardOrderDescription', () => {
  it('names the bills paid, as printed on them', () => {
    expect(cardOrderDescription('sr', ['2610-1234567'])).toBe('Račun br. 2610-1234567');
    expect(cardOrderDescription('en', ['2610-1234567', '2609-1234567'])).toBe(
      'Bills no. 2610-1234567, 2609-1234567',
    );
  });

  it('names as many as fit in 140 characters and counts the rest', () => {
    const numbers = Array.from({ length: 30 }, (_, i) => `26${String(i).padStart(2, '0')}-1234567`);
    const text = cardOrderDescription('sr', numbers);
    expect(text.length).toBeLessThanOrEqual(140);
    expect(text).toMatch(/^Računi br\. 2600-1234567, 2601-1234567, .* i još \d+$/);
    const shown = text.split(', ').length;
    expect(text.endsWith(` i još ${30 - shown}`)).toBe(true);
  });
});
